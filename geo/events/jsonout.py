"""Events as JSON objects, in the format ``../shared/eval/score.py`` reads."""

from __future__ import annotations

from geo.model import Event, Place

__all__ = ["event_to_json", "place_to_json"]


def place_to_json(place: Place | None) -> dict | None:
    """``{name, lat, lon, country, kind}`` of a place, or None."""
    if place is None:
        return None
    return {"name": place.name, "lat": round(place.lat, 6), "lon": round(place.lon, 6),
            "country": place.country, "kind": place.kind}


def event_to_json(event: Event) -> dict:
    """One event with actor codes, places, date, status, confidence and evidence."""
    return {
        "id": event.id,
        "type": event.type,
        "actors": [a.code for a in event.actors],
        "counterparts": [a.code for a in event.counterparts],
        "location": place_to_json(event.location),
        "origin": place_to_json(event.origin),
        "quantity": event.quantity,
        "unit": event.unit,
        "approximate": event.approximate,
        "date": event.date,
        "date_precision": event.date_precision,
        "status": event.status,
        "confidence": event.confidence,
        "sources": event.sources,
        "evidence": [{"doc_id": e.doc_id, "start": e.start, "end": e.end,
                      "sentence": e.sentence} for e in event.evidence],
    }
