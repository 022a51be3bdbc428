"""Benchmark ingest end to end (read -> extract -> store) in one process and on Dask workers.

    .venv/bin/python bench/bench_ingest.py [--mb 290] [--workers 2] [--overhead-docs 4000]
                                           [--docs N]

The corpus is bench/gen_corpus.py's (generated on first use, kept in bench/out). Each mode
ingests it into a fresh SQLite store in the same run, so the figures share the machine's load:

- documents/s end to end (incident linking at the end included) and the speed-up of N workers;
- the writer's own ceiling: documents per second of time spent in Store.write (extraction
  taken out), and the events in the store at the end;
- peak memory (RSS) of the driver and of the largest worker at 25/50/100% of the input;
- the scheduler's overhead per batch size: one Dask worker against this process on a slice;
- CPU milliseconds per document of the driver (its main thread: reading, the writer, settling)
  and of the workers; each run starts with its extracting processes warmed (`warm`).
"""

from __future__ import annotations

import argparse
import itertools
import os
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gen_corpus import ensure_corpus  # noqa: E402

from nkevents.cluster import DaskRunner, InProcess, Runner  # noqa: E402
from nkevents.pipeline import LINK_DOCUMENTS, ingest  # noqa: E402
from nkevents.read import read_paths  # noqa: E402
from nkevents.store import Store, incidents, open_store  # noqa: E402

MB = 1024 * 1024


@dataclass(slots=True)
class Probe:
    """Counts documents as batches are written; samples memory at 25/50/100% of the input."""

    total: int
    done: int = 0
    marks: dict[int, tuple[float, float]] = field(default_factory=dict)
    peak: tuple[float, float] = (0.0, 0.0)

    def __call__(self, n: int) -> None:
        self.done += n
        share = 100 * self.done // self.total
        due = [m for m in (25, 50, 100) if share >= m and m not in self.marks]
        if due or self.done % 20_000 < n:
            now = memory()
            self.peak = (max(self.peak[0], now[0]), max(self.peak[1], now[1]))
            for mark in due:
                self.marks[mark] = now


def memory() -> tuple[float, float]:
    """RSS in MB of this process (the driver) and of its largest child (a local worker)."""
    me = psutil.Process()
    children = [c.memory_info().rss for c in me.children(recursive=True) if c.is_running()]
    return me.memory_info().rss / MB, max(children, default=0) / MB


class TimedStore:
    """A store whose writes are timed (wall and the writing thread's CPU): the writer's share,
    incident linking per written batch included (timed apart as well)."""

    def __init__(self, store: Store) -> None:
        self.store, self.writing, self.cpu, self.linking = store, 0.0, 0.0, 0.0
        self.settling, self.settle_cpu, self.inside = 0.0, 0.0, False

    def settle(self, **kwargs: Any) -> int:
        start, cpu = time.perf_counter(), time.thread_time()
        try:
            return self.store.settle(**kwargs)
        finally:
            self.settling = time.perf_counter() - start
            self.settle_cpu = time.thread_time() - cpu

    def write_batches(self, *args: Any, **kwargs: Any) -> Any:
        start, cpu = time.perf_counter(), time.thread_time()
        self.inside = True
        try:
            return self.store.write_batches(*args, **kwargs)
        finally:
            self.inside = False
            self.writing += time.perf_counter() - start
            self.cpu += time.thread_time() - cpu

    def __getattr__(self, name: str) -> Any:
        return getattr(self.store, name)


def timed_linking(stores: list[TimedStore]) -> None:
    """Charge the time of incident linking inside written transactions (a run that links each
    batch) to the store; the final linking is timed by settle."""
    link_new = incidents.link_new

    def timed(conn: Any, **kwargs: Any) -> int:
        start = time.perf_counter()
        try:
            return link_new(conn, **kwargs)
        finally:
            if stores and stores[-1].inside:
                stores[-1].linking += time.perf_counter() - start

    incidents.link_new = timed  # type: ignore[assignment]


