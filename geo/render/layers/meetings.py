"""Diplomatic meetings: a diamond at the venue (hollow when only planned)."""

from __future__ import annotations

from geo.model import Story
from geo.render.elements import DataLayer
from geo.render.layers import LAYER_NAMES
from geo.render.layers._draw import Context, point_events_layer


def meetings_layer(story: Story, ctx: Context | None = None) -> DataLayer:
    """One marker per meeting with a known venue; the others go to the off-map panel."""
    return point_events_layer(story, "meet", LAYER_NAMES["meet"], ctx)
