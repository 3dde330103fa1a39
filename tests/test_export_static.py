"""Static PNG/SVG maps: the size asked, not blank, legible; projection and extent."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import numpy as np
import pytest
from export_fixtures import empty_story, greenland_story, pacific_story
from PIL import Image

from geo.errors import InputError
from geo.export.static import size_inches, write_static
from geo.export.static_draw import sources_line, subtitle
from geo.export.static_view import centre, fit_view, projector


@pytest.fixture(scope="module")
def greenland_png(tmp_path_factory):
    return write_static(greenland_story(), tmp_path_factory.mktemp("png") / "map.png")


def test_png_has_the_default_size_and_is_not_blank(greenland_png):
    with Image.open(greenland_png) as im:
        assert im.size == (1600, 1000)
        assert im.info.get("dpi", (200, 200))[0] == pytest.approx(200, abs=1)
        pixels = np.asarray(im.convert("RGB")).reshape(-1, 3)
    assert pixels.std() > 20
    assert len(np.unique(pixels[::7], axis=0)) > 50  # outlines, fills, arrows, text


@pytest.mark.parametrize(("options", "size"), [
    ({"width": 900, "height": 600}, (900, 600)),
    ({"width": 6, "height": 4, "unit": "in", "dpi": 150}, (900, 600)),
])
def test_png_size_is_selectable(tmp_path, options, size):
    with Image.open(write_static(pacific_story(), tmp_path / "m.png", **options)) as im:
        assert im.size == size


def test_svg_parses_and_an_empty_story_still_draws(tmp_path):
    root = ET.parse(write_static(empty_story(), tmp_path / "m.svg", width=800,
                                 height=500)).getroot()
    assert root.tag.endswith("svg")


def test_bad_sizes_and_formats_are_input_errors(tmp_path):
    with pytest.raises(InputError, match="150 or more"):
        write_static(empty_story(), tmp_path / "m.png", dpi=72)
    with pytest.raises(InputError, match="px"):
        size_inches(10, 10, unit="cm")
    with pytest.raises(InputError, match="out of range"):
        size_inches(0, 100)
    with pytest.raises(InputError, match=r"\.png or \.svg"):
        write_static(empty_story(), tmp_path / "m.jpg")


def test_one_side_follows_the_aspect():
    assert size_inches(1600, None, "px", 200, aspect=2.0) == (8.0, 4.0)
    assert size_inches(None, 3, "in", 200, aspect=1.5) == (4.5, 3.0)


def test_view_fits_the_events_with_a_margin_and_the_aspect():
    story = greenland_story()
    view = fit_view(story, aspect=1.6)
    assert view.aspect == pytest.approx(1.6)
    fwd = projector(view.crs)
    for e in story.events:
        for p in (e.location, e.origin):
            if p is not None:
                x, y = fwd(p.lon, p.lat)
                assert view.xmin < x < view.xmax and view.ymin < y < view.ymax
    assert 40 < view.lat0 < 80  # centred between Washington, Europe and Greenland


def test_centre_handles_the_antimeridian():
    lon, lat = centre([(179.0, 60.0), (-179.0, 60.0)])
    assert abs(abs(lon) - 180) < 1e-6 and lat > 60


def test_subtitle_and_sources():
    story = greenland_story()
    assert subtitle(story) == "15 Jan 2026 – 20 Jan 2026 · 11 events · 2 articles"
    assert sources_line(story).startswith("Sources: Article a1; Article a2.")
    assert subtitle(empty_story()) == "0 events · 0 articles"


def test_one_label_per_place_and_arrow_tips_do_not_pile_up():
    from matplotlib.figure import Figure
    from matplotlib.patches import FancyArrowPatch

    from geo.export.static_draw import draw_story
    from geo.shapes import load_countries

    fig = Figure(figsize=(8, 5), dpi=150)
    draw_story(fig, greenland_story(), load_countries())
    ax = fig.axes[0]
    names = [t.get_text() for t in ax.texts if t.get_fontweight() == "bold"]
    assert sorted(names) == ["Brussels", "Greenland", "Nuuk", "Washington"]
    tips = np.array([ax.transData.transform(p._posA_posB[1])
                     for p in ax.patches if isinstance(p, FancyArrowPatch)])
    assert len(tips) == 6
    gaps = np.hypot(*(tips[:, None] - tips[None]).transpose(2, 0, 1))
    assert gaps[~np.eye(6, dtype=bool)].min() > 5  # pixels: heads side by side


def test_a_deployment_without_origin_still_shows_at_its_destination():
    from geo.export.static_layers import label_lines

    story = greenland_story()
    import dataclasses

    lone = dataclasses.replace(next(e for e in story.events if e.type == "deploy"),
                               origin=None)
    assert label_lines({"deploy": [lone]}) == ["Sent here: DEU"]


def test_fan_ends_spread_tips_an_arrowhead_apart():
    from geo.export.static_flows import SPACING_PT, fan_ends

    tips = np.array(fan_ends([0.5, 0.5, 0.52, np.pi + 0.5]))
    assert np.hypot(*(tips[0] - tips[1])) == pytest.approx(SPACING_PT)
    assert tips[3] @ tips[0] < 0  # the arrow from the other side ends on the other side
