"""What a large linking reads of the stored events it meets: where each is filed, and its
report and packed row, in the order the linker files them (by id)."""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest
from sqlalchemy import or_, select
from store_support import doc, event, extractor, store

from nkevents.resolve import ANY_REGION, lookups, region
from nkevents.store import EventFilter, Store
from nkevents.store import incidents as incident_store
from nkevents.store.ingest import Extracted
from nkevents.store.schema import event_blocks, events, link_signatures

__all__ = ["store"]

PLACES = [("Hyesan", "Ryanggang"), ("Sinuiju", "North Pyongan"), (None, None)]


def _reports(store: Store, first: int, count: int, places: int = len(PLACES)) -> None:
    """Write count invented reports of trials (in the first places of PLACES, some unplaced),
    in January or May, without linking."""
    docs, table = [], {}
    for i in range(first, first + count):
        place, province = PLACES[i % places]
        text = f"A court tried {i + 2} people for smuggling copper in the winter."
        url = f"https://outlet{i % 4}.example/{i}"
        docs.append(doc(f"r{i}", text, url, published="2019-02-01"))
        day = f"2019-{1 + 4 * (i % 2):02d}-{10 + i % 3:02d}"
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


def test_stored_events_met_are_filed_where_new_events_look_in_regions_they_meet(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    _reports(store, 0, 12)
    store.settle()
    linked = set(_event_ids(store))
    _reports(store, 12, 4, places=1)  # written, filed, not linked yet: they look
    with store.engine.connect() as conn:
        fresh = sorted(set(_event_ids(store)) - linked)
        ready = incident_store.prepared(conn, fresh)
        new = [c for c, _ in incident_store.fresh_candidates(conn, fresh, None, ready)]
        rows = conn.execute(select(event_blocks)).all()
        monkeypatch.setattr(incident_store, "CHUNK", 2)
        filed = incident_store._block_mates(conn, new)
    looks = {(key, region(c)) for c in new for key in lookups(c)}
    expected: dict[str, list[tuple[str, str]]] = {}
    for block, where, event_id in sorted(rows):
        meets = any(
            key == block and ANY_REGION in (place, where) or (key, where) == (block, place)
            for key, place in looks
        )
        if meets and event_id in linked:
            expected.setdefault(event_id, []).append((block, where))
    assert any(where == ANY_REGION for filings in expected.values() for _, where in filings)
    assert len(expected) < len(linked)  # some stored events are met nowhere
    assert {i: sorted(f) for i, f in filed.items()} == expected


def _gone_joined(store: Store) -> list[str]:
    """The signatures whose event is gone or rejected, found by joining them with the events."""
    sig = link_signatures.c
    query = select(sig.event_id).outerjoin(events, events.c.id == sig.event_id)
    query = query.where(or_(events.c.id.is_(None), events.c.status == "rejected"))
    with store.engine.connect() as conn:
        return sorted(conn.execute(query).scalars())


def test_linked_events_gone_or_rejected_are_counted_out_or_joined_when_some_are_gone(
    store: Store,
) -> None:
    _reports(store, 0, 6)
    store.settle()
    first = _event_ids(store)
    store.reject_event(first[1], "kim")
    store.reject_event(first[4], "kim")
    _reports(store, 6, 2)  # new, not linked yet
    with store.engine.connect() as conn:
        changed, gone = incident_store._unlinked(conn)
        assert incident_store._signed_rejected(conn, changed) == sorted([first[1], first[4]])
    assert sorted(gone) == _gone_joined(store) == sorted([first[1], first[4]])
    assert sorted(changed) == sorted(set(_event_ids(store)) - set(first))
    # a report read again finds no event: the event it had is gone, its signature left
    again = doc("r2", "A court sat in the winter.", "https://outlet2.example/2")
    store.write([Extracted(again, extractor({})(again))], "v2")
    with store.engine.connect() as conn:
        changed, gone = incident_store._unlinked(conn)
        assert incident_store._signed_rejected(conn, changed) is None  # counts cannot tell
    assert first[2] not in _event_ids(store)
    assert sorted(gone) == _gone_joined(store) == sorted([first[1], first[2], first[4]])


def test_new_events_prepared_with_snapshots_are_read_from_them_as_from_their_reports(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    _reports(store, 0, 7)  # written with their signatures, snapshots and packed rows
    ids = _event_ids(store)
    with store.engine.begin() as conn:
        incident_store.unprepare(conn, ids[2:4])  # these two are read from their reports
        ready = incident_store.prepared(conn, ids)
        assert len(ready) == 5
        monkeypatch.setattr(incident_store, "CHUNK", 3)
        kept: dict[str, tuple[str, bytes]] = {}
        from_signatures = incident_store.fresh_candidates(conn, ids, None, ready, kept)
        from_reports = incident_store.fresh_candidates(conn, ids)
    assert set(kept) == ready
    assert from_signatures == from_reports  # the same candidates and stamps, in report order
    documents_of = [c.document_id for c, _ in from_reports[:3]]
    assert documents_of == sorted(documents_of)


def _in_incidents(store: Store) -> set[str]:
    with store.engine.connect() as conn:
        query = select(events.c.id).where(events.c.incident_id.is_not(None))
        return set(conn.execute(query).scalars())


def test_reclustering_reads_only_the_events_in_an_incident_before_or_after(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Reports of one trial arriving in two batches, each with an arrest of another year that
    # joins no incident: the second batch's linking reads the rows of the trials (in an
    # incident before or after it), not those of the arrests, and gives what linking
    # everything again gives.
    docs, table = [], {}
    for i in range(8):
        day = f"2018-11-{10 + i % 2:02d}"
        text = f"A court in Hyesan sentenced Pak Chol-{i % 2} and {3 + i % 2} others."
        docs.append(doc(f"r{i}", text, f"https://outlet{i % 3}.example/{i}", published=day))
        alone = event("arrest", date=f"{2001 + i}-05-01", people=100 + 9 * i)  # years apart
        table[f"r{i}"] = [event(date=day, people=3 + i % 2), alone]
    store.write([Extracted(d, extractor(table)(d)) for d in docs[:4]], "v1", link=True)
    before = _in_incidents(store)
    assert before
    read: list[str] = []
    rows = incident_store.view_rows

    def spy(*args: object) -> Iterator[object]:
        for row in rows(*args):  # type: ignore[arg-type]
            read.append(row["id"])
            yield row

    monkeypatch.setattr(incident_store, "view_rows", spy)
    store.write([Extracted(d, extractor(table)(d)) for d in docs[4:]], "v1", link=True)
    after = _in_incidents(store)
    assert set(read) == before | after and len(read) == len(set(read))
    every = set(_event_ids(store))
    assert len(every - after) >= 8  # the arrests, linked but not read
    incidents_now = {frozenset(i.event_ids) for i in store.incidents(EventFilter()).items}
    with store.engine.begin() as conn:
        incident_store.suggest(conn, rebuild=True)
        incident_store.recluster(conn)
    assert {frozenset(i.event_ids) for i in store.incidents(EventFilter()).items} == incidents_now
