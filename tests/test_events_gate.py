"""The quick look at a document (geo.events.gate) never hides a sentence's action."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_events_heldout import CASES as HELDOUT
from test_events_heldout import NONE as HELDOUT_NONE
from test_events_helpers import extract
from test_events_sentences import CASES as SENTENCES
from test_events_sentences import NONE as SENTENCES_NONE

from geo.events.gate import action_sentences
from geo.events.text import sentence_at, sentence_spans

TEXTS = [
    "U.S. President Reagan met Japanese Prime Minister Nakasone. Talks with Japan began.",
    "OPEC MINISTERS TO MEET\n\nThe U.S. Navy said it sent two warships to the Gulf.\n"
    "    Officials met on Monday! Was it a meeting? Dr. Smith said no.",
    "The company said it would meet its obligations. Wage talks continue.\n"
    "A long wrapped wire line that does not end a sentence goes on and\n"
    "on until here. Mr. Baker will visit Moscow.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_sentence_at_finds_the_sentence_a_full_split_gives(text):
    for span in sentence_spans(text):
        for k in range(span[0], span[1]):
            if not text[k].isspace():
                assert sentence_at(text, k) == span


ABBREV_WORDS = st.sampled_from([
    "U.S.", "U.", "S.", "Mr.", "Mrs.", "xMr.", "Sept.", "Septe.", "said.", "1987.", "_Dr.",
    "No.", "vs.", "İDr.", "ⅫⅫⅫⅫⅫ.", "ab", "A", ".", " ", "\n", "(",
])


@settings(max_examples=300, deadline=None)
@given(words=st.lists(ABBREV_WORDS, min_size=1, max_size=8), sep=st.sampled_from(["", " "]),
       back=st.integers(0, 60))
def test_abbreviation_check_agrees_with_the_plain_pattern(words, sep, back):
    """_abbrev_end skips the pattern after 5 word characters; it must answer as the
    pattern does at every full stop."""
    from geo.events.text import _ABBREV_END, _abbrev_end

    text = sep.join(words)
    for dot in (k for k, c in enumerate(text) if c == "."):
        lo = max(0, dot - back)
        assert _abbrev_end(text, lo, dot) == (_ABBREV_END.search(text, lo, dot + 1) is not None)


def _offsets(text: str) -> list[tuple[int, int]]:
    return [(s.start, s.end) for s in action_sentences(text, ()) or ()]


def test_sentences_only_where_an_action_may_be():
    assert _offsets("Prices rose 3 pct in the talks about sugar.") == []
    assert _offsets("The firm will meet its obligations.") == []
    assert _offsets("France will meet the demand of Germany.") == []
    assert _offsets("France talked about Germany.") == []
    text = "Germany sent 300 troops to Lithuania on Tuesday."
    assert _offsets(text) == [(0, len(text))]


# a meeting's second party may be a place: the state a visit goes to, or the venue where an
# organization meets alone
VENUES = [
    "Macron visited Munich on Tuesday.",
    "Japan's prime minister visited Sydney on Monday.",
    "The Danish prime minister is visiting Munich this week.",
    "NATO defence ministers met in Mons on Tuesday.",
    "NATO will meet in Lyon next month.",
    "NATO held a summit in Vilnius.",
]
# punctuation outside ASCII right beside a trigger word
PUNCTUATED = [
    "France sent troops—soldiers—to Mali.",
    "France and Germany held ‘talks’ in Paris.",
    "France deployed troops to Mali… and Chad.",
    "Russia «threatened» to use force against Ukraine.",
]
# verbs of meeting, and the words after them their rule reads
MEET_VERBS_AFTER = [
    "France talked to Germany about Ukraine.",
    "France talked With Germany about Ukraine.",
    "France negotiated via envoys with Germany.",
    "France met with Germany in Paris.",
    "France will meet Germany's demands in Paris.",
    "France and Germany will meet to discuss demand in Paris.",
]
ALL_TEXTS = [c[0] for c in (*SENTENCES, *SENTENCES_NONE, *HELDOUT, *HELDOUT_NONE)] + VENUES \
    + PUNCTUATED + MEET_VERBS_AFTER


@pytest.mark.parametrize("text", ALL_TEXTS)
def test_the_quick_look_hides_no_action(text, monkeypatch):
    """The actions read with the gate are those read when every sentence is read."""
    gated = extract(text)
    monkeypatch.setattr("geo.events.extract.action_sentences", lambda text, mentions: None)
    assert extract(text) == gated


def test_punctuation_beside_a_trigger_word_hides_no_action():
    assert [len(extract(t)) for t in PUNCTUATED] == [1, 1, 1, 1]


def test_a_visit_or_a_meeting_at_a_venue_needs_only_one_party():
    assert {(e.type, e.location.name) for t in VENUES for e in extract(t)} >= {
        ("meet", "Munich"), ("meet", "Sydney"), ("meet", "Mons"), ("meet", "Lyon")}


# pieces of sentences for generated texts: who, what (every kind of trigger, with the words
# the rules look for near it, or without them) and where
WHO = ["France", "NATO", "Macron", "It", "They", "The Danish prime minister", "German officials",
       "Denmark and Norway", "Sweden's defence minister", "The Pentagon", "Officials", "Japan",
       "Finnish Defence Minister Antti Salo", "Salo", "The company", "Russia", "Moscow"]
WHERE = ["Estonia", "Munich", "Mons", "Nuuk", "the Baltic Sea", "Copenhagen", "Greenland",
         "the Arctic", "Brussels", "Taiwan", "Sydney", "Lyon", "Ukraine"]
WHAT = [
    "{a} threatened to use force against {p}", "{a} warned of military action over {p}",
    "{a} threatened to take control of {p}", "{a} will take over {p}", "{a} seized {p}",
    "{a} threatened {p} with sanctions", "{a} will open an embassy in {p}",
    "{a} closed its consulate in {p}", "{a} held joint exercises with {b} in {p}",
    "{a} took part in naval drills near {p}", "{a} troops were part of the force in {p}",
    "{a} set up a working group with {b}", "{a} held talks with {b} in {p}",
    "{a} will negotiate with {b}", "{a} talked to {b} about {p}", "{a} met {b} in {p}",
    "{a} will meet its obligations in {p}", "a meeting between {a} and {b} in {p}",
    "{a} visited {p}", "{a} hosted a summit in {p}", "{a} increased its troops in {p}",
    "{a} sent them to {p}", "{a} is sending 300 soldiers to {p}", "{a} reinforces {p}",
    "{a} posts two frigates to {p}", "{a} stepped up its military presence in {p}",
    "{a} did not send troops to {p}", "would {a} send troops to {p}", "{a} deployed to {p}",
    "{a} has no plans to send troops to {p}", "{a} is increasing output in {p}",
    "{a} must meet the demand in {p}", "{a} met with {b} in {p}", "{a} negotiated a deal in {p}",
    "{a} is negotiating very hard with {b}", "{a} talked about {p}", "{a} talks To {b}",
]
# marks put around or after one word of a sentence
MARKS = ["{}", "{}", "“{}”", "‘{}’", "{}—", "«{}»", "{}…", "({})", "{}-"]


def _marked(sentence: str, i: int, mark: str) -> str:
    words = sentence.split(" ")
    words[i % len(words)] = mark.format(words[i % len(words)])
    return " ".join(words)


SENTENCE = st.builds(
    lambda lead, what, a, b, p, tail, i, mark: _marked(
        lead + what.format(a=a, b=b, p=p) + tail, i, mark),
    st.sampled_from(["", "On Tuesday, ", "Officials said ", '"', "It said ", "They said "]),
    st.sampled_from(WHAT), st.sampled_from(WHO), st.sampled_from(WHO), st.sampled_from(WHERE),
    st.sampled_from([".", " on Monday.", ", officials said.", "?", " next month.", ", he said."]),
    st.integers(0, 12), st.sampled_from(MARKS))


@settings(max_examples=250, deadline=None)
@given(sentences=st.lists(SENTENCE, min_size=1, max_size=4))
def test_the_quick_look_hides_no_action_in_generated_texts(sentences):
    """Generated news sentences: the gate keeps every action a full reading finds (run with
    many more examples, this found the visits and the verb forms it used to hide)."""
    from geo.events import extract as module

    text = " ".join(s[0].upper() + s[1:] for s in sentences)
    gated = extract(text)
    real = module.action_sentences
    module.action_sentences = lambda text, mentions: None
    try:
        assert extract(text) == gated
    finally:
        module.action_sentences = real


TITLE_TEXT = st.sampled_from([
    "President", "president", "Vice-President", "Gen.", "gen", "GEN.", "Minister", "of",
    "Of", "Trade", "Smith", "O'Neil", "making", "Statement", "3King", "king_", "Head",
    "Rep.", "Sen.Smith", "Jones,", "“Smith”", "—", "Édouard", " ", "\n", "Kingdom", "top",
])


def test_names_after_a_title_and_any_number_of_ofs_may_be_officials():
    """learn_officials passes every "of" after a title, and any blanks."""
    from geo.events.gate import _names_after

    for text in ("Minister of of Smith", "Minister of Trade Smith", "Minister" + " " * 130 + "Lee",
                 "Minister" + " of" * 500 + " Smith", "Minister" + " " * 2000 + "Lee"):
        names: set[str] = set()
        _names_after(text, len("Minister"), names)
        assert names & {"Smith", "Lee"}, text


@settings(max_examples=300, deadline=None)
@given(words=st.lists(TITLE_TEXT, max_size=20), sep=st.sampled_from([" ", "", "  "]))
def test_official_names_are_those_after_every_title_in_the_text(words, sep):
    """The gate looks for a title only where its word stands among the text's words; the
    names it finds must be those a search for every title finds."""
    import re

    from geo.actors import actor_table
    from geo.events.gate import (
        _WORD_BEFORE,
        _known_words,
        _names_after,
        _official_names,
        _tables,
    )

    text = sep.join(words)
    low = text.lower()
    plain: set[str] = set()
    for w in actor_table().titles - {"of"}:  # every title searched for, in the whole text
        for m in re.finditer(re.escape(w) + (r"\b" if w[-1].isalpha() else ""), low):
            if not m.start() or not _WORD_BEFORE.match(low, m.start() - 1):
                _names_after(text, m.end(), plain)
    assert _official_names(text, low, _known_words(low, _tables()[3])) == plain


@settings(max_examples=300, deadline=None)
@given(spans=st.lists(st.tuples(st.integers(0, 60), st.integers(1, 12)), max_size=6),
       words=st.lists(st.sampled_from(["France", "met", "Mr.", "New", "York", ",", "it"]),
                      min_size=1, max_size=15))
def test_the_tokens_outside_mentions_are_those_no_mention_holds(spans, words):
    """The gate walks the tokens and the mentions (sorted by start, overlapping or not)
    together; a token is left out exactly when some mention holds its start."""
    from geo.events.gate import _outside
    from geo.events.text import tokenize
    from geo.model import Mention

    text = " ".join(words) + " " * 80
    inside = sorted((Mention("d", a, a + n, text[a:a + n], "city") for a, n in spans),
                    key=lambda m: m.start)
    tokens = tokenize(text)
    low = [t.lower for t in tokens]
    assert [t for t, _w in _outside(tokens, low, inside)] == [
        t for t in tokens if not any(m.start <= t.start < m.end for m in inside)]
