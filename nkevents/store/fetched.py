"""Fetched URLs: the validators for conditional requests and the WARC record of each response."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select

from nkevents.store.schema import fetched_urls


@dataclass(slots=True)
class FetchedUrl:
    """What is known of one URL since its last request."""

    url: str
    kind: str
    checked_at: str
    source: str | None = None
    status: int | None = None
    etag: str | None = None
    last_modified: str | None = None
    document_id: str | None = None
    warc_file: str | None = None
    warc_offset: int | None = None
    warc_record_id: str | None = None
    fetched_at: str | None = None
    note: str | None = None

    def validators(self) -> dict[str, str]:
        """The headers of a conditional request for this URL (none if it gave no body yet)."""
        headers = {}
        if self.etag:
            headers["if-none-match"] = self.etag
        if self.last_modified:
            headers["if-modified-since"] = self.last_modified
        return headers


def get(conn: Connection, url: str) -> FetchedUrl | None:
    """The state of one URL, or None if it was never asked for."""
    row = conn.execute(select(fetched_urls).where(fetched_urls.c.url == url)).mappings().first()
    return FetchedUrl(**row) if row else None


def put(conn: Connection, state: FetchedUrl) -> None:
    """Write the state of one URL (insert or replace)."""
    values: dict[str, Any] = {k: getattr(state, k) for k in FetchedUrl.__slots__}
    done = conn.execute(
        fetched_urls.update().where(fetched_urls.c.url == state.url).values(**values)
    )
    if not done.rowcount:
        conn.execute(fetched_urls.insert().values(**values))


def list_urls(conn: Connection, source: str | None = None) -> list[FetchedUrl]:
    """Every known URL (of one source), last checked first."""
    query = select(fetched_urls).order_by(fetched_urls.c.checked_at.desc(), fetched_urls.c.url)
    if source is not None:
        query = query.where(fetched_urls.c.source == source)
    return [FetchedUrl(**row) for row in conn.execute(query).mappings()]
