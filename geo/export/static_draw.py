"""Lay out a static map: title, date range, the map itself, legend and sources."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np

from geo.export.rows import is_flow
from geo.export.static_labels import place_labels, place_legend
from geo.export.static_layers import (
    draw_countries,
    draw_flows,
    draw_markers,
    draw_places,
    label_lines,
    place_key,
    sender_colours,
)
from geo.export.static_style import (
    BORDER,
    MARKERS,
    MUTED,
    OCEAN,
    TENTATIVE,
    TEXT,
    font_scale,
)
from geo.export.static_view import fit_view
from geo.model import Story

MAP_BOX = (0.012, 0.07, 0.976, 0.80)  # left, bottom, width, height in figure fractions
MAX_SOURCES_CHARS = 170


def _date(d: dt.date) -> str:
    return f"{d.day} {d:%b %Y}"


def subtitle(story: Story) -> str:
    """Date range and counts, e.g. ``"15 Jan 2026 – 20 Jan 2026 · 11 events · 2 articles"``."""
    parts = []
    span = story.date_range()
    if span:
        parts.append(_date(span[0]) if span[0] == span[1]
                     else f"{_date(span[0])} – {_date(span[1])}")
    n, k = len(story.events), len(story.documents)
    parts += [f"{n} event{'s' * (n != 1)}", f"{k} article{'s' * (k != 1)}"]
    return " · ".join(parts)


def sources_line(story: Story) -> str:
    """The articles the map is drawn from, cut to fit one line, and the outline source."""
    names = [d.title or (Path(d.source).name if d.source else d.id)
             for d in story.documents]
    text, shown = "", 0
    for name in names:
        candidate = f"{text}; {name}" if text else name
        if len(candidate) > MAX_SOURCES_CHARS:
            break
        text, shown = candidate, shown + 1
    if shown < len(names):
        text += f" … and {len(names) - shown} more"
    return f"Sources: {text or 'none'}.  Country outlines: Natural Earth."


def _legend(ax, story: Story, senders: dict):
    from matplotlib.lines import Line2D

    k = font_scale(ax.figure)
    names = {a.code: a.name for e in story.events for a in e.actors}
    handles = [Line2D([], [], color=c, lw=2.0 * k, label=f"From {names.get(code, code)}")
               for code, c in senders.items()]
    if any(is_flow(e) and e.status in TENTATIVE for e in story.events):
        handles.append(Line2D([], [], color=MUTED, lw=1.4 * k, ls=(0, (4, 2)),
                              label="Planned or announced"))
    present = {e.type for e in story.events if e.location is not None}
    for kind, (marker, colour, label) in MARKERS.items():
        if kind in present:
            handles.append(Line2D([], [], marker=marker, color=colour, ls="none",
                                  ms=5.5 * k, mec="white", label=label))
    used = {place_key(p) for e in story.events for p in (e.location, e.origin) if p}
    if any(place_key(p) not in used for p in story.places):
        handles.append(Line2D([], [], marker="o", color="#8a8a8a", ls="none", ms=4 * k,
                              mec="white", label="Other place mentioned"))
    if not handles:
        return None
    # two columns once one would take more than about 40% of the map's height
    rows_fit = max(3, int(0.4 * ax.get_position().height * ax.figure.get_size_inches()[1]
                          * 72 / (6.0 * k * 1.45)))
    return ax.legend(handles=handles, loc="upper left", fontsize=6.0 * k, framealpha=0.9,
                     edgecolor=BORDER, ncols=1 if len(handles) <= rows_fit else 2,
                     borderpad=0.45, handlelength=1.5, labelspacing=0.25,
                     columnspacing=1.0, handletextpad=0.5, borderaxespad=0.6)


def fit_width(fig, text, share: float, smallest: float = 5.0) -> None:
    """Shrink ``text`` until it spans at most ``share`` of the figure width."""
    from geo.export.static_labels import renderer_of

    limit = share * fig.get_size_inches()[0] * fig.dpi
    width = text.get_window_extent(renderer_of(fig)).width
    if width > limit:
        text.set_fontsize(max(smallest, text.get_fontsize() * limit / width))


def _pixels(ax, lines: list) -> np.ndarray:
    """The vertices of the arrows, densified to about every 4 pixels, in pixels."""
    pts = [np.zeros((0, 2))]
    for xs, ys in lines:
        xy = ax.transData.transform(np.column_stack([xs, ys]))
        counts = np.maximum(1, np.ceil(np.hypot(*np.diff(xy, axis=0).T) / 4)).astype(int)
        for i, n in enumerate(counts):
            t = np.linspace(0, 1, n, endpoint=False)[:, None]
            pts.append(xy[i] + t * (xy[i + 1] - xy[i]))
    return np.concatenate(pts)


def draw_story(fig, story: Story, outlines: dict, title: str | None = None) -> None:
    """Draw the whole static map of ``story`` onto ``fig``."""
    k = font_scale(fig)
    ax = fig.add_axes(MAP_BOX)
    w_px, h_px = fig.get_size_inches() * fig.dpi
    view = fit_view(story, aspect=(MAP_BOX[2] * w_px) / (MAP_BOX[3] * h_px))
    ax.set_facecolor(OCEAN)
    ax.set_xticks([])
    ax.set_yticks([])
    for spine in ax.spines.values():
        spine.set_color(BORDER)
        spine.set_linewidth(0.6)
    ax.set_xlim(view.xmin, view.xmax)
    ax.set_ylim(view.ymin, view.ymax)
    ax.set_aspect("equal", adjustable="datalim")
    ax.set_autoscale_on(False)
    senders = sender_colours(story)
    draw_countries(ax, story, outlines, view, senders)
    draw_places(ax, story, view)
    places = draw_markers(ax, story, view)
    shifts = {place_key(p[0]): p[5] for p in places}
    pts = _pixels(ax, draw_flows(ax, story, view, senders, shifts))
    px_per_pt = fig.dpi / 72
    markers = []
    for _, _, x, y, half, _ in places:
        cx, cy = ax.transData.transform((x, y))
        markers.append((cx - half * px_per_pt, cy - 4 * k * px_per_pt,
                        cx + half * px_per_pt, cy + 4 * k * px_per_pt))
    legend = _legend(ax, story, senders)
    hard = [place_legend(ax, legend, markers, pts)] if legend else []
    place_labels(ax, places, label_lines, pts, markers, hard)
    if not story.events:
        ax.text(0.5, 0.5, "No events found", transform=ax.transAxes, ha="center",
                va="center", fontsize=12 * k, color=MUTED)
    heading = fig.text(MAP_BOX[0], 0.975, title or "Actions and places in the news",
                       ha="left", va="top", fontsize=13 * k, weight="bold", color=TEXT)
    fit_width(fig, heading, 1 - 2 * MAP_BOX[0])
    fit_width(fig, fig.text(MAP_BOX[0], 0.905, subtitle(story), ha="left", va="top",
                            fontsize=8.5 * k, color=MUTED), 1 - 2 * MAP_BOX[0])
    foot = fig.text(MAP_BOX[0], 0.022, sources_line(story), ha="left", va="bottom",
                    fontsize=6 * k, color=MUTED)
    fit_width(fig, foot, 0.78)
    fig.text(1 - MAP_BOX[0], 0.022, "Lambert azimuthal equal-area", ha="right",
             va="bottom", fontsize=5.5 * k, color=MUTED)
