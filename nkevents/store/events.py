"""Writing a document's events: re-extraction onto the same ids, evidence, rows in bulk."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, inspect, select

from nkevents.store import bulk, fulltext
from nkevents.store.incidents import prepared_stamp
from nkevents.store.prepare import EVENT_COLUMNS, PreparedEvent
from nkevents.store.review import refresh
from nkevents.store.schema import (
    changes,
    documents,
    event_blocks,
    event_charges,
    event_commodities,
    events,
    field_evidence,
    link_signatures,
)

DOCUMENT_COLUMNS = (
    "seq",
    "id",
    "identity",
    "source_id",
    "url",
    "outlet",
    "title",
    "published",
    "language",
    "origin",
    "version",
    "content_hash",
    "text",
    "relevant",
    "extractor_version",
    "first_seen",
    "updated_at",
)
NEW_EVENT_COLUMNS = (
    "id",
    "document_id",
    "document_seq",
    "document_version",
    "ordinal",
    "machine",
    "evidence",
    "confidence",
    "extractor_version",
    "stale",
    "updated_at",
    "status",
    "reviewed",
    "sources",
    "incident_id",
    *EVENT_COLUMNS,
)
EVIDENCE_COLUMNS = ("event_id", "field", "span_start", "span_end", "rule", "quote")


def _overlaps(a: Sequence[tuple[int, int]], b: Sequence[tuple[int, int]]) -> bool:
    return any(s1 < e2 and s2 < e1 for s1, e1 in a for s2, e2 in b)


def _same_happening(ev: PreparedEvent, old: dict[str, Any]) -> bool:
    """Whether a new event may take an old event's id (same type, shared evidence or values)."""
    machine = json.loads(old["machine"])
    if machine["type"] != ev.type:
        return False
    spans = [(int(s), int(e)) for s, e in json.loads(old["evidence"])]
    return _overlaps(ev.spans, spans) or (
        ev.date == machine["date"] and ev.place == machine["place"]
    )


def match_ids(evs: Sequence[PreparedEvent], old: dict[str, dict[str, Any]]) -> list[str]:
    """New ids, with events that have no stored twin mapped onto unclaimed old events they match."""
    ids = {ev.id for ev in evs}
    free = [i for i in old if i not in ids]
    out = []
    for ev in evs:
        matching = (i for i in free if _same_happening(ev, old[i]))
        twin = None if ev.id in old else next(matching, None)
        if twin:
            free.remove(twin)
        out.append(twin or ev.id)
    return out


def evidence_rows(event_id: str, ev: PreparedEvent) -> list[tuple[Any, ...]]:
    """Per-field evidence rows: the span, its characters and the rule."""
    return [(event_id, *quote) for quote in ev.quotes]


