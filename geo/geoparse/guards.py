"""Guards against names that are not places here: common words, people, parts of names.

General rules only, no list of particular places:

- a month, weekday or other never-place word is dropped;
- a name right after a title ("President", "Mr.") or a given name ("Michael Jordan"), or a
  given name followed by a capitalised word ("Jordan Henderson") is part of a person's name;
- a word the dictionary knows in lower case ("march", "nice", "reading") is a place only
  mid-sentence, and only when it names a state, region, organization or a large place;
- a small place inside a run of capitalised words ("Paris Hilton Hotel") is part of a name;
- a word seen after a given name or title elsewhere in the text, even a large place's name
  (anywhere after it in a run of capitalised words and initials: "Defence Minister Troels
  Lund Poulsen", "Matthew D. Welch", "Mary Houston"; or a part of such a word: "O'Connor")
  is a surname there too, unless it names a state, region or organization.
"""

from __future__ import annotations

import re

from geo.gazetteer import Gazetteer
from geo.gazetteer.index import DEMONYM, ORG

NEVER = frozenset("""
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday jan feb mar apr jun jul aug sep
sept oct nov dec mon tue wed thu fri sat sun god lord christ christmas easter the a an i
we you he she it they this that these those but and or if so one two three mr mrs ms
""".split())  # noqa: SIM905
TITLES = frozenset("""
mr mr. mrs mrs. ms ms. dr dr. sir dame lady lord president sen. senator rep.
representative gov. governor gen. general col. colonel capt. captain lt. sgt. officer
king queen prince princess pope judge justice coach minister chancellor secretary mayor
premier commissioner chairman ceo director ambassador sheriff deputy detective trooper
father rev. reverend bishop saint st mrs.
""".split())  # noqa: SIM905
INSTITUTION_WORDS = frozenset("""
county city township town village state university college school high police department
airport river lake valley mountain beach park harbor harbour port bay island islands
international regional council hospital court district area station center centre
government times post news daily airlines bank stadium
""".split())  # noqa: SIM905
STRONG_KINDS = frozenset({"country", "continent", "region", "feature", "organization", "base"})
BIG = 100_000
SMALL = 20_000
_WORD = re.compile(r"[A-Za-z][\w.'’-]*")
# a capitalized word, then capitalized words or initials ("Matthew D. Flores")
_NAME_RUN = re.compile(r"([A-Z](?<!\w\w)[a-z]+\.?)[ \t]+([A-Z](?:\.|[\w'’-]*)"
                       r"(?:[ \t]+[A-Z](?:\.|[\w'’-]*))*)")
_PARTS = re.compile(r"['’-]")
_NEXT = re.compile(r"[ \t]+([A-Za-z][\w'’-]*)")
_OPENERS = ".!?:;\n\"“‘'(*•–—|"


class Context:
    """What the guards need to know about a text, computed once per document."""

    def __init__(self, text: str, gaz: Gazetteer) -> None:
        self.text = text
        self.gaz = gaz
        self._surname: dict[str, bool] = {}  # word -> whether it follows a name or title
        self._prev: tuple[int, tuple[str, str]] = (-1, ("", ""))  # the last prev_word

    def is_surname(self, word: str) -> bool:
        """Whether ``word`` is seen after a given name or a title somewhere in the text
        ("Michael Jordan ... Jordan said"): one of the words after the first given name or
        title of a run of capitalized words (see _NAME_RUN)."""
        got = self._surname.get(word)
        if got is None:
            got = self._surname[word] = self._after_name(word)
        return got

    def _after_name(self, word: str) -> bool:
        # a run holds no line break, so only the lines where the word occurs are read
        text, first = self.text, self.gaz.ix.first_names
        i = text.find(word)
        while i >= 0:
            if not _may_follow_name(text, i):
                i = text.find(word, i + 1)
                continue
            lo, hi = text.rfind("\n", 0, i) + 1, text.find("\n", i)
            hi = len(text) if hi < 0 else hi
            for m in _NAME_RUN.finditer(text, lo, hi):
                words = [m.group(1), *m.group(2).split()]
                # the words after the run's first given name or title ("Danish Defence
                # Minister Troels Lund Poulsen")
                k = next((k for k, w in enumerate(words[:-1])
                          if w in first or w.lower() in TITLES), -1)
                if k >= 0 and any(word == w or word in _PARTS.split(w) for w in words[k + 1:]):
                    return True  # (or a part of one: "Brian O'Connor", "Connor")
            i = text.find(word, hi)
        return False

    def prev_word(self, start: int) -> tuple[str, str]:
        """The word before ``start`` and the punctuation between ('' when only blanks)."""
        if self._prev[0] == start:
            return self._prev[1]
        got = self._prev_word(start)
        self._prev = (start, got)
        return got

    def _prev_word(self, start: int) -> tuple[str, str]:
        text, i = self.text, start
        while i > 0 and text[i - 1] in " \t":
            i -= 1
        if i == 0:
            return "", "\n"
        if not (text[i - 1].isalnum() or text[i - 1] == "."):
            return "", text[i - 1]
        j = i
        while j > 0 and (text[j - 1].isalnum() or text[j - 1] in ".'’-"):
            j -= 1
        return text[j:i], ""

    def next_word(self, end: int) -> str:
        """The word right after ``end`` when only blanks separate them, else ''."""
        m = _NEXT.match(self.text, end)
        return m.group(1) if m else ""

    def sentence_initial(self, start: int) -> bool:
        """True when ``start`` opens a sentence, a line or a quotation."""
        text, i = self.text, start
        while i > 0 and text[i - 1] in " \t":
            i -= 1
        if i == 0:
            return True
        if text[i - 1] == ".":
            word, _ = self.prev_word(start)
            return not (word.lower() in TITLES or (len(word) <= 4 and word[:1].isupper()))
        if text[i - 1] in _OPENERS:
            return True
        word, _ = self.prev_word(start)
        return word.lower() in {"the", "a", "an"} and self.sentence_initial(i - len(word))


