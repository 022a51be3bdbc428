"""The event record: documents in, events out (the one definition, see EVENTS.md)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Span = tuple[int, int]

EventType = Literal[
    "trial",
    "execution",
    "arrest",
    "smuggling",
    "seizure",
    "crackdown",
    "sanction",
    "escape",
    "detention",
]


@dataclass(slots=True, frozen=True)
class Document:
    """One report: its text and what is known about it."""

    id: str
    text: str
    url: str | None = None
    title: str | None = None
    published: str | None = None
    language: str | None = None
    origin: str | None = None  # where it was read from: "path:line"


@dataclass(slots=True)
class Location:
    """Where an event happened, at the precision the text supports."""

    name: str
    admin1: str | None = None
    kind: str | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None
    precision: str | None = None  # site, town, county, province, country
    gazetteer_id: str | None = None


@dataclass(slots=True)
class Penalty:
    """A sentence handed down: its kind and length in months."""

    kind: str
    min_months: int | None = None
    max_months: int | None = None


@dataclass(slots=True)
class Provenance:
    """Which characters of the document a field value came from, and by which rule."""

    span: Span
    rule: str


@dataclass(slots=True)
class Event:
    """One happening, with every field of EVENTS.md and the evidence behind it."""

    type: EventType
    date: str | None = None
    location: Location | None = None
    people: int | None = None
    public: bool | None = None
    charges: list[str] = field(default_factory=list)
    penalty: Penalty | None = None
    facility: str | None = None
    commodities: list[str] = field(default_factory=list)
    instrument: str | None = None
    actors: list[str] = field(default_factory=list)
    evidence: list[Span] = field(default_factory=list)
    confidence: float | None = None
    provenance: dict[str, Provenance] = field(default_factory=dict)


@dataclass(slots=True)
class Extraction:
    """What extraction says of one document."""

    id: str
    relevant: bool
    events: list[Event] = field(default_factory=list)


def to_json(extraction: Extraction) -> dict[str, Any]:
    """The EVENTS.md JSON object of an extraction (spans as lists)."""
    out = asdict(extraction)
    for event in out["events"]:
        event["evidence"] = [list(span) for span in event["evidence"]]
        for prov in event["provenance"].values():
            prov["span"] = list(prov["span"])
    return out


def event_from_json(obj: dict[str, Any]) -> Event:
    """An Event from its EVENTS.md JSON object (gold or extracted)."""
    loc = obj.get("location")
    pen = obj.get("penalty")
    prov = obj.get("provenance") or {}
    return Event(
        type=obj["type"],
        date=obj.get("date"),
        location=_location(loc) if isinstance(loc, dict) and loc.get("name") else None,
        people=obj.get("people"),
        public=obj.get("public"),
        charges=list(obj.get("charges") or []),
        penalty=Penalty(pen["kind"], pen.get("min_months"), pen.get("max_months"))
        if isinstance(pen, dict) and pen.get("kind")
        else None,
        facility=obj.get("facility"),
        commodities=list(obj.get("commodities") or []),
        instrument=obj.get("instrument"),
        actors=list(obj.get("actors") or []),
        evidence=[(int(s), int(e)) for s, e in obj.get("evidence") or []],
        confidence=obj.get("confidence"),
        provenance={
            k: Provenance((int(v["span"][0]), int(v["span"][1])), v["rule"])
            for k, v in prov.items()
        },
    )


def _location(obj: dict[str, Any]) -> Location:
    return Location(
        name=str(obj["name"]),
        admin1=obj.get("admin1"),
        kind=obj.get("kind"),
        lat=obj.get("lat"),
        lon=obj.get("lon"),
        country=obj.get("country"),
        precision=obj.get("precision"),
        gazetteer_id=obj.get("gazetteer_id"),
    )
