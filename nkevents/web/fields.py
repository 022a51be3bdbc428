"""How each event field reads on a page, its precision, and its text in the review form."""

from __future__ import annotations

from dataclasses import dataclass

from nkevents.model import Event, Penalty

# The editable fields (nkevents.store.review.FIELDS syntax), in display order, with labels.
LABELS = {
    "type": "Type",
    "date": "Date",
    "place": "Place",
    "admin1": "Province",
    "geo_precision": "Place precision",
    "people": "People",
    "public": "Public",
    "charges": "Charges",
    "penalty": "Penalty",
    "facility": "Facility",
    "commodities": "Commodities",
    "instrument": "Instrument",
    "actors": "Actors",
}
# Which provenance key backs a form field (the record's own field names).
PROVENANCE_KEY = {"place": "location", "admin1": "location", "geo_precision": "location"}


@dataclass(slots=True)
class FieldRow:
    """One field of an event as the event page shows it."""

    name: str
    label: str
    value: str | None
    text: str  # the value in set_field syntax, for the correction box
    precision: str | None
    evidence: str | None  # the characters of the report the value came from
    rule: str | None
    reviewed: bool


def date_precision(date: str | None) -> str | None:
    """day, month or year, from an ISO date prefix."""
    if not date:
        return None
    return {4: "year", 7: "month"}.get(len(date), "day")


def months(n: int) -> str:
    """A term in years when whole, else months."""
    return f"{n // 12} years" if n and n % 12 == 0 else f"{n} months"


def penalty_text(p: Penalty | None) -> str:
    """The penalty in set_field syntax: `forced_labor:60-120`, `death`, ``."""
    if p is None:
        return ""
    if p.min_months is None and p.max_months is None:
        return p.kind
    lo, hi = p.min_months, p.max_months
    return f"{p.kind}:{lo if lo is not None else ''}-{hi if hi is not None else ''}"


def penalty_label(p: Penalty | None) -> str | None:
    """The penalty for reading: `forced_labor, 5–10 years`."""
    if p is None:
        return None
    lo, hi = p.min_months, p.max_months
    if lo is None and hi is None:
        return p.kind
    if lo == hi or hi is None or lo is None:
        return f"{p.kind}, {months(lo if lo is not None else hi or 0)}"
    return f"{p.kind}, {months(lo)} to {months(hi)}"


def field_text(event: Event, name: str) -> str:
    """The value of field `name` as set_field text (empty when unset)."""
    loc = event.location
    value: object = {
        "type": event.type,
        "date": event.date,
        "place": loc.name if loc else None,
        "admin1": loc.admin1 if loc else None,
        "geo_precision": loc.precision if loc else None,
        "people": event.people,
        "public": None if event.public is None else str(event.public).lower(),
        "charges": ", ".join(event.charges),
        "penalty": penalty_text(event.penalty),
        "facility": event.facility,
        "commodities": ", ".join(event.commodities),
        "instrument": event.instrument,
        "actors": ", ".join(event.actors),
    }[name]
    return "" if value is None else str(value)


def precision_of(event: Event, name: str) -> str | None:
    """How precise a value is, where the record says: dates and places."""
    if name == "date":
        return date_precision(event.date)
    if name == "place" and event.location:
        return event.location.precision
    return None


def field_rows(event: Event, text: str, reviewed: tuple[str, ...]) -> list[FieldRow]:
    """Every field of an event with its value, precision and evidence."""
    rows = []
    for name, label in LABELS.items():
        value = field_text(event, name)
        if name == "penalty":
            value = penalty_label(event.penalty) or ""
        loc = event.location
        if name == "place" and loc and loc.lat is not None and loc.lon is not None:
            value += f" at {loc.lat:.3f}, {loc.lon:.3f}"
        prov = event.provenance.get(PROVENANCE_KEY.get(name, name))
        rows.append(
            FieldRow(
                name=name,
                label=label,
                value=value or None,
                text=field_text(event, name),
                precision=precision_of(event, name),
                evidence=text[prov.span[0] : prov.span[1]] if prov else None,
                rule=prov.rule if prov else None,
                reviewed=name in reviewed,
            )
        )
    return rows