STORES: list[TimedStore] = []
timed_linking(STORES)


def warm() -> int:
    """Load what extraction and preparing rows load on first use (lexicons, gazetteer, linker
    word lists: about a CPU second), so that a slice's CPU per document is the steady state's."""
    from nkevents.model import Document
    from nkevents.pipeline import Prepare, extract_document

    text = "A court in Hyesan sentenced two smugglers on 3 May 2019. 혜산시에서 밀수꾼이 체포됐다."
    return len(Prepare(extract_document)(Document("warm", text, published="2019-05-04")).events)


def warm_up(runner: Runner) -> None:
    """Warm this process (the one-process run extracts here) or every Dask worker."""
    if isinstance(runner, DaskRunner):
        runner.client.run(warm)
    else:
        warm()


def run(
    corpus: Path, runner: Runner, folder: Path, name: str, total: int, link_every: int
) -> dict[str, Any]:
    """Ingest the corpus with one runner (warmed first); its figures."""
    warm_up(runner)
    url = f"sqlite:///{folder / f'{name}.db'}"
    store, probe = TimedStore(open_store(url)), Probe(total)
    STORES.append(store)
    me = psutil.Process()
    start, cpu, mine, main = time.perf_counter(), cpu_seconds(me), own_seconds(me), main_seconds()
    documents = itertools.islice(read_paths([str(corpus)]), total)
    summary = ingest(
        store,  # type: ignore[arg-type]
        documents,
        progress=probe,
        runner=runner,
        link_every=link_every,
    )
    seconds = time.perf_counter() - start
    read = max(summary.read, 1)
    cpu_ms = 1000 * (cpu_seconds(me) - cpu) / read
    driver_ms = 1000 * (own_seconds(me) - mine) / read
    main_ms = 1000 * (main_seconds() - main) / read
    events = store.counts()["events"]
    return {
        "name": name,
        "docs": summary.read,
        "events": events,
        "seconds": seconds,
        "rate": summary.read / seconds,
        "writer": summary.read / store.writing,
        "writing": store.writing,
        "cpu_ms": cpu_ms,
        "driver_ms": driver_ms,
        "main_ms": main_ms,
        "settle_ms": 1000 * store.settle_cpu / read,
        "writer_ms": 1000 * store.cpu / read,
        "linking": store.linking,
        "settling": store.settling,
        "streaming": summary.read / (seconds - store.settling),
        "writer_cpu": summary.read / store.cpu,
        "marks": probe.marks,
        "load": os.getloadavg()[0],
        "peak": probe.peak,
    }


def cpu_seconds(process: psutil.Process) -> float:
    """CPU time (user + system) of a process and its children so far."""
    total = 0.0
    for p in [process, *process.children(recursive=True)]:
        try:
            times = p.cpu_times()
        except psutil.NoSuchProcess:
            continue
        total += times.user + times.system
    return total


def own_seconds(process: psutil.Process) -> float:
    """CPU time (user + system) of this process alone (the driver: reading, the Dask client
    and the local scheduler, the writer, the final linking)."""
    times = process.cpu_times()
    return times.user + times.system


def main_seconds() -> float:
    """CPU time of this process's main thread (reading, the writer, linking; not Dask's own
    threads: the client's, the local scheduler's and the nannies' event loop)."""
    ident = threading.main_thread().native_id
    return next(
        (t.user_time + t.system_time for t in psutil.Process().threads() if t.id == ident), 0.0
    )


