"""Review: corrections recorded with who, when, old and new value; undo; users."""

from __future__ import annotations

import pytest
from store_support import doc, event, extractor, store

from nkevents.errors import Conflict, NotFound, QueryError
from nkevents.pipeline import ingest
from nkevents.store import EventFilter, Store

__all__ = ["store"]


@pytest.fixture
def one(store: Store) -> tuple[Store, str]:
    ingest(store, [doc("a")], extractor({"a": [event(people=5)]}), "v1")
    return store, store.search_events(EventFilter()).items[0].id


def test_set_records_old_and_new_and_undo_restores(one: tuple[Store, str]) -> None:
    store, eid = one
    change = store.set_field(eid, "penalty", "forced_labor:60-120", "kim", note="second source")
    assert change.old == {
        "penalty_kind": None,
        "penalty_min_months": None,
        "penalty_max_months": None,
    }
    assert change.new["penalty_min_months"] == 60 and change.user == "kim" and change.at
    assert store.get_event(eid).event.penalty.max_months == 120  # type: ignore[union-attr]
    undo = store.undo_change(change.id, "lee")
    assert store.get_event(eid).event.penalty is None
    assert [c.action for c in store.history(eid)] == ["set", "undo"]
    assert store.history(eid)[0].undone_by == undo.id
    with pytest.raises(Conflict):
        store.undo_change(change.id, "lee")


def test_reject_hides_and_undo_shows_again(one: tuple[Store, str]) -> None:
    store, eid = one
    change = store.reject_event(eid, "kim")
    assert store.search_events(EventFilter()).total == 0
    assert store.search_events(EventFilter(status="rejected")).total == 1
    store.undo_change(change.id, "kim")
    assert store.search_events(EventFilter()).total == 1


def test_confirm_marks_every_field_reviewed(one: tuple[Store, str]) -> None:
    store, eid = one
    store.confirm_event(eid, "kim")
    rec = store.get_event(eid)
    assert rec.status == "confirmed" and "people" in rec.reviewed and "penalty" in rec.reviewed
    assert store.search_events(EventFilter(status="reviewed")).total == 1


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("people", "many"),
        ("type", "picnic"),
        ("date", "2018-02-30"),
        ("charges", "jaywalking"),
        ("penalty", "death:x"),
        ("colour", "red"),
        ("public", "perhaps"),
    ],
)
def test_bad_values_are_refused(one: tuple[Store, str], field: str, value: str) -> None:
    store, eid = one
    with pytest.raises(QueryError):
        store.set_field(eid, field, value, "kim")
    assert store.history(eid) == []


def test_recent_changes_of_all_events_newest_first(store: Store) -> None:
    ingest(
        store,
        [doc("a"), doc("b", url="https://b.example/")],
        extractor({"a": [event()], "b": [event("arrest")]}),
        "v1",
    )
    a, b = (r.id for r in store.search_events(EventFilter(sort="id")).items)
    first = store.set_field(a, "people", "7", "kim")
    store.confirm_event(b, "lee")
    store.undo_change(first.id, "kim")
    log = store.recent_changes()
    assert [(c.event_id, c.action, c.user) for c in log] == [
        (a, "undo", "kim"),
        (b, "confirm", "lee"),
        (a, "set", "kim"),
    ]
    assert log[2].undone_by == log[0].id and store.recent_changes(limit=1) == log[:1]


def test_unknown_event_and_users(store: Store) -> None:
    with pytest.raises(NotFound):
        store.set_field("ev-nope", "people", "1", "kim")
    store.add_user("kim", "s3cret", "admin")
    assert store.verify_password("kim", "s3cret").role == "admin"  # type: ignore[union-attr]
    assert (
        store.verify_password("kim", "wrong") is None
        and store.verify_password("nobody", "x") is None
    )
    assert [u.name for u in store.users()] == ["kim"]
