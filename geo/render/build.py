"""Assemble the layers into one folium map, and write it as a self-contained HTML file."""

from __future__ import annotations

import os
from pathlib import Path

from geo.model import Story

DEFAULT_VIEW = ([35.0, 0.0], 2)


def _counts(story: Story, places: int) -> dict[str, int]:
    ev = story.events

    def n(kind: str, *, origin: bool | None = None) -> int:
        return sum(1 for e in ev if e.type == kind and e.location is not None
                   and (origin is None or (e.origin is not None) == origin))

    return {"flows": n("deploy", origin=True), "deploy-points": n("deploy", origin=False),
            "meetings": n("meet"), "missions": n("mission"), "exercises": n("exercise"),
            "threats": n("threaten"), "places": places,
            "offmap": sum(1 for e in ev if e.location is None), "events": len(ev)}


def _bounds(story: Story) -> list[list[float]] | None:
    """The events' extent (places mentioned only when no event has a place)."""
    pts = [(p.lat, p.lon) for e in story.events for p in (e.location, e.origin)
           if p is not None]
    pts = pts or [(p.lat, p.lon) for p in story.places]
    if not pts:
        return None
    lats, lons = [p[0] for p in pts], [p[1] for p in pts]
    return [[min(lats), min(lons)], [max(lats), max(lons)]]


def build_map(story: Story, *, tiles: str | None = None, title: str | None = None,
              countries: dict | None = None):
    """Build the layered map of a story as a ``folium.Map`` (it shows itself in Jupyter).

    Parameters
    ----------
    story : the merged documents, places and events.
    tiles : optional folium tile name or URL template (e.g. ``"OpenStreetMap"``). Off by
        default: the country outlines are the basemap, so the page needs no network.
    title : heading shown above the map (default "Events in the news").
    countries : a GeoJSON FeatureCollection of country outlines; default
        :func:`geo.shapes.load_countries`.

    The same story always gives byte-identical HTML (element ids are pinned).
    """
    import folium

    from geo.render.assets import drop_links, inline_assets
    from geo.render.controls import legend_box, offmap_box, title_box
    from geo.render.elements import FitView, MapMeta, Stylesheet
    from geo.render.ids import pin_ids
    from geo.render.layers.deployments import deployments_layer
    from geo.render.layers.exercises import exercises_layer
    from geo.render.layers.meetings import meetings_layer
    from geo.render.layers.missions import missions_layer
    from geo.render.layers.outlines import outlines_layer
    from geo.render.layers.places import places_layer
    from geo.render.layers.roles import roles_layer
    from geo.render.layers.threats import threats_layer
    from geo.render.style import CSS
    from geo.render.timefilter import TimeFilter, tagged

    if countries is None:
        from geo.shapes import load_countries
        countries = load_countries()

    m = folium.Map(location=DEFAULT_VIEW[0], zoom_start=DEFAULT_VIEW[1], tiles=None,
                   control_scale=True, min_zoom=1)
    drop_links(m)
    if tiles:
        folium.TileLayer(tiles, name="Tiles", overlay=False, control=True).add_to(m)
    m.add_child(Stylesheet(CSS))

    places = places_layer(story)
    layers = [outlines_layer(countries, over_tiles=bool(tiles)), roles_layer(story, countries),
              places, deployments_layer(story), threats_layer(story, countries),
              exercises_layer(story), missions_layer(story), meetings_layer(story)]
    for layer in layers:
        m.add_child(layer)
    inline_assets(m.get_root(), cluster=type(places).__name__ == "MarkerCluster")

    m.add_child(title_box(story, title))
    m.add_child(legend_box(story))
    groups = [g for layer in layers for g in tagged(layer)]
    if any(g.geo_date for g in groups):
        m.add_child(TimeFilter(groups))
    panel = offmap_box(story)
    if panel is not None:
        m.add_child(panel)
    m.add_child(MapMeta(_counts(story, len(story.places))))
    bounds = _bounds(story)
    if bounds is not None:
        # room for the panels: title on top, off-map list left, legend right
        m.add_child(FitView(bounds, top_left=(260, 70), bottom_right=(230, 20), max_zoom=6))
    folium.LayerControl(collapsed=False, position="topright").add_to(m)
    pin_ids(m.get_root())
    return m


def render_html(story: Story, **options) -> str:
    """The complete HTML page of :func:`build_map` as a string."""
    return build_map(story, **options).get_root().render()


def write_map(story: Story, path: str | os.PathLike[str] = "output/map.html",
              **options) -> Path:
    """Write the story's map as one self-contained HTML file (atomically); return its path.

    ``options`` are those of :func:`build_map` (``tiles``, ``title``, ``countries``).
    """
    from geo.atomic import write_text

    return write_text(path, render_html(story, **options))
