"""SQLite full text: the trigram index keeps which documents hold each trigram, not where.

Without positions (FTS5 detail=none) the index is a third of the size and documents enter it
at twice the speed; a search term matches the documents that hold all its trigrams, and LIKE
then keeps those that hold the term itself (`store.search.text_clause`).

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

WITH_EVENTS = (
    "SELECT seq, title, text FROM documents d "
    "WHERE EXISTS (SELECT 1 FROM events e WHERE e.document_id = d.id)"
)


def create(detail: str) -> None:
    """The index over documents with events, with this detail, filled."""
    op.execute("DROP TABLE IF EXISTS documents_fts")
    op.execute(
        'CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content="documents", '
        f"content_rowid='seq', tokenize='trigram', detail={detail})"
    )
    op.execute(f"INSERT INTO documents_fts(rowid, title, text) {WITH_EVENTS}")


def upgrade() -> None:
    """Apply this revision."""
    if op.get_bind().dialect.name == "sqlite":
        create("none")


def downgrade() -> None:
    """Revert this revision: positions kept again."""
    if op.get_bind().dialect.name == "sqlite":
        create("full")
