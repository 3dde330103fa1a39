import pytest

from geo.atomic import atomic_path, write_text
from geo.errors import OutputError


def test_write_text_replaces_whole_file(tmp_path):
    target = tmp_path / "sub" / "map.html"
    write_text(target, "old")
    write_text(target, "new")
    assert target.read_text() == "new"
    assert [p.name for p in target.parent.iterdir()] == ["map.html"]


def test_interrupted_write_leaves_old_file_and_no_temp(tmp_path):
    target = tmp_path / "events.geojson"
    write_text(target, '{"ok": true}')
    with pytest.raises(RuntimeError), atomic_path(target) as tmp:
        tmp.write_text('{"half": ')
        raise RuntimeError("killed mid-write")
    assert target.read_text() == '{"ok": true}'
    assert [p.name for p in tmp_path.iterdir()] == ["events.geojson"]


def test_unwritable_target_is_an_output_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(OutputError, match="cannot write"):
        write_text(blocker / "map.html", "x")
