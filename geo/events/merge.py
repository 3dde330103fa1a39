"""Merge the same action reported by several articles (or twice in one) into one event.

Two events are the same action when they have the same type, the same parties and the same
place, and their dates can be the same day ("2026-01" and "2026-01-14" can; "2026-01-14"
and "2026-01-15" cannot), except a year-dated plan and a day- or week-dated action of
another status, and a plan and a deed stated in one text (see :meth:`_Cluster.takes`),
which stay two events. An event with no place then joins the one event of the same type,
parties and text that has a place and may be the same action. The merged event keeps the
most precise date, every piece of evidence (so ``Event.sources`` counts the documents)
and a stable id.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable

from geo.model import Actor, Event, Place

__all__ = ["dates_compatible", "event_id", "merge_events"]

_RANK = {"day": 0, "week": 1, "month": 2, "year": 3, None: 4}


def _place_key(place: Place | None) -> str:
    return f"{place.id}:{place.kind}" if place is not None else ""


def event_id(*, type: str, actors: tuple[Actor, ...], counterparts: tuple[Actor, ...],
             location: Place | None, date: str | None, **_: object) -> str:
    """A short stable id: a hash of type, parties, place and date."""
    parties = ",".join(sorted({a.code for a in (*actors, *counterparts)}))
    raw = f"{type}|{parties}|{_place_key(location)}|{date or ''}"
    return type[:2] + "-" + hashlib.sha1(raw.encode("utf-8")).hexdigest()[:10]


def _span(date: str, precision: str | None) -> tuple[dt.date, dt.date]:
    parts = [int(x) for x in date.split("-")]
    if len(parts) == 1:
        return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)
    if len(parts) == 2:
        start = dt.date(parts[0], parts[1], 1)
        nxt = dt.date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
        return start, nxt - dt.timedelta(days=1)
    day = dt.date(*parts)
    return (day, day + dt.timedelta(days=6)) if precision == "week" else (day, day)


def dates_compatible(a: str | None, pa: str | None, b: str | None, pb: str | None) -> bool:
    """True when the two dates (ISO cut to their precision) can name the same day."""
    if not a or not b:
        return True
    try:
        (s1, e1), (s2, e2) = _span(a, pa), _span(b, pb)
    except ValueError:
        return a.startswith(b) or b.startswith(a)
    return s1 <= e2 and s2 <= e1


def _plan_and_fact(a: Event, b: Event) -> bool:
    """A year-dated plan ("will send troops", 2026) and a dated action of another status
    ("sent troops on Monday") are two steps, not one report of the same action."""
    ranks = sorted((_RANK[a.date_precision], _RANK[b.date_precision]))
    return ranks[0] <= _RANK["week"] and ranks[1] == _RANK["year"] and a.status != b.status


_FUTURE = frozenset({"planned", "conditional"})
_SAID = "announced"  # said to be done, under way or to come: either


class _Cluster:
    """Events taken for one action, and the texts that state it as to come (``ahead``:
    planned or conditional), as done or under way (``behind``) or as announced
    (``said``)."""

    __slots__ = ("ahead", "behind", "events", "said")

    def __init__(self) -> None:
        self.events: list[Event] = []
        self.ahead: set[str] = set()
        self.behind: set[str] = set()
        self.said: set[str] = set()

    def add(self, e: Event) -> None:
        self.events.append(e)
        (self.ahead if e.status in _FUTURE else self.said if e.status == _SAID
         else self.behind).update(ev.doc_id for ev in e.evidence)

    def docs(self) -> set[str]:
        """The texts that state the action, whatever they say of it."""
        return self.ahead | self.behind | self.said

    def takes(self, e: Event, strict: bool = False) -> bool:
        """Whether ``e`` may be the action of this cluster: a date that can be the same as
        its first event's, and neither a plan and a fact (:func:`_plan_and_fact`) nor a plan
        and a deed stated in one text. One text does not report the same action both as to
        come and as done or under way ("officials have met …; they expect the group to
        hold its first meeting within weeks"); an announced action may be either ("agreed
        to send troops"; "the troops will arrive next week"), unless ``strict``, where it
        counts as a deed. Across texts they may be one action, reported before and after
        it."""
        head = self.events[0]
        if not dates_compatible(head.date, head.date_precision, e.date, e.date_precision) \
                or _plan_and_fact(head, e):
            return False
        if e.status in _FUTURE:
            other = self.behind | self.said if strict else self.behind
        elif e.status == _SAID and not strict:
            return True
        else:
            other = self.ahead
        return other.isdisjoint(ev.doc_id for ev in e.evidence)


def _key(e: Event) -> tuple:
    if e.type == "meet":
        parties: tuple = (tuple(sorted({a.code for a in (*e.actors, *e.counterparts)})),)
    else:
        parties = (tuple(sorted(a.code for a in e.actors)),)
    return (e.type, parties, _place_key(e.location))


def _combine(group: list[Event]) -> Event:
    lead = max(group, key=lambda e: e.confidence)  # stable: the first of the best
    dated = min(group, key=lambda e: _RANK[e.date_precision])
    evidence = tuple(dict.fromkeys(ev for e in group for ev in e.evidence))
    actors = group[0].actors
    counterparts = tuple(dict.fromkeys(a for e in group for a in e.counterparts
                                       if a not in actors))
    quantity = next((e.quantity for e in group if e.quantity is not None), None)
    unit = next((e.unit for e in group if e.quantity is not None and e.unit), None) or next(
        (e.unit for e in group if e.unit), None)
    sources = len({ev.doc_id for ev in evidence})
    fields = dict(
        type=lead.type, actors=actors, counterparts=counterparts,
        location=lead.location if lead.location is not None else next(
            (e.location for e in group if e.location is not None), None),
        origin=next((e.origin for e in group if e.origin is not None), None),
        date=dated.date, date_precision=dated.date_precision, quantity=quantity, unit=unit,
        approximate=quantity is None and any(e.approximate for e in group),
        status=lead.status, confidence=round(min(1.0, lead.confidence + 0.05 * (sources - 1)),
                                             2),
        evidence=evidence)
    return Event(id=event_id(**fields), **fields)


def _place_unplaced(groups: dict[tuple, list[_Cluster]]) -> None:
    """Join each cluster with no place to the one cluster of the same type and parties that
    has a place, shares a text with it and may be the same action (:meth:`_Cluster.takes`
    for each of its events, announced ones counted as deeds): "officials have met face
    to face" and "after a meeting in Washington", in one text and between the same
    parties, are one meeting held in Washington. With no such cluster, or several, it
    stays apart."""
    placed: dict[tuple, dict[str, list[_Cluster]]] = {}  # (type, parties) -> text -> clusters
    for (kind, parties, place), clusters in groups.items():
        if place:
            by_doc = placed.setdefault((kind, parties), {})
            for c in clusters:
                for doc in c.docs():
                    by_doc.setdefault(doc, []).append(c)
    for (kind, parties, place), clusters in groups.items():
        by_doc = placed.get((kind, parties))
        if place or by_doc is None:
            continue
        for cluster in list(clusters):
            docs = cluster.docs()
            near = {id(c): c for doc in docs for c in by_doc.get(doc, ())}
            fits = [c for c in near.values()
                    if all(c.takes(e, strict=True) for e in cluster.events)]
            if len(fits) == 1:
                for e in cluster.events:
                    fits[0].add(e)
                for doc in docs:
                    if fits[0] not in by_doc.setdefault(doc, []):
                        by_doc[doc].append(fits[0])
                clusters.remove(cluster)


def merge_events(events: Iterable[Event]) -> tuple[Event, ...]:
    """One event per action: duplicates (across or within documents) merged, in a
    deterministic order: by document, then by where in it the action is first stated."""
    ordered = sorted(events, key=lambda e: (
        _RANK[e.date_precision], e.date or "", e.evidence[0].doc_id if e.evidence else "",
        e.evidence[0].start if e.evidence else 0, e.type, e.id))
    groups: dict[tuple, list[_Cluster]] = {}
    for e in ordered:
        clusters = groups.setdefault(_key(e), [])
        for cluster in clusters:
            if cluster.takes(e):
                break
        else:
            cluster = _Cluster()
            clusters.append(cluster)
        cluster.add(e)
    _place_unplaced(groups)
    merged = [_combine(c.events) for clusters in groups.values() for c in clusters]
    return tuple(sorted(merged, key=lambda e: (
        e.evidence[0].doc_id if e.evidence else "", e.evidence[0].start if e.evidence else 0,
        e.type, tuple(a.code for a in e.actors), e.id)))
