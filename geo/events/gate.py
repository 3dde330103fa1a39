"""A quick look at a whole document: which of its sentences can state an action?

Each trigger word is found by one pattern over the lower-case document, then read in the
text near it (what its rule needs there: a hold verb or "with" near a "meeting", a word of
force near "threatened"), counted in the pieces of text between white space, each of which
holds one token at least. Only then is its sentence found, without splitting the text
before it: the split starts at the last certain sentence end before the word (a blank
line, "!" or "?" before a capital, a line break that is no wrapped line, a full stop after
no abbreviation), which is always a split. There each trigger must pass what its rule
needs whatever the rest of the document says (troops near "sent", two parties for a
meeting, no negation: the first checks of its rule). The sentences that pass go to the
extraction with their tokens; when none passes, the document states no action and its
sentences need not be split at all.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from functools import cache
from operator import attrgetter

from geo.actors import actor_table
from geo.events.clause import View
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
from geo.events.parties import _PARTY_MENTIONS, PLACE_MENTIONS, _heads
from geo.events.rules import _NEEDS_TROOPS, venue_is_party, words_allow
from geo.events.text import Sentence, make_sentence, sentence_at

__all__ = ["action_sentences"]

_WITH = frozenset({"with", "between", "among"})
_TROOPS = MILITARY | {"presence"}
_MISSION_NEAR = MISSION_VERBS | {"opening", "closure", "reopening"}


def _key(w: str) -> bytes:
    return w.split("-")[-1].encode()  # "war-games" is found by "games"


_Table = dict[bytes, list[tuple[re.Pattern, tuple[str, ...]]]]


@cache
def _tables() -> tuple[_Table, _Table, frozenset[bytes], frozenset[bytes]]:
    """The patterns of the words and phrases that may trigger an action, by a word they
    hold, each with the tests of :func:`_near_may_pass` it needs: those of any text, those
    of a text with troops; the troop words; and all these words (those of the second table
    and the troop words, and the title words of :func:`_title_patterns`).

    "take" counts only before "over" or "control", "group" after "working" or "contact"
    (as :func:`find_triggers` reads them); the words that need troops ("increase",
    "sent", "part") only in a text with troops, or before "them" or "it"."""
    troops = DEPLOY_BOOST | _NEEDS_TROOPS | {"part"}
    strong = (DEPLOY_STRONG | DEPLOY_NOUNS | EXERCISE_NOUNS | MEET_VERBS | MEET_NOUNS
              | MISSION_NOUNS | THREAT_VERBS | THREAT_NOUNS | WARN_VERBS
              | {"mission", "missions"}) - troops
    bare: _Table = {}
    full: _Table = {}

    def add(table: _Table, w: str, rx: str, tests: tuple[str, ...]) -> None:
        pattern = re.compile(rf"{rx}\b")  # \b first would slow it
        table.setdefault(_key(w), []).append((pattern, tests))

    for table in (bare, full):
        for w in strong:
            add(table, w, re.escape(w), _raw_tests(w))
        for w in TAKE_VERBS:
            add(table, w, re.escape(w) + r"\s*(?:over|control)", ("threat",))
        add(table, "group", r"(?:working|contact)\s*group", ())
    for w in _NEEDS_TROOPS:
        add(bare, w, re.escape(w) + r"\s*(?:them|it)", ())
    for w in troops:
        add(full, w, re.escape(w), _raw_tests(w))
    troop_words = frozenset(w.encode() for w in _TROOPS)
    title_words = frozenset(k for k, _w in _title_patterns() if k is not None)
    return bare, full, troop_words, frozenset(full) | troop_words | title_words


def _raw_tests(w: str) -> tuple[str, ...]:
    """The tests of :func:`_near_may_pass` that the trigger word ``w`` needs: one for each
    way :func:`find_triggers` may read it, none when one of them needs no context."""
    tests = []
    if w in DEPLOY_NOUNS or w in EXERCISE_NOUNS or (w in MEET_VERBS and w not in MEET_NOUNS) \
            or (w in DEPLOY_STRONG and w not in _NEEDS_TROOPS):
        return ()
    if w in DEPLOY_STRONG or w in DEPLOY_BOOST:
        tests.append("troops")
    if w == "part":
        tests.append("part")
    if w in MEET_NOUNS:
        tests.append("noun")
    if w in MISSION_NOUNS or w in ("mission", "missions"):
        tests.append("mission")
    if w in THREAT_VERBS or w in THREAT_NOUNS or w in WARN_VERBS:
        tests.append("threat")
    return tuple(tests)


# the bytes kept in the words of an ASCII text: letters and "_" ("3talks" is the tokens
# "3" and "talks"; "_talks" is one); in other texts, the runs of those characters
_SEP = bytes(b if chr(b).isalpha() or b == 95 else 32 for b in range(128)) + b" " * 128
_RUNS = re.compile(r"[^\W\d]+")


def _known_words(low: str, known: frozenset[bytes]) -> frozenset[bytes]:
    """The words of the lower-case text ``low`` that are among ``known``."""
    if low.isascii():
        return known.intersection(low.encode().translate(_SEP).split())
    # outside ASCII a byte does not tell a letter from a mark ("—", "“")
    return known.intersection(" ".join(_RUNS.findall(low)).encode().split())


def action_sentences(text: str, mentions) -> list[Sentence] | None:
    """The sentences of ``text`` that may state an action (see the module), tokenized, in
    order; None when the text cannot be looked at quickly (every sentence may then state
    one). ``mentions`` are the geoparser's."""
    bare, full, troops, known = _tables()
    low = text.lower()
    if len(low) != len(text):
        return None  # offsets of the lower case would not be those of the text
    words = _known_words(low, known)
    table = bare if troops.isdisjoint(words) else full
    keys = [k for k in words if k in table]  # (words.intersection(table) walks the table)
    if not keys:
        return []
    hits = sorted((m.start(), m.end(), tests) for k in keys for p, tests in table[k]
                  for m in p.finditer(low)
                  if not m.start() or not _WORD_BEFORE.match(low, m.start() - 1))
    out: list[Sentence] = []
    start = end = -1  # the sentence of the last hit
    read: set[int] = set()  # the starts of the sentences read
    names: list[set[str]] = []
    ordered: list = []  # the mentions by start, and their starts, made when a meeting
    starts: list[int] = []  # asks for its parties

    def official_names() -> set[str]:
        if not names:
            names.append(_official_names(text, low, words))
        return names[0]

    for s, e, tests in hits:
        near = _near_may_pass(low, s, e, tests)
        if not near:
            continue
        if s >= end:
            start, end, sent_text = sentence_at(text, s)
        if start in read or (near == "troops?" and not _TROOPS_RX.search(low, start, end)):
            continue  # (a sentence is read once, for all its triggers)
        read.add(start)
        sent = make_sentence(start, end, sent_text)
        tokens = sent.tokens
        low_toks = [t.lower for t in tokens]
        view = None
        for t in find_triggers(tokens, low_toks):
            if not _may_pass(low_toks, tokens, t, text):
                continue
            view = view or View(sent, [], [], None, [])
            if not words_allow(view, t):
                continue
            if t.type != "meet":
                out.append(sent)
                break
            if not ordered and mentions:
                ordered.extend(sorted(mentions, key=_START))
                starts.extend(m.start for m in ordered)
            inside = ordered[bisect_left(starts, start):bisect_left(starts, end)]
            if _two_parties(tokens, low_toks, inside, official_names, venue_is_party(t.word)):
                out.append(sent)
                break
    return out


