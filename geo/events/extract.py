"""Read the actions of one document, sentence by sentence, then fill what the text leaves
implicit (the focus place, the sender's country as origin, the host of an exercise)."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from functools import cache, partial

from geo.actors import actor_for_country, actor_table, alpha2_of, sovereign_of
from geo.events.clause import Loc, View
from geo.events.gate import _START, action_sentences
from geo.events.lexicon import (
    DEPLOY_BOOST,
    DEPLOY_NOUNS,
    DEPLOY_STRONG,
    EXERCISE_NOUNS,
    LETTERS,
    MEET_NOUNS,
    MEET_VERBS,
    MILITARY,
    MISSION_NOUNS,
    TAKE_VERBS,
    THREAT_NOUNS,
    THREAT_VERBS,
    WARN_VERBS,
    find_triggers,
)
from geo.events.merge import _place_key, dates_compatible, event_id, merge_events
from geo.events.parties import PLACE_MENTIONS, _token_span, find_parties, learn_officials
from geo.events.rules import _NEEDS_TROOPS, RULES, Candidate, target_counterparts
from geo.events.text import Sentence, make_sentence, sentence_spans
from geo.model import Document, Event, Evidence, Mention, Place, Resolution

__all__ = ["extract_events"]

_DIRECTION = re.compile(r"(?:north|south|east|west|central|northern|southern|eastern|"
                        r"western|north-?eastern|north-?western|south-?eastern|"
                        r"south-?western|northeast|northwest|southeast|southwest)$")
# a reporter's credit line: "… contributed to this report", or a line that opens with
# "Reporting by", "(Writing by", "Additional reporting"
_CREDIT_OPENS = re.compile(r"\(?(?:reporting|writing|editing) by\b|additional reporting\b",
                           re.IGNORECASE)
_CREDIT = re.compile(r"contributed (?:reporting )?to this (?:report|story)", re.IGNORECASE)


def _is_credit(text: str) -> bool:
    """Whether a sentence is a reporter's credit line (one pattern over the sentence with
    the openings among its alternatives costs three tries at each character)."""
    return _CREDIT_OPENS.match(text) is not None or _CREDIT.search(text) is not None


def extract_events(doc: Document, mentions: tuple[Mention, ...],
                   resolutions: tuple[Resolution, ...],
                   country_place: Callable[[str], Place | None]) -> tuple[Event, ...]:
    """The actions ``doc`` states, each with its evidence sentence and a confidence.

    ``mentions``/``resolutions`` are the geoparser's output for ``doc``; ``country_place``
    gives a country's representative place from its alpha-2 code (the gazetteer's
    ``country`` method). Same actions stated twice in the document come back merged.
    """
    found = action_sentences(doc.text, mentions)
    if found == []:
        return ()  # no sentence that could state an action, whatever its context
    resolved = {(r.mention.start, r.mention.end): r for r in resolutions}
    ordered = sorted(mentions, key=_START)
    drafts: list[tuple[int, Candidate]] = []
    reader = _Reader(doc, ordered, resolved, found)
    for si in reader.acting:
        sent, parties = reader.read(si)
        if _is_credit(sent.text):
            continue
        locs = []
        for m in reader.mentions_in(si):
            res = resolved.get((m.start, m.end))
            span = _token_span(sent, m.start, m.end)
            if res is None or span is None or m.kind not in PLACE_MENTIONS:
                continue
            k = span[0] - 1
            while k > 0 and (sent.tokens[k].lower in ("the", "a", "an") or
                             _DIRECTION.match(sent.tokens[k].lower)):
                k -= 1
            prep = sent.tokens[k].lower if k >= 0 else ""
            locs.append(Loc(span[0], span[1], res.place, prep))
        # the subject carried in is read only to resolve a pronoun of this sentence, and
        # only when a rule reads that pronoun's actors
        pronoun = any(p.actor is None for p in parties)
        view = View(sent, parties, locs, doc.date, [],
                    partial(reader.subject_before, si) if pronoun else None)
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
        if subject or (pronoun and view.carry is None):
            reader.after[si] = subject or view.last_subject
        else:
            reader.keeps.add(si)  # no subject of its own: carries the one before it
        reader.done(si)
    if not drafts:
        return ()  # (most texts a rule reads state no action after all)
    drafts = _continue_pronouns(drafts)
    focus = _focus(resolutions, [c for _, c in drafts], country_place)
    events = [e for _, c in drafts for e in _finish(doc, c, focus, country_place)]
    return merge_events(_fold_headlines(doc.text, events))


class _Reader:
    """The sentences of a document, read only as far as the actions need.

    Reading every sentence in order (tokens, parties, officials learnt, the subject carried
    to the next sentence) gives the same actions as reading only: the sentences that may
    state one (``acting``); those that may teach an official (a title word before a
    capitalized word), in order; and, going back from an acting sentence whose pronoun a
    rule reads, those that set the subject it inherits. A sentence with no party (no
    mention, no phrase of the actor table, no official) changes nothing. No sentence after
    the last acting one is read, so the text is split only that far.
    """

    def __init__(self, doc: Document, ordered: list[Mention], resolved: dict,
                 found: list[Sentence] | None) -> None:
        self.doc, self.ordered, self.resolved = doc, ordered, resolved
        # the sentences the gate found (None: all) come tokenized already
        self.given = {s.start: s for s in found} if found is not None else None
        self.spans = sentence_spans(doc.text, 0, found[-1].end if found else None)
        self.starts = [m.start for m in ordered]
        lows = [t.lower() for _s, _e, t in self.spans]
        self.acting = [k for k, low in enumerate(lows) if (
            found is None or self.spans[k][0] in self.given) and _may_act_text(low)
            and _may_act(set(LETTERS.findall(low)))]
        acting = set(self.acting)
        last = self.acting[-1] if self.acting else -1
        self.officials: dict = {}
        self.learnt: dict[str, int] = {}  # official -> the sentence it was learnt in
        self.cache: dict[int, tuple[Sentence, list]] = {}
        self.after: dict[int, list] = {}  # sentence -> the subject carried past it
        self.keeps: set[int] = set()  # sentences known to carry the subject unchanged
        # officials: learnt in order, from title sentences only; the parts of title words
        # are first looked for in all the sentences read at once (no part holds "\n")
        read_low = "\n".join(lows[:last + 1])
        titles_in = [w for w in _title_parts() if w in read_low]
        for si in range(last + 1 if titles_in else 0):
            if not any(map(lows[si].__contains__, titles_in)) or not _may_teach(
                    self.spans[si][2], lows[si]) or not self._relevant(si):
                continue
            sent, parties = self.read(si, keep=si in acting and len(self.cache) < 64)
            before = len(self.officials)
            learn_officials(sent, parties, self.officials)
            if len(self.officials) > before:
                for name in self.officials:
                    self.learnt.setdefault(name, si)

    def mentions_in(self, si: int) -> list[Mention]:
        s0, e0, _t = self.spans[si]
        return self.ordered[bisect_left(self.starts, s0):bisect_left(self.starts, e0)]

    def _relevant(self, si: int) -> bool:
        return bool(self.mentions_in(si)) or _may_name_party(self.spans[si][2], self.officials)

    def read(self, si: int, keep: bool = True) -> tuple[Sentence, list]:
        """The sentence ``si`` and its parties (officials as learnt before it); ``keep``
        keeps them for the next call (see :meth:`done`)."""
        got = self.cache.get(si)
        if got is None:
            start = self.spans[si][0]
            sent = self.given.get(start) if self.given else None
            if sent is None:
                sent = make_sentence(*self.spans[si])
            officials = self.officials
            if any(at >= si for at in self.learnt.values()):
                officials = {k: v for k, v in officials.items() if self.learnt[k] < si}
            parties = find_parties(sent, self.mentions_in(si), self.resolved, officials)
            got = (sent, parties)
            if keep:
                self.cache[si] = got
        return got

    def done(self, si: int) -> None:
        """Forget the tokens of the sentences up to ``si``: the actions read after it need
        no more than the subject carried past it (memory stays flat on long texts)."""
        for k in [k for k in self.cache if k <= si]:
            del self.cache[k]

    def _kind(self, si: int) -> tuple[str, View | None, list]:
        """How sentence ``si`` sets the subject: "none" (keeps it), "own" (its own subject)
        or "pronoun" (its subject needs the one before)."""
        if si in self.keeps or _is_credit(self.spans[si][2]) or \
                not self._relevant(si):
            return "none", None, []
        sent, parties = self.read(si)
        view = View(sent, parties, [], self.doc.date, [])
        if any(p.actor is None for p in parties):
            return "pronoun", view, []
        subject = view.main_subject()
        return ("own" if subject else "none"), None, subject

    def subject_before(self, si: int) -> list:
        """The subject carried into sentence ``si`` (the last sentence's with one)."""
        pending: list[tuple[int, View]] = []
        value: list = []
        k = si - 1
        while k >= 0:
            if k in self.after:
                value = self.after[k]
                break
            kind, view, subject = self._kind(k)
            if kind == "own":
                value = self.after[k] = subject
                break
            if view is not None:
                pending.append((k, view))
            k -= 1
        for k, view in reversed(pending):
            view.last_subject = value
            value = self.after[k] = view.main_subject() or value
        return value


@cache
def _title_parts() -> tuple[str, ...]:
    """Few strings, one of which is in each title word."""
    return _cover(t for t in actor_table().titles if t != "of")


@cache
def _title_then_space() -> re.Pattern:
    """A title word (perhaps with "of" after it) and the white space after it. The word
    starts after no letter, as a token does (the look-behind also spares the pattern's
    alternatives at most places of a text)."""
    titles = sorted((t for t in actor_table().titles if t != "of"), key=len, reverse=True)
    alts = "|".join(map(re.escape, titles))
    return re.compile(rf"(?<![^\W\d])(?:{alts})(?:\s+of)*\s+")


def _may_teach(text: str, low: str) -> bool:
    """Whether a sentence (``low`` is its lower case) may teach an official: learn_officials
    reads names only in capitalized words right after a title token, or after a title and
    "of" ("Minister of Trade Smith"), with nothing but white space between."""
    if len(low) != len(text):
        return True  # offsets of the lower case would not be those of the text
    return any(m.end() < len(text) and text[m.end()].isupper()
               for m in _title_then_space().finditer(low))


_TROOPS = frozenset(LETTERS.findall(" ".join(MILITARY))) | {"presence"}
_STRONG = frozenset(  # triggers that need no other word; of "war-games" only "games"
    max(LETTERS.findall(w), key=len) for w in (
        (DEPLOY_STRONG - _NEEDS_TROOPS) | DEPLOY_NOUNS | EXERCISE_NOUNS | MEET_VERBS
        | MEET_NOUNS | MISSION_NOUNS | THREAT_VERBS | THREAT_NOUNS | WARN_VERBS
        | {"mission", "missions"}))


def _may_act(runs: set[str]) -> bool:
    """False when no trigger of a text whose runs of letters (in lower case) are ``runs``
    can make an action, whatever the context: no trigger word at all, or only a word such
    as "increase", "part of" or "posted" with no troops, ships or presence in the
    sentence, "group" without "working" or "contact", "take" without "over" or "control"
    (see the rules). Such a sentence still teaches officials and subjects."""
    if not runs.isdisjoint(_STRONG):
        return True
    troops = not runs.isdisjoint(_TROOPS)
    return bool(
        (troops and not runs.isdisjoint(DEPLOY_BOOST)) or
        (troops and "part" in runs) or
        (not runs.isdisjoint(_NEEDS_TROOPS) and (troops or "them" in runs or "it" in runs))
        or ("group" in runs and ("working" in runs or "contact" in runs))
        or (not runs.isdisjoint(TAKE_VERBS) and ("over" in runs or "control" in runs)))


def _cover(words) -> tuple[str, ...]:
    """Few strings, one of which is in every word of ``words`` ("deploy" for "redeployed")."""
    out: list[str] = []
    for w in sorted(words, key=len):
        if not any(c in w for c in out):
            out.append(w)
    return tuple(out)


_STRONG_IN = _cover(_STRONG)
_TROOPS_IN = _cover(_TROOPS)
_BOOST_IN = _cover(DEPLOY_BOOST | {"part"})
_NEEDS_IN = _cover(_NEEDS_TROOPS)
_TAKE_IN = _cover(TAKE_VERBS)


def _may_act_text(low: str) -> bool:
    """:func:`_may_act` by substrings of a lower-case text: a quick first look (each run
    of letters of the text is in it)."""
    if any(map(low.__contains__, _STRONG_IN)):
        return True
    troops = any(map(low.__contains__, _TROOPS_IN))
    return bool(
        (troops and any(map(low.__contains__, _BOOST_IN)))
        or (any(map(low.__contains__, _NEEDS_IN)) and (troops or "them" in low or "it" in low))
        or ("group" in low and ("working" in low or "contact" in low))
        or (any(map(low.__contains__, _TAKE_IN)) and ("over" in low or "control" in low)))


def _may_name_party(text: str, officials: dict) -> bool:
    """False when no phrase of the actor table nor any official learnt so far can occur
    in ``text``: the first run of letters of each is no run of letters of the text."""
    runs = set(LETTERS.findall(text))
    heads, odd = _table_heads()
    return not runs.isdisjoint(heads) or any(k in text for k in odd) or any(
        k.split(" ", 1)[0] in runs for k in officials)


@cache
def _table_heads() -> tuple[frozenset[str], tuple[str, ...]]:
    """The first runs of letters of the table's phrases, and the phrases that do not
    begin with a letter."""
    table = actor_table()
    keys = [k for kind in (table.persons, table.aliases, table.orgs) for k in kind]
    heads = frozenset(LETTERS.match(k).group(0) for k in keys if LETTERS.match(k))
    return heads, tuple(k for k in keys if not LETTERS.match(k))


def _continue_pronouns(drafts: list[tuple[int, Candidate]]) -> list[tuple[int, Candidate]]:
    """"It said it was sending them from Denmark": fold into the deployment just read."""
    out: list[tuple[int, Candidate]] = []
    for si, cand in drafts:
        prev = None
        for sj, c in reversed(out):  # drafts come in sentence order: look back 2 at most
            if si - sj > 2:
                break
            if c.type == cand.type == "deploy" and si - sj > 0 and c.actors == cand.actors:
                prev = c
                break
        if prev is not None and cand.from_pronoun:
            prev.origin = prev.origin or cand.origin
            prev.location = prev.location or cand.location
            if prev.quantity is None and cand.quantity is not None:
                prev.quantity, prev.unit = cand.quantity, cand.unit
            prev.evidence.extend(cand.evidence)
            continue
        out.append((si, cand))
    return out


def _is_headline(text: str, ev: Evidence) -> bool:
    """Whether the evidence is a headline: a line of its own (a blank line or the start of
    the text before it) of at most 15 words that ends in no full stop, question or
    exclamation mark ("US, Denmark set up senior-level working group")."""
    lo = max(0, ev.start - 64)
    gap = text[lo:ev.start]
    blanks = gap[len(gap.rstrip()):]  # the white space right before it
    after = text[ev.end:ev.end + 64].lstrip(" \t\r")
    return ((blanks == gap and lo == 0) or blanks.count("\n") >= 2) and (
        not after or after[0] == "\n") and len(ev.sentence.split()) <= 15 and \
        ev.sentence.rstrip("\"”’')")[-1:] not in ".!?:;"


def _parties(e: Event) -> set[str]:
    return {a.code for a in (*e.actors, *e.counterparts)} if e.type == "meet" else \
        {a.code for a in e.actors}


def _fold_headlines(text: str, events: list[Event]) -> list[Event]:
    """A headline sums up the story below it: an action read only from headlines joins the
    first action of its type read from the body that has all its parties, a compatible
    date and the same place (or none), as more evidence ("US, Denmark set up
    senior-level working group" above "The United States, Denmark, and Greenland have
    agreed to establish a senior-level working group")."""
    heads = [e for e in events if e.evidence and all(_is_headline(text, ev) for ev in e.evidence)]
    if not heads:
        return events
    out = [e for e in events if e not in heads]
    for h in heads:
        for k, e in enumerate(out):
            if e.type == h.type and e not in heads and _parties(h) <= _parties(e) and (
                    h.location is None or _place_key(h.location) == _place_key(e.location)) \
                    and dates_compatible(h.date, h.date_precision, e.date, e.date_precision):
                out[k] = replace(e, evidence=(*e.evidence, *h.evidence))
                break
        else:
            out.append(h)
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
