"""Pinned element ids: branca names every element with a random hex id; we renumber.

After the map is built, :func:`pin_ids` walks the element tree from its root figure in
insertion order and gives every element a counter id, so the same story always renders
to the same HTML and diffs between two maps show real changes only.
"""

from __future__ import annotations

from collections.abc import Iterator

from branca.element import Element


def _walk(element: Element) -> Iterator[Element]:
    yield element
    for attr in ("header", "html", "script"):  # a Figure's three sections
        part = getattr(element, attr, None)
        if isinstance(part, Element):
            yield from _walk(part)
    for child in list(element._children.values()):
        yield from _walk(child)


def pin_ids(root: Element) -> int:
    """Renumber every element under ``root`` (``0001``, ``0002``, …); return the count.

    Every call restarts at 1: the ids depend only on the tree, never on earlier maps.
    """
    seen: set[int] = set()
    n = 0
    for element in _walk(root):
        if id(element) in seen:
            continue
        seen.add(id(element))
        n += 1
        element._id = f"{n:04d}"
    return n
