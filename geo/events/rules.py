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
    forms,
)

__all__ = ["RULES", "Candidate", "target_counterparts", "venue_is_party", "words_allow"]

_DEST = frozenset({"to", "in", "into", "at", "toward", "towards", "on", "inside"})
_VENUE = frozenset({"in", "at"})
# the verbs that state a deployment only with troops, ships or aircraft near them, in
# every form ("reinforces its embassy" is none)
_NEEDS_TROOPS = frozenset(f for v in ("send", "dispatch", "despatch", "station", "post",
                                      "rotate", "fly", "airlift", "reinforce") for f in forms(v))


def words_allow(view: View, trig: Trigger) -> bool:
    """False when the words of the sentence alone rule out an action at ``trig``: it is
    blocked (see :meth:`View.blocked`) or fails the first checks of its rule, those that
    read no party, place or date (so ``view`` may have none)."""
    return not view.blocked(trig) and _WORDS[trig.type](view, trig)


def _deploy_words(view: View, trig: Trigger) -> bool:
    """Troops, ships or aircraft near the words that need them ("increased its troops",
    "troops were part of", "sent 300 soldiers", "sent them")."""
    lo, end = view.seg_start(trig.i), view.after_end(trig.j)
    obj = view.military_noun(trig.j, min(end, trig.j + 8))
    if trig.pos == "boost":
        return obj is not None
    subj_noun = view.military_noun(lo, trig.i)
    if trig.pos == "part":
        return subj_noun is not None
    pronoun_obj = trig.j < len(view.low) and view.low[trig.j] in ("them", "it")
    return trig.word not in _NEEDS_TROOPS or obj is not None or subj_noun is not None \
        or pronoun_obj


def deploy(view: View, trig: Trigger) -> Candidate | None:
    """A state sends, deploys, stations or reinforces troops, ships or aircraft."""
    if not _deploy_words(view, trig):
        return None
    lo, end = view.seg_start(trig.i), view.after_end(trig.j)
    obj = view.military_noun(trig.j, min(end, trig.j + 8))
    subj_noun = view.military_noun(lo, trig.i)
    pronoun_obj = trig.word in _NEEDS_TROOPS and trig.j < len(view.low) and \
        view.low[trig.j] in ("them", "it")
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


# the words at which an organization may meet alone, at a venue ("NATO met in Brussels")
_MEETS_ALONE = frozenset({"meet", "meets", "met", "summit", "meeting"})


def venue_is_party(word: str) -> bool:
    """Whether :func:`meet` may take a place as the second party of a meeting at ``word``:
    the state a visit goes to, or the venue of an organization that meets alone."""
    return word.startswith("visit") or word in _MEETS_ALONE


def _meet_words(view: View, trig: Trigger) -> bool:
    """No sport; no "meet its obligations"; a verb that forms the working group; "with"
    after a meeting noun or a verb that holds it before."""
    lo = view.seg_start(trig.i)
    if any(w in SPORT for w in view.low):
        return False  # "Brazil will meet Argentina in the World Cup qualifier"
    if trig.pos == "verb" and set(view.low[trig.j:trig.j + 4]) & NOT_MET:
        return False  # "meet its obligations"
    if trig.pos == "group" and not any(w in GROUP_VERBS for w in view.low[lo:trig.i]):
        return False
    if trig.pos == "noun":
        near_with = any(w in ("with", "between", "among") for w in view.low[trig.j:trig.j + 8])
        held = any(w in HOLD_VERBS for w in view.low[max(lo, trig.i - 6):trig.i])
        return near_with or held
    return True


def meet(view: View, trig: Trigger) -> Candidate | None:
    """Talks, meetings, summits, visits and working groups, with every participant."""
    if not _meet_words(view, trig):
        return None
    lo, end = view.seg_start(trig.i), view.after_end(trig.j, 24)
    if trig.pos == "verb" and trig.word.startswith(("talk", "negotiat")) and not any(
            p.actor and (p.i == trig.j or (p.i <= trig.j + 3 and view.low[trig.j] in (
                "with", "to"))) for p in view.parties):
        return None  # "talk about", "negotiate compensation"
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
    alone = len(actors) == 1 and actors[0].kind == "organization" and \
        trig.word in _MEETS_ALONE and (venue is not None)
    if len(actors) + len(counterparts) < 2 and not alone:
        return None  # NATO ministers meeting in Brussels is a meeting of NATO
    if not actors:  # "the summit between Japan and Australia"
        actors, counterparts = counterparts[:1], counterparts[1:]
    cand = Candidate("meet", actors, counterparts)
    cand.location = venue.place if venue else None
    cand.confidence = 0.8 if trig.pos == "verb" else 0.65
    return cand


def _mission_near(view: View, trig: Trigger) -> list[str]:
    lo = view.seg_start(trig.i)
    return view.low[max(lo, trig.i - 5):trig.i] + view.low[trig.j:trig.j + 3]


def _mission_words(view: View, trig: Trigger) -> bool:
    """A verb of opening or closing near the mission."""
    return any(w in MISSION_VERBS or w in ("opening", "closure", "reopening")
               for w in _mission_near(view, trig))


def mission(view: View, trig: Trigger) -> Candidate | None:
    """Embassies and consulates opened, reopened, closed or planned."""
    if not _mission_words(view, trig):
        return None
    lo, end = view.seg_start(trig.i), view.after_end(trig.j)
    near = _mission_near(view, trig)
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


def _joining(view: View, trig: Trigger) -> bool:
    """A verb of holding or joining the exercise before it ("took part in" too)."""
    lo = view.seg_start(trig.i)
    before = view.low[max(lo, trig.i - 6):trig.i]
    return any(w in EXERCISE_VERBS for w in before) and not (
        "take" in before and "part" not in before)


def _exercise_words(view: View, trig: Trigger) -> bool:
    """A verb of holding or joining before the exercise, or a word that makes it military
    ("joint", "naval", a name)."""
    toks = view.sent.tokens
    modified = bool(set(view.low[max(0, trig.i - 2):trig.i]) & EXERCISE_MODS) or (
        trig.i > 1 and any(t.is_cap for t in toks[max(1, trig.i - 2):trig.i]))
    return modified or _joining(view, trig)


def exercise(view: View, trig: Trigger) -> Candidate | None:
    """Military exercises, with the hosting and joining states."""
    if not _exercise_words(view, trig):
        return None
    lo, end = view.seg_start(trig.i), view.after_end(trig.j)
    toks = view.sent.tokens
    joining = _joining(view, trig)
    caps = [k for k in range(max(1, trig.i - 3), trig.i) if toks[k].is_cap]
    named = [t.text for t in toks[caps[0]:trig.i]] if caps else []
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


from geo.events.threat import target_counterparts, threaten, threaten_words  # noqa: E402

RULES = {"deploy": deploy, "meet": meet, "mission": mission, "exercise": exercise,
         "threaten": threaten}
_WORDS = {"deploy": _deploy_words, "meet": _meet_words, "mission": _mission_words,
          "exercise": _exercise_words, "threaten": threaten_words}
