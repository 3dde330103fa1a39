"""Export a story to GIS and report files; the format comes from the file suffix.

>>> sorted(SUFFIXES)
['.csv', '.geojson', '.gpkg', '.html', '.kml', '.png', '.svg']

Formats:

- ``.geojson`` — RFC 7946 events (Points; ``layer="flows"`` for great-circle flows,
  ``"places"``, ``"countries"``), see :mod:`geo.export.geojson`;
- ``.gpkg`` — GeoPackage with layers events, flows, places, countries;
- ``.csv`` — one row per event for spreadsheets; ``.kml`` — Google Earth with time slider;
- ``.png`` / ``.svg`` — static map for reports (``width``, ``height``, ``unit``, ``dpi``);
- ``.html`` — the interactive map, written by :func:`geo.render.write_map`.

Nothing heavy (geopandas, matplotlib) is imported until a writer runs.
"""

from __future__ import annotations

import importlib
import os
from pathlib import Path

from geo.errors import InputError
from geo.model import Story

# suffix → (module, function); each writer is called as fn(story, path, **options).
WRITERS: dict[str, tuple[str, str]] = {
    ".geojson": ("geo.export.geojson", "write_geojson"),
    ".gpkg": ("geo.export.gpkg", "write_gpkg"),
    ".csv": ("geo.export.table", "write_csv"),
    ".kml": ("geo.export.kml", "write_kml"),
    ".png": ("geo.export.static", "write_static"),
    ".svg": ("geo.export.static", "write_static"),
    ".html": ("geo.render", "write_map"),
}
SUFFIXES: frozenset[str] = frozenset(WRITERS)

_LAZY = {
    "events_frame": "geo.export.frames", "flows_frame": "geo.export.frames",
    "places_frame": "geo.export.frames", "countries_frame": "geo.export.frames",
    "write_geojson": "geo.export.geojson", "feature_collection": "geo.export.geojson",
    "write_gpkg": "geo.export.gpkg", "write_csv": "geo.export.table",
    "write_kml": "geo.export.kml", "write_static": "geo.export.static",
    "static_figure": "geo.export.static",
    "embed_snippet": "geo.export.embed", "write_embed": "geo.export.embed",
}

__all__ = ["SUFFIXES", "WRITERS", "write", *sorted(_LAZY)]


def write(story: Story, path: str | os.PathLike[str], **options) -> Path:
    """Write ``story`` to ``path`` in the format its suffix names; return the path.

    ``options`` go to the writer, e.g. ``width=2400, dpi=300`` for a PNG or
    ``layer="flows"`` for GeoJSON. An unknown suffix raises :class:`geo.errors.InputError`
    listing the valid ones.
    """
    suffix = Path(path).suffix.lower()
    if suffix not in WRITERS:
        raise InputError(f"cannot export to {Path(path).name!r}: the format comes from the "
                         f"suffix, use one of {', '.join(sorted(SUFFIXES))}")
    module, name = WRITERS[suffix]
    writer = getattr(importlib.import_module(module), name)
    return Path(writer(story, path, **options))


def __getattr__(name: str):
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'geo.export' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)
