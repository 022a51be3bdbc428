"""Planner statistics: SQLite's ANALYZE of the tables searches read, when they have grown."""

from __future__ import annotations

from sqlalchemy import Connection, func, select, text

from nkevents.store.schema import events

GROWTH = 1.1  # re-analyze once the events table holds a tenth more rows than when analyzed
# Only the tables whose indexes searches choose among. Never the full-text index's shadow
# tables: statistics taken while they are small make every later insert scan them (an ingest
# of 100,000 events took 18 minutes instead of 1).
ANALYZED = ("events", "event_charges", "event_commodities")


def refresh(conn: Connection) -> bool:
    """ANALYZE a SQLite database whose statistics are missing or stale; whether it ran.

    Without statistics SQLite guesses, and picks the wide facet index over the narrow
    (type, date) one for a page of one type. PostgreSQL's autovacuum analyzes on its own.
    """
    if conn.dialect.name != "sqlite":
        return False
    have = conn.execute(select(func.count()).select_from(events)).scalar() or 0
    known = analyzed_rows(conn)
    if have == 0 or (known is not None and have <= known * GROWTH):
        return False
    analyze(conn)
    return True


def analyze(conn: Connection) -> None:
    """Take the statistics of the searched tables (SQLite)."""
    for table in ANALYZED:
        conn.execute(text(f"ANALYZE {table}"))


def analyzed_rows(conn: Connection) -> int | None:
    """The number of events when SQLite last analyzed them (None: never, or not SQLite)."""
    if conn.dialect.name != "sqlite":
        return None
    table = "SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'"
    if conn.execute(text(table)).first() is None:
        return None
    stat = conn.execute(text("SELECT stat FROM sqlite_stat1 WHERE tbl = 'events'")).scalar()
    return int(stat.split()[0]) if stat else None
