import datetime as dt

import pytest

from geo.model import (
    Actor,
    Document,
    Event,
    Evidence,
    Mention,
    Place,
    Resolution,
    Story,
    lonlat,
)

NUUK = Place("3421319", "Nuuk", 64.18347, -51.72157, "GL", "city", 14798, "geonames")
DNK = Place("DK", "Denmark", 56.0, 10.0, "DK", "country")


def test_lonlat_is_the_one_swap():
    assert lonlat(64.1, -51.7) == (-51.7, 64.1)
    assert NUUK.__geo_interface__ == {"type": "Point", "coordinates": (-51.72157, 64.18347)}


@pytest.mark.parametrize("kwargs", [{"lat": 91.0}, {"lon": -181.0}, {"kind": "planet"},
                                    {"country": "GRL"}])
def test_place_invariants(kwargs):
    base = {"id": "1", "name": "X", "lat": 0.0, "lon": 0.0, "country": "GL", "kind": "city"}
    with pytest.raises(ValueError):
        Place(**(base | kwargs))


def test_mention_invariants():
    Mention("d", 0, 4, "Nuuk", "city")
    with pytest.raises(ValueError, match="start < end"):
        Mention("d", 4, 4, "", "city")
    with pytest.raises(ValueError, match="length"):
        Mention("d", 0, 3, "Nuuk", "city")


def test_records_are_frozen():
    with pytest.raises(AttributeError):
        NUUK.lat = 0.0  # type: ignore[misc]


def test_event_checks_and_geometry():
    ev = Event("e1", "deploy", (Actor("DNK", "Denmark"),), location=NUUK, origin=DNK,
               evidence=(Evidence("a", 0, 5, "Sent."), Evidence("b", 0, 5, "Sent.")))
    assert ev.sources == 2
    assert ev.__geo_interface__["type"] == "LineString"
    with pytest.raises(ValueError, match="event type"):
        Event("e2", "invade", (Actor("DNK", "Denmark"),))
    with pytest.raises(ValueError, match="actor"):
        Event("e3", "meet", ())
    with pytest.raises(ValueError, match="upper"):
        Actor("dnk", "Denmark")


def test_story_places_counts_and_dates():
    m1, m2 = Mention("a", 0, 4, "Nuuk", "city"), Mention("b", 5, 9, "Nuuk", "city")
    story = Story(
        documents=(Document("a", "Nuuk", dt.date(2026, 1, 15)), Document("b", "x", None),
                   Document("c", "y", dt.date(2026, 1, 2))),
        resolutions=(Resolution(m1, NUUK, 0.9, "capital"), Resolution(m2, NUUK, 0.9, "capital")),
        events=(),
    )
    assert story.places == (NUUK,)
    assert story.mention_counts() == {"3421319": 2}
    assert story.date_range() == (dt.date(2026, 1, 2), dt.date(2026, 1, 15))
