"""The one event filter shared by the CLI, the API and the web pages, and its parser."""

from __future__ import annotations

import calendar
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields, replace
from typing import Literal

from nkevents.errors import QueryError
from nkevents.vocabulary import vocabulary

DateMode = Literal["overlap", "within"]
SORTS = ("date", "-date", "people", "-people", "sources", "-sources", "id")
STATUSES = ("machine", "confirmed", "rejected", "reviewed", "all")
MAX_LIMIT = 1000
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


@dataclass(slots=True, frozen=True)
class EventFilter:
    """Which events to show. Unset fields do not filter.

    Dates: an event's date is the interval its precision spans (`2018-11`: 2018-11-01..30).
    With date_mode "overlap" (the default) an event matches when that interval meets
    [date_from, date_to]; with "within" the whole interval must lie inside it. Events without
    a date never match a date filter. date_from/date_to may be partial too: `2018` as date_from
    means 2018-01-01, as date_to 2018-12-31.
    """

    q: str | None = None  # full text over document text and title (substring, any script)
    types: tuple[str, ...] = ()  # any of these types
    date_from: str | None = None
    date_to: str | None = None
    date_mode: DateMode = "overlap"
    admin1: str | None = None  # a province (includes its cities and sites)
    place: str | None = None  # a place name: matches the place, its sub-places, or a province
    commodity: str | None = None
    charge: str | None = None
    penalty_kind: str | None = None
    people_min: int | None = None
    people_max: int | None = None
    sources_min: int | None = None  # independent sources of the event's incident
    incident: str | None = None
    per: str = "event"  # "incident": one row (its first event) per incident, counts of happenings
    document: str | None = None
    language: str | None = None
    status: str | None = None  # None: all but rejected; or one of STATUSES
    sort: str = "-date"
    limit: int = 50
    offset: int = 0

    def day_range(self) -> tuple[str | None, str | None]:
        """date_from and date_to as full days (first day of from, last day of to)."""
        lo = date_bounds(self.date_from)[0] if self.date_from else None
        hi = date_bounds(self.date_to)[1] if self.date_to else None
        return lo, hi

    def page(self, limit: int, offset: int = 0) -> EventFilter:
        """The same filter for another page."""
        return replace(self, limit=limit, offset=offset)


def date_bounds(value: str) -> tuple[str, str]:
    """The first and last day an ISO date at any precision covers (`2018-02`: 01 and 28)."""
    m = _DATE.match(value.strip())
    if not m:
        raise QueryError(f"not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD): {value!r}")
    year, month, day = m.group(1), m.group(2), m.group(3)
    if month is None:
        return f"{year}-01-01", f"{year}-12-31"
    if not 1 <= int(month) <= 12:
        raise QueryError(f"no such month: {value!r}")
    last = calendar.monthrange(int(year), int(month))[1]
    if day is None:
        return f"{year}-{month}-01", f"{year}-{month}-{last:02d}"
    if not 1 <= int(day) <= last:
        raise QueryError(f"no such day: {value!r}")
    return value, value


def from_query(params: Mapping[str, str | Sequence[str]]) -> EventFilter:
    """An EventFilter from query-string style parameters (all values strings).

    Unknown names, bad numbers, dates and vocabulary values raise QueryError. `type` may repeat
    or hold a comma-separated list. Empty values are ignored.
    """
    known = {f.name for f in fields(EventFilter)} | {"type"}
    kwargs: dict[str, object] = {}
    for name, raw in params.items():
        if name not in known:
            raise QueryError(f"unknown filter {name!r}; known: {', '.join(sorted(known))}")
        values = [raw] if isinstance(raw, str) else list(raw)
        values = [v.strip() for v in values if v is not None and v.strip()]
        if values:
            kwargs.update(_parse(name, values))
    return check(EventFilter(**kwargs))  # type: ignore[arg-type]


def _parse(name: str, values: list[str]) -> dict[str, object]:
    """One parameter's parsed value(s)."""
    if name in ("type", "types"):
        return {"types": tuple(t for v in values for t in v.split(",") if t)}
    value = values[-1]
    if name in ("people_min", "people_max", "sources_min", "limit", "offset"):
        try:
            return {name: int(value)}
        except ValueError:
            raise QueryError(f"{name} must be a whole number, not {value!r}") from None
    return {name: value}


def check(flt: EventFilter) -> EventFilter:
    """The filter itself when every value is valid; QueryError naming the first bad one."""
    voc = vocabulary()
    _one_of("type", flt.types, voc.types)
    _one_of("commodity", (flt.commodity,) if flt.commodity else (), voc.commodities)
    _one_of("charge", (flt.charge,) if flt.charge else (), voc.charges)
    _one_of("penalty_kind", (flt.penalty_kind,) if flt.penalty_kind else (), voc.penalties)
    _one_of("date_mode", (flt.date_mode,), ("overlap", "within"))
    _one_of("sort", (flt.sort,), SORTS)
    _one_of("status", (flt.status,) if flt.status else (), STATUSES)
    _one_of("per", (flt.per,), ("event", "incident"))
    lo, hi = flt.day_range()
    if lo and hi and lo > hi:
        raise QueryError(f"date_from {flt.date_from} is after date_to {flt.date_to}")
    for name in ("people_min", "people_max", "sources_min", "offset"):
        if (getattr(flt, name) or 0) < 0:
            raise QueryError(f"{name} must not be negative")
    if not 0 < flt.limit <= MAX_LIMIT:
        raise QueryError(f"limit must be between 1 and {MAX_LIMIT}")
    return flt


def _one_of(name: str, values: Sequence[str], allowed: Sequence[str]) -> None:
    """QueryError unless every value is allowed."""
    for value in values:
        if value not in allowed:
            raise QueryError(f"{name} {value!r} is not one of: {', '.join(allowed)}")
