"""A tiny stand-in geoparser for the event tests: mentions and resolutions from a fixed
table, so these tests never depend on the real gazetteer."""

from __future__ import annotations

import datetime as dt
import re

from geo.model import Document, Mention, Place, Resolution

# name: (mention kind, place kind, alpha-2, lat, lon)
GAZ = {
    "Greenland": ("country", "country", "GL", 72.0, -40.0),
    "Denmark": ("country", "country", "DK", 56.0, 10.0),
    "Nuuk": ("city", "city", "GL", 64.18, -51.72),
    "Washington": ("city", "city", "US", 38.9, -77.04),
    "Brussels": ("city", "city", "BE", 50.85, 4.35),
    "Copenhagen": ("city", "city", "DK", 55.68, 12.57),
    "Germany": ("country", "country", "DE", 51.0, 9.0),
    "France": ("country", "country", "FR", 46.0, 2.0),
    "Norway": ("country", "country", "NO", 62.0, 10.0),
    "Sweden": ("country", "country", "SE", 62.0, 15.0),
    "Canada": ("country", "country", "CA", 60.0, -95.0),
    "Estonia": ("country", "country", "EE", 59.0, 26.0),
    "Tallinn": ("city", "city", "EE", 59.44, 24.75),
    "Lithuania": ("country", "country", "LT", 55.9, 23.9),
    "Vilnius": ("city", "city", "LT", 54.69, 25.28),
    "Poland": ("country", "country", "PL", 52.0, 20.0),
    "Japan": ("country", "country", "JP", 36.0, 138.0),
    "Tokyo": ("city", "city", "JP", 35.69, 139.69),
    "Philippines": ("country", "country", "PH", 13.0, 122.0),
    "Manila": ("city", "city", "PH", 14.6, 120.98),
    "Australia": ("country", "country", "AU", -25.0, 134.0),
    "Taiwan": ("country", "country", "TW", 24.0, 121.0),
    "China": ("country", "country", "CN", 35.0, 105.0),
    "Beijing": ("city", "city", "CN", 39.9, 116.4),
    "Russia": ("country", "country", "RU", 60.0, 100.0),
    "Moscow": ("city", "city", "RU", 55.75, 37.62),
    "Ukraine": ("country", "country", "UA", 49.0, 32.0),
    "Kyiv": ("city", "city", "UA", 50.45, 30.52),
    "Iceland": ("country", "country", "IS", 65.0, -18.0),
    "Reykjavik": ("city", "city", "IS", 64.14, -21.94),
    "Finland": ("country", "country", "FI", 64.0, 26.0),
    "Helsinki": ("city", "city", "FI", 60.17, 24.94),
    "Paris": ("city", "city", "FR", 48.86, 2.35),
    "Berlin": ("city", "city", "DE", 52.52, 13.4),
    "Italy": ("country", "country", "IT", 42.8, 12.8),
    "Rome": ("city", "city", "IT", 41.9, 12.5),
    "Geneva": ("city", "city", "CH", 46.2, 6.14),
    "Syria": ("country", "country", "SY", 35.0, 38.0),
    "Damascus": ("city", "city", "SY", 33.51, 36.29),
    "Cyprus": ("country", "country", "CY", 35.0, 33.0),
    "Arctic": ("region", "region", None, 75.0, 0.0),
    "Baltic Sea": ("feature", "feature", None, 58.0, 20.0),
    "South China Sea": ("feature", "feature", None, 12.0, 113.0),
    "Danish": ("demonym", "country", "DK", 56.0, 10.0),
    "Greenlandic": ("demonym", "country", "GL", 72.0, -40.0),
    "German": ("demonym", "country", "DE", 51.0, 9.0),
    "British": ("demonym", "country", "GB", 54.0, -2.0),
    "French": ("demonym", "country", "FR", 46.0, 2.0),
    "Japanese": ("demonym", "country", "JP", 36.0, 138.0),
    "Chinese": ("demonym", "country", "CN", 35.0, 105.0),
    "Russian": ("demonym", "country", "RU", 60.0, 100.0),
    "Finnish": ("demonym", "country", "FI", 64.0, 26.0),
    "European": ("demonym", "continent", None, 50.0, 15.0),
    "NATO": ("organization", "organization", "BE", 50.88, 4.43),
    # for the held-out paragraphs (tests/test_events_heldout.py)
    "Eastern Mediterranean": ("feature", "feature", None, 34.0, 32.0),
    "Israel": ("country", "country", "IL", 31.5, 34.8),
    "Luzon": ("region", "admin", "PH", 16.0, 121.0),
    "Philippine": ("demonym", "country", "PH", 13.0, 122.0),
    "Kenya": ("country", "country", "KE", 0.5, 38.0),
    "Nairobi": ("city", "city", "KE", -1.29, 36.82),
    "Kinshasa": ("city", "city", "CD", -4.32, 15.31),
    "Kosovo": ("country", "country", "XK", 42.6, 20.9),
    "Mali": ("country", "country", "ML", 17.0, -4.0),
    "Spain": ("country", "country", "ES", 40.0, -4.0),
    "Taiwan Strait": ("feature", "feature", None, 24.5, 119.5),
    "Romania": ("country", "country", "RO", 46.0, 25.0),
    "Warsaw": ("city", "city", "PL", 52.23, 21.01),
    "Indian": ("demonym", "country", "IN", 21.0, 78.0),
    "Red Sea": ("feature", "feature", None, 20.0, 38.0),
    "Iran": ("country", "country", "IR", 32.0, 53.0),
    "Omani": ("demonym", "country", "OM", 21.0, 57.0),
    "Muscat": ("city", "city", "OM", 23.59, 58.41),
    "Algeria": ("country", "country", "DZ", 28.0, 3.0),
    "Belarusian": ("demonym", "country", "BY", 53.0, 28.0),
    "Polish": ("demonym", "country", "PL", 52.0, 20.0),
    "South Korea": ("country", "country", "KR", 36.0, 128.0),
    "United States": ("country", "country", "US", 39.8, -98.6),
    "Seoul": ("city", "city", "KR", 37.57, 126.98),
    "Turkey": ("country", "country", "TR", 39.0, 35.0),
    "Iraq": ("country", "country", "IQ", 33.0, 44.0),
    "Brazil": ("country", "country", "BR", -10.0, -55.0),
    "Argentina": ("country", "country", "AR", -34.0, -64.0),
    "Buenos Aires": ("city", "city", "AR", -34.6, -58.38),
    "Mallorca": ("region", "admin", "ES", 39.6, 2.9),
    "Mexico": ("country", "country", "MX", 23.0, -102.0),
    "Mexico City": ("city", "city", "MX", 19.43, -99.13),
    "Dutch": ("demonym", "country", "NL", 52.5, 5.5),
    "India": ("country", "country", "IN", 21.0, 78.0),
    "Auckland": ("city", "city", "NZ", -36.85, 174.76),
    "New Zealand": ("country", "country", "NZ", -41.0, 174.0),
    "Tehran": ("city", "city", "IR", 35.69, 51.39),
    "Iranian": ("demonym", "country", "IR", 32.0, 53.0),
    "Belarus": ("country", "country", "BY", 53.0, 28.0),
    "Oslo": ("city", "city", "NO", 59.91, 10.75),
    "Pentagon": ("organization", "organization", "US", 38.87, -77.06),
    # venues that are no capital (tests/test_events_gate.py)
    "Munich": ("city", "city", "DE", 48.14, 11.58),
    "Mons": ("city", "city", "BE", 50.45, 3.95),
    "Sydney": ("city", "city", "AU", -33.87, 151.21),
    "Lyon": ("city", "city", "FR", 45.76, 4.84),
}
COUNTRIES = {v[2]: (k, v) for k, v in GAZ.items() if v[1] == "country" and v[0] == "country"}
COUNTRIES.setdefault("US", ("United States", ("country", "country", "US", 39.8, -98.6)))
COUNTRIES.setdefault("GB", ("United Kingdom", ("country", "country", "GB", 54.0, -2.0)))


