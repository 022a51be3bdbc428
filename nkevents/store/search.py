"""Search: an EventFilter as SQL (full text plus field filters), and the pages built on it."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    String,
    and_,
    bindparam,
    exists,
    func,
    literal_column,
    or_,
    select,
    text,
    true,
)

from nkevents.store.filters import EventFilter
from nkevents.store.records import EventRecord, Page
from nkevents.store.rows import event_from_row
from nkevents.store.schema import documents, event_charges, event_commodities, events

# Title and text as one string, spelled exactly as the PostgreSQL trigram index is (literals, not
# bound parameters), so that the planner can use the index.
BLOB = literal_column("(coalesce(documents.title, '') || ' ' || documents.text)", String)
_TERMS = re.compile(r'"([^"]+)"|(\S+)')
DOC_COLUMNS = (
    documents.c.url.label("document_url"),
    documents.c.title.label("document_title"),
    documents.c.published,
    documents.c.language,
)


def terms(q: str) -> list[str]:
    """The terms of a query: words, or "quoted phrases"; every term must occur."""
    return [a or b for a, b in _TERMS.findall(q) if (a or b).strip()]


def _like(term: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def text_clause(q: str, dialect: str, selective: bool = False) -> ColumnElement[bool]:
    """Events whose document's title or text contains every term (substring, case-insensitive).

    SQLite uses the FTS5 trigram index for terms of 3+ characters and LIKE for shorter ones
    (the trigram index cannot serve them); PostgreSQL uses ILIKE served by the pg_trgm index.
    """
    words = terms(q)
    if not words:
        return true()
    if dialect != "sqlite":
        match = and_(*(BLOB.ilike(_like(w), escape="\\") for w in words))
        return events.c.document_id.in_(select(documents.c.id).where(match))
    long = [w for w in words if len(w) >= 3]
    short = [w for w in words if len(w) < 3]
    conds: list[ColumnElement[bool]] = []
    if long:
        fts = " ".join('"' + w.replace('"', '""') + '"' for w in long)
        rowids = text("SELECT rowid FROM documents_fts WHERE documents_fts MATCH :fts")
        # With other selective filters, "+ 0" keeps SQLite from driving the query from the text
        # matches: it walks the filter index and checks each event against the matched set.
        seq = events.c.document_seq + 0 if selective else events.c.document_seq
        conds.append(seq.in_(rowids.bindparams(bindparam("fts", fts))))
    for w in short:
        like = select(documents.c.seq).where(BLOB.like(_like(w), escape="\\"))
        conds.append(events.c.document_seq.in_(like))
    return and_(*conds)


def _ci(column: Any, value: str) -> ColumnElement[bool]:
    return func.lower(column) == value.strip().lower()


def clauses(flt: EventFilter, dialect: str) -> list[ColumnElement[bool]]:
    """The WHERE conditions of a filter, over the events table."""
    c = events.c
    out: list[ColumnElement[bool]] = []
    if flt.q:
        selective = bool(flt.types or flt.date_from or flt.date_to or flt.admin1 or flt.place)
        out.append(text_clause(flt.q, dialect, selective or bool(flt.incident or flt.document)))
    if flt.types:
        out.append(c.type.in_(flt.types))
    lo, hi = flt.day_range()
    if flt.date_mode == "within":
        out += [c.date_start >= lo] if lo else []
        out += [c.date_end <= hi] if hi else []
    else:  # overlap: the event's interval meets the asked one
        out += [c.date_end >= lo] if lo else []
        out += [c.date_start <= hi] if hi else []
        # Every date interval lies inside one calendar year, so this bound is implied; it lets
        # the (type, date_start) index scan a range instead of everything before hi.
        out += [c.date_start >= f"{lo[:4]}-01-01"] if lo else []
    if flt.admin1:
        out.append(_ci(c.admin1, flt.admin1))
    if flt.place:
        out.append(
            or_(_ci(c.place, flt.place), _ci(c.admin1, flt.place), c.gazetteer_id == flt.place)
        )
    # Aliased, so that a facet query joining the same table does not swallow the subquery's FROM.
    if flt.commodity:
        goods = event_commodities.alias("goods_filter").c
        out.append(exists().where(goods.event_id == c.id, goods.commodity == flt.commodity))
    if flt.charge:
        charged = event_charges.alias("charge_filter").c
        out.append(exists().where(charged.event_id == c.id, charged.charge == flt.charge))
    if flt.penalty_kind:
        out.append(c.penalty_kind == flt.penalty_kind)
    out += [c.people >= flt.people_min] if flt.people_min is not None else []
    out += [c.people <= flt.people_max] if flt.people_max is not None else []
    out += [c.sources >= flt.sources_min] if flt.sources_min is not None else []
    if flt.incident:
        out.append(or_(c.incident_id == flt.incident, c.id == flt.incident))
    if flt.document:
        by_source = select(documents.c.id).where(documents.c.source_id == flt.document)
        out.append(or_(c.document_id == flt.document, c.document_id.in_(by_source)))
    if flt.language:
        out.append(
            c.document_id.in_(select(documents.c.id).where(documents.c.language == flt.language))
        )
    out.append(_status(flt.status))
    return out


def _status(status: str | None) -> ColumnElement[bool]:
    if status is None:
        return events.c.status != "rejected"
    if status == "reviewed":
        return events.c.reviewed != "[]"
    return true() if status == "all" else events.c.status == status


def _order(sort: str) -> list[Any]:
    c = events.c
    column = {"date": c.date_start, "people": c.people, "sources": c.sources, "id": c.id}[
        sort.lstrip("-")
    ]
    primary = column.desc() if sort.startswith("-") else column.asc()
    return [primary.nulls_last(), c.id]


def event_query(flt: EventFilter, dialect: str) -> Select[Any]:
    """Events with their document's fields, filtered and sorted (no paging)."""
    query = select(events, *DOC_COLUMNS).join(documents, documents.c.id == events.c.document_id)
    return query.where(*clauses(flt, dialect)).order_by(*_order(flt.sort))


