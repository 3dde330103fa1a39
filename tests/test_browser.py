"""The map in a real headless Chromium, offline: every non-file request is blocked and
counted as a failure; console errors, page errors and dialogs fail the test too.

Set ``GEO_UPDATE_DOCS=1`` to also refresh ``docs/map.png`` from the Greenland fixture.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from fixtures_story import EVIL, antimeridian_story, greenland_story, hostile_story

from geo.render import write_map
from geo.render.layers import LAYER_NAMES

pytestmark = pytest.mark.browser
sync_api = pytest.importorskip("playwright.sync_api")

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]
ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "tests" / "artifacts"


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.skip("no Chromium at /usr/bin/chromium")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


class Page:
    """A page with the map open and everything that went wrong recorded."""

    def __init__(self, browser, html: Path) -> None:
        self.problems: list[str] = []
        self.dialogs: list[str] = []
        self.page = browser.new_page(viewport={"width": 1280, "height": 800})
        self.page.route("**/*", self._route)
        self.page.on("console", lambda m: m.type == "error"
                     and self.problems.append(f"console: {m.text}"))
        self.page.on("pageerror", lambda e: self.problems.append(f"page error: {e}"))
        self.page.on("requestfailed", lambda r: self.problems.append(f"failed: {r.url}"))
        self.page.on("dialog", self._dialog)
        self.page.goto(html.as_uri())
        self.page.wait_for_function("window.geoMap !== undefined", polling=100)
        # a popup that pans the map would move the next thing to click away
        self.page.evaluate("L.Popup.prototype.options.autoPan = false")

    def _route(self, route) -> None:
        url = route.request.url
        if url.startswith("file://"):
            route.continue_()
        else:
            self.problems.append(f"network: {url[:120]}")
            route.abort()

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def count(self, selector: str) -> int:
        return self.page.locator(selector).count()

    def attr(self, name: str) -> str:
        return self.page.get_attribute(".leaflet-container", f"data-geo-{name}")

    def drawn(self, kind: str, what: str = "items") -> int:
        """How many items (or Leaflet layers of a role: line, arrow, point) of a layer
        are on the map now; lines and arrows are drawn on a canvas, not as DOM nodes."""
        return self.page.evaluate("([k, w]) => geoRender.count(k, w)", [kind, what])

    def click_line(self, kind: str, index: int = 0) -> None:
        """Really click a point of a canvas-drawn line where the canvas is topmost."""
        point = self.page.evaluate("""([kind, i]) => {
            const line = geoRender.drawn(kind, "line")[i], map = window.geoMap;
            const pts = line.getLatLngs(), box = map.getContainer().getBoundingClientRect();
            for (const f of [0.3, 0.2, 0.4, 0.15, 0.5, 0.6, 0.1, 0.7]) {
                const c = map.latLngToContainerPoint(pts[Math.round(f * (pts.length - 1))]);
                const x = box.left + c.x, y = box.top + c.y;
                if (document.elementFromPoint(x, y) instanceof HTMLCanvasElement) return [x, y];
            }
            return null;
        }""", [kind, index])
        assert point is not None, f"no clickable point on {kind} line {index}"
        self.page.mouse.click(*point)
        self.page.wait_for_selector(".leaflet-popup-content")

    def close_popup(self) -> None:
        """Close the open popup (popups do not pan the map in these tests)."""
        self.page.evaluate("window.geoMap.closePopup(); null")
        self.page.wait_for_selector(".leaflet-popup", state="detached", timeout=5000)

    def popup_text(self) -> str:
        return self.page.inner_text(".leaflet-popup-content")


@pytest.fixture(scope="module")
def greenland(browser, tmp_path_factory):
    story = greenland_story()
    html = write_map(story, tmp_path_factory.mktemp("map") / "map.html")
    page = Page(browser, html)
    page.page.wait_for_timeout(300)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.page.screenshot(path=str(ARTIFACTS / "greenland.png"))
    if os.environ.get("GEO_UPDATE_DOCS"):
        (ROOT / "docs").mkdir(exist_ok=True)
        page.page.screenshot(path=str(ROOT / "docs" / "map.png"))
    yield story, page
    page.page.close()


def test_map_opens_offline_without_errors(greenland):
    _, page = greenland
    assert page.count(".leaflet-container") == 1
    assert page.page.evaluate("typeof L === 'object' && window.geoMap instanceof L.Map")
    assert page.problems == []
    assert page.dialogs == []


def test_layer_control_lists_every_layer(greenland):
    _, page = greenland
    labels = [s.strip() for s in page.page.locator(
        ".leaflet-control-layers-overlays label").all_inner_texts()]
    assert labels == [LAYER_NAMES[k] for k in (
        "outlines", "roles", "places", "deploy", "threaten", "exercise", "mission", "meet")]


def test_drawn_items_match_the_story(greenland):
    story, page = greenland
    ev = story.events
    flows = [e for e in ev if e.type == "deploy" and e.origin and e.location]
    meetings = [e for e in ev if e.type == "meet" and e.location]
    assert page.drawn("deploy", "line") == len(flows) == int(page.attr("flows")) == 6
    assert page.drawn("deploy", "arrow") == len(flows)
    assert page.count(".geo-meet") == len(meetings) == int(page.attr("meetings")) == 2
    assert page.drawn("meet") == 2
    assert page.count(".geo-mission") == 2
    assert page.count(".geo-exercise") == 1
    assert page.drawn("threaten", "line") == page.count(".geo-threaten") == 1
    assert page.count("canvas") >= 1 and page.count("path.geo-flow") == 0  # one canvas
    assert page.count("li.geo-offmap") == 1  # the meeting with no venue is listed, not lost
    assert "EU" in page.page.inner_text(".geo-panel")
    assert page.count(".geo-place") == len(story.places)


def test_clicking_a_flow_opens_its_quote(greenland):
    story, page = greenland
    page.click_line("deploy", 0)
    text = page.popup_text()
    first = next(e for e in story.events if e.type == "deploy")
    assert first.evidence[0].sentence in text
    assert "Sender" in text and "13" in text and "troops" in text
    page.close_popup()


def test_date_slider_hides_later_events(greenland):
    story, page = greenland
    slider = page.page.locator("input.geo-time-range")
    slider.fill("0")  # the earliest date
    first = min(e.date for e in story.events if e.date and len(e.date) == 10)
    expected = sum(1 for e in story.events if e.type == "deploy" and e.date <= first)
    assert page.attr("cut") == first
    assert page.drawn("deploy", "line") == expected < 6
    assert page.drawn("deploy", "arrow") == expected
    slider.fill(slider.get_attribute("max"))
    assert page.drawn("deploy", "line") == 6
    assert page.problems == []


def test_hostile_text_shows_as_text_and_runs_nothing(browser, tmp_path):
    html = write_map(hostile_story(), tmp_path / "evil.html")
    page = Page(browser, html)
    page.click_line("deploy", 0)
    text = page.popup_text()
    assert "${alert(1)}" in text and "`backtick`" in text
    assert '<img src=x onerror="window.__xss=1">' in text
    assert "</script><script>window.__xss=3</script>" in text
    assert page.count(".leaflet-popup-content img, .leaflet-popup-content script") == 0
    assert page.count(".leaflet-popup-content a") == 0  # javascript: is no link
    width = page.page.evaluate(
        "document.querySelector('.leaflet-popup-content').getBoundingClientRect().width")
    assert width < 400  # the 10,000-character word wraps
    page.close_popup()
    page.page.locator(".geo-meet").first.click()
    assert "${alert(2)}" in page.popup_text()
    assert "<img" in page.page.inner_text(".geo-panel")
    title = page.page.text_content(".geo-title")
    assert "<script>window.__xss=6</script>" in title and "javascript:" in title
    assert page.page.evaluate("window.__xss") is None
    assert page.dialogs == []
    assert page.problems == []
    assert EVIL[:10] in text
    page.page.screenshot(path=str(ARTIFACTS / "hostile.png"))
    page.page.close()


def test_antimeridian_flow_is_short_and_continuous(browser, tmp_path):
    html = write_map(antimeridian_story(), tmp_path / "am.html")
    page = Page(browser, html)
    width, gap = page.page.evaluate("""() => {
        const map = window.geoMap, line = geoRender.drawn("deploy", "line")[0];
        const b = line.getBounds();
        const w = map.latLngToContainerPoint(b.getSouthEast()).x
            - map.latLngToContainerPoint(b.getNorthWest()).x;
        const pts = line.getLatLngs(), end = map.latLngToContainerPoint(pts[pts.length - 1]);
        const dots = geoRender.drawn("places", "point").map(
            m => map.latLngToContainerPoint(m.getLatLng()).distanceTo(end));
        return [w, Math.min(...dots)];
    }""")
    assert width < 1280 / 2  # not across the whole world
    assert gap < 2  # the Vladivostok dot sits under the arrow's end
    assert page.problems == []
    page.page.screenshot(path=str(ARTIFACTS / "antimeridian.png"))
    page.page.close()
