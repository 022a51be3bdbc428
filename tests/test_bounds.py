"""The linker's bound (nkevents.bounds): never below what a pair scores, so that reading only
the stored events whose bound reaches SUGGEST gives the suggestions comparing every pair gives."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

import numpy as np
import pytest
from sqlalchemy import select
from store_support import doc, event, extractor, store

from nkevents import bounds, pair_arrays, resolve
from nkevents.model import Location
from nkevents.resolve import Candidate
from nkevents.store import Store
from nkevents.store import incidents as incident_store
from nkevents.store.ingest import Extracted
from nkevents.store.schema import documents, events, link_suggestions

__all__ = ["store"]

PLACES = [  # place, province, lat, lon (some without coordinates, one a province itself)
    ("Hyesan", "Ryanggang", 41.40, 128.18),
    ("Wiyon", "Ryanggang", 41.35, 128.30),
    ("Ryanggang", "Ryanggang", None, None),
    ("Haeju", "South Hwanghae", 38.04, 125.71),
    ("Sinuiju", "North Pyongan", 40.10, 124.40),
    ("Dandong", "Liaoning", None, None),
]
NAMES = ["hyonsongwol", "pakchol", "richolman", "kimyongsu"]
ROMAN = ["hyonsongwol", "pakchol", "sinuiju"]
WORDS = [f"w{i}" for i in range(12)]


def _some(rng: random.Random, pool: list[str], most: int = 3) -> frozenset[str]:
    return frozenset(rng.sample(pool, rng.randint(0, min(most, len(pool)))))


def generated(rng: random.Random, i: int) -> Candidate:
    """An invented event whose fields often, but not always, meet another's."""
    day = date(2018, 11, 1) + timedelta(days=rng.randint(0, 70))
    precision = rng.choice(["day", "day", "month", "year", None])
    if precision == "day":
        start = end = day.isoformat()
    elif precision == "month":
        start, end = day.replace(day=1).isoformat(), day.replace(day=28).isoformat()
    elif precision == "year":
        start, end = "2018-01-01", "2018-12-31"
    else:
        start = end = None
    place = rng.choice([*PLACES, None])
    told = day + timedelta(days=rng.randint(-3, 90))
    return Candidate(
        f"e{i}",
        f"d{i % 7 if rng.random() < 0.1 else i}",
        f"o{i % 5}",
        rng.choice(["trial", "trial", "arrest", "detention", "sanction", "execution"]),
        start,
        end,
        precision,
        place[0] if place else None,
        place[1] if place else None,
        rng.choice([None, "g1", "g2"]) if place else None,
        rng.choice([None, 3, 4, 5, 9, 12, 30, 0]),
        _some(rng, ["rice", "copper", "phones"], 2),
        rng.choice([None, None, "UNSCR 2397", "UNSCR-2397", "EO 13722"]),
        rng.choice([told.isoformat(), told.isoformat()[:7], None]),
        rng.choice(["en", "ko", None]),
        place[2] if place else None,
        place[3] if place else None,
        rng.choice([None, None, "Camp 15", "camp-15", "Hyesan court"]),
        rng.choice([None, "death", "labour"]),
        _some(rng, ["bank a", "ship b", "firm c"], 2),
        names=_some(rng, NAMES),
        singles=_some(rng, ["pakchol", "hyesan", "kangdong"]),
        roman=_some(rng, ROMAN),
        lead_names=_some(rng, NAMES),
        lead_singles=_some(rng, ["pakchol", "hyesan"]),
        lead_roman=_some(rng, ROMAN),
        lead_numbers=_some(rng, ["12", "300", "2397"]),
        numbers=_some(rng, ["12", "300", "2397", "IL76"]),
        words=_some(rng, WORDS, 8),
        places=_some(rng, ["p1", "p2", "p3"]),
        lead_places=_some(rng, ["p1", "p2"]),
    )


def _total(a: Candidate, b: Candidate) -> float | None:
    """What compare adds up for a pair (None: never a pair)."""
    kind, when = resolve.type_part(a, b), resolve.date_part(a, b)
    if kind is None or when is None:
        return None
    parts = (
        kind,
        when,
        resolve.published_part(a, b),
        resolve.place_part(a, b),
        resolve.people_part(a, b),
        resolve.goods_part(a, b),
        resolve.detail_part(a, b),
        resolve.evidence_part(a, b),
    )
    return sum(p[0] for p in parts)


def test_the_bound_is_never_below_what_a_pair_adds_up_to() -> None:
    rng = random.Random(7)
    stored = [generated(rng, i) for i in range(400)]
    rows = bounds.Packed([bounds.pack(c) for c in stored])
    least, pruned, suggested = bounds.threshold(), 0, 0
    for n in range(120):
        a = generated(rng, 1000 + n)
        most = bounds.most(a, rows, np.arange(len(stored)))
        for b, bound in zip(stored, most.tolist(), strict=True):
            total = _total(a, b)
            if total is None:
                assert bound == -np.inf or bound >= -50  # a pair compare drops may be kept
                continue
            assert bound >= total - 1e-9, (a, b, bound, total)
            link = resolve.compare(a, b, resolve.SUGGEST)
            if link is not None:
                suggested += 1
                assert bound >= least
            elif bound < least:
                pruned += 1
    assert suggested > 1000 and pruned > 1000  # and it spares reading many


