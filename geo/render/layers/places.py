"""Places mentioned: every resolved place, sized by its number of mentions, clustered
(Leaflet.markercluster) when there are many."""

from __future__ import annotations

import math

from folium import FeatureGroup
from folium.plugins import MarkerCluster

from geo.model import Story
from geo.render.assets import drop_links
from geo.render.elements import DivMarker, SafePopup, SafeTooltip
from geo.render.layers import LAYER_NAMES
from geo.render.popups import place_popup
from geo.render.text import esc

CLUSTER_ABOVE = 40


def dot_size(mentions: int) -> int:
    """Dot diameter in pixels: 8 for one mention, growing with the square root, max 30."""
    return min(30, round(6 + 4 * math.sqrt(max(1, mentions))))


def places_layer(story: Story, *, cluster_above: int = CLUSTER_ABOVE
                 ) -> FeatureGroup | MarkerCluster:
    """A dot per resolved place; a MarkerCluster when there are more than ``cluster_above``."""
    places = story.places
    counts = story.mention_counts()
    if len(places) > cluster_above:
        layer: FeatureGroup | MarkerCluster = MarkerCluster(name=LAYER_NAMES["places"],
                                                            overlay=True)
        drop_links(layer)  # its JS/CSS are inlined by build_map
    else:
        layer = FeatureGroup(name=LAYER_NAMES["places"], overlay=True)
    for place in sorted(places, key=lambda p: (-counts.get(p.id, 0), p.name, p.id)):
        n = counts.get(place.id, 0)
        size = dot_size(n)
        marker = DivMarker((place.lat, place.lon), '<span class="geo-dot"></span>',
                           css_class="geo-place", size=(size, size))
        marker.add_child(SafePopup(place_popup(place, n)))
        marker.add_child(SafeTooltip(f"{esc(place.name)} ({n})"))
        layer.add_child(marker)
    return layer
