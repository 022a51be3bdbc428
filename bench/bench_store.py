"""Benchmark the store: ingest rate into SQLite/PostgreSQL and filtered full-text query latency.

    .venv/bin/python bench/bench_store.py --events 100000 [--pg URL] [--keep DIR]

Documents are synthetic (short English/Korean texts over a fixed place list), two events each,
made by a stand-in extractor so that only storage is measured. The baseline is a plain
executemany of the same documents into a bare table in the same database kind.
"""

from __future__ import annotations

import argparse
import csv
import itertools
import os
import random
import resource
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from sqlalchemy import text

from nkevents.model import Document, Event, EventType, Extraction, Location
from nkevents.store import EventFilter, open_store
from nkevents.store.ingest import Extracted

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
WORDS_FILE = Path("/usr/share/dict/words")
PROVINCES = ["Ryanggang", "North Hamgyong", "North Pyongan", "Chagang", "South Hamgyong", "Kangwon"]
TYPES: list[EventType] = ["trial", "execution", "arrest", "smuggling", "seizure", "crackdown"]
KOREAN = ["주민", "밀수", "체포", "공개재판", "국경", "보위부", "단속", "중국", "시장", "휴대전화"]


def place_names() -> list[str]:
    """Real place names: the shared gazetteer when present, else made-up romanised ones."""
    gazetteer = SHARED / "data/nk_gazetteer_seed.csv"
    if gazetteer.is_file():
        with gazetteer.open(encoding="utf-8") as fh:
            return sorted({row["name"] for row in csv.DictReader(fh) if row["name"]})
    rng = random.Random(3)
    syllables = [
        "hye",
        "san",
        "chong",
        "jin",
        "hoe",
        "ryong",
        "sin",
        "ui",
        "ju",
        "kang",
        "gye",
        "mu",
    ]
    return sorted({"".join(rng.sample(syllables, 2)).title() for _ in range(400)})


def vocabulary() -> list[str]:
    """English words (the system word list when installed) plus some Korean ones."""
    if WORDS_FILE.is_file():
        words = [w for w in WORDS_FILE.read_text(encoding="utf-8").split() if w.isalpha()]
        return random.Random(5).sample(words, min(20_000, len(words))) + KOREAN
    rng = random.Random(5)
    letters = "etaoinshrdlucmfwypvbgk"
    return ["".join(rng.choices(letters, k=rng.randint(2, 9))) for _ in range(20_000)] + KOREAN


SKIP_SETTLE = False
PLACES = place_names()
WORDS = vocabulary()
# Zipf-like weights: a few places and words are common, most are rare, as in real reports.
PLACE_WEIGHTS = list(itertools.accumulate(1 / (rank + 1) for rank in range(len(PLACES))))
WORD_WEIGHTS = list(itertools.accumulate(1 / (rank + 1) for rank in range(len(WORDS))))


def make_document(i: int, rng: random.Random) -> Document:
    """One synthetic report of about 600 characters naming one place."""
    place, year = rng.choices(PLACES, cum_weights=PLACE_WEIGHTS)[0], rng.randint(2010, 2025)
    filler = " ".join(rng.choices(WORDS, cum_weights=WORD_WEIGHTS, k=80))
    body = f"Authorities in {place} held a trial in {year}. {filler}. 주민 {rng.randint(1, 90)}명."
    return Document(
        id=f"b{i}", text=body, url=f"https://outlet{i % 40}.example/{i}", published=str(year)
    )


