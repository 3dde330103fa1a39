"""A held-out development set: short news paragraphs written for these tests (none from
the seeds or any evaluation corpus), in wire-service styles, over other regions and
phrasings. Article date: Thursday 2026-01-15. Places come from the stand-in geoparser.

Each case lists the actions the paragraph must yield (type, actors, location, status, date;
None means "not checked") and the types it must not yield.
"""

from __future__ import annotations

import pytest
from test_events_helpers import extract

ANY = object()

# text, [(type, actors (all events of the type), location, status, date)], types absent
CASES = [
    ("WASHINGTON (Reuters) - The Pentagon said on Tuesday it was sending an aircraft carrier "
     "strike group to the Eastern Mediterranean to deter attacks on Israel. About 5,000 "
     "sailors are aboard the ships, officials said.",
     [("deploy", {"USA"}, "Eastern Mediterranean", "announced", ANY)], {"threaten"}),
    ("MANILA (AP) — Japanese and Philippine forces began joint drills on Luzon island on "
     "Monday, the first such exercise since the two countries signed a defence pact.",
     [("exercise", {"JPN", "PHL"}, "Luzon", "done", "2026-01-12")], {"deploy"}),
    ("A Chinese delegation led by Foreign Minister Wang Yi arrived in Moscow on Wednesday "
     "for two days of talks with Russian officials.",
     [("meet", {"CHN", "RUS"}, "Moscow", None, "2026-01-14")], {"deploy"}),
    ("NAIROBI, Jan 12 (Reuters) - Kenya will reopen its embassy in Kinshasa next month, the "
     "foreign ministry said on Monday, two years after closing it amid a diplomatic row.",
     [("mission", {"KEN"}, "Kinshasa", "planned", "2026-02")], {"deploy", "meet"}),
    ("Moscow warned Finland on Friday that it would take military countermeasures if "
     "Helsinki allowed NATO to build bases on its territory.",
     [("threaten", {"RUS"}, "Finland", None, ANY)], {"deploy"}),
    ("About 500 troops were deployed to Kosovo by Germany last week to reinforce the "
     "NATO-led peacekeeping mission.",
     [("deploy", {"DEU"}, "Kosovo", "done", "2026-01-05")], set()),
    ("Poland would send fighter jets to Romania if Russia attacked a NATO member, Warsaw's "
     "defence minister told reporters.",
     [("deploy", {"POL"}, "Romania", "conditional", ANY)], set()),
    ("Germany will deploy a battalion to Lithuania, a government spokesman in Berlin said on "
     "Tuesday.",
     [("deploy", {"DEU"}, "Lithuania", "planned", "2026")], set()),
    ("BRUSSELS (Reuters) - NATO defence ministers will meet in Brussels next week to discuss "
     "air defences for Ukraine.",
     [("meet", {"NATO"}, "Brussels", "planned", "2026-01-19")], {"deploy"}),
    ("Indian and Chinese military commanders held a new round of talks on Sunday, the "
     "army said.",
     [("meet", {"IND", "CHN"}, None, None, "2026-01-11")], set()),
    ("The U.S. Navy dispatched two destroyers to the Red Sea earlier this month after attacks "
     "on commercial shipping.",
     [("deploy", {"USA"}, "Red Sea", "done", "2026-01")], set()),
    ("Iran's foreign minister met his Omani counterpart in Muscat on Jan. 3 to discuss "
     "a prisoner exchange.",
     [("meet", {"IRN", "OMN"}, "Muscat", "done", "2026-01-03")], set()),
    ("French President Emmanuel Macron will visit Algeria in 2027, his office said.",
     [("meet", {"FRA", "DZA"}, "Algeria", "planned", "2027")], set()),
    ("Russian and Belarusian troops launched large-scale exercises near the Polish border "
     "last Friday.",
     [("exercise", {"RUS", "BLR"}, ANY, "done", "2026-01-09")], {"deploy"}),
    ("South Korea and the United States will hold joint air drills next week, Seoul's "
     "defence ministry said.",
     [("exercise", {"KOR", "USA"}, ANY, "planned", "2026-01-19")], set()),
    ("Beijing warned on Monday that it would use force to stop any move toward Taiwan's "
     "independence.",
     [("threaten", {"CHN"}, "Taiwan", None, ANY)], set()),
    ("Turkey has stationed about 1,500 soldiers in northern Iraq, according to a report by "
     "state broadcaster TRT.",
     [("deploy", {"TUR"}, "Iraq", None, ANY)], set()),
    ("Washington sent 3,000 additional troops to Poland, a Pentagon spokesman said on Friday.",
     [("deploy", {"USA"}, "Poland", None, ANY)], set()),
    ("If Moscow sends troops to Belarus, Lithuania will close its border.",
     [("deploy", {"RUS"}, "Belarus", "conditional", ANY)], {"mission"}),
    ("Two Dutch frigates were sent to the Baltic Sea this week.",
     [("deploy", {"NLD"}, "Baltic Sea", "done", "2026-01-12")], set()),
    ("India opened a new consulate in Auckland on Monday, boosting ties with New Zealand.",
     [("mission", {"IND"}, "Auckland", "done", "2026-01-12")], {"deploy"}),
    ("Canada closed its embassy in Tehran and expelled Iranian diplomats.",
     [("mission", {"CAN"}, "Tehran", "done", ANY)], {"meet"}),
    ("Denmark will send two fighter jets and 50 personnel, the defence ministry in "
     "Copenhagen said. The aircraft will be based in Estonia for NATO's air policing mission "
     "over the Baltic states, and Estonia welcomed them.",
     [("deploy", {"DNK"}, "Estonia", "planned", "2026")], set()),
]

