"""Reading articles: the only module that opens input files.

Accepted inputs: ``.txt`` and ``.md`` files (one article each; the document id is the
file's stem), folders of them (searched recursively), JSON Lines files (``.jsonl``)
with one object per line: ``id``, ``text`` and optionally ``date``, ``title``, ``url``,
and Reuters-21578 SGML files (``.sgm``, one document per record).

An article may start with a header ``date YYYY-MM-DD`` on the same line as its text, as the
seed articles do. The date is parsed into :attr:`Document.date` and the header is cut off:
every offset geo reports points into the text after it.

A file that cannot be read is reported through ``on_error`` with its name and the reason
and skipped; the other files are still read.
"""

from __future__ import annotations

import codecs
import datetime as dt
import json
import os
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from geo.errors import DocumentError, InputError, NoDocumentsError
from geo.model import Document

TEXT_SUFFIXES = frozenset({".txt", ".md"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
SGML_SUFFIXES = frozenset({".sgm"})  # Reuters-21578
MAX_FILE_BYTES = 200 * 1024 * 1024
PART_CHARS = 1_000_000  # longer articles are read as parts of about this size

# "date 2026-01-15 " at the very start (blank space before it tolerated).
_HEADER = re.compile(r"\A[ \t\ufeff]*date[ \t]+(\S+)[ \t]+")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")

ErrorHandler = Callable[[DocumentError], None]


@dataclass(frozen=True, slots=True)
class ReadResult:
    """The documents read and the problems met on the way."""

    documents: tuple[Document, ...]
    problems: tuple[DocumentError, ...]


def parse_date(value: str, source: str) -> dt.date:
    """Parse an ISO ``YYYY-MM-DD`` date, or raise :class:`DocumentError` naming the source."""
    if not _ISO_DATE.match(value):
        raise DocumentError(source, f"date {value!r} is not of the form YYYY-MM-DD")
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise DocumentError(source, f"date {value!r} is not a real day ({exc})") from exc


_LOOSE_FORMATS = ("%d-%b-%Y", "%d %b %Y", "%d %B %Y", "%B %d, %Y", "%Y/%m/%d")


def parse_loose_date(value: str, source: str) -> dt.date:
    """Parse a date field of a JSON Lines record: ISO (date or date-time) or a common form.

    >>> parse_loose_date("26-FEB-1987 15:01:01.79", "x")
    datetime.date(1987, 2, 26)
    """
    value = value.strip()
    if _ISO_DATE.match(value[:10]):
        return parse_date(value[:10], source)
    head = value.split(" ")[0] if "-" in value.split(" ")[0] else value
    for fmt in _LOOSE_FORMATS:
        try:
            return dt.datetime.strptime(head.title(), fmt).date()
        except ValueError:
            continue
    raise DocumentError(source, f"date {value!r} is not a date geo reads; use YYYY-MM-DD")


def split_header(raw: str, source: str = "<text>") -> tuple[dt.date | None, str]:
    """Split a leading ``date YYYY-MM-DD`` header from the article text.

    >>> split_header("date 2026-01-15 Troops landed in Nuuk.")
    (datetime.date(2026, 1, 15), 'Troops landed in Nuuk.')
    >>> split_header("No header here.")
    (None, 'No header here.')
    """
    m = _HEADER.match(raw)
    if not m:
        return None, raw
    return parse_date(m.group(1), source), raw[m.end():]


def decode(data: bytes, source: str) -> str:
    """Decode UTF-8 (with or without BOM) or BOM-marked UTF-16/32; refuse binary data."""
    if not data.strip():
        raise DocumentError(source, "the file is empty")
    for bom, enc in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                     (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                     (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(enc)
            except UnicodeDecodeError as exc:
                raise DocumentError(source, f"not valid {enc} text ({exc.reason} at byte "
                                            f"{exc.start})") from exc
    if b"\x00" in data[:8192]:
        raise DocumentError(source, "looks like a binary file (NUL bytes), not text; "
                                    "convert it to UTF-8 text first")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DocumentError(source, f"not valid UTF-8 ({exc.reason} at byte {exc.start}); "
                                    "save it as UTF-8") from exc


def read_text_file(path: Path, date: dt.date | None = None) -> Document:
    """Read one article file. ``date`` is used when the file has no ``date`` header.

    A file longer than :data:`PART_CHARS` characters is refused here; use
    :func:`iter_text_file`, which reads it as parts.
    """
    docs = list(iter_text_file(path, date, part_chars=None))
    return docs[0]


def iter_text_file(path: Path, date: dt.date | None = None,
                   part_chars: int | None = PART_CHARS) -> Iterator[Document]:
    """Yield the article of one file; a very long file as parts cut at paragraph breaks.

    Parts keep memory bounded on huge inputs: each is a document of its own, with id
    ``stem#N`` (N from 1) and offsets into its own text.
    """
    source = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise DocumentError(source, f"the file is {size // 2**20} MiB, more than the "
                                        f"{MAX_FILE_BYTES // 2**20} MiB geo reads")
        data = path.read_bytes()
    except OSError as exc:
        raise DocumentError(source, exc.strerror or str(exc)) from exc
    text = decode(data, source)
    del data
    header_date, body = split_header(text, source)
    if not body.strip():
        raise DocumentError(source, "the file has no article text")
    if part_chars is None or len(body) <= part_chars:
        yield Document(id=path.stem, text=body, date=header_date or date, source=source)
        return
    for n, part in enumerate(split_parts(body, part_chars), 1):
        yield Document(id=f"{path.stem}#{n}", text=part, date=header_date or date,
                       source=f"{source}#{n}")


def split_parts(text: str, size: int) -> Iterator[str]:
    r"""Cut ``text`` into pieces of at most ``size`` characters, at paragraph breaks if any.

    >>> list(split_parts("aa\n\nbb\n\ncc", 5))
    ['aa\n\n', 'bb\n\n', 'cc']
    """
    start = 0
    while start < len(text):
        end = min(start + size, len(text))
        if end < len(text):
            for sep in ("\n\n", "\n", ". ", " "):
                cut = text.rfind(sep, start + size // 2, end)
                if cut >= 0:
                    end = cut + len(sep)
                    break
        yield text[start:end]
        start = end


def iter_jsonl(path: Path, date: dt.date | None = None,
               on_error: ErrorHandler | None = None) -> Iterator[Document]:
    """Yield a document per good line of a JSON Lines file; report each bad line."""
    source = str(path)
    try:
        raw = decode(path.read_bytes(), source)
    except OSError as exc:
        raise DocumentError(source, exc.strerror or str(exc)) from exc
    for lineno, line in enumerate(raw.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{source}:{lineno}"
        try:
            yield _jsonl_document(line, where, date)
        except DocumentError as err:
            if on_error is None:
                raise
            on_error(err)


def _jsonl_document(line: str, where: str, date: dt.date | None) -> Document:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise DocumentError(where, f"not valid JSON ({exc.msg} at column {exc.colno})") from exc
    if not isinstance(obj, dict):
        raise DocumentError(where, "each line must be a JSON object")
    doc_id, text = obj.get("id"), obj.get("text")
    if doc_id is None or str(doc_id) == "":
        raise DocumentError(where, "the object has no 'id'")
    if not isinstance(text, str) or not text.strip():
        raise DocumentError(where, "the object has no 'text' string")
    header_date, body = split_header(text, where)
    doc_date = header_date or date
    if obj.get("date"):
        doc_date = parse_loose_date(str(obj["date"]), where)
    title = obj.get("title")
    return Document(id=str(doc_id), text=body, date=doc_date,
                    title=str(title) if title is not None else None,
                    source=str(obj.get("url") or where))


def iter_sgml(path: Path, date: dt.date | None = None,
              on_error: ErrorHandler | None = None) -> Iterator[Document]:
    """Yield a document per record of a Reuters-21578 ``.sgm`` file (read as Latin-1)."""
    from geo.reuters import parse_sgml

    source = str(path)
    try:
        raw = path.read_bytes().decode("latin-1")
    except OSError as exc:
        raise DocumentError(source, exc.strerror or str(exc)) from exc
    for rec in parse_sgml(raw):
        where = f"{source}#{rec['id']}"
        try:
            if not rec["text"].strip():
                raise DocumentError(where, "the record has neither title nor body")
            doc_date = parse_loose_date(rec["date"], where) if rec["date"] else date
        except DocumentError as err:
            if on_error is None:
                raise
            on_error(err)
            continue
        yield Document(id=rec["id"], text=rec["text"], date=doc_date, title=rec["title"],
                       source=where)


def _walk(folder: Path) -> Iterator[Path]:
    """Files under ``folder``, sorted, following symlinks but never around a loop."""
    seen: set[str] = set()
    for root, dirs, files in os.walk(folder, followlinks=True):
        real = os.path.realpath(root)
        if real in seen:
            dirs[:] = []
            continue
        seen.add(real)
        dirs.sort()
        for name in sorted(files):
            yield Path(root) / name


def iter_documents(paths: Iterable[str | os.PathLike[str]], date: dt.date | None = None,
                   on_error: ErrorHandler | None = None) -> Iterator[Document]:
    """Yield every readable document under ``paths``; report the rest to ``on_error``.

    Without ``on_error`` the first problem is raised.
    """

    def report(err: DocumentError) -> None:
        if on_error is None:
            raise err
        on_error(err)

    for p in paths:
        path = Path(p)
        if path.is_dir():
            files = [f for f in _walk(path)
                     if f.suffix.lower() in TEXT_SUFFIXES | JSONL_SUFFIXES | SGML_SUFFIXES]
            if not files:
                report(DocumentError(str(path), "the folder holds no .txt, .md or .jsonl files"))
        elif path.exists():
            files = [path]
        else:
            report(DocumentError(str(path), "no such file or folder"))
            continue
        for f in files:
            try:
                if f.suffix.lower() in JSONL_SUFFIXES:
                    yield from iter_jsonl(f, date, report)
                elif f.suffix.lower() in SGML_SUFFIXES:
                    yield from iter_sgml(f, date, report)
                else:
                    yield from iter_text_file(f, date)
            except DocumentError as err:
                report(err)


def read_documents(paths: Iterable[str | os.PathLike[str]],
                   date: dt.date | None = None) -> ReadResult:
    """Read every document under ``paths``; raise only when none could be read."""
    problems: list[DocumentError] = []
    paths = list(paths)
    if not paths:
        raise InputError("no input given: name a file, a folder or a .jsonl file")
    docs = tuple(iter_documents(paths, date, problems.append))
    if not docs:
        reasons = "; ".join(str(p) for p in problems[:5]) or "nothing found"
        raise NoDocumentsError(f"no document could be read ({reasons})")
    return ReadResult(docs, tuple(problems))