def record(row: Any) -> EventRecord:
    """An EventRecord from an event row joined with its document's columns."""
    return EventRecord(
        id=row["id"],
        document_id=row["document_id"],
        event=event_from_row(row),
        status=row["status"],
        reviewed=tuple(json.loads(row["reviewed"])),
        stale=bool(row["stale"]),
        extractor_version=row["extractor_version"],
        incident_id=row["incident_id"],
        sources=row["sources"],
        document_url=row["document_url"],
        document_title=row["document_title"],
        published=row["published"],
        language=row["language"],
    )


def total(conn: Connection, flt: EventFilter) -> int:
    """The number of matching events."""
    query = select(func.count()).select_from(events).where(*clauses(flt, conn.dialect.name))
    return int(conn.execute(query).scalar() or 0)


def search(conn: Connection, flt: EventFilter) -> Page[EventRecord]:
    """One page of matching events and the total.

    With full text, the total is counted by the page query itself (one text pass); without,
    a separate count lets the page query walk the date index and stop after one page.
    """
    query = event_query(flt, conn.dialect.name)
    if flt.q:
        query = query.add_columns(func.count().over().label("total_rows"))
    rows = list(conn.execute(query.limit(flt.limit).offset(flt.offset)).mappings())
    found = rows[0]["total_rows"] if rows and flt.q else total(conn, flt)
    return Page([record(r) for r in rows], int(found), flt.limit, flt.offset)


def iterate(conn: Connection, flt: EventFilter) -> Iterator[EventRecord]:
    """Every matching event, streamed."""
    result = conn.execution_options(yield_per=1000).execute(event_query(flt, conn.dialect.name))
    for row in result.mappings():
        yield record(row)


def counts(conn: Connection, flt: EventFilter, key: Any, *joins: Any) -> dict[str, int]:
    """Matching events counted per value of key, largest first (nulls left out)."""
    source = events
    for table in joins:
        source = source.join(table, table.c.event_id == events.c.id)  # type: ignore[assignment]
    n = func.count().label("n")
    query = (
        select(key.label("value"), n).select_from(source).where(*clauses(flt, conn.dialect.name))
    )
    rows = conn.execute(query.where(key.is_not(None)).group_by(key).order_by(n.desc(), key))
    return {str(value): int(count) for value, count in rows}


def facets(conn: Connection, flt: EventFilter) -> dict[str, dict[str, int]]:
    """Counts per type, admin1, year, commodity, charge, penalty kind and number of sources."""
    c = events.c
    return {
        "type": counts(conn, flt, c.type),
        "admin1": counts(conn, flt, c.admin1),
        "year": counts(conn, flt, func.substr(c.date, 1, 4)),
        "commodity": counts(conn, flt, event_commodities.c.commodity, event_commodities),
        "charge": counts(conn, flt, event_charges.c.charge, event_charges),
        "penalty_kind": counts(conn, flt, c.penalty_kind),
        "sources": counts(conn, flt, c.sources),
    }


def timeline(conn: Connection, flt: EventFilter) -> list[dict[str, Any]]:
    """Matching events per month (or year, for year-only dates) and type, in time order."""
    period = func.substr(events.c.date, 1, 7).label("period")
    query = select(period, events.c.type, func.count().label("count")).where(
        *clauses(flt, conn.dialect.name), events.c.date.is_not(None)
    )
    rows = conn.execute(query.group_by(period, events.c.type).order_by(period, events.c.type))
    return [dict(r) for r in rows.mappings()]


MAX_POINTS = 20_000


def map_points(conn: Connection, flt: EventFilter) -> dict[str, Any]:
    """Matching events with coordinates as a GeoJSON FeatureCollection (at most MAX_POINTS)."""
    query = event_query(flt, conn.dialect.name).where(
        events.c.lat.is_not(None), events.c.lon.is_not(None)
    )
    rows = conn.execute(query.limit(MAX_POINTS)).mappings()
    return {"type": "FeatureCollection", "features": [feature(r) for r in rows]}


def feature(row: Any) -> dict[str, Any]:
    """One event row as a GeoJSON point feature."""
    props = (
        "id",
        "type",
        "date",
        "place",
        "admin1",
        "geo_precision",
        "people",
        "incident_id",
        "sources",
        "document_id",
        "document_title",
    )
    return {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [row["lon"], row["lat"]]},
        "properties": {k: row[k] for k in props},
    }
