"""The records that flow through the pipeline: small, frozen, checked when built.

read → recognize → resolve → extract → merge → render/export. Each stage takes the
records of the one before and returns its own; none of them is ever changed in place.

Coordinates are kept as separate ``lat`` and ``lon`` attributes; the one place where they
become a GeoJSON ``[lon, lat]`` pair is :func:`lonlat`.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import Literal

MentionKind = Literal[
    "country", "city", "admin", "region", "continent", "feature",
    "demonym", "organization", "base",
]
PlaceKind = Literal[
    "country", "city", "admin", "region", "continent", "feature", "organization", "base",
]
ActorKind = Literal["state", "organization"]
EventType = Literal["deploy", "exercise", "meet", "mission", "threaten"]
Status = Literal["done", "ongoing", "planned", "announced", "conditional"]
DatePrecision = Literal["day", "week", "month", "year"]

MENTION_KINDS: frozenset[str] = frozenset(MentionKind.__args__)  # type: ignore[attr-defined]
PLACE_KINDS: frozenset[str] = frozenset(PlaceKind.__args__)  # type: ignore[attr-defined]
EVENT_TYPES: tuple[str, ...] = EventType.__args__  # type: ignore[attr-defined]
STATUSES: tuple[str, ...] = Status.__args__  # type: ignore[attr-defined]
DATE_PRECISIONS: tuple[str, ...] = DatePrecision.__args__  # type: ignore[attr-defined]


def lonlat(lat: float, lon: float) -> tuple[float, float]:
    """Return the GeoJSON/shapely order ``(lon, lat)``: the only lat/lon swap in geo."""
    return (lon, lat)


def _check(cond: bool, message: str) -> None:
    if not cond:
        raise ValueError(message)


@dataclass(frozen=True, slots=True)
class Document:
    """One article. ``text`` is the article body; every offset in geo points into it."""

    id: str
    text: str
    date: _dt.date | None = None
    title: str | None = None
    source: str | None = None  # the file path or URL it came from

    def __init__(self, id: str, text: str, date: _dt.date | None = None,
                 title: str | None = None, source: str | None = None) -> None:
        # one per article: the checks of _check inlined, the fields set through their
        # slots' setters (see Mention)
        if not id:
            raise ValueError("Document.id must not be empty")
        if not isinstance(text, str):
            raise ValueError("Document.text must be a str")
        _D_ID(self, id)
        _D_TEXT(self, text)
        _D_DATE(self, date)
        _D_TITLE(self, title)
        _D_SOURCE(self, source)


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of ``Document.text`` that names a place, a people or an organization."""

    doc_id: str
    start: int
    end: int
    text: str
    kind: MentionKind

    def __init__(self, doc_id: str, start: int, end: int, text: str,
                 kind: MentionKind) -> None:
        # A Mention is built for every name of every text: the checks of _check are
        # inlined, and the fields are set through their slots' own setters (the frozen
        # dataclass __init__ goes through object.__setattr__, at twice the cost).
        if not 0 <= start < end:
            raise ValueError(f"Mention needs 0 <= start < end, got {start}..{end}")
        if len(text) != end - start:
            raise ValueError("Mention.text length must equal end - start")
        if kind not in MENTION_KINDS:
            raise ValueError(f"unknown mention kind {kind!r}")
        _M_DOC_ID(self, doc_id)
        _M_START(self, start)
        _M_END(self, end)
        _M_TEXT(self, text)
        _M_KIND(self, kind)


@dataclass(frozen=True, slots=True)
class Place:
    """A point on the globe from the gazetteer; ``id`` is the GeoNames id where there is one."""

    id: str
    name: str
    lat: float
    lon: float
    country: str | None  # ISO 3166-1 alpha-2, or None for seas, continents, regions
    kind: PlaceKind
    population: int = 0
    source: str = ""  # which data set it came from, e.g. "geonames", "pycountry+countryinfo"
    admin1: str | None = None

    def __init__(self, id: str, name: str, lat: float, lon: float,
                 country: str | None, kind: PlaceKind, population: int = 0, source: str = "",
                 admin1: str | None = None) -> None:
        # the checks of _check, inlined (the messages are formatted only on failure), and
        # the fields set through their slots' setters (see Mention)
        if not -90.0 <= lat <= 90.0:
            raise ValueError(f"latitude out of range: {lat}")
        if not -180.0 <= lon <= 180.0:
            raise ValueError(f"longitude out of range: {lon}")
        if kind not in PLACE_KINDS:
            raise ValueError(f"unknown place kind {kind!r}")
        if country is not None and len(country) != 2:
            raise ValueError("Place.country must be alpha-2")
        _P_ID(self, id)
        _P_NAME(self, name)
        _P_LAT(self, lat)
        _P_LON(self, lon)
        _P_COUNTRY(self, country)
        _P_KIND(self, kind)
        _P_POPULATION(self, population)
        _P_SOURCE(self, source)
        _P_ADMIN1(self, admin1)

    @property
    def __geo_interface__(self) -> dict:
        return {"type": "Point", "coordinates": lonlat(self.lat, self.lon)}


@dataclass(frozen=True, slots=True)
class Resolution:
    """A mention tied to the place it most likely means, with a score and the reason."""

    mention: Mention
    place: Place
    score: float
    reason: str

    def __init__(self, mention: Mention, place: Place, score: float, reason: str) -> None:
        if not 0.0 <= score <= 1.0:  # _check, inlined; one per resolved name (see Mention)
            raise ValueError(f"Resolution.score must be in [0, 1], got {score}")
        _R_MENTION(self, mention)
        _R_PLACE(self, place)
        _R_SCORE(self, score)
        _R_REASON(self, reason)

    @property
    def __geo_interface__(self) -> dict:
        return self.place.__geo_interface__


