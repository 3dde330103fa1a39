"""An HTML snippet that embeds the map in a report page as a responsive iframe.

>>> print(embed_snippet("map.html", "Greenland & NATO").splitlines()[2].strip()[:60])
<iframe src="map.html" title="Greenland &amp; NATO" loading=
"""

from __future__ import annotations

import html
import os
from pathlib import Path
from urllib.parse import quote

from geo.atomic import write_text

ASPECT = 0.625  # height / width of the embedded map (16:10)


def embed_snippet(map_filename: str, title: str, aspect: float = ASPECT) -> str:
    """A ``<figure>`` holding an iframe of ``map_filename`` that keeps its aspect ratio.

    The title (shown as the caption and given to screen readers) and the file name are
    escaped; the file name is also URL-quoted, so spaces and ``#`` survive.
    """
    src = html.escape(quote(map_filename, safe="/"), quote=True)
    name = html.escape(title, quote=True)
    pad = f"{aspect * 100:.2f}%"
    return (
        f'<figure class="geo-map" style="margin:0;max-width:100%">\n'
        f'  <div style="position:relative;width:100%;height:0;padding-bottom:{pad}">\n'
        f'    <iframe src="{src}" title="{name}" loading="lazy" allowfullscreen\n'
        f'      style="position:absolute;top:0;left:0;width:100%;height:100%;border:0">'
        f'</iframe>\n'
        f'  </div>\n'
        f'  <figcaption>{name}</figcaption>\n'
        f'</figure>\n'
    )


def write_embed(path: str | os.PathLike[str], map_filename: str, title: str) -> Path:
    """Write :func:`embed_snippet` to ``path`` and return the path."""
    return write_text(path, embed_snippet(map_filename, title))
