"""What the store hands back: stored events, pages, changes, incidents, problems."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from nkevents.model import Event

T = TypeVar("T")


@dataclass(slots=True)
class EventRecord:
    """One stored event: the record itself plus what the store knows about it."""

    id: str
    document_id: str
    event: Event
    status: str = "machine"  # machine | confirmed | rejected
    reviewed: tuple[str, ...] = ()  # fields a person set or confirmed
    stale: bool = False  # the latest extraction no longer finds it (kept because reviewed)
    extractor_version: str | None = None
    incident_id: str | None = None
    sources: int = 1  # independent sources (outlets) of its incident
    document_url: str | None = None
    document_title: str | None = None
    published: str | None = None
    language: str | None = None


@dataclass(slots=True)
class DocumentRecord:
    """One stored document (its current version) and its events."""

    id: str
    text: str
    url: str | None
    title: str | None
    published: str | None
    language: str | None
    source_id: str  # the id the reader gave it (file stem, JSONL id)
    version: int
    content_hash: str
    extractor_version: str | None
    relevant: bool | None
    outlet: str | None  # host name of the URL: one outlet = one source
    event_ids: list[str] = field(default_factory=list)
    versions: list[int] = field(default_factory=list)  # every version, the current one included


@dataclass(slots=True)
class Page(Generic[T]):
    """One page of results and the total the filters match."""

    items: list[T]
    total: int
    limit: int
    offset: int


@dataclass(slots=True)
class Change:
    """One recorded correction: who changed which field of which event, when, from what to what."""

    id: int
    event_id: str
    action: str  # set | confirm | reject | undo
    field: str | None
    old: Any
    new: Any
    user: str
    at: str  # ISO 8601 UTC timestamp
    undoes: int | None = None  # for action "undo": the change it reverts
    undone_by: int | None = None  # set when a later "undo" reverted this change
    note: str | None = None


@dataclass(slots=True)
class LinkSuggestion:
    """The machine's guess that two events from different reports are one happening."""

    event_a: str
    event_b: str
    score: float  # 0..1
    reasons: list[str]
    decision: str | None = None  # same | different | None (undecided)


@dataclass(slots=True)
class Decision:
    """A person's judgement on a pair of events; undone decisions are kept with undone_at set."""

    id: int
    event_a: str
    event_b: str
    same: bool
    user: str
    at: str
    undone_at: str | None = None
    undone_by: str | None = None


@dataclass(slots=True)
class Incident:
    """One happening: the events that describe it, computed from links and decisions."""

    id: str
    type: str
    date: str | None
    place: str | None
    admin1: str | None
    sources: int  # independent sources (distinct outlets)
    event_ids: list[str]
    document_ids: list[str]
    people: int | None = None  # the count most of its reports give
    disagree: list[str] = field(default_factory=list)  # fields its reports disagree on
    events: list[EventRecord] = field(default_factory=list)  # filled by get_incident
    links: list[LinkSuggestion] = field(default_factory=list)  # filled by get_incident


@dataclass(slots=True)
class Problem:
    """A document or file that could not be read or stored, and why."""

    origin: str
    reason: str
    first_seen: str
    last_seen: str
    count: int


@dataclass(slots=True)
class PlaceCount:
    """A place with its number of events; children are its sub-places (a province's cities)."""

    name: str
    admin1: str | None
    kind: str | None
    lat: float | None
    lon: float | None
    count: int
    children: list[PlaceCount] = field(default_factory=list)


@dataclass(slots=True)
class IngestSummary:
    """What an ingest run did, counted per document."""

    read: int = 0
    new: int = 0
    new_versions: int = 0
    reextracted: int = 0
    unchanged: int = 0
    problems: int = 0
    events: int = 0  # events written (inserted or updated)
    seconds: float = 0.0  # wall time of the run

    def line(self) -> str:
        """The one-line summary the CLI prints."""
        rate = f" in {self.seconds:.1f} s ({self.read / self.seconds:,.0f} documents/s)"
        return (
            f"{self.read} documents read: {self.new} new, {self.new_versions} new versions, "
            f"{self.reextracted} re-extracted, {self.unchanged} unchanged, "
            f"{self.problems} problems; {self.events} events written"
            + (rate if self.seconds > 0 else "")
        )


@dataclass(slots=True)
class User:
    """A person who may review events."""

    name: str
    role: str  # reviewer | admin
    created_at: str
