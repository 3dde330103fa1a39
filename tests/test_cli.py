import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from geo.cli import EXIT_PARTIAL, EXIT_USAGE, main


@pytest.fixture
def runner():
    return CliRunner()


@pytest.mark.parametrize("command", [[], ["map"], ["extract"], ["geocode"], ["export"]])
def test_every_command_has_help_with_an_example(runner, command):
    result = runner.invoke(main, [*command, "--help"])
    assert result.exit_code == 0
    assert "Example" in result.output


def test_extract_json_is_one_object_per_document_and_nothing_else(runner):
    result = runner.invoke(main, ["extract", "seeds", "--json"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    objs = [json.loads(line) for line in lines]
    assert [o["doc_id"] for o in objs] == ["000_ac5855516b9e70ee", "002_2867a99da07c248b"]
    raw = Path("seeds/002_2867a99da07c248b.txt").read_text(encoding="utf-8")
    text = raw.split(" ", 3)[3]  # after " date 2026-01-15 "
    for m in objs[1]["mentions"]:
        assert text[m["start"]:m["end"]] == m["text"]
        assert set(m) >= {"start", "end", "text", "kind", "lat", "lon", "country"}
    assert objs[1]["events"], "the second seed states deployments and meetings"
    for e in objs[1]["events"]:
        assert set(e) >= {"type", "actors", "counterparts", "location", "quantity", "date",
                          "status"}


def test_extract_human_readable(runner):
    result = runner.invoke(main, ["extract", "seeds/000_ac5855516b9e70ee.txt"])
    assert result.exit_code == 0
    assert "Nuuk" in result.output and "event deploy" in result.output


def test_geocode_prints_ranked_candidates_with_reasons(runner):
    result = runner.invoke(main, ["geocode", "Nuuk"])
    assert result.exit_code == 0, result.output
    first = result.output.splitlines()[0]
    assert "Nuuk" in first and "GL" in first


def test_map_writes_both_files_and_summary(runner, tmp_path):
    result = runner.invoke(main, ["map", "seeds", "-o", str(tmp_path), "--embed"])
    assert result.exit_code == 0, result.output
    assert "2 documents" in result.output
    for name in ("map.html", "events.geojson", "embed.html"):
        assert (tmp_path / name).stat().st_size > 0


def test_skipped_input_reported_and_exit_code_partial(runner, tmp_path):
    (tmp_path / "good.txt").write_text("Germany sent 40 troops to Lithuania.", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"caf\xe9 broken")
    result = runner.invoke(main, ["extract", str(tmp_path), "--json"])
    assert result.exit_code == EXIT_PARTIAL
    assert "bad.txt" in result.stderr
    assert len(result.stdout.splitlines()) == 1


def test_strict_extract_prints_the_documents_read_before_the_bad_one(runner, tmp_path):
    """Documents go through the stages in batches; a strict run that stops at an
    unreadable input still prints every document read before it, as it did one by one."""
    for i in range(3):
        (tmp_path / f"a{i}.txt").write_text(f"Norway sent {i + 5} troops to Latvia.",
                                           encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"caf\xe9 broken")
    (tmp_path / "c.txt").write_text("Talks in Oslo.", encoding="utf-8")
    result = runner.invoke(main, ["extract", str(tmp_path), "--json", "--strict"])
    assert result.exit_code == EXIT_PARTIAL
    assert [json.loads(line)["doc_id"] for line in result.stdout.splitlines()] == [
        "a0", "a1", "a2"]


def test_strict_turns_skips_into_failure_and_writes_nothing(runner, tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "good.txt").write_text("Talks in Oslo.", encoding="utf-8")
    (tmp_path / "in" / "empty.txt").write_text("", encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(main, ["map", str(tmp_path / "in"), "-o", str(out), "--strict"])
    assert result.exit_code == EXIT_PARTIAL
    assert not out.exists()


def test_nothing_readable_is_a_usage_error_without_traceback(runner, tmp_path):
    result = runner.invoke(main, ["extract", str(tmp_path / "nope.txt")])
    assert result.exit_code == EXIT_USAGE
    assert "no such file" in result.stderr
    assert "Traceback" not in result.output


def test_bad_date_option_is_a_usage_error(runner):
    result = runner.invoke(main, ["extract", "seeds", "--date", "15.01.2026"])
    assert result.exit_code == EXIT_USAGE
    assert "YYYY-MM-DD" in result.output


def test_unknown_export_suffix_lists_valid_ones(runner, tmp_path):
    result = runner.invoke(main, ["export", "seeds", "--to", str(tmp_path / "x.docx")])
    assert result.exit_code == EXIT_USAGE
    assert ".geojson" in result.stderr


def test_workers_give_the_same_output_as_one_process(tmp_path):
    """--workers 2 runs a process pool; the JSON lines must equal a serial run's."""
    import subprocess
    import sys

    from geo.pipeline import BATCH

    n_docs = 2 * BATCH + 6  # a pool task is a batch: enough batches for both workers
    for i in range(n_docs):
        (tmp_path / f"d{i:02d}.txt").write_text(
            f"date 2026-03-0{1 + i % 9} Norway sent {10 + i} soldiers to Latvia on Monday, "
            "and Estonian officials met NATO envoys in Tallinn.", encoding="utf-8")
    runs = [subprocess.run([sys.executable, "-m", "geo", "extract", str(tmp_path), "--json",
                            "--workers", str(n)], capture_output=True, text=True, timeout=300)
            for n in (1, 2)]
    assert all(r.returncode == 0 for r in runs), runs[1].stderr
    assert runs[0].stdout == runs[1].stdout
    assert len(runs[0].stdout.splitlines()) == n_docs
