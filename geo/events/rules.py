"""One rule per action type: given a trigger in a sentence, the action it states (or None).

Each rule returns a :class:`Candidate`, a mutable draft that :mod:`geo.events.extract`
turns into a frozen :class:`geo.model.Event` once the whole document has been read.
"""

from __future__ import annotations

from geo.actors import actor_for_country
from geo.events.clause import Loc, View, quantity_of
from geo.events.draft import (
    Candidate,
    by_agent,
    fallback_subject,
    self_subject,
    subject,
)
from geo.events.lexicon import (
    CLOSE_VERBS,
    EXERCISE_MODS,
    EXERCISE_VERBS,
    GROUP_VERBS,
    HOLD_VERBS,
    MISSION_VERBS,
    NOT_MET,
    SPORT,
    Trigger,
)

__all__ = ["RULES", "Candidate", "target_counterparts"]

_DEST = frozenset({"to", "in", "into", "at", "toward", "towards", "on", "inside"})
_VENUE = frozenset({"in", "at"})
_NEEDS_TROOPS = frozenset({"send", "sent", "sends", "sending", "dispatch", "dispatched",
                           "dispatches", "dispatching", "station", "stationed", "stations",
                           "stationing", "post", "posted", "posting", "rotate", "rotating",
                           "rotated", "fly", "flew", "flown", "flying", "airlift",
                           "airlifted", "reinforce", "reinforced", "reinforcing",
                           "despatch", "despatched"})


def deploy(view: View, trig: Trigger) -> Candidate | None:
    """A state sends, deploys, stations or reinforces troops, ships or aircraft."""
    lo, end = view.seg_start(trig.i), view.after_end(trig.j)
    obj = view.military_noun(trig.j, min(end, trig.j + 8))
    subj_noun = view.military_noun(lo, trig.i)
    pronoun_obj = trig.word in _NEEDS_TROOPS and trig.j < len(view.low) and \
        view.low[trig.j] in ("them", "it")
    if trig.pos == "boost" and obj is None:
        return None
    if trig.pos == "part" and subj_noun is None:
        return None
    if trig.word in _NEEDS_TROOPS and obj is None and subj_noun is None and not pronoun_obj:
        return None
    if self_subject(view, trig):
        return None
    actors, from_pronoun = subject(view, trig)
    actors = by_agent(view, trig.j, end) or actors
    if not actors and obj is not None:  # "sent 200 French troops"
        actors = [p.actor for p in view.actors_between(trig.j, obj + 1) if p.actor]
    if not actors and trig.pos != "noun":
        actors = fallback_subject(view, trig)
    if not actors:
        return None
    cand = Candidate("deploy", actors, from_pronoun=from_pronoun or pronoun_obj)
    noun = obj if obj is not None else subj_noun
    if noun is not None:
        cand.quantity, cand.unit, cand.approximate = quantity_of(view, noun)
    dest = view.place_after(trig.j, end, _DEST) or view.place_before(lo, trig.i, _DEST)
    if dest is None and trig.pos == "boost" and (obj is None or view.low[obj] != "presence"):
        return None  # "strengthened our armed forces", "expand its fleet to 58 aircraft"
    cand.location = dest.place if dest else None
    cand.unresolved_destination = dest is None and any(
        view.low[k] in ("to", "into") and view.low[k + 1] == "the"
        for k in range(trig.j, min(end, len(view.low) - 1)))
    origin = view.place_after(lo, end, frozenset({"from"}))
    cand.origin = origin.place if origin else None
    cand.confidence = 0.75 if trig.pos in ("verb", "boost") else 0.6
    return cand


