"""Lay out a static map: title, date range, the map itself, legend and sources."""

from __future__ import annotations

import datetime as dt

from geo.export.rows import is_flow
from geo.export.static_layers import (
    draw_countries,
    draw_flows,
    draw_markers,
    draw_places,
    sender_colours,
)
from geo.export.static_style import BORDER, MARKERS, MUTED, OCEAN, TENTATIVE, TEXT
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
    names = [d.title or d.source or d.id for d in story.documents]
    text, shown = "", 0
    for name in names:
        candidate = f"{text}; {name}" if text else name
        if len(candidate) > MAX_SOURCES_CHARS:
            break
        text, shown = candidate, shown + 1
    if shown < len(names):
        text += f" … and {len(names) - shown} more"
    return f"Sources: {text or 'none'}.  Country outlines: Natural Earth."


def _legend(ax, story: Story, senders: dict) -> None:
    from matplotlib.lines import Line2D

    names = {a.code: a.name for e in story.events for a in e.actors}
    handles = [Line2D([], [], color=c, lw=2.2, label=f"From {names.get(code, code)}")
               for code, c in senders.items()]
    if any(is_flow(e) and e.status in TENTATIVE for e in story.events):
        handles.append(Line2D([], [], color=MUTED, lw=1.6, ls=(0, (4, 2)),
                              label="Planned or announced"))
    present = {e.type for e in story.events if e.location is not None}
    for kind, (marker, colour, label) in MARKERS.items():
        if kind in present:
            handles.append(Line2D([], [], marker=marker, color=colour, ls="none", ms=6,
                                  mec="white", label=label))
    if handles:
        width_in = ax.figure.get_size_inches()[0]
        size = 6.5 * min(1.3, max(0.75, width_in / 8))
        ax.legend(handles=handles, loc="best", fontsize=size, framealpha=0.92,
                  edgecolor=BORDER, ncols=1 if len(handles) <= 9 else 2, borderpad=0.5,
                  handlelength=1.6, labelspacing=0.3)


def fit_width(fig, text, share: float, smallest: float = 6.0) -> None:
    """Shrink ``text`` until it spans at most ``share`` of the figure width."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    renderer = FigureCanvasAgg(fig).get_renderer()
    limit = share * fig.get_size_inches()[0] * fig.dpi
    width = text.get_window_extent(renderer).width
    if width > limit:
        text.set_fontsize(max(smallest, text.get_fontsize() * limit / width))


def draw_story(fig, story: Story, outlines: dict, title: str | None = None) -> None:
    """Draw the whole static map of ``story`` onto ``fig``."""
    ax = fig.add_axes(MAP_BOX)
    w_px, h_px = fig.get_size_inches() * fig.dpi
    view = fit_view(story, aspect=(MAP_BOX[2] * w_px) / (MAP_BOX[3] * h_px))
    ax.set_facecolor(OCEAN)
    ax.set_xticks([])
    ax.set_yticks([])
    for spine in ax.spines.values():
        spine.set_color(BORDER)
    senders = sender_colours(story)
    draw_countries(ax, story, outlines, view, senders)
    draw_places(ax, story, view)
    draw_flows(ax, story, view, senders)
    draw_markers(ax, story, view)
    ax.set_xlim(view.xmin, view.xmax)
    ax.set_ylim(view.ymin, view.ymax)
    ax.set_aspect("equal", adjustable="datalim")
    ax.set_xlabel("")
    ax.set_ylabel("")
    _legend(ax, story, senders)
    if not story.events:
        ax.text(0.5, 0.5, "No events found", transform=ax.transAxes, ha="center",
                va="center", fontsize=12, color=MUTED)
    heading = fig.text(MAP_BOX[0], 0.975, title or "Actions and places in the news",
                       ha="left", va="top", fontsize=13, weight="bold", color=TEXT)
    fit_width(fig, heading, 1 - 2 * MAP_BOX[0])
    fit_width(fig, fig.text(MAP_BOX[0], 0.905, subtitle(story), ha="left", va="top",
                            fontsize=8.5, color=MUTED), 1 - 2 * MAP_BOX[0])
    fig.text(MAP_BOX[0], 0.022, sources_line(story), ha="left", va="bottom", fontsize=6,
             color=MUTED)
    fig.text(1 - MAP_BOX[0], 0.022, "Lambert azimuthal equal-area", ha="right",
             va="bottom", fontsize=6, color=MUTED)