def _setters(cls: type, *names: str) -> tuple:
    """The setters of the slots ``names`` of a frozen dataclass, for its own __init__."""
    return tuple(cls.__dict__[name].__set__ for name in names)


_D_ID, _D_TEXT, _D_DATE, _D_TITLE, _D_SOURCE = _setters(
    Document, "id", "text", "date", "title", "source")
_M_DOC_ID, _M_START, _M_END, _M_TEXT, _M_KIND = _setters(
    Mention, "doc_id", "start", "end", "text", "kind")
_R_MENTION, _R_PLACE, _R_SCORE, _R_REASON = _setters(
    Resolution, "mention", "place", "score", "reason")
_P_ID, _P_NAME, _P_LAT, _P_LON, _P_COUNTRY, _P_KIND, _P_POPULATION, _P_SOURCE, _P_ADMIN1 = \
    _setters(Place, "id", "name", "lat", "lon", "country", "kind", "population", "source",
             "admin1")


@dataclass(frozen=True, slots=True)
class Actor:
    """A state (ISO 3166-1 alpha-3, e.g. ``GRL``) or an organization (``NATO``, ``EU``)."""

    code: str
    name: str
    kind: ActorKind = "state"

    def __post_init__(self) -> None:
        _check(bool(self.code) and self.code.upper() == self.code, "Actor.code must be upper case")


@dataclass(frozen=True, slots=True)
class Evidence:
    """The words an event was read from: a sentence and the span of it inside the document."""

    doc_id: str
    start: int
    end: int
    sentence: str

    def __post_init__(self) -> None:
        _check(0 <= self.start <= self.end, "Evidence needs 0 <= start <= end")


@dataclass(frozen=True, slots=True)
class Event:
    """An action: who did what, where, when, how many, how sure, and the words that say so.

    ``date`` is an ISO date cut to its precision ("2026-01-14", "2026-01", "2026");
    for a week it is the Monday of that week. ``location`` is where it happens
    (the destination of a deployment, the venue of a meeting); ``origin`` is where a
    deployment leaves from.
    """

    id: str
    type: EventType
    actors: tuple[Actor, ...]
    counterparts: tuple[Actor, ...] = ()
    location: Place | None = None
    origin: Place | None = None
    date: str | None = None
    date_precision: DatePrecision | None = None
    quantity: int | None = None
    unit: str | None = None  # what was sent or opened: "troops", "officer", "consulate"
    approximate: bool = False
    status: Status = "done"
    confidence: float = 0.5
    evidence: tuple[Evidence, ...] = field(default_factory=tuple)

    def __post_init__(self) -> None:
        _check(self.type in EVENT_TYPES, f"unknown event type {self.type!r}")
        _check(self.status in STATUSES, f"unknown status {self.status!r}")
        _check(self.date_precision is None or self.date_precision in DATE_PRECISIONS,
               f"unknown date precision {self.date_precision!r}")
        _check(0.0 <= self.confidence <= 1.0, "Event.confidence must be in [0, 1]")
        _check(self.quantity is None or self.quantity >= 0, "Event.quantity must be >= 0")
        _check(bool(self.actors) or bool(self.counterparts), "an Event needs at least one actor")

    @property
    def sources(self) -> int:
        """How many documents report this event."""
        return len({e.doc_id for e in self.evidence})

    @property
    def __geo_interface__(self) -> dict | None:
        if self.location is None:
            return None
        if self.type == "deploy" and self.origin is not None:
            return {"type": "LineString", "coordinates": [
                lonlat(self.origin.lat, self.origin.lon),
                lonlat(self.location.lat, self.location.lon)]}
        return self.location.__geo_interface__


@dataclass(frozen=True, slots=True)
class Analysis:
    """One document after recognize, resolve and extract (before the cross-document merge).

    ``mentions`` holds every recognized span, resolved or not; ``resolutions`` those that
    were placed on the map.
    """

    document: Document
    mentions: tuple[Mention, ...]
    resolutions: tuple[Resolution, ...]
    events: tuple[Event, ...]

    def __init__(self, document: Document, mentions: tuple[Mention, ...],
                 resolutions: tuple[Resolution, ...], events: tuple[Event, ...]) -> None:
        # one per document: the fields are set through their slots' setters (see Mention)
        _A_DOCUMENT(self, document)
        _A_MENTIONS(self, mentions)
        _A_RESOLUTIONS(self, resolutions)
        _A_EVENTS(self, events)


_A_DOCUMENT, _A_MENTIONS, _A_RESOLUTIONS, _A_EVENTS = _setters(
    Analysis, "document", "mentions", "resolutions", "events")


@dataclass(frozen=True, slots=True)
class Story:
    """What render and export consume: the documents, every resolved mention, the events."""

    documents: tuple[Document, ...]
    resolutions: tuple[Resolution, ...]
    events: tuple[Event, ...]

    @property
    def places(self) -> tuple[Place, ...]:
        """Each distinct resolved place once, in order of first mention."""
        seen: dict[tuple[str, str], Place] = {}
        for r in self.resolutions:
            seen.setdefault((r.place.id, r.place.kind), r.place)
        return tuple(seen.values())

    def mention_counts(self) -> dict[str, int]:
        """Number of mentions per place id."""
        counts: dict[str, int] = {}
        for r in self.resolutions:
            counts[r.place.id] = counts.get(r.place.id, 0) + 1
        return counts

    def date_range(self) -> tuple[_dt.date, _dt.date] | None:
        """The earliest and latest document dates, or None when no document has one."""
        dates = sorted(d.date for d in self.documents if d.date is not None)
        return (dates[0], dates[-1]) if dates else None
