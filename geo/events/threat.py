"""Threats of force, annexation or coercion (CAMEO 13x), with the threatened state."""

from __future__ import annotations

from geo.actors import actor_for_country, sovereign_of
from geo.events.clause import View
from geo.events.draft import Candidate, by_agent
from geo.events.lexicon import FORCE, THREAT_CONTEXT, THREAT_NOUNS, Trigger
from geo.model import Actor, Place

__all__ = ["target_counterparts", "threaten", "threaten_words"]


def threaten_words(view: View, trig: Trigger) -> bool:
    """A threat word before a word of force ("seized", "invasion"), a word of force after
    the others; no "takeover bid"; "threat to", "of", "against" or "by", or a military
    threat."""
    rest = view.low[trig.j:min(len(view.low), trig.j + 14)]
    before = view.low[max(0, trig.i - 4):trig.i]
    forceful = trig.word in FORCE or trig.word.split()[0] in FORCE
    if forceful and not (set(before) & THREAT_CONTEXT) and trig.word not in THREAT_NOUNS:
        return False  # "Iranian troops seized …": an attack, not a threat
    if trig.word in THREAT_NOUNS and forceful and not (set(before) & THREAT_CONTEXT):
        return False  # "the takeover bid", "the invasion of Iraq" in 2003
    if not forceful and not (set(rest) & FORCE):
        return False  # "threatened by pests", "threatened to follow Brazil's moratorium"
    if trig.word in THREAT_NOUNS and view.low[trig.j:trig.j + 1] == ["bid"]:
        return False
    nxt = view.low[trig.j:trig.j + 2]
    if trig.word in ("threat", "threats") and not (set(nxt) & {"to", "of", "against", "by"}
                                                   or view.low[trig.i - 1] == "military"):
        return False
    return not (trig.pos == "warn" and not (set(rest) & FORCE))


def threaten(view: View, trig: Trigger) -> Candidate | None:
    """Threats of force, annexation or coercion, with the threatened state."""
    if not threaten_words(view, trig):
        return None
    lo, end = view.seg_start(trig.i), view.after_end(trig.j)
    if trig.pos == "warn":
        end = min(len(view.low), trig.j + 24)
    forceful = trig.word in FORCE or trig.word.split()[0] in FORCE
    if forceful and trig.pos == "verb" and not any(
            0 <= loc.i - trig.j <= 3 for loc in view.locs):
        return None  # "to seize $1.7 billion": not a place taken
    target = next((loc for loc in view.locs if trig.j <= loc.i < end and loc.prep != "from"
                   and loc.place.kind in ("country", "admin", "city", "region")), None)
    by = by_agent(view, trig.j, end)
    parties = [p for p in view.parties if p.i < trig.i and not p.loc_role and
               not p.collective and (target is None or p.actor is None or
                                     p.actor.code != _code(target.place))]
    parties = [p for p in parties if p.i >= lo] or parties
    actors = by or (view.resolve(parties[-1:]) if parties else [])
    if not actors:
        return None
    cand = Candidate("threaten", actors)
    if target is not None:
        cand.location = target.place
    cand.confidence = 0.7 if trig.pos == "verb" else 0.6
    return cand


def _code(place: Place) -> str | None:
    actor = actor_for_country(place.country) if place.kind == "country" else None
    return actor.code if actor else None


def target_counterparts(place: Place | None, actors: list[Actor]) -> list[Actor]:
    """The threatened state of a place and the state it belongs to (Greenland → GRL, DNK)."""
    if place is None or not place.country:
        return []
    out = [actor_for_country(place.country), actor_for_country(sovereign_of(place.country))]
    return [a for a in dict.fromkeys(out) if a is not None and a not in actors]


