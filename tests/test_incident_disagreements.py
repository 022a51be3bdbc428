"""An incident's disagreements, decided from extremes and distinct values, are the ones a
comparison of every two of its events finds."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from nkevents import resolve
from nkevents.store.incidents import disagreements

PLACES = [("Hyesan", "Ryanggang"), ("Ryanggang", None), ("Musan", "North Hamgyong")]
PLACES += [("North Hamgyong", None), ("hyesan", "ryanggang"), ("Sinuiju", "North Pyongan")]


def pairwise(rows: list[dict[str, Any]]) -> list[str]:
    """The reference: every two events that give a field compared."""

    def dates(a: dict[str, Any], b: dict[str, Any]) -> bool:
        one = resolve.Candidate("a", "a", "a", "t", a["date_start"], a["date_end"], "day")
        two = resolve.Candidate("b", "b", "b", "t", b["date_start"], b["date_end"], "day")
        return resolve.days_apart(one, two) > resolve.SLACK_DAYS

    def counts(a: dict[str, Any], b: dict[str, Any]) -> bool:
        low, high = sorted((a["people"], b["people"]))
        return high - low > 2 and (not high or low / high < 0.75)

    def places(a: dict[str, Any], b: dict[str, Any]) -> bool:
        if a["place"].lower() == b["place"].lower():
            return False
        return not any(
            x["admin1"] and x["admin1"].lower() == y["place"].lower() for x, y in ((a, b), (b, a))
        )

    def penalties(a: dict[str, Any], b: dict[str, Any]) -> bool:
        keys = ("penalty_kind", "penalty_min_months", "penalty_max_months")
        return tuple(a[k] for k in keys) != tuple(b[k] for k in keys)

    out = []
    for name, column, differ in (
        ("date", "date_start", dates),
        ("people", "people", counts),
        ("place", "place", places),
        ("penalty", "penalty_kind", penalties),
    ):
        given = [r for r in rows if r[column] is not None]
        if any(differ(a, b) for i, a in enumerate(given) for b in given[i + 1 :]):
            out.append(name)
    return out


def event(rng: random.Random) -> dict[str, Any]:
    start = date(2021, 3, 1) + timedelta(days=rng.randrange(12))
    place, admin1 = rng.choice(PLACES)
    dated, placed = rng.random() < 0.8, rng.random() < 0.8
    kind = rng.choice(["forced_labor", "death", None])
    return {
        "date_start": start.isoformat() if dated else None,
        "date_end": (start + timedelta(days=rng.choice([0, 0, 3]))).isoformat() if dated else None,
        "people": rng.choice([None, 0, 3, 4, 5, 9, 12, 30]),
        "place": place if placed else None,
        "admin1": admin1 if placed else None,
        "penalty_kind": kind,
        "penalty_min_months": rng.choice([None, 6]) if kind == "forced_labor" else None,
        "penalty_max_months": rng.choice([None, 24]) if kind == "forced_labor" else None,
    }


def test_disagreements_match_every_pair_compared() -> None:
    rng = random.Random(7)
    found = set()
    for _ in range(3000):
        rows = [event(rng) for _ in range(rng.randint(1, 6))]
        expected = pairwise(rows)
        assert disagreements(rows) == expected, rows
        found.update(expected)
    assert found == {"date", "people", "place", "penalty"}  # each kind was exercised


def test_a_city_and_its_province_agree_two_cities_do_not() -> None:
    city = {"place": "Hyesan", "admin1": "Ryanggang"}
    province = {"place": "Ryanggang", "admin1": None}
    other = {"place": "Musan", "admin1": "North Hamgyong"}
    blank = {"date_start": None, "people": None, "penalty_kind": None}
    assert disagreements([city | blank, province | blank]) == []
    assert disagreements([city | blank, province | blank, other | blank]) == ["place"]


def test_counts_within_tolerance_agree_the_extremes_decide() -> None:
    blank = {"date_start": None, "place": None, "penalty_kind": None}
    assert disagreements([{"people": n} | blank for n in (10, 11, 12)]) == []
    assert disagreements([{"people": n} | blank for n in (10, 11, 12, 30)]) == ["people"]
