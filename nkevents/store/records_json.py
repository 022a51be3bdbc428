"""JSON-ready dicts of the store's records (the API, the CLI and exports share them)."""

from __future__ import annotations

from dataclasses import is_dataclass
from typing import Any

from nkevents.model import Extraction, to_json
from nkevents.store.records import EventRecord
from nkevents.store.rows import date_columns


def event_json(rec: EventRecord) -> dict[str, Any]:
    """An event as its EVENTS.md object plus id, document, status, review and incident fields."""
    body = to_json(Extraction(rec.document_id, True, [rec.event]))["events"][0]
    meta = {k: getattr(rec, k) for k in rec.__slots__ if k != "event"}
    meta["reviewed"] = list(rec.reviewed)
    return {"id": rec.id} | body | date_columns(rec.event.date) | meta


def record_json(obj: Any) -> Any:
    """Any store record (or list of them) as plain JSON data."""
    if isinstance(obj, EventRecord):
        return event_json(obj)
    if isinstance(obj, list):
        return [record_json(x) for x in obj]
    if is_dataclass(obj) and not isinstance(obj, type):
        out = {}
        for key in obj.__slots__:  # type: ignore[attr-defined]
            out[key] = record_json(getattr(obj, key))
        return out
    if isinstance(obj, tuple):
        return list(obj)
    return obj
