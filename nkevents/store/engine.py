"""Database engines: SQLite (WAL, foreign keys, real transactions) or PostgreSQL (psycopg 3)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import StaticPool

from nkevents.errors import StoreError


def engine_url(url: str) -> str:
    """The SQLAlchemy URL: postgresql:// and postgres:// use the psycopg 3 driver."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def make_engine(url: str) -> Engine:
    """An engine for a sqlite:// or postgresql:// URL; StoreError for anything else."""
    url = engine_url(url)
    if url in ("sqlite://", "sqlite:///:memory:"):
        engine = create_engine(url, poolclass=StaticPool, connect_args={"check_same_thread": False})
    elif url.startswith("sqlite:///"):
        engine = create_engine(url, connect_args={"timeout": 30, "check_same_thread": False})
    elif url.startswith("postgresql+psycopg://"):
        return create_engine(url, pool_pre_ping=True)
    else:
        raise StoreError(
            f"unsupported database URL {url!r}: use sqlite:///PATH or postgresql://..."
        )
    event.listen(engine, "connect", _sqlite_connect)
    event.listen(engine, "begin", lambda conn: conn.exec_driver_sql("BEGIN"))
    return engine


def _sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    """Let SQLAlchemy own transactions (pysqlite's own BEGIN handling is off) and set pragmas."""
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")  # readers (the web app) never block the writer
    cursor.execute("PRAGMA synchronous = NORMAL")  # durable across process kills; fast
    # 64 MB of page cache (the default is 2 MB): the writer's index and full-text inserts
    # touch pages all over growing B-trees; with the small cache each batch rereads them.
    cursor.execute("PRAGMA cache_size = -65536")
    cursor.close()
