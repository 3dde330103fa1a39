"""Recognition: every gazetteer name in a text that starts with a capital, then guarded.

Only capitalised words can open a name, so the text is not scanned as a whole: at each
capitalised word the recognizer tries the spans that could be names — the word, its parts
up to a hyphen, apostrophe or full stop ("Washington's", "U.S."), and, when some name
begins with that word, the following words too ("New York City") — longest first, and
looks each up in the gazetteer's key table. A line break counts as a space ("New\\nYork").
Guards then drop what reads as a common word or a person: see
:func:`geo.geoparse.guards.rejects`.
"""

from __future__ import annotations

import re

from geo.gazetteer import Gazetteer
from geo.gazetteer.index import DEMONYM, KEY_CHIEF, KEY_EXACT, KEY_NOT_SETTLEMENT, ORG
from geo.geoparse.guards import BIG, NEVER, SMALL, Context, _strong, rejects
from geo.geoparse.resolve import usable
from geo.model import Document, Mention

_CONNECTORS = frozenset({"of", "the", "de", "la", "le", "du", "des", "del", "da", "do", "and",
                         "on", "upon", "en", "sur", "am", "im", "an", "der", "di", "y", "al",
                         "el", "es", "st.", "au", "aux", "et", "los", "las", "van", "von"})
# the capital first, then "no word character before it": the regex engine then skips
# ahead to capitals, where a leading look-behind would test every position; the second
# group is the joiner that may join the parts of a name ("U.S.", "Winston-Salem") right
# after the word, or "" (read without a slice of the text)
_WORD = re.compile(r"([A-Z\u00C0-\u00D6\u00D8-\u00DE\u0100-\u024F](?<!\w\w)\w*)(?=([.'’-]?))")
# the same on a text of ASCII only (most news wire), where it finds the same words faster
_WORD_ASCII = re.compile(r"([A-Z](?<!\w\w)\w*)(?=([.'-]?))", re.ASCII)
_PIECE = re.compile(r"\S*")
_NEXT_PIECE = re.compile(r"[ \t]*\n?[ \t]*(\w\S*)")
_PART = re.compile(r"\w+")
_NEXT_WORD = re.compile(r"\.?(?=[ \t\n])[ \t]*\n?[ \t]*(\w+)")  # blank(s), a word


def _capitalized(span: str) -> bool:
    words = span.split()
    if not words[0][:1].isupper():
        return False
    return len(words) == 1 or all(w[:1].isupper() or w[:1].isdigit() or
                                  w.lower() in _CONNECTORS or "-" in w for w in words[1:])


def _ends(text: str, start: int, stop: int, out: list[int]) -> None:
    """Where a name may end inside ``text[start:stop]``: after a word, or its full stop."""
    for m in _PART.finditer(text, start, stop):
        e = m.end()
        out.append(e)
        if e < stop and text[e] == ".":
            out.append(e + 1)


def _word_ends(text: str, end: int) -> bool:
    """True when the word ending at ``end`` ends there: "Paris. ", "Paris's" but not "U.S"."""
    after = text[end + 1:end + 2]
    return not after.isalnum() or (text[end] in "'’" and after == "s"
                                   and not text[end + 2:end + 3].isalnum())


def _extends(text: str, end: int, second: frozenset[str] | str) -> bool:
    """True when the next word is one of ``second``, the words that may follow the word
    ending at ``end`` in a name of several words (written with or without a full stop
    after it: "St. Louis", "St Louis"; see ``Index.follow``): a set, or the index's text
    of them when it is long (see :func:`_second_words`)."""
    m = _NEXT_WORD.match(text, end)
    if m is None:
        return False
    word = m.group(1).lower()
    return f" {word} " in second if type(second) is str else word in second


def _second_words(words: str) -> frozenset[str] | str:
    """The words that may follow a first word, as a set; or as the index's text of them
    (" jersey york "), searched instead, when it is so long that making the set costs more
    than the searches a run is likely to make (29 first words, among them "la" with 1,328
    second words and "el" with 1,104)."""
    return words if len(words) > _LONG_FOLLOW else frozenset(words.split())


_LONG_FOLLOW = 1024


