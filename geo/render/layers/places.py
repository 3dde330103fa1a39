"""Places mentioned: every resolved place, sized by its number of mentions, clustered
(Leaflet.markercluster) when there are many."""

from __future__ import annotations

import math

from geo.model import Story
from geo.render.elements import DataLayer
from geo.render.layers import LAYER_NAMES
from geo.render.layers._draw import Context
from geo.render.popups import place_popup
from geo.render.text import esc

CLUSTER_ABOVE = 40


def dot_size(mentions: int) -> int:
    """Dot diameter in pixels: 8 for one mention, growing with the square root, max 30."""
    return min(30, round(6 + 4 * math.sqrt(max(1, mentions))))


def places_layer(story: Story, *, cluster_above: int = CLUSTER_ABOVE,
                 ctx: Context | None = None) -> DataLayer:
    """A dot per resolved place (``[[lat, lon, size], -1, popup, tooltip]``); clustered
    when there are more than ``cluster_above``."""
    ctx = ctx or Context.of(story)
    places = story.places
    counts = story.mention_counts()
    items = []
    for place in sorted(places, key=lambda p: (-counts.get(p.id, 0), p.name, p.id)):
        n = counts.get(place.id, 0)
        items.append([[round(place.lat, 5), ctx.lon(place.lon), dot_size(n)], -1,
                      ctx.strings(place_popup(place, n)),
                      ctx.strings(f"{esc(place.name)} ({n})")])
    cluster = len(items) > cluster_above
    return DataLayer("geoRender.layer", ["places", items, {"cluster": cluster}],
                     name=LAYER_NAMES["places"], count=len(items), cluster=cluster)
