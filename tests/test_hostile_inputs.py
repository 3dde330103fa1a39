"""Each bad input is reported with its name and a reason, skipped, and the run completes."""

import json
import os
import resource
import subprocess
import sys

import pytest
from click.testing import CliRunner

from geo.cli import EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, main

GOOD = "date 2026-02-02 Norway sent 40 soldiers to Lithuania on Monday."


def extract(*args):
    result = CliRunner().invoke(main, ["extract", *map(str, args), "--json"])
    docs = [json.loads(line) for line in result.stdout.splitlines()]
    return result, docs


@pytest.mark.parametrize(("name", "data", "reason"), [
    ("empty.txt", b"", "empty"),
    ("scan.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\x00\x00", "binary"),
    ("photo.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    ("latin1.txt", "Troops left Tromsø.".encode("latin-1"), "UTF-8"),
    ("baddate.txt", b"date 2026-02-31 Talks in Oslo.", "not a real day"),
    ("baddate2.txt", b"date yesterday Talks in Oslo.", "YYYY-MM-DD"),
])
def test_bad_file_reported_skipped_rest_processed(tmp_path, name, data, reason):
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / name).write_bytes(data)
    result, docs = extract(tmp_path)
    assert result.exit_code == EXIT_PARTIAL
    assert [d["doc_id"] for d in docs] == ["good"]
    line = next(ln for ln in result.stderr.splitlines() if name in ln)
    assert reason in line and "Traceback" not in result.stderr


def test_utf16_with_bom_is_decoded(tmp_path):
    (tmp_path / "u16.txt").write_bytes(GOOD.encode("utf-16"))
    result, docs = extract(tmp_path)
    assert result.exit_code == EXIT_OK
    assert docs[0]["date"] == "2026-02-02"
    assert any(m["text"] == "Lithuania" for m in docs[0]["mentions"])


def test_jsonl_with_broken_lines_keeps_good_ones(tmp_path):
    f = tmp_path / "feed.jsonl"
    f.write_text("\n".join([json.dumps({"id": "a", "text": GOOD}), "{broken",
                            json.dumps({"id": "b", "text": "Talks in Oslo."})]), encoding="utf-8")
    result, docs = extract(f)
    assert result.exit_code == EXIT_PARTIAL
    assert [d["doc_id"] for d in docs] == ["a", "b"]
    assert "feed.jsonl:2" in result.stderr


def test_missing_path_and_symlink_loop(tmp_path):
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "good.txt").write_text(GOOD, encoding="utf-8")
    os.symlink(tmp_path / "d", tmp_path / "d" / "again")
    result, docs = extract(tmp_path / "d", tmp_path / "nowhere")
    assert result.exit_code == EXIT_PARTIAL
    assert [d["doc_id"] for d in docs] == ["good"]
    assert "nowhere: no such file or folder" in result.stderr


def test_nothing_readable_exits_usage(tmp_path):
    (tmp_path / "e.txt").write_bytes(b"")
    result, docs = extract(tmp_path)
    assert result.exit_code == EXIT_USAGE and docs == []
    assert "no document could be read" in result.stderr


@pytest.mark.slow
def test_folder_of_thousands_of_files(tmp_path):
    for i in range(2000):
        (tmp_path / f"a{i:04d}.txt").write_text(f"Ships reached Gdansk {i}.", encoding="utf-8")
    result, docs = extract(tmp_path)
    assert result.exit_code == EXIT_OK and len(docs) == 2000


@pytest.mark.slow
def test_large_text_file_is_processed_in_bounded_memory(tmp_path):
    """50 MB of text: read as parts, streamed out, with memory far below the text's JSON."""
    # news-like density: a few place names in a paragraph of ordinary prose
    para = ("The committee reviewed the budget figures for the coming year and agreed that "
            "spending on roads, schools and clinics would rise more slowly than planned. "
            "Several members asked for a fuller account of the costs before the final vote. "
            "Germany sent 300 troops to Lithuania, officials in Berlin said on Tuesday. "
            "The chairman said the debate would continue next month after a short recess, "
            "and that the public would be invited to comment on the proposals in writing.")
    big = tmp_path / "big.txt"
    with open(big, "w", encoding="utf-8") as f:
        while f.tell() < 50 * 2**20:
            f.write(para + "\n\n")
    out = tmp_path / "out.jsonl"
    with open(out, "w", encoding="utf-8") as stdout:
        proc = subprocess.Popen([sys.executable, "-m", "geo", "-q", "extract", str(big), "--json"],
                                stdout=stdout, stderr=subprocess.PIPE, text=True)
        _, err = proc.communicate(timeout=1200)
    assert proc.returncode == EXIT_OK, err[-500:]
    # the largest child this test process has waited for: the extract run (or smaller ones)
    peak_mib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    assert peak_mib < 1500, f"peak memory {peak_mib:.0f} MiB"
    with open(out, encoding="utf-8") as f:
        parts = [json.loads(line) for line in f]
    assert len(parts) >= 50 and parts[0]["doc_id"] == "big#1"
    paragraphs = big.stat().st_size // len((para + "\n\n").encode())
    assert sum(len(p["mentions"]) for p in parts) >= 3 * paragraphs  # Germany, Lithuania, Berlin


def test_document_ids_never_steer_output_paths(tmp_path):
    """Ids like ../../x or /etc/passwd are data: files land only in the chosen folder."""
    feed = tmp_path / "feed.jsonl"
    ids = ["../../escape", "/tmp/abs-escape", "..\\win", "a/b/../../c"]
    feed.write_text("\n".join(json.dumps({"id": i, "text": GOOD}) for i in ids),
                    encoding="utf-8")
    out = tmp_path / "out"
    before = set(tmp_path.parent.iterdir())
    result = CliRunner().invoke(main, ["map", str(feed), "-o", str(out)])
    assert result.exit_code == EXIT_OK, result.output
    assert sorted(p.name for p in out.iterdir()) == ["events.geojson", "flows.geojson",
                                                     "map.html"]
    assert set(tmp_path.parent.iterdir()) == before
    assert not os.path.exists("/tmp/abs-escape")
    ids_out = {f["properties"]["doc_ids"] for f in
               json.loads((out / "events.geojson").read_text(encoding="utf-8"))["features"]}
    assert any("../../escape" in d for d in ids_out)
