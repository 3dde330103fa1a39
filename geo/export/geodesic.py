"""Great-circle lines for flows, split where they cross the antimeridian.

A flow from Anchorage to Vladivostok crosses ±180°. Drawn as one GeoJSON LineString in
lon/lat it would run the long way round the globe, so the line is densified along the
great circle and cut into parts at ±180°, each part within [-180, 180] (RFC 7946 §3.1.9).
"""

from __future__ import annotations

import functools
import itertools

from geo.model import Place, lonlat

Part = list[tuple[float, float]]

STEP_KM = 100.0  # one vertex about every 100 km
MAX_POINTS = 256


@functools.cache
def _geod():
    from pyproj import Geod

    return Geod(ellps="WGS84")


def distance_km(a: Place, b: Place) -> float:
    """Geodesic distance between two places on the WGS84 ellipsoid, in kilometres."""
    _, _, metres = _geod().inv(a.lon, a.lat, b.lon, b.lat)
    return metres / 1000.0


def great_circle(a: Place, b: Place) -> Part:
    """The great circle from ``a`` to ``b`` as ``(lon, lat)`` vertices, ends included.

    Longitudes are kept in [-180, 180], so consecutive vertices may jump across ±180°;
    :func:`split_antimeridian` cuts the line there.
    """
    n = min(MAX_POINTS, max(0, int(distance_km(a, b) // STEP_KM)))
    inner = _geod().npts(a.lon, a.lat, b.lon, b.lat, n) if n else []
    return [lonlat(a.lat, a.lon), *((float(x), float(y)) for x, y in inner),
            lonlat(b.lat, b.lon)]


def split_antimeridian(line: Part) -> list[Part]:
    """Cut a lon/lat line where a step crosses ±180°; every part stays within ±180°.

    A step whose longitudes differ by more than 180° is taken to cross the antimeridian
    (the short way round); the crossing latitude is interpolated linearly.
    """
    parts: list[Part] = [[line[0]]] if line else []
    for (x0, y0), (x1, y1) in itertools.pairwise(line):
        if abs(x1 - x0) > 180.0:
            edge = 180.0 if x0 > 0 else -180.0
            x1_unwrapped = x1 + 360.0 if x0 > 0 else x1 - 360.0
            t = (edge - x0) / (x1_unwrapped - x0)
            y = y0 + t * (y1 - y0)
            parts[-1].append((edge, y))
            parts.append([(-edge, y)])
        parts[-1].append((x1, y1))
    return [p for p in parts if len(p) >= 2]


def flow_geometry(a: Place, b: Place) -> dict:
    """A GeoJSON MultiLineString along the great circle from ``a`` to ``b``.

    Always a MultiLineString (one part unless the line crosses ±180°), so a flows layer
    holds a single geometry type.
    """
    return {"type": "MultiLineString", "coordinates": split_antimeridian(great_circle(a, b))}

