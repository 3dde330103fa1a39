"""Shared drawing helpers of the layer functions: event groups, symbols, offsets."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from folium import FeatureGroup

from geo.model import Document, Event, Place, Story
from geo.render.elements import DivMarker, SafePopup, SafeTooltip
from geo.render.palette import actor_colour
from geo.render.popups import event_popup, event_tooltip
from geo.render.timefilter import tag

# Symbols (our own SVG; colours come from the palette, never from text).
SHAPES: dict[str, str] = {
    "meet": '<path d="M11 1 L21 11 L11 21 L1 11 Z"/>',
    "mission": '<path d="M2 9 L11 2 L20 9 L20 20 L2 20 Z"/>',
    "exercise": '<path d="M11 1 L21 20 L1 20 Z"/>',
    "threaten": '<circle cx="11" cy="11" r="9"/><path d="M10 5h2v8h-2zM10 15h2v2h-2z" '
                'fill="#fff" stroke="none"/>',
    "deploy": '<circle cx="11" cy="11" r="8"/>',
}
TENTATIVE = frozenset({"planned", "announced", "conditional"})


def documents_by_id(story: Story) -> dict[str, Document]:
    """Look-up of the story's documents by id."""
    return {d.id: d for d in story.documents}


def events_of(story: Story, kind: str) -> list[Event]:
    """The story's events of one type, in story order."""
    return [e for e in story.events if e.type == kind]


def lead_code(event: Event) -> str | None:
    """The code whose colour the event takes: its first actor (or counterpart)."""
    who = event.actors or event.counterparts
    return who[0].code if who else None


def event_group(layer: FeatureGroup, event: Event) -> FeatureGroup:
    """A sub-group holding one event's drawing, tagged for the date slider."""
    group = FeatureGroup(name=event.id, control=False)
    tag(group, event)
    layer.add_child(group)
    return group


def symbol_html(kind: str, colour: str, status: str) -> str:
    """An SVG symbol; tentative events (planned, announced…) are drawn hollow."""
    hollow = status in TENTATIVE
    fill = "#ffffff" if hollow else colour
    return (f'<svg width="22" height="22" viewBox="0 0 22 22" fill="{fill}" '
            f'stroke="{colour}" stroke-width="{3 if hollow else 1.5}">{SHAPES[kind]}</svg>')


def spread(places: Iterable[Place | None]) -> list[int]:
    """For each place, how many earlier ones sit on the same spot (to fan markers out)."""
    seen: Counter[tuple[float, float]] = Counter()
    out = []
    for p in places:
        key = (round(p.lat, 4), round(p.lon, 4)) if p is not None else (999.0, 999.0)
        out.append(seen[key])
        seen[key] += 1
    return out


def event_marker(event: Event, docs: dict[str, Document], *, kind: str, css_class: str,
                 offset: int = 0, colour: str | None = None) -> DivMarker:
    """The symbol of a point event at its location, with popup and tooltip bound."""
    if event.location is None:
        raise ValueError(f"event {event.id} has no location to draw")
    colour = colour or actor_colour(lead_code(event))
    tentative = " geo-tentative" if event.status in TENTATIVE else ""
    marker = DivMarker((event.location.lat, event.location.lon),
                       symbol_html(kind, colour, event.status),
                       css_class=f"geo-symbol {css_class}{tentative}", size=(22, 22),
                       anchor=(11 - 24 * offset, 11))
    marker.add_child(SafePopup(event_popup(event, docs)))
    marker.add_child(SafeTooltip(event_tooltip(event)))
    return marker


def point_events_layer(story: Story, kind: str, name: str) -> FeatureGroup:
    """A layer with one symbol per located event of ``kind`` (meetings, missions…)."""
    layer = FeatureGroup(name=name, overlay=True)
    docs = documents_by_id(story)
    events = [e for e in events_of(story, kind) if e.location is not None]
    for event, offset in zip(events, spread(e.location for e in events), strict=True):
        marker = event_marker(event, docs, kind=kind, css_class=f"geo-{kind}", offset=offset)
        event_group(layer, event).add_child(marker)
    return layer
