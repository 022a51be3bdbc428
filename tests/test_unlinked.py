"""What a linking starts from: the events new or changed since they were linked, and the linked
events gone or rejected (incidents._unlinked), found on SQLite over covering indexes rather
than the wide rows of events and signatures (invented reports)."""

from __future__ import annotations

from sqlalchemy import text, update
from store_support import doc, event, extractor
from store_support import store as store  # the fixture

from nkevents.store import Store
from nkevents.store import incidents as incident_store
from nkevents.store.ingest import Extracted
from nkevents.store.schema import events


def _stored(into: Store) -> list[str]:
    table = {
        f"r{i}": [event("arrest", date="2019-03-0" + str(i + 1), place="Hyesan", people=i + 2)]
        for i in range(3)
    }
    docs = [doc(f"r{i}", f"Border guards in Hyesan arrested {i + 2} people.") for i in range(3)]
    into.write([Extracted(d, extractor(table)(d)) for d in docs], "v1")
    into.settle()
    with into.engine.connect() as conn:
        return sorted(conn.execute(text("SELECT id FROM events")).scalars())


def test_changed_and_rejected_events_are_found_and_nothing_else(store: Store) -> None:
    ids = _stored(store)
    with store.engine.begin() as conn:
        assert incident_store._unlinked(conn) == ([], [])  # all linked
        conn.execute(update(events).where(events.c.id == ids[0]).values(updated_at="2030-01-01"))
        conn.execute(update(events).where(events.c.id == ids[1]).values(status="rejected"))
        assert incident_store._unlinked(conn) == ([ids[0]], [ids[1]])


def test_sqlite_reads_the_covering_indexes(store: Store) -> None:
    _stored(store)
    with store.engine.connect() as conn:
        if conn.dialect.name != "sqlite":
            return
        met = incident_store._MET_SQLITE.format(ids="?, ?")
        rows = conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {met}", ("x", "y", "P%"))
        plan = " ".join(str(row[-1]) for row in rows)
        assert "COVERING INDEX ix_events_linked" in plan  # the report of each event met
        assert "TEMP B-TREE" not in plan  # in id order as the signatures' key gives them
        for query in (incident_store._CHANGED_SQLITE, incident_store._GONE_SQLITE):
            plan = " ".join(
                str(row[-1]) for row in conn.execute(text(f"EXPLAIN QUERY PLAN {query}"))
            )
            assert "COVERING INDEX ix_events_linked" in plan
            assert "ix_link_signatures_stamp" in plan
            assert "sqlite_autoindex" not in plan  # never the rows through their primary keys
