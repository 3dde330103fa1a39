"""Static maps for reports (PNG, SVG), drawn with matplotlib from country outlines.

No tiles and no browser: country outlines from :func:`geo.shapes.load_countries`, coloured
by role; deployments as great-circle arrows coloured by sender and widened by size;
markers for meetings, missions, exercises and threats, labelled with their place; a
legend, a title, the date range and the sources.

>>> size_inches(1600, 1000, "px", 200)
(8.0, 5.0)
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from geo.atomic import atomic_path
from geo.errors import InputError
from geo.export.static_draw import draw_story
from geo.export.static_view import fit_view
from geo.model import Story

Unit = Literal["px", "in"]
DEFAULT_DPI = 200
DEFAULT_PX = (1600, 1000)
MIN_DPI = 150


def size_inches(width: float | None, height: float | None, unit: Unit = "px",
                dpi: int = DEFAULT_DPI, aspect: float = 1.6) -> tuple[float, float]:
    """The figure size in inches from a width and/or height in pixels or inches.

    When only one side is given, the other follows ``aspect`` (width / height).
    """
    if unit not in ("px", "in"):
        raise InputError(f"unknown size unit {unit!r}: use 'px' or 'in'")
    scale = 1.0 / dpi if unit == "px" else 1.0
    if width is None and height is None:
        width, height, scale = DEFAULT_PX[0], DEFAULT_PX[1], 1.0 / dpi
    elif width is None:
        width = height * aspect  # type: ignore[operator]
    elif height is None:
        height = width / aspect
    w, h = width * scale, height * scale
    if w <= 0 or h <= 0 or w * dpi > 20000 or h * dpi > 20000:
        raise InputError(f"static map size {width}×{height} {unit} is out of range: "
                         "give 1 to 20000 pixels a side")
    return (w, h)


def static_figure(story: Story, width: float | None = None, height: float | None = None,
                  unit: Unit = "px", dpi: int = DEFAULT_DPI, title: str | None = None,
                  outlines: dict | None = None):
    """Draw ``story`` on a new :class:`matplotlib.figure.Figure` and return it."""
    from matplotlib.figure import Figure

    if dpi < MIN_DPI:
        raise InputError(f"dpi {dpi} is too low for print: use {MIN_DPI} or more")
    aspect = fit_view(story).aspect
    w, h = size_inches(width, height, unit, dpi, aspect=min(2.2, max(0.8, aspect)))
    fig = Figure(figsize=(w, h), dpi=dpi)
    if outlines is None:
        from geo.shapes import load_countries

        outlines = load_countries()
    draw_story(fig, story, outlines, title)
    return fig


def write_static(story: Story, path: str | os.PathLike[str], *, width: float | None = None,
                 height: float | None = None, unit: Unit = "px", dpi: int = DEFAULT_DPI,
                 title: str | None = None, outlines: dict | None = None) -> Path:
    """Write a static map of ``story`` as PNG or SVG (by suffix) and return the path.

    Sizes: ``width``/``height`` in ``unit`` ("px" or "in") at ``dpi`` (default 1600×1000 px
    at 200 dpi). A PNG has exactly the pixel size asked.
    """
    fmt = Path(path).suffix.lower().lstrip(".")
    if fmt not in ("png", "svg"):
        raise InputError(f"static maps are .png or .svg, not {Path(path).name}")
    fig = static_figure(story, width, height, unit, dpi, title, outlines)
    with atomic_path(path) as tmp:
        fig.savefig(tmp, format=fmt, dpi=dpi, metadata=_metadata(fmt))
    return Path(path)


def _metadata(fmt: str) -> dict:
    # Pinned metadata so the same story gives the same file on every run.
    if fmt == "svg":
        return {"Date": None, "Creator": "geo"}
    return {"Software": "geo"}
