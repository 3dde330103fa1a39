"""`geo map seeds/` in a fresh process, as a user runs it; the outputs checked for content."""

import json
import subprocess
import sys

import pytest

SENDERS = {"DEU", "FRA", "NOR", "SWE", "GBR", "DNK"}


@pytest.fixture(scope="module")
def seeds_output(tmp_path_factory):
    out = tmp_path_factory.mktemp("seeds-map")
    proc = subprocess.run([sys.executable, "-m", "geo", "map", "seeds", "-o", str(out)],
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    return out, proc.stdout


def test_summary_names_documents_places_events_and_files(seeds_output):
    out, stdout = seeds_output
    assert "2 documents" in stdout
    assert f"wrote {out / 'map.html'}" in stdout
    assert f"wrote {out / 'events.geojson'}" in stdout


def test_geojson_has_the_seed_actions(seeds_output):
    out, _ = seeds_output
    fc = json.loads((out / "events.geojson").read_text(encoding="utf-8"))
    assert fc["type"] == "FeatureCollection" and "crs" not in fc
    props = [f["properties"] for f in fc["features"]]
    deploy_senders = {a for p in props if p["type"] == "deploy" for a in p["actors"].split("|")}
    assert deploy_senders >= SENDERS
    meets = [p for p in props if p["type"] == "meet"]
    assert any("Washington" in (p.get("location_name") or "") for p in meets)
    assert any("Brussels" in (p.get("location_name") or "") for p in meets)
    missions = {p["actors"] for p in props if p["type"] == "mission"}
    assert {"CAN", "FRA"} <= missions
    located = [f for f in fc["features"] if f["geometry"] is not None]
    assert len(located) >= len(fc["features"]) - 3  # only venue-less meetings lack a point
    for f in located:
        lon, lat = f["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
    nuuk = [f for f in located if f["properties"]["location_name"] == "Nuuk"]
    assert nuuk and all(abs(f["geometry"]["coordinates"][0] + 51.72) < 0.1 for f in nuuk)


def test_html_map_shows_places_and_quotes_offline(seeds_output):
    out, _ = seeds_output
    html = (out / "map.html").read_text(encoding="utf-8")
    assert "L.map(" in html or "L.map (" in html
    for word in ("Nuuk", "Washington", "Brussels", "Greenland"):
        assert word in html
    assert "German Defense Ministry" in html  # a quote travels into a popup
    assert "https://cdn" not in html and "http://cdn" not in html  # nothing from the network
