"""RFC 7946 GeoJSON: one FeatureCollection per layer, one geometry type per file.

``events.geojson`` (what ``geo map`` writes) holds one Point per event at its location —
deployments too, with their start in ``origin_lon``/``origin_lat`` — and a null geometry
for an event without a location. Flows (deployments as great-circle lines) go to their own
file, written with ``layer="flows"``, as MultiLineStrings split at ±180°.

Coordinates are WGS84 ``[lon, lat]`` rounded to 6 decimals; there is no ``crs`` member;
each feature's string ``id`` is repeated in ``properties.id``; properties are flat, with
the same keys and types in every feature and ``null`` for missing values.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

from geo.atomic import write_text
from geo.export.layers import layer_records
from geo.model import Story

PRECISION = 6


def _round(coords):
    if isinstance(coords, (int, float)):
        return round(float(coords), PRECISION)
    return [_round(c) for c in coords]


def _value(v):
    return v.isoformat() if isinstance(v, dt.date) else v


def feature_collection(story: Story, layer: str = "events",
                       outlines: dict | None = None) -> dict:
    """The GeoJSON FeatureCollection of ``layer`` (events, flows, places or countries)."""
    features = []
    for props, geom in layer_records(story, layer, outlines):
        geometry = None if geom is None else {"type": geom["type"],
                                              "coordinates": _round(geom["coordinates"])}
        features.append({"type": "Feature", "id": props["id"], "geometry": geometry,
                         "properties": {k: _value(v) for k, v in props.items()}})
    return {"type": "FeatureCollection", "features": features}


def dumps(collection: dict) -> str:
    """Serialize a collection as UTF-8 JSON text; NaN or infinity is an error."""
    return json.dumps(collection, ensure_ascii=False, allow_nan=False,
                      separators=(",", ":")) + "\n"


def write_geojson(story: Story, path: str | os.PathLike[str], layer: str = "events",
                  outlines: dict | None = None) -> Path:
    """Write one layer of ``story`` as a GeoJSON file (atomically) and return its path."""
    return write_text(path, dumps(feature_collection(story, layer, outlines)))
