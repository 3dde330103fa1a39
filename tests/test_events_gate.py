"""The quick look at a document (geo.events.gate) never hides a sentence's action."""

from __future__ import annotations

import pytest

from geo.events.gate import action_windows
from geo.events.text import sentence_spans, sentence_window

TEXTS = [
    "U.S. President Reagan met Japanese Prime Minister Nakasone. Talks with Japan began.",
    "OPEC MINISTERS TO MEET\n\nThe U.S. Navy said it sent two warships to the Gulf.\n"
    "    Officials met on Monday! Was it a meeting? Dr. Smith said no.",
    "The company said it would meet its obligations. Wage talks continue.\n"
    "A long wrapped wire line that does not end a sentence goes on and\n"
    "on until here. Mr. Baker will visit Moscow.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_window_holds_the_sentence(text):
    for start, end, _ in sentence_spans(text):
        for k in range(start, end):
            a, b = sentence_window(text, k, k + 1)
            assert a <= start and end <= b


def test_windows_only_where_an_action_may_be():
    assert action_windows("Prices rose 3 pct in the talks about sugar.", ()) == []
    assert action_windows("The firm will meet its obligations.", ()) == []
    text = "Germany sent 300 troops to Lithuania on Tuesday."
    assert action_windows(text, ()) == [(0, len(text))]
