"""Which copy of the world the map shows: one longitude window for every drawn thing.

Leaflet does not wrap vector layers, so a flow across the date line (Anchorage →
Vladivostok, drawn west to longitude -228°) and a marker at Vladivostok (+131°) would sit
a world apart. The renderer therefore picks a window ``[centre - 180, centre + 180]``
that holds the events' span with the fewest degrees, and puts every point into it;
flow ends are unwrapped from their start, so an arrow ends exactly on its marker.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable

SLACK = 20.0  # degrees a plain -180..180 view may be wider before the window moves


def centre_longitude(lons: Iterable[float]) -> float:
    """0 when the plain ``-180..180`` span is (nearly) the narrowest; else the middle of
    the narrowest span that may cross the date line.

    >>> centre_longitude([-149.9, 131.9])  # Anchorage and Vladivostok
    171.0
    >>> centre_longitude([-77.0, 18.1])
    0.0
    """
    xs = sorted({((x + 180.0) % 360.0) - 180.0 for x in lons})
    if len(xs) < 2:
        return 0.0
    gaps = [(b - a, i) for i, (a, b) in enumerate(itertools.pairwise(xs))]
    gap, i = max(gaps)
    plain = xs[-1] - xs[0]
    crossing = 360.0 - gap
    if plain <= crossing + SLACK:
        return 0.0
    start = xs[i + 1]
    return round(((start + crossing / 2.0 + 180.0) % 360.0) - 180.0, 1)


def wrap(lon: float, centre: float) -> float:
    """``lon`` moved by whole turns into ``[centre - 180, centre + 180]``."""
    if centre == 0.0:
        return lon
    return lon + 360.0 * round((centre - lon) / 360.0)


def toward(lon: float, start: float) -> float:
    """``lon`` moved by whole turns to within 180° of ``start`` (the short way there)."""
    return start + ((lon - start + 180.0) % 360.0) - 180.0


def shifts(min_lon: float, max_lon: float) -> list[int]:
    """The copies of the country outlines a view ``min_lon..max_lon`` needs (0, ±360)."""
    out = [0]
    if min_lon < -180.0:
        out.append(-360)
    if max_lon > 180.0:
        out.append(360)
    return out
