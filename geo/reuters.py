"""Reuters-21578 SGML (``reut2-*.sgm``): one document per ``<REUTERS>`` record.

The files are Latin-1 SGML with HTML entities; a record's text is its title, a blank line,
and its body (the closing "Reuter" signature removed). Its id is ``NEWID``.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

_RECORD = re.compile(r"<REUTERS\b([^>]*)>(.*?)</REUTERS>", re.S)
_NEWID = re.compile(r'NEWID="(\d+)"')
_SIGNATURE = re.compile(r"\s*Reuter\s*\Z", re.I)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f]")


def _field(record: str, tag: str) -> str:
    m = re.search(rf"<{tag}>(.*?)</{tag}>", record, re.S)
    return html.unescape(m.group(1)).strip() if m else ""


def parse_sgml(raw: str) -> Iterator[dict]:
    """Yield ``{id, date, title, text, places}`` for each record of one ``.sgm`` file.

    >>> s = '<REUTERS NEWID="7"><DATE>26-FEB-1987</DATE><PLACES><D>uk</D></PLACES>'
    >>> s += '<TEXT><TITLE>T</TITLE><BODY>B &amp; C\\n Reuter\\n</BODY></TEXT></REUTERS>'
    >>> next(parse_sgml(s))
    {'id': '7', 'date': '26-FEB-1987', 'title': 'T', 'text': 'T\\n\\nB & C', 'places': ['uk']}
    """
    for m in _RECORD.finditer(raw):
        attrs, body = m.group(1), m.group(2)
        newid = _NEWID.search(attrs)
        title = _field(body, "TITLE")
        text = _SIGNATURE.sub("", _field(body, "BODY"))
        if not title and not text:  # TYPE="UNPROC": raw text right inside <TEXT>
            raw_text = re.search(r"<TEXT[^>]*>(.*?)</TEXT>", body, re.S)
            text = _SIGNATURE.sub("", html.unescape(raw_text.group(1)) if raw_text else "")
            text = _CONTROL.sub("", text).strip()
        places = re.findall(r"<D>(.*?)</D>", _field_raw(body, "PLACES"))
        yield {
            "id": newid.group(1) if newid else str(m.start()),
            "date": _field(body, "DATE"),
            "title": title or None,
            "text": "\n\n".join(part for part in (title, text) if part),
            "places": places,
        }


def _field_raw(record: str, tag: str) -> str:
    m = re.search(rf"<{tag}>(.*?)</{tag}>", record, re.S)
    return m.group(1) if m else ""
