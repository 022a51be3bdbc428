"""Saved searches and their alerts: named filters, and the new incidents each one matched.

A saved search remembers every matching event it has seen. When it is saved, the events that
match already are seen without alerting; afterwards each check alerts once per new incident:
an event that joins an incident the search has seen (or a lone event seen before) is recorded
as seen, never alerted again.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, urlencode

from sqlalchemy import Connection, func, select

from nkevents.errors import NotFound, QueryError
from nkevents.store import search
from nkevents.store.filters import EventFilter, from_query
from nkevents.store.records import EventRecord
from nkevents.store.records_json import record_json
from nkevents.store.schema import alerts, events, saved_searches

NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")
NOT_SAVED = ("sort", "limit", "offset")  # the view's order and page are no part of a search


@dataclass(slots=True)
class SavedSearch:
    """A named filter of the events, with an optional webhook."""

    name: str
    query: str  # a query string, as the web app's URLs and `nkevents query` options read
    webhook: str | None
    created_by: str | None
    created_at: str

    def filter(self) -> EventFilter:
        """The search's EventFilter."""
        return from_query(dict(parse_qsl(self.query)))


@dataclass(slots=True)
class Alert:
    """One new incident a saved search matched."""

    id: int
    search: str
    event_id: str
    incident_id: str | None
    seen_at: str
    summary: dict[str, Any]
    delivered_at: str | None
    attempts: int
    last_error: str | None


def normal_query(params: dict[str, str]) -> str:
    """A filter's query string, checked, without order or paging, in a stable order."""
    kept = {k: v for k, v in sorted(params.items()) if v and k not in NOT_SAVED}
    from_query(kept)  # QueryError when a value is bad
    return urlencode(kept)


def save(
    conn: Connection,
    name: str,
    query: str,
    webhook: str | None,
    user: str | None,
    stamp: str,
    alert_existing: bool = False,
) -> SavedSearch:
    """Save (or replace) a search; the events matching now are seen unless alert_existing."""
    if not NAME.match(name):
        raise QueryError(f"a saved search's name is letters, digits, '.', '_' or '-': {name!r}")
    if webhook and not re.match(r"^https?://", webhook):
        raise QueryError(f"the webhook must be an http(s) URL: {webhook!r}")
    query = normal_query(dict(parse_qsl(query)))
    row = {"query": query, "webhook": webhook or None, "created_by": user, "created_at": stamp}
    found = conn.execute(select(saved_searches.c.name).where(saved_searches.c.name == name))
    if found.first() is None:
        conn.execute(saved_searches.insert().values(name=name, **row))
    else:
        conn.execute(saved_searches.update().where(saved_searches.c.name == name).values(**row))
    saved = get(conn, name)
    if not alert_existing:
        check(conn, saved, stamp, fire=False)
    return saved


def get(conn: Connection, name: str) -> SavedSearch:
    """One saved search; NotFound if there is none of that name."""
    row = conn.execute(select(saved_searches).where(saved_searches.c.name == name)).mappings()
    found = row.first()
    if found is None:
        raise NotFound(f"no saved search {name!r}")
    return SavedSearch(**found)


def list_searches(conn: Connection) -> list[SavedSearch]:
    """Every saved search, by name."""
    rows = conn.execute(select(saved_searches).order_by(saved_searches.c.name)).mappings()
    return [SavedSearch(**r) for r in rows]


def delete(conn: Connection, name: str) -> None:
    """Forget a saved search and its alerts."""
    get(conn, name)
    conn.execute(alerts.delete().where(alerts.c.search == name))
    conn.execute(saved_searches.delete().where(saved_searches.c.name == name))


def check(conn: Connection, saved: SavedSearch, stamp: str, fire: bool = True) -> list[Alert]:
    """Record the events newly matching a search; the alerts fired (one per new incident)."""
    mine = select(alerts.c.event_id).where(alerts.c.search == saved.name)
    seen = set(conn.execute(mine).scalars())
    known_incidents = set(
        conn.execute(
            select(events.c.incident_id).where(
                events.c.id.in_(mine),
                events.c.incident_id.is_not(None),
            )
        ).scalars()
    )
    rows: list[dict[str, Any]] = []
    flt = saved.filter()
    query = search.event_query(flt, conn.dialect.name).where(events.c.id.not_in(mine))
    for row in conn.execute(query).mappings():  # not streamed: this transaction writes next
        found = search.record(row)
        if found.id in seen:
            continue
        seen.add(found.id)
        new = found.incident_id is None or found.incident_id not in known_incidents
        if found.incident_id is not None:
            known_incidents.add(found.incident_id)
        rows.append(
            {
                "search": saved.name,
                "event_id": found.id,
                "incident_id": found.incident_id,
                "fired": fire and new,
                "summary": json.dumps(summary(found), ensure_ascii=False) if fire and new else None,
                "seen_at": stamp,
                "attempts": 0,
            }
        )
    if rows:
        conn.execute(alerts.insert(), rows)
    fired = [r["event_id"] for r in rows if r["fired"]]
    return [a for a in list_alerts(conn, saved.name, limit=len(fired) or 1) if a.event_id in fired]


def summary(found: EventRecord) -> dict[str, Any]:
    """What an alert says of its event: the record as the API gives it, and where it was read."""
    data = record_json(found)
    keep = ("id", "type", "date", "location", "people", "charges", "commodities", "penalty",
            "incident_id", "sources", "document_id", "document_url", "document_title",
            "published", "language")  # fmt: skip
    return {k: data.get(k) for k in keep if k in data}


def list_alerts(conn: Connection, name: str | None = None, limit: int = 100) -> list[Alert]:
    """Fired alerts, newest first (of one search, or all)."""
    query = select(alerts).where(alerts.c.fired.is_(True)).order_by(alerts.c.id.desc())
    if name is not None:
        query = query.where(alerts.c.search == name)
    return [_alert(r) for r in conn.execute(query.limit(limit)).mappings()]


def undelivered(conn: Connection, name: str) -> list[Alert]:
    """A search's fired alerts its webhook has not taken yet, oldest first."""
    query = (
        select(alerts)
        .where(alerts.c.search == name, alerts.c.fired.is_(True), alerts.c.delivered_at.is_(None))
        .order_by(alerts.c.id)
    )
    return [_alert(r) for r in conn.execute(query).mappings()]


def mark(conn: Connection, ids: list[int], stamp: str | None, error: str | None) -> None:
    """Record one delivery attempt of these alerts: delivered at stamp, or failed with error."""
    if not ids:
        return
    values: dict[str, Any] = {"attempts": alerts.c.attempts + 1, "last_error": error}
    if stamp is not None:
        values["delivered_at"] = stamp
    conn.execute(alerts.update().where(alerts.c.id.in_(ids)).values(**values))


def count_fired(conn: Connection, name: str) -> int:
    """How many alerts a search has fired."""
    query = select(func.count()).where(alerts.c.search == name, alerts.c.fired.is_(True))
    return int(conn.execute(query).scalar() or 0)


def _alert(row: Any) -> Alert:
    data = {k: row[k] for k in ("id", "search", "event_id", "incident_id", "seen_at")}
    return Alert(
        **data,
        summary=json.loads(row["summary"] or "{}"),
        delivered_at=row["delivered_at"],
        attempts=row["attempts"],
        last_error=row["last_error"],
    )