def _strong(gaz: Gazetteer, rows: list[tuple[int, int]]) -> bool:
    ix = gaz.ix
    return any(t in (DEMONYM, ORG) or ix.kind[r] in STRONG_KINDS for r, t in rows)


def _big(gaz: Gazetteer, rows: list[tuple[int, int]], threshold: int) -> bool:
    ix = gaz.ix
    return any(ix.population[r] >= threshold or r in ix.capitals or
               r in ix.states for r, _t in rows)


def rejects(ctx: Context, start: int, end: int, rows: list[tuple[int, int]],
            facts=None) -> bool:
    """True when the span ``start:end`` should not be read as a place.

    ``facts`` (see :class:`geo.geoparse.recognize.SpanFacts`) are what ``rows`` say,
    computed once per span text; without them they are computed here.
    """
    gaz, text = ctx.gaz, ctx.text
    span = text[start:end]
    key = span.lower()
    one_word = " " not in span
    if key in NEVER:
        return True
    strong = facts.strong if facts is not None else _strong(gaz, rows)
    first_names = gaz.ix.first_names
    prev, sep = ctx.prev_word(start)
    initial: bool | None = None  # whether the span opens a sentence: read when needed
    if not sep and prev and (prev.lower() in TITLES or prev in first_names):
        initial = ctx.sentence_initial(start)
        if not initial:
            return True  # President Washington, Michael Jordan
    nxt: str | None = None
    if one_word and span in first_names:
        nxt = ctx.next_word(end)
        if nxt[:1].isupper() and nxt.lower() not in INSTITUTION_WORDS \
                and nxt not in first_names:
            return True  # Jordan Henderson
    if strong:
        return False
    big = facts.big if facts is not None else _big(gaz, rows, BIG)
    if one_word and ctx.is_surname(span):
        return True
    if one_word and key in gaz.ix.common_words:
        if not big or (span.isupper() and len(span) > 3):
            return True  # a common word, or shouting
        if initial is None:
            initial = ctx.sentence_initial(start)
        if initial:
            return True
    if facts.small if facts is not None else _big(gaz, rows, SMALL):
        return False
    if prev and not sep and prev[:1].isupper():
        if initial is None:
            initial = ctx.sentence_initial(start)
        if not initial:
            return True  # caps_prev
    if nxt is None:
        nxt = ctx.next_word(end)
    return nxt[:1].isupper() and nxt.lower() not in INSTITUTION_WORDS


def _may_follow_name(text: str, i: int) -> bool:
    """Whether the text at ``i`` may be a word of a run of capitalized words that is not
    the run's first (see _NAME_RUN), or a part of one: it follows an apostrophe or a
    hyphen, or blanks after a piece of word characters (and full stops, apostrophes,
    hyphens) that holds a capital, as the word before it in the run would be. Most
    places are written after a small word ("in Tokyo") or at a line's start; the lines
    where they stand need not be read for runs."""
    c = text[i - 1] if i else "\n"
    if c in "'’-":
        return True
    if c not in " \t":
        return False
    j = i - 1
    while j > 0 and text[j - 1] in " \t":
        j -= 1
    k = j
    while k > 0 and (text[k - 1].isalnum() or text[k - 1] in "_.'’-"):
        k -= 1
    return _CAPITAL.search(text, k, j) is not None


_CAPITAL = re.compile(r"[A-Z]")
