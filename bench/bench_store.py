"""Benchmark the store: ingest rate into SQLite/PostgreSQL and filtered full-text query latency.

    .venv/bin/python bench/bench_store.py --events 100000 [--pg URL] [--keep DIR]

Documents are synthetic (short English/Korean texts over a fixed place list), two events each,
made by a stand-in extractor so that only storage is measured. The baseline is a plain
executemany of the same documents into a bare table in the same database kind.
"""

from __future__ import annotations

import argparse
import random
import resource
import statistics
import tempfile
import time
from pathlib import Path

from sqlalchemy import text

from nkevents.model import Document, Event, EventType, Extraction, Location
from nkevents.store import EventFilter, open_store
from nkevents.store import ingest as ingest_mod

PLACES = [f"Place{i:03d}" for i in range(300)] + [
    "Hyesan",
    "Chongjin",
    "Sinuiju",
    "혜산시",
    "회령시",
]
PROVINCES = ["Ryanggang", "North Hamgyong", "North Pyongan", "Chagang", "South Hamgyong"]
TYPES: list[EventType] = ["trial", "execution", "arrest", "smuggling", "seizure", "crackdown"]
WORDS = [f"w{i}" for i in range(5000)] + ["gold", "copper", "phones", "밀수", "체포", "주민"]


def make_document(i: int, rng: random.Random) -> Document:
    """One synthetic report of about 400 characters."""
    place, year = rng.choice(PLACES), rng.randint(2010, 2025)
    filler = " ".join(rng.choice(WORDS) for _ in range(50))
    body = f"Authorities in {place} held a trial in {year}. {filler}. 주민 {rng.randint(1, 90)}명."
    return Document(
        id=f"b{i}", text=body, url=f"https://outlet{i % 40}.example/{i}", published=str(year)
    )


def fake_extract(doc: Document) -> Extraction:
    """Two events per document, from the document's own words (no real extraction)."""
    rng = random.Random(doc.id)
    place = next((p for p in PLACES if p in doc.text), None)
    events = [
        Event(
            type=rng.choice(TYPES),
            date=f"{doc.published}-{rng.randint(1, 12):02d}" if k else doc.published,
            location=Location(place or "", rng.choice(PROVINCES), "town", 41.0, 128.0),
            people=rng.randint(1, 90),
            evidence=[(k * 50, k * 50 + 40)],
            commodities=[rng.choice(["gold", "copper", "coal"])],
        )
        for k in range(2)
    ]
    return Extraction(doc.id, True, events)


def baseline(url: str, docs: list[Document]) -> float:
    """Documents per second of a bare executemany into a plain table."""
    store = open_store(url)
    with store.engine.begin() as conn:
        conn.execute(text("DROP TABLE IF EXISTS bench_baseline"))
        conn.execute(text("CREATE TABLE bench_baseline (id TEXT PRIMARY KEY, body TEXT)"))
    start = time.perf_counter()
    with store.engine.begin() as conn:
        conn.execute(
            text("INSERT INTO bench_baseline VALUES (:id, :body)"),
            [{"id": d.id, "body": d.text} for d in docs],
        )
    return len(docs) / (time.perf_counter() - start)


def run_ingest(url: str, docs: list[Document]) -> tuple[float, float]:
    """Ingest all documents (without resolution); documents/s and MB/s."""
    store = open_store(url)
    start = time.perf_counter()
    ingest_mod.run(store.engine, docs, fake_extract, "bench-1", batch_size=500)
    seconds = time.perf_counter() - start
    megabytes = sum(len(d.text.encode()) for d in docs) / 1e6
    with (
        store.engine.begin() as conn
    ):  # statistics for the planner, as a real deployment would keep
        conn.execute(text("ANALYZE"))
    return len(docs) / seconds, megabytes / seconds


def query_latency(url: str, rounds: int, seed: int = 7) -> tuple[float, float, float, float]:
    """p50 and p99 (ms) of a filtered full-text query with its total; then of an unfiltered page."""
    store, rng = open_store(url), random.Random(seed)
    times, plain = [], []
    for _ in range(rounds):
        year = rng.randint(2010, 2024)
        flt = EventFilter(
            q=rng.choice(PLACES),
            types=(rng.choice(TYPES),),
            date_from=str(year),
            date_to=f"{year + 1}-06",
            admin1=rng.choice(PROVINCES),
            limit=50,
        )
        start = time.perf_counter()
        store.search_events(flt)
        times.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        store.search_events(EventFilter(limit=50, offset=rng.randint(0, 1000)))
        plain.append((time.perf_counter() - start) * 1000)
    return (*percentiles(times), *percentiles(plain))


def percentiles(values: list[float]) -> tuple[float, float]:
    """p50 and p99."""
    cuts = statistics.quantiles(values, n=100)
    return statistics.median(values), cuts[98]


def main() -> None:
    """Run the benchmark and print one line per measure."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--pg", help="postgresql:// URL of an empty database to benchmark too")
    parser.add_argument("--rounds", type=int, default=300)
    parser.add_argument("--keep", help="directory for the SQLite file (default: a temporary one)")
    args = parser.parse_args()
    rng = random.Random(1)
    docs = [make_document(i, rng) for i in range(args.events // 2)]
    folder = Path(args.keep or tempfile.mkdtemp(prefix="nkevents-bench-"))
    targets = [("sqlite", f"sqlite:///{folder / f'bench-{args.events}.db'}")]
    targets += [("postgresql", args.pg)] if args.pg else []
    print(f"{args.events} events in {len(docs)} documents; one core (ingest is single-threaded)")
    for name, url in targets:
        base = baseline(url, docs)
        rate, mbs = run_ingest(url, docs)
        p50, p99, b50, b99 = query_latency(url, args.rounds)
        print(
            f"{name}: ingest {rate:,.0f} documents/s ({2 * rate:,.0f} events/s, "
            f"{mbs:.2f} MB/s per core); "
            f"baseline bare insert {base:,.0f} documents/s"
        )
        print(
            f"{name}: filtered full-text query p50 {p50:.1f} ms, p99 {p99:.1f} ms "
            f"(baseline unfiltered page p50 {b50:.1f} ms, p99 {b99:.1f} ms)"
        )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory {peak:,.0f} MB")


if __name__ == "__main__":
    main()
