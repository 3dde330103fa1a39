"""Document-level country precision/recall against Reuters-21578 ``<PLACES>`` tags.

    python benchmarks/reuters_countries.py [FILE.sgm ...] [--limit N]

A document's predicted countries are the states of its resolved mentions (demonyms and
organizations included); its gold countries are its ``<PLACES>`` codes that name a state.
"""

from __future__ import annotations

import argparse
import glob
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[2] / "shared/corpus/reuters21578"
# Reuters codes that are not the state's English short name (pycountry finds the rest).
CODES = {"usa": "US", "uk": "GB", "ussr": "RU", "west-germany": "DE", "east-germany": "DE",
         "south-korea": "KR", "north-korea": "KP", "taiwan": "TW", "iran": "IR",
         "syria": "SY", "venezuela": "VE", "bolivia": "BO", "tanzania": "TZ",
         "vietnam": "VN", "ivory-coast": "CI", "burma": "MM", "zaire": "CD",
         "russia": "RU", "czechoslovakia": "CZ", "yugoslavia": "RS", "uae": "AE",
         "hong-kong": "HK", "macau": "MO", "laos": "LA", "moldova": "MD"}


def to_alpha2(code: str) -> str | None:
    import pycountry

    if code in CODES:
        return CODES[code]
    try:
        return pycountry.countries.lookup(code.replace("-", " ")).alpha_2
    except LookupError:
        return None


def main() -> None:
    from geo.documents import iter_sgml
    from geo.gazetteer import load_gazetteer
    from geo.geoparse import geoparse
    from geo.reuters import parse_sgml

    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("files", nargs="*")
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args()
    files = args.files or sorted(glob.glob(str(CORPUS / "*.sgm")))
    gaz = load_gazetteer()
    tp = n_pred = n_gold = docs = 0
    for name in files:
        raw = Path(name).read_bytes().decode("latin-1")
        gold = {rec["id"]: {c for c in map(to_alpha2, rec["places"]) if c}
                for rec in parse_sgml(raw)}
        for doc in iter_sgml(Path(name), on_error=lambda e: None):
            want = gold.get(doc.id, set())
            if not want:
                continue
            got = {r.place.country for r in geoparse(doc, gaz)[1] if r.place.country}
            tp += len(got & want)
            n_pred += len(got)
            n_gold += len(want)
            docs += 1
            if args.limit and docs >= args.limit:
                break
        if args.limit and docs >= args.limit:
            break
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print(f"reuters countries: docs={docs} precision={p:.4f} recall={r:.4f} f1={f1:.4f}")


if __name__ == "__main__":
    main()
