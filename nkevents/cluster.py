"""Where extraction runs: in this process, or on a Dask cluster (local worker processes or any).

A runner maps the pure batch step (`pipeline.extract_batch`) over a stream of jobs and yields
the results in input order. The Dask runner keeps a bounded number of batches in flight (two
per worker thread, plus one), so the driver's memory stays flat however long the input; a
worker that dies has its batches rerun by Dask, and each batch's results reach the writer once.
"""

from __future__ import annotations

import dataclasses
import logging
import marshal
import pickle
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any, Protocol, TypeVar

from nkevents.errors import NkeventsError
from nkevents.model import Document

T = TypeVar("T")
Extract = Callable[[Document], Any]  # an Extraction, or the store's rows prepared from it
Result = tuple[Any, str | None]  # what extract gave, or why it failed
LOG_LENGTH = 16  # messages Dask keeps for debugging (each may hold a batch of texts)
# Dask's housekeeping, made rarer for long CPU-bound tasks (the nannies and the scheduler of a
# LocalCluster run in the driver, and the workers get this configuration from their nannies).
# By default each worker samples its running task's stack every 10 ms for the dashboard's
# profile, and every process checks its event loop every 20 ms and its memory every 100 ms:
# an idle 2-worker LocalCluster used 7% of a core (1% so), and a worker's CPU per document was
# 4-5% above extraction's. The dashboard's profile is empty then; nothing else changes.
QUIET = {
    "distributed.admin.low-level-log-length": LOG_LENGTH,
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "2s",
    "distributed.worker.memory.monitor-interval": "1s",
}


class Runner(Protocol):
    """Extraction of batches, results in input order."""

    @property
    def workers(self) -> int:
        """How many batches it extracts at once."""
        ...

    def map(
        self, extract: Extract, jobs: Iterable[tuple[T, list[Document]]]
    ) -> Iterator[tuple[T, list[Result]]]:
        """(tag, results) for each (tag, documents), in order."""
        ...

    def close(self) -> None:
        """Release what the runner holds."""
        ...


class InProcess:
    """Extraction in this process, one batch after another."""

    @property
    def workers(self) -> int:
        """One at a time."""
        return 1

    def map(
        self, extract: Extract, jobs: Iterable[tuple[T, list[Document]]]
    ) -> Iterator[tuple[T, list[Result]]]:
        """Extract each batch here."""
        from nkevents.pipeline import extract_batch

        for tag, docs in jobs:
            yield tag, extract_batch(docs, extract) if docs else []

    def close(self) -> None:
        """Nothing to release."""


FIELDS = tuple(f.name for f in dataclasses.fields(Document))


def pack_documents(docs: list[Document]) -> bytes | list[Document]:
    """A batch's documents as bytes to send to a worker (less than half the time of pickling
    them, on both sides), or the documents themselves if a field holds something else than text."""
    try:
        return marshal.dumps([tuple(getattr(d, f) for f in FIELDS) for d in docs], 4)
    except ValueError:
        return docs


def unpack_documents(data: bytes | list[Document]) -> list[Document]:
    """The documents pack_documents made bytes of."""
    if isinstance(data, bytes):
        return [Document(*fields) for fields in marshal.loads(data)]
    return data


def extract_packed(data: bytes | list[Document], extract: Extract) -> bytes | list[Result]:
    """The batch step on a worker, for documents sent as bytes; its results go back as one
    pickle (pack_results)."""
    from nkevents.pipeline import extract_batch

    return pack_results(extract_batch(unpack_documents(data), extract))


def pack_results(results: list[Result]) -> bytes | list[Result]:
    """A batch's results as one pickle, or the results themselves if they cannot be pickled.

    Dask serialises a list item by item, each its own frame: a batch of 500 prepared documents
    went as 500 pickles and 500 frames, read one by one by the driver's event loop. As one
    pickle, Dask's own CPU (the workers' event loops, the driver's client, scheduler and
    nannies) fell from 0.08 to 0.03-0.04 CPU ms a document of 2 workers' run (20,000 reports).
    """
    try:
        return pickle.dumps(results, protocol=5)
    except Exception:  # noqa: BLE001 - Dask pickles what pickle cannot (cloudpickle)
        return results


def unpack_results(data: bytes | list[Result]) -> list[Result]:
    """The results pack_results packed."""
    return pickle.loads(data) if isinstance(data, bytes) else data  # noqa: S301 - our workers'


def worker_version() -> str:
    """The extractor version a worker runs (checked against the driver's)."""
    from nkevents.extract import EXTRACTOR_VERSION

    return EXTRACTOR_VERSION


class DaskRunner:
    """Extraction on a dask.distributed cluster: N local worker processes, or a scheduler's."""

    def __init__(
        self, workers: int | None = None, scheduler: str | None = None, check_version: bool = True
    ) -> None:
        try:
            import dask
            from dask.distributed import Client, LocalCluster
        except ImportError as err:  # pragma: no cover - dask is a dependency
            raise NkeventsError("dask[distributed] is not installed") from err
        # Dask keeps its last messages for debugging (1,000 by default), and each message that
        # submits a batch holds the batch's texts: without this the driver grew by 2 MB a batch.
        dask.config.set(QUIET)
        self.cluster: Any = None
        if scheduler:
            self.client = Client(scheduler, timeout="20s")
        else:
            self.cluster = LocalCluster(
                n_workers=workers or 1,
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
                silence_logs=logging.ERROR,
            )
            self.client = Client(self.cluster)
        try:
            self.client.wait_for_workers(1, timeout=60)
            if check_version:
                self.check_versions()
        except Exception:
            self.close()
            raise

    @property
    def workers(self) -> int:
        """Worker threads in the cluster now."""
        return max(1, sum(self.client.nthreads().values()))

    def check_versions(self) -> None:
        """Refuse workers whose extractor differs from this one (they would store other events)."""
        mine = worker_version()
        theirs = self.client.run(worker_version)
        wrong = {addr: v for addr, v in theirs.items() if v != mine}
        if wrong:
            raise NkeventsError(f"workers run another extractor than {mine}: {wrong}")

    def map(
        self, extract: Extract, jobs: Iterable[tuple[T, list[Document]]]
    ) -> Iterator[tuple[T, list[Result]]]:
        """Submit batches, at most 2 per worker thread + 1 in flight; yield them in order."""
        window: deque[tuple[T, Any]] = deque()
        limit = 2 * self.workers + 1
        for tag, docs in jobs:
            future = None
            if docs:
                data = pack_documents(docs)
                future = self.client.submit(extract_packed, data, extract, pure=False)
            window.append((tag, future))
            while len(window) >= limit:
                yield self._take(window)
        while window:
            yield self._take(window)

    @staticmethod
    def _take(window: deque[tuple[T, Any]]) -> tuple[T, list[Result]]:
        tag, future = window.popleft()
        if future is None:
            return tag, []
        results = unpack_results(future.result())
        future.release()
        return tag, results

    def close(self) -> None:
        """Disconnect; stop the local cluster if this runner started it."""
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def make_runner(workers: int = 0, scheduler: str | None = None) -> Runner:
    """In this process (workers 0, no scheduler), else on Dask."""
    if scheduler or workers > 0:
        return DaskRunner(workers, scheduler)
    return InProcess()
