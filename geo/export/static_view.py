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


def projected_outlines(outlines: dict, view: View) -> list[tuple[dict, object]]:
    """``(properties, projected shapely geometry)`` of the outlines that meet the view.

    Polygon parts reaching farther than :attr:`View.reach` degrees from the centre are
    left out: an azimuthal projection tears them apart near the antipode, and they lie
    far outside the view anyway.
    """
    import numpy as np
    import shapely
    from shapely.geometry import MultiPolygon, box, shape

    from geo.export.outlines import polygon_parts

    fwd = projector(view.crs)
    pad_x, pad_y = (view.xmax - view.xmin) * 0.05, (view.ymax - view.ymin) * 0.05
    frame = box(view.xmin - pad_x, view.ymin - pad_y, view.xmax + pad_x, view.ymax + pad_y)

    def project(coords: np.ndarray) -> np.ndarray:
        x, y = fwd(coords[:, 0], coords[:, 1])
        return np.column_stack([x, y])

    out = []
    for feat in outlines["features"]:
        if not feat.get("geometry"):
            continue
        parts = []
        for part in polygon_parts(shape(feat["geometry"])):
            ring = np.asarray(part.exterior.coords)
            if angular_distance(view.lon0, view.lat0, ring[:, 0], ring[:, 1]).max() \
                    <= view.reach:
                parts.append(part)
        if not parts:
            continue
        geom = shapely.make_valid(shapely.transform(MultiPolygon(parts), project))
        geom = geom.intersection(frame) if geom.intersects(frame) else None
        if geom is None:
            continue
        if not geom.is_empty and np.isfinite(geom.bounds).all():
            out.append((feat["properties"], geom))
    return out
