"""The tokenizer of geo.events.text: tokens with offsets, as its pattern reads them."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from geo.events.text import _POSSESSIVE, _SENT_END, _TOKEN, tokenize


def _pattern_tokens(text: str) -> list[tuple[str, int, int]]:
    """The tokens the pattern finds over the whole text, possessives and "n't" split off:
    what tokenize gives, without its shortcuts for common pieces."""
    out = []
    for m in _TOKEN.finditer(text):
        word, start, end = m.group(0), m.start(), m.end()
        split = _POSSESSIVE.match(word) if end - start > 2 and word[-2] in "'’" else None
        if split and not word.lower().endswith(("'s'", "’s’")):
            head, tail = split.group(1), split.group(2)
            if tail.lower().startswith("n") and head.lower() == "ca":
                head = "can"
            cut = start + len(split.group(1))
            out += [(head, start, cut), (tail, cut, end)]
        else:
            out.append((word, start, end))
    return out


def _tokens(text: str, offset: int = 0) -> list[tuple[str, int, int]]:
    return [(t.text, t.start, t.end) for t in tokenize(text, offset)]


def test_words_marks_and_possessives():
    text = "Mr. Smith said, Greenland's U.S. base can't close (Reuters). St. Louis."
    assert [t for t, _s, _e in _tokens(text)] == [
        "Mr.", "Smith", "said", ",", "Greenland", "'s", "U.S.", "base", "can", "n't",
        "close", "(", "Reuters", ")", ".", "St.", "Louis", "."]
    assert _tokens("Go, now.", 10) == [("Go", 10, 12), (",", 12, 13), ("now", 14, 17),
                                       (".", 17, 18)]


def test_a_title_before_a_capital_keeps_its_full_stop_and_other_words_do_not():
    assert [t for t, _s, _e in _tokens("Gen. Smith met Gen. and Dr. x.")] == [
        "Gen.", "Smith", "met", "Gen", ".", "and", "Dr", ".", "x", "."]


WORDS = st.sampled_from([
    "said", "Greenland", "Mr", "Gen", "St", "U.S", "A", "3", "1.5", "can't", "it's", "’s",
    "farmers'", "long-term", "É", "Éire", "x_y", "", "", "", "", "", "",
])
MARKS = st.sampled_from(["", "", ".", ",", ";", ":", "!", "?", ")", '"', "”", "'", "’", "(",
                         "—", "..."])


@settings(max_examples=400, deadline=None)
@given(pieces=st.lists(st.tuples(MARKS, WORDS, MARKS), max_size=12),
       gaps=st.lists(st.sampled_from([" ", "  ", "\n", "\t"]), min_size=12, max_size=12))
def test_tokens_are_those_the_pattern_reads(pieces, gaps):
    text = "".join(a + w + b + gap for (a, w, b), gap in zip(pieces, gaps, strict=False))
    assert _tokens(text) == _pattern_tokens(text)


# the sentence ends, written as three plain alternatives (slower: see _SENT_END)
_PLAIN_SENT_END = re.compile(r"[.!?]+[\"”’)]*(?=\s+[\"“‘(]?[A-Z0-9])|\n\s*\n|\n(?=\s*[A-Z“\"])")


@settings(max_examples=600, deadline=None)
@given(st.text(alphabet=".!?\n \t\"”’)“‘(Aa0x", max_size=16))
def test_sentence_ends_are_those_of_the_plain_pattern(text):
    assert [m.span() for m in _SENT_END.finditer(text)] == [
        m.span() for m in _PLAIN_SENT_END.finditer(text)]
    for pos in range(len(text) + 1):  # (the sure ends before a place are matched there)
        got, want = _SENT_END.match(text, pos), _PLAIN_SENT_END.match(text, pos)
        assert (got and got.span()) == (want and want.span())
