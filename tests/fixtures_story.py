"""Small Story fixtures for the renderer tests, built from geo.model records.

``greenland_story()`` resembles the seed articles (January 2026: European troops to
Greenland, meetings in Washington and Brussels, planned consulates in Nuuk, a US threat);
``hostile_story()`` carries script injection, template-literal and bidi tricks in every
text field; ``antimeridian_story()`` has one flow across the date line.
"""

from __future__ import annotations

import datetime as dt

from geo.model import Actor, Document, Event, Evidence, Mention, Place, Resolution, Story

P = {
    "Berlin": Place("2950159", "Berlin", 52.52437, 13.41053, "DE", "city", 3426354, "geonames"),
    "Paris": Place("2988507", "Paris", 48.85341, 2.3488, "FR", "city", 2138551, "geonames"),
    "Oslo": Place("3143244", "Oslo", 59.91273, 10.74609, "NO", "city", 580000, "geonames"),
    "Stockholm": Place("2673730", "Stockholm", 59.32938, 18.06871, "SE", "city", 1515017,
                       "geonames"),
    "London": Place("2643743", "London", 51.50853, -0.12574, "GB", "city", 8961989, "geonames"),
    "Copenhagen": Place("2618425", "Copenhagen", 55.67594, 12.56553, "DK", "city", 1153615,
                        "geonames"),
    "Nuuk": Place("3421319", "Nuuk", 64.18347, -51.72157, "GL", "city", 14798, "geonames"),
    "Kangerlussuaq": Place("3422683", "Kangerlussuaq", 67.00862, -50.68937, "GL", "city", 512,
                           "geonames"),
    "Washington": Place("4140963", "Washington", 38.89511, -77.03637, "US", "city", 689545,
                        "geonames"),
    "Brussels": Place("2800866", "Brussels", 50.85045, 4.34878, "BE", "city", 1019022,
                      "geonames"),
    "Greenland": Place("3425505", "Greenland", 72.0, -40.0, "GL", "country", 56375,
                       "pycountry+countryinfo"),
    "Anchorage": Place("5879400", "Anchorage", 61.21806, -149.90028, "US", "city", 291826,
                       "geonames"),
    "Vladivostok": Place("2013348", "Vladivostok", 43.10562, 131.87353, "RU", "city", 587022,
                         "geonames"),
}
A = {code: Actor(code, name, kind) for code, name, kind in [
    ("DEU", "Germany", "state"), ("FRA", "France", "state"), ("NOR", "Norway", "state"),
    ("SWE", "Sweden", "state"), ("GBR", "United Kingdom", "state"),
    ("DNK", "Denmark", "state"), ("GRL", "Greenland", "state"),
    ("USA", "United States", "state"), ("CAN", "Canada", "state"),
    ("NATO", "NATO", "organization"), ("EU", "EU", "organization"),
    ("RUS", "Russia", "state"),
]}


def _doc(doc_id: str, day: int, title: str, sentences: list[str],
         source: str | None = None) -> Document:
    return Document(doc_id, " ".join(sentences), dt.date(2026, 1, day), title,
                    source or f"https://news.example.org/{doc_id}")


def _ev(doc: Document, sentence: str) -> Evidence:
    start = doc.text.index(sentence)
    return Evidence(doc.id, start, start + len(sentence), sentence)


def _resolutions(docs: list[Document], names: list[str]) -> tuple[Resolution, ...]:
    out = []
    for doc in docs:
        for name in names:
            start = doc.text.find(name)
            while start >= 0:
                place = P[name]
                kind = "country" if place.kind == "country" else "city"
                out.append(Resolution(Mention(doc.id, start, start + len(name), name, kind),
                                      place, 0.9, "largest population among candidates"))
                start = doc.text.find(name, start + len(name))
    return tuple(out)


