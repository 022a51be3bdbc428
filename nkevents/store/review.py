"""Corrections by people: set a field, confirm or reject an event, undo; every change recorded."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, select, update

from nkevents.errors import Conflict, NotFound, QueryError
from nkevents.store.filters import date_bounds
from nkevents.store.records import Change
from nkevents.store.rows import FLAT_FIELDS, column_values, flat_from_row
from nkevents.store.schema import changes, event_charges, event_commodities, events
from nkevents.vocabulary import vocabulary

Parser = Callable[[str], dict[str, Any]]
LINK_TABLES = (
    (event_charges, "charge", "charges"),
    (event_commodities, "commodity", "commodities"),
)


def now() -> str:
    """The current UTC time as ISO 8601 text."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def _text(column: str) -> Parser:
    return lambda v: {column: v or None}


def _number(column: str, kind: type) -> Parser:
    def parse(value: str) -> dict[str, Any]:
        try:
            return {column: kind(value) if value else None}
        except ValueError:
            raise QueryError(f"{column} must be a number, not {value!r}") from None

    return parse


def _choice(column: str, allowed: Callable[[], tuple[str, ...]]) -> Parser:
    def parse(value: str) -> dict[str, Any]:
        if value and value not in allowed():
            raise QueryError(f"{column} {value!r} is not one of: {', '.join(allowed())}")
        return {column: value or None}

    return parse


def _list(column: str, allowed: Callable[[], tuple[str, ...]] | None) -> Parser:
    def parse(value: str) -> dict[str, Any]:
        items = sorted({v.strip() for v in value.split(",") if v.strip()})
        bad = [v for v in items if allowed and v not in allowed()]
        if bad:
            raise QueryError(f"{column}: {', '.join(bad)} not in: {', '.join(allowed())}")  # type: ignore[misc]
        return {column: items}

    return parse


def _date(value: str) -> dict[str, Any]:
    if value:
        date_bounds(value)
    return {"date": value or None}


def _public(value: str) -> dict[str, Any]:
    table = {
        "": None,
        "true": True,
        "yes": True,
        "1": True,
        "false": False,
        "no": False,
        "0": False,
    }
    if value.lower() not in table:
        raise QueryError(f"public must be true, false or empty, not {value!r}")
    return {"public": table[value.lower()]}


def _penalty(value: str) -> dict[str, Any]:
    """`forced_labor:60-120`, `forced_labor:72`, `death` or empty."""
    kind, _, months = value.partition(":")
    _choice("penalty", lambda: vocabulary().penalties)(kind)
    lo, _, hi = months.partition("-")
    try:
        low = int(lo) if lo else None
        high = int(hi) if hi else low
    except ValueError:
        raise QueryError(f"penalty months must be N or N-M, not {months!r}") from None
    return {"penalty_kind": kind or None, "penalty_min_months": low, "penalty_max_months": high}


# Field name -> parser of its text value into event-table columns.
FIELDS: dict[str, Parser] = {
    "type": _choice("type", lambda: vocabulary().types),
    "date": _date,
    "place": _text("place"),
    "admin1": _text("admin1"),
    "lat": _number("lat", float),
    "lon": _number("lon", float),
    "geo_precision": _choice("geo_precision", lambda: vocabulary().precisions),
    "people": _number("people", int),
    "public": _public,
    "charges": _list("charges", lambda: vocabulary().charges),
    "commodities": _list("commodities", lambda: vocabulary().commodities),
    "actors": _list("actors", None),
    "penalty": _penalty,
    "facility": _text("facility"),
    "instrument": _text("instrument"),
}


def parse_field(field: str, value: str) -> dict[str, Any]:
    """The column values a review sets; QueryError for an unknown field or bad value."""
    if field not in FIELDS:
        raise QueryError(f"cannot set {field!r}; fields: {', '.join(FIELDS)}")
    return FIELDS[field](value.strip())


def load_event(conn: Connection, event_id: str) -> Any:
    """The event row; NotFound when there is none."""
    row = conn.execute(select(events).where(events.c.id == event_id)).mappings().first()
    if row is None:
        raise NotFound(f"no event {event_id!r}")
    return row


def record(conn: Connection, event_id: str, action: str, user: str, **values: Any) -> Change:
    """Write one change row and bring the event's values up to date."""
    if not user.strip():
        raise QueryError("a change needs a user name")
    row = {"event_id": event_id, "action": action, "user_name": user, "at": now()} | values
    change_id = conn.execute(changes.insert().values(**row)).inserted_primary_key[0]  # type: ignore[index]
    refresh(conn, event_id)
    return get_change(conn, int(change_id))


