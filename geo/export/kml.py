"""KML for Google Earth: events, flows and places as placemarks with a time slider.

Each event placemark has a name (its one-line label), a description quoting its evidence
(escaped by the XML writer, never pasted in as markup), a ``TimeStamp`` with the event
date (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` as KML allows) so Google Earth shows a time
slider, and its attributes as ``ExtendedData``. KML coordinates are ``lon,lat``.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from pathlib import Path

from geo.atomic import write_bytes
from geo.export.rows import Record, event_records, flow_records, place_records
from geo.model import Story

KML_NS = "http://www.opengis.net/kml/2.2"
# KML colours are aabbggrr.
STYLES = {"deploy": "ff2f6fd6", "exercise": "ff1e9be8", "meet": "ffb4772b",
          "mission": "ff2ca02c", "threaten": "ff2827d6", "place": "ff888888"}
DATA_FIELDS = ("type", "status", "date", "actors", "counterparts", "quantity", "unit",
               "confidence", "sources", "doc_ids")


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrib: str) -> ET.Element:
    el = ET.SubElement(parent, tag, attrib)
    if text is not None:
        el.text = text
    return el


def _coords(points) -> str:
    return " ".join(f"{round(x, 6)},{round(y, 6)}" for x, y in points)


def _geometry(parent: ET.Element, geom: dict) -> None:
    if geom["type"] == "Point":
        _sub(_sub(parent, "Point"), "coordinates", _coords([geom["coordinates"]]))
        return
    multi = _sub(parent, "MultiGeometry")
    for part in geom["coordinates"]:
        line = _sub(multi, "LineString")
        _sub(line, "tessellate", "1")
        _sub(line, "coordinates", _coords(part))


def _description(props: dict) -> str:
    lines = [props["label"]]
    if props.get("quote"):
        lines.append(f"“{props['quote']}”")
    n = props.get("sources") or 0
    lines.append(f"{n} source{'s' if n != 1 else ''}: {props.get('doc_ids') or '-'}")
    return "\n".join(lines)


def _event_placemark(folder: ET.Element, props: dict, geom: dict) -> None:
    pm = _sub(folder, "Placemark", id=f"{props['id']}-{geom['type'].lower()}")
    _sub(pm, "name", props["label"])
    _sub(pm, "description", _description(props))
    if props.get("date"):
        _sub(_sub(pm, "TimeStamp"), "when", props["date"])
    _sub(pm, "styleUrl", f"#{props['type']}")
    data = _sub(pm, "ExtendedData")
    for name in DATA_FIELDS:
        if props.get(name) is not None:
            _sub(_sub(data, "Data", name=name), "value", str(props[name]))
    _geometry(pm, geom)


def _styles(doc: ET.Element) -> None:
    for name, colour in STYLES.items():
        style = _sub(doc, "Style", id=name)
        _sub(_sub(style, "IconStyle"), "color", colour)
        line = _sub(style, "LineStyle")
        _sub(line, "color", colour)
        _sub(line, "width", "3")


def _folder(doc: ET.Element, name: str, records: list[Record]) -> None:
    folder = _sub(doc, "Folder")
    _sub(folder, "name", name)
    for props, geom in records:
        if geom is not None:
            _event_placemark(folder, props, geom)


def kml_document(story: Story, title: str = "geo") -> ET.ElementTree:
    """The KML tree: a Document with Events, Flows and Places folders."""
    ET.register_namespace("", KML_NS)
    root = ET.Element("kml", xmlns=KML_NS)
    doc = _sub(root, "Document")
    _sub(doc, "name", title)
    _styles(doc)
    _folder(doc, "Events", event_records(story))
    _folder(doc, "Flows", flow_records(story))
    places = _sub(doc, "Folder")
    _sub(places, "name", "Places")
    for props, geom in place_records(story):
        pm = _sub(places, "Placemark", id=f"place-{props['id']}")
        _sub(pm, "name", props["name"])
        _sub(pm, "description", f"{props['kind']}, mentioned {props['mentions']}×")
        _sub(pm, "styleUrl", "#place")
        _geometry(pm, geom)
    return ET.ElementTree(root)


def write_kml(story: Story, path: str | os.PathLike[str], title: str = "geo") -> Path:
    """Write ``story`` as KML to ``path`` and return the path."""
    tree = kml_document(story, title)
    ET.indent(tree)
    return write_bytes(path, ET.tostring(tree.getroot(), encoding="utf-8",
                                         xml_declaration=True))
