"""Fixtures shared by the test modules."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def gazetteer():
    """The real gazetteer, loaded once for the whole run (from the cache, built if need be)."""
    from geo.gazetteer import load_gazetteer

    return load_gazetteer()


@pytest.fixture(scope="session")
def gaz(gazetteer):
    """The same gazetteer, under the shorter name some modules use."""
    return gazetteer
