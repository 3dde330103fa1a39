"""The story as GeoDataFrames in EPSG:4326, one per layer, for notebooks and GIS writers.

Columns follow the layer schemas of :mod:`geo.export.rows`, with pandas dtypes that keep
missing values missing: ``string``, ``Int64``, ``Float64``, ``boolean`` and
``datetime64`` for dates.

>>> from geo.model import Story
>>> events_frame(Story((), (), ())).crs.to_epsg()
4326
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from geo.export.layers import layer_records
from geo.export.rows import SCHEMAS, Record, Schema
from geo.model import Story

if TYPE_CHECKING:
    import geopandas

_DTYPES = {"str": "string", "int": "Int64", "real": "Float64", "bool": "boolean",
           "date": "datetime64[s]"}


def to_frame(records: list[Record], schema: Schema) -> geopandas.GeoDataFrame:
    """Build a typed GeoDataFrame (EPSG:4326) from ``(properties, geometry)`` records."""
    import geopandas
    import pandas as pd
    from shapely.geometry import shape

    columns = {}
    for name, kind in schema:
        values = [props[name] for props, _ in records]
        if kind == "date":
            columns[name] = pd.to_datetime(pd.Series(values, dtype="object")).astype(
                _DTYPES[kind])
        else:
            columns[name] = pd.array(values, dtype=_DTYPES[kind])
    geometry = [shape(g) if g is not None else None for _, g in records]
    return geopandas.GeoDataFrame(columns, geometry=geometry, crs="EPSG:4326")


def frame(story: Story, layer: str, outlines: dict | None = None) -> geopandas.GeoDataFrame:
    """The GeoDataFrame of one layer: events, flows, places or countries."""
    return to_frame(layer_records(story, layer, outlines), SCHEMAS[layer])


def events_frame(story: Story) -> geopandas.GeoDataFrame:
    """One row per event, a Point at its location (None when it has no location)."""
    return frame(story, "events")


def flows_frame(story: Story) -> geopandas.GeoDataFrame:
    """One row per deployment with an origin: a great-circle MultiLineString."""
    return frame(story, "flows")


def places_frame(story: Story) -> geopandas.GeoDataFrame:
    """One row per resolved place, a Point, with ``mentions`` and ``events`` counts."""
    return frame(story, "places")


def countries_frame(story: Story, outlines: dict | None = None) -> geopandas.GeoDataFrame:
    """One row per country taking part, a MultiPolygon, with its ``role``."""
    return frame(story, "countries", outlines)
