"""Country outlines: lookup by code, an anchor point per country, the roles of countries.

Works on the GeoJSON FeatureCollection of :func:`geo.shapes.load_countries` (properties
``iso_a2``, ``iso_a3``, ``name``), or any collection shaped like it (tests pass a tiny one).
"""

from __future__ import annotations

from collections.abc import Iterable

from geo.model import Actor, Story
from geo.render.arcs import LatLon

ROLE_ORDER = ("threatening", "threatened", "host", "sender", "participant")


def index(countries: dict) -> dict[str, dict]:
    """Features by alpha-2 and alpha-3 code (upper case)."""
    out: dict[str, dict] = {}
    for feat in countries.get("features", []):
        props = feat.get("properties") or {}
        for key in ("iso_a3", "iso_a2"):
            code = props.get(key)
            if code and isinstance(code, str):
                out.setdefault(code.upper(), feat)
    return out


def _ring_centroid(ring: list) -> tuple[float, float, float]:
    """(area, lon, lat) of a ring, by the shoelace formula in degrees."""
    a = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
        cross = x0 * y1 - x1 * y0
        a += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if abs(a) < 1e-12:
        xs, ys = [p[0] for p in ring], [p[1] for p in ring]
        return 0.0, sum(xs) / len(xs), sum(ys) / len(ys)
    return abs(a) / 2, cx / (3 * a), cy / (3 * a)


def anchor(feature: dict) -> LatLon:
    """A point for arrows to start from: the centroid of the country's largest polygon
    (contiguous USA rather than a point between it and Alaska)."""
    geom = feature["geometry"]
    polys = geom["coordinates"] if geom["type"] == "MultiPolygon" else [geom["coordinates"]]
    best = max((_ring_centroid([tuple(p[:2]) for p in poly[0]]) for poly in polys),
               key=lambda t: t[0])
    return (best[2], best[1])


def _add(roles: dict[str, dict[str, int]], code: str | None, role: str) -> None:
    if code:
        bucket = roles.setdefault(code.upper(), {})
        bucket[role] = bucket.get(role, 0) + 1


def _codes(actors: Iterable[Actor]) -> list[str]:
    return [a.code for a in actors if a.kind == "state"]


def country_roles(story: Story) -> dict[str, dict[str, int]]:
    """Roles per country code (alpha-3 for actors, alpha-2 for places) with event counts.

    Senders of deployments, missions and exercises are ``sender``; where they go is
    ``host``; threatening actors and their targets; meeting participants.
    """
    roles: dict[str, dict[str, int]] = {}
    for e in story.events:
        loc = e.location.country if e.location is not None else None
        if e.type in ("deploy", "mission", "exercise"):
            for c in _codes(e.actors):
                _add(roles, c, "sender")
            _add(roles, loc, "host")
        elif e.type == "threaten":
            for c in _codes(e.actors):
                _add(roles, c, "threatening")
            for c in _codes(e.counterparts):
                _add(roles, c, "threatened")
            _add(roles, loc, "threatened")
        elif e.type == "meet":
            for c in _codes(e.actors + e.counterparts):
                _add(roles, c, "participant")
    return roles


# -- outlines for the page: simplified once per process ------------------------------------

TOLERANCE = 0.05  # degrees (about 5 km): invisible at the zoom levels a news map uses
DECIMALS = 2
_SIMPLE: dict[int, tuple[dict, dict]] = {}


def _round_ring(ring) -> list[list[float]]:
    out: list[list[float]] = []
    for x, y in ring:
        p = [round(x, DECIMALS), round(y, DECIMALS)]
        if not out or p != out[-1]:
            out.append(p)
    return out


def _simplify_geometry(geometry: dict) -> dict | None:
    from shapely.geometry import mapping, shape

    geom = shape(geometry).simplify(TOLERANCE, preserve_topology=True)
    if geom.is_empty:
        return None
    data = mapping(geom)
    polys = ([data["coordinates"]] if data["type"] == "Polygon" else
             list(data["coordinates"]) if data["type"] == "MultiPolygon" else [])
    out = []
    for poly in polys:
        rings = [r for r in (_round_ring(ring) for ring in poly) if len(r) >= 4]
        if rings and len(rings[0]) >= 4:
            out.append(rings)
    if not out:
        return None
    if len(out) == 1:
        return {"type": "Polygon", "coordinates": out[0]}
    return {"type": "MultiPolygon", "coordinates": out}


def simplified(countries: dict) -> dict:
    """``countries`` with every outline simplified (shapely, topology kept) and rounded to
    2 decimals: the 1.5 MB Natural Earth file becomes a few hundred kB on the page.

    Kept per process for each collection object (they are treated as read-only).
    """
    hit = _SIMPLE.get(id(countries))
    if hit is not None and hit[0] is countries:
        return hit[1]
    features = []
    for feat in countries.get("features", []):
        geom = feat.get("geometry")
        small = _simplify_geometry(geom) if geom else None
        if small is not None:
            features.append({"type": "Feature", "geometry": small,
                             "properties": dict(feat.get("properties") or {})})
    out = {"type": "FeatureCollection", "features": features}
    _SIMPLE[id(countries)] = (countries, out)
    return out
