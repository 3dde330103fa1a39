"""Document-level behaviour: officials learnt, pronouns, focus place, origins, quantities."""

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from test_events_helpers import extract


def test_official_learnt_by_title_speaks_for_the_state_later():
    text = ("Finnish Defence Minister Antti Salo arrived on Monday. "
            "Salo met NATO Secretary General Mark Rutte in Brussels on Tuesday.")
    meets = [e for e in extract(text) if e.type == "meet"]
    assert len(meets) == 1
    assert {a.code for a in (*meets[0].actors, *meets[0].counterparts)} == {"FIN", "NATO"}
    assert meets[0].date == "2026-01-13"


def test_pronoun_sentence_adds_origin_to_the_deployment_before():
    text = ("The German Defence Ministry, which dispatched 15 soldiers to Iceland, said the aim "
            "was reconnaissance. It said it was sending them on a flight from Copenhagen.")
    deploys = [e for e in extract(text) if e.type == "deploy"]
    assert len(deploys) == 1
    d = deploys[0]
    assert d.actors[0].code == "DEU" and d.quantity == 15 and d.unit == "soldiers"
    assert d.location.name == "Iceland" and d.origin.name == "Copenhagen"
    assert len(d.evidence) == 2


def test_implicit_destination_is_the_focus_place_and_origin_the_sender():
    text = ("Tensions over Iceland grew this week. Several allies are sending troops to Iceland. "
            "Norway announced that it was sending very small numbers of troops.")
    deploys = [e for e in extract(text) if e.type == "deploy"]
    assert [d.actors[0].code for d in deploys] == ["NOR"]
    d = deploys[0]
    assert d.location.name == "Iceland" and d.origin.name == "Norway"
    assert d.quantity is None and d.approximate
    assert d.status == "announced"


def test_organization_members_are_not_the_organization():
    events = extract("NATO allies Italy and Poland are sending troops to Estonia.")
    assert sorted(a.code for e in events for a in e.actors) == ["ITA", "POL"]


def test_exercise_without_named_host_is_hosted_by_the_territory_sovereign():
    events = extract("One British officer joined a reconnaissance team for an Arctic "
                     "endurance exercise in Greenland.")
    ex = [e for e in events if e.type == "exercise"]
    assert ex and ex[0].location.name == "Greenland"


def test_threat_target_and_counterparts():
    events = extract("The US president renewed his threat to take control of Greenland.")
    t = next(e for e in events if e.type == "threaten")
    assert t.actors[0].code == "USA" and t.location.name == "Greenland"
    assert {a.code for a in t.counterparts} == {"GRL", "DNK"}
    assert t.status == "ongoing"


def test_no_date_no_base():
    events = extract("Japan dispatched two destroyers to the South China Sea.", date=None)
    assert events and events[0].date is None and events[0].quantity == 2


@pytest.mark.parametrize("gap", ["\n\n", "\r\n\r\n", "\n  \n"])
def test_a_headline_joins_the_action_the_story_below_it_states(gap):
    text = (f"Japan, Philippines start joint drills{gap}"
            "Japan and the Philippines began joint naval drills near Luzon on Monday, "
            "the defence ministry said.")
    drills = [e for e in extract(text) if e.type == "exercise"]
    assert len(drills) == 1
    assert [ev.sentence for ev in drills[0].evidence][-1] == \
        "Japan, Philippines start joint drills"
    assert len(drills[0].evidence) == 2


def test_a_sentence_of_the_story_is_no_headline():
    text = ("Japan held talks with China in Beijing on Monday. "
            "Japan, China and Russia held talks in Beijing on Monday.")
    meets = [e for e in extract(text) if e.type == "meet"]
    assert len(meets) == 2


TEACH_WORDS = st.sampled_from([
    "minister", "Minister", "of", "Trade", "Smith", "service", "3vice", "vice-president",
    "Gen.", "gen", "_head", "Head", "state", "said", ",", "x", "Jones", "PRESIDENT", "—",
])


@settings(max_examples=400, deadline=None)
@example(words=["minister", "of", "of", "Smith"], seps=[" "] * 12)
@given(words=st.lists(TEACH_WORDS, min_size=1, max_size=12),
       seps=st.lists(st.sampled_from([" ", "  ", "\n", ""]), min_size=12, max_size=12))
def test_a_sentence_where_a_title_token_precedes_a_name_may_teach(words, seps):
    """_may_teach is the reader's quick test for learn_officials: wherever a title token is
    followed, through white space (and "of"), by a capitalized token, it must say yes."""
    from geo.actors import actor_table
    from geo.events.extract import _may_teach
    from geo.events.text import tokenize

    text = "".join(w + s for w, s in zip(words, seps, strict=False)).strip() or "x"
    titles, toks = actor_table().titles, tokenize(text)
    for k, tok in enumerate(toks):
        if tok.lower not in titles or tok.lower == "of":
            continue
        j = k + 1
        while j < len(toks) and toks[j].lower == "of" and not text[toks[j - 1].end:toks[
                j].start].strip():
            j += 1
        if j < len(toks) and toks[j].is_cap and not text[toks[j - 1].end:toks[j].start].strip() \
                and toks[j - 1].end < toks[j].start:
            assert _may_teach(text, text.lower()), (text, tok.text)


def test_an_armed_group_is_a_party_to_talks():
    events = extract("Israel held talks with Hamas in Cairo on Monday, officials said.")
    assert [(e.type, [a.code for a in e.actors], [a.name for a in e.counterparts])
            for e in events] == [("meet", ["ISR"], ["Hamas"])]


def test_a_reporters_credit_line_is_no_sentence_of_the_story():
    from geo.events.extract import _is_credit

    assert _is_credit("Reporting by Anna Berg; Editing by Tom Hale")
    assert _is_credit("(Writing by Anna Berg)")
    assert _is_credit("ADDITIONAL REPORTING by John Smith in Nuuk")
    assert _is_credit("John Smith in Nuuk contributed reporting to this story.")
    assert not _is_credit("The minister said reporting by the press was wrong.")
    assert not _is_credit("France met Denmark in Paris.")