_START = attrgetter("start")
# a token may follow a digit ("3talks" is "3", "talks"), never a letter
_WORD_BEFORE = re.compile(r"[^\W\d]")


def _words_rx(words) -> re.Pattern:
    """A pattern of any of ``words`` as a token (after no letter, before no word character)."""
    alts = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    return re.compile(rf"(?<![^\W\d])(?:{alts})\b")


_WITH_RX = _words_rx(_WITH)
_HOLD_RX = _words_rx(HOLD_VERBS)
_TROOPS_RX = _words_rx(_TROOPS)
_THEM_RX = _words_rx(("them", "it"))
_FORCE_RX = _words_rx(FORCE)
_CONTEXT_RX = _words_rx(THREAT_CONTEXT)
_MISSION_RX = _words_rx(_MISSION_NEAR)


def _near_may_pass(low: str, s: int, e: int, tests: tuple[str, ...]) -> bool | str:
    """Whether the trigger word at ``s:e`` may pass :func:`_may_pass`, read on the
    lower-case text near it alone (no tokens, no sentence): each of ``tests`` asks, on a
    reading of the word, what :func:`_may_pass` asks of that reading. "troops?" when only
    troops in its sentence may let it pass.

    A word inside a hyphenated or joined word ("multi-step", "built-in") is no token of its
    own. Tokens hold no white space, so the ``n`` tokens before or after a word lie in the
    ``n`` pieces of text between white space there (more text than its sentence's is
    read: that only lets more pass); the word before is the run of letters right before
    it (the token before, or a part of it)."""
    if not tests:
        return True
    if (s > 1 and low[s - 1] in "-'’" and _WORD_BEFORE.match(low, s - 2)) or (
            low[e:e + 1] == "-" and _WORD_END.match(low, e + 1)):
        return False
    prev = _prev_word(low, s)
    be = prev in BE or prev.endswith(("'s", "'re"))
    out: bool | str = False
    for test in tests:
        if test == "noun":  # a meeting noun: "with" after it, a hold verb before
            if be or prev in ("to", "will", "would") or _WITH_RX.search(
                    _pieces_after(low, e, 8)) or _HOLD_RX.search(_pieces_before(low, s, 6)):
                return True  # (after "to", "will", a form of "be" it may be a verb)
        elif test == "threat":  # a word of force after, a threat word before
            if _FORCE_RX.search(_pieces_after(low, e, 14)) or _CONTEXT_RX.search(
                    _pieces_before(low, s, 4)):
                return True
        elif test == "mission":  # a verb of opening or closing near it
            if _MISSION_RX.search(_pieces_before(low, s, 5) + " " + _pieces_after(low, e, 3)):
                return True
        elif test == "part" and not be:
            continue  # "part" is a trigger only after a form of "be"
        elif _THEM_RX.search(_pieces_after(low, e, 3)):
            return True  # "sent them", "increase it"
        else:  # "troops", "part": troops in the sentence
            out = "troops?"
    return out


