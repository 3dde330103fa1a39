"""Where a static map looks: a projection centred on the events, an extent, the outlines.

The map uses a Lambert azimuthal equal-area projection centred on the events, so shapes
keep their proportions at high latitudes (Greenland at 60–84°N is not stretched as in
plate carrée or Web Mercator), and great-circle flows come out as gentle curves.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from geo.export.geodesic import great_circle
from geo.export.rows import is_flow
from geo.model import Story, lonlat

MARGIN = 0.12  # share of the events' extent added on every side
MIN_SPAN_M = 1_200_000.0  # never zoom closer than about 1,200 km across


@dataclass(frozen=True)
class View:
    """A projection (PROJ string) and the projected extent to show, in metres."""

    crs: str
    xmin: float
    ymin: float
    xmax: float
    ymax: float
    lon0: float
    lat0: float
    reach: float = 120.0  # degrees from the centre worth drawing

    @property
    def aspect(self) -> float:
        """Width over height of the extent."""
        return (self.xmax - self.xmin) / (self.ymax - self.ymin)


def story_points(story: Story) -> list[tuple[float, float]]:
    """The ``(lon, lat)`` points a map of ``story`` must show: events, origins, flows."""
    pts: list[tuple[float, float]] = []
    for e in story.events:
        for p in (e.location, e.origin):
            if p is not None:
                pts.append(lonlat(p.lat, p.lon))
        if is_flow(e) and e.origin is not None and e.location is not None:
            pts.extend(great_circle(e.origin, e.location))
    if not pts:
        pts = [lonlat(p.lat, p.lon) for p in story.places]
    return pts


def centre(points: Iterable[tuple[float, float]]) -> tuple[float, float]:
    """The spherical mean of ``(lon, lat)`` points, as ``(lon, lat)``."""
    x = y = z = 0.0
    for lon, lat in points:
        la, lo = math.radians(lat), math.radians(lon)
        x += math.cos(la) * math.cos(lo)
        y += math.cos(la) * math.sin(lo)
        z += math.sin(la)
    if abs(x) < 1e-9 and abs(y) < 1e-9 and abs(z) < 1e-9:
        return (0.0, 0.0)
    return (math.degrees(math.atan2(y, x)), math.degrees(math.atan2(z, math.hypot(x, y))))


def projector(crs: str) -> Callable:
    """A function ``(lons, lats) -> (xs, ys)`` from WGS84 to ``crs``."""
    from pyproj import Transformer

    return Transformer.from_crs("EPSG:4326", crs, always_xy=True).transform


def fit_view(story: Story, aspect: float | None = None) -> View:
    """Centre a projection on the story and frame its points with a margin.

    With ``aspect`` (width / height of the drawing area) the extent is widened or heightened
    to match it, so the map fills the area without distortion.
    """
    pts = story_points(story)
    lon0, lat0 = centre(pts) if pts else (0.0, 30.0)
    crs = (f"+proj=laea +lat_0={lat0:.4f} +lon_0={lon0:.4f} +x_0=0 +y_0=0 "
           "+datum=WGS84 +units=m +no_defs")
    if pts:
        xs, ys = projector(crs)([p[0] for p in pts], [p[1] for p in pts])
        xmin, xmax, ymin, ymax = min(xs), max(xs), min(ys), max(ys)
    else:
        xmin, xmax, ymin, ymax = -9e6, 9e6, -6e6, 6e6
    w = max(xmax - xmin, MIN_SPAN_M)
    h = max(ymax - ymin, MIN_SPAN_M / 2)
    cx, cy = (xmin + xmax) / 2, (ymin + ymax) / 2
    w, h = w * (1 + 2 * MARGIN), h * (1 + 2 * MARGIN)
    if aspect is not None:
        if w / h < aspect:
            w = h * aspect
        else:
            h = w / aspect
    far = float(angular_distance(lon0, lat0, [p[0] for p in pts], [p[1] for p in pts]).max()) \
        if pts else 90.0
    reach = min(150.0, max(100.0, far + 50.0))
    return View(crs, cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2, lon0, lat0, reach)


def angular_distance(lon0: float, lat0: float, lons, lats):
    """Great-circle distances in degrees from ``(lon0, lat0)`` to many points."""
    import numpy as np

    la0, lo0 = np.radians(lat0), np.radians(lon0)
    la, lo = np.radians(np.asarray(lats)), np.radians(np.asarray(lons))
    cos_c = np.sin(la0) * np.sin(la) + np.cos(la0) * np.cos(la) * np.cos(lo - lo0)
    return np.degrees(np.arccos(np.clip(cos_c, -1.0, 1.0)))


def projected_outlines(outlines: dict, view: View,
                       tolerance: float = 0.0) -> list[tuple[dict, object]]:
    """``(properties, projected shapely geometry)`` of the outlines that meet the view.

    Polygon parts reaching farther than :attr:`View.reach` degrees from the centre are
    left out: an azimuthal projection tears them apart near the antipode, and they lie
    far outside the view anyway. The rest are projected in one pass, clipped to the view
    with a small margin, and simplified to ``tolerance`` metres (about half a pixel).
    """
    import numpy as np
    import shapely

    prep = _prepared(outlines)
    la0, lo0 = np.radians(view.lat0), np.radians(view.lon0)
    centre_vec = np.array([np.cos(la0) * np.cos(lo0), np.cos(la0) * np.sin(lo0), np.sin(la0)])
    near = prep.min_cos(centre_vec) >= np.cos(np.radians(view.reach))
    if not near.any():
        return []
    fwd = projector(view.crs)

    def project(coords):
        x, y = fwd(coords[:, 0], coords[:, 1])
        return np.column_stack([x, y])

    parts = shapely.transform(prep.parts[near], project)
    pad_x, pad_y = (view.xmax - view.xmin) * 0.05, (view.ymax - view.ymin) * 0.05
    parts = shapely.clip_by_rect(parts, view.xmin - pad_x, view.ymin - pad_y,
                                 view.xmax + pad_x, view.ymax + pad_y)
    if tolerance > 0:
        parts = shapely.simplify(parts, tolerance)
    bad = ~shapely.is_valid(parts)
    if bad.any():
        parts[bad] = shapely.make_valid(parts[bad])
    polys, which = shapely.get_parts(parts, return_index=True)
    keep = (shapely.get_type_id(polys) == 3) & ~shapely.is_empty(polys)
    polys, owners = polys[keep], prep.owner[near][which[keep]]
    out = []
    for owner in dict.fromkeys(owners.tolist()):
        geom = shapely.multipolygons(polys[owners == owner])
        if np.isfinite(geom.bounds).all():
            out.append((outlines["features"][owner]["properties"], geom))
    return out


@dataclass(frozen=True, eq=False)
class _Prepared:
    """Outline parts in lon/lat with their feature index and unit vectors of vertices."""

    source: dict
    parts: object  # numpy array of shapely Polygons
    owner: object  # feature index of each part
    vectors: object  # (n, 3) unit vectors of all vertices
    starts: object  # index of each part's first vertex in ``vectors``

    def min_cos(self, centre_vec):
        """Per part, the cosine of the angle to its farthest vertex from ``centre_vec``."""
        import numpy as np

        return np.minimum.reduceat(self.vectors @ centre_vec, self.starts)


_PREPARED: dict[int, _Prepared] = {}


def _prepared(outlines: dict) -> _Prepared:
    # Parsing and repairing ~1,600 polygon parts costs more than drawing them, and the
    # outlines are the same read-only collection in every call (geo.shapes caches it), so
    # the prepared parts are kept per collection; the entry holds the collection itself,
    # which keeps its id from being reused.
    hit = _PREPARED.get(id(outlines))
    if hit is not None and hit.source is outlines:
        return hit
    import numpy as np
    import shapely
    from shapely.geometry import shape

    from geo.export.outlines import polygon_parts

    parts, owner = [], []
    for i, feat in enumerate(outlines["features"]):
        if feat.get("geometry"):
            found = polygon_parts(shape(feat["geometry"]))
            parts += found
            owner += [i] * len(found)
    arr = np.empty(len(parts), dtype=object)
    arr[:] = parts
    rings = shapely.get_exterior_ring(arr)
    coords, index = shapely.get_coordinates(rings, return_index=True)
    lo, la = np.radians(coords[:, 0]), np.radians(coords[:, 1])
    vectors = np.column_stack([np.cos(la) * np.cos(lo), np.cos(la) * np.sin(lo), np.sin(la)])
    starts = np.searchsorted(index, np.arange(len(parts)))
    prep = _Prepared(outlines, arr, np.asarray(owner, dtype=int), vectors, starts)
    if len(_PREPARED) >= 4:
        _PREPARED.clear()
    _PREPARED[id(outlines)] = prep
    return prep
