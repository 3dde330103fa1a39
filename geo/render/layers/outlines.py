"""The vector basemap: every country outline, drawn under everything else."""

from __future__ import annotations

from geo.render.elements import GeoJsonLayer
from geo.render.layers import LAYER_NAMES

LAND = {"color": "#8f9aa6", "weight": 0.6, "fillColor": "#f4f1ea", "fillOpacity": 1.0}
LAND_OVER_TILES = {"color": "#5c6670", "weight": 0.8, "fillOpacity": 0.0}


def outlines_layer(countries: dict, *, over_tiles: bool = False) -> GeoJsonLayer:
    """Country outlines as a non-interactive layer (transparent fill over tiles)."""
    data = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": f["geometry"], "properties": {}}
        for f in countries.get("features", [])]}
    return GeoJsonLayer(data, name=LAYER_NAMES["outlines"],
                        style=LAND_OVER_TILES if over_tiles else LAND, interactive=False)
