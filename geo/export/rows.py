"""Flat attribute rows for every export layer, with one declared schema per layer.

Every exporter (GeoJSON, GeoPackage, CSV, KML, the GeoDataFrames) builds on these rows, so
the same keys with the same types appear in every format. Values are plain Python:
``str``, ``int``, ``float``, ``bool``, ``datetime.date`` or ``None`` (never NaN). Lists are
kept twice: joined with ``|`` (``"DNK|GRL"``) for spreadsheets and filters, and as a JSON
string (``actors_json``) for programs.

Layers: ``events`` (one point per event at its location; null geometry when it has none),
``flows`` (deployments from origin to location as great-circle MultiLineStrings),
``places`` (every resolved place, with mention counts) and ``countries`` (outlines of the
countries that take part, by role).
"""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import json
from collections.abc import Iterable
from typing import Literal

from geo.export.geodesic import distance_km, flow_geometry
from geo.model import Actor, Event, Place, Story, lonlat

FieldKind = Literal["str", "int", "real", "bool", "date"]
Schema = tuple[tuple[str, FieldKind], ...]
Record = tuple[dict, dict | None]  # (properties, GeoJSON geometry in lon/lat or None)
Layer = Literal["events", "flows", "places", "countries"]
LAYERS: tuple[str, ...] = ("events", "flows", "places", "countries")

EVENT_SCHEMA: Schema = (
    ("id", "str"), ("type", "str"), ("status", "str"), ("label", "str"),
    ("date", "str"), ("date_precision", "str"), ("date_start", "date"), ("date_end", "date"),
    ("actors", "str"), ("actor_names", "str"), ("actors_json", "str"),
    ("counterparts", "str"), ("counterparts_json", "str"),
    ("location_id", "str"), ("location_name", "str"), ("location_country", "str"),
    ("lat", "real"), ("lon", "real"),
    ("origin_id", "str"), ("origin_name", "str"), ("origin_country", "str"),
    ("origin_lat", "real"), ("origin_lon", "real"),
    ("quantity", "int"), ("unit", "str"), ("approximate", "bool"),
    ("confidence", "real"), ("sources", "int"), ("doc_ids", "str"),
    ("quote", "str"), ("evidence_json", "str"),
)
FLOW_SCHEMA: Schema = (*EVENT_SCHEMA, ("distance_km", "real"))
PLACE_SCHEMA: Schema = (
    ("id", "str"), ("name", "str"), ("kind", "str"), ("country", "str"),
    ("lat", "real"), ("lon", "real"), ("population", "int"), ("mentions", "int"),
    ("events", "int"), ("source", "str"),
)
COUNTRY_SCHEMA: Schema = (
    ("id", "str"), ("iso_a3", "str"), ("iso_a2", "str"), ("name", "str"),
    ("role", "str"), ("roles", "str"), ("events", "int"),
)
SCHEMAS: dict[str, Schema] = {
    "events": EVENT_SCHEMA, "flows": FLOW_SCHEMA,
    "places": PLACE_SCHEMA, "countries": COUNTRY_SCHEMA,
}
GEOMETRY_TYPES: dict[str, str] = {
    "events": "Point", "flows": "MultiLineString",
    "places": "Point", "countries": "MultiPolygon",
}


def stable_id(*parts: object) -> str:
    """A short hash of ``parts`` that is the same on every run and machine."""
    text = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.blake2b(text.encode("utf-8"), digest_size=8).hexdigest()


def date_bounds(date: str | None, precision: str | None) -> tuple[dt.date | None, ...]:
    """First and last day covered by an event date cut to its precision.

    >>> date_bounds("2026-01", "month")
    (datetime.date(2026, 1, 1), datetime.date(2026, 1, 31))
    """
    if not date:
        return (None, None)
    try:
        parts = [int(p) for p in date.split("-")]
        if len(parts) == 1:
            return (dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31))
        if len(parts) == 2:
            last = calendar.monthrange(parts[0], parts[1])[1]
            return (dt.date(parts[0], parts[1], 1), dt.date(parts[0], parts[1], last))
        start = dt.date(parts[0], parts[1], parts[2])
    except (ValueError, IndexError):
        return (None, None)
    return (start, start + dt.timedelta(days=6 if precision == "week" else 0))


def _codes(actors: Iterable[Actor]) -> str | None:
    return "|".join(a.code for a in actors) or None


