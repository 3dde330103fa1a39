"""The pipeline end to end: read → recognize → resolve → extract → merge → Story.

Each stage lives in its own module; this one only strings them together, so the CLI and a
notebook run exactly the same code.
"""

from __future__ import annotations

import datetime as dt
import logging
import multiprocessing as mp
import os
from collections.abc import Callable, Iterable, Iterator
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
    from geo.events import extract_events
    from geo.geoparse import geoparse

    mentions, resolutions = geoparse(doc, gazetteer)
    events = extract_events(doc, mentions, resolutions, gazetteer.country)
    return Analysis(document=doc, mentions=mentions, resolutions=resolutions, events=events)


def build_story(analyses: Iterable[Analysis]) -> Story:
    """Merge the per-document analyses into one story (events reported twice become one)."""
    from geo.events import merge_events

    analyses = tuple(analyses)
    return Story(
        documents=tuple(a.document for a in analyses),
        resolutions=tuple(r for a in analyses for r in a.resolutions),
        events=merge_events(e for a in analyses for e in a.events),
    )


_WORKER_GAZETTEER = None


def _worker_analyze(doc: Document) -> Analysis:
    return analyze(doc, _WORKER_GAZETTEER)


def analyze_all(docs: Iterable[Document], gazetteer, *, workers: int = 1,
                progress: Callable[[int], None] | None = None) -> Iterator[Analysis]:
    """Analyze documents in order, on ``workers`` processes; output equals a serial run.

    The pool forks after the gazetteer is loaded, so workers share it instead of each
    loading their own; results come back in input order.
    """
    if workers <= 1:
        for doc in docs:
            yield analyze(doc, gazetteer)
            if progress:
                progress(1)
        return
    global _WORKER_GAZETTEER
    _WORKER_GAZETTEER = gazetteer
    ctx = mp.get_context("fork" if "fork" in mp.get_all_start_methods() else "spawn")
    try:
        with ctx.Pool(workers) as pool:
            for analysis in pool.imap(_worker_analyze, docs, chunksize=16):
                yield analysis
                if progress:
                    progress(1)
    finally:
        _WORKER_GAZETTEER = None


def iter_analyses(paths: Iterable[str | os.PathLike[str]], *, date: dt.date | None = None,
                  gazetteer=None, on_error: Callable[[DocumentError], None] | None = None,
                  workers: int = 1, progress: Callable[[int], None] | None = None,
                  ) -> Iterator[Analysis]:
    """Yield the analysis of every readable document under ``paths``, in input order.

    Streaming: one document at a time is held (per worker), so output can be written as
    it comes. Unreadable inputs go to ``on_error`` and are skipped.
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
