"""Read the actions of one document, sentence by sentence, then fill what the text leaves
implicit (the focus place, the sender's country as origin, the host of an exercise)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from geo.actors import actor_for_country, alpha2_of, sovereign_of
from geo.events.clause import Loc, View
from geo.events.lexicon import find_triggers
from geo.events.merge import event_id, merge_events
from geo.events.parties import _token_span, find_parties, learn_officials
from geo.events.rules import RULES, Candidate, target_counterparts
from geo.events.text import sentences
from geo.model import Document, Event, Evidence, Mention, Place, Resolution

__all__ = ["extract_events"]

_PLACE_KINDS = {"country", "city", "admin", "region", "continent", "feature", "base"}
_DIRECTION = re.compile(r"(?:north|south|east|west|central|northern|southern|eastern|"
                        r"western|north-?eastern|north-?western|south-?eastern|"
                        r"south-?western|northeast|northwest|southeast|southwest)$")
_ATTRIBUTION = re.compile(
    r"contributed (?:reporting )?to this (?:report|story)|^\(?(?:reporting|writing|editing)"
    r" by\b|^additional reporting\b", re.IGNORECASE)


def extract_events(doc: Document, mentions: tuple[Mention, ...],
                   resolutions: tuple[Resolution, ...],
                   country_place: Callable[[str], Place | None]) -> tuple[Event, ...]:
    """The actions ``doc`` states, each with its evidence sentence and a confidence.

    ``mentions``/``resolutions`` are the geoparser's output for ``doc``; ``country_place``
    gives a country's representative place from its alpha-2 code (the gazetteer's
    ``country`` method). Same actions stated twice in the document come back merged.
    """
    resolved = {(r.mention.start, r.mention.end): r for r in resolutions}
    ordered = sorted(mentions, key=lambda m: m.start)
    officials: dict = {}
    last_subject: list = []
    drafts: list[tuple[int, Candidate]] = []
    for si, sent in enumerate(sentences(doc.text)):
        ms = [m for m in ordered if sent.start <= m.start < sent.end]
        parties = find_parties(sent, ms, resolved, officials)
        learn_officials(sent, parties, officials)
        if _ATTRIBUTION.search(sent.text):
            continue
        locs = []
        for m in ms:
            res = resolved.get((m.start, m.end))
            span = _token_span(sent, m.start, m.end)
            if res is None or span is None or m.kind not in _PLACE_KINDS:
                continue
            k = span[0] - 1
            while k > 0 and (sent.tokens[k].lower in ("the", "a", "an") or
                             _DIRECTION.match(sent.tokens[k].lower)):
                k -= 1
            prep = sent.tokens[k].lower if k >= 0 else ""
            locs.append(Loc(span[0], span[1], res.place, prep))
        view = View(sent, parties, locs, doc.date, last_subject)
        for trig in find_triggers(sent.tokens):
            if view.blocked(trig):
                continue
            cand = RULES[trig.type](view, trig)
            if cand is None:
                continue
            cand.status = view.status(trig)
            cand.date, cand.precision = view.date(trig, cand.status)
            cand.evidence = [(sent.start, sent.end, sent.text)]
            drafts.append((si, cand))
        subject = view.main_subject()
        if subject:
            last_subject = subject
    drafts = _continue_pronouns(drafts)
    focus = _focus(resolutions, [c for _, c in drafts], country_place)
    events = [e for _, c in drafts for e in _finish(doc, c, focus, country_place)]
    return merge_events(events)


def _continue_pronouns(drafts: list[tuple[int, Candidate]]) -> list[tuple[int, Candidate]]:
    """"It said it was sending them from Denmark": fold into the deployment just read."""
    out: list[tuple[int, Candidate]] = []
    for si, cand in drafts:
        prev = next((c for sj, c in reversed(out) if c.type == cand.type == "deploy" and
                     0 < si - sj <= 2 and c.actors == cand.actors), None)
        if prev is not None and cand.from_pronoun:
            prev.origin = prev.origin or cand.origin
            prev.location = prev.location or cand.location
            if prev.quantity is None and cand.quantity is not None:
                prev.quantity, prev.unit = cand.quantity, cand.unit
            prev.evidence.extend(cand.evidence)
            continue
        out.append((si, cand))
    return out


def _focus(resolutions: tuple[Resolution, ...], drafts: list[Candidate],
           country_place: Callable[[str], Place | None]) -> list[tuple[Place, int, bool]]:
    """Places the document is about, best first, each with its score and whether an
    action (other than a meeting) explicitly takes place there; then the countries it
    mentions, by how often."""
    score: Counter[str] = Counter()
    acted: set[str] = set()
    first: dict[str, int] = {}
    best: dict[str, Place] = {}
    met: set[str] = set()
    for c in drafts:
        if c.type != "meet" and c.location is not None and c.location.country:
            score[c.location.country] += 5 * len(c.actors or [None])
            acted.add(c.location.country)
        elif c.type == "meet":
            met |= {alpha2_of(a) for a in (*c.actors, *c.counterparts)}
            met.add(c.location.country if c.location is not None else None)
    for n, r in enumerate(resolutions):
        code = r.place.country
        if not code or r.mention.kind in ("demonym", "organization"):
            continue
        score[code] += 1
        first.setdefault(code, n)
        if r.place.kind == "country":
            best.setdefault(code, r.place)
    ranked = sorted(score, key=lambda c: (-score[c], first.get(c, 1 << 30)))
    out = []
    for code in ranked:
        place = best.get(code) or country_place(code)
        if place is not None and (code in acted or code not in met):
            out.append((place, score[code], code in acted))
    return out


def _implicit_place(focus: list[tuple[Place, int, bool]], senders: set) -> Place | None:
    """Where an action without a stated place happens: a place where the document's other
    actions explicitly happen, else the country it clearly mentions most (at least twice
    and more often than any other), never the sender's own country."""
    others = [(p, n, acted) for p, n, acted in focus if p.country not in senders]
    if not others:
        return None
    place, n, acted = others[0]
    if acted:
        return place
    runner = others[1][1] if len(others) > 1 else 0
    return place if n >= 2 and n > runner else None


