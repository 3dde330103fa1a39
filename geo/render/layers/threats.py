"""Threats: a dashed red line from the threatening state to its target, and a warning
symbol at the target. Without a known target place, the event goes to the off-map panel."""

from __future__ import annotations

from geo.model import Event, Story
from geo.render.arcs import LatLon
from geo.render.countries import anchor, index
from geo.render.elements import DataLayer
from geo.render.layers import LAYER_NAMES
from geo.render.layers._draw import CLUSTER_ABOVE, Context, events_of, point_geometry
from geo.render.palette import THREAT
from geo.render.view import toward


def threat_origin(event: Event, by_code: dict[str, dict]) -> LatLon | None:
    """Where the threat line starts: the event's origin, else the first threatening state."""
    if event.origin is not None:
        return (event.origin.lat, event.origin.lon)
    for actor in event.actors:
        feat = by_code.get(actor.code)
        if feat is not None:
            return anchor(feat)
    return None


def threats_layer(story: Story, countries: dict, ctx: Context | None = None) -> DataLayer:
    """One dashed red line (when the threatening state is known) and marker per threat:
    ``[lat, lon, colour, hollow, 0, start lat, start lon]``."""
    ctx = ctx or Context.of(story)
    by_code = index(countries)
    items = []
    for event in events_of(story, "threaten"):
        if event.location is None:
            continue
        geometry = point_geometry(ctx, event, THREAT)
        start = threat_origin(event, by_code)
        if start is not None:
            geometry += [round(start[0], 5), round(toward(start[1], geometry[1]), 5)]
        items.append(ctx.item(event, geometry))
    cluster = len(items) > CLUSTER_ABOVE
    return DataLayer("geoRender.layer", ["threaten", items, {"cluster": cluster}],
                     name=LAYER_NAMES["threaten"], count=len(items), cluster=cluster)
