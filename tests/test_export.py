"""GeoJSON, GeoPackage, the GeoDataFrames and the suffix dispatch, read back with pyogrio."""

from __future__ import annotations

import doctest
import importlib
import itertools
import json
import math
import sys
import types

import jsonschema
import pyogrio
import pytest
from export_fixtures import NUUK, empty_story, greenland_story, pacific_story
from shapely.geometry import Point, shape

from geo.errors import InputError
from geo.export import SUFFIXES, write
from geo.export.frames import countries_frame, events_frame, flows_frame, places_frame
from geo.export.geojson import feature_collection, write_geojson
from geo.export.gpkg import write_gpkg
from geo.shapes import country_feature

POSITION = {"type": "array", "minItems": 2, "maxItems": 3,
            "prefixItems": [{"type": "number", "minimum": -180, "maximum": 180},
                            {"type": "number", "minimum": -90, "maximum": 90}]}
LINE = {"type": "array", "minItems": 2, "items": POSITION}
RING = {"type": "array", "minItems": 4, "items": POSITION}
COORDINATES = {"Point": POSITION, "LineString": LINE,
               "MultiLineString": {"type": "array", "items": LINE},
               "Polygon": {"type": "array", "items": RING},
               "MultiPolygon": {"type": "array", "items": {"type": "array", "items": RING}}}
GEOMETRY = {
    "type": "object",
    "required": ["type", "coordinates"],
    "properties": {
        "type": {"enum": ["Point", "LineString", "MultiLineString", "Polygon",
                          "MultiPolygon"]},
        "coordinates": {"type": "array"},
    },
    "allOf": [{"if": {"properties": {"type": {"const": kind}}},
               "then": {"properties": {"coordinates": schema}}}
              for kind, schema in COORDINATES.items()],
}
GEOJSON_SCHEMA = {  # the RFC 7946 rules this project relies on
    "type": "object",
    "required": ["type", "features"],
    "not": {"required": ["crs"]},
    "properties": {
        "type": {"const": "FeatureCollection"},
        "features": {"type": "array", "items": {
            "type": "object",
            "required": ["type", "id", "geometry", "properties"],
            "not": {"required": ["crs"]},
            "properties": {
                "type": {"const": "Feature"},
                "id": {"type": "string", "minLength": 1},
                "geometry": {"oneOf": [{"type": "null"}, GEOMETRY]},
                "properties": {"type": "object", "required": ["id"],
                               "additionalProperties": {
                                   "type": ["string", "number", "boolean", "null"]}},
            },
        }},
    },
}
STORIES = {"greenland": greenland_story, "pacific": pacific_story, "empty": empty_story}


def positions(coords):
    if coords and isinstance(coords[0], (int, float)):
        yield coords
    else:
        for c in coords:
            yield from positions(c)


def read_json(path):
    def no_constant(name):
        raise ValueError(f"{name} is not JSON")
    return json.loads(path.read_text(encoding="utf-8"), parse_constant=no_constant)


@pytest.mark.parametrize("story_name", sorted(STORIES))
@pytest.mark.parametrize("layer", ["events", "flows", "places", "countries"])
def test_geojson_follows_rfc7946(tmp_path, story_name, layer):
    story = STORIES[story_name]()
    path = write_geojson(story, tmp_path / f"{layer}.geojson", layer=layer)
    fc = read_json(path)
    jsonschema.validate(fc, GEOJSON_SCHEMA)
    feats = fc["features"]
    if layer == "events":
        assert len(feats) == len(story.events)
    ids = [f["id"] for f in feats]
    assert len(set(ids)) == len(ids)
    assert all(f["id"] == f["properties"]["id"] for f in feats)
    assert len({tuple(f["properties"]) for f in feats}) <= 1  # same keys, same order
    for key in feats[0]["properties"] if feats else []:
        kinds = {type(f["properties"][key]) for f in feats} - {type(None)}
        assert kinds <= {int, float} or len(kinds) <= 1, (key, kinds)
    assert len({f["geometry"]["type"] for f in feats if f["geometry"]}) <= 1
    for f in feats:
        for x, y, *_ in positions(f["geometry"]["coordinates"] if f["geometry"] else []):
            assert round(x, 6) == x and round(y, 6) == y
            assert -180 <= x <= 180 and -90 <= y <= 90


def test_schema_rejects_swapped_or_crs_collections():
    bad_point = {"type": "FeatureCollection", "features": [{
        "type": "Feature", "id": "x", "properties": {"id": "x"},
        "geometry": {"type": "Point", "coordinates": [64.2, -151.7]}}]}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad_point, GEOJSON_SCHEMA)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"type": "FeatureCollection", "features": [], "crs": {}},
                            GEOJSON_SCHEMA)