def spans_at(text: str, start: int, gaz: Gazetteer) -> list[tuple[int, int]]:
    """The ``(end, key)`` of every gazetteer name at ``start``, longest first.

    The name may end after any word of the piece at ``start`` (or its full stop); it goes
    on to the next piece only while the pieces so far open some longer name. Which names
    end where depends on the text of those pieces alone (and the blanks between them), so
    the answer is kept per gazetteer and that text ("U.S." alone comes up in thousands of
    articles), as offsets from ``start``.
    """
    multi = gaz.ix.multi
    stop = _PIECE.match(text, start).end()  # type: ignore[union-attr]
    head = text[start:stop].lower()
    pieces = [(start, stop)]
    pos = stop
    while head in multi:
        m = _NEXT_PIECE.match(text, pos)
        if m is None:
            break
        begin, pos = m.start(1), m.end()
        pieces.append((begin, pos))
        head = f"{head} {text[begin:pos].lower()}"
    run = text[start:pos]
    memo = gaz.spans
    got = memo.get(run)
    if got is None:
        if len(memo) >= _MEMO_MAX:
            memo.clear()
        got = memo[run] = _names_in(run, [(b - start, e - start) for b, e in pieces],
                                    gaz.ix.keys)
    return [(start + off, k) for off, k in got]


def _names_in(run: str, pieces: list[tuple[int, int]], keys: dict[str, int]
              ) -> list[tuple[int, int]]:
    """The ``(end, key)`` of every name that starts ``run`` and ends after a word of one of
    its ``pieces`` (or its full stop), longest first; the words of later pieces are read
    after a single space, as the key table has them."""
    low = run.lower()
    if len(low) != len(run) or "Σ" in run:
        return _names_in_slow(run, pieces, keys)  # lower case not per character
    out: list[tuple[int, int]] = []
    head = ""  # the pieces before, in lower case, each followed by a single space
    for begin, stop in pieces:
        if run[begin:stop].isalnum():  # one word: a name may end only at its end
            k = keys.get(head + low[begin:stop], -1)
            if k >= 0:
                out.append((stop, k))
        else:
            for m in _PART.finditer(run, begin, stop):
                e = m.end()
                k = keys.get(head + low[begin:e], -1)
                if k >= 0:
                    out.append((e, k))
                if e < stop and run[e] == ".":
                    k = keys.get(head + low[begin:e + 1], -1)
                    if k >= 0:
                        out.append((e + 1, k))
        head = f"{head}{low[begin:stop]} "
    out.reverse()
    return out


def _names_in_slow(run: str, pieces: list[tuple[int, int]], keys: dict[str, int]
                   ) -> list[tuple[int, int]]:
    """:func:`_names_in` for a run whose lower case is not made character by character
    ("İ" becomes two, a final "Σ" depends on what follows): each span is lowered alone."""
    ends: list[int] = []
    forms: list[str] = []  # each span as the key table has it
    head = ""
    for begin, stop in pieces:
        n = len(ends)
        _ends(run, begin, stop, ends)
        forms.extend(f"{head}{run[begin:e].lower()}" for e in ends[n:])
        head = f"{head}{run[begin:stop].lower()} "
    out = []
    for e, form in zip(reversed(ends), reversed(forms), strict=True):
        k = keys.get(form, -1)
        if k >= 0:
            out.append((e, k))
    return out


def mention_kind(gaz: Gazetteer, rows: list[tuple[int, int]]) -> str:
    """The kind of a mention from its best candidate row and the kind of name it used."""
    prior = gaz.ix.prior
    best_row, ntype = max(rows, key=lambda rt: prior[rt[0]])
    if ntype == DEMONYM:
        return "demonym"
    if ntype == ORG:
        return "organization"
    return gaz.ix.kind[best_row]


_MISSING = object()
_MEMO_MAX = 50_000