@dataclass(slots=True)
class Pending:
    """Rows of new documents and events, written at the end of a batch (one executemany a table).

    Rows are tuples in the order of DOCUMENT_COLUMNS, NEW_EVENT_COLUMNS and EVIDENCE_COLUMNS.
    The events of new documents come with their linker's signatures and blocks (prepared with
    them), so that linking them reads neither their evidence nor their reports.
    """

    documents: list[tuple[Any, ...]] = field(default_factory=list)
    events: list[tuple[Any, ...]] = field(default_factory=list)
    charges: list[tuple[str, str]] = field(default_factory=list)
    commodities: list[tuple[str, str]] = field(default_factory=list)
    evidence: list[tuple[Any, ...]] = field(default_factory=list)
    signatures: list[tuple[str, str, str, bytes]] = field(default_factory=list)
    blocks: list[tuple[str, str, str]] = field(default_factory=list)
    fulltext: list[tuple[int, str | None, str]] = field(default_factory=list)
    written: set[str] = field(default_factory=set)  # documents written in this batch
    filing: bool | None = None  # whether the store has the linker's tables (not before 0004)

    def flush(self, conn: Connection) -> None:
        """Insert the collected rows (in bulk) and start afresh."""
        if self.signatures and self.filing is None:
            self.filing = inspect(conn).has_table(link_signatures.name)
        if not self.filing:  # a store not yet upgraded links from the reports
            self.signatures.clear()
            self.blocks.clear()
        for table, columns, rows in (
            (documents, DOCUMENT_COLUMNS, self.documents),
            (events, NEW_EVENT_COLUMNS, self.events),
            (event_charges, ("event_id", "charge"), self.charges),
            (event_commodities, ("event_id", "commodity"), self.commodities),
            (field_evidence, EVIDENCE_COLUMNS, self.evidence),
            (link_signatures, ("event_id", "stamp", "features", "packed"), self.signatures),
            (event_blocks, ("block", "region", "event_id"), self.blocks),
        ):
            if rows:
                bulk.insert_rows(conn, table, columns, rows)
            rows.clear()
        fulltext.add(conn, self.fulltext)
        self.fulltext.clear()

    def add_new(
        self,
        doc: tuple[str, int],
        doc_version: int,
        evs: Sequence[PreparedEvent],
        version: str,
        stamp: str,
    ) -> None:
        """Collect the rows of a new document's events (their ids are the prepared ones), with
        their signatures and blocks: the linker has never seen these ids."""
        doc_id, doc_seq = doc
        filed = prepared_stamp(stamp)
        for ordinal, ev in enumerate(evs):
            self._add(ev.id, doc_id, doc_seq, doc_version, ordinal, ev, version, stamp)
            self.signatures.append((ev.id, filed, ev.signature, ev.packed))
            self.blocks += [(block, ev.region, ev.id) for block in ev.blocks]

    def _add(
        self,
        event_id: str,
        doc_id: str,
        doc_seq: int,
        doc_version: int,
        ordinal: int,
        ev: PreparedEvent,
        version: str,
        stamp: str,
    ) -> None:
        head = (event_id, doc_id, doc_seq, doc_version, ordinal, ev.machine, ev.evidence)
        fresh = (ev.confidence, version, False, stamp, "machine", "[]", 1, None)
        self.events.append(head + fresh + ev.columns)
        self.charges += [(event_id, c) for c in ev.charges]
        self.commodities += [(event_id, c) for c in ev.commodities]
        self.evidence += evidence_rows(event_id, ev)


def write_events(
    conn: Connection,
    doc: tuple[str, int],
    doc_version: int,
    evs: Sequence[PreparedEvent],
    version: str,
    stamp: str,
    pending: Pending,
) -> int:
    """Insert or update the events of a stored document; machine values change, reviewed
    values stay. Its events are matched onto its stored events and written at once."""
    doc_id, doc_seq = doc
    pending.flush(conn)  # a new document earlier in this batch may be this one
    query = select(events.c.id, events.c.machine, events.c.evidence).where(
        events.c.document_id == doc_id
    )
    old = {r["id"]: dict(r) for r in conn.execute(query).mappings()}
    ids = match_ids(evs, old)
    for ordinal, (event_id, ev) in enumerate(zip(ids, evs, strict=True)):
        if event_id not in old:
            pending._add(event_id, doc_id, doc_seq, doc_version, ordinal, ev, version, stamp)
            continue
        machine = {
            "document_version": doc_version,
            "ordinal": ordinal,
            "machine": ev.machine,
            "evidence": ev.evidence,
            "confidence": ev.confidence,
            "extractor_version": version,
            "stale": False,
            "updated_at": stamp,
        }
        conn.execute(events.update().where(events.c.id == event_id).values(**machine))
        refresh(conn, event_id)  # re-applies the corrections people made
        conn.execute(field_evidence.delete().where(field_evidence.c.event_id == event_id))
        bulk.insert_rows(conn, field_evidence, EVIDENCE_COLUMNS, evidence_rows(event_id, ev))
    retire(conn, [i for i in old if i not in set(ids)], stamp)
    pending.flush(conn)
    return len(ids)


def retire(conn: Connection, gone: list[str], stamp: str) -> None:
    """Events the new extraction no longer finds: kept (stale) if reviewed, else deleted."""
    if not gone:
        return
    touched = select(changes.c.event_id).where(changes.c.event_id.in_(gone)).distinct()
    kept = set(conn.execute(touched).scalars())
    conn.execute(events.update().where(events.c.id.in_(kept)).values(stale=True, updated_at=stamp))
    dropped = [i for i in gone if i not in kept]
    for table in (field_evidence, event_charges, event_commodities):
        conn.execute(table.delete().where(table.c.event_id.in_(dropped)))
    conn.execute(events.delete().where(events.c.id.in_(dropped)))
