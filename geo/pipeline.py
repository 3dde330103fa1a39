"""The pipeline end to end: read → recognize → resolve → extract → merge → Story.

Each stage lives in its own module; this one only strings them together, so the CLI and a
notebook run exactly the same code.
"""

from __future__ import annotations

import datetime as dt
import gc
import logging
import multiprocessing as mp
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

from geo.documents import iter_documents
from geo.errors import DocumentError, InputError, NoDocumentsError
from geo.model import Analysis, Document, Story

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Run:
    """What a run over some paths produced: per-document analyses, the story, the skips."""

    analyses: tuple[Analysis, ...]
    story: Story
    problems: tuple[DocumentError, ...]


def analyze(doc: Document, gazetteer) -> Analysis:
    """Recognize, resolve and extract the events of one document."""
    return analyze_batch([doc], gazetteer)[0]


def build_story(analyses: Iterable[Analysis]) -> Story:
    """Merge the per-document analyses into one story (events reported twice become one)."""
    from geo.events import merge_events

    analyses = tuple(analyses)
    return Story(
        documents=tuple(a.document for a in analyses),
        resolutions=tuple(r for a in analyses for r in a.resolutions),
        events=merge_events(e for a in analyses for e in a.events),
    )


def analyze_batch(docs: Sequence[Document], gazetteer) -> list[Analysis]:
    """Analyze several documents stage by stage: every one recognized, then every one
    resolved, then every one read for actions. The analyses equal :func:`analyze` on each
    (no stage looks at another document); over many documents it is faster, because one
    stage's code and tables stay warm in the processor's caches for a whole batch."""
    from geo.events import extract_events
    from geo.geoparse import recognize, resolve

    with _collector_paused():
        mentions = [recognize(doc, gazetteer) for doc in docs]
        resolutions = [resolve(doc, m, gazetteer)
                       for doc, m in zip(docs, mentions, strict=True)]
        country = gazetteer.country
        return [Analysis(document=doc, mentions=m, resolutions=r,
                         events=extract_events(doc, m, r, country))
                for doc, m, r in zip(docs, mentions, resolutions, strict=True)]


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cycle collector for a batch, then set it as it was.

    A batch makes tens of thousands of small objects (mentions, resolutions, tokens, memo
    entries), none of them in a cycle; the collector would walk those still alive again and
    again for nothing (40 walks per 1000 Reuters articles, about 3% of the time). Cycles
    made meanwhile are collected after the batch, which holds a bounded number of
    documents."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


BATCH = 128  # documents analyzed stage by stage at a time (see analyze_batch)
BATCH_CHARS = 4_000_000  # and at most about this much text (long texts stay streamed)


def batches(docs: Iterable[Document], size: int = BATCH,
            chars: int = BATCH_CHARS) -> Iterator[list[Document]]:
    """``docs`` in lists of ``size`` documents, or fewer once they hold ``chars``
    characters, read lazily. When reading fails (a strict run stops at an unreadable
    input), the documents read before it still come as a batch before the error."""
    it = iter(docs)
    while True:
        batch: list[Document] = []
        held = 0
        try:
            for doc in it:
                batch.append(doc)
                held += len(doc.text)
                if len(batch) >= size or held >= chars:
                    break
        except BaseException:
            if batch:
                yield batch
            raise
        if not batch:
            return
        yield batch


_WORKER_GAZETTEER = None


def _worker_analyze(docs: list[Document]) -> list[Analysis]:
    return analyze_batch(docs, _WORKER_GAZETTEER)


def analyze_all(docs: Iterable[Document], gazetteer, *, workers: int = 1,
                progress: Callable[[int], None] | None = None) -> Iterator[Analysis]:
    """Analyze documents in order, on ``workers`` processes; output equals a serial run.

    Documents go through the stages in batches of :data:`BATCH` (see
    :func:`analyze_batch`), so at most a batch per worker is held at once. The pool forks
    after the gazetteer is loaded, so workers share it instead of each loading their own;
    results come back in input order.
    """
    if workers <= 1:
        yield from _each((analyze_batch(batch, gazetteer) for batch in batches(docs)),
                         progress)
        return
    global _WORKER_GAZETTEER
    _WORKER_GAZETTEER = gazetteer
    ctx = mp.get_context("fork" if "fork" in mp.get_all_start_methods() else "spawn")
    try:
        with ctx.Pool(workers) as pool:
            yield from _each(pool.imap(_worker_analyze, batches(docs)), progress)
    finally:
        _WORKER_GAZETTEER = None


def _each(results: Iterable[list[Analysis]],
          progress: Callable[[int], None] | None) -> Iterator[Analysis]:
    """The analyses of each batch in turn, reporting each to ``progress``."""
    for analyses in results:
        for analysis in analyses:
            yield analysis
            if progress:
                progress(1)


def iter_analyses(paths: Iterable[str | os.PathLike[str]], *, date: dt.date | None = None,
                  gazetteer=None, on_error: Callable[[DocumentError], None] | None = None,
                  workers: int = 1, progress: Callable[[int], None] | None = None,
                  ) -> Iterator[Analysis]:
    """Yield the analysis of every readable document under ``paths``, in input order.

    Streaming: one batch of documents at a time is held (per worker), so output can be
    written as it comes. Unreadable inputs go to ``on_error`` and are skipped.
    """
    from geo.gazetteer import load_gazetteer

    paths = list(paths)
    if not paths:
        raise InputError("no input given: name a file, a folder or a .jsonl file")
    gaz = gazetteer if gazetteer is not None else load_gazetteer()
    docs = iter_documents(paths, date, on_error or _raise)
    yield from analyze_all(docs, gaz, workers=workers, progress=progress)


def _raise(err: DocumentError) -> None:
    raise err


def run(paths: Iterable[str | os.PathLike[str]], *, date: dt.date | None = None,
        gazetteer=None, on_error: Callable[[DocumentError], None] | None = None,
        workers: int = 1, progress: Callable[[int], None] | None = None) -> Run:
    """Read every document under ``paths`` and analyze it; skip and report unreadable ones.

    ``workers`` > 1 analyzes on a process pool (same output as one worker); ``progress``
    is called with 1 after each document. Raises :class:`NoDocumentsError` when nothing
    could be read.
    """
    problems: list[DocumentError] = []

    def report(err: DocumentError) -> None:
        problems.append(err)
        if on_error is not None:
            on_error(err)

    analyses = tuple(iter_analyses(paths, date=date, gazetteer=gazetteer, on_error=report,
                                   workers=workers, progress=progress))
    if not analyses:
        reasons = "; ".join(str(p) for p in problems[:5]) or "nothing found"
        raise NoDocumentsError(f"no document could be read ({reasons})")
    return Run(analyses=analyses, story=build_story(analyses), problems=tuple(problems))


def story_from_paths(paths: Iterable[str | os.PathLike[str]], **kwargs) -> Story:
    """Shortcut for notebooks: the merged :class:`Story` of every document under ``paths``."""
    return run(paths, **kwargs).story
