"""The small tables geo curates itself, read from ``geo/data/`` (TSV, ``#`` comments).

Each file names its sources in its header comment. Readers here only parse; what the rows
mean is decided by :mod:`geo.gazetteer.build`.
"""

from __future__ import annotations

from collections.abc import Iterator
from importlib import resources

TABLES = ("country_aliases.tsv", "demonyms.tsv", "regions.tsv", "organizations.tsv",
          "first_names.txt", "us_states_ap.tsv", "country_points.tsv")


def read_text(name: str) -> str:
    """The text of one data file of ``geo/data``."""
    return resources.files("geo").joinpath("data", name).read_text(encoding="utf-8")


def rows(name: str) -> Iterator[list[str]]:
    """The tab-separated fields of each non-comment, non-blank line of a data file."""
    for line in read_text(name).splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        yield [f.strip() for f in line.split("\t")]


def words(name: str) -> set[str]:
    """Every whitespace-separated word of a word-list file (comments skipped)."""
    out: set[str] = set()
    for line in read_text(name).splitlines():
        if not line.startswith("#"):
            out.update(line.split())
    return out


def tables_text() -> str:
    """All curated tables concatenated: part of what the cache checksum covers."""
    return "\n".join(read_text(n) for n in TABLES)
