"""The store: one object over a SQLite or PostgreSQL database, every read and write."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from sqlalchemy import Connection, func, or_, select
from sqlalchemy.exc import SQLAlchemyError

from nkevents import settings
from nkevents.errors import NotFound, StoreError
from nkevents.model import Document, Extraction, Provenance
from nkevents.store import (
    facets,
    incidents,
    ingest,
    migrate,
    places,
    review,
    schema,
    search,
    statistics,
    users,
)
from nkevents.store.engine import make_engine
from nkevents.store.filters import EventFilter
from nkevents.store.problems import list_problems, record_problem
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


class Store:
    """A database of documents, events, corrections and incident decisions.

    Every method opens its own short transaction, so one Store may serve many threads.
    Reads hide rejected events unless a filter asks for them (status="rejected" or "all").
    """

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = make_engine(url)

    # -- ingest (extraction happens elsewhere: nkevents.pipeline) -------------------------
    def needs_extraction(self, documents: list[Document], extractor_version: str) -> list[Document]:
        """The documents that are new, changed, or stored by another extractor version."""
        with self.engine.connect() as conn:
            return ingest.needs_extraction(conn, documents, extractor_version)

    def write(
        self,
        items: Sequence[ingest.Extracted],
        extractor_version: str,
        rejected: Sequence[tuple[str, str]] = (),
        summary: IngestSummary | None = None,
        link: bool = False,
    ) -> IngestSummary:
        """Write one batch of extracted documents (and rejected inputs) in one transaction.

        rejected holds (origin, reason) of inputs that could not be read. A killed run leaves
        whole batches only; writing the same documents again finds them unchanged. With link,
        the new events are linked into incidents in the same transaction; else call settle()
        at the end of a run to bring incidents and statistics up to date.
        """
        return self.write_batches([(items, rejected)], extractor_version, summary, link)

    def write_batches(
        self,
        batches: Sequence[tuple[Sequence[ingest.Extracted], Sequence[tuple[str, str]]]],
        extractor_version: str,
        summary: IngestSummary | None = None,
        link: bool = False,
    ) -> IngestSummary:
        """Write batches of (extracted documents, rejected inputs) in one transaction, in order;
        with link, then link their new events into incidents (the incremental linker)."""
        summary = summary or IngestSummary()
        stamp = review.now()
        with self.engine.begin() as conn:
            for items, rejected in batches:
                for origin, reason in rejected:
                    record_problem(conn, origin, reason, stamp)
                    summary.problems += 1
                ingest.write_batch(conn, items, extractor_version, stamp, summary)
            if link:
                incidents.link_new(conn)
        return summary

    def settle(self) -> int:
        """After a run: incidents follow the stored events, planner statistics their growth."""
        found = self.resolve()
        self.refresh_statistics()
        return found

    def store_extractions(
        self, pairs: Iterable[tuple[Document, Extraction]], extractor_version: str
    ) -> IngestSummary:
        """Store already-extracted documents in one transaction, then settle()."""
        items = [ingest.Extracted(doc, ext) for doc, ext in pairs]
        summary = self.write(items, extractor_version)
        summary.read = len(items)
        self.settle()
        return summary

    def refresh_statistics(self) -> bool:
        """Bring the query planner's statistics up to date if the events have grown (SQLite)."""
        with self.engine.begin() as conn:
            return statistics.refresh(conn)

    # -- read ---------------------------------------------------------------------------
    def get_event(self, event_id: str) -> EventRecord:
        """One event by id (rejected ones too); NotFound if absent."""
        with self.engine.connect() as conn:
            return read_event(conn, event_id)

    def get_document(self, document_id: str, version: int | None = None) -> DocumentRecord:
        """One document (its current version unless one is asked for) with its event ids."""
        with self.engine.connect() as conn:
            return read_document(conn, document_id, version)

    def search_events(self, filters: EventFilter) -> Page[EventRecord]:
        """Matching events, sorted and paged by filters.sort/limit/offset, with the total."""
        with self.engine.connect() as conn:
            return search.search(conn, filters)

    def iter_events(self, filters: EventFilter) -> Iterator[EventRecord]:
        """Every event matching the filters (limit and offset ignored), streamed, for export."""
        with self.engine.connect() as conn:
            yield from search.iterate(conn, filters)

    def facets(self, filters: EventFilter) -> dict[str, dict[str, int]]:
        """Matching events counted per type, admin1, year, commodity, charge, penalty_kind, sources.

        Each facet is a {value: count} mapping, largest count first.
        """
        with self.engine.connect() as conn:
            return facets.facets(conn, filters)

    def timeline(self, filters: EventFilter) -> list[dict[str, Any]]:
        """Matching events per period and type: [{"period", "type", "count"}], in time order.

        period is YYYY-MM; events dated only to the year count under period YYYY.
        """
        with self.engine.connect() as conn:
            return search.timeline(conn, filters)

    def map_points(self, filters: EventFilter) -> dict[str, Any]:
        """Matching events that have coordinates, as a GeoJSON FeatureCollection of points."""
        with self.engine.connect() as conn:
            return search.map_points(conn, filters)

    def map_places(self, filters: EventFilter) -> dict[str, Any]:
        """Matching events grouped per place (GeoJSON points with counts per type), in SQL."""
        with self.engine.connect() as conn:
            return search.map_places(conn, filters)

    def places(self, parent: str | None = None) -> list[PlaceCount]:
        """Places with event counts: provinces (admin1) at the top, or the sub-places of parent."""
        with self.engine.connect() as conn:
            return places.places(conn, parent)

    # -- review -------------------------------------------------------------------------
    def set_field(
        self, event_id: str, field: str, value: str, user: str, note: str | None = None
    ) -> Change:
        """Correct one field (value as text, parsed and checked: see review.FIELDS); recorded."""
        with self.engine.begin() as conn:
            return review.set_field(conn, event_id, field, value, user, note)

    def confirm_event(self, event_id: str, user: str, note: str | None = None) -> Change:
        """A person confirms the event as it stands: every field becomes reviewed."""
        with self.engine.begin() as conn:
            return review.confirm(conn, event_id, user, note)

    def reject_event(self, event_id: str, user: str, note: str | None = None) -> Change:
        """A person says the event is wrong: it is hidden from searches, kept, and can be undone."""
        with self.engine.begin() as conn:
            change = review.reject(conn, event_id, user, note)
            incidents.recluster(conn)
            return change

    def history(self, event_id: str) -> list[Change]:
        """Every change of an event, oldest first, undone ones included (with undone_by set)."""
        with self.engine.connect() as conn:
            return review.history(conn, event_id)

    def recent_changes(self, limit: int = 50) -> list[Change]:
        """The latest changes of all events, newest first (the review log)."""
        with self.engine.connect() as conn:
            return review.recent(conn, limit)

    def undo_change(self, change_id: int, user: str) -> Change:
        """Revert one change; records an "undo" change. Conflict if already undone."""
        with self.engine.begin() as conn:
            change = review.undo(conn, change_id, user)
            incidents.recluster(conn)
            return change

    # -- incidents ----------------------------------------------------------------------
    def incidents(self, filters: EventFilter, min_events: int = 2) -> Page[Incident]:
        """Incidents whose events match the filters, most sources first."""
        with self.engine.connect() as conn:
            return incidents.list_incidents(conn, filters, min_events)

    def get_incident(self, incident_id: str) -> Incident:
        """One incident with its events and the scored links between them."""
        with self.engine.connect() as conn:
            return incidents.get_incident(conn, incident_id)

    def incident_summaries(self, ids: list[str]) -> dict[str, dict[str, Any]]:
        """Best values, sources and disagreements of these incidents, by id."""
        with self.engine.connect() as conn:
            return incidents.summaries(conn, ids)

    def suggestions(
        self, event_id: str | None = None, undecided: bool = True, limit: int = 100
    ) -> list[LinkSuggestion]:
        """Link suggestions, best first, for one event or all (by default undecided only)."""
        with self.engine.connect() as conn:
            return incidents.suggestions(conn, event_id, undecided, limit)

    def decide_link(self, event_a: str, event_b: str, same: bool, user: str) -> Decision:
        """Store a person's decision that two events are (not) one happening; incidents follow."""
        with self.engine.begin() as conn:
            return incidents.decide(conn, event_a, event_b, same, user)

    def undo_decision(self, decision_id: int, user: str) -> Decision:
        """Undo a decision (it is kept, marked undone); incidents follow."""
        with self.engine.begin() as conn:
            return incidents.undo(conn, decision_id, user)

    def decisions(self, event_id: str | None = None) -> list[Decision]:
        """Stored decisions, newest first, undone ones included."""
        with self.engine.connect() as conn:
            return incidents.list_decisions(conn, event_id)

    def resolve(self) -> int:
        """Link new and changed events and bring the incident view up to date; the number of
        incidents."""
        with self.engine.begin() as conn:
            return incidents.link_new(conn)

    # -- users and problems -------------------------------------------------------------
    def add_user(self, name: str, password: str, role: str = "reviewer") -> User:
        """Create or replace a user; the password is stored as an argon2 hash."""
        with self.engine.begin() as conn:
            return users.add_user(conn, name, password, role)

    def verify_password(self, name: str, password: str) -> User | None:
        """The user when the password is right, else None."""
        with self.engine.connect() as conn:
            return users.verify(conn, name, password)

    def users(self) -> list[User]:
        """Every user."""
        with self.engine.connect() as conn:
            return users.list_users(conn)

    def problems(self) -> list[Problem]:
        """Recorded bad documents and files, most recent first."""
        with self.engine.connect() as conn:
            return list_problems(conn)

    def counts(self) -> dict[str, int]:
        """Rows per table (documents, document_versions, events, changes, decisions, ...)."""
        with self.engine.connect() as conn:
            return {
                t.name: int(conn.execute(select(func.count()).select_from(t)).scalar() or 0)
                for t in schema.metadata.sorted_tables
            }

    def close(self) -> None:
        """Release the database connections."""
        self.engine.dispose()


