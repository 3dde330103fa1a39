"""Geoparsing: find the place names of a document and tie each to a place.

>>> from geo.gazetteer import load_gazetteer          # doctest: +SKIP
>>> gaz = load_gazetteer()                            # doctest: +SKIP
>>> mentions, resolutions = geoparse(Document("d", "Troops landed in Nuuk."), gaz)  # doctest: +SKIP
>>> resolutions[0].place.country                       # doctest: +SKIP
'GL'
"""

from __future__ import annotations

from geo.gazetteer import Gazetteer
from geo.geoparse.recognize import recognize
from geo.geoparse.resolve import resolve
from geo.model import Document, Mention, Resolution

__all__ = ["country_of", "geocode", "geoparse", "recognize", "resolve"]


def geoparse(doc: Document, gaz: Gazetteer
             ) -> tuple[tuple[Mention, ...], tuple[Resolution, ...]]:
    """Recognize then resolve: every mention, and the resolutions of those placed."""
    mentions = recognize(doc, gaz)
    return mentions, resolve(doc, mentions, gaz)


def geocode(name: str, gaz: Gazetteer, context: str | None = None,
            limit: int = 10) -> list[Resolution]:
    """Every candidate for ``name``, best first, each with a score and the reason.

    ``context`` is text around the name ("Paris, Texas, a town near Dallas"): the places it
    names count as the document context.
    """
    import math

    from geo.geoparse.resolve import (
        _DocContext,
        _name_facts,
        _qualifier,
        _rank,
        _reason,
        candidates,
    )

    name = " ".join(name.split())
    if not name:
        return []
    context = (context or "").strip()
    sep = "" if context[:1] in (",", "(") else ". "
    doc = Document("geocode", f"{name}{sep}{context}" if context else name)
    mention = Mention(doc.id, 0, len(name), name, "city")
    rows = candidates(gaz, mention)
    if not rows:
        return []
    others = [m for m in recognize(doc, gaz) if m.start >= len(name)]
    ctx = _DocContext(gaz, [f for m in others if (f := _name_facts(gaz, m.text)[1]) is not None])
    nxt = others[0] if others else None
    qual = _qualifier(doc, mention, nxt, gaz, candidates(gaz, nxt) if nxt else [])
    ranked = _rank(gaz, rows, ctx, qual)
    z = sum(math.exp(s - ranked[0][0]) for s, _r, _w in ranked)
    return [Resolution(mention, gaz.place(r), round(math.exp(s - ranked[0][0]) / z, 4),
                       _reason(gaz, len(rows), name, r, why, rank))
            for rank, (s, r, why) in enumerate(ranked[:limit], 1)]


def country_of(resolution: Resolution) -> str | None:
    """The ISO 3166-1 alpha-2 code of the state a resolution lies in, if any."""
    return resolution.place.country