def test_geojson_validates_with_geojson_pydantic():
    from geojson_pydantic import FeatureCollection

    for layer in ("events", "flows", "places"):
        FeatureCollection.model_validate(feature_collection(greenland_story(), layer))


def test_geojson_reads_back_with_pyogrio(tmp_path):
    story = greenland_story()
    path = write_geojson(story, tmp_path / "events.geojson")
    info = pyogrio.read_info(path)
    assert info["crs"] == "EPSG:4326" and info["features"] == len(story.events)
    assert info["geometry_type"] == "Point"
    df = pyogrio.read_dataframe(path)
    deu = df[df["id"] == "ev-deploy-deu"].iloc[0]
    assert deu["quantity"] == 60 and deu["actors"] == "DEU"
    assert (deu["origin_lon"], deu["origin_lat"]) == (10.5, 51.5)
    assert json.loads(deu["actors_json"])[0]["name"] == "Germany"


def test_coordinates_are_lon_lat_not_swapped():
    grl = shape(country_feature("GRL")["geometry"])
    by_id = {f["id"]: f for f in feature_collection(greenland_story())["features"]}
    nuuk = Point(by_id["ev-mission-nuuk"]["geometry"]["coordinates"])
    assert nuuk.x == pytest.approx(NUUK.lon) and nuuk.y == pytest.approx(NUUK.lat)
    assert grl.distance(nuuk) < 0.1  # the 1:50m coast passes 0.02° from Nuuk
    assert not grl.buffer(1).contains(Point(nuuk.y, nuuk.x))
    assert grl.contains(Point(by_id["ev-threat"]["geometry"]["coordinates"]))


def test_flow_across_the_antimeridian_is_split(tmp_path):
    path = write_geojson(pacific_story(), tmp_path / "flows.geojson", layer="flows")
    geom = read_json(path)["features"][0]["geometry"]
    assert geom["type"] == "MultiLineString" and len(geom["coordinates"]) == 2
    for part in geom["coordinates"]:
        assert all(-180 <= x <= 180 for x, _ in part)
        assert all(abs(b[0] - a[0]) < 10 for a, b in itertools.pairwise(part))
    assert geom["coordinates"][0][0] == [-149.90028, 61.21806]
    assert geom["coordinates"][-1][-1] == [131.87353, 43.10562]
    assert {geom["coordinates"][0][-1][0], geom["coordinates"][1][0][0]} == {-180.0, 180.0}
    df = pyogrio.read_dataframe(path)
    assert df.geom_type.tolist() == ["MultiLineString"]
    assert len(df.geometry[0].geoms) == 2
    assert df.total_bounds[0] >= -180 and df.total_bounds[2] <= 180
    assert df["distance_km"][0] == pytest.approx(5600, rel=0.1)


