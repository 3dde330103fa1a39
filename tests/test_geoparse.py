"""Recognition and resolution on short texts and the seed articles."""

from __future__ import annotations

import math
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geo.documents import read_text_file
from geo.geoparse import country_of, geocode, geoparse, recognize
from geo.model import Document

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def parse(gaz, text):
    mentions, resolutions = geoparse(Document("t", text), gaz)
    return mentions, {r.mention.text: r for r in resolutions}


def km(a, b):
    p1, p2 = math.radians(a.lat), math.radians(b[0])
    d = (math.sin((p2 - p1) / 2) ** 2 +
         math.cos(p1) * math.cos(p2) * math.sin(math.radians(b[1] - a.lon) / 2) ** 2)
    return 2 * 6371 * math.asin(math.sqrt(d))


def test_offsets_point_into_the_text(gaz):
    for path in sorted(SEEDS.glob("*.txt")):
        doc = read_text_file(path)
        for m in recognize(doc, gaz):
            assert doc.text[m.start:m.end] == m.text


@pytest.mark.parametrize("name", ["Greenland", "Denmark", "Germany", "Norway", "Sweden",
                                  "France", "Canada", "Nuuk", "Washington", "United States",
                                  "U.K.", "China", "Russia", "Arctic", "Brussels"])
def test_seed_places_found(gaz, name):
    docs = [read_text_file(p) for p in sorted(SEEDS.glob("*.txt"))]
    found = {r.mention.text for d in docs for r in geoparse(d, gaz)[1]}
    assert name in found


def test_washington_is_the_capital_in_a_diplomatic_story(gaz):
    _, res = parse(gaz, "Danish diplomats flew to Washington to meet US officials.")
    assert km(res["Washington"].place, (38.895, -77.036)) < 30


def test_paris_texas(gaz):
    _, res = parse(gaz, "The fair opened in Paris, Texas, on Monday.")
    assert res["Paris"].place.admin1 == "Texas"
    _, res = parse(gaz, "Talks resumed in Paris on Monday.")
    assert res["Paris"].place.country == "FR"
    assert "Paris" in res["Paris"].reason


@pytest.mark.parametrize("text", [
    "March was cold.", "In May the talks ended.", "But the plan failed.",
    "One official said so.", "Jordan Henderson scored twice.",
])
def test_common_words_and_people_are_not_places(gaz, text):
    mentions, _ = parse(gaz, text)
    assert mentions == ()


@pytest.mark.parametrize(("word", "country"), [
    ("Danish", "DK"), ("Greenlandic", "GL"), ("British", "GB"), ("American", "US"),
])
def test_demonyms_point_to_their_state(gaz, word, country):
    mentions, res = parse(gaz, f"The {word} officials met.")
    assert mentions[0].kind == "demonym"
    assert country_of(res[word]) == country


def test_organizations_resolve_to_their_seat(gaz):
    mentions, res = parse(gaz, "NATO allies met at the White House.")
    assert {m.kind for m in mentions} == {"organization"}
    assert res["NATO"].place.country == "BE"
    assert res["NATO"].place.kind == "organization"


def test_every_resolution_has_score_and_reason(gaz):
    doc = read_text_file(sorted(SEEDS.glob("*.txt"))[0])
    for r in geoparse(doc, gaz)[1]:
        assert 0.0 <= r.score <= 1.0 and r.reason


def test_geocode_ranks_with_reasons(gaz):
    ranked = geocode("Nuuk", gaz)
    assert ranked[0].place.country == "GL" and "Nuuk" in ranked[0].reason
    ranked = geocode("Paris", gaz, context="Paris, Texas, a town near Dallas")
    assert ranked[0].place.admin1 == "Texas"
    assert geocode("Xyzzyqq", gaz) == []


GOLD = Path(__file__).resolve().parents[2] / "shared" / "eval" / "seeds" / "seeds_gold.jsonl"


def _gold_places():
    import json

    if not GOLD.exists():
        return []
    with open(GOLD, encoding="utf-8") as f:
        docs = [json.loads(line) for line in f if line.strip()]
    return [pytest.param(d["id"], d["text"], p, id=f"{d['id'][:3]}-{p['name']}")
            for d in docs for p in d["places"]]


