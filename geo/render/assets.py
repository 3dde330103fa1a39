"""Leaflet's JavaScript and CSS inlined into the page, so the map opens from disk offline.

folium links its assets from CDNs. The ``folium-offline`` package ships the text of those
same CDN files keyed by their URLs, as string literals in ``offlinefolium/elements.py``.
Importing that 3.5 MB module costs about a second, so we locate the file without
importing it (:func:`importlib.util.find_spec` runs no code), cut out only the literals
we need and evaluate each with :func:`ast.literal_eval`; the texts are kept per process.
Nothing is ever fetched from the network. Only what the map needs is inlined (Leaflet
and MarkerCluster: no jQuery, Bootstrap or Font Awesome, whose fonts would be fetched).
"""

from __future__ import annotations

import ast
import functools
import importlib.util
import re
from pathlib import Path

from branca.element import Element, Figure

from geo.errors import OutputError

LEAFLET_JS = "https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.js"
LEAFLET_CSS = "https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.css"
_CLUSTER = "https://cdnjs.cloudflare.com/ajax/libs/leaflet.markercluster/1.1.0/"
CLUSTER_JS = _CLUSTER + "leaflet.markercluster.js"
CLUSTER_CSS = (_CLUSTER + "MarkerCluster.css", _CLUSTER + "MarkerCluster.Default.css")


@functools.cache
def _bundle_source() -> str:
    """The text of ``offlinefolium/elements.py`` (read, not imported)."""
    try:
        spec = importlib.util.find_spec("offlinefolium")
    except (ImportError, ValueError):
        spec = None
    if spec is None or not spec.submodule_search_locations:
        raise OutputError("cannot inline Leaflet: the folium-offline package is missing; "
                          "install it with `pip install folium-offline`")
    for folder in spec.submodule_search_locations:
        path = Path(folder) / "elements.py"
        if path.is_file():
            return path.read_text(encoding="utf-8")
    raise OutputError("cannot inline Leaflet: folium-offline has no elements.py with its "
                      "bundled assets (reinstall or upgrade folium-offline)")


_ENTRY = re.compile(r"^_res\[(?P<key>'[^'\n]+'|\"[^\"\n]+\")\]\s*=\s*", re.M)


@functools.cache
def _entries() -> dict[str, tuple[int, int]]:
    """Where each bundled URL's literal starts and where the next entry begins."""
    text = _bundle_source()
    found = [(ast.literal_eval(m.group("key")), m.end(), m.start())
             for m in _ENTRY.finditer(text)]
    out: dict[str, tuple[int, int]] = {}
    for i, (key, start, _) in enumerate(found):
        end = found[i + 1][2] if i + 1 < len(found) else len(text)
        out[key] = (start, end)
    return out


_OPEN = re.compile(r"\s*([rRuU]?)('\'\'|\"\"\"|'|\")")


def _literal_at(text: str, start: int, end: int) -> str:
    """The Python string literal starting at ``text[start]`` (at most up to ``end``)."""
    m = _OPEN.match(text, start, end)
    if m is None:
        return ""
    quote, i = m.group(2), m.end()
    raw = bool(m.group(1)) and m.group(1) in "rR"
    while True:
        j = text.find(quote, i, end)
        if j < 0:
            return ""
        k = j  # a quote after an odd number of backslashes is escaped (not in raw text)
        while not raw and k > i and text[k - 1] == "\\":
            k -= 1
        if raw or (j - k) % 2 == 0:
            return text[m.start(1):j + len(quote)]
        i = j + 1


@functools.cache
def asset_text(url: str) -> str:
    """The text of one CDN file, from the bundle shipped by ``folium-offline``."""
    span = _entries().get(url)
    if span is None:
        raise OutputError(f"no offline copy of {url}; folium-offline does not ship it "
                          "(upgrade folium-offline or pin folium to a matching version)")
    literal = _literal_at(_bundle_source(), span[0], span[1])
    try:
        text = ast.literal_eval(literal)
    except (SyntaxError, ValueError) as exc:
        raise OutputError(f"cannot read the offline copy of {url} from folium-offline "
                          f"({exc}); reinstall folium-offline") from exc
    if not isinstance(text, str):
        raise OutputError(f"the offline copy of {url} in folium-offline is not text")
    return text


def _script(text: str) -> Element:
    return Element("<script>" + re.sub(r"</(script)", r"<\\/\1", text, flags=re.I)
                   + "</script>")


def _style(text: str) -> Element:
    return Element("<style>" + re.sub(r"</(style)", r"<\\/\1", text, flags=re.I)
                   + "</style>")


def inline_assets(figure: Figure, *, cluster: bool = False, runtime: str = "") -> None:
    """Add Leaflet (and MarkerCluster), then ``runtime`` (our own script), to the head of
    ``figure`` as inline text.

    Elements whose own ``default_js``/``default_css`` would link a CDN must have those
    lists emptied on the instance (see :func:`drop_links`).
    """
    figure.header.add_child(_style(asset_text(LEAFLET_CSS)), name="leaflet_css")
    figure.header.add_child(_script(asset_text(LEAFLET_JS)), name="leaflet")
    if cluster:
        for i, url in enumerate(CLUSTER_CSS):
            figure.header.add_child(_style(asset_text(url)), name=f"markercluster_css{i}")
        figure.header.add_child(_script(asset_text(CLUSTER_JS)), name="markerclusterjs")
    if runtime:
        figure.header.add_child(_script(runtime), name="geo_runtime")


def drop_links(element: object) -> None:
    """Empty an element's CDN link lists on the instance (the class lists stay as they are)."""
    element.default_js = []  # type: ignore[attr-defined]
    element.default_css = []  # type: ignore[attr-defined]