def test_flow_follows_the_great_circle():
    geom = feature_collection(greenland_story(), "flows")["features"][0]["geometry"]
    (line,) = geom["coordinates"]
    assert len(line) > 10
    # from Germany to Greenland the great circle bulges north of the straight lon/lat line
    mid = line[len(line) // 2]
    assert mid[1] > (51.5 + 71.7069) / 2


GPKG_LAYERS = {"events": "Point", "flows": "MultiLineString", "places": "Point",
               "countries": "MultiPolygon"}


def test_gpkg_layers_types_and_fields(tmp_path):
    story = greenland_story()
    path = write_gpkg(story, tmp_path / "story.gpkg")
    assert dict(pyogrio.list_layers(path).tolist()) == GPKG_LAYERS
    for layer in GPKG_LAYERS:
        assert pyogrio.read_info(path, layer=layer)["crs"] == "EPSG:4326"
    info = pyogrio.read_info(path, layer="events")
    assert info["features"] == len(story.events)
    types_ = dict(zip(info["fields"], info["ogr_types"], strict=True))
    subtypes = dict(zip(info["fields"], info["ogr_subtypes"], strict=True))
    assert types_["date_start"] == types_["date_end"] == "OFTDate"
    assert types_["quantity"] == types_["sources"] == "OFTInteger64"
    assert types_["confidence"] == types_["lat"] == "OFTReal"
    assert types_["quote"] == types_["actors"] == "OFTString"
    assert subtypes["approximate"] == "OFSTBoolean"
    events = pyogrio.read_dataframe(path, layer="events")
    deu = events[events["id"] == "ev-deploy-deu"].iloc[0]
    assert deu["quantity"] == 60 and str(deu["date_start"].date()) == "2026-01-14"
    brussels = events[events["id"] == "ev-meet-brussels"].iloc[0]
    assert str(brussels["date_end"].date()) == "2026-01-18"  # a week from Monday
    assert events["geometry"].isna().sum() == 1  # the exercise with no location
    assert math.isnan(events[events["id"] == "ev-deploy-fra"].iloc[0]["quantity"])
    countries = pyogrio.read_dataframe(path, layer="countries").set_index("id")
    assert countries.loc["GRL", "role"] == "destination"
    assert countries.loc["DEU", "role"] == "sender"
    assert "participant" in countries.loc["DNK", "roles"]
    assert countries.geometry.is_valid.all()
    flows = pyogrio.read_dataframe(path, layer="flows")
    assert len(flows) == 6 and set(flows.geom_type) == {"MultiLineString"}


def test_gpkg_of_an_empty_story_has_every_layer(tmp_path):
    path = write_gpkg(empty_story(), tmp_path / "empty.gpkg")
    assert dict(pyogrio.list_layers(path).tolist()) == GPKG_LAYERS
    assert pyogrio.read_info(path, layer="events")["features"] == 0


def test_frames_are_typed_and_in_wgs84():
    story = greenland_story()
    events = events_frame(story)
    assert events.crs.to_epsg() == 4326 and len(events) == len(story.events)
    assert str(events["quantity"].dtype) == "Int64"
    assert str(events["approximate"].dtype) == "boolean"
    assert str(events["date_start"].dtype).startswith("datetime64")
    places = places_frame(story).set_index("name")
    assert places.loc["Denmark", "mentions"] == 2 and places.loc["Nuuk", "events"] == 1
    assert set(flows_frame(story).geom_type) == {"MultiLineString"}
    assert set(countries_frame(story).geom_type) == {"MultiPolygon"}
    assert len(events_frame(empty_story())) == 0


def test_write_dispatches_on_suffix(tmp_path):
    story = greenland_story()
    for suffix in (".geojson", ".gpkg", ".csv", ".kml", ".svg"):
        out = write(story, tmp_path / f"out{suffix.upper()}", width=600, height=400)\
            if suffix == ".svg" else write(story, tmp_path / f"out{suffix}")
        assert out.exists() and out.stat().st_size > 0


def test_html_goes_to_the_map_renderer(tmp_path, monkeypatch):
    calls = []
    fake = types.ModuleType("geo.render")
    fake.write_map = lambda story, path, **kw: calls.append(path) or path
    monkeypatch.setitem(sys.modules, "geo.render", fake)
    assert write(empty_story(), tmp_path / "map.html") == tmp_path / "map.html"
    assert calls == [tmp_path / "map.html"]


def test_unknown_suffix_lists_the_valid_ones(tmp_path):
    with pytest.raises(InputError, match=r"\.geojson, \.gpkg, \.html, \.kml, \.png, \.svg"):
        write(empty_story(), tmp_path / "story.docx")
    assert ".csv" in SUFFIXES


def test_importing_geo_export_stays_light():
    code = ("import sys, geo, geo.export; "
            "print(any(m in sys.modules for m in ('geopandas', 'matplotlib', 'pyproj')))")
    import subprocess
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "False"


@pytest.mark.parametrize("module", ["geo.export", "geo.export.rows", "geo.export.embed",
                                    "geo.export.static", "geo.export.frames"])
def test_docstring_examples_run(module):
    result = doctest.testmod(importlib.import_module(module))
    assert result.failed == 0 and result.attempted > 0


def test_outline_parts_cut_wrongly_at_the_antimeridian_are_repaired():
    from geo.export.outlines import clean_outline

    # a strip meant to run east from 29°E across 180° to 172°W, stored the wrong way round
    band = {"type": "Polygon", "coordinates": [[
        [29.0, 65.0], [-172.0, 65.0], [-172.0, 69.0], [29.0, 69.0], [29.0, 65.0]]]}
    fixed = clean_outline(band)
    assert fixed.is_valid and len(fixed.geoms) == 2
    bounds = sorted(p.bounds for p in fixed.geoms)
    assert bounds[0][0] == -180 and bounds[0][2] == -172
    assert bounds[1][0] == 29 and bounds[1][2] == 180
    antarctic = {"type": "Polygon", "coordinates": [[
        [-180.0, -90.0], [180.0, -90.0], [180.0, -70.0], [-180.0, -70.0], [-180.0, -90.0]]]}
    assert clean_outline(antarctic).bounds == (-180.0, -90.0, 180.0, -70.0)
