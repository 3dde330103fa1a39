"""News-style sentences (none from the seeds), each with the action it must (or must not)
yield. Article date: Thursday 2026-01-15. Places come from the tests' stand-in geoparser."""

from __future__ import annotations

import pytest
from test_events_helpers import extract

# text, type, actors (set of codes over all events of that type), location, status, date
CASES = [
    # deploy: senders listed, passive voice, titles, quantities, origins
    ("Poland and Lithuania said on Tuesday they would each send 200 soldiers to Estonia.",
     "deploy", {"POL", "LTU"}, "Estonia", "planned", "2026"),
    ("Japan dispatched two destroyers to the South China Sea on Monday.",
     "deploy", {"JPN"}, "South China Sea", "done", "2026-01-12"),
    ("About 300 French troops were deployed to Estonia last week.",
     "deploy", {"FRA"}, "Estonia", "done", "2026-01-05"),
    ("Finnish fighter jets are being stationed in Iceland, the ministry said.",
     "deploy", {"FIN"}, "Iceland", "announced", "2026-01"),
    ("The British Defence Ministry said it is sending 40 marines to Reykjavik.",
     "deploy", {"GBR"}, "Reykjavik", "announced", "2026-01"),
    ("Germany will station a brigade in Lithuania next year.",
     "deploy", {"DEU"}, "Lithuania", "planned", "2027"),
    ("Australia, Japan and the Philippines are deploying warships to the South China Sea.",
     "deploy", {"AUS", "JPN", "PHL"}, "South China Sea", "ongoing", "2026-01"),
    ("Canada plans to reinforce its troops in Estonia in March.",
     "deploy", {"CAN"}, "Estonia", "planned", "2026-03"),
    ("Italy is boosting its naval presence in Cyprus.",
     "deploy", {"ITA"}, "Cyprus", "ongoing", "2026-01"),
    # meet: participants by title, venues, relative dates
    ("French Foreign Minister Jean Dupont met his Japanese counterpart in Tokyo on Tuesday.",
     "meet", {"FRA", "JPN"}, "Tokyo", "done", "2026-01-13"),
    ("NATO Secretary General Mark Rutte will hold talks with Finnish officials in Helsinki "
     "next week.", "meet", {"NATO", "FIN"}, "Helsinki", "planned", "2026-01-19"),
    ("Chinese and Russian diplomats met in Geneva on January 9 to discuss the war.",
     "meet", {"CHN", "RUS"}, "Geneva", "done", "2026-01-09"),
    ("Germany and Poland agreed to set up a joint working group on border security.",
     "meet", {"DEU", "POL"}, None, "planned", "2026"),  # the group's meetings are to come
    # "after talks": held, unless the sentence looks ahead; "agreed to" makes a group to come
    ("Danish Foreign Minister Lars Berg said after talks with US officials in Washington "
     "that the dispute remained.", "meet", {"DNK", "USA"}, "Washington", "done", "2026-01"),
    ("Germany will decide after talks with France in Paris next week.",
     "meet", {"DEU", "FRA"}, "Paris", "planned", "2026-01-19"),
    ("Poland agreed to cut tariffs and talks with Germany were continuing in Warsaw.",
     "meet", {"POL", "DEU"}, "Warsaw", "announced", "2026-01"),
    ("Ukrainian President Volodymyr Zelensky visited Rome on Saturday.",
     "meet", {"UKR", "ITA"}, "Rome", "done", "2026-01-10"),
    ("The summit between Japan and Australia will take place in Tokyo on Friday.",
     "meet", {"JPN", "AUS"}, "Tokyo", "planned", "2026-01-16"),
    ("Talks between Russia and Ukraine were held in Geneva yesterday.",
     "meet", {"RUS", "UKR"}, "Geneva", "done", "2026-01-14"),
    # mission
    ("Italy reopened its embassy in Damascus on Monday.",
     "mission", {"ITA"}, "Damascus", "done", "2026-01-12"),
    ("Iceland and Finland plan to open consulates in Nuuk.",
     "mission", {"ISL", "FIN"}, "Nuuk", "planned", "2026"),
    ("Australia said it would close its embassy in Kyiv.",
     "mission", {"AUS"}, "Kyiv", "planned", "2026"),
    # exercise
    ("Finland will host the Northern Shield exercise near Helsinki in March.",
     "exercise", {"FIN"}, "Helsinki", "planned", "2026-03"),
    ("Japan and the Philippines held joint naval drills in the South China Sea.",
     "exercise", {"JPN", "PHL"}, "South China Sea", "done", "2026-01"),
    ("Estonian and British soldiers took part in a live-fire exercise in Estonia.",
     "exercise", {"EST", "GBR"}, "Estonia", "done", "2026-01"),
    # threaten
    ("Russia threatened to annex parts of Ukraine.",
     "threaten", {"RUS"}, "Ukraine", "done", "2026-01"),
    ("China has stepped up threats to seize Taiwan by force.",
     "threaten", {"CHN"}, "Taiwan", None, "2026-01"),
    ("Russian officials warned of a takeover of Kyiv, state media said.",
     "threaten", {"RUS"}, "Kyiv", "announced", "2026-01"),
]

# sentences that state no action of the type (negation, attribution, questions, generic)
NONE = [
    ("Sweden did not send troops to Iceland.", "deploy"),
    ("France reinforces its embassy in Estonia.", "deploy"),  # no troops near the verb
    ("Norway has never deployed warships to the Arctic.", "deploy"),
    ("Would France send troops to Estonia?", "deploy"),
    ("Anna Berg in Brussels contributed to this report.", "meet"),
    ("Officials are studying how troops could be deployed to Estonia.", "deploy"),
    ("In the past, NATO has often sent troops to train in Poland.", "deploy"),
    ("Germany refused to send fighter jets to Ukraine.", "deploy"),
    ("The deployment sends a political signal to Moscow, said an analyst in Berlin.", "deploy"),
    ("Chinese threats in the region worry Japanese officials.", "threaten"),
    ("Talks are meant to explore possible compromises, said Danish officials.", "meet"),
]


@pytest.mark.parametrize(("text", "etype", "actors", "location", "status", "date"), CASES,
                         ids=[c[0][:40] for c in CASES])
def test_sentence_yields_action(text, etype, actors, location, status, date):
    events = [e for e in extract(text) if e.type == etype]
    assert events, f"no {etype} event in: {text}"
    codes = {a.code for e in events for a in (*e.actors, *(
        e.counterparts if etype == "meet" else ()))}
    assert codes == actors
    for e in events:
        assert (e.location.name if e.location else None) == location
        if status is not None:
            assert e.status == status
        assert e.date == date
        assert e.evidence and e.evidence[0].sentence == text
        assert 0.0 < e.confidence <= 1.0


@pytest.mark.parametrize(("text", "etype"), NONE, ids=[c[0][:40] for c in NONE])
def test_sentence_yields_no_action(text, etype):
    assert [e for e in extract(text) if e.type == etype] == []
