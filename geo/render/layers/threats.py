"""Threats: a dashed red line from the threatening state to its target, and a warning
symbol at the target. Without a known target place, the event goes to the off-map panel."""

from __future__ import annotations

from folium import FeatureGroup, PolyLine

from geo.model import Event, Story
from geo.render.arcs import LatLon, great_circle
from geo.render.countries import anchor, index
from geo.render.elements import SafePopup, SafeTooltip
from geo.render.layers import LAYER_NAMES
from geo.render.layers._draw import documents_by_id, event_group, event_marker, events_of
from geo.render.palette import THREAT
from geo.render.popups import event_popup, event_tooltip


def threat_origin(event: Event, by_code: dict[str, dict]) -> LatLon | None:
    """Where the threat line starts: the event's origin, else the first threatening state."""
    if event.origin is not None:
        return (event.origin.lat, event.origin.lon)
    for actor in event.actors:
        feat = by_code.get(actor.code)
        if feat is not None:
            return anchor(feat)
    return None


def threats_layer(story: Story, countries: dict) -> FeatureGroup:
    """One dashed red line (when the threatening state is known) and marker per threat."""
    layer = FeatureGroup(name=LAYER_NAMES["threaten"], overlay=True)
    docs = documents_by_id(story)
    by_code = index(countries)
    for event in events_of(story, "threaten"):
        if event.location is None:
            continue
        group = event_group(layer, event)
        start = threat_origin(event, by_code)
        if start is not None:
            points = great_circle(start, (event.location.lat, event.location.lon))
            line = PolyLine([[round(a, 4), round(b, 4)] for a, b in points], color=THREAT,
                            weight=2.5, opacity=0.9, dash_array="8 6",
                            className="geo-threat")
            line.add_child(SafePopup(event_popup(event, docs)))
            line.add_child(SafeTooltip(event_tooltip(event)))
            group.add_child(line)
        group.add_child(event_marker(event, docs, kind="threaten", css_class="geo-threaten",
                                     colour=THREAT))
    return layer