@pytest.mark.skipif(not GOLD.exists(), reason="../shared/eval is not present")
@pytest.mark.parametrize(("doc_id", "text", "gold"), _gold_places())
def test_seed_gold_places_resolved(gaz, doc_id, text, gold):
    """Every gold place of the seed articles is found; a state resolves inside its outline,
    anything else within 161 km of the gold point."""
    from shapely.geometry import Point, shape

    from geo.shapes import country_feature

    _m, resolutions = geoparse(Document(doc_id, text), gaz)
    found = [r.place for r in resolutions if r.mention.text == gold["name"]]
    assert found, f"{gold['name']} not found"
    for place in found:
        if gold["kind"] == "country":
            outline = shape(country_feature(gold["country"])["geometry"])
            assert place.country == gold["country"]
            assert outline.buffer(0.05).contains(Point(place.lon, place.lat))
        else:
            assert km(place, (gold["lat"], gold["lon"])) <= 161


@pytest.mark.parametrize(("text", "names"), [
    ("Talks were held in New York City on Monday.", ["New York City"]),  # longest match
    ("Officials flew from New\nYork to Rio de Janeiro.", ["New\nYork", "Rio de Janeiro"]),
    ("The St. Louis plant and the St Louis office.", ["St. Louis", "St Louis"]),
    ("He moved to Winston-Salem last year.", ["Winston-Salem"]),
    ("Greenland's premier met U.S. officials.", ["Greenland", "U.S."]),
    ("The Hague court ruled.", ["The Hague"]),
    ("South Africa and the United States of America signed.",
     ["South Africa", "United States of America"]),
])
def test_names_of_several_words_and_joined_parts(gaz, text, names):
    assert [m.text for m in recognize(Document("d", text), gaz)] == names


ASCII_WORDS = st.sampled_from([
    "U.S.-Japan", "O'Brien", "al-Assad", "3Com", "McDonald", "_Foo", "NEW YORK", "St.",
    "Louis", "Paris,", "(Reuters)", "x", "Nuuk's", "A", "E-mail", "--", "\n", "\t", " ",
])


@pytest.mark.parametrize("first", ["la", "el", "new", "the", "st", "san"])
def test_next_word_test_is_the_same_on_a_set_and_on_the_text(gaz, first):
    """A long list of second words is searched as text, a short one kept as a set: both
    must say the same of every word that may follow, a part of one, or any other."""
    from geo.geoparse.recognize import _extends, _second_words

    text = gaz.ix.follow[first]
    words = text.split()
    probes = words[:50] + [w[:-1] for w in words[:50] if len(w) > 1] + [
        w + "s" for w in words[:20]] + ["paris", "of", "x", "said"]
    as_set = frozenset(words)
    kept = _second_words(text)
    for probe in probes:
        sentence = f"{first.title()} {probe.title()} today"
        end = len(first)
        word = re.match(r"\w+", probe).group(0)  # the next word ends where \w does
        assert _extends(sentence, end, kept) == (word in as_set), probe
    if first in ("la", "el"):
        assert isinstance(kept, str)  # the long ones are searched as text


@settings(max_examples=300, deadline=None)
@given(text=st.one_of(st.text(st.characters(max_codepoint=127), max_size=80),
                      st.lists(ASCII_WORDS, max_size=25).map(" ".join)))
def test_ascii_word_pattern_finds_what_the_full_one_finds(text):
    """recognize scans an ASCII text with a narrower pattern; it must see the same words."""
    from geo.geoparse.recognize import _WORD, _WORD_ASCII

    def found(p):
        return [(m.span(), m.groups()) for m in p.finditer(text)]

    assert found(_WORD_ASCII) == found(_WORD)


RUN_PIECES = st.sampled_from([
    "New", "York", "City", "st.", "Louis", "U.S.", "Kansas", "NEW", "YORK", "Winston-Salem",
    "Nuuk's", "Paris,", "ΑΣ.Β", "İstanbul", "of", "2.87", "Times/CBS", "Fund", "x.y.",
])


