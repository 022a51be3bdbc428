"""Extraction on a real Dask cluster: the same store however it runs, and faults lose nothing.

These tests start real worker processes: a LocalCluster (`--workers 2`) and a cluster started
as the README says (`dask scheduler`, `dask worker`), reached by `--scheduler`.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psutil
import pytest
from click.testing import CliRunner
from sqlalchemy import create_engine, select, text
from store_support import completeness, stored_counts

from nkevents import pair_arrays
from nkevents.cli import main
from nkevents.cluster import (
    DaskRunner,
    InProcess,
    extract_packed,
    pack_documents,
    pack_results,
    unpack_documents,
    unpack_results,
)
from nkevents.model import Document, Event, Extraction
from nkevents.pipeline import Prepare, extract_batch, extract_document, ingest
from nkevents.store import open_store, schema

REPO = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
STAMPS = {"updated_at", "first_seen", "stored_at", "last_seen", "at", "stamp"}  # wall-clock times


def snapshot(url: str) -> dict[str, list[tuple[Any, ...]]]:
    """Every table's rows (times left out) in insertion order: SQLite's rowid."""
    engine = create_engine(url)
    out = {}
    with engine.connect() as conn:
        for table in schema.metadata.sorted_tables:
            columns = [c for c in table.c if c.name not in STAMPS]
            rows = conn.execute(select(*columns).order_by(text("rowid"))).all()
            out[table.name] = [tuple(r) for r in rows]
    engine.dispose()
    return out


def generated_corpus(path: Path, megabytes: float) -> Path:
    """A stream of reports from the benchmark's generator (bench/gen_corpus.py)."""
    sys.path.insert(0, str(REPO / "bench"))
    try:
        import gen_corpus
    finally:
        sys.path.remove(str(REPO / "bench"))
    gen_corpus.write_corpus(path, megabytes, seed=4)
    return path


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A scheduler and two single-threaded worker processes, started from the shell."""
    folder = tmp_path_factory.mktemp("cluster")
    info = folder / "scheduler.json"
    env = os.environ | {"PYTHONPATH": str(Path(__file__).parent)}  # this module's extractors
    common = {"cwd": folder, "env": env, "stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    scheduler = subprocess.Popen(
        [BIN / "dask", "scheduler", "--scheduler-file", info, "--port", "0", "--no-dashboard"],
        start_new_session=True,
        **common,  # type: ignore[arg-type]
    )
    worker = subprocess.Popen(
        [BIN / "dask", "worker", "--scheduler-file", info, "--nworkers", "2", "--nthreads", "1"]
        + ["--no-dashboard"],
        start_new_session=True,
        **common,  # type: ignore[arg-type]
    )
    try:
        for _ in range(300):
            if info.is_file() and info.stat().st_size:
                break
            time.sleep(0.1)
        yield str(json.loads(info.read_text())["address"])
    finally:
        for proc in (worker, scheduler):  # the process groups this fixture started
            os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()


def test_one_process_two_local_workers_and_a_cluster_store_the_same(
    tmp_path: Path, shared_dir: Path, cluster: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The final linking finds and bounds its pairs with arrays from any number of new events
    # (ARRAYS_FROM is for speed): the store must come out the same however it ran.
    monkeypatch.setattr(pair_arrays, "ARRAYS_FROM", 1)
    dev = shared_dir / "corpus/dev/documents.jsonl"
    stream = generated_corpus(tmp_path / "generated.jsonl", 0.25)
    stores = {}
    for name, options in {
        "one process": [],
        "two local workers": ["--workers", "2"],
        "cluster": ["--scheduler", cluster],
    }.items():
        url = f"sqlite:///{tmp_path / name.replace(' ', '-')}.db"
        args = ["ingest", str(dev), str(stream), "--db", url, "--batch-size", "40", *options]
        result = CliRunner().invoke(main, args, catch_exceptions=False)
        assert result.exit_code == 0, result.output
        stores[name] = snapshot(url)
    first = stores["one process"]
    assert len(first["documents"]) > 200 and len(first["events"]) > 100 and first["incidents"]
    assert stores["two local workers"] == first
    assert stores["cluster"] == first


def test_extract_on_a_cluster_writes_the_same_lines(shared_dir: Path, cluster: str) -> None:
    dev = str(shared_dir / "corpus/dev/documents.jsonl")
    here = CliRunner().invoke(main, ["extract", dev, "--no-progress"])
    there = CliRunner().invoke(main, ["extract", dev, "--scheduler", cluster, "--batch-size", "7"])
    assert here.exit_code == there.exit_code == 0
    assert there.stdout == here.stdout and len(here.stdout.splitlines()) == 60


def crashing(doc: Document) -> Extraction:
    """A stand-in extractor that fails on one document."""
    if "crash" in doc.text:
        raise ValueError("no rule for this")
    return Extraction(doc.id, True, [Event(type="arrest", people=len(doc.text), evidence=[(0, 4)])])


def test_a_document_that_crashes_the_extractor_is_a_problem_and_the_run_goes_on(
    cluster: str,
) -> None:
    docs = [Document(f"d{i}", f"Report {i}" + (" crash" if i == 3 else "")) for i in range(9)]
    store = open_store("sqlite://")
    runner = DaskRunner(scheduler=cluster)
    try:
        summary = ingest(store, docs, crashing, "v1", batch_size=4, runner=runner)
    finally:
        runner.close()
    assert (summary.new, summary.problems, store.counts()["events"]) == (8, 1, 8)
    (problem,) = store.problems()
    assert problem.origin == "d3"
    assert problem.reason.startswith("extraction failed: ValueError: no rule for this (at ")
    assert "crashing" in problem.reason  # where: the innermost frame of the traceback


def test_batches_in_flight_are_bounded(cluster: str) -> None:
    runner = DaskRunner(scheduler=cluster)
    pulled, most = [0], 0
    limit = 2 * runner.workers + 1

    def jobs() -> Iterator[tuple[int, list[Document]]]:
        for n in range(30):
            pulled[0] += 1
            yield n, [Document(f"d{n}-{k}", "Report.") for k in range(3)]

    try:
        order = []
        for n, results in runner.map(crashing, jobs()):
            most = max(most, pulled[0] - n)
            order.append(n)
            assert len(results) == 3
    finally:
        runner.close()
    assert order == list(range(30)) and most <= limit


def slow(doc: Document) -> Extraction:
    """A stand-in extractor slow enough to be caught mid-run."""
    time.sleep(0.003)
    n = int(doc.id[1:])
    return Extraction(doc.id, True, [Event(type="arrest", people=n % 97, evidence=[(0, 6)])])


def test_a_worker_killed_mid_run_loses_and_doubles_nothing(tmp_path: Path) -> None:
    docs = [Document(f"d{i}", f"Report {i}: {i % 89} held.") for i in range(800)]
    calm = open_store(f"sqlite:///{tmp_path / 'calm.db'}")
    ingest(calm, docs, slow, "v1", batch_size=50)
    runner = DaskRunner(2)
    before = set(runner.client.run(os.getpid).values())
    written = [0]

    def kill_one_worker(n: int) -> None:
        written[0] += 1
        if written[0] == 3:  # batches are on both workers now
            os.kill(min(before), signal.SIGKILL)

    url = f"sqlite:///{tmp_path / 'killed.db'}"
    try:
        ingest(open_store(url), docs, slow, "v1", 50, kill_one_worker, runner)
        after = set(runner.client.run(os.getpid).values())
    finally:
        runner.close()
    assert min(before) not in after  # the worker died (its nanny started another)
    assert snapshot(url) == snapshot(f"sqlite:///{tmp_path / 'calm.db'}")


DRIVER = """
import sys, time
from nkevents.cluster import DaskRunner
from nkevents.model import Event, Extraction
from nkevents.pipeline import ingest
from nkevents.read import read_paths
from nkevents.store import open_store

