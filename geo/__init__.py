"""geo: find the places and actions in news articles, resolve them offline, map them.

The pipeline as a Python API (nothing heavy is imported until it is used)::

    import geo
    story = geo.story_from_paths(["seeds/"])     # read → geoparse → events → merge
    m = geo.build_map(story)                     # a folium.Map (shows in Jupyter)
    events = geo.events_frame(story)             # a GeoDataFrame in EPSG:4326

Stage by stage: :func:`read_documents`, :func:`load_gazetteer`, :func:`geoparse`,
:func:`extract_events`, :func:`merge_events`, :func:`build_story`, then
:func:`build_map` / :func:`write_map` and :func:`export` (any format by file suffix).
"""

from __future__ import annotations

import importlib

from geo.errors import GeoError
from geo.model import (
    Actor,
    Analysis,
    Document,
    Event,
    Evidence,
    Mention,
    Place,
    Resolution,
    Story,
)

__version__ = "0.1.0"

_LAZY = {
    "read_documents": "geo.documents",
    "load_gazetteer": "geo.gazetteer",
    "geoparse": "geo.geoparse",
    "geocode": "geo.geoparse",
    "extract_events": "geo.events",
    "merge_events": "geo.events",
    "analyze": "geo.pipeline",
    "build_story": "geo.pipeline",
    "run": "geo.pipeline",
    "story_from_paths": "geo.pipeline",
    "build_map": "geo.render",
    "write_map": "geo.render",
    "events_frame": "geo.export",
    "places_frame": "geo.export",
    "export": ("geo.export", "write"),
}

__all__ = [
    "Actor", "Analysis", "Document", "Event", "Evidence", "GeoError", "Mention", "Place",
    "Resolution", "Story", *sorted(_LAZY),
]


def __getattr__(name: str):
    target = _LAZY.get(name)
    if target is None:
        raise AttributeError(f"module 'geo' has no attribute {name!r}")
    module, attr = target if isinstance(target, tuple) else (target, name)
    return getattr(importlib.import_module(module), attr)
