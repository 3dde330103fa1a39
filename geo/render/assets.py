"""Leaflet's JavaScript and CSS inlined into the page, so the map opens from disk offline.

folium links its assets from CDNs. The ``folium-offline`` package ships the text of those
same CDN files keyed by their URLs; we look up the URLs folium itself uses and write the
text into ``<script>``/``<style>`` elements. Only what the map needs is inlined (Leaflet
and MarkerCluster: no jQuery, Bootstrap or Font Awesome, whose fonts would be fetched).
"""

from __future__ import annotations

import functools
import re

from branca.element import Element, Figure

from geo.errors import OutputError

LEAFLET_JS = "https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.js"
LEAFLET_CSS = "https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.css"
_CLUSTER = "https://cdnjs.cloudflare.com/ajax/libs/leaflet.markercluster/1.1.0/"
CLUSTER_JS = _CLUSTER + "leaflet.markercluster.js"
CLUSTER_CSS = (_CLUSTER + "MarkerCluster.css", _CLUSTER + "MarkerCluster.Default.css")


@functools.cache
def _bundled() -> dict[str, str]:
    try:
        from offlinefolium.elements import _res
    except ImportError as exc:  # pragma: no cover - a declared dependency
        raise OutputError("cannot inline Leaflet: the folium-offline package is missing; "
                          "install it with `pip install folium-offline`") from exc
    return _res


def asset_text(url: str) -> str:
    """The text of one CDN file, from the bundle shipped by ``folium-offline``."""
    try:
        text = _bundled()[url]
    except KeyError:
        raise OutputError(f"no offline copy of {url}; folium-offline does not ship it "
                          "(upgrade folium-offline or pin folium to a matching version)"
                          ) from None
    return text


def _script(text: str) -> Element:
    return Element("<script>" + re.sub(r"</(script)", r"<\\/\1", text, flags=re.I)
                   + "</script>")


def _style(text: str) -> Element:
    return Element("<style>" + re.sub(r"</(style)", r"<\\/\1", text, flags=re.I)
                   + "</style>")


def inline_assets(figure: Figure, *, cluster: bool = False) -> None:
    """Add Leaflet (and MarkerCluster) to the head of ``figure`` as inline text.

    Elements whose own ``default_js``/``default_css`` would link a CDN must have those
    lists emptied on the instance (see :func:`drop_links`).
    """
    figure.header.add_child(_style(asset_text(LEAFLET_CSS)), name="leaflet_css")
    figure.header.add_child(_script(asset_text(LEAFLET_JS)), name="leaflet")
    if cluster:
        for i, url in enumerate(CLUSTER_CSS):
            figure.header.add_child(_style(asset_text(url)), name=f"markercluster_css{i}")
        figure.header.add_child(_script(asset_text(CLUSTER_JS)), name="markerclusterjs")


def drop_links(element: object) -> None:
    """Empty an element's CDN link lists on the instance (the class lists stay as they are)."""
    element.default_js = []  # type: ignore[attr-defined]
    element.default_css = []  # type: ignore[attr-defined]