def meet(view: View, trig: Trigger) -> Candidate | None:
    """Talks, meetings, summits, visits and working groups, with every participant."""
    lo, end = view.seg_start(trig.i), view.after_end(trig.j, 24)
    if any(w in SPORT for w in view.low):
        return None  # "Brazil will meet Argentina in the World Cup qualifier"
    nxt = view.low[trig.j:trig.j + 4]
    if trig.pos == "verb" and set(nxt) & NOT_MET:
        return None  # "meet its obligations"
    if trig.pos == "verb" and trig.word.startswith(("talk", "negotiat")) and not any(
            p.actor and (p.i == trig.j or (p.i <= trig.j + 3 and view.low[trig.j] in (
                "with", "to"))) for p in view.parties):
        return None  # "talk about", "negotiate compensation"
    if trig.pos == "group" and not any(w in GROUP_VERBS for w in view.low[lo:trig.i]):
        return None
    if trig.pos == "noun":
        near_with = any(w in ("with", "between", "among") for w in view.low[trig.j:trig.j + 8])
        held = any(w in HOLD_VERBS for w in view.low[max(lo, trig.i - 6):trig.i])
        if not (near_with or held):
            return None
    if self_subject(view, trig):
        return None
    actors, _ = subject(view, trig)
    if not actors:
        actors = fallback_subject(view, trig)
    if trig.pos != "verb":  # "talks with X", "a meeting … between X and Y"
        w = next((k for k in range(trig.j, end) if view.low[k] in ("with", "between",
                                                                   "among")), end)
        if w - trig.j > 8:
            w = end
    else:
        w = trig.j
    others = [p.actor for p in view.actors_between(w, end) if p.actor]
    counterparts = [a for a in dict.fromkeys(others) if a not in actors]
    venue = view.place_after(trig.j, end, _VENUE) or view.place_before(lo, trig.i, _VENUE)
    if venue is None and trig.word.startswith("visit"):
        venue = view.place_after(trig.j, end, frozenset(view.low))
    if venue is not None and trig.word.startswith("visit"):
        host = actor_for_country(venue.place.country)
        if host and host not in actors and host not in counterparts:
            counterparts.append(host)
    alone = len(actors) == 1 and actors[0].kind == "organization" and trig.word in (
        "meet", "meets", "met", "summit", "meeting") and (venue is not None)
    if len(actors) + len(counterparts) < 2 and not alone:
        return None  # NATO ministers meeting in Brussels is a meeting of NATO
    if not actors:  # "the summit between Japan and Australia"
        actors, counterparts = counterparts[:1], counterparts[1:]
    cand = Candidate("meet", actors, counterparts)
    cand.location = venue.place if venue else None
    cand.confidence = 0.8 if trig.pos == "verb" else 0.65
    return cand


def mission(view: View, trig: Trigger) -> Candidate | None:
    """Embassies and consulates opened, reopened, closed or planned."""
    lo, end = view.seg_start(trig.i), view.after_end(trig.j)
    near = view.low[max(lo, trig.i - 5):trig.i] + view.low[trig.j:trig.j + 3]
    if not any(w in MISSION_VERBS or w in ("opening", "closure", "reopening") for w in near):
        return None
    actors, from_pronoun = subject(view, trig)
    if not actors:
        return None
    place = view.place_after(trig.j, end, frozenset({"in", "to", "at"})) or view.place_before(
        lo, trig.i, frozenset({"in"}))
    cand = Candidate("mission", actors, location=place.place if place else None,
                     from_pronoun=from_pronoun)
    noun = view.low[trig.i].rstrip("s").replace("embassie", "embassy")
    closing = any(w in CLOSE_VERBS for w in near)
    cand.unit = f"{noun} (closed)" if closing else noun
    cand.confidence = 0.8 if place else 0.55
    return cand


def exercise(view: View, trig: Trigger) -> Candidate | None:
    """Military exercises, with the hosting and joining states."""
    lo, end = view.seg_start(trig.i), view.after_end(trig.j)
    toks = view.sent.tokens
    before = view.low[max(lo, trig.i - 6):trig.i]
    joining = any(w in EXERCISE_VERBS for w in before) and not (
        "take" in before and "part" not in before)
    caps = [k for k in range(max(1, trig.i - 3), trig.i) if toks[k].is_cap]
    named = [t.text for t in toks[caps[0]:trig.i]] if caps else []
    modified = bool(set(view.low[max(0, trig.i - 2):trig.i]) & EXERCISE_MODS) or (
        trig.i > 1 and any(t.is_cap for t in toks[max(1, trig.i - 2):trig.i]))
    if not (joining or modified):
        return None
    actors = view.resolve(view.actors_between(lo, trig.i)) if joining else []
    partners = [p.actor for p in view.actors_between(trig.j, end) if p.actor and
                view.low[p.i - 1] in ("with", "by", "and", ",")]
    place: Loc | None = view.place_after(trig.j, end, frozenset({"in", "at", "near", "off",
                                                                 "on"}))
    place = place or view.place_before(lo, trig.i, frozenset({"in", "to", "at"}))
    cand = Candidate("exercise", [*actors, *(a for a in partners if a not in actors)])
    cand.location = place.place if place else None
    cand.unit = " ".join(named) + " exercise" if named and trig.i > 0 else None
    cand.confidence = 0.7 if joining else 0.55
    return cand


from geo.events.threat import target_counterparts, threaten  # noqa: E402

RULES = {"deploy": deploy, "meet": meet, "mission": mission, "exercise": exercise,
         "threaten": threaten}
