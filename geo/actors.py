"""Who acts: states as ISO 3166-1 alpha-3 actors, organizations by their short names.

The curated table ``geo/data/actors.tsv`` holds organizations (``NATO``, ``EU``, ``UN``),
short names and demonyms of states as news writes them (``U.S.``, ``British``), capitals that
news uses for their state ("Moscow warned …" → RUS), surnames of
well-known office holders, the words of officials' titles and the sovereign state of
territories (Greenland → Denmark). It is read on first use, never at import.

>>> actor_for_country("GL").code
'GRL'
>>> actor_for_name("NATO").code
'NATO'
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

from geo.model import Actor

__all__ = [
    "ActorTable",
    "actor_for_code",
    "actor_for_country",
    "actor_for_name",
    "actor_table",
    "alpha2_of",
    "sovereign_of",
    "title_words",
]


@dataclass(frozen=True, slots=True)
class ActorTable:
    """The rows of ``actors.tsv`` by kind (each a phrase → code mapping)."""

    orgs: dict[str, str]
    aliases: dict[str, str]
    persons: dict[str, str]
    titles: frozenset[str]
    sovereigns: dict[str, str]
    capitals: dict[str, str]


@cache
def actor_table() -> ActorTable:
    """Read ``geo/data/actors.tsv`` once."""
    orgs: dict[str, str] = {}
    aliases: dict[str, str] = {}
    persons: dict[str, str] = {}
    titles: set[str] = set()
    sovereigns: dict[str, str] = {}
    capitals: dict[str, str] = {}
    text = resources.files("geo").joinpath("data/actors.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, phrase, *rest = line.split("\t")
        code = rest[0].strip() if rest else ""
        if kind == "org":
            orgs[phrase] = code
        elif kind == "alias":
            aliases[phrase] = code
        elif kind == "person":
            persons[phrase] = code
        elif kind == "title":
            titles.add(phrase.lower())
        elif kind == "sovereign":
            sovereigns[phrase] = code
        elif kind == "capital":
            capitals[phrase] = code
    return ActorTable(orgs, aliases, persons, frozenset(titles), sovereigns, capitals)


def title_words() -> frozenset[str]:
    """The words officials' titles are made of ("foreign", "minister", "secretary", …)."""
    return actor_table().titles


@cache
def actor_for_country(alpha2: str | None) -> Actor | None:
    """The state actor (alpha-3 code) of an ISO 3166-1 alpha-2 code, or None if unknown."""
    if not alpha2 or len(alpha2) != 2:
        return None
    import pycountry  # ~80 ms: only when a country is first looked up

    country = pycountry.countries.get(alpha_2=alpha2.upper())
    if country is None:
        return None
    name = getattr(country, "common_name", None) or country.name
    return Actor(code=country.alpha_3, name=name, kind="state")


_ORG_NAMES = {
    "NATO": "North Atlantic Treaty Organization", "EU": "European Union",
    "UN": "United Nations", "AU": "African Union", "OSCE": "OSCE", "IAEA": "IAEA",
}


def actor_for_code(code: str, organization: bool = False) -> Actor | None:
    """An actor from a code of the table: alpha-2 or alpha-3 of a state, or an
    organization's code (always so when ``organization`` is true, except alpha-3)."""
    if not code:
        return None
    if len(code) == 2 and code.isupper() and not organization:
        state = actor_for_country(code)
        if state is not None:
            return state
    if len(code) == 3 and code.isalpha() and code.isupper():
        import pycountry

        country = pycountry.countries.get(alpha_3=code)
        if country is not None:
            return actor_for_country(country.alpha_2)
    return Actor(code=code.upper(), name=_ORG_NAMES.get(code) or _org_name(code),
                 kind="organization")


@cache
def _org_name(code: str) -> str:
    """An organization's name as the table writes the phrase that spells its code
    ("Arctic Council" for ARCTIC COUNCIL, "Hamas" for HAMAS, "OPEC"), else its code."""
    return next((p for p, c in actor_table().orgs.items() if c == code and p.upper() == code),
                code)


def actor_for_name(text: str) -> Actor | None:
    """The actor an organization's name or acronym stands for ("NATO" → NATO), else None.

    A few seats of government stand for their state ("the Kremlin" → RUS).
    """
    table = actor_table()
    name = " ".join(text.split()).removeprefix("the ").removeprefix("The ")
    code = table.orgs.get(name)
    if code is None and any(c.islower() for c in name):
        lowered = {k.lower(): v for k, v in table.orgs.items() if any(c.islower() for c in k)}
        code = lowered.get(name.lower())
    return actor_for_code(code, organization=True) if code else None


def sovereign_of(alpha2: str | None) -> str | None:
    """The alpha-2 code of the state a territory belongs to (GL → DK), or None."""
    if not alpha2:
        return None
    return actor_table().sovereigns.get(alpha2.upper())


@cache
def alpha2_of(actor: Actor) -> str | None:
    """The ISO 3166-1 alpha-2 code of a state actor (USA → US), None for organizations."""
    if actor.kind != "state":
        return None
    import pycountry

    country = pycountry.countries.get(alpha_3=actor.code)
    return country.alpha_2 if country else None
