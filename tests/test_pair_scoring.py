"""A linking's pairs scored by type family elsewhere (a cluster's workers) give the links that
scoring them here gives, in the same order."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

import pytest

from nkevents import resolve
from nkevents.cluster import InProcess
from nkevents.store import pair_scoring

TYPES = ["arrest", "detention", "execution", "trial", "smuggling", "escape"]
PROVINCES = [None, "Ryanggang", "North Hamgyong"]


def event(i: int, rng: random.Random) -> resolve.Candidate:
    day = date(2021, 5, 1) + timedelta(days=rng.randrange(20))
    precision = rng.choice(["day", "day", "month", None])
    start = end = day.isoformat() if precision == "day" else None
    if precision == "month":
        start, end = day.replace(day=1).isoformat(), day.replace(day=28).isoformat()
    return resolve.Candidate(
        f"ev-{i:04d}",
        f"doc-{i // 2}",
        f"outlet{i % 5}",
        rng.choice(TYPES),
        start,
        end,
        precision,
        admin1=rng.choice(PROVINCES),
        people=rng.choice([None, 3, 4, 12]),
        published=(day + timedelta(days=rng.randrange(4))).isoformat(),
        language="en",
        names=frozenset(rng.sample(["kimchol", "rihyang", "pakmin"], k=rng.randrange(2))),
        words=frozenset(rng.sample(["border", "copper", "trial", "stadium", "guards"], k=3)),
    )


def spread_here(fn: Any, items: list[Any]) -> list[Any]:
    return InProcess().spread(fn, items)


def test_links_scored_by_family_elsewhere_are_those_scored_here(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rng = random.Random(3)
    stored = [event(i, rng) for i in range(300)]
    new = [event(i, rng) for i in range(300, 700)]
    filed = {c.id: [(key, resolve.region(c)) for key in resolve.blocks(c)] for c in stored}
    here = pair_scoring.score(new, stored, filed)
    monkeypatch.setattr(pair_scoring, "SPREAD_MIN", 1)
    calls: list[int] = []

    def counted(fn: Any, items: list[Any]) -> list[Any]:
        calls.append(len(items))
        return spread_here(fn, items)

    elsewhere = pair_scoring.score(new, stored, filed, counted)
    assert calls and calls[0] == len({resolve.family(c.type) for c in new})  # one task a family
    assert len(here) > 50
    assert [(k.a, k.b, k.score, k.reasons) for k in elsewhere] == [
        (k.a, k.b, k.score, k.reasons) for k in here
    ]


def test_few_new_events_are_scored_here() -> None:
    rng = random.Random(5)
    new = [event(i, rng) for i in range(20)]

    def refuse(fn: Any, items: list[Any]) -> list[Any]:
        raise AssertionError("sent away")

    assert pair_scoring.score(new, [], {}, refuse) == pair_scoring.score(new, [], {})


def test_tasks_come_largest_first_with_the_stored_events_of_their_family() -> None:
    rng = random.Random(9)
    new = [event(i, rng) for i in range(200)]
    stored = [event(i, rng) for i in range(200, 260)]
    filed = {c.id: [(key, resolve.region(c)) for key in resolve.blocks(c)] for c in stored}
    tasks = pair_scoring.family_tasks(new, stored, filed, {})
    sizes = [len(looking) + len(met) for looking, met, _ in tasks]
    assert sizes == sorted(sizes, reverse=True)
    for looking, met, blocks in tasks:
        family = {resolve.family(next(c for c in new if c.id == i).type) for i, _ in looking}
        assert len(family) == 1
        assert all(
            resolve.family(next(c for c in stored if c.id == i).type) in family for i, _ in met
        )
        assert set(blocks) == {i for i, _ in met}
