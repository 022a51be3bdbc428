"""Writing a document's events: deterministic ids, re-extraction onto the same ids, evidence."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, select

from nkevents.model import Event, Span
from nkevents.store import bulk, fulltext
from nkevents.store.review import refresh
from nkevents.store.rows import column_values, flatten
from nkevents.store.schema import (
    changes,
    documents,
    event_charges,
    event_commodities,
    events,
    field_evidence,
)


def event_ids(document_id: str, evs: Sequence[Event]) -> list[str]:
    """Ids from the document, the type and the first evidence sentence (then an ordinal).

    Anchoring on the evidence sentence rather than on extracted values keeps an event's id when
    a better extractor changes its date or place, so corrections stay attached to it.
    """
    seen: Counter[str] = Counter()
    ids = []
    for ev in evs:
        key = f"{document_id}|{ev.type}|{ev.evidence[0][0] if ev.evidence else -1}"
        ids.append("ev-" + hashlib.sha256(f"{key}|{seen[key]}".encode()).hexdigest()[:16])
        seen[key] += 1
    return ids


def _overlaps(a: Sequence[Span], b: Sequence[Span]) -> bool:
    return any(s1 < e2 and s2 < e1 for s1, e1 in a for s2, e2 in b)


def _same_happening(ev: Event, old: dict[str, Any]) -> bool:
    """Whether a new event may take an old event's id (same type, shared evidence or values)."""
    machine = json.loads(old["machine"])
    if machine["type"] != ev.type:
        return False
    spans = [tuple(s) for s in json.loads(old["evidence"])]
    flat = flatten(ev)
    return _overlaps(ev.evidence, spans) or (
        flat["date"] == machine["date"] and flat["place"] == machine["place"]
    )


def match_ids(ids: list[str], evs: Sequence[Event], old: dict[str, dict[str, Any]]) -> list[str]:
    """New ids, with events that have no stored twin mapped onto unclaimed old events they match."""
    free = [i for i in old if i not in set(ids)]
    out = []
    for new_id, ev in zip(ids, evs, strict=True):
        twin = (
            None if new_id in old else next((i for i in free if _same_happening(ev, old[i])), None)
        )
        if twin:
            free.remove(twin)
        out.append(twin or new_id)
    return out


def evidence_rows(event_id: str, ev: Event, text: str) -> list[dict[str, Any]]:
    """Per-field evidence rows: the span, its characters and the rule."""
    return [
        {
            "event_id": event_id,
            "field": name,
            "span_start": p.span[0],
            "span_end": p.span[1],
            "rule": p.rule,
            "quote": text[p.span[0] : p.span[1]],
        }
        for name, p in sorted(ev.provenance.items())
    ]


@dataclass(slots=True)
class Pending:
    """Rows of new documents and events, written at the end of a batch (one executemany a table)."""

    documents: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    charges: list[dict[str, Any]] = field(default_factory=list)
    commodities: list[dict[str, Any]] = field(default_factory=list)
    evidence: list[dict[str, Any]] = field(default_factory=list)
    fulltext: list[tuple[int, str | None, str]] = field(default_factory=list)
    written: set[str] = field(default_factory=set)  # documents written in this batch

    def flush(self, conn: Connection) -> None:
        """Insert the collected rows (in bulk) and start afresh."""
        for table, rows in (
            (documents, self.documents),
            (events, self.events),
            (event_charges, self.charges),
            (event_commodities, self.commodities),
            (field_evidence, self.evidence),
        ):
            if rows:
                bulk.insert(conn, table, rows)
            rows.clear()
        fulltext.add(conn, self.fulltext)
        self.fulltext.clear()

    def add(
        self, event_id: str, values: dict[str, Any], flat: dict[str, Any], ev: Event, text: str
    ) -> None:
        """Collect one new event's rows."""
        self.events.append({"id": event_id, **values})
        self.charges += [{"event_id": event_id, "charge": c} for c in flat["charges"]]
        self.commodities += [{"event_id": event_id, "commodity": c} for c in flat["commodities"]]
        self.evidence += evidence_rows(event_id, ev, text)


def write_events(
    conn: Connection,
    doc: tuple[str, int],
    doc_version: int,
    text: str,
    evs: Sequence[Event],
    version: str,
    stamp: str,
    pending: Pending,
    new: bool = False,
) -> int:
    """Insert or update a document's events; machine values change, reviewed values stay.

    Events of a new document go to pending (the caller flushes it); events of a known document
    are matched onto its stored events and written at once.
    """
    doc_id, doc_seq = doc
    old: dict[str, dict[str, Any]] = {}
    if not new:
        pending.flush(conn)  # a new document earlier in this batch may be this one
        query = select(events.c.id, events.c.machine, events.c.evidence).where(
            events.c.document_id == doc_id
        )
        old = {r["id"]: dict(r) for r in conn.execute(query).mappings()}
    ids = match_ids(event_ids(doc_id, evs), evs, old)
    for ordinal, (event_id, ev) in enumerate(zip(ids, evs, strict=True)):
        flat = flatten(ev)
        machine = {
            "document_version": doc_version,
            "ordinal": ordinal,
            "machine": json.dumps(flat),
            "evidence": json.dumps([list(s) for s in ev.evidence]),
            "confidence": ev.confidence,
            "extractor_version": version,
            "stale": False,
            "updated_at": stamp,
        }
        if event_id not in old:
            fresh = {
                "document_id": doc_id,
                "document_seq": doc_seq,
                "status": "machine",
                "reviewed": "[]",
                "sources": 1,
                "incident_id": None,
            }
            pending.add(event_id, machine | fresh | column_values(flat), flat, ev, text)
            continue
        conn.execute(events.update().where(events.c.id == event_id).values(**machine))
        refresh(conn, event_id)  # re-applies the corrections people made
        conn.execute(field_evidence.delete().where(field_evidence.c.event_id == event_id))
        if rows := evidence_rows(event_id, ev, text):
            conn.execute(field_evidence.insert(), rows)
    retire(conn, [i for i in old if i not in set(ids)], stamp)
    if not new:
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
