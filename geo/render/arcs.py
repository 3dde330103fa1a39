"""Great-circle arcs for flow lines, safe across the antimeridian.

All functions take and return ``(lat, lon)`` pairs in degrees, the order Leaflet uses.
Longitudes of an arc are *unwrapped*: consecutive points never differ by more than
180°, so an arc from Anchorage to Vladivostok runs across the Bering Sea (longitudes
below -180) instead of across the whole map.
"""

from __future__ import annotations

import math

LatLon = tuple[float, float]


def _to_xyz(lat: float, lon: float) -> tuple[float, float, float]:
    phi, lam = math.radians(lat), math.radians(lon)
    return (math.cos(phi) * math.cos(lam), math.cos(phi) * math.sin(lam), math.sin(phi))


def great_circle(start: LatLon, end: LatLon, segments: int = 48) -> list[LatLon]:
    """Points along the shorter great circle from ``start`` to ``end`` (both included).

    >>> pts = great_circle((0.0, 170.0), (0.0, -170.0), segments=4)
    >>> [round(lon, 1) for _, lon in pts]
    [170.0, 175.0, 180.0, 185.0, 190.0]
    """
    a, b = _to_xyz(*start), _to_xyz(*end)
    dot = max(-1.0, min(1.0, sum(p * q for p, q in zip(a, b, strict=True))))
    omega = math.acos(dot)
    if omega < 1e-9 or math.pi - omega < 1e-9:  # same point, or antipodes (no unique arc)
        return unwrap([start, end])
    points: list[LatLon] = []
    for i in range(segments + 1):
        t = i / segments
        s1 = math.sin((1 - t) * omega) / math.sin(omega)
        s2 = math.sin(t * omega) / math.sin(omega)
        x, y, z = (s1 * p + s2 * q for p, q in zip(a, b, strict=True))
        lat = math.degrees(math.atan2(z, math.hypot(x, y)))
        lon = math.degrees(math.atan2(y, x))
        points.append((lat, lon))
    points[0], points[-1] = start, end
    return unwrap(points)


def unwrap(points: list[LatLon]) -> list[LatLon]:
    """Shift longitudes by multiples of 360° so no step between neighbours exceeds 180°."""
    out: list[LatLon] = []
    for lat, lon in points:
        if out:
            prev = out[-1][1]
            lon += 360.0 * round((prev - lon) / 360.0)
        out.append((lat, lon))
    return out


def _mercator_y(lat: float) -> float:
    lat = max(-85.0, min(85.0, lat))
    return math.log(math.tan(math.pi / 4 + math.radians(lat) / 2))


def screen_bearing(a: LatLon, b: LatLon) -> float:
    """Direction from ``a`` to ``b`` on a Web Mercator map, degrees clockwise from up.

    Mercator keeps angles, so the value holds at every zoom level: an arrowhead rotated
    by it points along the line's last segment.
    """
    dx = math.radians(b[1] - a[1])
    dy = _mercator_y(b[0]) - _mercator_y(a[0])
    return math.degrees(math.atan2(dx, dy)) % 360.0


def midpoint(points: list[LatLon]) -> LatLon:
    """The middle vertex of a polyline (good enough for a label or a mid-arrow)."""
    return points[len(points) // 2]
