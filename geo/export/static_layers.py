"""One function per layer of the static map; each draws on a matplotlib Axes."""

from __future__ import annotations

import math
from collections.abc import Callable

from geo.export.countries import country_roles
from geo.export.geodesic import great_circle
from geo.export.rows import is_flow
from geo.export.static_style import (
    BORDER,
    LAND,
    MARKERS,
    MUTED,
    ROLE_FILLS,
    SENDER_ALPHA,
    SENDER_COLOURS,
    TENTATIVE,
    TEXT,
)
from geo.export.static_view import View, projected_outlines, projector
from geo.model import Event, Place, Story


def halo() -> list:
    """A white outline around text so labels stay legible over lines and fills."""
    from matplotlib import patheffects

    return [patheffects.withStroke(linewidth=2.2, foreground="white")]


def sender_colours(story: Story) -> dict[str, str]:
    """A colour per sending actor code, in order of first appearance."""
    codes = dict.fromkeys(a.code for e in story.events if is_flow(e) for a in e.actors[:1])
    return {c: SENDER_COLOURS[i % len(SENDER_COLOURS)] for i, c in enumerate(codes)}


def draw_countries(ax, story: Story, outlines: dict, view: View, senders: dict) -> None:
    """Country outlines, filled by role; senders take a tint of their flow colour."""
    from geopandas import GeoSeries

    roles = country_roles(story)
    geoms, fills = [], []
    for props, geom in projected_outlines(outlines, view):
        codes = [c for c in (props.get("iso_a3"), props.get("iso_a2")) if c]
        fill = LAND
        own = set().union(*(roles[c][0] for c in codes if c in roles))
        for role in ("destination", "threatened"):
            if role in own:
                fill = ROLE_FILLS[role]
                break
        else:
            sender = next((c for c in codes if c in senders), None)
            if sender:
                fill = _tint(senders[sender], SENDER_ALPHA)
            elif own:
                fill = next((ROLE_FILLS[r] for r in ("threatener", "sender", "host",
                                                     "participant") if r in own), LAND)
        geoms.append(geom)
        fills.append(fill)
    if geoms:
        GeoSeries(geoms).plot(ax=ax, color=fills, edgecolor=BORDER, linewidth=0.4, zorder=1)


def _tint(hex_colour: str, alpha: float) -> str:
    r, g, b = (int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))
    mix = [round(255 - alpha * (255 - c)) for c in (r, g, b)]
    return "#" + "".join(f"{c:02x}" for c in mix)


def flow_width(event: Event) -> float:
    """Line width in points: wider for bigger deployments."""
    return 1.4 + (0.8 * math.log10(1 + event.quantity) if event.quantity else 0.0)


def draw_flows(ax, story: Story, view: View, senders: dict) -> None:
    """Great-circle arrows from origin to destination, coloured by the sender."""
    from matplotlib.patches import FancyArrowPatch

    fwd = projector(view.crs)
    for e in story.events:
        if not (is_flow(e) and e.origin and e.location):
            continue
        line = great_circle(e.origin, e.location)
        xs, ys = fwd([p[0] for p in line], [p[1] for p in line])
        colour = senders.get(e.actors[0].code if e.actors else "", MUTED)
        style = (0, (4, 2)) if e.status in TENTATIVE else "solid"
        lw = flow_width(e)
        ax.plot(xs[:-1], ys[:-1], color=colour, lw=lw, ls=style, alpha=0.9,
                solid_capstyle="round", zorder=4)
        k = max(0, len(xs) - 3)
        ax.add_patch(FancyArrowPatch((xs[k], ys[k]), (xs[-1], ys[-1]), arrowstyle="-|>",
                                     mutation_scale=9 + 2.5 * lw, color=colour, lw=lw,
                                     shrinkA=0, shrinkB=5, zorder=5))
        ox, oy = fwd(e.origin.lon, e.origin.lat)
        ax.plot([ox], [oy], "o", ms=3.5, color=colour, zorder=5)


def _place_key(p: Place) -> tuple[float, float]:
    return (round(p.lat, 4), round(p.lon, 4))


def draw_markers(ax, story: Story, view: View) -> None:
    """A marker per event type at each event location, side by side when they share one."""
    from matplotlib.transforms import offset_copy

    fwd = projector(view.crs)
    at: dict[tuple[float, float], tuple[Place, dict[str, list[Event]]]] = {}
    for e in story.events:
        if e.location is not None:
            place, types = at.setdefault(_place_key(e.location), (e.location, {}))
            types.setdefault(e.type, []).append(e)
    for place, types in at.values():
        x, y = fwd(place.lon, place.lat)
        kinds = [t for t in MARKERS if t in types]
        for i, kind in enumerate(kinds):
            marker, colour, _ = MARKERS[kind]
            dx = (i - (len(kinds) - 1) / 2) * 9
            tr = offset_copy(ax.transData, fig=ax.figure, x=dx, y=0, units="points")
            ax.plot([x], [y], marker=marker, ms=7 if kind != "deploy" else 5, color=colour,
                    mec="white", mew=0.8, ls="none", transform=tr, zorder=6)
        ax.annotate(_label(place, types), (x, y), xytext=(0, -9), textcoords="offset points",
                    ha="center", va="top", fontsize=6.5, color=TEXT, zorder=7,
                    path_effects=halo())


def _label(place: Place, types: dict[str, list[Event]]) -> str:
    """The place name, then one line per event type with everyone taking part."""
    lines = [place.name]
    for kind in ("meet", "mission", "exercise", "threaten"):
        events = types.get(kind, [])
        if not events:
            continue
        if kind == "threaten":
            who = dict.fromkeys(a.code for e in events for a in e.actors)
            whom = dict.fromkeys(a.code for e in events for a in e.counterparts)
            lines.append(f"{', '.join(who)} threatens {', '.join(whom)}".strip())
            continue
        codes = dict.fromkeys(a.code for e in events for a in (*e.actors, *e.counterparts))
        units = dict.fromkeys(e.unit for e in events if e.unit and kind == "mission")
        lines.append(", ".join(codes) + (f" {', '.join(units)}" if units else ""))
    return "\n".join(lines)


def draw_places(ax, story: Story, view: View) -> None:
    """Every other mentioned place as a small grey dot, sized by its mentions."""
    used = {_place_key(p) for e in story.events for p in (e.location, e.origin) if p}
    counts = story.mention_counts()
    rest = [p for p in story.places if _place_key(p) not in used]
    if not rest:
        return
    fwd: Callable = projector(view.crs)
    xs, ys = fwd([p.lon for p in rest], [p.lat for p in rest])
    sizes = [6 + 4 * min(counts.get(p.id, 1), 10) for p in rest]
    ax.scatter(xs, ys, s=sizes, color="#8a8a8a", edgecolors="white", linewidths=0.5,
               zorder=3)
