"""Ingest: extract documents (a pure step) and store them with their events, batch by batch."""

from __future__ import annotations

import hashlib
import itertools
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import Connection, Engine, bindparam, select

from nkevents.model import Document, Extraction
from nkevents.store.events import Pending, write_events
from nkevents.store.problems import record_problem
from nkevents.store.records import IngestSummary
from nkevents.store.review import now
from nkevents.store.schema import document_versions, documents

Extract = Callable[[Document], Extraction]
BY_ID = select(documents).where(documents.c.id == bindparam("id"))


@dataclass(slots=True)
class Extracted:
    """A document and what extraction made of it, or why it failed."""

    document: Document
    extraction: Extraction | None
    error: str | None = None


def extract_all(docs: Iterable[Document], extract: Extract) -> Iterator[Extracted]:
    """Extract each document; a failure becomes an error, never an exception (runs on workers)."""
    for doc in docs:
        try:
            yield Extracted(doc, extract(doc))
        except Exception as err:  # noqa: BLE001 - one bad document must not stop a run
            yield Extracted(doc, None, f"extraction failed: {type(err).__name__}: {err}")


def identity(doc: Document) -> str:
    """What makes two documents one: the URL (scheme, www., trailing / ignored), else the text."""
    if doc.url and doc.url.strip():
        parts = urlsplit(doc.url.strip())
        host = parts.netloc.lower().removeprefix("www.")
        query = f"?{parts.query}" if parts.query else ""
        return f"url:{host}{parts.path.rstrip('/')}{query}"
    return f"sha256:{content_hash(doc.text)}"


def document_seq(ident: str) -> int:
    """The deterministic integer key of an identity (60 bits of its hash)."""
    return int(hashlib.sha256(ident.encode()).hexdigest()[:15], 16)


def document_id(ident: str) -> str:
    """The deterministic document id of an identity."""
    return "doc-" + hashlib.sha256(ident.encode()).hexdigest()[:16]


def content_hash(text: str) -> str:
    """The SHA-256 of a text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def outlet(url: str | None) -> str | None:
    """The outlet of a URL, its host without www.: one outlet counts as one source."""
    host = urlsplit(url.strip()).netloc.lower() if url else ""
    return host.removeprefix("www.").removeprefix("m.") or None


def needs_extraction(conn: Connection, docs: list[Document], version: str) -> list[Document]:
    """The documents that are new, changed, or were extracted by another extractor version."""
    ids = {document_id(identity(d)): d for d in docs}
    query = select(documents.c.id, documents.c.content_hash, documents.c.extractor_version)
    stored = {r.id: r for r in conn.execute(query.where(documents.c.id.in_(list(ids))))}
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
    conn: Connection, item: Extracted, version: str, stamp: str, pending: Pending
) -> tuple[str, int]:
    """Store one extracted document and its events; what happened and how many events."""
    doc, extraction = item.document, item.extraction
    assert extraction is not None
    ident, digest = identity(doc), content_hash(doc.text)
    doc_id = document_id(ident)
    if pending.has_document(doc_id):
        pending.flush(conn)  # the same document twice in one batch
    row = conn.execute(BY_ID, {"id": doc_id}).mappings().first()
    fields = {
        "source_id": doc.id,
        "url": doc.url,
        "outlet": outlet(doc.url),
        "title": doc.title,
        "published": doc.published,
        "language": doc.language,
        "origin": doc.origin,
        "content_hash": digest,
        "text": doc.text,
        "relevant": extraction.relevant,
        "extractor_version": version,
        "updated_at": stamp,
    }
    if row is None:
        pending.document_ids.add(doc_id)
        pending.documents.append(
            {
                "id": doc_id,
                "seq": document_seq(ident),
                "identity": ident,
                "version": 1,
                "first_seen": stamp,
            }
            | fields
        )
        return "new", write_events(
            conn,
            (doc_id, document_seq(ident)),
            1,
            doc.text,
            extraction.events,
            version,
            stamp,
            pending,
            True,
        )
    if row["content_hash"] != digest:
        outcome, number = "new_versions", row["version"] + 1
        conn.execute(document_versions.insert(), [archived(row, stamp)])  # the old text stays
        conn.execute(
            documents.update().where(documents.c.id == doc_id).values(version=number, **fields)
        )
    elif row["extractor_version"] != version:
        outcome, number = "reextracted", row["version"]
        conn.execute(documents.update().where(documents.c.id == doc_id).values(**fields))
    else:
        return "unchanged", 0
    return outcome, write_events(
        conn, (doc_id, row["seq"]), number, doc.text, extraction.events, version, stamp, pending
    )


def store_batch(
    conn: Connection, items: list[Extracted], version: str, summary: IngestSummary
) -> None:
    """Write one batch in the caller's transaction, counting into summary."""
    stamp, pending = now(), Pending()
    for item in items:
        if item.error is not None:
            record_problem(conn, item.document.origin or item.document.id, item.error, stamp)
            summary.problems += 1
            continue
        outcome, written = write_document(conn, item, version, stamp, pending)
        setattr(summary, outcome, getattr(summary, outcome) + 1)
        summary.events += written
    pending.flush(conn)


def batched(
    items: Iterable[Document | Exception], size: int
) -> Iterator[list[Document | Exception]]:
    """Lists of up to size items."""
    stream = iter(items)
    while chunk := list(itertools.islice(stream, size)):
        yield chunk


def run(
    engine: Engine,
    items: Iterable[Document | Exception],
    extract: Extract,
    version: str,
    batch_size: int = 100,
    progress: Callable[[int], None] | None = None,
) -> IngestSummary:
    """Ingest a stream of documents (and reading errors): one transaction per batch.

    A batch's documents, versions, events and evidence are committed together, so a killed run
    leaves whole batches only; running again skips what is stored and unchanged.
    """
    summary = IngestSummary()
    for chunk in batched(items, batch_size):
        docs = [d for d in chunk if isinstance(d, Document)]
        with engine.connect() as conn:
            todo = needs_extraction(conn, docs, version)
        summary.unchanged += len(docs) - len(todo)
        extracted = list(extract_all(todo, extract))
        with engine.begin() as conn:
            for err in (e for e in chunk if isinstance(e, Exception)):
                record_problem(
                    conn, getattr(err, "where", "?"), getattr(err, "reason", str(err)), now()
                )
                summary.problems += 1
            store_batch(conn, extracted, version, summary)
        summary.read += len(docs)
        if progress:
            progress(len(chunk))
    return summary