@settings(max_examples=300, deadline=None)
@given(words=st.lists(RUN_PIECES, min_size=1, max_size=4),
       gaps=st.lists(st.sampled_from([" ", "\n", "  \t", " \n "]), min_size=3, max_size=3))
def test_names_in_a_run_read_as_each_span_lowered_alone(gaz, words, gaps):
    """_names_in lowers the run once; the names it finds must be those found by lowering
    each span alone, the slow way it keeps for runs that do not lower letter by letter."""
    from geo.geoparse.recognize import _names_in, _names_in_slow

    run, pieces = "", []
    for word, gap in zip(words, [*gaps, ""], strict=False):
        pieces.append((len(run), len(run) + len(word)))
        run += word + gap
    run = run[:pieces[-1][1]]
    keys = gaz.ix.keys
    assert _names_in(run, pieces, keys) == _names_in_slow(run, pieces, keys)


NAME_RUN_WORDS = st.sampled_from([
    "Mr.", "Mr", "John", "Smith", "O'Neil", "Smith-Jones", "McDonald", "said", "Paris",
    "x3", "_A", "3B", "JOHN", "Dr", "a", ".", ",", "A.", "Co", "\n", "\t", " ", "  ", "-", "'",
])


@settings(max_examples=300, deadline=None)
@given(text=st.one_of(st.text(st.characters(max_codepoint=400), max_size=60),
                      st.lists(NAME_RUN_WORDS, max_size=20).map("".join),
                      st.lists(NAME_RUN_WORDS, max_size=20).map(" ".join)))
def test_a_surname_is_read_on_its_lines_as_the_pattern_reads_the_whole_text(gaz, text):
    """is_surname reads only the lines where the word occurs; it must answer as the set of
    every word the pattern finds after the first given name or title of a run, read over
    the whole text."""
    from geo.geoparse.guards import _NAME_RUN, TITLES, Context

    first, plain = gaz.ix.first_names, set()
    for m in _NAME_RUN.finditer(text):
        words = [m.group(1), *m.group(2).split()]
        for k, w in enumerate(words):
            if w in first or w.lower() in TITLES:
                for after in words[k + 1:]:
                    plain.update([after, *re.split(r"['’-]", after)])
                break
    ctx = Context(text, gaz)
    for word in {*text.split(), *plain, "Smith", "John", "Neil", "Jones", "New\nYork"}:
        assert ctx.is_surname(word) == (word in plain), word


def test_a_place_name_inside_an_officials_name_is_no_place(gaz):
    """A title anywhere in a run of capitalized words makes the words after it a name:
    Lund, a Swedish town, is part of the Danish minister's name here and later."""
    text = ("Danish Defense Minister Troels Lund Poulsen said on Thursday that more troops "
            "would go. Lund Poulsen spoke in Copenhagen.")
    names = [m.text for m in recognize(Document("d", text), gaz)]
    assert "Lund" not in names
    assert "Copenhagen" in names


@pytest.mark.parametrize("text, name", [
    ("Who would have wanted Matthew D. Welch dead? Welch had moved to Texas.", "Welch"),
    ("The tenant, Brian O'Connor, 38, was cooperative. Connor said so.", "Connor"),
    ("Police said Mary Houston, 34, was arrested. Houston was released on bail.", "Houston"),
])
def test_a_surname_after_an_initial_a_prefix_or_of_a_big_place_is_no_place(gaz, text, name):
    assert name not in [m.text for m in recognize(Document("d", text), gaz)]


def test_armed_groups_are_organizations_at_their_seat_not_towns(gaz):
    """'Hamas' is also an old name of Hamm (Germany); in news it is the movement in Gaza."""
    text = "Israel held talks with Hamas in Cairo. Hezbollah and the Taliban were not there."
    got = {r.mention.text: (r.mention.kind, r.place.country) for r in geoparse(
        Document("d", text), gaz)[1]}
    assert got["Hamas"] == ("organization", "PS")
    assert got["Hezbollah"] == ("organization", "LB")
    assert got["Taliban"] == ("organization", "AF")
