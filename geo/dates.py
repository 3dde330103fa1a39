"""Dates in news text resolved against the article's date, each with its precision.

``resolve_date("Wednesday", date(2026, 1, 15))`` → ``("2026-01-14", "day")``. Rules cover
what news writes (weekdays, "January 14", "this week", "in the coming weeks", "two days
ago"); only when they fail is :mod:`dateparser` asked (imported then, it is slow).

The ISO string is cut to the precision: ``"2026-01-14"`` (day), ``"2026-01"`` (month),
``"2026"`` (year). A week is given as the date of its Monday with precision ``"week"`` (as
:class:`geo.model.Event` documents), so a week never looks more precise than it is and
still starts with its month.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

__all__ = ["DateSpan", "find_dates", "resolve_date", "week_monday"]

MONTHS = {m: i + 1 for i, m in enumerate((
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december"))}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
WEEKDAYS = {d: i for i, d in enumerate(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
           "seven": 7, "eight": 8, "nine": 9, "ten": 10, "few": 3, "several": 3}

_MON = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?" \
       r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])\.?"
_DAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_ORD = r"(?:st|nd|rd|th)?"
_PATTERNS = [
    ("iso", r"\b(\d{4})-(\d{2})-(\d{2})\b"),
    ("md", rf"\b({_MON})\s+(\d{{1,2}}){_ORD}\b(?:,?\s+(\d{{4}})\b)?"),
    ("dm", rf"\b(\d{{1,2}}){_ORD}\s+({_MON})(?:,?\s+(\d{{4}})\b)?"),
    ("my", rf"\b(?:(?:in|since|by|until|from|of)\s+|(?:early|mid|late)-?\s*)({_MON})"
           rf"(?:\s+(\d{{4}}))?\b"),
    ("rel_wd", rf"\b(last|next|this|coming)\s+({_DAY})\b"),
    ("wd", rf"\b({_DAY})\b"),
    ("word", r"\b(today|tonight|yesterday|tomorrow)\b"),
    ("ago", r"\b(\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|few|several)"
            r"\s+(day|week|month|year)s?\s+ago\b"),
    ("span", r"\b(?:(?:earlier|later)\s+)?(this|last|next|past|coming)\s+"
             r"(week(?:end)?|month|year)\b"),
    ("coming", r"\b(?:in|over|within)\s+the\s+(?:coming|next)\s+(days|weeks|months|years)\b"
               r"|\bwithin\s+(?:a\s+matter\s+of\s+)?(days|weeks|months)\b"),
    ("year", r"\b(?:in|since|by|until|of|from)\s+((?:19|20)\d{2})\b"),
]
_RX = [(kind, re.compile(rx, re.IGNORECASE)) for kind, rx in _PATTERNS]


@dataclass(frozen=True, slots=True)
class DateSpan:
    """A date expression found in a text: offsets, its words and which rule found it."""

    start: int
    end: int
    text: str
    kind: str


def find_dates(text: str) -> list[DateSpan]:
    """Every date expression in ``text``, left to right, the longer one where two overlap."""
    found: list[DateSpan] = []
    for kind, rx in _RX:
        for m in rx.finditer(text):
            if kind == "my" and m.group(1).lower().rstrip(".") == "may" and not m.group(2):
                continue  # "in May" is a month, but "may" alone is the modal verb
            if any(s.start <= m.start() < s.end or m.start() <= s.start < m.end()
                   for s in found):
                continue
            found.append(DateSpan(m.start(), m.end(), m.group(0), kind))
    return sorted(found, key=lambda s: s.start)


def week_monday(day: dt.date) -> dt.date:
    """The Monday of the ISO week ``day`` is in."""
    return day - dt.timedelta(days=day.weekday())


def _cut(day: dt.date, precision: str) -> tuple[str, str]:
    if precision == "year":
        return f"{day.year:04d}", precision
    if precision == "month":
        return f"{day.year:04d}-{day.month:02d}", precision
    if precision == "week":
        return week_monday(day).isoformat(), precision
    return day.isoformat(), "day"


def _pick_year(month: int, day: int, base: dt.date, future: bool | None) -> dt.date | None:
    options = []
    for year in (base.year - 1, base.year, base.year + 1):
        try:
            options.append(dt.date(year, month, day))
        except ValueError:
            continue
    if not options:
        return None
    if future is True:
        later = [d for d in options if d >= base - dt.timedelta(days=1)]
        return min(later) if later else max(options)
    if future is False:
        earlier = [d for d in options if d <= base + dt.timedelta(days=1)]
        return max(earlier) if earlier else min(options)
    return min(options, key=lambda d: abs((d - base).days))


def _weekday(name: str, base: dt.date, future: bool | None, rel: str = "") -> dt.date:
    target = WEEKDAYS[name.lower()]
    back = (base.weekday() - target) % 7
    ahead = (target - base.weekday()) % 7
    if rel == "last":
        return base - dt.timedelta(days=back or 7)
    if rel in ("next", "coming"):
        return base + dt.timedelta(days=ahead or 7)
    if rel == "this":
        return week_monday(base) + dt.timedelta(days=target)
    if future:
        return base + dt.timedelta(days=ahead)
    return base - dt.timedelta(days=back)


def _shift(base: dt.date, unit: str, n: int) -> dt.date:
    if unit.startswith("week"):
        return base + dt.timedelta(weeks=n)
    if unit.startswith("day"):
        return base + dt.timedelta(days=n)
    if unit.startswith("month"):
        month = base.month - 1 + n
        return dt.date(base.year + month // 12, month % 12 + 1, 1)
    return dt.date(base.year + n, 1, 1)


def _rule(kind: str, m: re.Match, base: dt.date, future: bool | None):
    g = [x.lower().rstrip(".") if x else x for x in m.groups()]
    if kind == "iso":
        return dt.date(int(g[0]), int(g[1]), int(g[2])), "day"
    if kind in ("md", "dm"):
        mon, day = (g[0], g[1]) if kind == "md" else (g[1], g[0])
        month, d = MONTHS[mon], int(day)
        if g[2]:
            return dt.date(int(g[2]), month, d), "day"
        picked = _pick_year(month, d, base, future)
        return (picked, "day") if picked else None
    if kind == "my":
        month = MONTHS[g[0]]
        if g[1]:
            return dt.date(int(g[1]), month, 1), "month"
        picked = _pick_year(month, 1, dt.date(base.year, base.month, 1), future)
        return (picked, "month") if picked else None
    if kind == "rel_wd":
        return _weekday(g[1], base, future, g[0]), "day"
    if kind == "wd":
        return _weekday(g[0], base, future), "day"
    if kind == "word":
        shift = {"yesterday": -1, "tomorrow": 1}.get(g[0], 0)
        return base + dt.timedelta(days=shift), "day"
    if kind == "ago":
        n = int(g[0]) if g[0].isdigit() else NUMBERS.get(g[0], 1)
        return _shift(base, g[1], -n), "day" if g[1] == "day" else g[1]
    if kind == "span":
        rel, unit = g[0], g[1]
        n = {"last": -1, "past": -1, "next": 1}.get(rel, 0)
        if unit == "weekend":
            saturday = week_monday(base) + dt.timedelta(days=5 + 7 * n)
            return saturday, "week"
        return _shift(base, unit, n), unit
    if kind == "coming":
        unit = g[0] or g[1]
        return base, "year" if unit in ("months", "years") else "month"
    if kind == "year":
        return dt.date(int(g[0]), 1, 1), "year"
    return None


def resolve_date(text: str, base: dt.date | None, future: bool | None = None
                 ) -> tuple[str | None, str | None]:
    """Resolve a date expression against ``base`` (the article date): ``(iso, precision)``.

    ``future`` says which way a bare weekday or month points (True for what is planned,
    False for what happened, None for the nearest). Returns ``(None, None)`` when the
    text holds no date or a relative one has no base.

    >>> resolve_date("on Wednesday (January 14)", dt.date(2026, 1, 15))
    ('2026-01-14', 'day')
    >>> resolve_date("on Monday", dt.date(2026, 1, 15), future=True)
    ('2026-01-19', 'day')
    >>> resolve_date("this week", dt.date(2026, 1, 15))
    ('2026-01-12', 'week')
    """
    spans = find_dates(text)
    for span in sorted(spans, key=lambda s: _PRIORITY.index(s.kind)):
        rx = dict(_RX)[span.kind]
        m = rx.match(text, span.start)
        if m is None:
            continue
        if base is None and span.kind not in ("iso", "year") and not (
                span.kind in ("md", "dm", "my") and m.group(m.re.groups)):
            continue
        try:
            got = _rule(span.kind, m, base or dt.date(1970, 1, 1), future)
        except (ValueError, KeyError):
            continue
        if got:
            return _cut(*got)
    return _dateparser(text, base, future)


_PRIORITY = ["iso", "md", "dm", "my", "year", "rel_wd", "wd", "word", "ago", "span", "coming"]


def _dateparser(text: str, base: dt.date | None, future: bool | None
                ) -> tuple[str | None, str | None]:
    """Last resort: ask dateparser (lazily imported) for a day-precise date."""
    if not re.search(r"\d|[A-Za-z]{3}", text) or (base is None and not re.search(
            r"\b\d{4}\b", text)):
        return None, None  # nothing to parse, or relative to an unknown date
    import dateparser  # slow to import: only here

    settings: dict = {"PREFER_DATES_FROM": "future" if future else "past",
                      "RETURN_AS_TIMEZONE_AWARE": False}
    if base is not None:
        settings["RELATIVE_BASE"] = dt.datetime(base.year, base.month, base.day)
    try:
        got = dateparser.parse(text, languages=["en"], settings=settings)
    except (ValueError, OverflowError, TypeError):
        return None, None
    return _cut(got.date(), "day") if got else (None, None)
