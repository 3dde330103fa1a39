"""Diplomatic missions (consulates, embassies, envoys): a house symbol at the place."""

from __future__ import annotations

from geo.model import Story
from geo.render.elements import DataLayer
from geo.render.layers import LAYER_NAMES
from geo.render.layers._draw import Context, point_events_layer


def missions_layer(story: Story, ctx: Context | None = None) -> DataLayer:
    """One marker per mission, coloured by the sending actor; same-place ones fan out."""
    return point_events_layer(story, "mission", LAYER_NAMES["mission"], ctx)
