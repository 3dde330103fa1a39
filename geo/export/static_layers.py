"""One function per layer of the static map; each draws on a matplotlib Axes."""

from __future__ import annotations

import math
from collections.abc import Callable

from geo.export.countries import country_roles
from geo.export.geodesic import great_circle
from geo.export.rows import is_flow
from geo.export.static_flows import (
    MIN_RADIUS_PT,
    SPACING_PT,
    approach_angle,
    bend_end,
    fan_ends,
    point_back,
    trim_end,
)
from geo.export.static_style import (
    BORDER,
    LAND,
    MARKERS,
    MUTED,
    ROLE_FILLS,
    SENDER_ALPHA,
    SENDER_COLOURS,
    TENTATIVE,
    font_scale,
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


def metres_per_point(ax, view: View) -> float:
    """How many projected metres one typographic point spans on ``ax``."""
    fig = ax.figure
    width_pt = ax.get_position().width * fig.get_size_inches()[0] * 72.0
    return (view.xmax - view.xmin) / width_pt


def draw_countries(ax, story: Story, outlines: dict, view: View, senders: dict) -> None:
    """Country outlines, filled by role; senders take a tint of their flow colour."""
    from matplotlib.collections import PathCollection

    roles = country_roles(story)
    half_pixel = metres_per_point(ax, view) * 72.0 / ax.figure.dpi / 2
    paths, fills = [], []
    for props, geom in projected_outlines(outlines, view, tolerance=half_pixel):
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
        paths.append(_path(geom))
        fills.append(fill)
    if paths:
        ax.add_collection(PathCollection(paths, facecolors=fills, edgecolors=BORDER,
                                         linewidths=0.4, zorder=1), autolim=False)


def _path(geom):
    """A matplotlib Path of a (Multi)Polygon, holes included."""
    import numpy as np
    from matplotlib.path import Path

    verts, codes = [], []
    for poly in getattr(geom, "geoms", [geom]):
        for ring in (poly.exterior, *poly.interiors):
            xy = np.asarray(ring.coords)
            if len(xy) < 3:
                continue
            c = np.full(len(xy), Path.LINETO, dtype=Path.code_type)
            c[0], c[-1] = Path.MOVETO, Path.CLOSEPOLY
            verts.append(xy)
            codes.append(c)
    if not verts:
        return Path(np.zeros((0, 2)))
    return Path(np.concatenate(verts), np.concatenate(codes))


def _tint(hex_colour: str, alpha: float) -> str:
    r, g, b = (int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))
    mix = [round(255 - alpha * (255 - c)) for c in (r, g, b)]
    return "#" + "".join(f"{c:02x}" for c in mix)


def flow_width(event: Event) -> float:
    """Line width in points: wider for bigger deployments."""
    return 1.2 + (0.7 * math.log10(1 + event.quantity) if event.quantity else 0.0)


def draw_flows(ax, story: Story, view: View, senders: dict,
               shifts: dict | None = None) -> list:
    """Great-circle arrows from origin to destination, coloured by the sender.

    Arrows to one place fan in (:mod:`geo.export.static_flows`) towards the destination
    marker, shifted sideways by ``shifts[place key]`` points. Returns the drawn lines
    as ``(xs, ys)`` arrays in map metres, for label placement.
    """
    import numpy as np
    from matplotlib.patches import ArrowStyle, FancyArrowPatch

    fwd = projector(view.crs)
    k = font_scale(ax.figure)
    mpt = metres_per_point(ax, view)
    groups: dict[tuple[float, float], list[tuple[Event, np.ndarray, np.ndarray]]] = {}
    for e in story.events:
        if is_flow(e) and e.origin and e.location:
            line = great_circle(e.origin, e.location)
            xs, ys = fwd([p[0] for p in line], [p[1] for p in line])
            groups.setdefault(place_key(e.location), []).append(
                (e, np.asarray(xs, float), np.asarray(ys, float)))
    drawn = []
    for key, flows in groups.items():
        angles = [approach_angle(xs, ys, 25 * k * mpt) for _, xs, ys in flows]
        tips = fan_ends(angles, SPACING_PT * k, MIN_RADIUS_PT * k)
        shift = (shifts or {}).get(key, 0.0)
        for (e, xs, ys), (tx, ty) in zip(flows, tips, strict=True):
            tip = (xs[-1] + (tx + shift) * mpt, ys[-1] + ty * mpt)
            length = float(np.hypot(np.diff(xs), np.diff(ys)).sum())
            xs, ys = bend_end(xs, ys, tip, min(0.4 * length, 90 * k * mpt))
            colour = senders.get(e.actors[0].code if e.actors else "", MUTED)
            lw = flow_width(e) * k
            head = (3.2 + 1.2 * lw) * k
            lx, ly = trim_end(xs, ys, head * 0.8 * mpt)
            style = (0, (4, 2)) if e.status in TENTATIVE else "solid"
            ax.plot(lx, ly, color=colour, lw=lw, ls=style, alpha=0.9,
                    solid_capstyle="butt", dash_capstyle="butt", zorder=4)
            base = point_back(xs, ys, head * mpt)
            ax.add_patch(FancyArrowPatch(
                base, (xs[-1], ys[-1]), shrinkA=0, shrinkB=0, lw=0.4, color=colour,
                arrowstyle=ArrowStyle("-|>", head_length=head, head_width=head * 0.55),
                mutation_scale=1, zorder=5))
            ox, oy = xs[0], ys[0]
            ax.plot([ox], [oy], "o", ms=3.5 * k, color=colour, mec="white", mew=0.5,
                    zorder=5)
            drawn.append((xs, ys))
    return drawn


