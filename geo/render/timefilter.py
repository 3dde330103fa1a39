"""Dates for the slider: every event item carries the index of its first possible day
among the story's distinct dates (-1 when undated); the page's runtime
(``geoRender.timeFilter``) hides the items after the chosen date and keeps the undated
ones, and unchecking a layer in the layer control still wins."""

from __future__ import annotations

import re

from geo.model import Event

_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


def date_key(event: Event) -> str | None:
    """The first day an event's date can mean, as ``YYYY-MM-DD`` ("2026-01" → "2026-01-01")."""
    m = _DATE.match(event.date or "")
    if not m:
        return None
    return f"{m.group(1)}-{m.group(2) or '01'}-{m.group(3) or '01'}"
