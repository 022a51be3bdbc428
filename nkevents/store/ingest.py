"""Ingest: store documents with the extractions made of them, batch by batch (no extraction here).

The store is handed finished extractions (by `nkevents.pipeline`, on this machine or on a
cluster); all it knows of the extractor is the version string it is given. One writer writes
each batch in one transaction: the batch's stored rows are read in one query, new documents,
events, list values, evidence and full-text entries are inserted in bulk (COPY on PostgreSQL).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection

from nkevents.model import Document, Extraction
from nkevents.store import fulltext
from nkevents.store.events import Pending, write_events
from nkevents.store.prepare import (
    Prepared,
    content_hash,
    document_id,
    document_seq,
    identity,
    outlet,
    prepare,
)
from nkevents.store.problems import record_problem
from nkevents.store.records import IngestSummary
from nkevents.store.schema import document_versions, documents

CHUNK = 500  # ids per IN list


@dataclass(slots=True)
class Extracted:
    """A document and what extraction made of it (the extraction, or its rows prepared where it
    was extracted: `nkevents.store.prepare`), or why extraction failed."""

    document: Document
    extraction: Extraction | None
    error: str | None = None
    prepared: Prepared | None = None

    def rows(self) -> Prepared:
        """The document's prepared rows (prepared here when they came without)."""
        if self.prepared is None:
            assert self.extraction is not None
            self.prepared = prepare(self.document, self.extraction)
        return self.prepared


__all__ = ["content_hash", "document_id", "document_seq", "identity", "outlet"]


def _in_list(conn: Connection, n: int) -> str:
    """n parameter marks for an IN list, in the driver's style: the statement goes to the
    driver as it is (SQLAlchemy's compiling of an IN list of 500 ids cost more than the query)."""
    return ", ".join(("?" if conn.dialect.paramstyle == "qmark" else "%s",) * n)


STORED = (
    "SELECT d.*, EXISTS (SELECT 1 FROM events e WHERE e.document_id = d.id) AS has_events "
    "FROM documents d WHERE d.id IN ({})"
)
STORED_VERSIONS = "SELECT id, content_hash, extractor_version FROM documents WHERE id IN ({})"


def stored_rows(conn: Connection, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    """The stored rows of these document ids, with whether each has events (one query a chunk)."""
    found: dict[str, dict[str, Any]] = {}
    unique = list(dict.fromkeys(ids))
    for start in range(0, len(unique), CHUNK):
        chunk = unique[start : start + CHUNK]
        query = STORED.format(_in_list(conn, len(chunk)))
        found |= {r["id"]: dict(r) for r in conn.exec_driver_sql(query, tuple(chunk)).mappings()}
    return found


def needs_extraction(conn: Connection, docs: list[Document], version: str) -> list[Document]:
    """The documents that are new, changed, or were extracted by another extractor version."""
    ids = {document_id(identity(d)): d for d in docs}
    stored: dict[str, Any] = {}
    keys = list(ids)
    for start in range(0, len(keys), CHUNK):
        chunk = keys[start : start + CHUNK]
        query = STORED_VERSIONS.format(_in_list(conn, len(chunk)))
        stored |= {r.id: r for r in conn.exec_driver_sql(query, tuple(chunk))}
    return [
        d
        for i, d in ids.items()
        if i not in stored
        or stored[i].content_hash != content_hash(d.text)
        or stored[i].extractor_version != version
    ]


def archived(row: Any, stamp: str) -> dict[str, Any]:
    """The document_versions row that keeps a superseded version of a document."""
    keep = ("version", "content_hash", "title", "published", "text")
    return {"document_id": row["id"], "stored_at": stamp} | {k: row[k] for k in keep}


def write_document(
    conn: Connection,
    item: Extracted,
    row: dict[str, Any] | None,
    version: str,
    stamp: str,
    pending: Pending,
) -> tuple[str, int]:
    """Store one extracted document and its events; what happened and how many events.

    row is the document's stored row (None for a new document).
    """
    doc, prep = item.document, item.rows()
    doc_id, digest = prep.id, prep.content_hash
    if row is None:
        pending.documents.append(
            (prep.seq, doc_id, prep.identity, doc.id, doc.url, prep.outlet, doc.title)
            + (doc.published, doc.language, doc.origin, 1, digest, doc.text, prep.relevant)
            + (version, stamp, stamp)
        )
        pending.add_new((doc_id, prep.seq), 1, prep.events, version, stamp)
        if prep.events:
            pending.fulltext.append((prep.seq, doc.title, doc.text))
        return "new", len(prep.events)
    if row["content_hash"] != digest:
        outcome, number = "new_versions", row["version"] + 1
        conn.execute(document_versions.insert(), [archived(row, stamp)])  # the old text stays
    elif row["extractor_version"] != version:
        outcome, number = "reextracted", row["version"]
    else:
        return "unchanged", 0
    pending.flush(conn)
    if row["has_events"]:  # the index holds the old text: take it out before it changes
        fulltext.remove(conn, [(row["seq"], row["title"], row["text"])])
    fields = {
        "source_id": doc.id,
        "url": doc.url,
        "outlet": prep.outlet,
        "title": doc.title,
        "published": doc.published,
        "language": doc.language,
        "origin": doc.origin,
        "content_hash": digest,
        "text": doc.text,
        "relevant": prep.relevant,
        "extractor_version": version,
        "updated_at": stamp,
    }
    values = fields | ({"version": number} if number != row["version"] else {})
    conn.execute(documents.update().where(documents.c.id == doc_id).values(**values))
    written = write_events(conn, (doc_id, row["seq"]), number, prep.events, version, stamp, pending)
    if fulltext.has_events(conn, doc_id):
        fulltext.add(conn, [(row["seq"], doc.title, doc.text)])
    return outcome, written


def write_batch(
    conn: Connection,
    items: Sequence[Extracted],
    version: str,
    stamp: str,
    summary: IngestSummary,
) -> None:
    """Write one batch in the caller's transaction, in input order, counting into summary."""
    pending = Pending()
    ids = [document_id(identity(i.document)) if i.error is not None else i.rows().id for i in items]
    rows = stored_rows(conn, [i for i, item in zip(ids, items, strict=True) if not item.error])
    for doc_id, item in zip(ids, items, strict=True):
        if item.error is not None:
            record_problem(conn, item.document.origin or item.document.id, item.error, stamp)
            summary.problems += 1
            continue
        if doc_id in pending.written:
            pending.flush(conn)  # the same document twice in one batch: read what was written
            rows |= stored_rows(conn, [doc_id])
        outcome, written = write_document(conn, item, rows.get(doc_id), version, stamp, pending)
        if outcome != "unchanged":
            pending.written.add(doc_id)
        setattr(summary, outcome, getattr(summary, outcome) + 1)
        summary.events += written
    pending.flush(conn)
