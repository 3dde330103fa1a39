"""The pipeline's own work: the cycle collector around a batch (the stages have their own
tests; a batch against each document alone is in test_properties)."""

from __future__ import annotations

import gc

import pytest

import geo.geoparse
from geo.model import Document
from geo.pipeline import analyze_batch


@pytest.fixture
def collector():
    """Whatever a test does to the collector, it is enabled again afterwards."""
    was = gc.isenabled()
    yield
    if was:
        gc.enable()


def test_the_collector_is_paused_in_a_batch_and_enabled_after_it(gazetteer, collector,
                                                                 monkeypatch):
    seen = []
    recognize = geo.geoparse.recognize

    def spy(doc, gaz):
        seen.append(gc.isenabled())
        return recognize(doc, gaz)

    monkeypatch.setattr(geo.geoparse, "recognize", spy)
    gc.enable()
    got = analyze_batch([Document("a", "Troops flew to Nuuk."), Document("b", "Paris.")],
                        gazetteer)
    assert seen == [False, False]
    assert gc.isenabled()
    assert [m.text for a in got for m in a.mentions] == ["Nuuk", "Paris"]


def test_a_collector_the_caller_disabled_stays_disabled(gazetteer, collector):
    gc.disable()
    analyze_batch([Document("a", "Troops flew to Nuuk.")], gazetteer)
    assert not gc.isenabled()


def test_the_collector_is_enabled_again_when_a_stage_fails(gazetteer, collector,
                                                           monkeypatch):
    def broken(doc, gaz):
        raise RuntimeError("stage failed")

    monkeypatch.setattr(geo.geoparse, "recognize", broken)
    gc.enable()
    with pytest.raises(RuntimeError, match="stage failed"):
        analyze_batch([Document("a", "Troops flew to Nuuk.")], gazetteer)
    assert gc.isenabled()
