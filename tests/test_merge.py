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


def _meets(events):
    return [(e.location.name if e.location else None, e.status, e.date, len(e.evidence))
            for e in events if e.type == "meet"]


def test_a_meeting_with_no_place_joins_the_placed_one_of_its_text():
    events = extract("Danish and US officials have met face to face. Danish Foreign Minister "
                     "Lars Berg said after a meeting in Washington with U.S. officials on "
                     "Wednesday that talks would go on.")
    assert _meets(events) == [("Washington", "done", "2026-01-14", 2)]


def test_a_meeting_with_no_place_stays_apart_when_it_could_join_several():
    events = extract("Denmark and the United States have held talks. Denmark and the United "
                     "States held talks in Washington on Monday. Denmark and the United "
                     "States held talks in Nuuk on Wednesday.")
    assert sorted(_meets(events), key=str) == [
        ("Nuuk", "done", "2026-01-14", 1), ("Washington", "done", "2026-01-12", 1),
        (None, "done", "2026-01", 1)]


def test_a_meeting_with_no_place_joins_no_placed_one_of_another_text():
    a = extract("Denmark and the United States have held talks.", doc_id="a")
    b = extract("Denmark and the United States held talks in Washington on Monday.",
                doc_id="b")
    assert sorted(_meets(merge_events([*a, *b])), key=str) == [
        ("Washington", "done", "2026-01-12", 1), (None, "done", "2026-01", 1)]


def test_a_plan_and_a_deed_in_one_text_are_two_actions():
    events = extract("Denmark and the United States have held talks. Denmark and the United "
                     "States agreed to form a working group.")
    assert sorted(_meets(events), key=str) == [(None, "done", "2026-01", 1),
                                               (None, "planned", "2026", 1)]


def test_an_announced_action_and_its_plan_in_one_text_are_one_action():
    events = extract("Germany agreed to send troops to Lithuania. Germany will send the "
                     "troops to Lithuania this month.")
    assert [(e.status, len(e.evidence)) for e in events] == [("announced", 2)]


def test_a_plan_and_its_announcement_in_one_text_are_one_action():
    events = extract("Germany will send troops to Lithuania this month. Germany agreed to "
                     "send the troops to Lithuania.")
    assert [(e.status, len(e.evidence)) for e in events] == [("planned", 2)]


def test_a_planned_meeting_with_no_place_joins_no_announced_one():
    events = extract("Denmark and the United States will hold talks. Denmark and the United "
                     "States said they held talks in Washington.")
    assert sorted(_meets(events), key=str) == [("Washington", "announced", "2026-01", 1),
                                               (None, "planned", "2026", 1)]


def test_an_announced_meeting_with_no_place_joins_no_planned_one():
    events = extract("Denmark and the United States said they held talks. Denmark and the "
                     "United States will hold talks in Washington this month.")
    assert sorted(_meets(events), key=str) == [("Washington", "planned", "2026-01", 1),
                                               (None, "announced", "2026-01", 1)]


def test_a_plan_and_its_deed_in_two_texts_are_one_action():
    a = extract("Denmark and the United States will hold talks in Washington this month.",
                doc_id="a")
    b = extract("Denmark and the United States held talks in Washington.", doc_id="b")
    merged = merge_events([*a, *b])
    assert [(e.location.name, e.sources) for e in merged] == [("Washington", 2)]


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