def set_field(
    conn: Connection, event_id: str, field: str, value: str, user: str, note: str | None
) -> Change:
    """Correct one field of an event."""
    new = parse_field(field, value)
    current = flat_from_row(load_event(conn, event_id))
    old = {k: current[k] for k in new}
    return record(
        conn,
        event_id,
        "set",
        user,
        field=field,
        old_value=json.dumps(old),
        new_value=json.dumps(new),
        note=note,
    )


def confirm(conn: Connection, event_id: str, user: str, note: str | None) -> Change:
    """Confirm every field of an event as it stands."""
    snapshot = flat_from_row(load_event(conn, event_id))
    return record(conn, event_id, "confirm", user, new_value=json.dumps(snapshot), note=note)


def reject(conn: Connection, event_id: str, user: str, note: str | None) -> Change:
    """Mark an event wrong (kept, hidden from searches)."""
    load_event(conn, event_id)
    return record(conn, event_id, "reject", user, note=note)


def undo(conn: Connection, change_id: int, user: str) -> Change:
    """Revert one change: it is marked undone and the event recomputed."""
    target = get_change(conn, change_id)
    if target.undone_by is not None or target.action == "undo":
        raise Conflict(f"change {change_id} is an undo or already undone")
    result = record(conn, target.event_id, "undo", user, undoes=change_id)
    conn.execute(changes.update().where(changes.c.id == change_id).values(undone_by=result.id))
    refresh(conn, target.event_id)
    return result


def get_change(conn: Connection, change_id: int) -> Change:
    """One change by id."""
    row = conn.execute(select(changes).where(changes.c.id == change_id)).mappings().first()
    if row is None:
        raise NotFound(f"no change {change_id}")
    return change_from_row(row)


def history(conn: Connection, event_id: str) -> list[Change]:
    """Every change of an event, oldest first."""
    load_event(conn, event_id)
    rows = conn.execute(
        select(changes).where(changes.c.event_id == event_id).order_by(changes.c.id)
    )
    return [change_from_row(r) for r in rows.mappings()]


def recent(conn: Connection, limit: int) -> list[Change]:
    """The latest changes of all events, newest first (the review log)."""
    rows = conn.execute(select(changes).order_by(changes.c.id.desc()).limit(limit))
    return [change_from_row(r) for r in rows.mappings()]


def change_from_row(row: Any) -> Change:
    """A Change from its table row."""
    load = lambda v: json.loads(v) if v is not None else None  # noqa: E731
    return Change(
        row["id"],
        row["event_id"],
        row["action"],
        row["field"],
        load(row["old_value"]),
        load(row["new_value"]),
        row["user_name"],
        row["at"],
        row["undoes"],
        row["undone_by"],
        row["note"],
    )


def effective(
    machine: dict[str, Any], active: list[Change]
) -> tuple[dict[str, Any], str, list[str]]:
    """Field values, status and reviewed fields: the active changes applied to machine values."""
    flat, status, reviewed = dict(machine), "machine", set()
    for change in active:
        if change.action == "set":
            flat.update(change.new)
            reviewed.add(change.field)
        elif change.action == "confirm":
            flat.update(change.new)
            reviewed.update(f for f in FIELDS if f in FLAT_FIELDS or f == "penalty")
            status = "confirmed"
        elif change.action == "reject":
            status = "rejected"
    return flat, status, sorted(f for f in reviewed if f)


def refresh(conn: Connection, event_id: str) -> None:
    """Recompute an event's stored values from its machine values and its active changes (the
    signature prepared with it, if it was not linked yet, goes: its blocks may change)."""
    from nkevents.store.incidents import unprepare

    unprepare(conn, [event_id])
    row = load_event(conn, event_id)
    query = select(changes).where(changes.c.event_id == event_id, changes.c.undone_by.is_(None))
    active = [change_from_row(r) for r in conn.execute(query.order_by(changes.c.id)).mappings()]
    flat, status, reviewed = effective(json.loads(row["machine"]), active)
    values = column_values(flat) | {
        "status": status,
        "reviewed": json.dumps(reviewed),
        "updated_at": now(),
    }
    conn.execute(update(events).where(events.c.id == event_id).values(**values))
    sync_links(conn, event_id, flat)


def sync_links(conn: Connection, event_id: str, flat: dict[str, Any]) -> None:
    """Rewrite the event's charge and commodity rows (the tables filters use)."""
    for table, column, key in LINK_TABLES:
        conn.execute(table.delete().where(table.c.event_id == event_id))
        rows = [{"event_id": event_id, column: v} for v in flat.get(key) or []]
        if rows:
            conn.execute(table.insert(), rows)