def test_the_bound_is_exact_but_for_the_names_lead_numbers_and_counts() -> None:
    rng = random.Random(11)
    stored = [generated(rng, i) for i in range(200)]
    stored = [
        Candidate(**{f: getattr(c, f) for f in incident_store.SNAPSHOT}, id=c.id)  # type: ignore[arg-type]
        for c in stored
    ]
    for c in stored:  # no names: the rest of the bound is exact
        for k in ("names", "singles", "roman", "lead_names", "lead_singles", "lead_roman"):
            setattr(c, k, frozenset())
        c.lead_numbers = frozenset()
        c.__post_init__()
    rows = bounds.Packed([bounds.pack(c) for c in stored])
    for n in range(60):
        a = generated(rng, 1000 + n)
        for b, bound in zip(stored, bounds.most(a, rows, np.arange(200)).tolist(), strict=True):
            total = _total(a, b)
            counts = {str(n) for n in (a.people, b.people) if n is not None}
            if total is not None and a.numbers & b.numbers & counts:
                assert bound >= total - 1e-9, (a, b, bound, total)  # a count told is weighed once
            elif total is not None:
                assert abs(bound - total) < 1e-9, (a, b, bound, total)


def _old_scored(conn: Any, new: list[Candidate], filed: resolve.Filed) -> list[resolve.Link]:
    """Every stored event of the blocks read in full and compared (the linker before bounds)."""
    mates = incident_store.stored_candidates(conn, sorted(filed))
    resolve.crowds(new, filed)
    return resolve.score_pairs(resolve.pairs_for(new, mates, filed))


@pytest.mark.parametrize("at_once", [False, True])
@pytest.mark.parametrize("crowded", [False, True])
def test_linking_with_bounds_suggests_what_comparing_every_pair_suggests(
    store: Store, monkeypatch: Any, at_once: bool, crowded: bool
) -> None:
    # Invented reports in four batches, each linked against the store as it stands: the links
    # found through the bound are those of comparing every pair, batch by batch; at_once, as a
    # large linking finds them (pairs and bounds as arrays, the stored events met read as
    # packed rows and in full only where the bound may reach SUGGEST); crowded, with the
    # events met counting against agreeing from a few on (resolve.crowds).
    if crowded:
        monkeypatch.setattr(resolve, "CROWD_FROM", 3)
    rng = random.Random(3)
    names = ["Pak Chol-su", "Ri Yong-ho", "Kim Song-il", "Jong Hye-rim"]
    docs, table = [], {}
    for i in range(80):
        day = date(2018, 11, 1) + timedelta(days=rng.randint(0, 40))
        place = rng.choice(PLACES)
        who = rng.choice(names)
        count = rng.choice([3, 5, 12, 30])
        text = (
            f"A court in {place[0]} sentenced {who} and {count} others for "
            f"{rng.choice(['smuggling', 'phones', 'drugs'])} on {day:%B %d}."
        )
        published = (day + timedelta(days=rng.randint(1, 6))).isoformat()
        docs.append(doc(f"r{i}", text, f"https://outlet{i % 5}.example/{i}", published=published))
        when = rng.choice([day.isoformat(), day.isoformat(), f"{day:%Y-%m}", None])
        ev = event(
            rng.choice(["trial", "trial", "arrest", "detention"]),
            date=when,
            place=place[0],
            admin1=place[1],
            people=count,
            evidence=[(0, len(text))],
        )
        if place[2] is None:
            ev.location = Location(place[0], place[1], "city", None, None)
        table[f"r{i}"] = [ev]
    compared: list[tuple[list[resolve.Link], list[resolve.Link]]] = []
    scored = incident_store._scored

    read: list[int] = []  # the stored events read in full, call by call
    reads: list[tuple[int, int]] = []  # stored events read in full by the linking, and met

    def both(
        conn: Any, new: list[Candidate], filed: resolve.Filed, *args: Any
    ) -> list[resolve.Link]:
        read.clear()
        found = scored(conn, new, filed, *args)
        reads.append((sum(read), len(filed)))
        compared.append((found, _old_scored(conn, new, filed)))
        return found

    monkeypatch.setattr(incident_store, "_scored", both)
    monkeypatch.setattr(incident_store, "BOUND_FROM", 0)  # bounds however few events meet
    if at_once:
        monkeypatch.setattr(pair_arrays, "ARRAYS_FROM", 1)
        full = incident_store.stored_candidates
        monkeypatch.setattr(
            incident_store,
            "stored_candidates",
            lambda conn, ids: read.append(len(ids)) or full(conn, ids),
        )
    for start in range(0, len(docs), 20):
        part = docs[start : start + 20]
        store.write([Extracted(d, extractor(table)(d)) for d in part], "v1", link=False)
        with store.engine.begin() as conn:
            keys = select(documents.c.id).where(documents.c.source_id.in_([d.id for d in part]))
            query = select(events.c.id).where(events.c.document_id.in_(keys))
            ids = list(conn.execute(query).scalars())
            incident_store.link_events(conn, ids)
    assert len(compared) == 4 and sum(len(old) for _, old in compared) > 50
    for found, old in compared:
        assert [(k.a, k.b, k.score, k.reasons) for k in found] == [
            (k.a, k.b, k.score, k.reasons) for k in old
        ]
    crowd = [
        k for found, _ in compared for k in found if "-crowded:many alike events met" in k.reasons
    ]
    assert bool(crowd) == crowded
    with store.engine.connect() as conn:
        assert conn.execute(select(link_suggestions)).all()
    if at_once:  # of the stored events met, only those whose bound reaches SUGGEST were read
        assert all(n <= met for n, met in reads) and 0 < sum(n for n, _ in reads) < sum(
            met for _, met in reads
        )
