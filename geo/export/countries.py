"""The countries layer: outlines of the countries that take part in the story, by role.

A country's roles come from the events: where deployments, missions and exercises go
(``destination``), who is threatened (``threatened``), who sends (``sender``), who threatens
(``threatener``), where meetings are held (``host``) and who meets or exercises
(``participant``). ``role`` is the strongest of them in that order; ``roles`` lists all.
Organizations (NATO, EU, UN) have no outline and are left out.
"""

from __future__ import annotations

from geo.export.rows import Record
from geo.model import Event, Story

ROLES: tuple[str, ...] = (
    "destination", "threatened", "sender", "threatener", "host", "participant",
)


def _event_roles(event: Event) -> list[tuple[str, str]]:
    """``(code, role)`` pairs for one event; codes are alpha-3 actors or alpha-2 places."""
    pairs: list[tuple[str, str]] = []
    where = event.location.country if event.location and event.location.country else None
    if event.type == "threaten":
        pairs += [(a.code, "threatener") for a in event.actors]
        pairs += [(a.code, "threatened") for a in event.counterparts]
        if where:
            pairs.append((where, "threatened"))
    elif event.type == "meet":
        pairs += [(a.code, "participant") for a in (*event.actors, *event.counterparts)]
        if where:
            pairs.append((where, "host"))
    else:
        own = "participant" if event.type == "exercise" else "sender"
        pairs += [(a.code, own) for a in event.actors]
        pairs += [(a.code, "participant") for a in event.counterparts]
        if where:
            pairs.append((where, "destination"))
    if event.origin is not None and event.origin.country:
        pairs.append((event.origin.country, "sender"))
    return pairs


def country_roles(story: Story) -> dict[str, tuple[set[str], int]]:
    """Map a country code (alpha-3 or alpha-2) to its roles and its number of events."""
    out: dict[str, tuple[set[str], int]] = {}
    for event in story.events:
        seen: set[str] = set()
        for code, role in _event_roles(event):
            roles, count = out.get(code, (set(), 0))
            roles.add(role)
            out[code] = (roles, count + (code not in seen))
            seen.add(code)
    return out


def _multipolygon(geometry: dict) -> dict:
    from shapely.geometry import mapping

    from geo.export.outlines import clean_outline

    return mapping(clean_outline(geometry))


def country_records(story: Story, outlines: dict | None = None) -> list[Record]:
    """One MultiPolygon record per country with a role, in the order of the outlines.

    ``outlines`` is a GeoJSON FeatureCollection like :func:`geo.shapes.load_countries`
    returns (the default); countries missing from it are skipped.
    """
    if outlines is None:
        from geo.shapes import load_countries

        outlines = load_countries()
    roles = country_roles(story)
    out: list[Record] = []
    for feat in outlines["features"]:
        props = feat["properties"]
        a3, a2 = props.get("iso_a3"), props.get("iso_a2")
        found = [roles[c] for c in (a3, a2) if c and c in roles]
        if not found or not feat.get("geometry"):
            continue
        all_roles = set().union(*(r for r, _ in found))
        ordered = [r for r in ROLES if r in all_roles]
        row = {"id": a3 or a2, "iso_a3": a3, "iso_a2": a2, "name": props.get("name"),
               "role": ordered[0], "roles": "|".join(ordered),
               "events": max(n for _, n in found)}
        out.append((row, _multipolygon(feat["geometry"])))
    return out
