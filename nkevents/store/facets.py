"""Facets: matching events counted per value of a field, for the events page's sidebar."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, func, literal_column, not_, select

from nkevents.store.filters import EventFilter
from nkevents.store.schema import event_charges, event_commodities, events
from nkevents.store.search import clauses, status_clause

SINGLE_FACETS = ("type", "admin1", "year", "penalty_kind", "sources")
# Spelled with literals, exactly as in the facet index (schema.py), so SQLite groups on it.
YEAR = func.substr(events.c.date, literal_column("1"), literal_column("4"))


def facets(conn: Connection, flt: EventFilter) -> dict[str, dict[str, int]]:
    """Counts per type, admin1, year, commodity, charge, penalty kind and number of sources."""
    single = single_valued(conn, flt)
    return {
        "type": single["type"],
        "admin1": single["admin1"],
        "year": single["year"],
        "commodity": list_counts(conn, flt, event_commodities.c.commodity),
        "charge": list_counts(conn, flt, event_charges.c.charge),
        "penalty_kind": single["penalty_kind"],
        "sources": single["sources"],
    }


def status_only(flt: EventFilter) -> bool:
    """Whether the filter narrows by status alone (sort and paging aside)."""
    bare = EventFilter(status=flt.status, sort=flt.sort, limit=flt.limit, offset=flt.offset)
    return flt == bare


def list_counts(conn: Connection, flt: EventFilter, value: Any) -> dict[str, int]:
    """Matching events counted per value of a list table (event_commodities, event_charges).

    The list table is read on its (value, event_id) index and its events are those the filter
    selects. With no filter but the status, the events the status hides (rejected ones, few)
    are left out instead of the many it keeps being listed.
    """
    table, n = value.table, func.count().label("n")
    if status_only(flt):
        hidden = select(events.c.id).where(not_(status_clause(flt.status)))
        belongs = table.c.event_id.not_in(hidden)
    else:
        belongs = table.c.event_id.in_(select(events.c.id).where(*clauses(flt, conn.dialect.name)))
    query = select(value.label("value"), n).where(belongs).group_by(value)
    rows = conn.execute(query.order_by(n.desc(), value))
    return {str(v): int(count) for v, count in rows}


def single_valued(conn: Connection, flt: EventFilter) -> dict[str, dict[str, int]]:
    """The five facets of one value per event in one grouped pass (a cross-tab summed here)."""
    c = events.c
    keys = (c.type, c.admin1, YEAR, c.penalty_kind, c.sources)
    query = select(*keys, func.count()).where(*clauses(flt, conn.dialect.name)).group_by(*keys)
    tallies: dict[str, dict[Any, int]] = {name: {} for name in SINGLE_FACETS}
    for row in conn.execute(query):
        n = int(row[-1])
        for name, value in zip(SINGLE_FACETS, row[:-1], strict=True):
            if value is not None:
                tallies[name][value] = tallies[name].get(value, 0) + n
    return {
        name: {str(v): n for v, n in sorted(t.items(), key=lambda kv: (-kv[1], kv[0]))}
        for name, t in tallies.items()
    }
