"""Recognition: every gazetteer name in a text, found by one Aho-Corasick pass, then guarded.

The automaton runs over the lower-cased text; a hit counts when it stands between word
boundaries, starts with a capital (abbreviations such as "US" only exactly so), and the
longest hit wins where hits overlap. Guards then drop what reads as a common word or a
person: see :func:`geo.geoparse.guards.rejects`.
"""

from __future__ import annotations

from geo.gazetteer import Gazetteer
from geo.gazetteer.index import DEMONYM, ORG
from geo.geoparse.guards import Context, rejects
from geo.model import Document, Mention

_CONNECTORS = frozenset({"of", "the", "de", "la", "le", "du", "des", "del", "da", "do", "and",
                         "on", "upon", "en", "sur", "am", "im", "an", "der", "di", "y", "al",
                         "el", "es", "st.", "au", "aux", "et", "los", "las", "van", "von"})


def lower_same_length(text: str) -> str:
    """``text.lower()`` with every character kept at its offset."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def _capitalized(span: str) -> bool:
    words = span.split()
    if not words[0][:1].isupper():
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _CONNECTORS
               or "-" in w for w in words[1:])


def _hits(text: str, low: str, gaz: Gazetteer) -> list[tuple[int, int, int]]:
    ix = gaz.ix
    key_len = ix.key_len
    n = len(text)
    out = []
    append = out.append
    for last, k in ix.automaton.iter(low):  # type: ignore[attr-defined]
        start = last + 1 - key_len[k]
        if text[start].isupper() and not (start and low[start - 1].isalnum()) \
                and not (last + 1 < n and low[last + 1].isalnum()):
            append((start, last + 1, k))
    return out


def mention_kind(gaz: Gazetteer, rows: list[tuple[int, int]]) -> str:
    """The kind of a mention from its best candidate row and the kind of name it used."""
    best_row, ntype = max(rows, key=lambda rt: gaz.importance(rt[0]))
    if ntype == DEMONYM:
        return "demonym"
    if ntype == ORG:
        return "organization"
    return gaz.ix.kind[best_row]


def recognize(doc: Document, gaz: Gazetteer) -> tuple[Mention, ...]:
    """Every place, people and organization name in ``doc``, in text order.

    >>> [m.text for m in recognize(Document("d", "Troops flew to Nuuk."), gaz)]  # doctest: +SKIP
    ['Nuuk']
    """
    text = doc.text
    low = lower_same_length(text)
    hits = _hits(text, low, gaz)
    hits.sort(key=lambda h: (h[0] - h[1], h[0]))
    taken = bytearray(len(text))
    ctx = Context(text, gaz)
    found: list[Mention] = []
    for start, end, k in hits:
        if any(taken[start:end]):
            continue
        span = text[start:end]
        entries = [e for e in gaz.ix.entries(k) if e[2] is None or e[2] == span]
        if not entries or not (_capitalized(span) or any(e[2] for e in entries)):
            continue
        letters = span.replace(".", "")
        if letters.isupper() and len(letters) <= 4 and any(e[2] for e in entries):
            entries = [e for e in entries if e[2]]  # "EU" is the acronym, not the town Eu
        rows = [(r, t) for r, t, _exact in entries]
        if rejects(ctx, start, end, rows):
            continue
        taken[start:end] = b"\x01" * (end - start)
        found.append(Mention(doc.id, start, end, span, mention_kind(gaz, rows)))  # type: ignore[arg-type]
    found.sort(key=lambda m: m.start)
    return tuple(found)
