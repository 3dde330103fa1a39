"""Print score.py JSON Lines ({"doc_id", "mentions": [], "events": [...]}) for a folder.

Uses the real geoparser when it is importable (unless GEO_FAKE_GEOPARSER=1), else the
tests' stand-in table.
Usage: python benchmarks/events_jsonl.py DIR
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from geo.documents import iter_documents
from geo.events import event_to_json, extract_events


def main(folder: str) -> None:
    try:
        if os.environ.get("GEO_FAKE_GEOPARSER"):
            raise ImportError("the tests' stand-in geoparser was asked for")
        from geo.gazetteer import load_gazetteer
        from geo.geoparse import geoparse

        gaz = load_gazetteer()

        def parse(doc):
            return (*geoparse(doc, gaz), gaz.country)
    except ImportError:
        sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
        from test_events_helpers import country_place
        from test_events_helpers import geoparse as fake

        def parse(doc):
            return (*fake(doc), country_place)
    for doc in iter_documents([folder], None, lambda err: print(err, file=sys.stderr)):
        mentions, resolutions, country = parse(doc)
        events = extract_events(doc, mentions, resolutions, country)
        print(json.dumps({"doc_id": doc.id, "mentions": [],
                          "events": [event_to_json(e) for e in events]}, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])