def open_store(url: str | None = None, *, upgrade: bool = True) -> Store:
    """The store at url (default: NKEVENTS_DB_URL or sqlite:///nkevents.db).

    A new, empty database is created and migrated; an existing one behind the code raises
    StoreError asking for `nkevents db upgrade` unless upgrade is true (the default).
    `sqlite://` is an in-memory database (tests). postgresql:// URLs use psycopg 3.
    """
    store = Store(url or settings.load().db_url)
    try:
        check_schema(store, upgrade)
    except Exception:
        store.close()
        raise
    return store


def check_schema(store: Store, upgrade: bool) -> None:
    """Migrate an empty (or, with upgrade, an old) database; StoreError if behind or broken."""
    try:
        with store.engine.connect() as conn:
            at = migrate.current(conn)
    except SQLAlchemyError as err:
        raise StoreError(f"cannot open database {store.url}: {err}") from err
    if at != migrate.head() and (at is None or upgrade):
        migrate.upgrade(store.engine)
    elif at != migrate.head():
        raise StoreError(
            f"database {store.url} is at schema {at}, this nkevents needs "
            f"{migrate.head()}: run `nkevents db upgrade`"
        )


def read_event(conn: Connection, event_id: str) -> EventRecord:
    """One event with its per-field evidence."""
    query = search.event_query(EventFilter(status="all"), conn.dialect.name)
    row = conn.execute(query.where(schema.events.c.id == event_id)).mappings().first()
    if row is None:
        raise NotFound(f"no event {event_id!r}")
    found = search.record(row)
    fe = schema.field_evidence
    for r in conn.execute(select(fe).where(fe.c.event_id == event_id)).mappings():
        found.event.provenance[r["field"]] = Provenance((r["span_start"], r["span_end"]), r["rule"])
    return found