# paragraphs that state no action of the listed types
NONE = [
    ("Moscow accused Kyiv of shelling a nuclear plant, the Kremlin said.",
     {"deploy", "threaten", "meet"}),
    ("Britain is withdrawing about 300 soldiers it had deployed to Mali, the defence ministry "
     "said on Thursday.", {"deploy"}),
    ("Spain has no plans to send troops to Ukraine, Prime Minister Pedro Sanchez said.",
     {"deploy"}),
    ("Would Washington send warships to the Taiwan Strait if China attacked?", {"deploy"}),
    ("Brazil sent 2 million tonnes of soybeans to China in December, trade data showed.",
     {"deploy"}),
    ("Thousands of German tourists visited Mallorca over the holidays.", {"meet"}),
    ("Brazil will meet Argentina in the World Cup qualifier in Buenos Aires on Tuesday.",
     {"meet"}),
    ("Japanese carmakers met union leaders in Tokyo to discuss wages.", {"meet"}),
    ("Italy ruled out sending warships to the Red Sea.", {"deploy"}),
    ("Argentina threatened to follow Brazil in declaring a debt moratorium if banks refuse "
     "its request.", {"threaten"}),
    ("The Chinese wheat crop is threatened by pests and disease, officials said.",
     {"threaten"}),
    ("Argentina will meet its debt obligations to Spain, the economy minister said.",
     {"meet"}),
    ("The airline plans to expand its fleet to 58 aircraft by 2030, Japanese officials said.",
     {"deploy"}),
    ("If President Trump asks me to deploy Guard troops to the Mexico border, I will say no, "
     "the governor said.", {"deploy"}),
]


def _name(place) -> str | None:
    return place.name if place is not None else None


@pytest.mark.parametrize(("text", "expected", "absent"), CASES, ids=[c[0][:40] for c in CASES])
def test_heldout_paragraph(text, expected, absent):
    events = extract(text)
    for etype, actors, location, status, date in expected:
        got = [e for e in events if e.type == etype]
        assert got, f"no {etype} event in: {text}\n{events}"
        codes = {a.code for e in got for a in (*e.actors, *(
            e.counterparts if etype == "meet" else ()))}
        assert codes == actors
        for e in got:
            if location is not ANY:
                assert _name(e.location) == location
            if status is not None:
                assert e.status == status
            if date is not ANY:
                assert e.date == date
    assert not [e for e in events if e.type in absent], events


@pytest.mark.parametrize(("text", "absent"), NONE, ids=[c[0][:40] for c in NONE])
def test_heldout_no_action(text, absent):
    assert [e for e in extract(text) if e.type in absent] == []


def test_unresolved_destination_is_not_guessed():
    """A deployment "to the border" of a multi-place article is left without location
    rather than sent to the most mentioned country."""
    text = ("MEXICO CITY (AP) - Mexico's Senate passed a resolution on Wednesday criticising "
            "the U.S. decision to deploy National Guard troops to the border. Mexico and the "
            "Philippines signed a trade accord last year, and the Philippines and Mexico "
            "plan more trade.")
    for e in extract(text):
        if e.type == "deploy":
            assert e.location is None or e.location.country in ("US", "MX")


def test_sender_of_implicit_destination_in_multi_place_article():
    text = ("Sweden will send 100 soldiers, officials said. Separately, Finland held talks "
            "with Norway in Oslo, and Norway hosted a conference on Arctic security.")
    deploys = [e for e in extract(text) if e.type == "deploy"]
    assert [a.code for e in deploys for a in e.actors] == ["SWE"]
    assert all(e.location is None for e in deploys)
