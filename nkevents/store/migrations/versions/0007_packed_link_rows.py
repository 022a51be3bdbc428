"""Incident linking: each filed event's packed row (link_signatures.packed), from which the
linker bounds what a pair can score before it reads the stored event in full
(`nkevents.bounds`). Events filed before have none and are read in full, as before.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Apply this revision."""
    with op.batch_alter_table("link_signatures") as batch:
        batch.add_column(sa.Column("packed", sa.LargeBinary()))


def downgrade() -> None:
    """Revert this revision."""
    with op.batch_alter_table("link_signatures") as batch:
        batch.drop_column("packed")
