"""The store: one object over a SQLite or PostgreSQL database, every read and write."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from nkevents.model import Document, Extraction
from nkevents.store.filters import EventFilter
from nkevents.store.records import (
    Change,
    Decision,
    DocumentRecord,
    EventRecord,
    Incident,
    IngestSummary,
    LinkSuggestion,
    Page,
    PlaceCount,
    Problem,
    User,
)

Extract = Callable[[Document], Extraction]


class Store:
    """A database of documents, events, corrections and incident decisions.

    Every method opens its own short transaction, so one Store may serve many threads.
    Reads hide rejected events unless a filter asks for them (status="rejected" or "all").
    """

    def __init__(self, url: str) -> None:
        self.url = url
        raise NotImplementedError

    # -- ingest -------------------------------------------------------------------------
    def ingest(
        self,
        documents: Iterable[Document | Exception],
        extract: Extract | None = None,
        extractor_version: str | None = None,
        batch_size: int = 100,
        progress: Callable[[int], None] | None = None,
    ) -> IngestSummary:
        """Extract and store documents; idempotent (see nkevents.store.ingest for the rules).

        Exceptions in the input (InputError from nkevents.read) are recorded as problems.
        extract defaults to nkevents.pipeline.extract_document and extractor_version to
        nkevents.extract.EXTRACTOR_VERSION. progress is called with the number of documents done.
        """
        raise NotImplementedError

    def store_extractions(
        self, pairs: Iterable[tuple[Document, Extraction]], extractor_version: str
    ) -> IngestSummary:
        """Store already-extracted documents (e.g. from a Dask cluster) in one transaction."""
        raise NotImplementedError

    # -- read ---------------------------------------------------------------------------
    def get_event(self, event_id: str) -> EventRecord:
        """One event by id (rejected ones too); NotFound if absent."""
        raise NotImplementedError

    def get_document(self, document_id: str, version: int | None = None) -> DocumentRecord:
        """One document (its current version unless one is asked for) with its event ids."""
        raise NotImplementedError

    def search_events(self, filters: EventFilter) -> Page[EventRecord]:
        """Matching events, sorted and paged by filters.sort/limit/offset, with the total."""
        raise NotImplementedError

    def iter_events(self, filters: EventFilter) -> Iterator[EventRecord]:
        """Every event matching the filters (limit and offset ignored), streamed, for export."""
        raise NotImplementedError

    def facets(self, filters: EventFilter) -> dict[str, dict[str, int]]:
        """Matching events counted per type, admin1, year, commodity, charge, penalty_kind, sources.

        Each facet is a {value: count} mapping, largest count first.
        """
        raise NotImplementedError

    def timeline(self, filters: EventFilter) -> list[dict[str, Any]]:
        """Matching events per period and type: [{"period", "type", "count"}], in time order.

        period is YYYY-MM; events dated only to the year count under period YYYY.
        """
        raise NotImplementedError

    def map_points(self, filters: EventFilter) -> dict[str, Any]:
        """Matching events that have coordinates, as a GeoJSON FeatureCollection of points."""
        raise NotImplementedError

    def places(self, parent: str | None = None) -> list[PlaceCount]:
        """Places with event counts: provinces (admin1) at the top, or the sub-places of parent."""
        raise NotImplementedError

    # -- review -------------------------------------------------------------------------
    def set_field(
        self, event_id: str, field: str, value: str, user: str, note: str | None = None
    ) -> Change:
        """Correct one field (value as text, parsed and checked: see review.FIELDS); recorded."""
        raise NotImplementedError

    def confirm_event(self, event_id: str, user: str, note: str | None = None) -> Change:
        """A person confirms the event as it stands: every field becomes reviewed."""
        raise NotImplementedError

    def reject_event(self, event_id: str, user: str, note: str | None = None) -> Change:
        """A person says the event is wrong: it is hidden from searches, kept, and can be undone."""
        raise NotImplementedError

    def history(self, event_id: str) -> list[Change]:
        """Every change of an event, oldest first, undone ones included (with undone_by set)."""
        raise NotImplementedError

    def undo_change(self, change_id: int, user: str) -> Change:
        """Revert one change; records an "undo" change. Conflict if already undone."""
        raise NotImplementedError

    # -- incidents ----------------------------------------------------------------------
    def incidents(self, filters: EventFilter, min_events: int = 2) -> Page[Incident]:
        """Incidents whose events match the filters, most sources first."""
        raise NotImplementedError

    def get_incident(self, incident_id: str) -> Incident:
        """One incident with its events and the scored links between them."""
        raise NotImplementedError

    def suggestions(
        self, event_id: str | None = None, undecided: bool = True, limit: int = 100
    ) -> list[LinkSuggestion]:
        """Link suggestions, best first, for one event or all (by default undecided only)."""
        raise NotImplementedError

    def decide_link(self, event_a: str, event_b: str, same: bool, user: str) -> Decision:
        """Store a person's decision that two events are (not) one happening; incidents follow."""
        raise NotImplementedError

    def undo_decision(self, decision_id: int, user: str) -> Decision:
        """Undo a decision (it is kept, marked undone); incidents follow."""
        raise NotImplementedError

    def decisions(self, event_id: str | None = None) -> list[Decision]:
        """Stored decisions, newest first, undone ones included."""
        raise NotImplementedError

    def resolve(self) -> int:
        """Recompute link suggestions and the incident view; the number of incidents."""
        raise NotImplementedError

    # -- users and problems -------------------------------------------------------------
    def add_user(self, name: str, password: str, role: str = "reviewer") -> User:
        """Create or replace a user; the password is stored as an argon2 hash."""
        raise NotImplementedError

    def verify_password(self, name: str, password: str) -> User | None:
        """The user when the password is right, else None."""
        raise NotImplementedError

    def users(self) -> list[User]:
        """Every user."""
        raise NotImplementedError

    def problems(self) -> list[Problem]:
        """Recorded bad documents and files, most recent first."""
        raise NotImplementedError

    def counts(self) -> dict[str, int]:
        """Rows per table (documents, document_versions, events, changes, decisions, ...)."""
        raise NotImplementedError

    def close(self) -> None:
        """Release the database connections."""
        raise NotImplementedError


def open_store(url: str | None = None, *, upgrade: bool = True) -> Store:
    """The store at url (default: NKEVENTS_DB_URL or sqlite:///nkevents.db).

    A new, empty database is created and migrated; an existing one behind the code raises
    StoreError asking for `nkevents db upgrade` unless upgrade is true (the default).
    `sqlite://` is an in-memory database (tests). postgresql:// URLs use psycopg 3.
    """
    raise NotImplementedError
