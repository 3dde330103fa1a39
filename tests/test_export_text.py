"""CSV, KML and the embed snippet: parsed back with the standard library."""

from __future__ import annotations

import csv
import dataclasses
import xml.etree.ElementTree as ET

from export_fixtures import HOSTILE, NUUK, empty_story, greenland_story

from geo.export.embed import embed_snippet, write_embed
from geo.export.kml import KML_NS, write_kml
from geo.export.table import CSV_FIELDS, write_csv
from geo.model import Evidence, Story

NS = {"k": KML_NS}


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def test_csv_has_one_row_per_event_with_lat_lon(tmp_path):
    story = greenland_story()
    rows = read_csv(write_csv(story, tmp_path / "events.csv"))
    assert len(rows) == len(story.events) and list(rows[0]) == list(CSV_FIELDS)
    by_id = {r["id"]: r for r in rows}
    nuuk = by_id["ev-mission-nuuk"]
    assert (float(nuuk["lat"]), float(nuuk["lon"])) == (NUUK.lat, NUUK.lon)
    assert nuuk["quote"] == HOSTILE and nuuk["actors"] == "CAN|FRA"
    assert by_id["ev-nowhere"]["lat"] == "" and by_id["ev-nowhere"]["quantity"] == ""
    assert by_id["ev-deploy-deu"]["quantity"] == "60"
    assert by_id["ev-deploy-deu"]["approximate"] == "false"


def test_csv_neutralizes_spreadsheet_formulas(tmp_path):
    story = greenland_story()
    first = story.events[0]
    evil = dataclasses.replace(first, evidence=(Evidence("a1", 0, 5, "=HYPERLINK(\"x\")"),))
    rows = read_csv(write_csv(Story(story.documents, (), (evil,)), tmp_path / "e.csv"))
    assert rows[0]["quote"] == "'=HYPERLINK(\"x\")"
    assert rows[0]["lon"].startswith("-") or float(rows[0]["lon"]) < 0  # numbers untouched


def test_csv_of_an_empty_story_is_just_the_header(tmp_path):
    assert read_csv(write_csv(empty_story(), tmp_path / "e.csv")) == []


def test_kml_parses_with_timestamps_and_escaped_quotes(tmp_path):
    story = greenland_story()
    path = write_kml(story, tmp_path / "story.kml")
    raw = path.read_text(encoding="utf-8")
    assert "<script>" not in raw
    root = ET.parse(path).getroot()
    assert root.tag == f"{{{KML_NS}}}kml"
    folders = {f.findtext("k:name", namespaces=NS): f
               for f in root.iterfind("k:Document/k:Folder", NS)}
    assert set(folders) == {"Events", "Flows", "Places"}
    events = folders["Events"].findall("k:Placemark", NS)
    assert len(events) == sum(e.location is not None for e in story.events)
    whens = {pm.get("id"): pm.findtext("k:TimeStamp/k:when", namespaces=NS) for pm in events}
    assert whens["ev-deploy-deu-point"] == "2026-01-14"
    assert whens["ev-meet-washington-point"] == "2026-01"
    assert whens["ev-mission-nuuk-point"] == "2026"
    nuuk = next(pm for pm in events if pm.get("id") == "ev-mission-nuuk-point")
    assert HOSTILE in nuuk.findtext("k:description", namespaces=NS)
    coords = nuuk.findtext("k:Point/k:coordinates", namespaces=NS)
    assert coords == f"{NUUK.lon},{NUUK.lat}"  # KML is lon,lat
    flows = folders["Flows"].findall("k:Placemark", NS)
    assert len(flows) == 6
    assert flows[0].find("k:MultiGeometry/k:LineString/k:coordinates", NS) is not None


def test_kml_of_an_empty_story_parses(tmp_path):
    root = ET.parse(write_kml(empty_story(), tmp_path / "e.kml")).getroot()
    assert root.find("k:Document", NS) is not None


def test_embed_snippet_escapes_title_and_file_name(tmp_path):
    title = '<script>alert("x")</script> & Greenland'
    html = embed_snippet("my map.html", title)
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert 'src="my%20map.html"' in html and 'loading="lazy"' in html
    assert "padding-bottom:62.50%" in html  # keeps its aspect as the page narrows
    assert "javascript:" not in embed_snippet("javascript:alert(1)", "t")
    path = write_embed(tmp_path / "embed.html", "map.html", title)
    assert path.read_text(encoding="utf-8") == embed_snippet("map.html", title)
