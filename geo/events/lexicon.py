"""Trigger words per action type and the function words the rules read.

Grouped the way CAMEO and PLOVER group actions: force posture (15x, deploy), military
exercises, consultation (04x, meet), diplomatic cooperation (05x, mission) and threats
(13x, threaten). Verbs are listed by their base form; :func:`forms` inflects them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from geo.events.text import Token

__all__ = ["Trigger", "find_triggers", "forms"]

_IRREGULAR = {
    "send": {"sent"}, "meet": {"met"}, "hold": {"held"}, "fly": {"flew", "flown", "flies"},
    "set": {"set"}, "take": {"took", "taken"}, "seize": {"seized"}, "shut": {"shut"},
    "build": {"built"}, "lead": {"led"}, "begin": {"began", "begun"}, "be": {
        "is", "are", "was", "were", "been", "being", "am", "'s", "'re"},
    "overtake": {"overtook", "overtaken"}, "plan": {"planned", "planning"},
    "stage": {"staged"}, "host": {"hosted"},
}


def words(text: str) -> list[str]:
    """The words of a table written as text, one or more per line."""
    return text.split()


@cache
def forms(verb: str) -> frozenset[str]:
    """The inflected forms of a regular (or listed irregular) English verb."""
    out = {verb} | _IRREGULAR.get(verb, set())
    if verb.endswith("e"):
        out |= {verb + "s", verb + "d", verb[:-1] + "ing"}
    elif verb.endswith("y") and verb[-2] not in "aeiou":
        out |= {verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing"}
    elif verb.endswith(("s", "sh", "ch", "x")):
        out |= {verb + "es", verb + "ed", verb + "ing"}
    else:
        double = verb + verb[-1] if verb[-1] in "pt" and verb[-2] in "aeiou" and \
            verb[-3] not in "aeiou" and len(verb) <= 4 else verb
        out |= {verb + "s", double + "ed", double + "ing", verb + "ed", verb + "ing"}
    return frozenset(out)


def _v(*verbs: str) -> frozenset[str]:
    return frozenset(f for v in verbs for f in forms(v))


# ---- deploy (force posture)
DEPLOY_STRONG = _v("deploy", "redeploy", "dispatch", "despatch", "station", "send", "airlift",
                   "reinforce", "fly", "post", "rotate")
DEPLOY_BOOST = _v("increase", "boost", "bolster", "strengthen", "expand", "establish",
                  "ramp", "step", "build", "beef", "reinforce", "enhance", "double", "triple")
DEPLOY_NOUNS = frozenset({"deployment", "deployments", "redeployment", "reinforcements"})
MILITARY = frozenset(words("""troops troop soldiers soldier personnel officers officer
marines sailors airmen servicemen forces warships warship ships ship frigate frigates
destroyer destroyers
submarine submarines vessels aircraft jets jet planes plane fighters helicopters drones
bombers tanks battalion battalions brigade brigades contingent contingents units unit
peacekeepers paratroopers commandos presence navy carrier carriers squadron squadrons"""))
PRESENCE_MODS = frozenset({"military", "naval", "troop", "armed", "security", "defence",
                           "defense", "nato", "allied", "permanent"})
# ---- exercise
EXERCISE_NOUNS = frozenset({"exercise", "exercises", "drill", "drills", "maneuvers",
                            "manoeuvres", "wargames", "war-games"})
EXERCISE_VERBS = _v("hold", "conduct", "stage", "host", "join", "participate", "launch",
                    "lead", "begin", "start", "kick", "carry", "plan", "prepare", "take")
EXERCISE_MODS = frozenset({"joint", "military", "naval", "air", "live-fire", "war", "annual",
                           "multinational", "large-scale", "nato", "allied", "amphibious"})
# ---- meet
MEET_VERBS = _v("meet", "confer", "visit", "talk", "negotiate")
MEET_NOUNS = frozenset({"talks", "meeting", "meetings", "summit", "visit", "consultations",
                        "negotiations", "conference"})
GROUP_VERBS = _v("establish", "form", "set", "create", "launch")
HOLD_VERBS = _v("hold", "host", "attend", "convene", "have", "begin", "open", "chair")
# ---- mission
MISSION_NOUNS = frozenset({"embassy", "embassies", "consulate", "consulates",
                           "consulate-general", "legation"})
MISSION_VERBS = _v("open", "reopen", "re-open", "close", "shut", "establish", "set",
                   "inaugurate", "upgrade", "relocate", "move", "plan")
CLOSE_VERBS = _v("close", "shut")
# ---- threaten
THREAT_VERBS = _v("threaten", "annex", "overtake", "invade", "seize", "blockade")
THREAT_NOUNS = frozenset({"threat", "threats", "takeover", "annexation", "ultimatum",
                          "invasion"})
TAKE_VERBS = _v("take", "seize", "gain", "assume", "grab")
WARN_VERBS = frozenset({"warn", "warned", "warns"})
# what makes a threat one of force, annexation or coercion (not "threatened by pests",
# "threatened to follow Brazil's moratorium", tariffs)
FORCE = frozenset(words("""force forces forcibly military militarily attack attacks strike
strikes invade invasion annex annexation seize take takeover control war retaliate
retaliation retaliatory nuclear missile missiles bomb bombs destroy countermeasures
counter-measures consequences respond response sanctions troops army shoot fire blockade
occupy occupation punish punishment crush wipe overtake military-technical armed
reprisals""")) | _v("annex", "seize", "invade", "occupy", "attack", "strike", "retaliate")
THREAT_CONTEXT = frozenset(words("""threat threats threaten threatens threatened threatening
warn warns warned warning ambition ambitions plan plans planned desire designs calls push
wants want wanted possible potential imminent fears fear to will would could""")) | _v(
    "vow", "seek")
# force posture changes that are not deployments: withdrawals
WITHDRAW = _v("withdraw", "pull", "recall", "evacuate", "remove", "repatriate") | {
    "withdrawn", "withdrew", "withdrawal", "pullout", "pull-out"}
NO_PLAN = frozenset({"plans", "plan", "intention", "request", "decision", "need", "reason",
                     "desire", "appetite", "interest"})
SELF = frozenset({"i", "me", "you", "us", "my"})
# a "meeting" of teams, not of states
SPORT = frozenset(words("""match matches qualifier qualifiers tournament cup league
championship championships final finals semi-final quarter-final game goal goals striker
coach squad olympic olympics fixture football soccer cricket tennis rugby basketball
friendly kickoff kick-off stadium"""))
# "meet its obligations", "meet demand": not a meeting
NOT_MET = frozenset(words("""obligations obligation demand demands needs need target
targets requirements requirement criteria deadline deadlines expectations standards
goals goal conditions payments costs commitments debts quota forecasts forecast estimates
challenge challenges payroll"""))

# ---- function words for status, roles and clause boundaries
SPEECH = _v("say", "announce", "tell", "add", "confirm", "report", "declare",
            "insist", "note", "explain", "warn", "acknowledge", "write", "tweet", "reveal",
            "disclose") | {"according", "says", "said", "stated"}
COMMIT = _v("agree", "pledge", "promise", "vow", "decide", "commit", "offer", "approve",
            "order", "announce", "confirm")
PLAN = frozenset({"will", "'ll", "shall", "plan", "plans", "planned", "planning", "intend",
                  "intends", "intended", "intention", "expected", "expects", "expect", "aim",
                  "aims", "preparing", "prepare", "prepares", "ready", "scheduled", "due",
                  "propose", "proposed", "proposes", "upcoming", "future", "seeks", "seek",
                  "want", "wants", "invite", "considering"})
CONDITIONAL = frozenset({"if", "unless", "could", "might", "may", "should"})
NEGATION = frozenset({"not", "n't", "never", "no", "neither", "nor", "refused", "declined",
                      "denied", "rejected", "without", "ruled"})
HYPOTHETICAL = frozenset({"how", "whether"})
GENERIC = frozenset({"often", "usually", "traditionally", "historically", "typically"})
BE = forms("be")
PROGRESSIVE_AUX = BE
LOC_PREP = frozenset({"to", "in", "into", "at", "from", "on", "toward", "towards", "across",
                      "around", "over", "near", "inside", "within", "throughout"})
COLLECTIVE = frozenset({"countries", "allies", "members", "member", "states", "nations",
                        "partners", "ally", "country", "nation", "state", "alliance"})
PRONOUNS = frozenset({"it", "they", "he", "she", "we", "its", "their", "his", "her", "our"})
BOUNDARY = frozenset({";", "which", "who", "while", "whereas", "but", "although", "though",
                      "because", "according", "“", "”", '"', "—", "–", "-", "despite", "amid",
                      "aimed", "after", "before", "when", "where", "since"}) | SPEECH
TRIGGER_WORDS = (DEPLOY_STRONG | DEPLOY_BOOST | DEPLOY_NOUNS | EXERCISE_NOUNS | MEET_VERBS
                 | MEET_NOUNS | MISSION_NOUNS | THREAT_VERBS | THREAT_NOUNS)
# runs of letters: the sentence filters of geo.events.extract compare them with the words
LETTERS = re.compile(r"[^\W\d_]+")
COMPANION = frozenset({"with", "alongside", "including", "and", "together", "along"})


@dataclass(frozen=True, slots=True)
class Trigger:
    """A word (or phrase, tokens ``i`` … ``j - 1``) that can state an action."""

    type: str
    i: int
    j: int
    pos: str  # "verb" or "noun"
    word: str


# the words at which a trigger may begin (or end: "working group")
_TRIGGER_AT = (DEPLOY_STRONG | DEPLOY_NOUNS | DEPLOY_BOOST | EXERCISE_NOUNS | MEET_VERBS
               | MEET_NOUNS | MISSION_NOUNS | THREAT_VERBS | THREAT_NOUNS | WARN_VERBS
               | TAKE_VERBS | {"part", "group", "mission", "missions"})


def find_triggers(tokens: tuple[Token, ...], low: list[str] | None = None) -> list[Trigger]:
    """Every candidate trigger in a sentence; the rules then keep or drop each one.

    ``low`` is the lower case of the tokens when the caller has it already."""
    if low is None:
        low = [t.lower for t in tokens]
    out: list[Trigger] = []
    if _TRIGGER_AT.isdisjoint(low):
        return out
    for i, w in enumerate(low):
        if w not in _TRIGGER_AT:
            continue
        nxt = low[i + 1] if i + 1 < len(low) else ""
        if w in DEPLOY_STRONG or w in DEPLOY_NOUNS:
            out.append(Trigger("deploy", i, i + 1, "noun" if w in DEPLOY_NOUNS else "verb", w))
        elif w in DEPLOY_BOOST:
            j = i + 2 if nxt in ("up", "out") else i + 1
            out.append(Trigger("deploy", i, j, "boost", w))
        elif w == "part" and nxt == "of" and i > 0 and low[i - 1] in BE:
            out.append(Trigger("deploy", i, i + 2, "part", w))
        if w in EXERCISE_NOUNS:
            out.append(Trigger("exercise", i, i + 1, "noun", w))
        if w in MEET_VERBS or w in MEET_NOUNS:
            pos = "noun" if w in MEET_NOUNS and (i == 0 or low[i - 1] not in
                                                  ("to", "will", "would")) else "verb"
            if w in ("meeting", "visit", "talks") and i > 0 and low[i - 1] in BE:
                pos = "verb"
            out.append(Trigger("meet", i, i + 1, pos, w))
        elif w == "group" and i > 0 and low[i - 1] in ("working", "contact"):
            out.append(Trigger("meet", i - 1, i + 1, "group", "working group"))
        if w in MISSION_NOUNS or (w in ("mission", "missions") and i > 0 and
                                  low[i - 1] == "diplomatic"):
            out.append(Trigger("mission", i, i + 1, "noun", w))
        if w in THREAT_VERBS or w in THREAT_NOUNS:
            out.append(Trigger("threaten", i, i + 1,
                               "noun" if w in THREAT_NOUNS else "verb", w))
        elif w in WARN_VERBS:
            out.append(Trigger("threaten", i, i + 1, "warn", w))
        elif w in TAKE_VERBS and nxt in ("over", "control"):
            out.append(Trigger("threaten", i, i + 2, "verb", w + " " + nxt))
    return out
