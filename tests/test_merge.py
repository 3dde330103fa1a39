"""The same action reported by several documents becomes one event."""

from test_events_helpers import extract

from geo.events import dates_compatible, event_to_json, merge_events

A = ("Danish Foreign Minister Lars Berg met US Secretary of State Ann Cole in Washington "
     "on Wednesday.")
B = "Berg said after a meeting in Washington on January 14 with U.S. officials that talks " \
    "would go on. Earlier, Danish Foreign Minister Lars Berg had flown in."


def test_same_meeting_in_two_articles_is_one_event():
    a = extract(A, doc_id="a")
    b = extract("Danish Foreign Minister Lars Berg said after a meeting in Washington on "
                "January 14 with U.S. officials that talks would go on.", doc_id="b")
    merged = [e for e in merge_events([*a, *b]) if e.type == "meet"]
    assert len(merged) == 1
    event = merged[0]
    assert event.sources == 2
    assert {ev.doc_id for ev in event.evidence} == {"a", "b"}
    assert event.date == "2026-01-14"
    assert event.location.name == "Washington"


def test_distinct_actions_stay_distinct():
    a = extract("Germany sent 50 troops to Estonia on Monday.", doc_id="a")
    b = extract("Germany sent 80 troops to Lithuania on Monday.", doc_id="b")
    c = extract("Germany sent troops to Estonia on Tuesday.", doc_id="c")
    merged = merge_events([*a, *b, *c])
    assert len(merged) == 3


def test_merge_is_deterministic_and_ids_are_stable():
    a = extract(A, doc_id="a")
    b = extract("Poland will send 200 soldiers to Estonia this week.", doc_id="b")
    one = merge_events([*a, *b])
    two = merge_events([*b, *a])
    assert [e.id for e in one] == [e.id for e in two]
    assert one == two


def test_dates_compatible():
    assert dates_compatible("2026-01", "month", "2026-01-14", "day")
    assert dates_compatible("2026-01-12", "week", "2026-01-14", "day")
    assert not dates_compatible("2026-01-14", "day", "2026-01-15", "day")
    assert dates_compatible(None, None, "2026", "year")


def test_event_to_json_has_the_score_fields():
    event = extract("Germany sent 50 troops to Estonia from Berlin on Monday.")[0]
    out = event_to_json(event)
    assert out["type"] == "deploy" and out["actors"] == ["DEU"]
    assert out["location"]["name"] == "Estonia" and out["origin"]["name"] == "Berlin"
    assert out["quantity"] == 50 and out["unit"] == "troops"
    assert out["date"] == "2026-01-12" and out["date_precision"] == "day"
    assert out["sources"] == 1 and out["evidence"][0]["doc_id"] == "t"
    assert set(out) >= {"counterparts", "approximate", "status", "confidence"}
