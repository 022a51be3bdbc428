"""Events to table rows and back: one flat dict of field values per event."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from nkevents.errors import QueryError
from nkevents.model import Event, Location, Penalty, Provenance
from nkevents.store.filters import date_bounds

# The reviewable field values of an event, as event-table columns.
FLAT_FIELDS = (
    "type",
    "date",
    "place",
    "admin1",
    "place_kind",
    "lat",
    "lon",
    "country",
    "geo_precision",
    "gazetteer_id",
    "people",
    "public",
    "charges",
    "penalty_kind",
    "penalty_min_months",
    "penalty_max_months",
    "facility",
    "commodities",
    "instrument",
    "actors",
)
LIST_FIELDS = ("charges", "commodities", "actors")
PRECISIONS = {4: "year", 7: "month", 10: "day"}


def flatten(event: Event) -> dict[str, Any]:
    """An event's field values as a flat dict keyed by FLAT_FIELDS."""
    loc = event.location or Location(name="")
    pen = event.penalty
    return {
        "type": event.type,
        "date": event.date,
        "place": loc.name or None,
        "admin1": loc.admin1,
        "place_kind": loc.kind,
        "lat": loc.lat,
        "lon": loc.lon,
        "country": loc.country,
        "geo_precision": loc.precision,
        "gazetteer_id": loc.gazetteer_id,
        "people": event.people,
        "public": event.public,
        "charges": sorted(set(event.charges)),
        "penalty_kind": pen.kind if pen else None,
        "penalty_min_months": pen.min_months if pen else None,
        "penalty_max_months": pen.max_months if pen else None,
        "facility": event.facility,
        "commodities": sorted(set(event.commodities)),
        "instrument": event.instrument,
        "actors": list(dict.fromkeys(event.actors)),
    }


def unflatten(flat: Mapping[str, Any], evidence: list[tuple[int, int]]) -> Event:
    """The Event a flat dict describes (provenance is added by the caller)."""
    loc = None
    if flat.get("place") or flat.get("admin1"):
        loc = Location(
            name=flat.get("place") or flat["admin1"],
            admin1=flat.get("admin1"),
            kind=flat.get("place_kind"),
            lat=flat.get("lat"),
            lon=flat.get("lon"),
            country=flat.get("country"),
            precision=flat.get("geo_precision"),
            gazetteer_id=flat.get("gazetteer_id"),
        )
    kind = flat.get("penalty_kind")
    return Event(
        type=flat["type"],
        date=flat.get("date"),
        location=loc,
        people=flat.get("people"),
        public=flat.get("public"),
        charges=list(flat.get("charges") or []),
        penalty=Penalty(kind, flat.get("penalty_min_months"), flat.get("penalty_max_months"))
        if kind
        else None,
        facility=flat.get("facility"),
        commodities=list(flat.get("commodities") or []),
        instrument=flat.get("instrument"),
        actors=list(flat.get("actors") or []),
        evidence=evidence,
    )


def date_columns(date: str | None) -> dict[str, Any]:
    """date_start, date_end and time_precision of an ISO date at any precision."""
    try:
        start, end = date_bounds(date) if date else (None, None)
    except QueryError:
        start, end = None, None  # a malformed machine date stays visible but undated
    precision = PRECISIONS.get(len(date)) if date and start else None
    return {"date_start": start, "date_end": end, "time_precision": precision}


def column_values(flat: Mapping[str, Any]) -> dict[str, Any]:
    """Event-table column values of a flat dict (lists as JSON text, date columns derived)."""
    values = {
        k: (json.dumps(flat.get(k) or []) if k in LIST_FIELDS else flat.get(k)) for k in FLAT_FIELDS
    }
    return values | date_columns(flat.get("date"))


def flat_from_row(row: Mapping[str, Any]) -> dict[str, Any]:
    """The flat dict of an event-table row."""
    return {k: (json.loads(row[k]) if k in LIST_FIELDS else row[k]) for k in FLAT_FIELDS}


def event_from_row(
    row: Mapping[str, Any], provenance: dict[str, Provenance] | None = None
) -> Event:
    """The Event stored in an event-table row."""
    evidence = [(int(s), int(e)) for s, e in json.loads(row["evidence"])]
    event = unflatten(flat_from_row(row), evidence)
    event.confidence = row["confidence"]
    event.provenance = provenance or {}
    return event
