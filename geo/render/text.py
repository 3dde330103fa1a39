"""Escaping for article-derived text: HTML, JavaScript literals and links.

Every string that came from an article (quotes, titles, sources, names) goes through
:func:`esc` before it becomes HTML, and every HTML string handed to JavaScript goes
through :func:`js_literal`, a JSON literal that cannot close a ``<script>`` element and
is never placed inside a template literal, so ``${…}`` and backticks stay plain text.
"""

from __future__ import annotations

import html
import json
import re
from urllib.parse import urlsplit

# Bidi embeddings, overrides and isolates can reorder the text around them ("Trojan
# Source"); they are dropped. Quotes are wrapped in <bdi> so RTL text stays in its box.
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
_JS_UNSAFE = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "'": "\\u0027",
              "\u2028": "\\u2028", "\u2029": "\\u2029"}
_JS_UNSAFE_RE = re.compile("[<>&'\u2028\u2029]")


def esc(text: object) -> str:
    """HTML-escape ``text`` (quotes too) after dropping bidi control characters."""
    return html.escape(_BIDI_CONTROLS.sub("", str(text)), quote=True)


def js_literal(value: object) -> str:
    """``value`` as a JSON/JavaScript literal that is safe inside a ``<script>`` element.

    ``<``, ``>``, ``&``, ``'`` and the line separators are written as ``\\uXXXX``
    escapes, so ``</script>`` or ``<!--`` in the data cannot end the script.
    Keys are kept in insertion order, so equal input gives equal output.
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return _JS_UNSAFE_RE.sub(lambda m: _JS_UNSAFE[m.group()], text)


def safe_url(url: str | None) -> str | None:
    """Return ``url`` when it is an absolute http(s) URL, else None (no javascript:, data:)."""
    if not url:
        return None
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    if any(ch.isspace() or ord(ch) < 32 for ch in url):
        return None
    return url


def link(label: str, url: str | None) -> str:
    """An escaped ``<a>`` to ``url`` when it is http(s); otherwise the escaped label."""
    good = safe_url(url)
    if good is None:
        return esc(label)
    return (f'<a href="{esc(good)}" target="_blank" rel="noopener noreferrer nofollow">'
            f"{esc(label)}</a>")
