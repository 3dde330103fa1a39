"""The vector basemap: every country outline (simplified), drawn under everything else
on its own canvas."""

from __future__ import annotations

from geo.render.countries import simplified
from geo.render.elements import DataLayer
from geo.render.layers import LAYER_NAMES

LAND = {"color": "#8f9aa6", "weight": 0.6, "fillColor": "#f4f1ea", "fillOpacity": 1.0}
LAND_OVER_TILES = {"color": "#5c6670", "weight": 0.8, "fillOpacity": 0.0}


def outlines_layer(countries: dict, *, over_tiles: bool = False,
                   shifts: list[int] | None = None) -> DataLayer:
    """Country outlines as a non-interactive layer (transparent fill over tiles);
    ``shifts`` are extra copies (±360°) for a view across the date line."""
    data = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": f["geometry"], "properties": {}}
        for f in simplified(countries)["features"]]}
    options = {"style": LAND_OVER_TILES if over_tiles else LAND, "interactive": False,
               "land": True, "shifts": shifts or [0]}
    return DataLayer("geoRender.geojson", [data, options], name=LAYER_NAMES["outlines"])
