"""Small custom Leaflet pieces as branca ``MacroElement``s with inline templates.

Each one passes data to JavaScript only through :func:`geo.render.text.js_literal`
(a JSON literal), never inside a template literal, so article text cannot run as code.
"""

from __future__ import annotations

from branca.element import MacroElement
from folium.map import Layer
from folium.template import Template

from geo.render.text import js_literal


class DataLayer(Layer):
    """One map layer drawn by the page's runtime (:mod:`geo.render.runtime`) from a JSON
    table: ``geoRender.layer(map, kind, items, options)``, or for GeoJSON
    ``geoRender.geojson(map, data, options)``. Article text in ``items`` or ``data`` is
    already escaped HTML; it reaches the page only as a JSON literal (:func:`js_literal`).
    """

    _template = Template("""
        {% macro script(this, kwargs) %}
            var {{ this.get_name() }} = {{ this.call }}({{ this._parent.get_name() }},
                {{ this.args_js }});
        {% endmacro %}
    """)

    def __init__(self, call: str, args: list, *, name: str, control: bool = True,
                 show: bool = True, count: int = 0, cluster: bool = False) -> None:
        super().__init__(name=name, overlay=True, control=control, show=show)
        self._name = "DataLayer"
        self.call = call
        self.args_js = ", ".join(js_literal(a) for a in args)
        self.count = count  # items drawn (for tests and the counts on the map)
        self.cluster = cluster


class StringTable(MacroElement):
    """The page's table of escaped strings and event dates, read by the layers' popups,
    tooltips and the date slider. Filled while the layers are built; written at render."""

    _template = Template("""
        {% macro script(this, kwargs) %}
            geoRender.strings({{ this.strings_js }}, {{ this.dates_js }});
        {% endmacro %}
    """)

    def __init__(self, strings: list[str], dates: list[str]) -> None:
        super().__init__()
        self._name = "StringTable"
        self.strings = strings
        self.dates = dates

    @property
    def strings_js(self) -> str:
        return js_literal(self.strings)

    @property
    def dates_js(self) -> str:
        return js_literal(self.dates)


class TimeFilter(MacroElement):
    """The date slider (``geoRender.timeFilter``): events up to a chosen date."""

    _template = Template("""
        {% macro script(this, kwargs) %}
            geoRender.timeFilter({{ this._parent.get_name() }});
        {% endmacro %}
    """)

    def __init__(self) -> None:
        super().__init__()
        self._name = "TimeFilter"


class HtmlControl(MacroElement):
    """A box of escaped HTML on the map: a Leaflet control at ``position``, or with
    ``position=None`` a free box placed by CSS (e.g. the centred title)."""

    _template = Template("""
        {% macro script(this, kwargs) %}
            (function () {
                var map = {{ this._parent.get_name() }};
                var box = L.DomUtil.create("div", {{ this.class_js }});
                box.innerHTML = {{ this.html_js }};
                L.DomEvent.disableClickPropagation(box);
                L.DomEvent.disableScrollPropagation(box);
                {% if this.position %}
                var ctl = L.control({"position": {{ this.position_js }}});
                ctl.onAdd = function () { return box; };
                ctl.addTo(map);
                {% else %}
                map.getContainer().appendChild(box);
                {% endif %}
            })();
        {% endmacro %}
    """)

    def __init__(self, html: str, *, css_class: str, position: str | None) -> None:
        super().__init__()
        self._name = "HtmlControl"
        self.position = position
        self.position_js = js_literal(position)
        self.class_js = js_literal(css_class)
        self.html_js = js_literal(html)


class Stylesheet(MacroElement):
    """Our own CSS (static, no article text) in the page head."""

    _template = Template("""
        {% macro header(this, kwargs) %}
            <style>{{ this.css }}</style>
        {% endmacro %}
    """)

    def __init__(self, css: str) -> None:
        super().__init__()
        self._name = "Stylesheet"
        self.css = css.replace("</", "<\\/")


class MapMeta(MacroElement):
    """Expose the Leaflet map as ``window.geoMap`` and counts as ``data-geo-*`` attributes
    of the map container, for tests and for scripts embedding the page."""

    _template = Template("""
        {% macro script(this, kwargs) %}
            (function () {
                var map = {{ this._parent.get_name() }};
                var counts = {{ this.counts_js }};
                window.geoMap = map;
                Object.keys(counts).forEach(function (k) {
                    map.getContainer().setAttribute("data-geo-" + k, String(counts[k]));
                });
            })();
        {% endmacro %}
    """)

    def __init__(self, counts: dict[str, int]) -> None:
        super().__init__()
        self._name = "MapMeta"
        self.counts_js = js_literal(counts)


class FitView(MacroElement):
    """Fit the map to ``bounds`` at load, without animation (a page that is still zooming
    ignores clicks), leaving room for the boxes around the map."""

    _template = Template("""
        {% macro script(this, kwargs) %}
            {{ this._parent.get_name() }}.fitBounds({{ this.bounds_js }}, {{ this.options_js }});
        {% endmacro %}
    """)

    def __init__(self, bounds: list[list[float]], *, top_left: tuple[int, int],
                 bottom_right: tuple[int, int], max_zoom: int) -> None:
        super().__init__()
        self._name = "FitView"
        self.bounds_js = js_literal(bounds)
        self.options_js = js_literal({"paddingTopLeft": list(top_left),
                                      "paddingBottomRight": list(bottom_right),
                                      "maxZoom": max_zoom, "animate": False})
