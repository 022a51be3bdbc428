"""Search: an EventFilter as SQL (full text plus field filters), and the pages built on it."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import replace
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
    true,
)
from sqlalchemy import table as sql_table

from nkevents.store.filters import EventFilter
from nkevents.store.records import EventRecord, Page
from nkevents.store.rows import event_from_row
from nkevents.store.schema import documents, event_charges, event_commodities, events


def blob(name: str) -> ColumnElement[str]:
    """Title and text of table `name` as one string, spelled exactly as the PostgreSQL trigram
    index is (literals, not bound parameters) so that the planner can use the index."""
    return literal_column(f"(coalesce({name}.title, '') || ' ' || {name}.text)", String)


BLOB = blob("documents")
OWN = documents.alias("own")  # an event's own document, in the per-event text check
FTS = sql_table("documents_fts")
FTS_BLOB = blob("documents_fts")
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


def trigram_query(words: list[str]) -> str:
    """The FTS5 query for documents holding every trigram of these terms (each 3+ characters)."""
    grams = dict.fromkeys(w[i : i + 3] for w in words for i in range(len(w) - 2))
    return " AND ".join('"' + g.replace('"', '""') + '"' for g in grams)


def text_clause(q: str, dialect: str, plan: str = "index") -> ColumnElement[bool]:
    """Events whose document's title or text contains every term (substring, case-insensitive).

    PostgreSQL: ILIKE, served by the pg_trgm index. SQLite, by plan: "index" finds the
    documents through the FTS5 trigram index and their events from there; "filtered" lets the
    other filters' indexes drive and checks each event against the set the FTS index matched;
    "scan" checks each event's document text with LIKE (cheapest when the other filters leave
    few events). The trigram index finds the documents that hold every trigram of the terms
    (three characters or more), and LIKE checks each term on those (short terms too).
    """
    words = terms(q)
    if not words:
        return true()
    if dialect != "sqlite":
        match = and_(*(BLOB.ilike(_like(w), escape="\\") for w in words))
        return events.c.document_id.in_(select(documents.c.id).where(match))
    likes = [BLOB.like(_like(w), escape="\\") for w in words]
    if plan == "scan":
        own = [blob("own").like(_like(w), escape="\\") for w in words]
        return exists().where(OWN.c.seq == events.c.document_seq, *own)
    long = [w for w in words if len(w) >= 3]
    if not long:
        return events.c.document_seq.in_(select(documents.c.seq).where(*likes))
    matched: Select[Any] = select(literal_column("documents_fts.rowid")).select_from(FTS)
    match = literal_column("documents_fts").op("MATCH")(bindparam("fts", trigram_query(long)))
    # The index knows which documents hold each trigram, not where: LIKE keeps the documents
    # that hold each term itself (and checks the short terms), on the matched documents only.
    matched = matched.where(match, *(FTS_BLOB.like(_like(w), escape="\\") for w in words))
    # "+ 0" keeps SQLite from driving the query from the text matches.
    seq = events.c.document_seq + 0 if plan == "filtered" else events.c.document_seq
    return seq.in_(matched)


PROBE_LIMIT = 5000  # candidate events up to which checking each one's text beats the FTS index


def text_plan(conn: Connection, flt: EventFilter) -> str:
    """How to search text with these filters (see text_clause): counts the candidates, bounded."""
    others = replace(flt, q=None)
    if conn.dialect.name != "sqlite" or not flt.q or others == EventFilter(status=flt.status):
        return "index"
    # Selecting a constant keeps the count inside the covering indexes.
    bounded: Select[Any] = select(literal_column("1")).select_from(events)
    bounded = bounded.where(*clauses(others, "sqlite"))
    bounded = bounded.limit(PROBE_LIMIT + 1)
    count = conn.execute(select(func.count()).select_from(bounded.subquery())).scalar() or 0
    return "scan" if count <= PROBE_LIMIT else "filtered"


def _ci(column: Any, value: str) -> ColumnElement[bool]:
    return func.lower(column) == value.strip().lower()


def clauses(flt: EventFilter, dialect: str, plan: str = "index") -> list[ColumnElement[bool]]:
    """The WHERE conditions of a filter, over the events table."""
    c = events.c
    out: list[ColumnElement[bool]] = []
    if flt.q:
        out.append(text_clause(flt.q, dialect, plan))
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
    if flt.per == "incident":  # an incident counts once: by its first event the filter keeps
        alone = replace(flt, per="event")
        first = (
            select(func.min(c.id))
            .where(c.incident_id.is_not(None), *clauses(alone, dialect, plan))
            .group_by(c.incident_id)
            .correlate(None)
        )
        out.append(or_(c.incident_id.is_(None), c.id.in_(first)))
    if flt.document:
        by_source = select(documents.c.id).where(documents.c.source_id == flt.document)
        out.append(or_(c.document_id == flt.document, c.document_id.in_(by_source)))
    if flt.language:
        out.append(
            c.document_id.in_(select(documents.c.id).where(documents.c.language == flt.language))
        )
    out.append(status_clause(flt.status))
    return out


def status_clause(status: str | None) -> ColumnElement[bool]:
    """The status condition: every event but rejected ones, unless a status is asked for."""
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


def event_query(flt: EventFilter, dialect: str, plan: str = "index") -> Select[Any]:
    """Events with their document's fields, filtered and sorted (no paging)."""
    query = select(events, *DOC_COLUMNS).join(documents, documents.c.seq == events.c.document_seq)
    return query.where(*clauses(flt, dialect, plan)).order_by(*_order(flt.sort))


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


