"""Incidents in the store: suggestions, decisions that can be undone, the view they give."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator
from typing import Any

from sqlalchemy import Connection, bindparam, func, or_, select, update

from nkevents import resolve
from nkevents.errors import Conflict, NotFound, QueryError
from nkevents.store.filters import EventFilter
from nkevents.store.records import Decision, Incident, LinkSuggestion, Page
from nkevents.store.review import now
from nkevents.store.schema import (
    documents,
    event_commodities,
    events,
    incidents,
    link_decisions,
    link_suggestions,
)
from nkevents.store.search import clauses, event_query, record


def candidates(conn: Connection) -> list[resolve.Candidate]:
    """Every event that is not rejected, as resolution sees it."""
    goods: dict[str, set[str]] = defaultdict(set)
    for event_id, commodity in conn.execute(select(event_commodities)):
        goods[event_id].add(commodity)
    c = events.c
    query = select(
        c.id,
        c.document_id,
        func.coalesce(documents.c.outlet, c.document_id),
        c.type,
        c.date_start,
        c.date_end,
        c.time_precision,
        c.place,
        c.admin1,
        c.gazetteer_id,
        c.people,
        c.instrument,
    )
    query = query.join(documents, documents.c.id == c.document_id).where(c.status != "rejected")
    return [
        resolve.Candidate(*row[:11], frozenset(goods[row[0]]), row[11])  # type: ignore[call-arg]
        for row in conn.execute(query)
    ]


def active_decisions(conn: Connection) -> list[Decision]:
    """Decisions not undone, oldest first (a later decision on the same pair wins)."""
    query = (
        select(link_decisions)
        .where(link_decisions.c.undone_at.is_(None))
        .order_by(link_decisions.c.id)
    )
    return [decision(r) for r in conn.execute(query).mappings()]


def decision(row: Any) -> Decision:
    """A Decision from its row."""
    return Decision(
        row["id"],
        row["event_a"],
        row["event_b"],
        bool(row["same"]),
        row["user_name"],
        row["at"],
        row["undone_at"],
        row["undone_by"],
    )


def suggest(conn: Connection) -> None:
    """Recompute the machine's link suggestions."""
    links = resolve.suggest(candidates(conn))
    conn.execute(link_suggestions.delete())
    rows = [
        {"event_a": k.a, "event_b": k.b, "score": k.score, "reasons": json.dumps(k.reasons)}
        for k in links
    ]
    if rows:
        conn.execute(link_suggestions.insert(), rows)


def recluster(conn: Connection) -> int:
    """Recompute the incident view from suggestions and decisions; the number of incidents."""
    latest = {frozenset((d.event_a, d.event_b)): d for d in active_decisions(conn)}
    accepted = [(d.event_a, d.event_b) for d in latest.values() if d.same]
    rejected = [(d.event_a, d.event_b) for d in latest.values() if not d.same]
    rows = conn.execute(select(link_suggestions)).mappings()
    links = [resolve.Link(r["event_a"], r["event_b"], r["score"]) for r in rows]
    alive = set(conn.execute(select(events.c.id).where(events.c.status != "rejected")).scalars())
    mapping = {e: i for e, i in resolve.clusters(links, accepted, rejected).items() if e in alive}
    write_view(conn, mapping)
    return len(set(mapping.values()))


VIEW_COLUMNS = (
    events.c.id,
    events.c.incident_id,
    events.c.sources,
    events.c.type,
    events.c.date,
    events.c.place,
    events.c.admin1,
    events.c.document_id,
    func.coalesce(documents.c.outlet, events.c.document_id).label("source"),
)
CHUNK = 5000  # ids per IN list (SQLite allows 32766 parameters)


def view_rows(conn: Connection, ids: list[str]) -> Iterator[Any]:
    """Rows of events already in an incident or listed in ids."""
    base = select(*VIEW_COLUMNS).join(documents, documents.c.id == events.c.document_id)
    yield from conn.execute(base.where(events.c.incident_id.is_not(None))).mappings()
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        query = base.where(events.c.incident_id.is_(None), events.c.id.in_(chunk))
        yield from conn.execute(query).mappings()


def write_view(conn: Connection, mapping: dict[str, str]) -> None:
    """Store incident ids and source counts on events (where they changed) and the incidents."""
    members: dict[str, list[Any]] = defaultdict(list)
    changed: list[dict[str, Any]] = []
    for row in view_rows(conn, list(mapping)):
        if row["id"] in mapping:
            members[mapping[row["id"]]].append(row)
        elif row["incident_id"] is not None:  # left its incident
            changed.append({"key": row["id"], "incident_id": None, "sources": 1})
    conn.execute(incidents.delete())
    for inc, rows in members.items():
        sources = len({r["source"] for r in rows})
        changed += [
            {"key": r["id"], "incident_id": inc, "sources": sources}
            for r in rows
            if (r["incident_id"], r["sources"]) != (inc, sources)
        ]
        conn.execute(incidents.insert().values(**summary(inc, rows, sources)))
    if changed:
        stmt = update(events).where(events.c.id == bindparam("key"))
        conn.execute(
            stmt.values(incident_id=bindparam("incident_id"), sources=bindparam("sources")), changed
        )


