"""Popup and tooltip HTML for events and places; every article-derived value escaped.

Quotes are wrapped in ``<bdi>`` (right-to-left text stays in its box) and the popup's CSS
breaks overlong words, so a 10,000-character token cannot stretch the map.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from geo.model import Actor, Document, Event, Place
from geo.render.text import esc, link

TYPE_TITLES = {
    "deploy": "Deployment", "meet": "Meeting", "mission": "Diplomatic mission",
    "exercise": "Exercise", "threaten": "Threat",
}
MAX_QUOTES = 8


def actor_names(actors: Iterable[Actor]) -> str:
    """``Germany (DEU), NATO`` — escaped."""
    parts = []
    for a in actors:
        parts.append(esc(a.name) if a.name.upper() == a.code else
                     f"{esc(a.name)} ({esc(a.code)})")
    return ", ".join(parts) or "unknown"


def how_many(event: Event) -> str:
    """The quantity in words: ``about 13``, ``unknown``."""
    if event.quantity is None:
        return "unknown"
    return ("about " if event.approximate else "") + f"{event.quantity:,}"


def _where(event: Event) -> str | None:
    if event.location is None:
        return None
    if event.origin is not None:
        return f"{esc(event.origin.name)} → {esc(event.location.name)}"
    return esc(event.location.name)


def _rows(rows: list[tuple[str, str | None]]) -> str:
    cells = "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in rows if v)
    return f'<table class="geo-facts">{cells}</table>'


def _facts(event: Event) -> list[tuple[str, str | None]]:
    """The facts table of an event popup: (label, escaped value) rows; None rows are skipped."""
    who_label = {"deploy": "Sender", "threaten": "Threatening", "mission": "Opened by",
                 "exercise": "Held by", "meet": "Participants"}[event.type]
    who = event.actors + event.counterparts if event.type == "meet" else event.actors
    rows: list[tuple[str, str | None]] = [(who_label, actor_names(who))]
    if event.counterparts and event.type != "meet":
        rows.append(("Target" if event.type == "threaten" else "With",
                     actor_names(event.counterparts)))
    if event.type == "deploy" or event.unit:
        rows.append(("What", esc(event.unit) if event.unit else "unknown"))
    if event.type == "deploy" or event.quantity is not None:
        rows.append(("How many", how_many(event)))
    rows += [
        ("When", esc(event.date) if event.date else "undated"),
        ("Status", esc(event.status)),
        ("Where", _where(event) or "venue unknown"),
        ("Sources", f"{event.sources} ({event.confidence:.0%} confidence)"),
    ]
    return rows


def _title(event: Event) -> str:
    """``Deployment: Germany (DEU)`` — escaped."""
    return f"{TYPE_TITLES[event.type]}: {actor_names(event.actors or event.counterparts)}"


def place_popup(place: Place, mentions: int) -> str:
    """Name, kind, country, mention count and where the coordinates came from."""
    rows: list[tuple[str, str | None]] = [
        ("Kind", esc(place.kind)),
        ("Country", esc(place.country) if place.country else None),
        ("Mentions", str(mentions)),
        ("Lat, lon", f"{place.lat:.3f}, {place.lon:.3f}"),
        ("Gazetteer", f"{esc(place.source)} {esc(place.id)}".strip()),
    ]
    return f'<div class="geo-pop" dir="auto"><h4>{esc(place.name)}</h4>{_rows(rows)}</div>'


# -- compact records: the page builds popups and tooltips from these on first use ----------

class Strings:
    """A table of distinct strings (already escaped HTML), referred to by index.

    Repeated values (names, labels, dates, citations) are written to the page once.
    """

    def __init__(self) -> None:
        self._index: dict[str, int] = {}
        self.table: list[str] = []

    def __call__(self, text: str | None) -> int:
        """The index of ``text`` (added when new); -1 for None."""
        if text is None:
            return -1
        i = self._index.get(text)
        if i is None:
            i = self._index[text] = len(self.table)
            self.table.append(text)
        return i


def _cite(doc_id: str, documents: Mapping[str, Document]) -> str:
    """The escaped citation of a quote: link or title, date, path, id."""
    doc = documents.get(doc_id)
    label = (doc.title if doc and doc.title else doc_id)
    src = doc.source if doc else None
    cite = link(label, src)
    extra = []
    if doc and doc.date:
        extra.append(esc(doc.date.isoformat()))
    if src and cite == esc(label):  # not a web link: show the path as text
        extra.append(f'<span class="geo-src">{esc(src)}</span>')
    if doc_id != label:
        extra.append(f"id {esc(doc_id)}")
    tail = f" <small>({'; '.join(extra)})</small>" if extra else ""
    return cite + tail


class Records:
    """Popup and tooltip records of events, sharing one :class:`Strings` table."""

    def __init__(self, documents: Mapping[str, Document], strings: Strings | None = None):
        self.documents = documents
        self.s = strings or Strings()
        self._cites: dict[str, int] = {}

    def cite(self, doc_id: str) -> int:
        i = self._cites.get(doc_id)
        if i is None:
            i = self._cites[doc_id] = self.s(_cite(doc_id, self.documents))
        return i

    def popup(self, event: Event) -> list:
        """``[title, [label, value, …], [quote, cite, …], more]`` (string indices);
        the page (geo/render/runtime.py) turns it into the popup's HTML."""
        rows = _facts(event)
        flat = [self.s(x) for k, v in rows if v for x in (k, v)]
        quotes = [x for ev in event.evidence[:MAX_QUOTES]
                  for x in (self.s(esc(ev.sentence)), self.cite(ev.doc_id))]
        return [self.s(_title(event)), flat, quotes, max(0, len(event.evidence) - MAX_QUOTES)]

    def tooltip(self, event: Event) -> list[int]:
        """``[who, where, what or -1, status, date or -1]``: the page writes one line,
        ``Deployment · Germany (DEU) · Germany → Nuuk: 13 troops (planned, 2026-01-14)``."""
        what = " ".join(x for x in (
            how_many(event) if event.quantity is not None else "",
            esc(event.unit) if event.unit else "") if x)
        return [self.s(actor_names(event.actors or event.counterparts)),
                self.s(_where(event) or "venue unknown"), self.s(what or None),
                self.s(esc(event.status)), self.s(esc(event.date) if event.date else None)]
