"""SQLite full text: only documents with events are indexed, by the writer in bulk (no triggers).

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

TRIGGERS = ("documents_ai", "documents_ad", "documents_au")
WITHOUT_EVENTS = (
    "SELECT 'delete', seq, title, text FROM documents d "
    "WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.document_id = d.id)"
)


def upgrade() -> None:
    """Apply this revision."""
    if op.get_bind().dialect.name != "sqlite":
        return  # PostgreSQL's pg_trgm index covers every document by itself
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute(f"INSERT INTO documents_fts(documents_fts, rowid, title, text) {WITHOUT_EVENTS}")


def downgrade() -> None:
    """Revert this revision: every document indexed again, by triggers."""
    if op.get_bind().dialect.name != "sqlite":
        return

    op.execute("INSERT INTO documents_fts(documents_fts) VALUES ('rebuild')")
    op.execute(
        "CREATE TRIGGER documents_ai AFTER INSERT ON documents BEGIN "
        "INSERT INTO documents_fts(rowid, title, text) VALUES (new.seq, new.title, new.text); END"
    )
    op.execute(
        "CREATE TRIGGER documents_ad AFTER DELETE ON documents BEGIN "
        "INSERT INTO documents_fts(documents_fts, rowid, title, text) "
        "VALUES ('delete', old.seq, old.title, old.text); END"
    )
    op.execute(
        "CREATE TRIGGER documents_au AFTER UPDATE OF title, text ON documents BEGIN "
        "INSERT INTO documents_fts(documents_fts, rowid, title, text) "
        "VALUES ('delete', old.seq, old.title, old.text); "
        "INSERT INTO documents_fts(rowid, title, text) VALUES (new.seq, new.title, new.text); END"
    )