def extract(doc):
    time.sleep(0.002)
    return Extraction(doc.id, True, [Event(type="arrest", people=len(doc.text), evidence=[(0, 5)])])

if __name__ == "__main__":
    runner = DaskRunner(2)
    store = open_store(sys.argv[2])
    print(ingest(store, read_paths([sys.argv[1]]), extract, "v1", 50, None, runner).line())
    runner.close()
"""


def test_driver_killed_then_rerun_resumes_without_duplicates(tmp_path: Path) -> None:
    n = 3000
    corpus = tmp_path / "docs.jsonl"
    lines = (json.dumps({"id": f"d{i}", "text": f"Report {i}: {i % 97} held."}) for i in range(n))
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "driver.py").write_text(DRIVER, encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'kill.db'}"
    cmd = [sys.executable, str(tmp_path / "driver.py"), str(corpus), url]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    engine, stored, children = create_engine(url), 0, []
    while stored < 600 and proc.poll() is None:
        time.sleep(0.05)
        children = psutil.Process(proc.pid).children(recursive=True) or children
        try:
            with engine.connect() as conn:
                stored = conn.execute(text("SELECT count(*) FROM documents")).scalar() or 0
        except Exception:  # noqa: BLE001 - the schema may not exist yet
            stored = 0
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    psutil.wait_procs(children, timeout=15)  # the workers leave with their driver
    for child in children:
        if child.is_running():
            child.kill()  # pragma: no cover - only if they outlived it
    docs, events = stored_counts(engine)
    assert 0 < docs < n and docs == events  # whole batches only
    done = subprocess.run(cmd, capture_output=True, text=True, check=True)
    assert f"{docs} unchanged" in done.stdout
    assert completeness(engine) == (n, n, n, n, n)


def test_documents_go_to_workers_as_bytes_and_come_back_the_same() -> None:
    docs = [
        Document("d1", "Ein Bericht über 세관 단속.", "https://a.example/1", "Title", "2020-05-01"),
        Document("d2", "Report.", origin="in.jsonl:2", language="en"),
    ]
    data = pack_documents(docs)
    assert isinstance(data, bytes) and unpack_documents(data) == docs
    odd = [Document("d3", "Report.", published=object())]  # type: ignore[arg-type]
    assert unpack_documents(pack_documents(odd)) == odd  # sent as they are


def test_a_batch_comes_back_from_a_worker_as_one_pickle_of_the_same_rows() -> None:
    docs = [
        Document("d1", "The court in Hyesan sentenced two smugglers.", "https://a.example/1"),
        Document("d2", "Nothing happened.", "https://a.example/2"),
    ]
    data = extract_packed(pack_documents(docs), Prepare(extract_document))
    assert isinstance(data, bytes)
    assert unpack_results(data) == extract_batch(docs, Prepare(extract_document))
    odd: list[tuple[object, str | None]] = [(lambda: 1, None)]  # pickle cannot, Dask can
    assert unpack_results(pack_results(odd)) is odd  # type: ignore[arg-type]


def profiling() -> bool:
    """Whether this Dask worker samples its tasks' stacks."""
    import dask

    return bool(dask.config.get("distributed.worker.profile.enabled"))


