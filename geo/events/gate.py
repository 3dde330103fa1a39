"""A quick look at a whole document: can any of its trigger words make an action?

Each trigger word found (one regex over the document) is read in a window that holds the
whole sentence it is in: the window runs from the last certain sentence end before it to
the first certain one after it (a blank line, "!" or "?" before a capital, a line break
that is no wrapped line, a full stop after no abbreviation). There each trigger must pass
what its rule needs whatever the rest of the document says (a hold verb or "with" near a
"meeting", troops near "sent", a word of force near "threatened"); a window holds at least
its sentence, so a trigger failing there fails in its sentence too. When no trigger
passes, the document states no action and the sentences need not be split at all.
"""

from __future__ import annotations

import re
from functools import cache

from geo.actors import actor_table
from geo.events.lexicon import (
    BE,
    DEPLOY_BOOST,
    DEPLOY_NOUNS,
    DEPLOY_STRONG,
    EXERCISE_NOUNS,
    FORCE,
    GROUP_VERBS,
    HOLD_VERBS,
    MEET_NOUNS,
    MEET_VERBS,
    MILITARY,
    MISSION_NOUNS,
    MISSION_VERBS,
    NOT_MET,
    PRONOUNS,
    TAKE_VERBS,
    THREAT_CONTEXT,
    THREAT_NOUNS,
    THREAT_VERBS,
    WARN_VERBS,
    Trigger,
    find_triggers,
)
from geo.events.parties import _PARTY_MENTIONS, _heads
from geo.events.rules import _NEEDS_TROOPS
from geo.events.text import sentence_window, tokenize

__all__ = ["action_windows"]

_WITH = frozenset({"with", "between", "among"})
_TROOPS = MILITARY | {"presence"}
_MISSION_NEAR = MISSION_VERBS | {"opening", "closure", "reopening"}


def _key(w: str) -> bytes:
    return w.split("-")[-1].encode()  # "war-games" is found by "games"


@cache
def _tables() -> tuple[dict[bytes, list[re.Pattern]], dict[bytes, list[re.Pattern]],
                       frozenset[bytes]]:
    """The patterns of the words and phrases that may trigger an action, by a word they
    hold: those of any text, those of a text with troops; and the troop words.

    "take" counts only before "over" or "control", "group" after "working" or "contact"
    (as :func:`find_triggers` reads them); the words that need troops ("increase",
    "sent", "part") only in a text with troops, or before "them" or "it"."""
    troops = DEPLOY_BOOST | _NEEDS_TROOPS | {"part"}
    strong = (DEPLOY_STRONG | DEPLOY_NOUNS | EXERCISE_NOUNS | MEET_VERBS | MEET_NOUNS
              | MISSION_NOUNS | THREAT_VERBS | THREAT_NOUNS | WARN_VERBS
              | {"mission", "missions"}) - troops
    bare: dict[bytes, list[re.Pattern]] = {}
    full: dict[bytes, list[re.Pattern]] = {}

    def add(table: dict, w: str, rx: str) -> None:
        table.setdefault(_key(w), []).append(re.compile(rf"{rx}\b"))  # \b first would slow it

    for table in (bare, full):
        for w in strong:
            add(table, w, re.escape(w))
        for w in TAKE_VERBS:
            add(table, w, re.escape(w) + r"\s*(?:over|control)")
        add(table, "group", r"(?:working|contact)\s*group")
    for w in _NEEDS_TROOPS:
        add(bare, w, re.escape(w) + r"\s*(?:them|it)")
    for w in troops:
        add(full, w, re.escape(w))
    return bare, full, frozenset(w.encode() for w in _TROOPS)


_SEP = bytes(b if chr(b).isalnum() or b == 95 or b >= 128 else 32 for b in range(256))


def action_windows(text: str, mentions) -> list[tuple[int, int]]:
    """The windows of ``text`` (start, end) whose sentences may state an action (see the
    module), in order; ``mentions`` are the geoparser's."""
    bare, full, troops = _tables()
    low = text.lower()
    if len(low) != len(text):
        return [(0, len(text))]  # offsets of the lower case would not be those of the text
    words = set(low.replace("’", "'").encode().translate(_SEP).split())
    table = bare if troops.isdisjoint(words) else full
    keys = words.intersection(table)
    if not keys:
        return []
    hits = sorted((m.start(), m.end()) for k in keys for p in table[k] for m in p.finditer(low)
                  if not m.start() or not _WORD_END.match(low, m.start() - 1))
    seen: set[tuple[int, int]] = set()
    out: list[tuple[int, int]] = []
    names = None
    for s, e in hits:
        a, b = window = sentence_window(text, s, e)
        if window in seen or not _raw_may_pass(low, a, s, e, b):
            continue  # (a window is read once, for all its triggers)
        seen.add(window)
        tokens = tokenize(text[a:b], a)
        low_toks = [t.lower for t in tokens]
        for t in find_triggers(tokens):
            if not _may_pass(low_toks, tokens, t, text):
                continue
            if t.type != "meet":
                out.append(window)
                break
            if names is None:
                names = _official_names(text, low)
            if _two_parties(tokens, low_toks, mentions, names):
                out.append(window)
                break
    return out


