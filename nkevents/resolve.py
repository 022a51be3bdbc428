"""Resolve: score pairs of events from different reports as one happening; cluster them."""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta

SUGGEST = 0.3  # pairs scoring at least this are suggested to people
AUTO_LINK = 0.5  # undecided pairs scoring at least this are linked by the threshold
WEIGHTS = {"date": 0.4, "place": 0.3, "people": 0.15, "goods": 0.15}
NEIGHBOURS = 500  # at most this many later events are compared with each (bounds the work)
DATE_SCORE = {"day": 1.0, "near": 0.8, "month": 0.5, "year": 0.3}


@dataclass(slots=True, frozen=True)
class Candidate:
    """What resolution needs to know of one event."""

    id: str
    document_id: str
    source: str  # the outlet (or the document when its outlet is unknown)
    type: str
    date_start: str | None
    date_end: str | None
    precision: str | None
    place: str | None = None
    admin1: str | None = None
    gazetteer_id: str | None = None
    people: int | None = None
    commodities: frozenset[str] = frozenset()
    instrument: str | None = None


@dataclass(slots=True)
class Link:
    """A scored pair (a.id < b.id) and the agreements behind the score."""

    a: str
    b: str
    score: float
    reasons: list[str] = field(default_factory=list)


def _day(iso: str) -> date:
    return date.fromisoformat(iso)


def date_score(a: Candidate, b: Candidate) -> tuple[float, str] | None:
    """Agreement of two dates at their precision; None when their intervals cannot meet.

    Two day-precise dates may differ by one day (reports count from different time zones or
    from the verdict vs. the announcement); coarser dates agree when their intervals overlap,
    scored by the coarser precision.
    """
    if not (a.date_start and a.date_end and b.date_start and b.date_end):
        return None
    slack = timedelta(days=1 if a.precision == b.precision == "day" else 0)
    if (
        _day(a.date_start) > _day(b.date_end) + slack
        or _day(b.date_start) > _day(a.date_end) + slack
    ):
        return None
    if a.precision == b.precision == "day":
        kind = "day" if a.date_start == b.date_start else "near"
    else:
        kind = "year" if "year" in (a.precision, b.precision) else "month"
    return DATE_SCORE[kind], f"date:{kind}"


def place_score(a: Candidate, b: Candidate) -> tuple[float, str] | None:
    """Same place 1, nested (a city in the other's province) 0.6, unknown 0; None if they differ."""
    if not (a.place and b.place):
        return 0.0, ""
    if (a.gazetteer_id and a.gazetteer_id == b.gazetteer_id) or a.place.lower() == b.place.lower():
        return 1.0, "place:same"
    names = {a.place.lower(), b.place.lower()}
    if (a.admin1 and a.admin1.lower() in names) or (b.admin1 and b.admin1.lower() in names):
        return 0.6, "place:nested"
    return None


def people_score(a: Candidate, b: Candidate) -> tuple[float, str] | None:
    """Equal counts 1, within 20% 0.5, unknown 0; None when the counts disagree more."""
    if a.people is None or b.people is None:
        return 0.0, ""
    if a.people == b.people:
        return 1.0, "people:same"
    low, high = sorted((a.people, b.people))
    return (0.5, "people:close") if high and low / high >= 0.8 else None


def goods_score(a: Candidate, b: Candidate) -> tuple[float, str] | None:
    """Shared commodities (Jaccard) or the same instrument; None when both are given and differ."""
    if a.instrument and b.instrument:
        if a.instrument.lower() != b.instrument.lower():
            return None
        return 1.0, "instrument:same"
    if not (a.commodities and b.commodities):
        return 0.0, ""
    shared = a.commodities & b.commodities
    return (len(shared) / len(a.commodities | b.commodities), "goods:shared") if shared else None


def compare(a: Candidate, b: Candidate) -> Link | None:
    """The link score of two events, or None when they cannot be one happening."""
    if a.type != b.type or a.document_id == b.document_id:
        return None
    score, reasons = 0.0, []
    for name, scorer in (
        ("date", date_score),
        ("place", place_score),
        ("people", people_score),
        ("goods", goods_score),
    ):
        part = scorer(a, b)
        if part is None:
            return None
        score += WEIGHTS[name] * part[0]
        reasons += [part[1]] if part[1] else []
    first, second = sorted((a.id, b.id))
    return Link(first, second, round(score, 4), reasons)


def candidate_pairs(events: Iterable[Candidate]) -> Iterator[tuple[Candidate, Candidate]]:
    """Pairs worth comparing: same type, dated, intervals within a day of each other (a sweep).

    Each event meets at most NEIGHBOURS later ones, so a year with thousands of events of one
    type costs linear time; a year-precise event may then miss a partner far down the year.
    """
    by_type: dict[str, list[Candidate]] = defaultdict(list)
    for ev in events:
        if ev.date_start and ev.date_end:
            by_type[ev.type].append(ev)
    for group in by_type.values():
        group.sort(key=lambda e: e.date_start or "")
        for i, a in enumerate(group):
            reach = (_day(a.date_end or "") + timedelta(days=1)).isoformat()
            for b in group[i + 1 : i + 1 + NEIGHBOURS]:
                if (b.date_start or "") > reach:
                    break
                yield a, b


def suggest(events: Iterable[Candidate], minimum: float = SUGGEST) -> list[Link]:
    """Every pair scoring at least minimum, best first."""
    links = (compare(a, b) for a, b in candidate_pairs(events))
    return sorted(
        (k for k in links if k and k.score >= minimum), key=lambda k: (-k.score, k.a, k.b)
    )


def clusters(
    links: Iterable[Link], accepted: Iterable[tuple[str, str]], rejected: Iterable[tuple[str, str]]
) -> dict[str, str]:
    """Event id -> incident id, for events in incidents of two or more.

    Accepted pairs always join; undecided links at or above AUTO_LINK join best first, unless the
    join would put a rejected pair into one incident. Computed afresh from the decisions, so
    undoing a decision undoes its effect.
    """
    no = {frozenset(p) for p in rejected}
    member: dict[str, set[str]] = {}

    def join(a: str, b: str, forced: bool) -> None:
        left, right = member.get(a, {a}), member.get(b, {b})
        if left is right or (
            not forced and any(frozenset((x, y)) in no for x in left for y in right)
        ):
            return
        merged = left | right
        for x in merged:
            member[x] = merged

    for a, b in accepted:
        join(a, b, True)
    for link in links:
        if link.score >= AUTO_LINK and frozenset((link.a, link.b)) not in no:
            join(link.a, link.b, False)
    return {x: incident_id(group) for x, group in member.items()}


def incident_id(members: Iterable[str]) -> str:
    """The deterministic id of an incident: a hash of its smallest event id."""
    return "inc-" + hashlib.sha256(min(members).encode()).hexdigest()[:16]
