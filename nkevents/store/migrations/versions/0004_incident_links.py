"""Incremental incident linking: the linker's signature of each event and its blocks; the
count of an incident and the fields its reports disagree on.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Apply this revision (the next resolve links every event once)."""
    op.create_table(
        "link_signatures",
        sa.Column("event_id", sa.String(), primary_key=True),
        sa.Column("stamp", sa.String(), nullable=False),
        sa.Column("features", sa.Text(), nullable=False),
    )
    op.create_table(
        "event_blocks",
        sa.Column("block", sa.String(), primary_key=True),
        sa.Column("region", sa.String(), primary_key=True),
        sa.Column("event_id", sa.String(), primary_key=True),
    )
    op.create_index("ix_event_blocks_event", "event_blocks", ["event_id"])
    with op.batch_alter_table("incidents") as batch:
        batch.add_column(sa.Column("people", sa.Integer()))
        batch.add_column(sa.Column("disagree", sa.Text()))


def downgrade() -> None:
    """Revert this revision."""
    with op.batch_alter_table("incidents") as batch:
        batch.drop_column("disagree")
        batch.drop_column("people")
    op.drop_index("ix_event_blocks_event", table_name="event_blocks")
    op.drop_table("event_blocks")
    op.drop_table("link_signatures")
