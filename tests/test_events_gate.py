"""The quick look at a document (geo.events.gate) never hides a sentence's action."""

from __future__ import annotations

import pytest

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


def _offsets(text: str) -> list[tuple[int, int]]:
    return [(s.start, s.end) for s in action_sentences(text, ()) or ()]


def test_sentences_only_where_an_action_may_be():
    assert _offsets("Prices rose 3 pct in the talks about sugar.") == []
    assert _offsets("The firm will meet its obligations.") == []
    text = "Germany sent 300 troops to Lithuania on Tuesday."
    assert _offsets(text) == [(0, len(text))]
