from shapely.geometry import Point, shape

from geo.shapes import country_feature, load_countries


def test_outlines_have_codes_and_greenland_is_separate():
    fc = load_countries()
    assert fc["type"] == "FeatureCollection" and len(fc["features"]) > 200
    grl, dnk = country_feature("GRL"), country_feature("DK")
    assert grl["properties"]["iso_a2"] == "GL" and dnk["properties"]["iso_a3"] == "DNK"
    assert shape(grl["geometry"]).contains(Point(-40, 72))
    assert not shape(dnk["geometry"]).contains(Point(-40, 72))


def test_every_outline_is_valid_and_in_range():
    for feat in load_countries()["features"]:
        geom = shape(feat["geometry"])
        assert geom.is_valid, feat["id"]
        minx, miny, maxx, maxy = geom.bounds
        assert -180 <= minx <= maxx <= 180 and -90 <= miny <= maxy <= 90


def test_no_part_wraps_around_the_globe():
    """Outlines that cross ±180° are split there, not drawn the long way round."""
    for feat in load_countries()["features"]:
        if feat["id"] == "ATA":
            continue
        for poly in shape(feat["geometry"]).geoms:
            minx, _, maxx, _ = poly.bounds
            assert maxx - minx <= 180, feat["id"]
    russia = shape(country_feature("RUS")["geometry"])
    assert russia.contains(Point(33.0, 67.5))  # Kola peninsula
    assert russia.contains(Point(172.0, 66.0))  # Chukotka
