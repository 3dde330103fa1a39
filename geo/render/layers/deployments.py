"""Deployments: great-circle arrows from origin to destination.

Width grows with the logarithm of the size; an unknown size is thin and dashed. The
colour is the sender's. A deployment without a known origin is a dot at its destination.
The page computes the arc and its arrowhead from the two end points (canvas-drawn).
"""

from __future__ import annotations

import math

from geo.model import Event, Story
from geo.render.elements import DataLayer
from geo.render.layers import LAYER_NAMES
from geo.render.layers._draw import Context, events_of, lead_code
from geo.render.palette import actor_colour
from geo.render.view import toward

UNKNOWN_WEIGHT = 1.5


def flow_weight(quantity: int | None) -> float:
    """Line width in pixels: 2 for one, ~5 for a hundred, at most 10; thin if unknown."""
    if quantity is None:
        return UNKNOWN_WEIGHT
    return round(min(10.0, 2.0 + 1.5 * math.log10(1 + quantity)), 2)


def flow_geometry(ctx: Context, event: Event) -> list:
    """``[lat0, lon0, lat1, lon1, colour, weight, dashed]``; the end's longitude is
    unwrapped from the start's, so the arc takes the short way (across the date line)."""
    o, d = event.origin, event.location
    if o is None or d is None:
        raise ValueError(f"event {event.id} needs an origin and a location for a flow")
    lon0 = ctx.lon(o.lon)
    return [round(o.lat, 5), lon0, round(d.lat, 5), round(toward(d.lon, lon0), 5),
            ctx.colour(actor_colour(lead_code(event))), flow_weight(event.quantity),
            1 if event.quantity is None else 0]


def deployments_layer(story: Story, ctx: Context | None = None) -> DataLayer:
    """One arrow per deployment with an origin; a dot at the destination otherwise."""
    ctx = ctx or Context.of(story)
    items = []
    for event in events_of(story, "deploy"):
        if event.location is None:
            continue  # listed in the off-map panel
        if event.origin is not None:
            geometry = flow_geometry(ctx, event)
        else:
            geometry = [round(event.location.lat, 5), ctx.lon(event.location.lon),
                        ctx.colour(actor_colour(lead_code(event)))]
        items.append(ctx.item(event, geometry))
    return DataLayer("geoRender.layer", ["deploy", items, {"cluster": False}],
                     name=LAYER_NAMES["deploy"], count=len(items))
