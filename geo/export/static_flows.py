"""Deployment arrows that fan in: arrows to one place end side by side, not on one point.

Flows to the same destination are grouped by the side they come from; in a group, the
tips sit side by side just short of the destination, an arrowhead apart, in the order
the flows arrive; the last stretch of each great circle is bent smoothly to its tip.
"""

from __future__ import annotations

import math

import numpy as np

SPACING_PT = 6.0  # distance between neighbouring arrow tips, in points
MIN_RADIUS_PT = 7.0  # arrow tips stay at least this far from the destination's centre


def fan_ends(angles: list[float], spacing: float = SPACING_PT,
             radius: float = MIN_RADIUS_PT) -> list[tuple[float, float]]:
    """Tip offsets (points, from the destination) for arrows arriving from ``angles``.

    Arrows coming from roughly one side (within 60°) form a bundle: their tips sit
    ``radius`` from the destination on that side, side by side ``spacing`` apart, in the
    order they arrive, so neighbouring arrowheads never cover each other.

    >>> tips = fan_ends([0.0, 0.1])
    >>> round(math.dist(*tips), 3) == SPACING_PT
    True
    """
    order = sorted(range(len(angles)), key=lambda i: angles[i])
    clusters: list[list[int]] = []
    for i in order:
        if clusters and angles[i] - angles[clusters[-1][-1]] <= math.pi / 3:
            clusters[-1].append(i)
        else:
            clusters.append([i])
    if len(clusters) > 1 and angles[clusters[0][0]] + 2 * math.pi \
            - angles[clusters[-1][-1]] <= math.pi / 3:
        clusters[0] = clusters.pop() + clusters[0]
    out = [(0.0, 0.0)] * len(angles)
    for members in clusters:
        mean = math.atan2(sum(math.sin(angles[i]) for i in members),
                          sum(math.cos(angles[i]) for i in members))
        ux, uy = math.cos(mean), math.sin(mean)
        # sideways axis: members sorted by angle run anticlockwise across it
        vx, vy = -uy, ux
        members = sorted(members, key=lambda i: (angles[i] - mean + math.pi)
                         % (2 * math.pi))
        for k, i in enumerate(members):
            side = (k - (len(members) - 1) / 2) * spacing
            out[i] = (radius * ux + side * vx, radius * uy + side * vy)
    return out


def approach_angle(xs: np.ndarray, ys: np.ndarray, back: float) -> float:
    """The direction from the line's end towards its point ``back`` metres before it."""
    x, y = point_back(xs, ys, back)
    return math.atan2(y - ys[-1], x - xs[-1])


def point_back(xs: np.ndarray, ys: np.ndarray, dist: float) -> tuple[float, float]:
    """The point ``dist`` metres before the end of the polyline (its start if shorter)."""
    seg = np.hypot(np.diff(xs), np.diff(ys))
    acc = 0.0
    for i in range(len(seg) - 1, -1, -1):
        if acc + seg[i] >= dist and seg[i] > 0:
            t = (dist - acc) / seg[i]
            return (xs[i + 1] + t * (xs[i] - xs[i + 1]), ys[i + 1] + t * (ys[i] - ys[i + 1]))
        acc += seg[i]
    return (xs[0], ys[0])


def bend_end(xs: np.ndarray, ys: np.ndarray, target: tuple[float, float],
             blend: float) -> tuple[np.ndarray, np.ndarray]:
    """Move the line's end to ``target``, easing the shift in over the last ``blend`` metres.

    The line keeps its own direction at the end, so the arrowhead still points along it.
    """
    seg = np.hypot(np.diff(xs), np.diff(ys))
    from_end = np.concatenate([np.cumsum(seg[::-1])[::-1], [0.0]])
    blend = max(blend, 1e-9)
    t = np.clip(1 - from_end / blend, 0, 1)
    w = t * t * (3 - 2 * t)
    dx, dy = target[0] - xs[-1], target[1] - ys[-1]
    return xs + w * dx, ys + w * dy


def trim_end(xs: np.ndarray, ys: np.ndarray, dist: float) -> tuple[np.ndarray, np.ndarray]:
    """The polyline without its last ``dist`` metres (where the arrowhead goes)."""
    seg = np.hypot(np.diff(xs), np.diff(ys))
    from_end = np.concatenate([np.cumsum(seg[::-1])[::-1], [0.0]])
    keep = from_end > dist
    px, py = point_back(xs, ys, dist)
    return np.append(xs[keep], px), np.append(ys[keep], py)
