"""Small stories for the exporter tests: a seeds-like Greenland story and a Pacific flow."""

from __future__ import annotations

import datetime as dt

from geo.model import Actor, Document, Event, Evidence, Mention, Place, Resolution, Story

HOSTILE = 'He said <script>alert("x")</script> & ]]> ${boom} — "quoted"'


def place(pid: str, name: str, lat: float, lon: float, country: str | None,
          kind: str = "city") -> Place:
    return Place(pid, name, lat, lon, country, kind, 0, "fixture")


NUUK = place("3421319", "Nuuk", 64.18347, -51.72157, "GL")
GREENLAND = place("3425505", "Greenland", 71.7069, -42.6043, "GL", "country")
WASHINGTON = place("4140963", "Washington", 38.89511, -77.03637, "US")
BRUSSELS = place("2800866", "Brussels", 50.85045, 4.34878, "BE")
ORIGINS = {
    "DEU": place("2921044", "Germany", 51.5, 10.5, "DE", "country"),
    "FRA": place("3017382", "France", 46.0, 2.0, "FR", "country"),
    "NOR": place("3144096", "Norway", 62.0, 10.0, "NO", "country"),
    "SWE": place("2661886", "Sweden", 62.0, 15.0, "SE", "country"),
    "GBR": place("2635167", "United Kingdom", 54.75844, -2.69531, "GB", "country"),
    "DNK": place("2623032", "Denmark", 56.0, 10.0, "DK", "country"),
}
NAMES = {"DEU": "Germany", "FRA": "France", "NOR": "Norway", "SWE": "Sweden",
         "GBR": "United Kingdom", "DNK": "Denmark", "USA": "United States",
         "GRL": "Greenland", "CAN": "Canada"}
ANCHORAGE = place("5879400", "Anchorage", 61.21806, -149.90028, "US")
VLADIVOSTOK = place("2013348", "Vladivostok", 43.10562, 131.87353, "RU")


def actor(code: str) -> Actor:
    if code in ("NATO", "EU", "UN"):
        return Actor(code, code, "organization")
    return Actor(code, NAMES.get(code, code), "state")


def _doc(doc_id: str, text: str, date: dt.date) -> Document:
    return Document(doc_id, text, date, f"Article {doc_id}", f"seeds/{doc_id}.txt")


def _evidence(doc: Document, sentence: str) -> tuple[Evidence, ...]:
    start = doc.text.index(sentence)
    return (Evidence(doc.id, start, start + len(sentence), sentence),)


def _resolutions(doc: Document, places: list[Place]) -> list[Resolution]:
    out = []
    for p in places:
        start = doc.text.find(p.name)
        if start < 0:
            continue
        m = Mention(doc.id, start, start + len(p.name), p.name,
                    "country" if p.kind == "country" else "city")
        out.append(Resolution(m, p, 0.9, "fixture"))
    return out


def greenland_story() -> Story:
    """Arrows from six European countries to Greenland, meetings, consulates in Nuuk."""
    text = ("Germany, France, Norway, Sweden, United Kingdom and Denmark send troops to "
            "Greenland. Officials met in Washington. NATO ministers met in Brussels. "
            "Canada and France open consulates in Nuuk. " + HOSTILE + ".")
    doc = _doc("a1", text, dt.date(2026, 1, 15))
    doc2 = _doc("a2", "Denmark sends troops to Greenland. Later in Nuuk.", dt.date(2026, 1, 20))
    sentence = text.split(". ")[0] + "."
    events = [
        Event(f"ev-deploy-{code.lower()}", "deploy", (actor(code),), (), GREENLAND, origin,
              "2026-01-14", "day", 60 if code == "DEU" else None, "troops",
              status="planned" if code == "GBR" else "done", confidence=0.8,
              evidence=_evidence(doc, sentence)
              + (_evidence(doc2, "Denmark sends troops to Greenland.") if code == "DNK" else ()))
        for code, origin in ORIGINS.items()
    ]
    events += [
        Event("ev-meet-washington", "meet", (actor("USA"),), (actor("DNK"), actor("GRL")),
              WASHINGTON, None, "2026-01", "month", confidence=0.7,
              evidence=_evidence(doc, "Officials met in Washington.")),
        Event("ev-meet-brussels", "meet", (actor("NATO"),), (), BRUSSELS, None,
              "2026-01-12", "week", confidence=0.6,
              evidence=_evidence(doc, "NATO ministers met in Brussels.")),
        Event("ev-mission-nuuk", "mission", (actor("CAN"), actor("FRA")), (), NUUK, None,
              "2026", "year", 2, "consulate", status="announced", confidence=0.9,
              evidence=_evidence(doc, HOSTILE)),
        Event("ev-threat", "threaten", (actor("USA"),), (actor("GRL"),), GREENLAND, None,
              None, None, status="conditional", confidence=0.5),
        Event("ev-nowhere", "exercise", (actor("NATO"),), (), None, None, "2026-01-16", "day"),
    ]
    places = [*ORIGINS.values(), GREENLAND, WASHINGTON, BRUSSELS, NUUK]
    resolutions = _resolutions(doc, places) + _resolutions(doc2, [ORIGINS["DNK"], GREENLAND,
                                                                  NUUK])
    return Story((doc, doc2), tuple(resolutions), tuple(events))


def pacific_story() -> Story:
    """One deployment from Anchorage to Vladivostok: a flow across the antimeridian."""
    text = "Troops flew from Anchorage to Vladivostok."
    doc = _doc("p1", text, dt.date(2026, 2, 1))
    event = Event("ev-pacific", "deploy", (actor("USA"),), (actor("RUS"),), VLADIVOSTOK,
                  ANCHORAGE, "2026-02-01", "day", 100, "troops",
                  evidence=_evidence(doc, text))
    return Story((doc,), tuple(_resolutions(doc, [ANCHORAGE, VLADIVOSTOK])), (event,))


def empty_story() -> Story:
    return Story((), (), ())
