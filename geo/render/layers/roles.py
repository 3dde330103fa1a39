"""Countries by role: a choropleth of senders, hosts, threatening and threatened states
and meeting participants; the tooltip lists every role with its number of events."""

from __future__ import annotations

from geo.model import Story
from geo.render.countries import ROLE_ORDER, country_roles, index, simplified
from geo.render.elements import DataLayer
from geo.render.layers import LAYER_NAMES
from geo.render.palette import ROLE_COLOURS, ROLE_LABELS
from geo.render.text import esc


def roles_layer(story: Story, countries: dict, *, shifts: list[int] | None = None
                ) -> DataLayer:
    """One coloured outline per country with a role, painted by its strongest role."""
    by_code = index(simplified(countries))
    merged: dict[str, tuple[dict, dict[str, int]]] = {}
    for code, roles in sorted(country_roles(story).items()):
        feat = by_code.get(code)
        if feat is None:
            continue  # organizations, unknown codes
        key = str(feat["properties"].get("iso_a3") or feat["properties"].get("name"))
        _, counts = merged.setdefault(key, (feat, {}))
        for role, n in roles.items():
            counts[role] = counts.get(role, 0) + n
    features = []
    for key in sorted(merged):
        feat, counts = merged[key]
        ordered = [r for r in ROLE_ORDER if r in counts]
        colour = ROLE_COLOURS[ordered[0]]
        lines = "<br>".join(f"{esc(ROLE_LABELS[r])}: {counts[r]}" for r in ordered)
        name = esc(feat["properties"].get("name") or key)
        features.append({"type": "Feature", "geometry": feat["geometry"], "properties": {
            "iso_a3": key, "roles": ordered,
            "_style": {"color": colour, "weight": 1.2, "fillColor": colour,
                       "fillOpacity": 0.45, "className": "geo-role"},
            "_tip": f"<b>{name}</b><br>{lines}",
        }})
    data = {"type": "FeatureCollection", "features": features}
    options = {"style": {"className": "geo-role"}, "interactive": True, "back": True,
               "shifts": shifts or [0]}
    return DataLayer("geoRender.geojson", [data, options], name=LAYER_NAMES["roles"],
                     count=len(features))
