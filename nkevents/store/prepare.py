"""A document's rows, prepared where it was extracted, so the one writer only inserts them.

`prepare` is a pure function of a document and its extraction (no database): the document's
identity, id and key, the hash of its text, and each event's id, column values, JSON columns,
list values and per-field evidence, and what the incident linker keeps of each event (its
signature: the names, numbers and places of its evidence and its report's lead; the blocks it
is filed in), as plain tuples (cheap to send back from a Dask worker and to insert with one
executemany). The writer adds what only it knows: the extractor version, the time, and, for a
document already stored, the ids its stored events carry. So the linking at the end of a run
only scores pairs: reading the evidence was done where the document was extracted.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Sequence
from typing import Any, NamedTuple
from urllib.parse import urlsplit

from nkevents import bounds, resolve
from nkevents.model import Document, Event, Extraction
from nkevents.store.incidents import lead_of, signature, snapshot
from nkevents.store.rows import FLAT_FIELDS, column_values, flatten

# The event columns an extraction gives, in the order of PreparedEvent.columns.
EVENT_COLUMNS = (*FLAT_FIELDS, "date_start", "date_end", "time_precision")
Quote = tuple[str, int, int, str, str]  # field, span start, span end, rule, the span's characters


class PreparedEvent(NamedTuple):
    """One event's rows, as they go into a new document."""

    id: str  # the id it takes in a new document (a stored document may map it onto an old one)
    type: str
    spans: list[tuple[int, int]]  # evidence
    date: str | None
    place: str | None
    machine: str  # JSON of the extracted values
    evidence: str  # JSON of the spans
    confidence: float | None
    columns: tuple[Any, ...]  # values of EVENT_COLUMNS
    charges: tuple[str, ...]
    commodities: tuple[str, ...]
    quotes: tuple[Quote, ...]  # field_evidence rows without the event id
    signature: str  # what the incident linker keeps of it: its snapshot (link_signatures.features)
    packed: bytes  # the linker's packed row of it (link_signatures.packed)
    blocks: tuple[str, ...]  # the linker's blocks it is filed in (event_blocks.block)
    region: str  # the region it is filed in (event_blocks.region)


class Prepared(NamedTuple):
    """A document's identity and its events' rows (the text stays with the document)."""

    id: str
    seq: int
    identity: str
    content_hash: str
    outlet: str | None
    relevant: bool
    events: list[PreparedEvent]


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


def prepare_event(
    event_id: str,
    ev: Event,
    doc: Document,
    lead: dict[str, frozenset[str]],
    document: tuple[str, str | None] = ("", None),
) -> PreparedEvent:
    """One event's rows (lead: the linker's features of its report's title and lead;
    document: the report's id and outlet, which the linker counts as its source)."""
    text = doc.text
    flat = flatten(ev)
    values = column_values(flat)
    quotes = tuple(
        (name, p.span[0], p.span[1], p.rule, text[p.span[0] : p.span[1]])
        for name, p in sorted(ev.provenance.items())
    )
    spans = [(int(s), int(e)) for s, e in ev.evidence]
    features = signature(text, [list(s) for s in spans], doc.title, lead)
    doc_id, source = document
    filed = resolve.Candidate(  # as the linker reads it from the store (incidents._candidate)
        event_id,
        doc_id,
        source or doc_id,
        ev.type,
        values["date_start"],
        values["date_end"],
        values["time_precision"],
        flat["place"],
        flat["admin1"],
        flat["gazetteer_id"],
        flat["people"],
        frozenset(flat["commodities"]),
        flat["instrument"],
        doc.published,
        doc.language,
        flat["lat"],
        flat["lon"],
        flat["facility"],
        flat["penalty_kind"],
        frozenset(flat["actors"] or ()),
        **{k: frozenset(features.get(k, ())) for k in resolve.FEATURES + resolve.LEAD_FEATURES},
    )
    return PreparedEvent(
        event_id,
        ev.type,
        spans,
        flat["date"],
        flat["place"],
        json.dumps(flat),
        json.dumps([list(s) for s in ev.evidence]),
        ev.confidence,
        tuple(values[c] for c in EVENT_COLUMNS),
        tuple(flat["charges"]),
        tuple(flat["commodities"]),
        quotes,
        snapshot(filed),
        bounds.pack(filed),
        tuple(resolve.blocks(filed)),
        resolve.region(filed),
    )


def prepare(doc: Document, extraction: Extraction) -> Prepared:
    """The rows of a document and its extraction (a pure function: runs on any worker)."""
    ident = identity(doc)
    doc_id = document_id(ident)
    evs = extraction.events
    lead = lead_of(doc.text, doc.title) if evs else {}
    source = outlet(doc.url)
    ids = event_ids(doc_id, evs)
    return Prepared(
        doc_id,
        document_seq(ident),
        ident,
        content_hash(doc.text),
        source,
        extraction.relevant,
        [prepare_event(i, e, doc, lead, (doc_id, source)) for i, e in zip(ids, evs, strict=True)],
    )
