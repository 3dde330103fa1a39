"""Colours and markers of the static map, in one place."""

from __future__ import annotations

OCEAN = "#dde8f0"
LAND = "#f3f0ea"
BORDER = "#a9a397"
TEXT = "#222222"
MUTED = "#666666"
SENDER_COLOURS = ("#1f5fa8", "#e07b00", "#2a8c3f", "#7b4fa0", "#8c564b", "#d4449a",
                  "#138d9c", "#9a9a17", "#555555", "#b22222")
ROLE_FILLS = {"destination": "#f2b8a8", "threatened": "#f2b8a8", "threatener": "#f6dcb0",
              "host": "#ddd5ee", "participant": "#e6e2f2", "sender": "#dbe6f4"}
SENDER_ALPHA = 0.28
# event type → (marker, colour, legend label)
MARKERS = {
    "meet": ("s", "#3b4fa5", "Meeting"),
    "mission": ("D", "#1f8a4c", "Mission (consulate, embassy)"),
    "exercise": ("^", "#e07b00", "Exercise"),
    "threaten": ("X", "#c62828", "Threat"),
    "deploy": ("o", "#222222", "Deployment destination"),
}
TENTATIVE = ("planned", "announced", "conditional")


def font_scale(fig) -> float:
    """How much to scale text and marks: 1 at 8×5 in, smaller on small figures."""
    w, h = fig.get_size_inches()
    return min(1.4, max(0.6, min(w / 8.0, h / 5.0)))