def _finish(doc: Document, c: Candidate, focus: list[tuple[Place, int, bool]],
            country_place: Callable[[str], Place | None]) -> list[Event]:
    senders = {alpha2_of(a) for a in c.actors}
    if c.location is None and c.type in ("deploy", "threaten", "exercise") and \
            not c.unresolved_destination:
        c.location = _implicit_place(focus, senders)
        c.implicit_location = c.location is not None
        c.confidence -= 0.1
    if c.type == "exercise" and not c.actors and c.location is not None:
        host = actor_for_country(sovereign_of(c.location.country) or c.location.country)
        if host is None:
            return []
        c.actors = [host]
    if c.type == "threaten":
        c.counterparts = target_counterparts(c.location, c.actors)
    if c.from_pronoun:
        c.confidence -= 0.1
    evidence = tuple(Evidence(doc.id, s, e, text) for s, e, text in c.evidence)
    groups = [[a] for a in c.actors] if c.type in ("deploy", "mission") else [c.actors]
    out = []
    for actors in groups:
        if not actors and not c.counterparts:
            continue
        origin = c.origin
        if c.type == "deploy" and origin is None:
            code = alpha2_of(actors[0])
            origin = country_place(code) if code else None
        fields = dict(
            type=c.type, actors=tuple(actors), counterparts=tuple(c.counterparts),
            location=c.location, origin=origin if c.type == "deploy" else None,
            date=c.date, date_precision=c.precision, quantity=c.quantity, unit=c.unit,
            approximate=c.approximate, status=c.status,
            confidence=round(min(1.0, max(0.05, c.confidence)), 2), evidence=evidence)
        out.append(Event(id=event_id(**fields), **fields))
    return out
