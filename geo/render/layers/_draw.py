"""Shared helpers of the layer functions: the drawing context, symbols, offsets.

Every event layer is one :class:`~geo.render.elements.DataLayer`: a JSON array of items
``[geometry, date index, popup record, tooltip record]`` that the page's runtime draws
(see :mod:`geo.render.runtime`). Coordinates are rounded to 5 decimals (about 1 m).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from geo.model import Document, Event, Place, Story
from geo.render.palette import actor_colour
from geo.render.popups import Records, Strings
from geo.render.timefilter import date_key
from geo.render.view import centre_longitude, wrap

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
CLUSTER_ABOVE = 100  # point symbols of one layer beyond which they are clustered


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


def symbol_html(kind: str, colour: str, status: str) -> str:
    """An SVG symbol; tentative events (planned, announced…) are drawn hollow.
    (The page's runtime draws the same markup for the map; this one is for the legend.)"""
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


def story_points(story: Story) -> list[tuple[float, float]]:
    """Every (lat, lon) the map draws a thing at: event places, origins, places mentioned."""
    pts = [(p.lat, p.lon) for e in story.events for p in (e.location, e.origin)
           if p is not None]
    return pts + [(p.lat, p.lon) for p in story.places]


@dataclass
class Context:
    """What the layers of one map share: the string table, the event dates and the
    longitude window every point is drawn in (see :mod:`geo.render.view`)."""

    story: Story
    centre: float = 0.0
    records: Records = field(init=False)
    dates: list[str] = field(init=False)

    def __post_init__(self) -> None:
        self.records = Records(documents_by_id(self.story), Strings())
        self.dates = sorted({k for e in self.story.events
                             if e.location is not None and (k := date_key(e))})
        self._date_index = {d: i for i, d in enumerate(self.dates)}

    @classmethod
    def of(cls, story: Story) -> Context:
        return cls(story, centre_longitude(lon for _, lon in story_points(story)))

    @property
    def strings(self) -> Strings:
        return self.records.s

    def date(self, event: Event) -> int:
        """The index of the event's date among the story's dates; -1 when undated."""
        key = date_key(event)
        return -1 if key is None else self._date_index[key]

    def lon(self, lon: float) -> float:
        return round(wrap(lon, self.centre), 5)

    def item(self, event: Event, geometry: list) -> list:
        rec = self.records
        return [geometry, self.date(event), rec.popup(event), rec.tooltip(event)]

    def colour(self, code_or_colour: str) -> int:
        return self.strings(code_or_colour)


def point_geometry(ctx: Context, event: Event, colour: str, offset: int = 0) -> list:
    """``[lat, lon, colour, hollow, offset]`` of a point symbol."""
    loc = event.location
    assert loc is not None
    return [round(loc.lat, 5), ctx.lon(loc.lon), ctx.colour(colour),
            1 if event.status in TENTATIVE else 0, offset]


def point_events_layer(story: Story, kind: str, name: str, ctx: Context | None = None):
    """A layer with one symbol per located event of ``kind`` (meetings, missions…)."""
    from geo.render.elements import DataLayer

    ctx = ctx or Context.of(story)
    events = [e for e in events_of(story, kind) if e.location is not None]
    items = [ctx.item(e, point_geometry(ctx, e, actor_colour(lead_code(e)), offset))
             for e, offset in zip(events, spread(e.location for e in events), strict=True)]
    cluster = len(items) > CLUSTER_ABOVE
    return DataLayer("geoRender.layer", [kind, items, {"cluster": cluster}], name=name,
                     count=len(items), cluster=cluster)
