"""The date slider: shows the events up to a chosen date, hides the later ones.

Each event is drawn in its own small ``FeatureGroup`` tagged with a ``geo_date``
attribute (``YYYY-MM-DD``, or None when undated); the slider adds or removes those
groups from their layer, so unchecking a layer in the layer control still wins.
"""

from __future__ import annotations

import re

from branca.element import Element, MacroElement
from folium.template import Template

from geo.model import Event
from geo.render.text import js_literal

_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


def date_key(event: Event) -> str | None:
    """The first day an event's date can mean, as ``YYYY-MM-DD`` ("2026-01" → "2026-01-01")."""
    m = _DATE.match(event.date or "")
    if not m:
        return None
    return f"{m.group(1)}-{m.group(2) or '01'}-{m.group(3) or '01'}"


def tag(group: Element, event: Event) -> Element:
    """Mark ``group`` as the drawing of ``event`` for the slider; return it."""
    group.geo_date = date_key(event)  # type: ignore[attr-defined]
    return group


def tagged(root: Element) -> list[Element]:
    """Every tagged event group under ``root``, in tree order."""
    found: list[Element] = []
    stack = [root]
    while stack:
        el = stack.pop()
        if hasattr(el, "geo_date"):
            found.append(el)
        stack.extend(reversed(list(el._children.values())))
    return found


class TimeFilter(MacroElement):
    """A Leaflet control with a range input over the distinct event dates (plus "all")."""

    _template = Template("""
        {% macro script(this, kwargs) %}
            (function () {
                var map = {{ this._parent.get_name() }};
                var dates = {{ this.dates_js }};
                var items = [
                {%- for g, d in this.items() %}
                    [{{ g.get_name() }}, {{ g._parent.get_name() }}, {{ d }}],
                {%- endfor %}
                ];
                var ctl = L.control({"position": "bottomleft"});
                ctl.onAdd = function () {
                    var box = L.DomUtil.create("div", "geo-time geo-box");
                    var label = L.DomUtil.create("div", "geo-time-label", box);
                    var input = L.DomUtil.create("input", "geo-time-range", box);
                    input.type = "range";
                    input.min = 0;
                    input.max = dates.length;
                    input.step = 1;
                    input.value = dates.length;
                    function apply() {
                        var i = Number(input.value);
                        var cut = i < dates.length ? dates[i] : null;
                        label.textContent = cut === null
                            ? "All dates (" + dates[0] + " to " + dates[dates.length - 1] + ")"
                            : "Events up to " + cut;
                        items.forEach(function (it) {
                            var show = cut === null || it[2] === null || it[2] <= cut;
                            if (show && !it[1].hasLayer(it[0])) { it[1].addLayer(it[0]); }
                            if (!show && it[1].hasLayer(it[0])) { it[1].removeLayer(it[0]); }
                        });
                        map.getContainer().setAttribute("data-geo-cut", cut || "all");
                    }
                    L.DomEvent.on(input, "input change", apply);
                    L.DomEvent.disableClickPropagation(box);
                    apply();
                    return box;
                };
                ctl.addTo(map);
            })();
        {% endmacro %}
    """)

    def __init__(self, groups: list[Element]) -> None:
        super().__init__()
        self._name = "TimeFilter"
        self.groups = groups
        self.dates_js = js_literal(sorted({g.geo_date for g in groups if g.geo_date}))

    def items(self) -> list[tuple[Element, str]]:
        """(group, date literal) pairs; names are read at render time (after pinning)."""
        return [(g, js_literal(g.geo_date)) for g in self.groups]
