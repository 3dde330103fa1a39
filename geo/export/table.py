"""CSV: one row per event for spreadsheets, with ``lat``/``lon`` columns.

UTF-8 with a byte-order mark so Excel reads accents right; missing values are empty cells;
booleans are ``true``/``false``; coordinates have at most 6 decimals. Text cells that a
spreadsheet would run as a formula (starting with ``= + - @``) get a leading ``'``.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
from pathlib import Path

from geo.atomic import write_text
from geo.export.rows import EVENT_SCHEMA, event_row
from geo.model import Story

CSV_FIELDS: tuple[str, ...] = (
    "id", "type", "status", "label", "date", "date_precision", "date_start", "date_end",
    "actors", "actor_names", "counterparts", "location_name", "location_country", "lat", "lon",
    "origin_name", "origin_country", "origin_lat", "origin_lon", "quantity", "unit",
    "approximate", "confidence", "sources", "doc_ids", "quote",
)
_KINDS = dict(EVENT_SCHEMA)
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: object, kind: str) -> str:
    if value is None:
        return ""
    if kind == "bool":
        return "true" if value else "false"
    if kind == "real":
        return repr(round(float(value), 6))
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value)
    return "'" + text if kind == "str" and text.startswith(_FORMULA) else text


def csv_text(story: Story) -> str:
    """The event table as CSV text (header first, one row per event)."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(CSV_FIELDS)
    for event in story.events:
        row = event_row(event)
        writer.writerow([_cell(row[name], _KINDS[name]) for name in CSV_FIELDS])
    return buf.getvalue()


def write_csv(story: Story, path: str | os.PathLike[str]) -> Path:
    """Write the event table to ``path`` (UTF-8 with BOM) and return the path."""
    return write_text(path, "\ufeff" + csv_text(story))
