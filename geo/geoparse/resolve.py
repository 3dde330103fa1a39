"""Resolution: each mention's candidates ranked by prior, document context and coherence.

A candidate's evidence, added up:

- its prior (:meth:`Gazetteer.importance`: kind, population, capital);
- its state is named elsewhere in the document (by name, demonym or an unambiguous place);
- its first-level area is named in the document, or right after it ("Paris, Texas");
- it lies near the places of the document that are unambiguous (spatial coherence).

The best candidate wins; its score is its share of the evidence (a softmax over the
candidates), and the reason lists what decided.
"""

from __future__ import annotations

import math
from collections import Counter

from geo.gazetteer import Gazetteer
from geo.gazetteer.index import ALIAS
from geo.model import Document, Mention, Resolution

STATE_BONUS = 2.0
AREA_BONUS = 2.0
QUALIFIER_BONUS = 6.0
NEAR_BONUS = 1.5
NEAR_KM = 400.0


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (math.sin((p2 - p1) / 2) ** 2 +
         math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def candidates(gaz: Gazetteer, mention: Mention) -> list[tuple[int, int]]:
    """The ``(row, name type)`` pairs a mention may stand for (exact forms respected)."""
    out: dict[int, int] = {}
    for r, t, exact in gaz.entries(mention.text):
        if exact is None or exact == mention.text:
            out.setdefault(r, t)
    return list(out.items())


class _DocContext:
    def __init__(self, gaz: Gazetteer, cands: list[list[tuple[int, int]]]) -> None:
        ix = gaz.ix
        self.states: Counter[str] = Counter()
        self.areas: set[tuple[str, str]] = set()
        self.anchors: list[int] = []
        for rows in cands:
            kinds = {ix.kind[r] for r, _t in rows}
            top = max(rows, key=lambda rt: gaz.importance(rt[0]))[0]
            countries = {ix.country[r] for r, _t in rows}
            if len(rows) == 1 or kinds <= {"country", "organization", "base", "region"}:
                if ix.country[top]:
                    self.states[ix.country[top]] += 1
                if ix.kind[top] in ("city", "admin", "base"):
                    self.anchors.append(top)
                    if ix.admin1[top]:
                        self.areas.add((ix.country[top], ix.admin1[top]))
            elif len(countries) == 1 and "" not in countries:
                self.states[next(iter(countries))] += 1
            for r, _t in rows:
                if ix.kind[r] == "admin" and ix.ids[r].count(":") == 2:
                    self.areas.add((ix.country[r], ix.names[r]))


def _qualifier(doc: Document, m: Mention, nxt: Mention | None, gaz: Gazetteer,
               nxt_rows: list[tuple[int, int]]) -> set[tuple[str, str]]:
    """States or areas named right after a place: "Paris, Texas", "Nuuk, Greenland"."""
    if nxt is None or doc.text[m.end:nxt.start].strip() not in (",", "(", ", the"):
        return set()
    ix = gaz.ix
    return {(ix.country[r], ix.names[r] if ix.kind[r] == "admin" else "")
            for r, _t in nxt_rows if ix.kind[r] in ("admin", "country")}


def _rank(gaz: Gazetteer, rows: list[tuple[int, int]], ctx: _DocContext,
          qual: set[tuple[str, str]]) -> list[tuple[float, int, list[str]]]:
    ix = gaz.ix
    ranked = []
    for r, t in rows:
        s = gaz.importance(r) - (0.5 if t == ALIAS else 0.0)
        why: list[str] = []
        cc, area = ix.country[r], ix.admin1[r]
        if cc and ctx.states.get(cc):
            s += STATE_BONUS * min(1.0, 0.5 + 0.25 * ctx.states[cc])
            why.append("its state is named in the text")
        if area and (cc, area) in ctx.areas and ix.kind[r] != "admin":
            s += AREA_BONUS
            why.append(f"{area} is named in the text")
        if qual and ((cc, area) in qual or (cc, "") in qual):
            s += QUALIFIER_BONUS
            why.append("the text qualifies it")
        if ix.kind[r] in ("city", "admin") and any(
                a != r and km(ix.lat[a], ix.lon[a], ix.lat[r], ix.lon[r]) < NEAR_KM
                for a in ctx.anchors[:20]):
            s += NEAR_BONUS
            why.append("it lies near other places of the text")
        ranked.append((s, r, why))
    ranked.sort(key=lambda x: -x[0])
    return ranked


def _reason(gaz: Gazetteer, rows_n: int, name: str, r: int, why: list[str]) -> str:
    ix = gaz.ix
    kind = ix.kind[r]
    what = ("capital" if r in ix.capitals else
            kind if kind != "city" else "place") + (f" in {ix.country[r]}" if ix.country[r]
                                                    and kind != "country" else "")
    head = f"{what}; only candidate named {name}" if rows_n == 1 else \
        f"{what}; best of {rows_n} places named {name}"
    if rows_n > 1 and not why:
        why = ["the most important by kind and population"]
    return "; ".join([head, *why])


def resolve(doc: Document, mentions: tuple[Mention, ...], gaz: Gazetteer
            ) -> tuple[Resolution, ...]:
    """The place each mention most likely means; mentions with no candidate are left out."""
    cands = [candidates(gaz, m) for m in mentions]
    ctx = _DocContext(gaz, [c for c in cands if c])
    out = []
    for i, (m, rows) in enumerate(zip(mentions, cands, strict=True)):
        if not rows:
            continue
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        qual = _qualifier(doc, m, nxt, gaz, cands[i + 1] if nxt else [])
        ranked = _rank(gaz, rows, ctx, qual)
        best = ranked[0]
        z = sum(math.exp(s - best[0]) for s, _r, _w in ranked)
        out.append(Resolution(m, gaz.place(best[1]), round(1.0 / z, 4),
                              _reason(gaz, len(rows), m.text, best[1], best[2])))
    return tuple(out)