def read_document(conn: Connection, document_id: str, version: int | None) -> DocumentRecord:
    """One document, by id or reader id, at its current or an older version."""
    d, v, e = schema.documents, schema.document_versions, schema.events
    row = (
        conn.execute(select(d).where(or_(d.c.id == document_id, d.c.source_id == document_id)))
        .mappings()
        .first()
    )
    if row is None:
        raise NotFound(f"no document {document_id!r}")
    olds = {
        r["version"]: r
        for r in conn.execute(select(v).where(v.c.document_id == row["id"])).mappings()
    }
    ids = conn.execute(
        select(e.c.id).where(e.c.document_id == row["id"]).order_by(e.c.ordinal)
    ).scalars()
    found = DocumentRecord(
        row["id"],
        row["text"],
        row["url"],
        row["title"],
        row["published"],
        row["language"],
        row["source_id"],
        row["version"],
        row["content_hash"],
        row["extractor_version"],
        row["relevant"],
        row["outlet"],
        list(ids),
        sorted([*olds, row["version"]]),
    )
    if version is not None and version != row["version"]:
        if version not in olds:
            raise NotFound(f"document {document_id!r} has no version {version}")
        old = olds[version]
        found.text, found.title, found.published = old["text"], old["title"], old["published"]
        found.version, found.content_hash = version, old["content_hash"]
    return found