def greenland_story() -> Story:
    """Deployments to Greenland from six European states, two meetings with venues and one
    without, two planned consulates in Nuuk, an exercise and a US threat."""
    s = {
        "deu": "Germany sent 13 troops from Berlin to Nuuk on a reconnaissance mission.",
        "fra": "France deployed 15 soldiers from Paris to Nuuk, Macron said.",
        "nor": "Norway sent two officers from Oslo to Nuuk.",
        "swe": "Sweden will send officers from Stockholm to Kangerlussuaq, the army said.",
        "gbr": "Britain sent one officer from London to Nuuk.",
        "dnk": "Denmark flew 200 troops from Copenhagen to Kangerlussuaq.",
        "wash": "Danish and Greenlandic ministers met Vance and Rubio in Washington on "
                "January 14.",
        "brus": "The ministers will meet NATO officials in Brussels on January 19.",
        "novenue": "Denmark and Greenland will also hold talks with the EU, officials said.",
        "can": "Canada plans to open a consulate in Nuuk in February.",
        "fraconsul": "France will open a consulate in Nuuk on February 6.",
        "threat": "Trump said the United States would take Greenland one way or the other.",
        "exercise": "Denmark leads the Arctic Endurance exercise near Kangerlussuaq.",
    }
    docs = [
        _doc("reuters-0114", 14, "European troops head to Greenland",
             [s["deu"], s["fra"], s["nor"], s["swe"], s["threat"]]),
        _doc("ap-0115", 15, "Britain and Denmark add forces", [s["gbr"], s["dnk"], s["exercise"]]),
        _doc("bbc-0116", 16, "Ministers meet in Washington and Brussels",
             [s["wash"], s["brus"], s["novenue"]]),
        _doc("dr-0119", 19, "Consulates planned in Nuuk", [s["can"], s["fraconsul"], s["deu"]],
             source="seeds/dr-0119.txt"),
    ]
    d = {doc.id: doc for doc in docs}
    r, a, b, c = d["reuters-0114"], d["ap-0115"], d["bbc-0116"], d["dr-0119"]

    def deploy(eid, code, frm, to, date, qty, unit, status, doc, key, more=()):
        return Event(eid, "deploy", (A[code],), (A["DNK"],), P[to], P[frm], date, "day", qty,
                     unit, status=status, confidence=0.8,
                     evidence=(_ev(doc, s[key]), *more))

    events = (
        deploy("dep-deu", "DEU", "Berlin", "Nuuk", "2026-01-15", 13, "troops", "done", r,
               "deu", (_ev(c, s["deu"]),)),
        deploy("dep-fra", "FRA", "Paris", "Nuuk", "2026-01-15", 15, "soldiers", "ongoing", r,
               "fra"),
        deploy("dep-nor", "NOR", "Oslo", "Nuuk", "2026-01-15", 2, "officers", "done", r, "nor"),
        deploy("dep-swe", "SWE", "Stockholm", "Kangerlussuaq", "2026-01-14", None, "officers",
               "announced", r, "swe"),
        deploy("dep-gbr", "GBR", "London", "Nuuk", "2026-01-16", 1, "officer", "done", a, "gbr"),
        deploy("dep-dnk", "DNK", "Copenhagen", "Kangerlussuaq", "2026-01-14", 200, "troops",
               "done", a, "dnk"),
        Event("meet-wash", "meet", (A["DNK"], A["GRL"]), (A["USA"],), P["Washington"], None,
              "2026-01-14", "day", status="done", confidence=0.9, evidence=(_ev(b, s["wash"]),)),
        Event("meet-brus", "meet", (A["DNK"], A["GRL"]), (A["NATO"],), P["Brussels"], None,
              "2026-01-19", "day", status="planned", confidence=0.7,
              evidence=(_ev(b, s["brus"]),)),
        Event("meet-eu", "meet", (A["DNK"], A["GRL"]), (A["EU"],), None, None, "2026-01",
              "month", status="planned", confidence=0.5, evidence=(_ev(b, s["novenue"]),)),
        Event("mis-can", "mission", (A["CAN"],), (A["GRL"],), P["Nuuk"], None, "2026-02",
              "month", 1, "consulate", status="planned", confidence=0.8,
              evidence=(_ev(c, s["can"]),)),
        Event("mis-fra", "mission", (A["FRA"],), (A["GRL"],), P["Nuuk"], None, "2026-02-06",
              "day", 1, "consulate", status="planned", confidence=0.8,
              evidence=(_ev(c, s["fraconsul"]),)),
        Event("thr-usa", "threaten", (A["USA"],), (A["GRL"], A["DNK"]), P["Greenland"], None,
              "2026-01-14", "day", status="conditional", confidence=0.7,
              evidence=(_ev(r, s["threat"]),)),
        Event("exe-arctic", "exercise", (A["DNK"],), (), P["Kangerlussuaq"], None,
              "2026-01-15", "day", unit="Arctic Endurance", status="ongoing", confidence=0.6,
              evidence=(_ev(a, s["exercise"]),)),
    )
    return Story(tuple(docs), _resolutions(docs, list(P)), events)


