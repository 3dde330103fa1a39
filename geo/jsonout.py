"""JSON views of the records, in the format ``../shared/eval/score.py`` reads."""

from __future__ import annotations

from geo.model import Analysis, Mention, Resolution


def mention_to_json(mention: Mention, resolution: Resolution | None) -> dict:
    """A mention with the coordinates it resolved to (null when it was not placed)."""
    place = resolution.place if resolution is not None else None
    out: dict = {
        "start": mention.start, "end": mention.end, "text": mention.text, "kind": mention.kind,
        "lat": round(place.lat, 6) if place else None,
        "lon": round(place.lon, 6) if place else None,
        "country": place.country if place else None,
    }
    if place is not None and resolution is not None:
        out["place"] = {"id": place.id, "name": place.name, "kind": place.kind}
        out["score"] = round(resolution.score, 3)
        out["reason"] = resolution.reason
    return out


def analysis_to_json(analysis: Analysis) -> dict:
    """One document: ``doc_id``, ``date``, ``mentions`` and ``events``."""
    from geo.events import event_to_json

    by_span = {(r.mention.start, r.mention.end): r for r in analysis.resolutions}
    doc = analysis.document
    return {
        "doc_id": doc.id,
        "date": doc.date.isoformat() if doc.date else None,
        "mentions": [mention_to_json(m, by_span.get((m.start, m.end)))
                     for m in analysis.mentions],
        "events": [event_to_json(e) for e in analysis.events],
    }
