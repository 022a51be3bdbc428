"""What a large linking reads of the stored events it meets: where each is filed, and its
report and packed row, in the order the linker files them (by id)."""

from __future__ import annotations

import random

import pytest
from sqlalchemy import select
from store_support import doc, event, extractor, store

from nkevents.store import Store
from nkevents.store import incidents as incident_store
from nkevents.store.ingest import Extracted
from nkevents.store.schema import events, link_signatures

__all__ = ["store"]

PLACES = [("Hyesan", "Ryanggang"), ("Sinuiju", "North Pyongan"), (None, None)]


def _reports(store: Store, first: int, count: int) -> None:
    """Write count invented reports of trials (some unplaced), without linking."""
    docs, table = [], {}
    for i in range(first, first + count):
        place, province = PLACES[i % len(PLACES)]
        text = f"A court tried {i + 2} people for smuggling copper in the winter."
        url = f"https://outlet{i % 4}.example/{i}"
        docs.append(doc(f"r{i}", text, url, published="2019-02-01"))
        day = f"2019-01-{10 + i % 3:02d}"
        table[f"r{i}"] = [event(date=day, place=place, admin1=province, people=i + 2)]
    store.write([Extracted(d, extractor(table)(d)) for d in docs], "v1")


def _event_ids(store: Store) -> list[str]:
    with store.engine.connect() as conn:
        return sorted(conn.execute(select(events.c.id)).scalars())


def test_stored_events_met_come_in_id_order_with_their_reports_and_packed_rows(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    _reports(store, 0, 9)
    store.settle()
    linked = _event_ids(store)
    _reports(store, 9, 3)
    waiting = sorted(set(_event_ids(store)) - set(linked))  # written, not linked yet
    rejected = linked[4]
    store.reject_event(rejected, "kim")
    monkeypatch.setattr(incident_store, "CHUNK", 2)  # chunk after chunk, each in order
    asked = [*linked, *waiting, "ev-0000000000000000"]
    random.Random(1).shuffle(asked)
    with store.engine.connect() as conn:
        query = select(events.c.id, events.c.document_id, link_signatures.c.packed).join(
            link_signatures, link_signatures.c.event_id == events.c.id
        )
        rows = {r[0]: tuple(r) for r in conn.execute(query)}
        met = incident_store._met(conn, asked)
    expected = [i for i in linked if i != rejected]
    assert [row[0] for row in met] == expected  # not the rejected nor those not linked yet
    assert met == [rows[i] for i in expected]
    assert all(isinstance(packed, bytes) and packed for _, _, packed in met)
