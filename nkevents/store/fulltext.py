"""The SQLite full-text index (FTS5, trigram) holds the documents that have events.

Text search finds events by the text of their documents, so a document without events (most
of a news stream) is never searched: leaving it out of the index saves the trigram
tokenisation, the most expensive part of storing a document. The writer keeps the index in
step in bulk (no triggers): a document enters it when it first has events and leaves it, with
the text it was indexed with, before its text changes or when its last event goes.
PostgreSQL's pg_trgm index covers every document by itself, so these are no-ops there.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Connection, select, text

from nkevents.store.schema import events

Entry = tuple[int, str | None, str]  # documents.seq, title, text
ADD_ROWS = "INSERT INTO documents_fts(rowid, title, text) VALUES (?, ?, ?)"
REMOVE = text(
    "INSERT INTO documents_fts(documents_fts, rowid, title, text) "
    "VALUES ('delete', :seq, :title, :text)"
)


def add(conn: Connection, entries: Sequence[Entry]) -> None:
    """Index documents (SQLite), the entries straight to the driver."""
    if entries and conn.dialect.name == "sqlite":
        conn.exec_driver_sql(ADD_ROWS, list(entries))


def remove(conn: Connection, entries: Sequence[Entry]) -> None:
    """Take documents out of the index, each with the title and text it was indexed with."""
    if entries and conn.dialect.name == "sqlite":
        conn.execute(REMOVE, [{"seq": s, "title": t, "text": x} for s, t, x in entries])


def has_events(conn: Connection, document_id: str) -> bool:
    """Whether a document has events (and so belongs in the index)."""
    query = select(events.c.id).where(events.c.document_id == document_id).limit(1)
    return conn.execute(query).first() is not None
