"""Derive shapes/countries.geojson from npm's world-atlas (Natural Earth, public domain).

world-atlas ships Natural Earth's admin-0 countries as TopoJSON with ISO 3166-1 numeric
ids; Greenland is its own feature (304). This script decodes the topology, adds alpha-2
and alpha-3 codes from pycountry, rounds coordinates to 0.01° (about 1 km) and writes a
GeoJSON FeatureCollection sorted by alpha-3 code.

Run it only to refresh the committed file (needs npm):

    cd "$(mktemp -d)" && npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python scripts/build_shapes.py "$PWD/package/countries-50m.json" shapes/countries.geojson
"""

from __future__ import annotations

import itertools
import json
import sys
from pathlib import Path

import pycountry
from shapely import make_valid, set_precision
from shapely.affinity import translate
from shapely.geometry import MultiPolygon, Polygon, box, shape

# Features that world-atlas leaves without an ISO numeric id.
_NAMED = {"Kosovo": ("XK", "XKX"), "N. Cyprus": (None, "CYN"), "Somaliland": (None, "SOL")}


def decode_arcs(topo: dict) -> list[list[tuple[float, float]]]:
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x += dx
            y += dy
            pts.append((round(x * sx + tx, 2), round(y * sy + ty, 2)))
        arcs.append(pts)
    return arcs


def ring(indices: list[int], arcs: list) -> list[list[float]]:
    out: list[tuple[float, float]] = []
    for i in indices:
        pts = arcs[i] if i >= 0 else arcs[~i][::-1]
        out.extend(pts if not out else pts[1:])
    # drop repeated points created by rounding
    dedup = [out[0]] + [p for a, p in itertools.pairwise(out) if p != a]
    if dedup[0] != dedup[-1]:
        dedup.append(dedup[0])
    return [list(p) for p in dedup]


def geometry(geom: dict, arcs: list) -> dict | None:
    if geom["type"] == "Polygon":
        polys = [geom["arcs"]]
    elif geom["type"] == "MultiPolygon":
        polys = geom["arcs"]
    else:
        return None
    out = []
    for poly in polys:
        rings = [ring(r, arcs) for r in poly]
        rings = [r for r in rings if len(r) >= 4]
        if rings:
            out.append(rings)
    if not out:
        return None
    polys = []
    for poly in out:
        polys.extend(split_antimeridian(shape({"type": "Polygon", "coordinates": poly})))
    # snap to a 0.01° grid; set_precision keeps the result valid
    fixed = set_precision(make_valid(MultiPolygon(polys)), 0.01)
    parts = [p for part in getattr(fixed, "geoms", [fixed])
             for p in getattr(part, "geoms", [part]) if p.geom_type == "Polygon"]
    return {"type": "MultiPolygon",
            "coordinates": [[[[round(x, 6), round(y, 6)] for x, y in ring.coords]
                             for ring in [p.exterior, *p.interiors]] for p in parts]}


def split_antimeridian(poly: Polygon) -> list[Polygon]:
    """Cut a polygon whose edges jump across ±180° into parts on either side of it."""
    xs = [x for x, _ in poly.exterior.coords]
    if all(abs(b - a) <= 180 for a, b in itertools.pairwise(xs)):
        return [poly]

    def shift(ring):
        return [(x + 360 if x < 0 else x, y) for x, y in ring.coords]

    unwrapped = make_valid(Polygon(shift(poly.exterior), [shift(r) for r in poly.interiors]))
    east = unwrapped.intersection(box(-180, -90, 180, 90))
    west = translate(unwrapped.intersection(box(180, -90, 540, 90)), xoff=-360)
    return [p for g in (east, west) for p in getattr(g, "geoms", [g])
            if p.geom_type == "Polygon" and not p.is_empty]


def codes(feature_id: str | None, name: str) -> tuple[str | None, str | None]:
    if feature_id:
        c = pycountry.countries.get(numeric=feature_id.zfill(3))
        if c:
            return c.alpha_2, c.alpha_3
    return _NAMED.get(name, (None, None))


def main(src: str, dst: str) -> None:
    topo = json.loads(Path(src).read_text(encoding="utf-8"))
    arcs = decode_arcs(topo)
    features = []
    for g in topo["objects"]["countries"]["geometries"]:
        name = g.get("properties", {}).get("name", "")
        a2, a3 = codes(g.get("id"), name)
        geom = geometry(g, arcs)
        if geom is None or a3 is None:
            continue
        features.append({"type": "Feature", "id": a3,
                         "properties": {"iso_a2": a2, "iso_a3": a3, "name": name},
                         "geometry": geom})
    features.sort(key=lambda f: f["id"])
    fc = {"type": "FeatureCollection",
          "source": "Natural Earth admin-0 countries 1:50m via npm world-atlas 2.0.2",
          "features": features}
    Path(dst).write_text(json.dumps(fc, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{len(features)} countries -> {dst}")


if __name__ == "__main__":
    main(*sys.argv[1:3])
