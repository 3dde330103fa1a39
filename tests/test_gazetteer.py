"""The offline gazetteer: countries, names, the versioned cache."""

from __future__ import annotations

import pytest

from geo.gazetteer import load_gazetteer
from geo.gazetteer.cache import MAGIC, expected_header, read_cache, write_cache
from geo.gazetteer.index import PRIMARY, Index


def test_greenland_is_its_own_country(gaz):
    gl, dk = gaz.country("GL"), gaz.country("DK")
    assert (gl.country, gl.kind, round(gl.lat), round(gl.lon)) == ("GL", "country", 72, -40)
    assert (dk.country, round(dk.lat), round(dk.lon)) == ("DK", 56, 10)


def test_unknown_country_is_none(gaz):
    assert gaz.country("QQ") is None


@pytest.mark.parametrize(("name", "country"), [
    ("Nuuk", "GL"), ("Paris", "FR"), ("Brussels", "BE"), ("Copenhagen", "DK"),
])
def test_place_by_name_best_first(gaz, name, country):
    assert gaz.place_by_name(name)[0].country == country


def test_short_forms_match_their_case_only(gaz):
    assert gaz.place_by_name("US")[0].country == "US"
    assert all(p.kind != "country" for p in gaz.place_by_name("us"))


def _tiny_index() -> Index:
    ix = Index()
    for col, value in (("ids", "1"), ("names", "Testville"), ("country", "GL"),
                       ("kind", "city"), ("admin1", "")):
        getattr(ix, col).append(value)
    ix.lat.append(64.0)
    ix.lon.append(-51.0)
    ix.population.append(10)
    ix.finish({"testville": [(0, PRIMARY, None)]})
    return ix


def test_cache_round_trip(tmp_path):
    path = tmp_path / "g.bin"
    write_cache(path, _tiny_index(), expected_header())
    ix = read_cache(path, expected_header())
    assert ix is not None and ix.names[0] == "Testville"


@pytest.mark.parametrize("damage", ["flip", "truncate", "foreign", "stale"])
def test_bad_cache_is_not_trusted(tmp_path, damage):
    path = tmp_path / "g.bin"
    write_cache(path, _tiny_index(), expected_header())
    data = bytearray(path.read_bytes())
    if damage == "flip":
        data[-10] ^= 0xFF
    elif damage == "truncate":
        data = data[:-100]
    elif damage == "foreign":
        data = bytearray(b"not a cache\n") + data[len(MAGIC):]
    path.write_bytes(bytes(data))
    expected = expected_header()
    if damage == "stale":
        expected = dict(expected, format=-1)
    assert read_cache(path, expected) is None


@pytest.mark.parametrize("content", ["garbage", "truncated", "foreign"])
def test_corrupt_cache_is_rebuilt(tmp_path, monkeypatch, content):
    from geo.gazetteer import cache

    path = cache.cache_file(tmp_path)
    if content == "truncated":
        write_cache(path, _tiny_index(), expected_header())
        path.write_bytes(path.read_bytes()[:-20])
    else:
        path.write_bytes(MAGIC + b"{}\ngarbage" if content == "garbage" else b"PK\x03\x04zip")
    monkeypatch.setattr("geo.gazetteer.build.build_index", _tiny_index)
    g = load_gazetteer(tmp_path)
    assert len(g) == 1
    assert read_cache(path, expected_header()) is not None  # rewritten whole


def _build_concurrently(folder: str) -> int:
    """Run in a child process: build the (tiny, slow) gazetteer into ``$GEO_CACHE_DIR``."""
    import os
    import time

    from geo.gazetteer import build

    def slow_build():
        time.sleep(0.2)  # so that both builds overlap
        return _tiny_index()

    build.build_index = slow_build
    os.environ["GEO_CACHE_DIR"] = folder
    return len(load_gazetteer())


def test_two_concurrent_builds_leave_a_whole_cache(tmp_path):
    import multiprocessing

    from geo.gazetteer import cache

    with multiprocessing.get_context("fork").Pool(2) as pool:
        sizes = pool.map(_build_concurrently, [str(tmp_path)] * 2)
    assert sizes == [1, 1]
    assert read_cache(cache.cache_file(tmp_path), expected_header()) is not None
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


_DIGEST = """
import hashlib, pickle, sys
from geo.gazetteer.build import build_index
ix = build_index()
h = hashlib.sha256()
for name in ("keys", "exact", "country_rows"):
    h.update(pickle.dumps(list(getattr(ix, name).items())))
h.update(pickle.dumps(sorted(ix.multi)))
h.update(pickle.dumps(sorted(ix.follow.items())))
h.update(pickle.dumps(sorted(ix.dotted)))
for name in ("ent_off", "ent_place", "ent_type", "prior", "key_best", "key_bits"):
    h.update(bytes(getattr(ix, name)))
h.update(ix.ids.blob.encode())
print(h.hexdigest())
"""


@pytest.mark.slow
def test_build_is_the_same_whatever_the_hash_seed():
    """Every machine builds the same index, so the same text gives the same places: a
    name's entries and their name types must not follow the order of a set of strings
    (Python salts string hashes per process)."""
    import os
    import subprocess
    import sys

    procs = [subprocess.Popen([sys.executable, "-c", _DIGEST], stdout=subprocess.PIPE,
                              text=True, env=dict(os.environ, PYTHONHASHSEED=seed))
             for seed in ("1", "2")]
    digests = {p.communicate(timeout=600)[0].strip() for p in procs}
    assert all(p.returncode == 0 for p in procs)
    assert len(digests) == 1 and "" not in digests
