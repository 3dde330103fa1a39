"""Render a :class:`~geo.model.Story` as a layered, self-contained Leaflet map.

One function per layer (``geo.render.layers``): deployments, meetings, missions,
exercises, threats, countries by role, places mentioned; plus a date slider, a legend,
a title and a panel of events that have no place. Leaflet is inlined, element ids are
pinned, and every article-derived string is escaped (``geo.render.text``).

folium is imported only when a map is built, so ``import geo`` stays fast::

    from geo.render import build_map, write_map
    m = build_map(story)            # a folium.Map
    write_map(story, "map.html")    # one HTML file that opens offline
"""

from __future__ import annotations

from geo.render.build import build_map, render_html, write_map

__all__ = ["build_map", "render_html", "write_map"]