def _actors_json(actors: Iterable[Actor]) -> str:
    return json.dumps([{"code": a.code, "name": a.name, "kind": a.kind} for a in actors],
                      ensure_ascii=False)


def event_label(event: Event) -> str:
    """A one-line summary, e.g. ``"DEU deploy 60 troops → Nuuk"``."""
    who = "/".join(a.code for a in event.actors) or "/".join(a.code for a in event.counterparts)
    what = " ".join(str(x) for x in (event.quantity, event.unit) if x is not None)
    where = event.location.name if event.location else ""
    text = " ".join(x for x in (who, event.type, what) if x)
    return f"{text} → {where}" if where else text


def _place_fields(prefix: str, place: Place | None) -> dict:
    return {
        f"{prefix}_id": place.id if place else None,
        f"{prefix}_name": place.name if place else None,
        f"{prefix}_country": place.country if place else None,
    }


def event_row(event: Event) -> dict:
    """The attributes of one event, keyed as in :data:`EVENT_SCHEMA`."""
    start, end = date_bounds(event.date, event.date_precision)
    loc, origin = event.location, event.origin
    evidence = [{"doc_id": e.doc_id, "start": e.start, "end": e.end, "sentence": e.sentence}
                for e in event.evidence]
    row = {
        "id": event.id or stable_id("event", event.type, event.date, event_label(event)),
        "type": event.type, "status": event.status, "label": event_label(event),
        "date": event.date, "date_precision": event.date_precision,
        "date_start": start, "date_end": end,
        "actors": _codes(event.actors),
        "actor_names": "|".join(a.name for a in event.actors) or None,
        "actors_json": _actors_json(event.actors),
        "counterparts": _codes(event.counterparts),
        "counterparts_json": _actors_json(event.counterparts),
        **_place_fields("location", loc),
        "lat": loc.lat if loc else None, "lon": loc.lon if loc else None,
        **_place_fields("origin", origin),
        "origin_lat": origin.lat if origin else None,
        "origin_lon": origin.lon if origin else None,
        "quantity": event.quantity, "unit": event.unit, "approximate": bool(event.approximate),
        "confidence": float(event.confidence), "sources": event.sources,
        "doc_ids": "|".join(dict.fromkeys(e.doc_id for e in event.evidence)) or None,
        "quote": event.evidence[0].sentence if event.evidence else None,
        "evidence_json": json.dumps(evidence, ensure_ascii=False),
    }
    return {name: row[name] for name, _ in EVENT_SCHEMA}


def point(place: Place | None) -> dict | None:
    """A GeoJSON Point for ``place`` (lon, lat), or None."""
    return None if place is None else {"type": "Point", "coordinates": lonlat(place.lat,
                                                                               place.lon)}


def event_records(story: Story) -> list[Record]:
    """One record per event, at its location (null geometry when it has none)."""
    return [(event_row(e), point(e.location)) for e in story.events]


def is_flow(event: Event) -> bool:
    """A deployment with a distinct origin and destination, drawn as a flow line."""
    return (event.type == "deploy" and event.origin is not None and event.location is not None
            and (event.origin.lat, event.origin.lon) != (event.location.lat,
                                                         event.location.lon))


def flow_records(story: Story) -> list[Record]:
    """One great-circle MultiLineString per deployment that has an origin and a location."""
    out: list[Record] = []
    for e in story.events:
        if is_flow(e) and e.origin is not None and e.location is not None:
            row = {**event_row(e), "distance_km": round(distance_km(e.origin, e.location), 1)}
            out.append((row, flow_geometry(e.origin, e.location)))
    return out


def place_records(story: Story) -> list[Record]:
    """Every resolved place once, with how often it is mentioned and how many events it hosts."""
    mentions = story.mention_counts()
    hosted: dict[str, int] = {}
    for e in story.events:
        for p in {e.location, e.origin} - {None}:
            hosted[p.id] = hosted.get(p.id, 0) + 1
    seen: set[str] = set()
    out: list[Record] = []
    for p in story.places:
        fid = p.id if p.id not in seen else f"{p.id}:{p.kind}"
        seen.add(fid)
        row = {"id": fid, "name": p.name, "kind": p.kind, "country": p.country,
               "lat": p.lat, "lon": p.lon, "population": int(p.population),
               "mentions": mentions.get(p.id, 0), "events": hosted.get(p.id, 0),
               "source": p.source or None}
        out.append((row, point(p)))
    return out
