"""The pipeline end to end: read → recognize → resolve → extract → merge → Story.

Each stage lives in its own module; this one only strings them together, so the CLI and a
notebook run exactly the same code.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from collections.abc import Callable, Iterable
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


def run(paths: Iterable[str | os.PathLike[str]], *, date: dt.date | None = None,
        gazetteer=None, on_error: Callable[[DocumentError], None] | None = None) -> Run:
    """Read every document under ``paths`` and analyze it; skip and report unreadable ones.

    Raises :class:`NoDocumentsError` when nothing could be read.
    """
    from geo.gazetteer import load_gazetteer

    paths = list(paths)
    if not paths:
        raise InputError("no input given: name a file, a folder or a .jsonl file")
    problems: list[DocumentError] = []

    def report(err: DocumentError) -> None:
        problems.append(err)
        if on_error is not None:
            on_error(err)

    gaz = gazetteer if gazetteer is not None else load_gazetteer()
    analyses = tuple(analyze(doc, gaz) for doc in iter_documents(paths, date, report))
    if not analyses:
        reasons = "; ".join(str(p) for p in problems[:5]) or "nothing found"
        raise NoDocumentsError(f"no document could be read ({reasons})")
    return Run(analyses=analyses, story=build_story(analyses), problems=tuple(problems))


def story_from_paths(paths: Iterable[str | os.PathLike[str]], **kwargs) -> Story:
    """Shortcut for notebooks: the merged :class:`Story` of every document under ``paths``."""
    return run(paths, **kwargs).story
