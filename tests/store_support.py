"""Fixtures and builders shared by the store's tests: a store on SQLite and on PostgreSQL."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text

from nkevents.model import Document, Event, Extraction, Location, Penalty, event_from_json
from nkevents.store import Store, open_store
from nkevents.store.engine import engine_url

PG_URL = os.environ.get("NKEVENTS_TEST_PG_URL")
BACKENDS = [
    "sqlite",
    pytest.param(
        "postgresql",
        marks=pytest.mark.skipif(
            not PG_URL, reason="NKEVENTS_TEST_PG_URL is unset: run scripts/services.sh"
        ),
    ),
]


def fresh_url(backend: str) -> str:
    """An empty database of that kind (PostgreSQL: the test database with its schema dropped)."""
    if backend == "sqlite":
        return "sqlite://"
    assert PG_URL
    engine = create_engine(engine_url(PG_URL))
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    return PG_URL


@pytest.fixture(params=BACKENDS)
def store(request: pytest.FixtureRequest) -> Iterator[Store]:
    """An empty store on each backend."""
    opened = open_store(fresh_url(request.param))
    yield opened
    opened.close()


def doc(i: str, text: str = "", url: str | None = None, **kw: str) -> Document:
    """A document with a default text."""
    return Document(id=i, text=text or f"Report {i}. Something happened.", url=url, **kw)


def event(
    type_: str = "trial",
    date: str | None = "2018-11-20",
    place: str | None = "Hyesan",
    admin1: str | None = "Ryanggang",
    people: int | None = 5,
    **kw: object,
) -> Event:
    """An event with defaults; evidence anchored at 0 unless given."""
    loc = Location(place, admin1, "city", 41.4, 128.18) if place else None
    kw.setdefault("evidence", [(0, 10)])
    return Event(type=type_, date=date, location=loc, people=people, **kw)  # type: ignore[arg-type]


def extractor(table: dict[str, list[Event]]):  # type: ignore[no-untyped-def]
    """A stand-in extractor returning the events listed per document id."""
    return lambda d: Extraction(d.id, bool(table.get(d.id)), list(table.get(d.id, [])))


def dev_corpus(shared: Path) -> tuple[list[Document], dict[str, Extraction]]:
    """The dev documents and their answer keys as extractions."""
    docs = []
    for line in (shared / "corpus/dev/documents.jsonl").read_text(encoding="utf-8").splitlines():
        o = json.loads(line)
        docs.append(
            Document(
                o["id"],
                o["text"],
                o.get("url"),
                o.get("title"),
                o.get("published"),
                o.get("language"),
            )
        )
    gold = {}
    for line in (shared / "corpus/dev/gold.jsonl").read_text(encoding="utf-8").splitlines():
        o = json.loads(line)
        gold[o["id"]] = Extraction(
            o["id"], o["relevant"], [event_from_json(e) for e in o["events"]]
        )
    return docs, gold


__all__ = ["Penalty", "dev_corpus", "doc", "event", "extractor", "fresh_url", "store"]


def stored_counts(engine: Engine) -> tuple[int, int]:
    """Documents and events in a store, read straight from its tables."""
    with engine.connect() as conn:
        docs, events = conn.execute(
            text("SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM events)")
        ).one()
    return int(docs), int(events)


def completeness(engine: Engine) -> tuple[int, ...]:
    """Documents, distinct sources, events, documents with events and full-text rows: all
    equal to the input's count in a store where each document has one event and none is
    doubled."""
    with engine.connect() as conn:
        counts = conn.execute(
            text(
                "SELECT count(*), count(DISTINCT source_id), (SELECT count(*) FROM events), "
                "(SELECT count(DISTINCT document_id) FROM events), "
                "(SELECT count(*) FROM documents_fts) FROM documents"
            )
        ).one()
    return tuple(int(c) for c in counts)
