"""Resolution: each mention's candidates ranked by prior, document context and coherence.

A candidate's evidence, added up:

- its prior (:meth:`Gazetteer.importance`: kind, population, capital);
- its country is named elsewhere in the document (by name, demonym or an unambiguous place);
- its first-level area is named in the document, or right after it ("Paris, Texas");
- it lies near the places of the document that are unambiguous (spatial coherence).

The best candidate wins; its score is its share of the evidence (a softmax over the
candidates), and the reason lists what decided.
"""

from __future__ import annotations

import math

from geo.gazetteer import Gazetteer
from geo.gazetteer.index import ALIAS, KEY_EXACT, NameEntry
from geo.model import Document, Mention, Resolution

STATE_BONUS = 2.0
AREA_BONUS = 2.0
QUALIFIER_BONUS = 6.0
AREA_VOTE_BONUS = 0.6
NEAR_BONUS = 1.5
NEAR_KM = 400.0
NEAR_DEG = NEAR_KM / 111.0  # degrees of latitude: no place farther north or south is near


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (math.sin((p2 - p1) / 2) ** 2 +
         math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def usable(entries: list[NameEntry], span: str) -> list[NameEntry]:
    """The entries a span written so may stand for: exact forms respected, and a short
    name in capitals that is some entry's exact form ("EU") means only those entries."""
    entries = [e for e in entries if e[2] is None or e[2] == span]
    letters = span.replace(".", "")
    if letters.isupper() and len(letters) <= 4 and any(e[2] for e in entries):
        entries = [e for e in entries if e[2]]
    return entries


def candidates(gaz: Gazetteer, mention: Mention) -> list[tuple[int, int]]:
    """The ``(row, name type)`` pairs a mention may stand for (see :func:`usable`)."""
    return list(_candidates(gaz, mention.text))


def _candidates(gaz: Gazetteer, text: str) -> tuple[tuple[int, int], ...]:
    return _name_facts(gaz, text)[0]


def _name_facts(gaz: Gazetteer, text: str
                ) -> tuple[tuple[tuple[int, int], ...], tuple | None, str | None]:
    """A name's candidates, what they tell of the document (:func:`_context_facts`; None
    when it has none) and, for a name of one candidate, the reason it resolves so (no
    document changes it), kept per gazetteer and name."""
    memo = gaz.cands
    got = memo.get(text)
    if got is None:
        rows = _rows_named(gaz, text)
        if len(memo) >= 50_000:
            memo.clear()
        got = memo[text] = (rows, _context_facts(gaz, rows) if rows else None,
                            _reason(gaz, 1, text, rows[0][0], []) if len(rows) == 1 else None)
    return got


def _rows_named(gaz: Gazetteer, text: str) -> tuple[tuple[int, int], ...]:
    """The ``(row, name type)`` of each place the name ``text`` may stand for, in the key
    table's order, each row once (with its first name type)."""
    ix = gaz.ix
    k = gaz.key_of(text)
    if k < 0:
        return ()
    if not ix.key_bits[k] & KEY_EXACT:  # every entry applies (see usable)
        a, b = ix.ent_off[k], ix.ent_off[k + 1]
        if b - a == 1:
            return ((ix.ent_place[a], ix.ent_type[a]),)
        places = ix.ent_place[a:b]
        if len(set(places)) == len(places):
            return tuple(zip(places, ix.ent_type[a:b], strict=True))
    out: dict[int, int] = {}
    for r, t, _exact in usable(ix.entries(k), text):
        out.setdefault(r, t)
    return tuple(out.items())


def _context_facts(gaz: Gazetteer, rows) -> tuple:
    """What one name's candidates tell of the document: the state it names (if any), the
    unambiguous place it anchors, that place's area, and the areas among its candidates."""
    ix = gaz.ix
    kind, country = ix.kind, ix.country
    # sure: one candidate, or only state-like ones; the best of them is what the name names
    if len(rows) == 1:
        top, sure = rows[0][0], True
    else:
        prior = ix.prior
        top = max(rows, key=lambda rt: prior[rt[0]])[0]
        sure = {kind[r] for r, _t in rows} <= {"country", "organization", "base", "region"}
    state, anchor, area = None, None, None
    if sure:
        state = country[top] or None
        if kind[top] in ("city", "admin", "base"):
            anchor = top
            if ix.admin1[top]:
                area = (country[top], ix.admin1[top])
    elif len(countries := {country[r] for r, _t in rows}) == 1 and "" not in countries:
        state = next(iter(countries))
    state_areas = tuple((country[r], ix.names[r]) for r, _t in rows if r in ix.states)
    return state, anchor, area, state_areas


class _DocContext:
    """What the names of one document tell about each other: the states and areas they
    name, the unambiguous places they anchor, and (after :meth:`vote`) how a first
    reading of every name placed them."""

    def __init__(self, gaz: Gazetteer, facts: list[tuple]) -> None:
        self.ix = gaz.ix
        # counts (plain dicts: a Counter costs more to make, and one is made per text)
        self.votes: dict[str, int] = {}  # states of the first reading's places
        self.area_votes: dict[tuple[str, str], int] = {}
        self.voted: dict[str, int] = {}  # name -> the row it first read as
        self.states: dict[str, int] = {}
        self.areas: set[tuple[str, str]] = set()
        self.anchors: list[int] = []
        self.near_rows: dict[int, bool] = {}  # row -> near(row), filled as it is asked
        self._points: list[tuple[int, float, float]] | None = None  # the first 20 anchors
        for state, anchor, area, state_areas in facts:  # see _context_facts
            if state:
                self.states[state] = self.states.get(state, 0) + 1
            if anchor is not None:
                self.anchors.append(anchor)
            if area is not None:
                self.areas.add(area)
            self.areas.update(state_areas)

    def near(self, r: int) -> bool:
        """True when row r lies within NEAR_KM of an unambiguous place of the text."""
        got = self.near_rows.get(r)
        if got is None:
            ix = self.ix
            if self._points is None:
                self._points = [(a, ix.lat[a], ix.lon[a]) for a in self.anchors[:20]]
            lat, lon = ix.lat[r], ix.lon[r]
            got = self.near_rows[r] = any(
                a != r and abs(a_lat - lat) < NEAR_DEG and km(a_lat, a_lon, lat, lon) < NEAR_KM
                for a, a_lat, a_lon in self._points)
        return got

    def vote(self, winners: dict[str, int]) -> None:
        """Count the states and areas of a first reading of every name of the text."""
        ix, votes, area_votes = self.ix, self.votes, self.area_votes
        for r in winners.values():
            cc = ix.country[r]
            votes[cc] = votes.get(cc, 0) + 1
            if ix.admin1[r] and ix.kind[r] in ("city", "admin"):
                area = (cc, ix.admin1[r])
                area_votes[area] = area_votes.get(area, 0) + 1
        self.voted = winners


def _qualifier(doc: Document, m: Mention, nxt: Mention | None, gaz: Gazetteer,
               nxt_rows: list[tuple[int, int]]) -> set[tuple[str, str]]:
    """States or areas named right after a place: "Paris, Texas", "Nuuk, Greenland"."""
    if nxt is None or doc.text[m.end:nxt.start].strip() not in (",", "(", ", the"):
        return set()
    ix = gaz.ix
    return {(ix.country[r], ix.names[r] if ix.kind[r] == "admin" else "")
            for r, _t in nxt_rows if ix.kind[r] in ("admin", "country")}


def _row_facts(gaz: Gazetteer, r: int, t: int) -> tuple:
    """What of a candidate's evidence no document changes: its prior, state, area (and the
    two as one key), whether a named area may lift it, and whether nearness may (kept per
    gazetteer: see :func:`_rank`)."""
    ix = gaz.ix
    cc, area, kind = ix.country[r], ix.admin1[r], ix.kind[r]
    return (ix.prior[r] - (0.5 if t == ALIAS else 0.0), cc, area, (cc, area),
            bool(area) and kind != "admin", kind in ("city", "admin"))


def _rank(gaz: Gazetteer, rows, ctx: _DocContext, qual: set[tuple[str, str]],
          name: str = "") -> list[tuple[float, int, list[str]]]:
    """Every candidate ``(score, row, why)``, best first (ties keep the candidates' order)."""
    ranked = _scores(gaz, rows, ctx, qual, name, explain=True)
    ranked.sort(key=lambda x: -x[0])
    return ranked  # type: ignore[return-value]


def _scores(gaz: Gazetteer, rows, ctx: _DocContext, qual: set[tuple[str, str]],
            name: str, explain: bool) -> list[tuple[float, int, list[str] | None]]:
    """``(score, row, why)`` of every candidate, in their order; ``why`` (the evidence in
    words) only when ``explain``, else None."""
    ranked = []
    static = gaz.rows
    ix = ctx.ix
    areas, states, votes, area_votes = ctx.areas, ctx.states, ctx.votes, ctx.area_votes
    anchors, near_rows = ctx.anchors, ctx.near_rows
    own = ctx.voted.get(name)
    own_cc = own_area = None
    if own is not None:
        own_cc = ix.country[own]
        if ix.kind[own] in ("city", "admin"):
            own_area = (own_cc, ix.admin1[own])
    for rt in rows:
        facts = static.get(rt)
        if facts is None:
            if len(static) >= 100_000:
                static.clear()
            facts = static[rt] = _row_facts(gaz, *rt)
        s, cc, area, cc_area, area_ok, near_kind = facts
        r = rt[0]
        why: list[str] | None = [] if explain else None
        n_state = states.get(cc, 0) + votes.get(cc, 0)
        if cc == own_cc:
            n_state -= 1
        if cc and n_state > 0:  # STATE_BONUS * min(1.0, 0.5 + 0.25 * n_state)
            s += STATE_BONUS if n_state >= 2 else STATE_BONUS * 0.75
            if why is not None:
                why.append("its country is named in the text")
        if area_ok and cc_area in areas:
            s += AREA_BONUS
            if why is not None:
                why.append(f"{area} is named in the text")
        elif area_ok:
            n_area = area_votes.get(cc_area, 0)
            if cc_area == own_area:
                n_area -= 1
            if n_area > 0:
                s += AREA_VOTE_BONUS * min(2, n_area)
                if why is not None:
                    why.append(f"other places of the text lie in {area}")
        if qual and (cc_area in qual or (cc, "") in qual):
            s += QUALIFIER_BONUS
            if why is not None:
                why.append("the text qualifies it")
        if near_kind and anchors and (near_rows.get(r) or (r not in near_rows and ctx.near(r))):
            s += NEAR_BONUS
            if why is not None:
                why.append("it lies near other places of the text")
        ranked.append((s, r, why))
    return ranked


def _best(gaz: Gazetteer, rows, ctx: _DocContext, qual: set[tuple[str, str]],
          name: str) -> tuple[int, float, list[str]]:
    """The best candidate's row, its share of the evidence (a softmax over the
    candidates) and why it won; the first best on a tie, as :func:`_rank` orders them."""
    scored = _scores(gaz, rows, ctx, qual, name, explain=False)
    top, row, _ = max(scored, key=_first)
    z = math.fsum(math.exp(s - top) for s, _r, _w in scored)
    best_rt = next(rt for rt in rows if rt[0] == row)
    why = _scores(gaz, (best_rt,), ctx, qual, name, explain=True)[0][2]
    return row, 1.0 / z, why or []


def _first(item: tuple) -> float:
    return item[0]


def _reason(gaz: Gazetteer, rows_n: int, name: str, r: int, why: list[str],
            rank: int = 1) -> str:
    ix = gaz.ix
    kind = ix.kind[r]
    what = ("capital" if r in ix.capitals else
            kind if kind != "city" else "place") + (f" in {ix.country[r]}" if ix.country[r]
                                                    and kind != "country" else "")
    head = (f"{what}; only candidate named {name}" if rows_n == 1 else
            f"{what}; best of {rows_n} places named {name}" if rank == 1 else
            f"{what}; number {rank} of {rows_n} places named {name}")
    if rows_n > 1 and not why and rank == 1:
        why = ["the most important by kind and population"]
    return "; ".join([head, *why])


def resolve(doc: Document, mentions: tuple[Mention, ...], gaz: Gazetteer
            ) -> tuple[Resolution, ...]:
    """The place each mention most likely means; mentions with no candidate are left out."""
    if not mentions:
        return ()
    named = [_name_facts(gaz, m.text) for m in mentions]
    if all(len(rows) < 2 for rows, _f, _why in named):  # no name has a choice to make
        return tuple(Resolution(m, gaz.place(rows[0][0]), 1.0, why)  # type: ignore[arg-type]
                     for m, (rows, _f, why) in zip(mentions, named, strict=True) if rows)
    cands = [rows for rows, _f, _why in named]
    ctx = _DocContext(gaz, [f for _r, f, _why in named if f is not None])
    # what follows a name may qualify it ("Paris, Texas"): asked only of names with a
    # choice to make
    quals = [_qualifier(doc, m, mentions[i + 1], gaz, cands[i + 1])
             if len(cands[i]) > 1 and i + 1 < len(mentions) else _NO_QUALIFIER
             for i, m in enumerate(mentions)]
    # a first reading of every name votes for its state and area; a name's own vote never
    # counts for itself (see _scores), so when one name alone has a choice to make, the
    # first reading of it changes nothing and is skipped
    first: dict[str, int] = {}
    several = len({m.text for m, rows in zip(mentions, cands, strict=True) if len(rows) > 1}) > 1
    for m, rows, qual in zip(mentions, cands, quals, strict=True):
        if rows and m.text not in first:
            if len(rows) == 1:
                first[m.text] = rows[0][0]
            elif several:
                first[m.text] = max(_scores(gaz, rows, ctx, qual, m.text, explain=False),
                                    key=_first)[1]
    ctx.vote(first)
    out = []
    done: dict[tuple, tuple[int, float, str]] = {}  # a name read the same way twice
    for m, (rows, _f, only_reason), qual in zip(mentions, named, quals, strict=True):
        if not rows:
            continue
        if only_reason is not None:  # one candidate: no document changes how it reads
            out.append(Resolution(m, gaz.place(rows[0][0]), 1.0, only_reason))
            continue
        key = (m.text, tuple(sorted(qual)) if qual else ())
        if key not in done:
            row, share, why = _best(gaz, rows, ctx, qual, m.text)
            done[key] = (row, round(share, 4), _reason(gaz, len(rows), m.text, row, why))
        row, score, reason = done[key]
        out.append(Resolution(m, gaz.place(row), score, reason))
    return tuple(out)


_NO_QUALIFIER: frozenset[tuple[str, str]] = frozenset()  # shared, so it cannot change
