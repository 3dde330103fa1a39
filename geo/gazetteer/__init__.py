"""The offline gazetteer: every place name geo knows, compiled once and cached.

>>> gaz = load_gazetteer()                      # doctest: +SKIP
>>> gaz.country("GL").name                      # doctest: +SKIP
'Greenland'
>>> [p.country for p in gaz.place_by_name("Nuuk")]   # doctest: +SKIP
['GL']

The first call builds the index from installed packages (some seconds) and writes it to
the cache folder (see :mod:`geo.gazetteer.cache`); later calls load it in a fraction of a
second. Nothing is loaded when this module is imported, and nothing is memoized: the
caller holds the :class:`Gazetteer` and passes it on.
"""

from __future__ import annotations

import os

from geo.gazetteer.store import Gazetteer

__all__ = ["Gazetteer", "load_gazetteer"]


def load_gazetteer(cache_dir: str | os.PathLike[str] | None = None,
                   rebuild: bool = False) -> Gazetteer:
    """Load the gazetteer from the cache, building (and caching) it when needed.

    Parameters
    ----------
    cache_dir
        Folder of the cache; default ``$GEO_CACHE_DIR``, ``$XDG_CACHE_HOME/geo`` or
        ``~/.cache/geo``.
    rebuild
        Build afresh even when a valid cache exists.
    """
    from geo.gazetteer.cache import load_index

    return Gazetteer(load_index(cache_dir, rebuild=rebuild))
