"""A draft action read from one sentence, and how the rules find who does it."""

from __future__ import annotations

from dataclasses import dataclass, field

from geo.events.clause import View
from geo.events.lexicon import SELF, Trigger
from geo.model import Actor, Place

__all__ = ["Candidate", "by_agent", "fallback_subject", "self_subject", "subject"]


@dataclass
class Candidate:
    """A draft event read from one sentence."""

    type: str
    actors: list[Actor]
    counterparts: list[Actor] = field(default_factory=list)
    location: Place | None = None
    origin: Place | None = None
    status: str = "done"
    date: str | None = None
    precision: str | None = None
    quantity: int | None = None
    unit: str | None = None
    approximate: bool = False
    confidence: float = 0.6
    implicit_location: bool = False  # the location is the document's focus place
    unresolved_destination: bool = False  # "to the border": a place the text leaves open
    from_pronoun: bool = False  # the actors came from "it", "they"…
    evidence: list[tuple[int, int, str]] = field(default_factory=list)


def subject(view: View, trig: Trigger) -> tuple[list[Actor], bool]:
    """Actors of the clause before the trigger; pronouns resolved; flag when only pronouns."""
    parties = view.actors_between(view.seg_start(trig.i), trig.i)
    if not parties:
        return [], False
    pronoun_only = all(p.actor is None for p in parties)
    return view.resolve(parties), pronoun_only


_LIGHT = frozenset({"to", "will", "would", "also", "has", "have", "had", "be", "been", "is",
                    "was", "were", "and", ",", "plans", "plan", "planned", "expected", "set",
                    "due", "agreed", "ready", "then", "later", "could", "may", "might",
                    "shall", "'ll", "now", "soon", "already", "further", "again", "decided",
                    "promised", "pledged", "vowed", "offered", "wants", "intends",
                    "aims", "prepared", "preparing", "are", "'s", "a", "an", "the", "its",
                    "their", "his", "her", "another", "new", "first", "second", "joint"})


def fallback_subject(view: View, trig: Trigger) -> list[Actor]:
    """The sentence's subject, when the clause of the trigger has none of its own and
    holds only light words ("…, and will send", "said it plans to visit")."""
    lo = view.seg_start(trig.i)
    if any(w not in _LIGHT for w in view.low[lo:trig.i]):
        return []
    return view.main_subject()


def self_subject(view: View, trig: Trigger) -> bool:
    """"asks me to deploy": the doer is the speaker, not a state named earlier."""
    lo = view.seg_start(trig.i)
    last = max((p.j for p in view.parties if lo <= p.i < trig.i), default=lo)
    return any(w in SELF for w in view.low[last:trig.i])


def by_agent(view: View, j: int, end: int) -> list[Actor]:
    for k in range(j, min(end, j + 4)):
        if view.low[k] == "by":
            return [p.actor for p in view.actors_between(k + 1, k + 3) if p.actor]
    return []


