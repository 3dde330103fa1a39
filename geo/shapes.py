"""Country outlines shipped in ``shapes/`` (Natural Earth 1:50m via npm world-atlas).

Loaded on demand, never at import; the parsed collection is kept per process because it
is read-only and the same for every caller.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path

from geo.errors import GazetteerError

SHAPES_DIR = Path(__file__).resolve().parent.parent / "shapes"
COUNTRIES = SHAPES_DIR / "countries.geojson"


@functools.cache
def _load(path: str) -> dict:
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except (OSError, ValueError) as exc:
        raise GazetteerError(f"cannot read country outlines from {path}: {exc}; "
                             "reinstall geo from its source tree (shapes/ ships with it) "
                             "or rebuild them with scripts/build_shapes.py") from exc


def load_countries(path: str | Path | None = None) -> dict:
    """Return the country outlines as a GeoJSON FeatureCollection.

    Each feature has ``id`` and ``properties.iso_a3`` (ISO 3166-1 alpha-3),
    ``properties.iso_a2`` (alpha-2, or None for a few disputed areas) and ``name``.
    Treat the result as read-only: it is shared.
    """
    return _load(str(path or COUNTRIES))


def country_feature(code: str, path: str | Path | None = None) -> dict | None:
    """The outline of one country by alpha-2 or alpha-3 code, or None."""
    code = code.upper()
    key = "iso_a2" if len(code) == 2 else "iso_a3"
    for feat in load_countries(path)["features"]:
        if feat["properties"].get(key) == code:
            return feat
    return None
