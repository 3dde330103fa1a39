"""Deterministic colours: one per actor code, one per country role.

Well-known actors get fixed, distinct colours; any other code gets one from a larger
palette chosen by a stable hash (CRC-32), so the same code has the same colour on every
map and in every run.
"""

from __future__ import annotations

import zlib

FIXED: dict[str, str] = {
    "USA": "#1f3a93", "DNK": "#c8102e", "GRL": "#2a9d8f", "DEU": "#222222",
    "FRA": "#0072bb", "GBR": "#7b2cbf", "NOR": "#e76f51", "SWE": "#e9b200",
    "FIN": "#4cc9f0", "CAN": "#d62828", "NLD": "#f77f00", "ISL": "#3a86ff",
    "RUS": "#6a040f", "CHN": "#9d0208", "NATO": "#004990", "EU": "#003399",
    "UN": "#5b92e5", "POL": "#b5179e", "BEL": "#8d6e00", "ITA": "#008c45",
}
EXTRA: tuple[str, ...] = (
    "#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#a6761d", "#666666",
    "#386cb0", "#bf5b17", "#8c510a", "#01665e", "#762a83", "#b2182b", "#2166ac",
)
UNKNOWN = "#555555"
THREAT = "#d00000"

# Country roles in the choropleth, strongest first: a country with several roles is
# painted with the first of them (the tooltip lists all).
ROLE_COLOURS: dict[str, str] = {
    "threatening": "#d00000",
    "threatened": "#ff9f1c",
    "host": "#2a9d8f",
    "sender": "#457b9d",
    "participant": "#b8a1d9",
}
ROLE_LABELS: dict[str, str] = {
    "threatening": "threatening state",
    "threatened": "threatened / target",
    "host": "host (destination, venue)",
    "sender": "sending state",
    "participant": "meeting participant",
}


def actor_colour(code: str | None) -> str:
    """The colour of an actor code (``"DEU"``, ``"NATO"``); grey for None."""
    if not code:
        return UNKNOWN
    code = code.upper()
    if code in FIXED:
        return FIXED[code]
    return EXTRA[zlib.crc32(code.encode("utf-8")) % len(EXTRA)]