EVIL = ('<img src=x onerror="window.__xss=1"> ${window.__xss=2} `backtick` '
        '</script><script>window.__xss=3</script> ${alert(1)} \u202eevil\u202c '
        'zero\u200bwidth مرحبا ')
LONG_WORD = "A" * 10_000


def hostile_story() -> Story:
    """Every article-derived field carries markup, ``${…}``, backticks, bidi tricks."""
    sentence = f"{EVIL} Germany sent 5 troops from Berlin to Nuuk. {LONG_WORD}"
    doc = Document("evil<doc>", sentence, dt.date(2026, 1, 2),
                   '<script>window.__xss=4</script>${alert("t")}`',
                   "javascript:window.__xss=5")
    doc2 = Document("data-doc", "Norway met Greenland ${alert(2)} in Nuuk.", dt.date(2026, 1, 3),
                    "data: link", "data:text/html,<script>window.__xss=6</script>")
    ev = Evidence(doc.id, 0, len(sentence), sentence)
    ev2 = Evidence(doc2.id, 0, len(doc2.text), doc2.text)
    evil_place = Place("evil1", 'Nuuk<img src=x onerror="window.__xss=7">${alert(3)}', 64.18,
                       -51.72, "GL", "city", 1, "test`${alert(4)}`")
    evil_actor = Actor("DEU", '<img src=x onerror="window.__xss=8">`${alert(5)}`')
    events = (
        Event("evil-dep", "deploy", (evil_actor,), (), evil_place, P["Berlin"], "2026-01-02",
              "day", 5, '<b>troops</b>${alert(6)}', evidence=(ev,)),
        Event("evil-meet", "meet", (A["NOR"],), (A["GRL"],), evil_place, None, "2026-01-03",
              "day", evidence=(ev2,)),
        Event("evil-offmap", "meet", (evil_actor,), (), None, None, "2026-01-03", "day",
              evidence=(ev2,)),
    )
    start = sentence.index("Berlin")
    res = (Resolution(Mention(doc.id, start, start + 6, "Berlin", "city"), P["Berlin"], 0.9,
                      "ok"),
           Resolution(Mention(doc2.id, 24, 28, doc2.text[24:28], "city"), evil_place, 0.9,
                      "<script>"))
    return Story((doc, doc2), res, events)


def antimeridian_story() -> Story:
    """One deployment from Anchorage to Vladivostok (across the date line)."""
    text = "Troops flew from Anchorage to Vladivostok."
    doc = Document("am", text, dt.date(2026, 3, 1), "Across the date line", None)
    event = Event("am-dep", "deploy", (A["USA"],), (), P["Vladivostok"], P["Anchorage"],
                  "2026-03-01", "day", 50, "troops",
                  evidence=(Evidence("am", 0, len(text), text),))
    return Story((doc,), _resolutions([doc], ["Anchorage", "Vladivostok"]), (event,))


TINY_COUNTRIES = {"type": "FeatureCollection", "features": [
    {"type": "Feature", "id": code, "properties": {"iso_a2": a2, "iso_a3": code, "name": name},
     "geometry": {"type": "Polygon", "coordinates": [[
         [lon - 3, lat - 2], [lon + 3, lat - 2], [lon + 3, lat + 2], [lon - 3, lat + 2],
         [lon - 3, lat - 2]]]}}
    for code, a2, name, lat, lon in [
        ("GRL", "GL", "Greenland", 72, -40), ("DNK", "DK", "Denmark", 56, 10),
        ("USA", "US", "United States", 39, -98), ("DEU", "DE", "Germany", 51, 10),
        ("FRA", "FR", "France", 46, 2)]
]}
