"""Print score.py's JSON Lines for a folder of articles: mentions with coordinates.

    python benchmarks/geoparse_jsonl.py FOLDER

A stand-in for ``geo extract FOLDER --json`` that runs only the geoparser (no events).
"""

from __future__ import annotations

import json
import sys

from geo.documents import read_documents
from geo.gazetteer import load_gazetteer
from geo.geoparse import geoparse


def main(argv: list[str]) -> None:
    gaz = load_gazetteer()
    for doc in read_documents(argv).documents:
        mentions, resolutions = geoparse(doc, gaz)
        placed = {(r.mention.start, r.mention.end): r.place for r in resolutions}
        out = []
        for m in mentions:
            p = placed.get((m.start, m.end))
            out.append({"start": m.start, "end": m.end, "text": m.text, "kind": m.kind,
                        "lat": p.lat if p else None, "lon": p.lon if p else None,
                        "country": p.country if p else None,
                        "place": p.name if p else None})
        print(json.dumps({"doc_id": doc.id, "mentions": out, "events": []}))


if __name__ == "__main__":
    main(sys.argv[1:])