def _prev_word(low: str, s: int) -> str:
    """The run of word characters and apostrophes last before ``s``, less the digits it
    begins with (apostrophes made straight): the token before ``s``, or that token and
    the possessive or "n't" split from it."""
    k = s
    while k > 0 and not _in_word(low[k - 1]):
        k -= 1
    j = k
    while j > 0 and _in_word(low[j - 1]):
        j -= 1
    while j < k and low[j].isdecimal():
        j += 1  # "3will" is "3", "will"
    return low[j:k].replace("’", "'")


def _in_word(c: str) -> bool:
    return c.isalnum() or c in "_'’"


def _pieces_after(low: str, e: int, n: int) -> str:
    """The first ``n`` pieces of text between white space from ``e`` on, joined by spaces."""
    got = low[e:e + 40 * n].split(None, n)
    if len(got) <= n and e + 40 * n < len(low):
        got = low[e:].split(None, n)
    return " ".join(got[:n])


def _pieces_before(low: str, s: int, n: int) -> str:
    """The last ``n`` pieces of text between white space before ``s``, joined by spaces."""
    got = low[max(0, s - 40 * n):s].rsplit(None, n)
    if len(got) <= n and s > 40 * n:
        got = low[:s].rsplit(None, n)
    return " ".join(got[-n:])