def summary(inc: str, rows: list[Any], sources: int) -> dict[str, Any]:
    """The incidents-table row of one incident: the most precise date and place among its events."""
    dated = sorted((r for r in rows if r["date"]), key=lambda r: -len(r["date"]))
    placed = [r for r in rows if r["place"]]
    return {
        "id": inc,
        "type": rows[0]["type"],
        "date": dated[0]["date"] if dated else None,
        "place": placed[0]["place"] if placed else None,
        "admin1": next((r["admin1"] for r in rows if r["admin1"]), None),
        "events": len(rows),
        "documents": len({r["document_id"] for r in rows}),
        "sources": sources,
    }


def incident_from_row(conn: Connection, row: Any) -> Incident:
    """An Incident (without events and links) from its row."""
    query = select(events.c.id, events.c.document_id).where(events.c.incident_id == row["id"])
    members = conn.execute(query.order_by(events.c.id)).all()
    return Incident(
        row["id"],
        row["type"],
        row["date"],
        row["place"],
        row["admin1"],
        row["sources"],
        [m[0] for m in members],
        sorted({m[1] for m in members}),
    )


def list_incidents(conn: Connection, flt: EventFilter, min_events: int) -> Page[Incident]:
    """Incidents with an event matching the filters, most sources first."""
    matching = select(events.c.incident_id).where(*clauses(flt, conn.dialect.name))
    where = [incidents.c.id.in_(matching), incidents.c.events >= min_events]
    total = conn.execute(select(func.count()).select_from(incidents).where(*where)).scalar() or 0
    order = (incidents.c.sources.desc(), incidents.c.events.desc(), incidents.c.id)
    rows = conn.execute(
        select(incidents).where(*where).order_by(*order).limit(flt.limit).offset(flt.offset)
    )
    return Page(
        [incident_from_row(conn, r) for r in rows.mappings()], int(total), flt.limit, flt.offset
    )


def get_incident(conn: Connection, incident_id: str) -> Incident:
    """One incident with its events and the links among them."""
    row = conn.execute(select(incidents).where(incidents.c.id == incident_id)).mappings().first()
    if row is None:
        raise NotFound(f"no incident {incident_id!r}")
    inc = incident_from_row(conn, row)
    flt = EventFilter(incident=incident_id, status="all", sort="date")
    inc.events = [record(r) for r in conn.execute(event_query(flt, conn.dialect.name)).mappings()]
    inc.links = [
        s
        for s in suggestions(conn, None, False, 10_000)
        if {s.event_a, s.event_b} <= set(inc.event_ids)
    ]
    return inc


def suggestions(
    conn: Connection, event_id: str | None, undecided: bool, limit: int
) -> list[LinkSuggestion]:
    """Scored suggestions with the decision taken on each pair, best first."""
    latest = {frozenset((d.event_a, d.event_b)): d for d in active_decisions(conn)}
    query = select(link_suggestions).order_by(
        link_suggestions.c.score.desc(), link_suggestions.c.event_a
    )
    if event_id:
        query = query.where(
            or_(link_suggestions.c.event_a == event_id, link_suggestions.c.event_b == event_id)
        )
    out = []
    for r in conn.execute(query).mappings():
        taken = latest.get(frozenset((r["event_a"], r["event_b"])))
        if undecided and taken:
            continue
        verdict = None if taken is None else ("same" if taken.same else "different")
        out.append(
            LinkSuggestion(
                r["event_a"], r["event_b"], r["score"], json.loads(r["reasons"]), verdict
            )
        )
        if len(out) >= limit:
            break
    return out


def decide(conn: Connection, event_a: str, event_b: str, same: bool, user: str) -> Decision:
    """Store a decision on a pair of events and recompute the incident view."""
    if event_a == event_b or not user.strip():
        raise QueryError("a decision needs two different events and a user name")
    found = conn.execute(select(func.count()).where(events.c.id.in_([event_a, event_b]))).scalar()
    if found != 2:
        raise NotFound(f"no event {event_a!r} or {event_b!r}")
    a, b = sorted((event_a, event_b))
    row = {"event_a": a, "event_b": b, "same": same, "user_name": user, "at": now()}
    new_id = conn.execute(link_decisions.insert().values(**row)).inserted_primary_key[0]  # type: ignore[index]
    recluster(conn)
    return get_decision(conn, int(new_id))


def undo(conn: Connection, decision_id: int, user: str) -> Decision:
    """Mark a decision undone and recompute the incident view."""
    if get_decision(conn, decision_id).undone_at:
        raise Conflict(f"decision {decision_id} is already undone")
    values = {"undone_at": now(), "undone_by": user}
    conn.execute(update(link_decisions).where(link_decisions.c.id == decision_id).values(**values))
    recluster(conn)
    return get_decision(conn, decision_id)


def get_decision(conn: Connection, decision_id: int) -> Decision:
    """One decision by id."""
    row = (
        conn.execute(select(link_decisions).where(link_decisions.c.id == decision_id))
        .mappings()
        .first()
    )
    if row is None:
        raise NotFound(f"no decision {decision_id}")
    return decision(row)


def list_decisions(conn: Connection, event_id: str | None) -> list[Decision]:
    """Decisions, newest first."""
    query = select(link_decisions).order_by(link_decisions.c.id.desc())
    if event_id:
        query = query.where(
            or_(link_decisions.c.event_a == event_id, link_decisions.c.event_b == event_id)
        )
    return [decision(r) for r in conn.execute(query).mappings()]
