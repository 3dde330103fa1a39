"""Property-based tests over the whole text pipeline and the readers (hypothesis)."""

import datetime as dt
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geo.documents import decode, iter_documents, split_header
from geo.errors import DocumentError
from geo.model import Document

NEWSY = st.sampled_from([
    "Germany", "sent", "troops", "to", "Greenland", "Nuuk", "U.S.", "Danish", "NATO",
    "met", "in", "Brussels", "on", "Monday", "Washington", "did", "not", "the", "Arctic",
    ",", ".", "\n", "${alert(1)}", "<script>", "\u200b", "\u202e", "Paris", "Texas", "May",
])
TEXTS = st.one_of(
    st.text(min_size=1, max_size=300),
    st.lists(NEWSY, min_size=1, max_size=60).map(" ".join),
)
SETTINGS = settings(max_examples=150, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])


@SETTINGS
@given(texts=st.lists(TEXTS, min_size=1, max_size=6))
def test_a_batch_gives_what_each_document_gives_alone(gazetteer, texts):
    """analyze_batch runs the stages over the whole batch; no document may see another."""
    from geo.pipeline import analyze, analyze_batch

    docs = [Document(f"d{i}", t) for i, t in enumerate(texts)]
    batched = analyze_batch(docs, gazetteer)
    assert batched == [analyze(doc, gazetteer) for doc in docs]


@settings(max_examples=100, deadline=None)
@given(lengths=st.lists(st.integers(1, 60), max_size=30), size=st.integers(1, 8),
       chars=st.integers(1, 150))
def test_batches_hold_every_document_once_in_order_and_little_text(lengths, size, chars):
    """A batch holds at most ``size`` documents, and no more text than ``chars`` plus its
    last document, so a long text read in parts stays streamed."""
    from geo.pipeline import batches

    docs = [Document(f"d{i}", "x" * n) for i, n in enumerate(lengths)]
    got = list(batches(docs, size, chars))
    assert [d for b in got for d in b] == docs
    for b in got:
        assert 1 <= len(b) <= size
        assert sum(len(d.text) for d in b[:-1]) < chars



@SETTINGS
@given(text=TEXTS, day=st.none() | st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)))
def test_any_text_goes_through_every_stage(gazetteer, text, day):
    from geo.pipeline import analyze, build_story

    doc = Document("h", text, day)
    analysis = analyze(doc, gazetteer)
    for m in analysis.mentions:
        assert doc.text[m.start:m.end] == m.text
    for r in analysis.resolutions:
        assert doc.text[r.mention.start:r.mention.end] == r.mention.text
    for e in analysis.events:
        for ev in e.evidence:
            assert 0 <= ev.start <= ev.end <= len(doc.text)
    build_story([analysis])


@settings(max_examples=300, deadline=None)
@given(data=st.binary(max_size=400))
def test_decoder_returns_text_or_a_document_error(data):
    try:
        assert isinstance(decode(data, "f"), str)
    except DocumentError as err:
        assert err.source == "f" and err.reason


@settings(max_examples=200, deadline=None)
@given(raw=st.text(max_size=80))
def test_header_split_never_loses_text(raw):
    try:
        date, body = split_header(raw)
    except DocumentError:
        return
    assert raw.endswith(body)
    assert date is None or body != raw


@settings(max_examples=100, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(lines=st.lists(st.one_of(
    st.text(max_size=40),
    st.fixed_dictionaries({"id": st.text(min_size=1, max_size=5),
                           "text": st.text(min_size=1, max_size=40)}).map(json.dumps),
), max_size=8))
def test_jsonl_reader_keeps_good_lines_reports_bad(tmp_path, lines):
    f = tmp_path / "fuzz.jsonl"
    f.write_text("\n".join(line.replace("\n", " ").replace("\r", " ") for line in lines),
                 encoding="utf-8")
    problems = []
    docs = list(iter_documents([f], on_error=problems.append))
    assert all(isinstance(d, Document) for d in docs)
    assert all(isinstance(p, DocumentError) for p in problems)
