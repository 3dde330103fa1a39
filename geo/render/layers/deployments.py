"""Deployments: great-circle arrows from origin to destination.

Width grows with the logarithm of the size; an unknown size is thin and dashed. The
colour is the sender's. A deployment without a known origin is a dot at its destination.
"""

from __future__ import annotations

import math

from folium import CircleMarker, FeatureGroup, PolyLine

from geo.model import Event, Story
from geo.render.arcs import LatLon, great_circle, screen_bearing
from geo.render.elements import DivMarker, SafePopup, SafeTooltip
from geo.render.layers import LAYER_NAMES
from geo.render.layers._draw import documents_by_id, event_group, events_of, lead_code
from geo.render.palette import actor_colour
from geo.render.popups import event_popup, event_tooltip

UNKNOWN_WEIGHT = 1.5


def flow_weight(quantity: int | None) -> float:
    """Line width in pixels: 2 for one, ~5 for a hundred, at most 10; thin if unknown."""
    if quantity is None:
        return UNKNOWN_WEIGHT
    return round(min(10.0, 2.0 + 1.5 * math.log10(1 + quantity)), 2)


def arrowhead(points: list[LatLon], colour: str, at: float = 0.8) -> DivMarker:
    """An arrowhead ``at`` of the way along ``points``, turned along the line."""
    i = max(1, min(len(points) - 2, round(at * (len(points) - 1))))
    angle = screen_bearing(points[i - 1], points[i + 1]) if len(points) > 2 else \
        screen_bearing(points[0], points[-1])
    html = (f'<svg width="16" height="16" viewBox="0 0 16 16" '
            f'style="transform:rotate({angle:.1f}deg)"><path d="M8 0 L15 15 L8 11 L1 15 Z" '
            f'fill="{colour}" stroke="#ffffff" stroke-width="1"/></svg>')
    return DivMarker(points[i], html, css_class="geo-arrow", size=(16, 16), interactive=False)


def _flow(event: Event, popup: str, tooltip: str, colour: str) -> list:
    o, d = event.origin, event.location
    if o is None or d is None:
        raise ValueError(f"event {event.id} needs an origin and a location for a flow")
    points = great_circle((o.lat, o.lon), (d.lat, d.lon))
    line = PolyLine([[round(a, 4), round(b, 4)] for a, b in points], color=colour,
                    weight=flow_weight(event.quantity), opacity=0.85,
                    dash_array="6 5" if event.quantity is None else None,
                    className="geo-flow geo-deploy")
    line.add_child(SafePopup(popup))
    line.add_child(SafeTooltip(tooltip))
    return [line, arrowhead(points, colour)]


def deployments_layer(story: Story) -> FeatureGroup:
    """One arrow per deployment with an origin; a dot at the destination otherwise."""
    layer = FeatureGroup(name=LAYER_NAMES["deploy"], overlay=True)
    docs = documents_by_id(story)
    for event in events_of(story, "deploy"):
        if event.location is None:
            continue  # listed in the off-map panel
        colour = actor_colour(lead_code(event))
        popup, tooltip = event_popup(event, docs), event_tooltip(event)
        group = event_group(layer, event)
        if event.origin is not None:
            for element in _flow(event, popup, tooltip, colour):
                group.add_child(element)
            continue
        dot = CircleMarker((event.location.lat, event.location.lon), radius=7, color=colour,
                           weight=2, fill=True, fill_color=colour, fill_opacity=0.35,
                           dash_array="3 3", className="geo-deploy-point")
        dot.add_child(SafePopup(popup))
        dot.add_child(SafeTooltip(tooltip))
        group.add_child(dot)
    return layer
