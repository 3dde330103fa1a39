"""The parties of a sentence: states, organizations and officials that can act.

A party comes from the geoparser's mentions (a country, a demonym resolved to its country,
an organization), from the curated table of :mod:`geo.actors` (``U.S.``, ``NATO``,
``Trump``) or from officials learnt earlier in the same document ("Danish Foreign Minister
Lars Løkke Rasmussen" teaches that "Rasmussen" speaks for Denmark). Pronouns are kept as
parties without an actor so the rules can resolve them.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from geo.actors import actor_for_code, actor_for_country, actor_for_name, actor_table
from geo.events.agency import capital_stands_for_state, is_civil_modifier, looks_like_demonym
from geo.events.lexicon import COLLECTIVE, LOC_PREP, PRONOUNS, words
from geo.events.text import Sentence
from geo.model import Actor, Mention, Resolution

__all__ = ["PLACE_MENTIONS", "Party", "find_parties", "learn_officials"]



_PARTY_MENTIONS = {"country", "demonym", "organization"}
# the mentions that may be where an action takes place (and a visit's host)
PLACE_MENTIONS = frozenset({"country", "city", "admin", "region", "continent", "feature",
                            "base"})
_INSTITUTIONS = frozenset(words("""ministry department office forces armed government
council agency command service
services embassy parliament committee administration house court military staff navy
army corps guard police broadcaster party"""))


@dataclass(frozen=True, slots=True)
class Party:
    """A span of tokens ``i`` … ``j - 1`` standing for ``actor`` (None for a pronoun)."""

    i: int
    j: int
    actor: Actor | None
    kind: str  # state, org, person, pronoun
    loc_role: bool = False  # after "to", "in", "from"…: a place, not someone acting
    collective: bool = False  # "NATO countries": the members, not the organization
    civil: bool = False  # "German tourists", "Japanese banks": not the state acting


def _token_span(sent: Sentence, start: int, end: int) -> tuple[int, int] | None:
    """Tokens ``i`` … ``j - 1`` of ``sent`` that overlap the characters ``start:end``."""
    toks = sent.tokens
    i = bisect_right(sent.ends, start)  # the first token that ends after start
    j = i
    while j < len(toks) and toks[j].start < end:
        j += 1
    return (i, j) if j > i else None


def _mention_actor(m: Mention, res: Resolution | None) -> Actor | None:
    table = actor_table()
    if m.kind == "organization":
        return actor_for_name(m.text)
    place = res.place if res is not None else None
    if m.kind == "demonym":
        if place is not None and place.kind == "country":
            return actor_for_country(place.country)
        code = table.aliases.get(m.text)
        return actor_for_country(code) if code and place is None else None
    if place is not None and place.kind == "country":
        return actor_for_country(place.country)
    code = table.aliases.get(m.text)
    return actor_for_country(code) if code else None


def find_parties(sent: Sentence, mentions: list[Mention],
                 resolved: dict[tuple[int, int], Resolution],
                 officials: dict[str, Actor]) -> list[Party]:
    """Every party of ``sent``, left to right, marked for location role and collectives."""
    toks = sent.tokens
    taken: list[tuple[int, int, Actor | None, str]] = []
    blocked: list[tuple[int, int]] = []
    for m in mentions:
        span = _token_span(sent, m.start, m.end)
        if span is None:
            continue
        if m.kind not in _PARTY_MENTIONS:
            code = actor_table().capitals.get(m.text)
            res = resolved.get((m.start, m.end))
            if code and (res is None or res.place.country in (None, code)) and \
                    capital_stands_for_state(sent, *span):
                taken.append((*span, actor_for_country(code), "state"))
            else:
                blocked.append(span)
            continue
        actor = _mention_actor(m, resolved.get((m.start, m.end)))
        if actor is not None:
            kind = "org" if actor.kind == "organization" else "state"
            taken.append((*span, actor, "demonym" if m.kind == "demonym" else kind))
        else:
            blocked.append(span)
    table = actor_table()
    covered = bytearray(len(toks))  # tokens of the mentions, taken or blocked
    owned = bytearray(len(toks))  # tokens of the mentions taken as parties
    for a, b, *_ in taken:
        covered[a:b] = owned[a:b] = b"\x01" * (b - a)
    for a, b in blocked:
        covered[a:b] = b"\x01" * (b - a)
    heads = _heads(table)
    more = {p for k in officials for p in _prefixes(k)} if officials else ()
    text, base = sent.text, sent.start
    i = 0
    n_toks = len(toks)
    while i < n_toks:
        hit = None
        tok = toks[i]
        if not covered[i] and (tok.text in heads or tok.text in more):
            for n in (4, 3, 2, 1):
                if i + n > n_toks or 1 in covered[i:i + n]:
                    continue
                phrase = text[tok.start - base:toks[i + n - 1].end - base]
                if n > 1:
                    phrase = " ".join(phrase.split())
                actor, kind = _table_actor(phrase, table, officials)
                if actor is not None:
                    if kind == "state" and looks_like_demonym(phrase):
                        kind = "demonym"
                    hit = (i, i + n, actor, kind)
                    break
        if hit:
            taken.append(hit)
            i = hit[1]
        else:
            if tok.lower in PRONOUNS and not owned[i]:
                taken.append((i, i + 1, None, "pronoun"))
            i += 1
    parties = []
    for i, j, actor, kind in sorted(taken, key=lambda x: x[0]):
        prev = toks[i - 1].lower if i > 0 else ""
        nxt = toks[j].lower if j < len(toks) else ""
        civil = kind == "demonym" and is_civil_modifier(sent, j)
        kind = "state" if kind == "demonym" else kind
        loc = prev in LOC_PREP and kind in ("state", "org")
        coll = nxt in COLLECTIVE and kind in ("state", "org")
        parties.append(Party(i, j, actor, kind, loc, coll, civil))
    return parties


_HEADS: dict[int, frozenset[str]] = {}


def _prefixes(key: str) -> list[str]:
    """The prefixes of the first word of ``key``: the first token of a phrase that is
    ``key`` is one of them."""
    word = key.split(" ", 1)[0]
    return [word[:n] for n in range(1, len(word) + 1)]


def _heads(table) -> frozenset[str]:
    """Every text the first token of a phrase of the table may have."""
    heads = _HEADS.get(id(table))
    if heads is None:
        heads = frozenset(p for kind in (table.persons, table.aliases, table.orgs)
                          for k in kind for p in _prefixes(k))
        _HEADS.clear()
        _HEADS[id(table)] = heads
    return heads


def _table_actor(phrase: str, table, officials: dict[str, Actor]) -> tuple[Actor | None, str]:
    if phrase in officials:
        return officials[phrase], "person"
    if phrase in table.persons:
        return actor_for_code(table.persons[phrase]), "person"
    if phrase in table.aliases:
        return actor_for_country(table.aliases[phrase]), "state"
    if phrase in table.orgs:
        actor = actor_for_code(table.orgs[phrase], organization=True)
        return actor, "org" if actor and actor.kind == "organization" else "state"
    return None, ""


def learn_officials(sent: Sentence, parties: list[Party], officials: dict[str, Actor]) -> None:
    """Remember officials named after their state and title ("US Secretary of State Marco
    Rubio" → "Rubio", "Marco Rubio" speak for USA) for the rest of the document."""
    titles = actor_table().titles
    toks = sent.tokens
    starts = {p.i for p in parties}
    for p in parties:
        if p.actor is None or p.loc_role or p.kind == "person":
            continue
        k = p.j
        if k < len(toks) and toks[k].lower == "'s":
            k += 1
        n_titles = 0
        while (k < len(toks) and toks[k].lower in titles and toks[k].lower != "of") or (
                k < len(toks) and toks[k].lower == "of" and n_titles):
            n_titles += toks[k].lower != "of"
            k += 1
        if not n_titles:
            continue
        names = []
        while (k < len(toks) and len(names) < 4 and toks[k].is_cap and toks[k].text.isalpha()
               and toks[k].lower not in titles and toks[k].lower not in _INSTITUTIONS
               and k not in starts):
            names.append(toks[k].text)
            k += 1
        for n in range(1, len(names) + 1):
            officials.setdefault(" ".join(names[-n:]), p.actor)
