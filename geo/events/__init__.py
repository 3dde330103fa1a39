"""Actions in news text: who deploys, meets, opens missions, exercises or threatens, where,
when and how sure, each with the sentence it was read from.

Rules over a fast regex tokenizer (no trained model): trigger words per action type
(:mod:`geo.events.lexicon`), parties from the geoparser's mentions and a curated table
(:mod:`geo.events.parties`), one rule per type (:mod:`geo.events.rules`), and a
cross-document merge (:mod:`geo.events.merge`).
"""

from __future__ import annotations

from geo.events.extract import extract_events
from geo.events.jsonout import event_to_json, place_to_json
from geo.events.merge import dates_compatible, event_id, merge_events

__all__ = ["dates_compatible", "event_id", "event_to_json", "extract_events", "merge_events",
           "place_to_json"]
