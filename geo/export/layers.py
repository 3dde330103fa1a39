"""Pick the records of one export layer by name."""

from __future__ import annotations

from geo.errors import InputError
from geo.export.rows import LAYERS, Record, event_records, flow_records, place_records
from geo.model import Story


def layer_records(story: Story, layer: str, outlines: dict | None = None) -> list[Record]:
    """The ``(properties, geometry)`` records of ``layer`` (one of :data:`LAYERS`).

    ``outlines`` (country outlines as GeoJSON) only matters for the ``countries`` layer.
    """
    if layer == "events":
        return event_records(story)
    if layer == "flows":
        return flow_records(story)
    if layer == "places":
        return place_records(story)
    if layer == "countries":
        from geo.export.countries import country_records

        return country_records(story, outlines)
    raise InputError(f"unknown layer {layer!r}: use one of {', '.join(LAYERS)}")
