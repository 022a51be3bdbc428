"""Benchmark the web app: latency of the events page and the map's data endpoint at 100k events.

    .venv/bin/python bench/bench_web.py --events 100000 [--requests 40] [--db bench/out/web.db]

Fills a SQLite store with synthetic reports (two events each, over 300 places with coordinates,
made by a stand-in extractor), serves the app with uvicorn on a local port and times real HTTP
requests over a mix of filters. Target: p95 under 300 ms for /events and /api/v1/map. The
baseline, measured in the same run, is the app's cheapest route (/api/v1/session): what HTTP,
routing and the session cost before any query.
"""

from __future__ import annotations

import argparse
import random
import resource
import socket
import statistics
import sys
import threading
import time
from pathlib import Path

import httpx
import uvicorn

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # nkevents, uninstalled

from nkevents.model import Document, Event, Extraction, Location, Penalty  # noqa: E402
from nkevents.pipeline import ingest
from nkevents.store import EventFilter, Store, open_store  # noqa: E402
from nkevents.web.app import create_app  # noqa: E402

TARGET_MS = 300.0
PROVINCES = ["Ryanggang", "North Hamgyong", "North Pyongan", "Chagang", "South Hamgyong"]
TYPES = ["trial", "execution", "arrest", "smuggling", "seizure", "crackdown", "escape", "detention"]
COMMODITIES = ["gold", "copper", "coal", "phones", "drugs", "zinc"]
CHARGES = ["smuggling", "theft", "drugs", "illegal_phone", "foreign_media", "defection"]
WORDS = [f"w{i}" for i in range(3000)] + ["gold", "copper", "phones", "border", "밀수", "주민"]
QUERIES = {
    "/events": ["", "type=trial", "admin1=Ryanggang&date_from=2019", "q=copper",
                "type=smuggling&commodity=gold", "sort=-people&offset=200",
                "date_from=2021-03&date_to=2021-05"],
    "/api/v1/map": ["", "type=trial", "admin1=Ryanggang&date_from=2019", "q=copper",
                    "type=smuggling&commodity=gold", "date_from=2021"],
}  # fmt: skip


def place(i: int) -> Location:
    """One of 300 synthetic places spread over the north of the country."""
    rng = random.Random(i)
    lat, lon = 39.5 + rng.random() * 3, 124.5 + rng.random() * 5
    return Location(
        f"Place{i:03d}", PROVINCES[i % 5], "town", round(lat, 4), round(lon, 4), "KP", "town"
    )


def make_document(i: int, rng: random.Random) -> Document:
    """One synthetic report of about 300 characters."""
    year = rng.randint(2005, 2025)
    filler = " ".join(rng.choice(WORDS) for _ in range(40))
    text = f"Authorities held a trial in {year}. {filler}. 주민 {rng.randint(1, 90)}명."
    return Document(f"w{i}", text, f"https://outlet{i % 40}.example/{i}", None, str(year), "en")


def fake_extract(doc: Document) -> Extraction:
    """Two events per report, drawn from the report's id (no real extraction)."""
    rng = random.Random(doc.id)
    events = [
        Event(type=rng.choice(TYPES), date=f"{doc.published}-{rng.randint(1, 12):02d}",
              location=place(rng.randrange(300)), people=rng.randint(1, 90),
              charges=[rng.choice(CHARGES)], commodities=[rng.choice(COMMODITIES)],
              penalty=Penalty("forced_labor", 60, 120) if rng.random() < 0.3 else None,
              evidence=[(0, 30)])
        for _ in range(2)
    ]  # fmt: skip
    return Extraction(doc.id, True, events)


def fill(db: Path, events: int) -> Store:
    """The store at db, filled with `events` events unless it already holds them."""
    store = open_store(f"sqlite:///{db}")
    have = store.search_events(EventFilter(limit=1)).total
    if have < events:
        rng = random.Random(1)
        start = time.perf_counter()
        docs = (make_document(i, rng) for i in range(have // 2, events // 2))
        ingest(store, docs, extract=fake_extract, extractor_version="bench-web", batch_size=1000)
        print(f"filled {events} events in {time.perf_counter() - start:.0f} s")
    return store


def serve(store: Store) -> tuple[uvicorn.Server, str]:
    """The app on a free local port, in a thread."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(store=store), port=port, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    return server, f"http://127.0.0.1:{port}"


def timings(client: httpx.Client, path: str, queries: list[str], rounds: int) -> list[float]:
    """Milliseconds per request, cycling through the queries (after one warm-up pass).

    A query that fails is reported once and left out of the rounds.
    """
    working = []
    for q in queries:
        status = client.get(f"{path}?{q}").status_code
        if status == 200:
            working.append(q)
        else:
            print(f"  {path}?{q} answered {status}: left out")
    out = []
    for i in range(rounds):
        start = time.perf_counter()
        client.get(f"{path}?{working[i % len(working)]}")
        out.append((time.perf_counter() - start) * 1000)
    return out


def report(name: str, ms: list[float]) -> float:
    """Print p50/p95/max; the p95."""
    p95 = statistics.quantiles(ms, n=20)[-1]
    print(
        f"{name:16s} p50 {statistics.median(ms):7.1f} ms  p95 {p95:7.1f} ms  max {max(ms):7.1f} ms"
    )
    return p95


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=40)
    parser.add_argument("--db", type=Path, default=Path("bench/out/web.db"))
    args = parser.parse_args()
    args.db.parent.mkdir(parents=True, exist_ok=True)
    store = fill(args.db, args.events)
    server, base = serve(store)
    with httpx.Client(base_url=base, timeout=60) as client:
        base_p95 = report("baseline", timings(client, "/api/v1/session", [""], args.requests))
        worst = {p: report(p, timings(client, p, q, args.requests)) for p, q in QUERIES.items()}
    server.should_exit = True
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"events {args.events}, peak memory {peak:.0f} MB, baseline p95 {base_p95:.1f} ms")
    for path, p95 in worst.items():
        verdict = "ok" if p95 < TARGET_MS else "OVER"
        print(f"{path}: p95 {p95:.0f} ms vs target {TARGET_MS:.0f} ms: {verdict}")


if __name__ == "__main__":
    main()
