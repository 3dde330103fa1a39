"""Dates resolved against the article date (Thursday 2026-01-15)."""

import datetime as dt

import pytest

from geo.dates import find_dates, resolve_date, week_monday

BASE = dt.date(2026, 1, 15)


@pytest.mark.parametrize(("text", "future", "expected"), [
    ("on Wednesday (January 14)", None, ("2026-01-14", "day")),
    ("on Monday", True, ("2026-01-19", "day")),
    ("on Monday", False, ("2026-01-12", "day")),
    ("Thursday", False, ("2026-01-15", "day")),
    ("this week", None, ("2026-01-12", "week")),
    ("last week", None, ("2026-01-05", "week")),
    ("next month", None, ("2026-02", "month")),
    ("in March", True, ("2026-03", "month")),
    ("3 December", False, ("2025-12-03", "day")),
    ("Dec. 3", True, ("2026-12-03", "day")),
    ("Jan. 9, 2025", None, ("2025-01-09", "day")),
    ("two days ago", None, ("2026-01-13", "day")),
    ("yesterday", None, ("2026-01-14", "day")),
    ("in 2024", None, ("2024", "year")),
    ("in the coming weeks", None, ("2026-01", "month")),
    ("2026-02-01", None, ("2026-02-01", "day")),
])
def test_resolve_date(text, future, expected):
    assert resolve_date(text, BASE, future) == expected


def test_never_a_year_in_the_wrong_direction():
    # a past month-day near New Year belongs to the year before
    assert resolve_date("December 30", dt.date(2026, 1, 2), future=False)[0] == "2025-12-30"
    assert resolve_date("January 3", dt.date(2025, 12, 30), future=True)[0] == "2026-01-03"


def test_relative_date_without_base_is_unknown():
    assert resolve_date("on Monday", None) == (None, None)
    assert resolve_date("January 9, 2025", None) == ("2025-01-09", "day")


def test_numbers_before_words_are_not_months():
    assert find_dates("it is sending 40 marines and 12 decoys") == []
    assert resolve_date("it may be sent", BASE) == (None, None)


def test_week_monday():
    assert week_monday(dt.date(2026, 1, 18)) == dt.date(2026, 1, 12)