def _two_parties(tokens, low: list[str], inside,
                 official_names: Callable[[], set[str]], venue: bool = False) -> bool:
    """Whether the sentence may name two parties (a meeting has two at least): a pronoun
    may stand for two; an official is one of ``official_names()`` (asked for only when
    the rest leaves it open). ``inside`` are the mentions that start in the sentence,
    by start. With ``venue`` a place counts too: a visit's host is the state visited, and
    an organization meeting at a venue needs no second party."""
    capitals = actor_table().capitals
    n = sum(1 for m in inside if m.kind in _PARTY_MENTIONS or m.text in capitals
            or (venue and m.kind in PLACE_MENTIONS))
    heads = _table_heads()
    maybe: list[str] = []  # capitalized words that may name an official
    for tok, w in _outside(tokens, low, inside):
        if n >= 2:
            return True
        if w in PRONOUNS:
            n += 2
        elif tok.text in heads:
            n += 1
        elif tok.is_cap:
            maybe.append(tok.text)
    if n + len(maybe) < 2:
        return False
    names = official_names()
    return n + sum(1 for word in maybe if word in names) >= 2


def _outside(tokens, low: list[str], inside):
    """``(token, lower case)`` of each of ``tokens`` that starts in none of the mentions
    ``inside`` (sorted by start), in order."""
    k, last = 0, len(inside)  # the first mention that may hold the token
    for tok, w in zip(tokens, low, strict=True):
        at = tok.start
        while k < last and inside[k].end <= at:
            k += 1  # (it holds no later token either)
        if k == last or inside[k].start > at:  # (no mention after it starts before)
            yield tok, w


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


_WORD_END = re.compile(r"\w")
_ALPHA = re.compile(r"[^\W\d_]+")
_PIECE = re.compile(r"\S+")


@cache
def _title_patterns() -> tuple[tuple[bytes | None, str], ...]:
    """Each title word of the actor table but "of", after the run of letters a text's
    words hold where it stands (a title is letters, perhaps a full stop: "gen." stands
    where the word "gen" is), or None for any other title."""
    out = []
    for w in sorted(actor_table().titles - {"of"}):
        key = w.removesuffix(".")
        out.append((key.encode() if key.isascii() and key.isalpha() else None, w))
    return tuple(out)


def _official_names(text: str, low: str, present: frozenset[bytes]) -> set[str]:
    """The words that may name an official: the capitalized words (4 at most) right after
    a title word, or after a title word and "of" (learn_officials reads names right after
    the titles that follow a state: "Minister of Trade Smith"). ``present`` are the words
    of the text among those of :func:`_tables`: a title stands only where its word does."""
    names: set[str] = set()
    for key, w in _title_patterns():
        if (key not in present) if key is not None else (w not in low):
            continue
        for end in _title_ends(low, w):
            _names_after(text, end, names)
    return names


def _title_ends(low: str, w: str):
    """The ends of the title word ``w`` where it stands as a token in ``low``: after no
    letter and, when it ends in a letter, before no word character. The occurrences are
    taken left to right as a pattern search takes them (one that ends before a word
    character is passed over, one that ends well is stepped over); str.find spares
    compiling a pattern for each title."""
    whole = w[-1].isalpha()
    i = low.find(w)
    while i >= 0:
        e = i + len(w)
        if whole and _WORD_END.match(low, e):
            i = low.find(w, i + 1)
            continue
        if not i or not _WORD_BEFORE.match(low, i - 1):
            yield e
        i = low.find(w, e)


def _names_after(text: str, end: int, names: set[str]) -> None:
    """Add to ``names`` the capitalized words (4 at most) right after a title word that
    ends at ``end``, or after it and "of": learn_officials passes any number of them, and
    any blanks, so the pieces of text between white space are read one by one."""
    taken = 0
    for m in _PIECE.finditer(text, end):
        word = m.group(0)
        if not taken and word == "of":
            continue
        got = _ALPHA.match(word)
        if got is None or not word[0].isupper():
            return  # names are capitalized words, right after the titles
        names.add(got.group(0))
        taken += 1
        if taken == 4 or got.end() < len(word):
            return
