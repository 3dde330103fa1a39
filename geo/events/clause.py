"""What the rules read around a trigger: clause limits, status, date, places, quantity."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from geo.dates import find_dates, resolve_date
from geo.events.lexicon import (
    BE,
    BOUNDARY,
    COMMIT,
    CONDITIONAL,
    GENERIC,
    HYPOTHETICAL,
    MILITARY,
    NEGATION,
    NO_PLAN,
    PLAN,
    PRESENCE_MODS,
    SPEECH,
    TRIGGER_WORDS,
    WITHDRAW,
    Trigger,
    words,
)
from geo.events.parties import Party
from geo.events.text import Sentence
from geo.model import Actor, Place

__all__ = ["Loc", "View", "quantity_of"]

_DETS = frozenset(words("""the a an its their his her our this that these those some
several any more all each both every one two three four five new other"""))
_VERBISH = BE | frozenset({"has", "have", "had", "will", "would", "can", "could", "may",
                          "might", "should", "must", "did", "does", "do", "plan", "plans",
                          "planned", "agreed"})
_AFTER = frozenset({"after", "following"})


def _after_it(low: list[str], i: int) -> bool:
    """Whether the noun at ``i`` follows "after" or "following", perhaps with a
    determiner between ("after talks", "following the meeting"): what it names is over."""
    k = i - 1
    if k >= 0 and low[k] in _DETS:
        k -= 1
    return k >= 0 and low[k] in _AFTER


def _committed(low: list[str], lo: int, i: int) -> bool:
    """Whether a verb of commitment and "to" stand among the words before ``i`` (from
    ``lo``, 6 at most): "agreed to form a working group"."""
    return any(low[k] == "to" and low[k - 1] in COMMIT for k in range(max(lo, i - 6) + 1, i))


_AMBITION = frozenset({"threat", "threats", "ambition", "ambitions", "calls", "bid", "push",
                       "desire", "designs", "plans"})
_NUM = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15,
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100,
        "a dozen": 12, "dozen": 12, "thousand": 1000}
_ABOUT = frozenset({"about", "around", "some", "nearly", "almost", "roughly", "approximately",
                    "over", "than", "up", "least", "estimated"})
_VAGUE = frozenset({"several", "dozens", "hundreds", "thousands", "few", "small", "numbers",
                    "number", "handful", "many", "additional", "more", "extra"})


@dataclass(frozen=True, slots=True)
class Loc:
    """A resolved place mention in the sentence, with the word before it."""

    i: int
    j: int
    place: Place
    prep: str


@dataclass
class View:
    """One sentence prepared for the rules: tokens, parties, places, dates, context."""

    sent: Sentence
    parties: list[Party]
    locs: list[Loc]
    base: dt.date | None
    last_subject: list[Actor]
    # when given, gives ``last_subject`` (then set) the first time a pronoun needs it
    carry: Callable[[], list[Actor]] | None = None
    low: list[str] = field(init=False)

    def __post_init__(self) -> None:
        self.low = [t.lower for t in self.sent.tokens]

    # ---------------------------------------------------------------- clause limits
    def seg_start(self, i: int) -> int:
        """Index after the last clause boundary before token ``i``."""
        for k in range(i - 1, -1, -1):
            if self.low[k] in BOUNDARY or self.low[k] in (";", ":", "that"):
                return k + 1
        return 0

    def after_end(self, j: int, limit: int = 16) -> int:
        """Index of the first clause boundary after token ``j`` (at most ``limit`` on)."""
        n = len(self.low)
        for k in range(j, min(n, j + limit)):
            w = self.low[k]
            if w in BOUNDARY or w in (";", ".", "that", "?", "!"):
                return k
            if w == "," and k > j and any(x in SPEECH for x in self.low[k + 1:k + 9]) and \
                    "," not in self.low[k + 1:k + 9]:
                return k  # "…, a spokesman in Berlin said": not where the action is
            if w == "to" and k + 1 < n and k > j:
                nxt = self.sent.tokens[k + 1]
                if not nxt.is_cap and nxt.lower not in _DETS and not nxt.text[0].isdigit():
                    return k
        return min(n, j + limit)

    # ---------------------------------------------------------------- parties
    def actors_between(self, lo: int, hi: int) -> list[Party]:
        return [p for p in self.parties if lo <= p.i < hi and not p.loc_role
                and not p.collective and not p.civil]

    def main_subject(self) -> list[Actor]:
        """The actors of the sentence's subject: those before its first verb (a form of
        "be" or "have", a modal, a verb of saying or agreeing, or a trigger word)."""
        stop = next((k for k, w in enumerate(self.low) if w in _VERBISH or w in SPEECH
                     or w in COMMIT or w in TRIGGER_WORDS), len(self.low))
        parties = self.actors_between(0, stop)
        if all(p.actor is not None for p in parties):
            return self.resolve(parties, main=[])  # no pronoun: nothing carried is read
        if self.carry is not None:
            self.last_subject, self.carry = self.carry(), None
        return self.resolve(parties, main=self.last_subject)

    def resolve(self, parties: list[Party], main: list[Actor] | None = None) -> list[Actor]:
        """Actors of ``parties``, pronouns replaced by ``main`` (the sentence's subject)."""
        out: list[Actor] = []
        for p in parties:
            got = [p.actor] if p.actor is not None else list(
                main if main is not None else self.main_subject())
            out.extend(a for a in got if a not in out)
        return out

    # ---------------------------------------------------------------- filters and status
    def blocked(self, trig: Trigger) -> bool:
        """Negated, hypothetical, generic or a question: not an action to report."""
        lo = self.seg_start(trig.i)
        near = self.low[max(lo, trig.i - 5):trig.i]
        if any(w in NEGATION for w in near):
            return True
        tok = self.sent.tokens[trig.i]
        if trig.i > 0 and tok.is_cap and trig.pos in ("verb", "boost") and \
                self.low[trig.i - 1] not in ('"', "“", "'", "‘", ":", "-", "—"):
            return True  # "the Posts and Telecommunications": a name, not a verb
        if any(w == "no" and k + 1 < trig.i and self.low[k + 1] in NO_PLAN
               for k, w in enumerate(self.low[:trig.i])):
            return True  # "has no plans to send", "there had been no request … to send"
        if trig.type == "deploy" and any(w in WITHDRAW for w in self.low[:trig.i]):
            return True  # "withdrawing the troops it had deployed to Mali"
        if any(w in HYPOTHETICAL for w in self.low[lo:trig.i]):
            return True
        if self.sent.text.rstrip("”\"' ").endswith("?"):
            return True
        text = self.sent.text.lower()
        return "in the past" in text or any(w in GENERIC for w in self.low[:trig.i])

    def status(self, trig: Trigger) -> str:
        lo = self.seg_start(trig.i)
        window = [(t.text, t.lower) for t in self.sent.tokens[max(0, min(lo, trig.i - 6)):trig.i]]
        said = any(w in SPEECH or w in COMMIT for w in self.low[:trig.i]) or any(
            w in SPEECH for w in self.low[trig.j:])
        words = {w for _, w in window}
        if trig.pos in ("noun", "group"):  # "the summit … will take place"
            words |= set(self.low[trig.j:self.after_end(trig.j, 10)]) & (PLAN | {"would"})
        rest = self.low[trig.j:]
        rest = rest[:next((k for k, w in enumerate(rest) if w in SPEECH), len(rest))]
        if trig.pos == "warn":  # the warning itself, whatever it says may follow
            return "planned" if words & PLAN else "announced" if any(
                w in SPEECH for w in self.low[trig.j:] + self.low[:trig.i]) else "done"
        if "if" in self.low[:trig.i] or "unless" in self.low[:trig.i] or (
                ("if" in rest or "unless" in rest) and (words & (PLAN | {"would"}))) or any(
                w in CONDITIONAL and (w != "may" or t == "may") for t, w in window):
            return "conditional"
        if "would" in words:
            return "planned" if said else "conditional"
        if words & PLAN or self.low[trig.i - 2:trig.i] == ["to", "be"] or (
                trig.pos == "group" and _committed(self.low, lo, trig.i)):
            return "planned"  # "will send", "agreed to form a working group" (its meetings)
        if trig.pos == "noun" and _after_it(self.low, trig.i):
            return "done"  # "said after a meeting in Washington": it took place
        if said:
            return "announced"
        if trig.type == "threaten" and (trig.pos == "noun" or set(
                self.low[max(0, trig.i - 3):trig.i]) & _AMBITION):
            return "ongoing"  # "his threat to take control of …"
        w = self.low[trig.i]
        if w.endswith("ing") and any(x in BE for x in self.low[max(0, trig.i - 3):trig.i]):
            return "ongoing"
        return "done"

    # ---------------------------------------------------------------- dates
    def date(self, trig: Trigger, status: str) -> tuple[str | None, str | None]:
        """The date of the action: the date words nearest the trigger, else a fallback."""
        if self.base is None:
            return None, None
        future = status in ("planned", "conditional")
        spans = [s for s in find_dates(self.sent.text)]
        starts = [t.start - self.sent.start for t in self.sent.tokens]
        idx = [(next((k for k, st in enumerate(starts) if st >= s.start), len(starts)), s)
               for s in spans]
        end = self.after_end(trig.j, 24)
        after = [(k, s) for k, s in idx if trig.j <= k < end]
        before = [(k, s) for k, s in idx if k < trig.i]
        pick = after[0] if after else (before[-1] if before else None)
        if pick and not after and future and any(
                w in SPEECH for w in self.low[max(0, pick[0] - 2):trig.i]):
            pick = None  # "On Thursday, he said … will": when it was said, not done
        if pick:
            iso, prec = resolve_date(pick[1].text, self.base, future)
            if iso:
                return iso, prec
        if future:
            return f"{self.base.year:04d}", "year"
        return f"{self.base.year:04d}-{self.base.month:02d}", "month"

    # ---------------------------------------------------------------- places
    def place_after(self, j: int, end: int, preps: frozenset[str]) -> Loc | None:
        """The first place after ``j`` introduced by one of ``preps``, the most specific of
        a "Nuuk, Greenland" pair."""
        hits = [loc for loc in self.locs if j <= loc.i < end and loc.prep in preps]
        return hits[0] if hits else None

    def place_before(self, lo: int, i: int, preps: frozenset[str]) -> Loc | None:
        hits = [loc for loc in self.locs if lo <= loc.i < i and loc.prep in preps]
        return hits[-1] if hits else None

    def military_noun(self, lo: int, hi: int) -> int | None:
        """Index of the first military noun (troops, warships, military presence) in range."""
        for k in range(max(0, lo), min(hi, len(self.low))):
            w = self.low[k]
            if w == "presence":
                if set(self.low[max(0, k - 3):k]) & PRESENCE_MODS:
                    return k
            elif w in MILITARY:
                return k
        return None


def quantity_of(view: View, k: int) -> tuple[int | None, str | None, bool]:
    """``(quantity, unit, approximate)`` of the military noun at token ``k``."""
    low = view.low
    unit = low[k]
    if unit == "presence":
        return None, None, False
    approx = False
    for m in range(k - 1, max(-1, k - 5), -1):
        w = low[m]
        if w in _VAGUE:
            approx = True
            continue
        if w.replace(",", "").isdigit():
            about = any(x in _ABOUT for x in low[max(0, m - 2):m])
            return int(w.replace(",", "")), unit, about
        if w in _NUM:
            about = any(x in _ABOUT for x in low[max(0, m - 2):m])
            return _NUM[w], unit, about
        if w in ("of", "very") or view.sent.tokens[m].is_cap or (w.isalpha() and m == k - 1):
            continue
        break
    return None, unit, approx
