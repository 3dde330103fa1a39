"""GeoPackage: one layer per kind, with real field types for GDAL and QGIS.

Layers: ``events`` (Point), ``flows`` (MultiLineString), ``places`` (Point) and
``countries`` (MultiPolygon), all EPSG:4326. Fields are written with declared OGR types —
Integer64, Real, String, Boolean and Date (``date_start``/``date_end``, so QGIS's temporal
controller can use them) — and missing values as NULL.
"""

from __future__ import annotations

import os
from pathlib import Path

from geo.atomic import atomic_path
from geo.export.layers import layer_records
from geo.export.rows import GEOMETRY_TYPES, LAYERS, SCHEMAS, Record, Schema
from geo.model import Story


def _columns(records: list[Record], schema: Schema) -> tuple[list, list]:
    """Numpy arrays and NULL masks, one per field, typed by the schema."""
    import numpy as np

    arrays, masks = [], []
    for name, kind in schema:
        values = [props[name] for props, _ in records]
        mask = np.array([v is None for v in values], dtype=bool)
        if kind == "str":
            arr = np.array(values, dtype=object)
        elif kind == "int":
            arr = np.array([0 if v is None else int(v) for v in values], dtype="int64")
        elif kind == "real":
            arr = np.array([0.0 if v is None else float(v) for v in values], dtype="float64")
        elif kind == "bool":
            arr = np.array([bool(v) for v in values], dtype=bool)
        else:  # date
            arr = np.array([v.isoformat() if v else "NaT" for v in values],
                           dtype="datetime64[D]")
        arrays.append(arr)
        masks.append(mask if mask.any() else None)
    return arrays, masks


def _wkb(records: list[Record]):
    import numpy as np
    import shapely
    from shapely.geometry import shape

    geoms = np.array([shape(g) if g is not None else None for _, g in records], dtype=object)
    return shapely.to_wkb(geoms) if len(geoms) else np.array([], dtype=object)


def write_layer(path: Path, layer: str, records: list[Record], schema: Schema,
                geometry_type: str) -> None:
    """Write one layer of records into the GeoPackage at ``path`` (creating or adding)."""
    from pyogrio.raw import write

    arrays, masks = _columns(records, schema)
    write(str(path), _wkb(records), field_data=arrays, fields=[n for n, _ in schema],
          field_mask=masks, layer=layer, driver="GPKG", geometry_type=geometry_type,
          crs="EPSG:4326", encoding="UTF-8", promote_to_multi=False)


def write_gpkg(story: Story, path: str | os.PathLike[str], layers: tuple[str, ...] = LAYERS,
               outlines: dict | None = None) -> Path:
    """Write ``story`` as a GeoPackage with the given layers and return its path."""
    with atomic_path(path) as tmp:
        for layer in layers:
            write_layer(tmp, layer, layer_records(story, layer, outlines), SCHEMAS[layer],
                        GEOMETRY_TYPES[layer])
    return Path(path)