def overhead(corpus: Path, docs: int, sizes: list[int]) -> list[str]:
    """CPU milliseconds per document of extraction alone, here and on one Dask worker (driver,
    scheduler and worker together), per batch size: CPU time, unlike wall time, holds still on
    a machine shared with other work."""
    from nkevents.pipeline import extract_document

    here, me = InProcess(), psutil.Process()
    sample = list(itertools.islice(read_paths([str(corpus)]), docs))

    def cost(runner: Runner, size: int) -> tuple[float, float]:
        jobs = [(i, sample[i : i + size]) for i in range(0, len(sample), size)]
        start, cpu = time.perf_counter(), cpu_seconds(me)
        for _ in runner.map(extract_document, jobs):  # type: ignore[arg-type]
            pass
        wall = time.perf_counter() - start
        return 1000 * (cpu_seconds(me) - cpu) / len(sample), len(sample) / wall

    lines = []
    one = DaskRunner(1)
    try:
        cost(one, 200)  # warm the worker (imports, lexicons, gazetteer)
        cost(here, 200)
        for size in sizes:
            (a, ra), (b, rb) = cost(here, size), cost(one, size)
            lines.append(
                f"  batch {size:>5}: this process {a:.3f} CPU ms/doc ({ra:,.0f} docs/s), one Dask "
                f"worker {b:.3f} CPU ms/doc ({rb:,.0f} docs/s): overhead {100 * (b / a - 1):+.1f}%"
            )
    finally:
        one.close()
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=290.0, help="corpus size (default 290 MB)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--docs", type=int, help="ingest only the first N reports (a sample)")
    parser.add_argument(
        "--link-every", type=int, default=LINK_DOCUMENTS, help="link incidents every N documents"
    )
    parser.add_argument("--overhead-docs", type=int, default=4000)
    parser.add_argument("--skip-one", action="store_true", help="only the Dask run")
    parser.add_argument("--overhead-only", action="store_true", help="only the overhead")
    args = parser.parse_args()
    corpus = ensure_corpus(args.mb)
    with corpus.open("rb") as fh:
        total = sum(1 for _ in fh)
    total = min(total, args.docs or total)
    size = corpus.stat().st_size / 1e6
    print(f"corpus {corpus.name} ({size:,.0f} MB): {total:,} documents ingested")
    folder = Path(tempfile.mkdtemp(prefix="nkevents-bench-ingest-"))
    if args.overhead_docs:
        print("scheduler overhead (extraction only, no store):")
        for line in overhead(corpus, args.overhead_docs, [20, 100, 500, 2000]):
            print(line, flush=True)
    results = []
    if args.overhead_only:
        return
    if not args.skip_one:
        results.append(run(corpus, InProcess(), folder, "one process", total, args.link_every))
    dask = DaskRunner(args.workers)
    try:
        results.append(run(corpus, dask, folder, f"{args.workers} workers", total, args.link_every))
    finally:
        dask.close()
    for r in results:
        marks = ", ".join(f"{m}%: {d:,.0f}/{w:,.0f} MB" for m, (d, w) in sorted(r["marks"].items()))
        print(
            f"{r['name']}: {r['docs']:,} documents, {r['events']:,} events in {r['seconds']:.0f} s "
            f"= {r['rate']:,.0f} documents/s end to end ({r['cpu_ms']:.2f} CPU ms/doc: driver "
            f"{r['driver_ms']:.2f}, of which main thread {r['main_ms']:.2f} (writer "
            f"{r['writer_ms']:.2f}, settling {r['settle_ms']:.2f}); workers "
            f"{r['cpu_ms'] - r['driver_ms']:.2f}); "
            f"before settling ({r['settling']:.0f} s) {r['streaming']:,.0f} documents/s; "
            f"writer alone {r['writer']:,.0f} documents/s ({r['writing']:.0f} s writing, of "
            f"which {r['linking']:.0f} s incident linking per batch; {r['writer_cpu']:,.0f} "
            f"documents per CPU second); RSS driver/largest worker {marks}; "
            f"peak {r['peak'][0]:,.0f}/{r['peak'][1]:,.0f} MB; load average {r['load']:.1f}",
            flush=True,
        )
    if len(results) == 2:
        a, b = results
        print(
            f"speed-up of {args.workers} workers: {b['rate'] / a['rate']:.2f}x end to end, "
            f"{b['streaming'] / a['streaming']:.2f}x before settling; "
            f"load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}"
        )


if __name__ == "__main__":
    main()