class SpanFacts:
    """What a span written so may stand for, computed once per gazetteer and span text:
    the mention's kind, and whether it names a state-like place (``strong``), a big place
    (a capital, a first-level area or ``BIG`` people) or at least a ``SMALL`` one."""

    __slots__ = ("big", "kind", "rows", "small", "strong")

    def __init__(self, rows: list[tuple[int, int]] | None, kind: str, strong: bool,
                 chief: bool, most: int) -> None:
        self.rows = rows
        self.kind = kind
        self.strong = strong
        self.big = chief or most >= BIG
        self.small = chief or most >= SMALL

    @classmethod
    def of_key(cls, gaz: Gazetteer, k: int) -> SpanFacts:
        """From the summary the index keeps of key ``k``, when all its entries apply."""
        ix = gaz.ix
        e, bits = ix.key_best[k], ix.key_bits[k]
        ntype = ix.ent_type[e]
        kind = "demonym" if ntype == DEMONYM else "organization" if ntype == ORG else \
            ix.kind[ix.ent_place[e]]
        return cls(None, kind, bool(bits & KEY_NOT_SETTLEMENT), bool(bits & KEY_CHIEF),
                   ix.key_pop[k])

    @classmethod
    def of_rows(cls, gaz: Gazetteer, rows: list[tuple[int, int]]) -> SpanFacts:
        """From the candidate rows a span may stand for (some entries of its key)."""
        ix = gaz.ix
        pop, capitals, states = ix.population, ix.capitals, ix.states
        chief = any(r in capitals or r in states for r, _t in rows)
        return cls(rows, mention_kind(gaz, rows), _strong(gaz, rows), chief,
                   max(pop[r] for r, _t in rows))


def _facts(gaz: Gazetteer, k: int, span: str) -> SpanFacts | None:
    key = span.lower()
    if key in NEVER:
        return None  # rejects() would drop it wherever it stands
    ix = gaz.ix
    if ix.key_bits[k] & KEY_EXACT:  # some entries may not apply to the span written so
        entries = usable(ix.entries(k), span)  # "EU" is the acronym, not Eu
        if not entries or not (_capitalized(span) or any(e[2] for e in entries)):
            return None
        facts = SpanFacts.of_rows(gaz, [(r, t) for r, t, _exact in entries])
    elif ix.ent_off[k] == ix.ent_off[k + 1] or not _capitalized(span):
        return None
    else:
        facts = SpanFacts.of_key(gaz, k)
    if " " not in span and not facts.strong and key in ix.common_words and (
            not facts.big or (span.isupper() and len(span) > 3)):
        return None  # a common word or shouting: likewise dropped whatever the context
    return facts


def recognize(doc: Document, gaz: Gazetteer) -> tuple[Mention, ...]:
    """Every place, people and organization name in ``doc``, in text order.

    >>> [m.text for m in recognize(Document("d", "Troops flew to Nuuk."), gaz)]  # doctest: +SKIP
    ['Nuuk']
    """
    text = doc.text
    keys, follow, dotted = gaz.ix.keys, gaz.ix.follow, gaz.ix.dotted
    memo, words = gaz.memo, gaz.words
    ctx: Context | None = None
    found: list[Mention] = []
    taken = 0
    for wm in (_WORD_ASCII if text.isascii() else _WORD).finditer(text):
        word, nxt = wm.groups()  # nxt: the joiner right after the word, or ""
        info = words.get(word)
        if info is None:
            low = word.lower()
            # (the words that may follow it in a longer name, the keys of the word with
            # and without a full stop)
            second = follow.get(low)
            info = (None if second is None else _second_words(second),
                    keys[low + "."] if low in dotted else -1, keys.get(low, -1))
            if info[0] is None and info[1] < 0 and info[2] < 0:
                info = False  # no name is or begins with the word: only its joins may be
            if len(words) >= _MEMO_MAX:
                words.clear()
            words[word] = info
        if info is False and not nxt:
            continue  # the commonest case: no name is, begins with or joins this word
        start, end = wm.span()
        if start < taken:
            continue
        if info is False:
            if _word_ends(text, end):
                continue
            spans = spans_at(text, start, gaz)
        elif (nxt and not _word_ends(text, end)) or (
                info[0] is not None and _extends(text, end, info[0])):
            spans = spans_at(text, start, gaz)
        elif info[2] < 0 and (info[1] < 0 or nxt != "."):
            continue
        else:
            _second, dot_key, key = info
            spans = []
            if nxt == "." and dot_key >= 0:
                spans.append((end + 1, dot_key))
            if key >= 0:
                spans.append((end, key))
        for end, k in spans:
            span = text[start:end]
            facts = memo.get(span, _MISSING)
            if facts is _MISSING:
                facts = _facts(gaz, k, span)
                if len(memo) >= _MEMO_MAX:
                    memo.clear()
                memo[span] = facts
            if facts is None:
                continue
            if ctx is None:
                ctx = Context(text, gaz)
            if rejects(ctx, start, end, facts.rows, facts):
                continue
            taken = end
            found.append(Mention(doc.id, start, end, span, facts.kind))  # type: ignore[arg-type]
            break
    return tuple(found)
