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


def _bounds(story: Story, ctx) -> list[list[float]] | None:
    """The events' extent in the drawn longitude window (places mentioned only when no
    event has a place); a flow's end counts where its arrow ends."""
    from geo.render.view import toward

    pts = []
    for e in story.events:
        if e.location is None:
            continue
        lon = ctx.lon(e.location.lon)
        if e.origin is not None:
            lon0 = ctx.lon(e.origin.lon)
            pts.append((e.origin.lat, lon0))
            lon = toward(e.location.lon, lon0)
        pts.append((e.location.lat, lon))
    pts = pts or [(p.lat, ctx.lon(p.lon)) for p in story.places]
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
        :func:`geo.shapes.load_countries` (simplified for the page, once per process).

    Each layer is one compact data table drawn by the page's own script on a canvas
    (:mod:`geo.render.runtime`), so a story of 10,000 events stays quick to write and
    to open. The same story always gives byte-identical HTML (element ids are pinned).
    """
    import folium

    from geo.render.assets import drop_links, inline_assets
    from geo.render.controls import legend_box, offmap_box, title_box
    from geo.render.elements import FitView, MapMeta, StringTable, Stylesheet, TimeFilter
    from geo.render.ids import pin_ids
    from geo.render.layers._draw import Context
    from geo.render.layers.deployments import deployments_layer
    from geo.render.layers.exercises import exercises_layer
    from geo.render.layers.meetings import meetings_layer
    from geo.render.layers.missions import missions_layer
    from geo.render.layers.outlines import outlines_layer
    from geo.render.layers.places import places_layer
    from geo.render.layers.roles import roles_layer
    from geo.render.layers.threats import threats_layer
    from geo.render.runtime import runtime_js
    from geo.render.style import CSS
    from geo.render.view import shifts

    if countries is None:
        from geo.shapes import load_countries
        countries = load_countries()

    m = folium.Map(location=DEFAULT_VIEW[0], zoom_start=DEFAULT_VIEW[1], tiles=None,
                   control_scale=True, min_zoom=1, prefer_canvas=True)
    drop_links(m)
    if tiles:
        folium.TileLayer(tiles, name="Tiles", overlay=False, control=True).add_to(m)
    m.add_child(Stylesheet(CSS))

    ctx = Context.of(story)
    table = StringTable(ctx.strings.table, ctx.dates)
    m.add_child(table)  # written before the layers that refer to it
    bounds = _bounds(story, ctx)
    copies = shifts(bounds[0][1], bounds[1][1]) if bounds else [0]
    places = places_layer(story, ctx=ctx)
    layers = [outlines_layer(countries, over_tiles=bool(tiles), shifts=copies),
              roles_layer(story, countries, shifts=copies), places,
              deployments_layer(story, ctx), threats_layer(story, countries, ctx),
              exercises_layer(story, ctx), missions_layer(story, ctx), meetings_layer(story, ctx)]
    for layer in layers:
        m.add_child(layer)
    inline_assets(m.get_root(), cluster=any(layer.cluster for layer in layers),
                  runtime=runtime_js())

    m.add_child(title_box(story, title))
    m.add_child(legend_box(story))
    if ctx.dates:
        m.add_child(TimeFilter())
    panel = offmap_box(story)
    if panel is not None:
        m.add_child(panel)
    m.add_child(MapMeta(_counts(story, len(story.places))))
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
