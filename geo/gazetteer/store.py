"""The :class:`Gazetteer`: look-ups over a compiled :class:`~geo.gazetteer.index.Index`."""

from __future__ import annotations

from geo.gazetteer.index import Index, NameEntry
from geo.model import Place


class Gazetteer:
    """Places by name and by country code, over the compiled index ``ix``."""

    _CACHE_MAX = 100_000  # entries of each look-up cache before it is emptied

    def __init__(self, ix: Index) -> None:
        self.ix = ix
        self._places: dict[int, Place] = {}  # one shared Place per row
        self.memo: dict = {}  # the geoparser's look-ups by span text (bounded)
        self.cands: dict = {}  # a mention's candidate rows by its text (bounded)
        self.words: dict = {}  # what the key table says of a capitalised word (bounded)
        self.rows: dict = {}  # the geoparser's document-free facts of a candidate (bounded)
        self.spans: dict = {}  # the names in a run of pieces of text, by its text (bounded)

    def __len__(self) -> int:
        return len(self.ix.ids)

    def __repr__(self) -> str:
        return f"<Gazetteer of {len(self)} places>"

    # ---------------------------------------------------------------- look-ups
    def country(self, alpha2: str) -> Place | None:
        """The representative point of a state (countryinfo's ``latlng``), or None.

        >>> gaz.country("DK").lat, gaz.country("DK").lon   # doctest: +SKIP
        (56.0, 10.0)
        """
        row = self.ix.country_rows.get(alpha2.upper())
        return None if row is None else self.place(row)

    def place(self, row: int) -> Place:
        """The :class:`Place` of one row of the index (the same instance every time)."""
        place = self._places.get(row)
        if place is None:
            if len(self._places) >= self._CACHE_MAX:
                self._places.clear()
            place = self._places[row] = self.ix.to_place(row)
        return place

    def key_of(self, name: str) -> int:
        """The number of the key table's entry for ``name`` (any case and spacing), or -1."""
        return self.ix.key_id(" ".join(name.split()).lower())

    def entries(self, name: str) -> list[NameEntry]:
        """Every ``(row, name type, exact form)`` the name (any case) may stand for."""
        k = self.key_of(name)
        return self.ix.entries(k) if k >= 0 else []

    def rows_named(self, name: str) -> list[int]:
        """Rows whose names match ``name`` as written (exact forms respected), best first."""
        text = " ".join(name.split())
        rows = [r for r, _t, exact in self.entries(text) if exact is None or exact == text]
        return sorted(dict.fromkeys(rows), key=self.importance, reverse=True)

    def place_by_name(self, name: str) -> list[Place]:
        """Every place called ``name``, most important first (state, then population)."""
        return [self.place(r) for r in self.rows_named(name)]

    def importance(self, row: int) -> float:
        """A prior of how likely a bare name means this row: kind, population, capital."""
        return self.ix.prior[row]
