"""Small custom Leaflet pieces as branca ``MacroElement``s with inline templates.

Each one passes data to JavaScript only through :func:`geo.render.text.js_literal`
(a JSON literal), never inside a template literal, so article text cannot run as code.
"""

from __future__ import annotations

from branca.element import MacroElement
from folium.map import Layer
from folium.template import Template

from geo.render.text import js_literal


class SafePopup(MacroElement):
    """Bind an HTML popup to the parent layer; ``html`` must already be escaped."""

    _template = Template("""
        {% macro script(this, kwargs) %}
            {{ this._parent.get_name() }}.bindPopup({{ this.html_js }}, {{ this.options_js }});
        {% endmacro %}
    """)

    def __init__(self, html: str, max_width: int = 360) -> None:
        super().__init__()
        self._name = "SafePopup"
        self.html_js = js_literal(html)
        self.options_js = js_literal({"maxWidth": max_width, "className": "geo-popup"})


class SafeTooltip(MacroElement):
    """Bind a hover tooltip to the parent layer; ``html`` must already be escaped."""

    _template = Template("""
        {% macro script(this, kwargs) %}
            {{ this._parent.get_name() }}.bindTooltip({{ this.html_js }}, {"sticky": true});
        {% endmacro %}
    """)

    def __init__(self, html: str) -> None:
        super().__init__()
        self._name = "SafeTooltip"
        self.html_js = js_literal(html)


class GeoJsonLayer(Layer):
    """A GeoJSON layer styled per feature by ``properties._style``, with tooltips from
    ``properties._tip`` (escaped HTML). Lighter than ``folium.GeoJson`` for big data."""

    _template = Template("""
        {% macro script(this, kwargs) %}
            var {{ this.get_name() }} = L.geoJSON({{ this.data_js }}, {
                "interactive": {{ this.interactive_js }},
                "style": function (f) { return f.properties._style || {{ this.style_js }}; },
                "onEachFeature": function (f, layer) {
                    if (f.properties._tip) {
                        layer.bindTooltip(f.properties._tip, {"sticky": true});
                    }
                }
            });
        {% endmacro %}
    """)

    def __init__(self, data: dict, *, name: str, style: dict, interactive: bool = True,
                 control: bool = True, show: bool = True) -> None:
        super().__init__(name=name, overlay=True, control=control, show=show)
        self._name = "GeoJsonLayer"
        self.data_js = js_literal(data)
        self.style_js = js_literal(style)
        self.interactive_js = js_literal(interactive)


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


class DivMarker(MacroElement):
    """A marker drawn by HTML/SVG (``L.divIcon``), created with its icon in one step.

    ``html`` is our own markup (shapes and colours), never article text.
    """

    _template = Template("""
        {% macro script(this, kwargs) %}
            var {{ this.get_name() }} = L.marker({{ this.location_js }}, {
                "icon": L.divIcon({{ this.icon_js }}),
                "interactive": {{ this.interactive_js }},
                "keyboard": false
            }).addTo({{ this._parent.get_name() }});
        {% endmacro %}
    """)

    def __init__(self, location: tuple[float, float], html: str, *, css_class: str,
                 size: tuple[int, int], anchor: tuple[int, int] | None = None,
                 interactive: bool = True) -> None:
        super().__init__()
        self._name = "DivMarker"
        self.location = location
        self.location_js = js_literal([round(location[0], 5), round(location[1], 5)])
        w, h = size
        self.icon_js = js_literal({
            "html": html, "className": css_class, "iconSize": [w, h],
            "iconAnchor": list(anchor) if anchor else [w // 2, h // 2],
            "popupAnchor": [0, -h // 2],
        })
        self.interactive_js = js_literal(interactive)

    def _get_self_bounds(self) -> list[list[float | None]]:
        return [[self.location[0], self.location[1]], [self.location[0], self.location[1]]]


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
