"""Place labels and the legend where they hide the least: greedy, in pixel space.

Each place gets one label: its name in bold and a short line per kind of event. The
label tries eight spots round its markers and takes the one overlapping least with the
labels already placed, the markers, the arrows, the legend and the map's edge.
"""

from __future__ import annotations

import numpy as np

from geo.export.static_style import TEXT, font_scale

# (dx, dy) direction of the label from its place; alignment follows from the sign
SPOTS = ((0, -1), (0, 1), (1, 0), (-1, 0), (1, -1), (-1, -1), (1, 1), (-1, 1))
Box = tuple[float, float, float, float]  # x0, y0, x1, y1 in pixels


def overlap(a: Box, b: Box) -> float:
    """Area shared by two boxes."""
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    return w * h if w > 0 and h > 0 else 0.0


def outside(box: Box, frame: Box) -> float:
    """Area of ``box`` outside ``frame``."""
    return (box[2] - box[0]) * (box[3] - box[1]) - overlap(box, frame)


def points_in(box: Box, pts: np.ndarray) -> int:
    """How many of the ``(n, 2)`` pixel points lie in ``box``."""
    if not len(pts):
        return 0
    inside = ((pts[:, 0] >= box[0]) & (pts[:, 0] <= box[2])
              & (pts[:, 1] >= box[1]) & (pts[:, 1] <= box[3]))
    return int(inside.sum())


def score(box: Box, frame: Box, boxes: list[Box], hard: list[Box], pts: np.ndarray) -> float:
    """How bad a spot is: overlaps with labels and legend count most, then arrows."""
    return (5 * outside(box, frame) + 3 * sum(overlap(box, b) for b in hard)
            + 2 * sum(overlap(box, b) for b in boxes) + 60 * points_in(box, pts))


def renderer_of(fig):
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    return FigureCanvasAgg(fig).get_renderer()


def place_legend(ax, legend, markers: list[Box], pts: np.ndarray) -> Box:
    """Move ``legend`` to the corner of ``ax`` where it covers least; return its box."""
    renderer = renderer_of(ax.figure)
    bb = legend.get_window_extent(renderer)
    w, h = bb.width, bb.height
    a = ax.get_window_extent(renderer)
    pad = legend.borderaxespad * legend.prop.get_size_in_points() * ax.figure.dpi / 72
    corners = {
        "upper left": (a.x0 + pad, a.y1 - pad - h),
        "upper right": (a.x1 - pad - w, a.y1 - pad - h),
        "lower left": (a.x0 + pad, a.y0 + pad),
        "lower right": (a.x1 - pad - w, a.y0 + pad),
    }
    best, best_box, best_score = "upper left", None, None
    for loc, (x0, y0) in corners.items():
        box = (x0, y0, x0 + w, y0 + h)
        s = 3 * sum(overlap(box, m) for m in markers) + 30 * points_in(box, pts)
        if best_score is None or s < best_score:
            best, best_box, best_score = loc, box, s
    legend.set_loc(best)
    return best_box  # type: ignore[return-value]


def place_labels(ax, places: list, lines_of, pts: np.ndarray, markers: list[Box],
                 hard: list[Box]) -> list[Box]:
    """Label every place once; ``places`` are ``(place, types, x, y, half_width_pt, ...)``.

    ``lines_of(types)`` gives the lines under the name. Busier places are placed first.
    Returns the label boxes in pixels.
    """
    from geo.export.static_layers import halo

    fig = ax.figure
    renderer = renderer_of(fig)
    k = font_scale(fig)
    px_per_pt = fig.dpi / 72.0
    frame_bb = ax.get_window_extent(renderer)
    frame = (frame_bb.x0, frame_bb.y0, frame_bb.x1, frame_bb.y1)
    boxes: list[Box] = []
    order = sorted(places, key=lambda p: -sum(len(v) for v in p[1].values()))
    for place, types, x, y, half, _ in order:
        name = ax.annotate(place.name, (x, y), xytext=(0, 0), textcoords="offset points",
                           fontsize=7 * k, weight="bold", color=TEXT, zorder=8,
                           path_effects=halo(), annotation_clip=False)
        lines = lines_of(types)
        body = ax.annotate("\n".join(lines), (x, y), xytext=(0, 0),
                           textcoords="offset points", fontsize=6 * k, color=TEXT,
                           zorder=8, path_effects=halo(), linespacing=1.15,
                           annotation_clip=False) if lines else None
        nb = name.get_window_extent(renderer)
        bb = body.get_window_extent(renderer) if body else None
        w = max(nb.width, bb.width if bb else 0) / px_per_pt
        h = (nb.height + (bb.height if bb else 0)) / px_per_pt
        cx, cy = ax.transData.transform((x, y))
        gap_x, gap_y = half + 3 * k, 6 * k
        best = None
        for rank, (sx, sy) in enumerate(SPOTS):
            left = {1: gap_x, 0: -w / 2, -1: -gap_x - w}[sx]
            bottom = {1: gap_y, 0: -h / 2, -1: -gap_y - h}[sy]
            box = (cx + left * px_per_pt, cy + bottom * px_per_pt,
                   cx + (left + w) * px_per_pt, cy + (bottom + h) * px_per_pt)
            s = score(box, frame, boxes, hard + markers, pts) + rank
            if best is None or s < best[0]:
                best = (s, left, bottom, box, sx)
        _, left, bottom, box, sx = best  # type: ignore[misc]
        ha = {1: "left", 0: "center", -1: "right"}[sx]
        anchor_x = {1: left, 0: left + w / 2, -1: left + w}[sx]
        top = bottom + h
        name.set_position((anchor_x, top))
        name.set(ha=ha, va="top")
        if body:
            body.set_position((anchor_x, top - nb.height / px_per_pt))
            body.set(ha=ha, va="top", multialignment=ha)
        boxes.append(box)
    return boxes
