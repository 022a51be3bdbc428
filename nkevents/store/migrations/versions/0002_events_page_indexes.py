"""Covering indexes for the events page: facets in one index pass, list facets, people sort.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

YEAR = sa.text("substr(date, 1, 4)")  # spelled as nkevents.store.facets.YEAR
EVENTS: dict[str, list[str | sa.TextClause]] = {
    "ix_events_facets": ["type", "admin1", YEAR, "penalty_kind", "sources", "status", "id"],
    "ix_events_status": ["status", "id"],
    "ix_events_people": ["people", "id", "status"],
}
LISTS = {  # table: (old index on the value alone, new index on value and event)
    "event_charges": ("ix_event_charges_charge", "ix_event_charges_value", "charge"),
    "event_commodities": (
        "ix_event_commodities_commodity",
        "ix_event_commodities_value",
        "commodity",
    ),
}


def upgrade() -> None:
    """Apply this revision."""
    for name, columns in EVENTS.items():
        op.create_index(name, "events", columns)
    for table, (old, new, value) in LISTS.items():
        op.drop_index(old, table_name=table)
        op.create_index(new, table, [value, "event_id"])
    if op.get_bind().dialect.name == "sqlite":
        analyze_searched_tables()


def analyze_searched_tables() -> None:
    """Statistics for choosing among the new indexes; none for the full-text shadow tables
    (an earlier `PRAGMA optimize` may have taken them while they were small, which makes every
    insert into the index scan them)."""
    for table in ("events", "event_charges", "event_commodities"):  # statistics.ANALYZED
        op.execute(f"ANALYZE {table}")
    op.execute("DELETE FROM sqlite_stat1 WHERE tbl LIKE 'documents_fts%'")


def downgrade() -> None:
    """Revert this revision."""
    for table, (old, new, value) in LISTS.items():
        op.drop_index(new, table_name=table)
        op.create_index(old, table, [value])
    for name in EVENTS:
        op.drop_index(name, table_name="events")