def total(conn: Connection, flt: EventFilter, plan: str = "index") -> int:
    """The number of matching events."""
    where = clauses(flt, conn.dialect.name, plan)
    return int(conn.execute(select(func.count()).select_from(events).where(*where)).scalar() or 0)


def search(conn: Connection, flt: EventFilter) -> Page[EventRecord]:
    """One page of matching events and the total.

    The page is found on narrow rows (ids, in the sort's index where there is one) and only
    its events are then read whole, so a sort without an index sorts ids, not wide rows.
    With full text, the total is counted by the page query itself (one text pass); without,
    a separate count lets the page query walk the date index and stop after one page.
    """
    plan = text_plan(conn, flt)
    page = select(events.c.id).where(*clauses(flt, conn.dialect.name, plan))
    page = page.order_by(*_order(flt.sort)).limit(flt.limit).offset(flt.offset)
    if flt.q:
        page = page.add_columns(func.count().over().label("total_rows"))
    head = conn.execute(page).all()
    found = head[0][1] if head and flt.q else total(conn, flt, plan)
    return Page(by_ids(conn, [r[0] for r in head]), int(found), flt.limit, flt.offset)


def by_ids(conn: Connection, ids: list[str]) -> list[EventRecord]:
    """The events with these ids, whole, in the order given."""
    if not ids:
        return []
    query = select(events, *DOC_COLUMNS).join(documents, documents.c.seq == events.c.document_seq)
    rows = {r["id"]: r for r in conn.execute(query.where(events.c.id.in_(ids))).mappings()}
    return [record(rows[i]) for i in ids if i in rows]


def iterate(conn: Connection, flt: EventFilter) -> Iterator[EventRecord]:
    """Every matching event, streamed."""
    result = conn.execution_options(yield_per=1000).execute(event_query(flt, conn.dialect.name))
    for row in result.mappings():
        yield record(row)


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


def map_places(conn: Connection, flt: EventFilter) -> dict[str, Any]:
    """Matching events with coordinates grouped in SQL: one GeoJSON point per place, with the
    number of events of each type (no cap: a count per place, not a row per event)."""
    c = events.c
    keys = (c.place, c.admin1, c.geo_precision, c.lat, c.lon, c.type)
    query = (
        select(*keys, func.count().label("n"))
        .where(*clauses(flt, conn.dialect.name), c.lat.is_not(None), c.lon.is_not(None))
        .group_by(*keys)
    )
    spots: dict[tuple[Any, ...], dict[str, Any]] = {}
    for place, admin1, precision, lat, lon, etype, n in conn.execute(query):
        spot = spots.setdefault(
            (place, lon, lat),
            {"place": place, "admin1": admin1, "precision": precision, "count": 0, "types": {}},
        )
        spot["count"] += int(n)
        spot["types"][etype] = spot["types"].get(etype, 0) + int(n)
    features = [
        {"type": "Feature", "geometry": _point(lon, lat), "properties": p}
        for (_, lon, lat), p in spots.items()
    ]
    return {"type": "FeatureCollection", "features": features}


def _point(lon: float, lat: float) -> dict[str, Any]:
    return {"type": "Point", "coordinates": [lon, lat]}


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