def test_local_workers_run_without_dask_s_per_task_profiler() -> None:
    runner = DaskRunner(1)
    try:
        assert set(runner.client.run(profiling).values()) == {False}
    finally:
        runner.close()


def test_in_process_runner_keeps_input_order() -> None:
    jobs = [(n, [Document(f"d{n}", "Report.")]) for n in range(5)]
    assert [n for n, _ in InProcess().map(crashing, jobs)] == list(range(5))


def test_progress_shows_the_total_rate_and_time_left_and_the_run_ends_with_a_summary(
    tmp_path: Path,
) -> None:
    corpus = tmp_path / "docs.jsonl"
    corpus.write_text(
        "".join(json.dumps({"id": f"d{i}", "text": f"Report {i}."}) + "\n" for i in range(30)),
        encoding="utf-8",
    )
    args = ["ingest", str(corpus), "--db", f"sqlite:///{tmp_path / 'p.db'}", "--progress"]
    result = CliRunner().invoke(main, [*args, "--batch-size", "10"])
    assert result.exit_code == 0
    assert "30/30" in result.stderr and "docs/s" in result.stderr and "<00:00" in result.stderr
    assert result.stdout.startswith("30 documents read: 30 new")
    assert " s (" in result.stdout and "documents/s)" in result.stdout


def test_the_driver_memory_stays_flat_however_many_batches(cluster: str) -> None:
    runner, me = DaskRunner(scheduler=cluster), psutil.Process()
    text = "A long report of nothing in particular. " * 40  # 1.6 kB, as news reports go

    def jobs() -> Iterator[tuple[int, list[Document]]]:
        for n in range(100):
            yield n, [Document(f"d{n}-{k}", f"{text} {k}") for k in range(300)]

    sizes = {}
    try:
        for n, _ in runner.map(crashing, jobs()):
            if n in (40, 99):
                sizes[n] = me.memory_info().rss
    finally:
        runner.close()
    # 59 more batches of 480 kB of text each: Dask's message log once kept them all (28 MB);
    # the first batches warm the allocator (results come back as one pickle each: bytes)
    assert sizes[99] - sizes[40] < 8 * 1024 * 1024


def test_incidents_linked_in_every_written_transaction_are_those_linked_at_the_end(
    tmp_path: Path, shared_dir: Path
) -> None:
    from nkevents.read import read_paths

    dev = str(shared_dir / "corpus/dev/documents.jsonl")
    views = []
    for every in (1, 10**9):  # in each transaction of 20 documents; only at the end
        url = f"sqlite:///{tmp_path / f'every-{every}.db'}"
        ingest(open_store(url), read_paths([dev]), batch_size=5, link_every=every)
        views.append({k: snapshot(url)[k] for k in ("incidents", "link_suggestions")})
        with create_engine(url).connect() as conn:
            views[-1]["events"] = sorted(conn.execute(text("SELECT id, incident_id FROM events")))
    assert views[0]["incidents"] and views[0]["events"] == views[1]["events"]
    assert sorted(views[0]["link_suggestions"]) == sorted(views[1]["link_suggestions"])
    assert sorted(views[0]["incidents"]) == sorted(views[1]["incidents"])