def fake_extract(doc: Document) -> Extraction:
    """Two events per document, from the document's own words (no real extraction)."""
    rng = random.Random(doc.id)
    place = doc.text.split(" held a trial")[0].removeprefix("Authorities in ")
    events = [
        Event(
            type=rng.choice(TYPES),
            date=f"{doc.published}-{rng.randint(1, 12):02d}" if k else doc.published,
            location=Location(place, rng.choice(PROVINCES), "town", 41.0, 128.0),
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


def run_ingest(url: str, docs: list[Document]) -> tuple[float, float, float, float]:
    """Write all documents with their extractions and rows made beforehand (extraction and row
    preparation happen on the workers), as the pipeline's writer does: transactions of
    WRITE_DOCUMENTS, incident linking in each (unless --no-linking); documents/s, MB/s, the
    seconds of linking among them, and the CPU ms per document of preparing the rows."""
    from nkevents.pipeline import WRITE_DOCUMENTS
    from nkevents.store import incidents
    from nkevents.store.prepare import prepare

    store = open_store(url)
    made = [(d, fake_extract(d)) for d in docs]
    cpu = time.process_time()
    done = [Extracted(d, e, prepared=prepare(d, e)) for d, e in made]
    preparing = 1000 * (time.process_time() - cpu) / len(docs)
    link_new, linking = incidents.link_new, [0.0]

    def timed(conn: Any) -> int:
        start = time.perf_counter()
        try:
            return link_new(conn)
        finally:
            linking[0] += time.perf_counter() - start

    incidents.link_new = timed  # type: ignore[assignment]
    start = time.perf_counter()
    try:
        for at in range(0, len(done), WRITE_DOCUMENTS):
            group = [(done[at : at + WRITE_DOCUMENTS], [])]
            store.write_batches(group, "bench-1", link=not SKIP_SETTLE)  # type: ignore[arg-type]
    finally:
        incidents.link_new = link_new  # type: ignore[assignment]
    seconds = time.perf_counter() - start
    megabytes = sum(len(d.text.encode()) for d in docs) / 1e6
    with (
        store.engine.begin() as conn
    ):  # statistics for the planner, as a real deployment would keep
        conn.execute(text("ANALYZE"))
    return len(docs) / seconds, megabytes / seconds, linking[0], preparing


def query_latency(url: str, rounds: int, seed: int = 7) -> tuple[float, float, float, float]:
    """p50 and p99 (ms) of a filtered full-text query with its total; then of an unfiltered page."""
    store, rng = open_store(url), random.Random(seed)
    times, plain = [], []
    for _ in range(rounds):
        year = rng.randint(2010, 2024)
        flt = EventFilter(
            q=rng.choices(PLACES, cum_weights=PLACE_WEIGHTS)[0],
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
    parser.add_argument("--query-only", action="store_true", help="reuse a kept database")
    parser.add_argument("--no-sqlite", action="store_true", help="benchmark PostgreSQL only")
    parser.add_argument("--no-linking", action="store_true", help="no incident linking")
    args = parser.parse_args()
    global SKIP_SETTLE
    SKIP_SETTLE = args.no_linking
    rng = random.Random(1)
    docs = [make_document(i, rng) for i in range(args.events // 2)]
    folder = Path(args.keep or tempfile.mkdtemp(prefix="nkevents-bench-"))
    targets = (
        [] if args.no_sqlite else [("sqlite", f"sqlite:///{folder / f'bench-{args.events}.db'}")]
    )
    targets += [("postgresql", args.pg)] if args.pg else []
    print(f"{args.events} events in {len(docs)} documents; one core (ingest is single-threaded)")
    for name, url in targets:
        if not args.query_only:
            base = baseline(url, docs)
            rate, mbs, linking, preparing = run_ingest(url, docs)
            print(
                f"{name}: writer {rate:,.0f} documents/s ({2 * rate:,.0f} events/s, "
                f"{mbs:.2f} MB/s per core), incident linking per transaction included "
                f"({linking:.1f} s); rows prepared beforehand ({preparing:.3f} CPU ms a "
                f"document, on the workers in a run); baseline bare insert {base:,.0f} "
                f"documents/s; load average {os.getloadavg()[0]:.1f}"
            )
        p50, p99, b50, b99 = query_latency(url, args.rounds)
        print(
            f"{name}: filtered full-text query p50 {p50:.1f} ms, p99 {p99:.1f} ms "
            f"(baseline unfiltered page p50 {b50:.1f} ms, p99 {b99:.1f} ms)"
        )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory {peak:,.0f} MB")


if __name__ == "__main__":
    main()