_RAW_WITH = re.compile(r"\b(?:with|between|among)\b")
_PREV = re.compile(r"([\w'’]+)[^\w'’]*$")


@cache
def _raw_meet() -> tuple[frozenset[str], re.Pattern]:
    """The meeting nouns that are no other trigger, and the hold verbs as a pattern."""
    others = (DEPLOY_STRONG | DEPLOY_NOUNS | DEPLOY_BOOST | EXERCISE_NOUNS | MISSION_NOUNS
              | THREAT_VERBS | THREAT_NOUNS | WARN_VERBS | TAKE_VERBS)
    verbs = "|".join(sorted(map(re.escape, HOLD_VERBS), key=len, reverse=True))
    return MEET_NOUNS - others - MEET_VERBS, re.compile(rf"\b(?:{verbs})\b")


def _raw_may_pass(low: str, a: int, s: int, e: int, b: int) -> bool:
    """Whether the meeting noun at ``s:e`` (window ``a:b``) may state a meeting, read on
    the text alone: "with", "between" or "among" after it, a hold verb before it, or a
    word before it that makes it a verb ("to", "will", a form of "be"). True for the
    other words (their tokens tell)."""
    nouns, hold = _raw_meet()
    if low[s:e] not in nouns:
        return True
    prev = _PREV.search(low, a, s)
    if prev is not None:
        w = prev.group(1).replace("’", "'")
        if w in ("to", "will", "would") or w in BE or w.endswith(("'s", "'re")):
            return True
    return bool(_RAW_WITH.search(low, e, b) or hold.search(low, a, s))


def _two_parties(tokens, low: list[str], mentions, names: set[str]) -> bool:
    """Whether the window may name two parties (a meeting has two at least): a pronoun
    may stand for two; an official is one of ``names``."""
    a, b = tokens[0].start, tokens[-1].end
    inside = [m for m in mentions if a <= m.start < b]
    capitals = actor_table().capitals
    n = sum(1 for m in inside if m.kind in _PARTY_MENTIONS or m.text in capitals)
    heads = _table_heads()
    for tok, w in zip(tokens, low, strict=True):
        if n >= 2:
            return True
        if any(m.start <= tok.start < m.end for m in inside):
            continue
        if w in PRONOUNS:
            n += 2
        elif tok.text in heads or tok.text in names:
            n += 1
    return n >= 2


def _may_pass(low: list[str], tokens, t: Trigger, text: str) -> bool:
    i, j, w = t.i, t.j, t.word
    if t.type == "deploy":
        if t.pos in ("boost", "part") or w in _NEEDS_TROOPS:
            return not _TROOPS.isdisjoint(low) or low[j:j + 1] in (["them"], ["it"])
        return True
    if t.type == "meet":
        if t.pos == "noun":
            return not _WITH.isdisjoint(low[j:j + 8]) or not HOLD_VERBS.isdisjoint(
                low[max(0, i - 6):i])
        if t.pos == "group":
            return not GROUP_VERBS.isdisjoint(low[:i])
        if _not_met(low, tokens, j, text):
            return False  # "meet its obligations", in the same sentence
        if w.startswith(("talk", "negotiat")):
            return j < len(low) and (low[j] in ("with", "to") or tokens[j].is_cap or
                                     not tokens[j].text.islower() or low[j][0] == "v")
        return True
    if t.type == "mission":
        return not _MISSION_NEAR.isdisjoint(low[max(0, i - 5):i] + low[j:j + 3])
    if t.type == "threaten":
        forceful = w in FORCE or w.split()[0] in FORCE
        if not forceful or t.pos == "warn":
            return not FORCE.isdisjoint(low[j:j + 14])
        return not THREAT_CONTEXT.isdisjoint(low[max(0, i - 4):i])
    return True


def _table_heads() -> frozenset[str]:
    return _heads(actor_table())


def _not_met(low: list[str], tokens, j: int, text: str) -> bool:
    """Whether a word such as "obligations" is among the 4 tokens after ``j`` with no
    possible sentence end (".", "!", "?", a line break) before it."""
    for k in range(j, min(j + 4, len(low))):
        if low[k] in NOT_MET:
            return True
        if any(c in ".!?" for c in low[k]) or (k + 1 < len(low) and "\n" in text[
                tokens[k].end:tokens[k + 1].start]):
            return False
    return False


_TITLE_END = {True: r"\b", False: ""}
_WORD_END = re.compile(r"\w")
_ALPHA = re.compile(r"[^\W\d_]+")


def _official_names(text: str, low: str) -> set[str]:
    """The words that may name an official: the capitalized words (4 at most) right after
    a title word (learn_officials reads names right after the titles that follow a
    state)."""
    names: set[str] = set()
    for w in actor_table().titles:
        if w == "of" or w not in low:
            continue
        for m in re.finditer(re.escape(w) + _TITLE_END[w[-1].isalpha()], low):
            if m.start() and _WORD_END.match(low, m.start() - 1):
                continue
            for word in text[m.end():m.end() + 120].split()[:4]:
                got = _ALPHA.match(word)
                if got is None or not word[0].isupper():
                    break  # names are capitalized words, right after the titles
                names.add(got.group(0))
                if got.end() < len(word):
                    break
    return names
