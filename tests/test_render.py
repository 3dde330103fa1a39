"""Unit tests of geo.render: determinism, escaping, arcs, layers, helpers."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from itertools import pairwise

import pytest
from fixtures_story import (
    TINY_COUNTRIES,
    antimeridian_story,
    greenland_story,
    hostile_story,
)

from geo.model import Story
from geo.render import build_map, render_html, write_map
from geo.render.arcs import great_circle, screen_bearing, unwrap
from geo.render.countries import anchor, country_roles
from geo.render.layers import LAYER_NAMES
from geo.render.layers.deployments import flow_weight
from geo.render.layers.places import places_layer
from geo.render.palette import actor_colour
from geo.render.text import esc, js_literal, link, safe_url
from geo.render.timefilter import date_key


def html_of(story: Story, **kw) -> str:
    return render_html(story, countries=TINY_COUNTRIES, **kw)


@pytest.fixture(scope="module")
def greenland_html() -> str:
    return html_of(greenland_story())


def layer_items(html: str, kind: str) -> tuple[list, dict]:
    """The JSON items and options of one event layer of the page."""
    pattern = r'geoRender\.layer\(map_\d+,\s*"' + kind + r'", (\[.*?\]), (\{"cluster":[a-z]+\})\)'
    m = re.search(pattern, html, re.S)
    assert m is not None, kind
    return json.loads(m.group(1)), json.loads(m.group(2))


def strings_of(html: str) -> list[str]:
    m = re.search(r"geoRender\.strings\((\[.*?\]), \[", html, re.S)
    assert m is not None
    return json.loads(m.group(1))


def scripts_outside_head(html: str) -> str:
    """The page without the inlined Leaflet/MarkerCluster text (our own code only)."""
    return html[html.index("</head>"):]


# -- determinism ---------------------------------------------------------------------------

def test_two_builds_are_byte_identical(greenland_html):
    assert html_of(greenland_story()) == greenland_html


def test_ids_are_pinned_counters(greenland_html):
    names = re.findall(r"var ([a-z_]+?)_([0-9a-f]+) =", greenland_html)
    assert len(names) > 5 and all(re.fullmatch(r"\d{4}", suffix) for _, suffix in names)
    assert not re.search(r"_[0-9a-f]{32}\b", greenland_html)


def test_write_map_is_atomic_and_identical(tmp_path):
    a = write_map(greenland_story(), tmp_path / "a.html", countries=TINY_COUNTRIES)
    b = write_map(greenland_story(), tmp_path / "sub" / "b.html", countries=TINY_COUNTRIES)
    assert a.read_bytes() == b.read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.html", "sub"]


# -- offline -------------------------------------------------------------------------------

def test_no_external_scripts_or_styles(greenland_html):
    assert not re.search(r"<script[^>]+src=", greenland_html)
    assert not re.search(r"<link[^>]+stylesheet", greenland_html)
    assert "L.map(" in greenland_html and "Leaflet 1.9" in greenland_html
    for cdn in ("cdn.jsdelivr", "cdnjs", "code.jquery", "bootstrapcdn", "fontawesome"):
        assert cdn not in greenland_html


def test_tiles_are_opt_in():
    assert "L.tileLayer" not in html_of(greenland_story())
    assert "L.tileLayer" in html_of(greenland_story(), tiles="OpenStreetMap")


def test_clustered_places_inline_markercluster():
    assert places_layer(greenland_story(), cluster_above=3).cluster
    assert not places_layer(greenland_story()).cluster
    assert ".marker-cluster-small" not in html_of(greenland_story())  # not inlined


def test_many_point_events_are_clustered_and_inlined():
    from geo.model import Actor, Event

    base = greenland_story()
    nuuk = next(e.location for e in base.events if e.type == "mission")
    many = tuple(Event(f"m{i}", "meet", (Actor("DNK", "Denmark"),), location=nuuk,
                       date="2026-01-14") for i in range(150))
    html = html_of(Story(base.documents, base.resolutions, base.events + many))
    assert ".marker-cluster-small" in html.split("</head>")[0]
    assert layer_items(html, "meet")[1] == {"cluster": True}
    assert len(layer_items(html, "meet")[0]) == 152


# -- layers --------------------------------------------------------------------------------

def test_every_layer_is_in_the_layer_control(greenland_html):
    control = re.search(r"var layer_control_\d+_layers = (.*?)L\.control\.layers",
                        greenland_html, re.S)
    assert control is not None
    for name in LAYER_NAMES.values():
        assert f'"{name}"' in control.group(1)


def test_counts_match_the_story(greenland_html):
    counts = json.loads(re.search(r"var counts = (\{.*?\});", greenland_html).group(1))
    story = greenland_story()
    flows = [g for g, *_ in layer_items(greenland_html, "deploy")[0] if len(g) == 7]
    assert counts["flows"] == 6 == len(flows)
    assert counts["meetings"] == len(layer_items(greenland_html, "meet")[0])
    assert counts["meetings"] == 2 and counts["offmap"] == 1
    assert counts["missions"] == 2 and counts["threats"] == 1 and counts["exercises"] == 1
    assert counts["events"] == len(story.events) and counts["places"] == len(story.places)


def test_build_map_returns_a_folium_map_that_shows_in_jupyter():
    import folium

    m = build_map(greenland_story(), countries=TINY_COUNTRIES)
    assert isinstance(m, folium.Map)
    assert "iframe" in m._repr_html_()


def test_roles_of_countries():
    roles = country_roles(greenland_story())
    assert roles["USA"] == {"threatening": 1, "participant": 1}
    assert roles["DEU"] == {"sender": 1}
    assert roles["GL"]["host"] >= 6 and roles["GRL"]["threatened"] == 1
    assert "NATO" not in roles  # organizations have no outline


def test_anchor_is_the_centroid_of_the_largest_polygon():
    lat, lon = anchor({"geometry": {"type": "MultiPolygon", "coordinates": [
        [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]],
        [[[10, 10], [20, 10], [20, 20], [10, 20], [10, 10]]]]}})
    assert (round(lat, 6), round(lon, 6)) == (15.0, 15.0)


def test_empty_story_still_renders():
    html = html_of(Story((), (), ()))
    assert "L.map(" in html and "undated" in html


def test_import_geo_does_not_import_folium():
    code = "import sys, geo, geo.render; print('folium' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.stdout.strip() == "False"


# -- escaping ------------------------------------------------------------------------------

def test_hostile_text_never_reaches_the_page_raw():
    html = scripts_outside_head(html_of(hostile_story()))
    assert "<img" not in html
    assert "</script><script>" not in html
    assert 'href="javascript' not in html and 'href="data' not in html
    # backticks and ${ occur only inside double-quoted JSON strings, never as code
    code = re.sub(r'"(?:[^"\\\n]|\\.)*"', '""', html)
    assert "`" not in code and "${" not in code
    assert "\u202e" not in html


def test_no_template_literals_carry_text():
    html = scripts_outside_head(html_of(hostile_story()))
    # folium's Popup/Tooltip put text in `…` template literals; we never use them
    assert "$(`" not in html and "bindPopup(`" not in html and "bindTooltip(`" not in html


@pytest.mark.parametrize("value", [
    "</script><script>alert(1)</script>", "${alert(1)}", "`x`", "<!--", "a\u2028b", "'q'",
])
def test_js_literal_is_inert_in_a_script(value):
    out = js_literal({"k": value})
    assert "<" not in out and ">" not in out and "'" not in out and "\u2028" not in out
    assert json.loads(out) == {"k": value}


def test_esc_escapes_quotes_and_drops_bidi_overrides():
    assert esc('<a href="x">\u202eevil') == "&lt;a href=&quot;x&quot;&gt;evil"
    assert esc("zero\u200bwidth") == "zero\u200bwidth"


@pytest.mark.parametrize(("url", "ok"), [
    ("https://example.org/a?b=1", True), ("http://x.y", True),
    ("javascript:alert(1)", False), ("JaVaScRiPt:alert(1)", False),
    ("data:text/html,<script>", False), ("//evil.example", False), ("seeds/a.txt", False),
    ("https://x.y/a b", False), (" https://x.y\n", True), (None, False),
])
def test_only_http_links(url, ok):
    assert (safe_url(url) is not None) is ok


def test_link_escapes_label_and_url():
    out = link("<b>", 'https://x.y/"onmouseover=alert(1)')
    assert out.startswith('<a href="https://x.y/&quot;onmouseover=alert(1)"')
    assert "&lt;b&gt;" in out
    assert link("t", "javascript:alert(1)") == "t"


# -- arcs, widths, colours, dates ----------------------------------------------------------

def test_arc_across_the_antimeridian_is_continuous():
    pts = great_circle((61.21806, -149.90028), (43.10562, 131.87353))
    steps = [abs(b[1] - a[1]) for a, b in pairwise(pts)]
    assert max(steps) < 5
    assert pts[0] == (61.21806, -149.90028)
    assert pts[-1][1] == pytest.approx(131.87353 - 360)  # west across the Bering Sea
    assert max(lat for lat, _ in pts) > 61  # a great circle bends towards the pole


def test_antimeridian_story_draws_unwrapped_coordinates():
    html = html_of(antimeridian_story())
    (flow, *_), = layer_items(html, "deploy")[0]
    lon0, lon1 = flow[1], flow[3]
    assert abs(lon1 - lon0) < 180 and (lon0 > 180 or lon1 < -180)  # across the date line
    # the places are drawn in the same copy of the world: Vladivostok under the arrow's end
    places = {strings_of(html)[t].split(" (")[0]: g for g, _, _, t in
              layer_items(html, "places")[0]}
    assert places["Vladivostok"][1] == pytest.approx(lon1)
    assert places["Anchorage"][1] == pytest.approx(lon0)


def test_outlines_are_simplified_and_cached():
    from geo.render.countries import simplified
    from geo.shapes import load_countries

    full = load_countries()
    small = simplified(full)
    assert simplified(full) is small
    assert len(json.dumps(small)) < len(json.dumps(full)) / 2
    assert len(small["features"]) == len(full["features"])


def test_assets_are_read_without_importing_the_bundle():
    code = ("import sys; from geo.render.assets import asset_text, LEAFLET_JS; "
            "t = asset_text(LEAFLET_JS); print('Leaflet 1.9' in t, "
            "'offlinefolium.elements' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.stdout.split() == ["True", "False"]


def test_unwrap_and_bearing():
    assert unwrap([(0, 170), (0, -170), (0, -150)]) == [(0, 170), (0, 190), (0, 210)]
    assert screen_bearing((0, 0), (10, 0)) == pytest.approx(0)
    assert screen_bearing((0, 0), (0, 10)) == pytest.approx(90)


def test_flow_width_is_logarithmic_and_unknown_is_thin():
    assert flow_weight(None) < flow_weight(1) < flow_weight(10) < flow_weight(1000) <= 10
    assert flow_weight(10**9) == 10


def test_palette_is_deterministic_and_distinct_for_senders():
    senders = ["DEU", "FRA", "NOR", "SWE", "GBR", "DNK", "USA", "CAN"]
    assert len({actor_colour(c) for c in senders}) == len(senders)
    assert actor_colour("XYZ") == actor_colour("XYZ") and actor_colour(None).startswith("#")


@pytest.mark.parametrize(("date", "key"), [
    ("2026-01-14", "2026-01-14"), ("2026-01", "2026-01-01"), ("2026", "2026-01-01"),
    (None, None), ("soon", None),
])
def test_date_key(date, key):
    from geo.model import Actor, Event
    event = Event("e", "meet", (Actor("DNK", "Denmark"),), date=date)
    assert date_key(event) == key
