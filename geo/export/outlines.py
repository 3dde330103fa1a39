"""Country outlines made safe to project: parts cut wrongly at ±180° are put back together.

A polygon part wider than 180° of longitude (outside Antarctica) is a shape that crosses
the antimeridian but was stored with some vertices on the wrong side, e.g. Chukotka in
Russia's outline: drawn as is, it makes a band round the world. Such a part is shifted
east by 360° where needed and cut again at 180°.
"""

from __future__ import annotations

from shapely.geometry.base import BaseGeometry

WIDE = 180.0  # degrees of longitude no genuine non-polar part spans


def _unwrap(part: BaseGeometry) -> BaseGeometry:
    import numpy as np
    import shapely
    from shapely import affinity
    from shapely.geometry import box

    def east(coords: np.ndarray) -> np.ndarray:
        out = coords.copy()
        out[:, 0] = np.where(out[:, 0] < 0, out[:, 0] + 360.0, out[:, 0])
        return out

    shifted = shapely.make_valid(shapely.transform(part, east))
    west = shifted.intersection(box(-180, -90, 180, 90))
    over = affinity.translate(shifted.intersection(box(180, -90, 540, 90)), xoff=-360.0)
    return shapely.union(west, over)


def _needs_repair(part: BaseGeometry) -> bool:
    minx, miny, maxx, _ = part.bounds
    return maxx - minx > WIDE and miny > -60.0


def polygon_parts(geom: BaseGeometry) -> list[BaseGeometry]:
    """The polygons of ``geom``, with wrongly cut antimeridian parts repaired.

    Repaired parts may overlap the others; :func:`clean_outline` merges them.
    """
    out: list[BaseGeometry] = []
    for part in getattr(geom, "geoms", [geom]):
        fixed = _unwrap(part) if _needs_repair(part) else part
        out.extend(p for p in getattr(fixed, "geoms", [fixed])
                   if p.geom_type == "Polygon" and not p.is_empty)
    return out


def clean_outline(geometry: dict):
    """A GeoJSON (Multi)Polygon as a valid shapely MultiPolygon with repaired parts."""
    import shapely
    from shapely.geometry import MultiPolygon, shape

    geom = shape(geometry)
    parts = polygon_parts(geom)
    if not any(_needs_repair(p) for p in getattr(geom, "geoms", [geom])):
        return MultiPolygon(parts)
    merged = shapely.union_all(parts)
    return MultiPolygon([p for p in getattr(merged, "geoms", [merged])
                         if p.geom_type == "Polygon"])
