"""The pipeline: read -> extract -> store, as a stream in input order.

Extraction is a pure function of a document and runs in batches, in this process or on a Dask
cluster (`nkevents.cluster`); the store is handed finished extractions and only stores them.
"""

from __future__ import annotations

import time
import traceback
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from nkevents.errors import InputError
from nkevents.extract import EXTRACTOR_VERSION, extract
from nkevents.model import Document, Extraction
from nkevents.read import read_paths
from nkevents.settings import MAX_DOCUMENT_BYTES

if TYPE_CHECKING:
    from nkevents.cluster import Runner
    from nkevents.store import Store
    from nkevents.store.ingest import Extracted
    from nkevents.store.prepare import Prepared
    from nkevents.store.records import IngestSummary

T = TypeVar("T")
Extract = Callable[[Document], Extraction]
Result = tuple[Extraction | None, str | None]  # an extraction, or why it failed
# Documents per batch: a task on a worker. Dask's own CPU (the driver's client, scheduler and
# nannies, each worker's event loop) is paid per task: with results sent as one pickle it was
# 0.021-0.024 CPU ms a document of 2 workers' run at 2,000 documents a batch against
# 0.027-0.034 at 500 (20,000 reports); the driver's RSS grows by about 30 MB (5 batches in
# flight hold 10,000 reports) and stays flat.
BATCH = 2000
# The writer's transaction holds whole batches, up to this many documents and batches: each
# commit rewrites the index pages its random keys (hashed ids) touch, so fewer, larger
# commits write less (2,000 documents: 4,680 -> 5,610 documents per CPU second of the writer;
# 8,000: the writer's CPU 0.13 -> 0.10-0.11 ms a document on the first 30,000 bench reports).
WRITE_DOCUMENTS = 8000
WRITE_BATCHES = 4
# Incidents are linked (incrementally) in the transaction that brings the documents written
# since the last linking to this many, and at the end. 1 links in every transaction; today's
# linker re-reads the stored events each new event may meet on every call, so a call costs
# seconds at 40,000 documents: on the 262,000-report bench stream, linking every 20,000
# documents took 579 of the run's 839 s (312 documents/s), while one linking at the end of a
# 60,000-report run took 6 s (1,242 documents/s). So a run links once, at its end, unless it
# holds more than a million documents.
LINK_DOCUMENTS = 1_000_000


def extract_document(doc: Document) -> Extraction:
    """The events of one document: a pure function, safe to run on any worker."""
    return extract(doc)


def failure(err: BaseException) -> str:
    """Why extraction failed, in one line: the error and the innermost frames of its traceback."""
    frames = traceback.extract_tb(err.__traceback__)[-3:]
    where = " < ".join(f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in reversed(frames))
    return f"extraction failed: {type(err).__name__}: {err}" + (f" (at {where})" if where else "")


def extract_batch(
    docs: list[Document], extract: Callable[[Document], Any] = extract_document
) -> list[tuple[Any, str | None]]:
    """Extract each document of a batch; a failure becomes its summary (runs on workers)."""
    out: list[tuple[Any, str | None]] = []
    for doc in docs:
        try:
            out.append((extract(doc), None))
        except Exception as err:  # noqa: BLE001 - one document's failure must not end the run
            out.append((None, failure(err)))
    return out


def batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Lists of up to size items, in input order."""
    chunk: list[T] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


@dataclass(frozen=True)
class Prepare:
    """Extraction and then the store's rows of the document (`nkevents.store.prepare`): what
    a worker sends back to the one writer, so that the writer only inserts."""

    extract: Extract

    def __call__(self, doc: Document) -> Prepared:
        """The rows of the document and its extraction."""
        from nkevents.store.prepare import prepare

        return prepare(doc, self.extract(doc))


@dataclass(slots=True)
class Outcome:
    """One step of a run: a document with its extraction, or a rejected input."""

    document: Document | None
    extraction: Extraction | None
    problem: InputError | None = None


def local_runner() -> Runner:
    """Extraction in this process."""
    from nkevents.cluster import InProcess

    return InProcess()


def run(
    paths: Iterable[str],
    published: str | None = None,
    max_bytes: int = MAX_DOCUMENT_BYTES,
    runner: Runner | None = None,
    extract: Extract = extract_document,
    batch_size: int = BATCH,
) -> Iterator[Outcome]:
    """Read every document under the paths and extract it (here or on a cluster), in input order."""
    runner = runner or local_runner()
    jobs = (
        (chunk, [d for d in chunk if isinstance(d, Document)])
        for chunk in batches(read_paths(paths, published, max_bytes), batch_size)
    )
    for chunk, results in runner.map(extract, jobs):
        done = iter(results)
        for item in chunk:
            if isinstance(item, InputError):
                yield Outcome(None, None, item)  # a bad input is reported; the run goes on
                continue
            extraction, error = next(done)
            where = item.origin or item.id
            yield Outcome(item, extraction, InputError(where, error) if error else None)


def ingest(
    store: Store,
    items: Iterable[Document | Exception],
    extract: Extract | None = None,
    extractor_version: str | None = None,
    batch_size: int = BATCH,
    progress: Callable[[int], None] | None = None,
    runner: Runner | None = None,
    link_every: int = LINK_DOCUMENTS,
) -> IngestSummary:
    """Extract documents (here or on a cluster) and store them, whole batches per transaction;
    the transaction that brings the documents written since the last linking to link_every
    links their new events into incidents, and the end of the run links the rest.

    Documents already stored, unchanged and extracted by this extractor version, are not
    extracted again, so a run killed at any point and run again completes the store with no
    duplicate. Inputs that are exceptions (InputError from nkevents.read) and documents whose
    extraction fails are recorded as problems. extract defaults to extract_document with
    extractor_version EXTRACTOR_VERSION; progress is called with each batch's size.
    """
    from nkevents.store.ingest import Extracted
    from nkevents.store.records import IngestSummary

    if extract is None:
        extract, extractor_version = extract_document, extractor_version or EXTRACTOR_VERSION
    version = extractor_version or "unknown"
    runner = runner or local_runner()
    summary, started = IngestSummary(), time.perf_counter()

    def jobs() -> Iterator[
        tuple[tuple[list[Document | Exception], list[Document]], list[Document]]
    ]:
        for chunk in batches(items, batch_size):
            docs = [d for d in chunk if isinstance(d, Document)]
            todo = store.needs_extraction(docs, version) if docs else []
            yield (chunk, todo), todo

    group: list[tuple[list[Extracted], list[tuple[str, str]]]] = []  # batches to write
    unlinked = 0  # documents written since the last linking

    def write() -> None:
        nonlocal unlinked
        unlinked += sum(len(b) for b, _ in group)
        link = unlinked >= link_every
        store.write_batches(group, version, summary, link=link)
        unlinked = 0 if link else unlinked
        group.clear()

    for (chunk, todo), results in runner.map(Prepare(extract), jobs()):
        rejected = [
            (getattr(e, "where", "?"), getattr(e, "reason", str(e)))
            for e in chunk
            if isinstance(e, Exception)
        ]
        done = [Extracted(d, None, err, rows) for d, (rows, err) in zip(todo, results, strict=True)]
        group.append((done, rejected))
        read = sum(isinstance(d, Document) for d in chunk)
        summary.unchanged += read - len(todo)
        summary.read += read
        if sum(len(b) for b, _ in group) >= WRITE_DOCUMENTS or len(group) >= WRITE_BATCHES:
            write()
        if progress:
            progress(len(chunk))
    if group:
        write()
    # The final linking: with several workers, they score its pairs (they would wait otherwise).
    store.settle()
    summary.seconds = time.perf_counter() - started
    return summary