def _place(name: str, kind: str, code: str | None, lat: float, lon: float) -> Place:
    return Place(id=f"t:{name}", name=name, lat=lat, lon=lon, country=code, kind=kind)


def country_place(alpha2: str) -> Place | None:
    """The fake gazetteer's ``country`` method."""
    hit = COUNTRIES.get(alpha2)
    if hit is None:
        return None
    name, (_, kind, code, lat, lon) = hit
    return _place(name, kind, code, lat, lon)


def geoparse(doc: Document) -> tuple[tuple[Mention, ...], tuple[Resolution, ...]]:
    """Every whole-word occurrence of a table name, longest first."""
    names = sorted(GAZ, key=len, reverse=True)
    rx = re.compile(r"\b(" + "|".join(re.escape(n) for n in names) + r")\b")
    mentions, resolutions = [], []
    for m in rx.finditer(doc.text):
        kind, pkind, code, lat, lon = GAZ[m.group(1)]
        if kind == "country" or (kind == "demonym" and pkind == "country"):
            place = country_place(code) or _place(m.group(1), pkind, code, lat, lon)
        else:
            place = _place(m.group(1), pkind, code, lat, lon)
        mention = Mention(doc.id, m.start(), m.end(), m.group(1), kind)
        mentions.append(mention)
        resolutions.append(Resolution(mention, place, 0.9, "test table"))
    return tuple(mentions), tuple(resolutions)


def extract(text: str, date: dt.date | None = dt.date(2026, 1, 15), doc_id: str = "t"):
    """Events of one text, with the stand-in geoparser."""
    from geo.events import extract_events

    doc = Document(id=doc_id, text=text, date=date)
    mentions, resolutions = geoparse(doc)
    return extract_events(doc, mentions, resolutions, country_place)
