"""One error hierarchy. Each subclass also inherits the builtin it resembles."""

from __future__ import annotations


class GeoError(Exception):
    """Root of every error geo raises on purpose; its message says how to fix the cause."""


class InputError(GeoError, ValueError):
    """The input could not be used (bad path, bad option, bad header)."""


class DocumentError(InputError):
    """One input file or line could not be read; the run goes on without it."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class NoDocumentsError(InputError):
    """Nothing at all could be read from the paths given."""


class GazetteerError(GeoError, OSError):
    """The offline gazetteer could not be built or loaded."""


class OutputError(GeoError, OSError):
    """An output file could not be written."""
