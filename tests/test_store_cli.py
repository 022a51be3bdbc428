"""Migrations match the schema; the store's commands work end to end."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from click.testing import CliRunner
from sqlalchemy import Connection, text
from store_support import BACKENDS, doc, event, extractor, fresh_url

from nkevents.cli import main
from nkevents.errors import StoreError
from nkevents.pipeline import ingest
from nkevents.store import EventFilter, Store, migrate, open_store
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


PAGE_INDEXES = {"ix_events_facets", "ix_events_status", "ix_events_people",
                "ix_event_charges_value", "ix_event_commodities_value"}  # fmt: skip


def index_names(conn: Connection) -> set[str]:
    """Every index of the database, expression-based ones included (SQLite cannot reflect them)."""
    if conn.dialect.name == "sqlite":
        query = "SELECT name FROM sqlite_master WHERE type = 'index'"
    else:
        query = "SELECT indexname FROM pg_indexes WHERE schemaname = 'public'"
    return set(conn.execute(text(query)).scalars())


@pytest.mark.parametrize("backend", BACKENDS)
def test_upgrade_from_0001_keeps_the_events_and_adds_the_page_indexes(
    backend: str, tmp_path: Path
) -> None:
    from alembic import command

    url = f"sqlite:///{tmp_path / 'old.db'}" if backend == "sqlite" else fresh_url(backend)
    old = Store(url)  # a database made by the first release, with events in it
    assert migrate.upgrade(old.engine, "0001") == "0001"
    kinds = {"a": ["gold"], "b": ["gold", "copper"], "c": []}
    table = {k: [event(people=i + 1, commodities=v)] for i, (k, v) in enumerate(kinds.items())}
    ingest(old, [doc(k, url=f"https://o{k}.example/") for k in kinds], extractor(table), "v1")
    flt = EventFilter(sort="-people", limit=2, offset=1)
    before = ([r.id for r in old.search_events(flt).items], old.facets(EventFilter()))
    sqlite = backend == "sqlite"
    if sqlite:  # as the first release's `PRAGMA optimize` could leave them
        with old.engine.begin() as conn:
            conn.execute(text("ANALYZE documents_fts_data"))
    old.close()
    with pytest.raises(StoreError, match="db upgrade"):
        open_store(url, upgrade=False)
    new = open_store(url)  # upgrades
    with new.engine.connect() as conn:
        assert migrate.current(conn) == migrate.head() and index_names(conn) >= PAGE_INDEXES
        if sqlite:  # the searched tables analyzed, the full-text shadow tables not
            stats = set(conn.execute(text("SELECT tbl FROM sqlite_stat1")).scalars())
            assert {"events", "event_commodities"} <= stats and "documents_fts_data" not in stats
    assert ([r.id for r in new.search_events(flt).items], new.facets(EventFilter())) == before
    assert before[1]["commodity"] == {"gold": 2, "copper": 1}
    with new.engine.begin() as conn:
        command.downgrade(migrate.alembic_config(conn), "0001")
        assert not PAGE_INDEXES & index_names(conn)
        assert "ix_event_commodities_commodity" in index_names(conn)
    new.close()


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
