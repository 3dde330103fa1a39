import codecs
import datetime as dt
import json
import os

import pytest

from geo.documents import (
    decode,
    iter_documents,
    read_documents,
    read_text_file,
    split_header,
)
from geo.errors import DocumentError, InputError, NoDocumentsError


def test_seed_header_parsed_and_offsets_point_into_body(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(" date 2026-01-15 Troops landed in Nuuk on Monday.", encoding="utf-8")
    doc = read_text_file(f)
    assert doc.id == "a"
    assert doc.date == dt.date(2026, 1, 15)
    assert doc.text.startswith("Troops")
    assert doc.text[17:21] == "Nuuk"


def test_real_seeds_read_with_dates():
    result = read_documents(["seeds"])
    assert [d.id for d in result.documents] == ["000_ac5855516b9e70ee", "002_2867a99da07c248b"]
    assert all(d.date == dt.date(2026, 1, 15) for d in result.documents)
    assert result.documents[1].text.startswith("U.S., Danish and Greenlandic")
    assert result.problems == ()


def test_no_header_means_no_date_unless_given(tmp_path):
    f = tmp_path / "b.md"
    f.write_text("Ships left Brest for Dakar.", encoding="utf-8")
    assert read_text_file(f).date is None
    assert read_text_file(f, dt.date(2025, 3, 1)).date == dt.date(2025, 3, 1)


@pytest.mark.parametrize("header", ["date 2026-13-01 text", "date 15/01/2026 text"])
def test_malformed_header_is_a_document_error(header):
    with pytest.raises(DocumentError, match="date"):
        split_header(header, "x.txt")


def test_bom_and_utf16_decoded():
    assert decode(codecs.BOM_UTF8 + b"Nuuk", "f") == "Nuuk"
    assert decode("Nuuk é".encode("utf-16"), "f") == "Nuuk é"


@pytest.mark.parametrize(("data", "reason"), [
    (b"", "empty"), (b"  \n", "empty"), (b"\x89PNG\r\n\x1a\n\x00\x00", "binary"),
    (b"caf\xe9 au lait", "UTF-8"),
])
def test_undecodable_input_reported_with_reason(data, reason):
    with pytest.raises(DocumentError, match=reason) as info:
        decode(data, "bad.txt")
    assert info.value.source == "bad.txt"


def test_bad_file_skipped_rest_processed(tmp_path):
    (tmp_path / "good.txt").write_text("Troops arrived in Riga.", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"caf\xe9")
    (tmp_path / "ignored.pdf").write_bytes(b"%PDF")
    problems = []
    docs = list(iter_documents([tmp_path, tmp_path / "missing.txt"], on_error=problems.append))
    assert [d.id for d in docs] == ["good"]
    assert sorted(os.path.basename(p.source) for p in problems) == ["bad.txt", "missing.txt"]


def test_nested_folder_read_recursively_in_order(tmp_path):
    (tmp_path / "b" / "c").mkdir(parents=True)
    (tmp_path / "b" / "c" / "z.txt").write_text("Oslo.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Bergen.", encoding="utf-8")
    assert [d.id for d in iter_documents([tmp_path])] == ["a", "z"]


def test_symlink_loop_does_not_hang(tmp_path):
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "x.txt").write_text("Kyiv.", encoding="utf-8")
    os.symlink(tmp_path, tmp_path / "d" / "loop")
    assert [d.id for d in iter_documents([tmp_path])] == ["x"]


def test_jsonl_good_lines_kept_bad_lines_reported(tmp_path):
    f = tmp_path / "news.jsonl"
    lines = [
        json.dumps({"id": "n1", "text": "Troops reached Tallinn.", "date": "2025-02-03",
                    "title": "T", "url": "https://example.org/1"}),
        "{not json",
        json.dumps({"id": "n2"}),
        json.dumps({"id": 3, "text": "date 2024-05-06 Talks in Geneva."}),
    ]
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    problems = []
    docs = list(iter_documents([f], on_error=problems.append))
    assert [d.id for d in docs] == ["n1", "3"]
    assert docs[0].date == dt.date(2025, 2, 3) and docs[0].source == "https://example.org/1"
    assert docs[1].date == dt.date(2024, 5, 6) and docs[1].text == "Talks in Geneva."
    assert [p.source.rsplit(":", 1)[1] for p in problems] == ["2", "3"]


def test_nothing_readable_raises(tmp_path):
    (tmp_path / "e.txt").write_bytes(b"")
    with pytest.raises(NoDocumentsError, match="empty"):
        read_documents([tmp_path])
    with pytest.raises(InputError):
        read_documents([])


def test_very_long_file_read_as_parts_cut_at_paragraphs(tmp_path):
    from geo.documents import iter_text_file

    para = "Ships reached Gdansk on Monday.\n\n"
    f = tmp_path / "long.txt"
    f.write_text("date 2026-03-02 " + para * 100, encoding="utf-8")
    parts = list(iter_text_file(f, part_chars=10 * len(para)))
    assert [p.id for p in parts] == [f"long#{n}" for n in range(1, 11)]
    assert "".join(p.text for p in parts) == para * 100
    assert all(p.text.startswith("Ships") and p.date.isoformat() == "2026-03-02" for p in parts)
