"""Military exercises: a triangle where the exercise takes place."""

from __future__ import annotations

from geo.model import Story
from geo.render.elements import DataLayer
from geo.render.layers import LAYER_NAMES
from geo.render.layers._draw import Context, point_events_layer


def exercises_layer(story: Story, ctx: Context | None = None) -> DataLayer:
    """One marker per located exercise, coloured by its first actor."""
    return point_events_layer(story, "exercise", LAYER_NAMES["exercise"], ctx)