def place_key(p: Place) -> tuple[float, float]:
    return (round(p.lat, 4), round(p.lon, 4))


def events_by_place(story: Story) -> list[tuple[Place, dict[str, list[Event]]]]:
    """Events grouped by their location, then by type; one entry per place."""
    at: dict[tuple[float, float], tuple[Place, dict[str, list[Event]]]] = {}
    for e in story.events:
        if e.location is not None:
            _, types = at.setdefault(place_key(e.location), (e.location, {}))
            types.setdefault(e.type, []).append(e)
    return list(at.values())


def draw_markers(ax, story: Story, view: View) -> list[tuple]:
    """A marker per event type at each event location, side by side when they share one.

    The deployment marker goes on the side the arrows come from. Returns, per place,
    ``(place, events by type, x, y, half width of the markers in points, sideways shift
    of the deployment marker in points)``.
    """
    from matplotlib.transforms import offset_copy

    fwd = projector(view.crs)
    k = font_scale(ax.figure)
    out = []
    for place, types in events_by_place(story):
        x, y = fwd(place.lon, place.lat)
        kinds = [t for t in MARKERS if t in types and t != "deploy"]
        if "deploy" in types:
            # on the side the arrows come from, so they do not cross the other markers
            origins = [e.origin for e in types["deploy"] if e.origin is not None]
            east = sum(fwd(o.lon, o.lat)[0] - x for o in origins) if origins else 0.0
            kinds.insert(len(kinds) if east > 0 else 0 if east < 0 else len(kinds) // 2,
                         "deploy")
        step = 9 * k
        for i, kind in enumerate(kinds):
            marker, colour, _ = MARKERS[kind]
            dx = (i - (len(kinds) - 1) / 2) * step
            tr = offset_copy(ax.transData, fig=ax.figure, x=dx, y=0, units="points")
            ax.plot([x], [y], marker=marker, ms=(7 if kind != "deploy" else 5) * k,
                    color=colour, mec="white", mew=0.8, ls="none", transform=tr, zorder=6)
        middle = (kinds.index("deploy") - (len(kinds) - 1) / 2) * step \
            if "deploy" in kinds else 0.0
        out.append((place, types, x, y, (len(kinds) * step) / 2, middle))
    return out


def brief(codes, limit: int = 4) -> str:
    """Codes joined by commas, the rest counted: ``"CAN, FRA, DEU, NOR +2"``."""
    codes = list(dict.fromkeys(codes))
    text = ", ".join(codes[:limit])
    return text + (f" +{len(codes) - limit}" if len(codes) > limit else "")


def label_lines(types: dict[str, list[Event]]) -> list[str]:
    """One short line per kind of event at a place (arrows already show deployments)."""
    lines = []
    for kind in ("meet", "mission", "exercise", "threaten", "deploy"):
        events = types.get(kind, [])
        if kind == "deploy":
            events = [e for e in events if e.origin is None]
        if not events:
            continue
        n = len(events)
        if kind == "threaten":
            who = brief(a.code for e in events for a in e.actors)
            whom = brief([a.code for e in events for a in e.counterparts], 3)
            lines.append(f"Threat: {who} → {whom}" if whom else f"Threat by {who}")
        elif kind == "meet":
            codes = brief(a.code for e in events for a in (*e.actors, *e.counterparts))
            lines.append(f"{'Meeting' if n == 1 else f'{n} meetings'}: {codes}")
        elif kind == "mission":
            unit = next((e.unit for e in events if e.unit), "mission")
            codes = brief(a.code for e in events for a in e.actors)
            lines.append(f"{unit.capitalize()}{'s' * (n > 1 and not unit.endswith('s'))}: "
                         f"{codes}")
        elif kind == "exercise":
            lines.append(f"Exercise: {brief(a.code for e in events for a in e.actors)}")
        else:
            lines.append(f"Sent here: {brief(a.code for e in events for a in e.actors)}")
    return lines


def draw_places(ax, story: Story, view: View) -> None:
    """Every other mentioned place as a small grey dot, sized by its mentions."""
    used = {place_key(p) for e in story.events for p in (e.location, e.origin) if p}
    counts = story.mention_counts()
    rest = [p for p in story.places if place_key(p) not in used]
    if not rest:
        return
    fwd: Callable = projector(view.crs)
    xs, ys = fwd([p.lon for p in rest], [p.lat for p in rest])
    k2 = font_scale(ax.figure) ** 2
    sizes = [(6 + 3 * min(counts.get(p.id, 1), 10)) * k2 for p in rest]
    ax.scatter(xs, ys, s=sizes, color="#8a8a8a", edgecolors="white", linewidths=0.5,
               zorder=3)
