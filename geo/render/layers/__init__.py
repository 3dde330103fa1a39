"""One function per map layer: each takes the story and returns a folium layer."""

from __future__ import annotations

LAYER_NAMES: dict[str, str] = {
    "outlines": "Country outlines",
    "roles": "Countries by role",
    "deploy": "Deployments",
    "meet": "Diplomatic meetings",
    "mission": "Diplomatic missions",
    "exercise": "Exercises",
    "threaten": "Threats",
    "places": "Places mentioned",
}
