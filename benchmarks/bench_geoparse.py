"""Articles per second of geo's geoparser, flashgeotext and geotext on bench1000.

    python benchmarks/bench_geoparse.py [BENCH.jsonl] [--limit N]

Runs the three one after another in this process, each over the same texts, and prints
articles/s and geo's ratio to each. Loading (gazetteer, lookup tables) is timed apart.
:func:`run_comparison` does the same for a caller (benchmarks/suite.py).
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

DEFAULT = Path(__file__).resolve().parents[2] / "shared/corpus/reuters21578/bench1000.jsonl"


def _timed(label: str, load, run, texts: list[str]) -> float:
    t0 = time.perf_counter()
    state = load()
    t1 = time.perf_counter()
    for text in texts:
        run(state, text)
    t2 = time.perf_counter()
    rate = len(texts) / (t2 - t1)
    print(f"{label:13s} load {t1 - t0:6.2f} s   {rate:8.1f} articles/s")
    return rate


def _geo_load():
    from geo.gazetteer import load_gazetteer

    return load_gazetteer()


def _geo_run(gaz, text):
    from geo.geoparse import geoparse
    from geo.model import Document

    geoparse(Document("b", text), gaz)


def _flash_load():
    from flashgeotext.geotext import GeoText

    return GeoText()


def _flash_run(gt, text):
    gt.extract(input_text=text)


def _geotext_load():
    import geotext

    return geotext.GeoText


def _geotext_run(cls, text):
    cls(text)


def run_comparison(docs) -> dict[str, float]:
    """Articles/s of geo, flashgeotext and geotext over ``docs`` (texts or documents with a
    ``text``), measured one after another in this process; loading is not counted."""
    texts = [d if isinstance(d, str) else d.text for d in docs]
    return {"geo": _timed("geo", _geo_load, _geo_run, texts),
            "flashgeotext": _timed("flashgeotext", _flash_load, _flash_run, texts),
            "geotext": _timed("geotext", _geotext_load, _geotext_run, texts)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("bench", nargs="?", default=str(DEFAULT))
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args()
    with open(args.bench, encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for line in f if line.strip()]
    if args.limit:
        texts = texts[: args.limit]
    rates = run_comparison(texts)
    for other in ("flashgeotext", "geotext"):
        print(f"geo / {other}: {rates['geo'] / rates[other]:.2f}x")


if __name__ == "__main__":
    main()
