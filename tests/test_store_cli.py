"""Migrations match the schema; the store's commands work end to end."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from click.testing import CliRunner
from store_support import BACKENDS, fresh_url

from nkevents.cli import main
from nkevents.errors import StoreError
from nkevents.store import open_store
from nkevents.store.schema import metadata


@pytest.mark.filterwarnings("ignore:.*expression-based index")  # SQLite cannot reflect them
@pytest.mark.parametrize("backend", BACKENDS)
def test_migrations_build_exactly_the_schema(backend: str) -> None:
    store = open_store(fresh_url(backend))
    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
    store.close()
    full_text = ("documents_fts", "ix_documents_trgm")  # dialect-specific, made by the migration
    assert [d for d in diff if not any(name in str(d) for name in full_text)] == []


def test_old_schema_asks_for_db_upgrade(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    open_store(url).close()
    from sqlalchemy import create_engine, text

    with create_engine(url).begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0000'"))
    with pytest.raises(StoreError, match="db upgrade"):
        open_store(url, upgrade=False)


def test_cli_ingest_query_review_export(tmp_path: Path) -> None:
    corpus = tmp_path / "docs.jsonl"
    corpus.write_text(
        json.dumps({"id": "a", "text": "Nine were shot in Hyesan.", "url": "https://x.example/a"})
        + "\n{not json\n",
        encoding="utf-8",
    )
    db = ["--db", f"sqlite:///{tmp_path / 'n.db'}"]
    runner = CliRunner()
    first = runner.invoke(main, ["ingest", str(corpus), *db])
    assert first.exit_code == 0, first.output
    assert "1 new" in first.output and "1 problems" in first.output
    problems = runner.invoke(main, ["problems", *db])
    assert json.loads(problems.output.splitlines()[0])["origin"].endswith(":2")
    query = runner.invoke(main, ["query", "-q", "hyesan", "--total", *db])
    assert query.exit_code == 0 and query.stdout.strip().isdigit()
    table = runner.invoke(main, ["query", "--format", "table", *db])
    assert "Hyesan" in table.stdout and "Ryanggang" in table.stdout  # place columns filled
    bad = runner.invoke(main, ["query", "--type", "picnic", *db])
    assert bad.exit_code == 1 and "picnic" in bad.output
    export = runner.invoke(main, ["export", "--format", "csv", *db])
    assert export.exit_code == 0 and export.stdout.startswith("event_id_cnty,event_date")
    review = runner.invoke(main, ["review", "ev-none", "--set", "people=2", "--user", "kim", *db])
    assert review.exit_code == 1 and "no event" in review.output
