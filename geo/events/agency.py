"""Who can act: a state or organization as such, an official, a military unit — not the
civilians, firms or things a demonym can also describe ("German tourists", "Japanese
carmakers", "the Chinese wheat crop"), and a capital city standing for its state
("Moscow warned …", "Washington sent …").
"""

from __future__ import annotations

import re

from geo.actors import actor_table
from geo.events.lexicon import BE, COMMIT, MILITARY, SPEECH, TRIGGER_WORDS, words
from geo.events.text import Sentence

__all__ = ["capital_stands_for_state", "is_civil_modifier", "looks_like_demonym"]


# head nouns after a demonym that make it a state actor ("Russian officials")
STATE_HEADS = MILITARY | frozenset(words("""officials official government governments
delegation delegations authorities administration ministry ministries military army navy
air coast guard coastguard diplomats diplomat negotiators negotiator side leaders leader
lawmakers embassy envoys envoy counterpart counterparts intelligence defence defense foreign
state regime cabinet parliament warplanes fighter commanders commander officers generals
ambassadors ambassador president premier king monarch spokesman spokeswoman spokesperson
decision plan plans move request proposal offer pledge team's special armed naval
security border-guard mission missions consulate consul""")) - {"presence"}
_DEMONYM = re.compile(r"(?:an|ese|ish|ian|ic|ch|i|ine|ean)$")
_VERBISH = BE | SPEECH | COMMIT | TRIGGER_WORDS | frozenset(words("""has have had will
would could can may might should must did does also again accused accuses accuse urged
urges demanded demands rejected rejects condemned condemns called calls responded responds
expelled expels summoned summons retaliated signed signs"""))


def looks_like_demonym(phrase: str) -> bool:
    """"Japanese", "British", "Philippine" (not "Japan", "Britain", "Iran" or "Americans")."""
    return bool(_DEMONYM.search(phrase)) and phrase not in actor_table().sovereigns and \
        not phrase.endswith(("Iran", "Oman", "Japan", "Sudan", "Taiwan", "Pakistan"))


def is_civil_modifier(sent: Sentence, j: int) -> bool:
    """True when the demonym ending before token ``j`` describes civilians, firms or things:
    its head noun (the first lowercase word after it, past "and Philippine", titles…) is
    not a state, official or military word."""
    toks = sent.tokens
    titles = actor_table().titles
    for k in range(j, min(len(toks), j + 5)):
        t = toks[k]
        w = t.lower
        if w in ("and", ",", "-", "&") or (t.is_cap and w not in titles):
            continue
        if not t.text[:1].isalpha():
            return False
        return w not in STATE_HEADS and w not in titles
    return False


def capital_stands_for_state(sent: Sentence, i: int, j: int) -> bool:
    """A capital city at tokens ``i`` … ``j - 1`` used as the subject of an action or a
    statement ("Moscow warned", "Washington has sent", "Seoul's defence ministry")."""
    toks = sent.tokens
    if i > 0:
        prev = toks[i - 1].lower
        if prev.isalpha() and prev not in ("and", "but", "while", "as", "that", "by", "if",
                                                 "unless", "when", "after", "before",
                                                 "because", "since", "so", "then"):
            return False
        if prev in ("(", "-", "—"):
            return False
    k = j
    while k + 1 < len(toks) and toks[k].lower in ("and", ",") and toks[k + 1].is_cap:
        k += 2  # "Moscow and Beijing held …"
    if k >= len(toks):
        return False
    nxt = toks[k].lower
    if nxt == "'s":
        head = toks[k + 1].lower if k + 1 < len(toks) else ""
        return head in STATE_HEADS or head in actor_table().titles
    if nxt == "(" or toks[k].is_cap:
        return False  # "BRUSSELS (Reuters)" dateline, "Moscow Region"
    return nxt in _VERBISH or (nxt.isalpha() and len(nxt) > 3 and nxt.endswith("ed"))
