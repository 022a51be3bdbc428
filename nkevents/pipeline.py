"""The pipeline: read -> extract, as a stream; storing is a separate step (nkevents.store)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from nkevents.errors import InputError
from nkevents.extract import extract
from nkevents.model import Document, Extraction
from nkevents.read import read_paths
from nkevents.settings import MAX_DOCUMENT_BYTES


def extract_document(doc: Document) -> Extraction:
    """The events of one document: a pure function, safe to run on any worker."""
    return extract(doc)


@dataclass(slots=True)
class Outcome:
    """One step of a run: a document with its extraction, or a rejected input."""

    document: Document | None
    extraction: Extraction | None
    problem: InputError | None = None


def run(
    paths: Iterable[str], published: str | None = None, max_bytes: int = MAX_DOCUMENT_BYTES
) -> Iterator[Outcome]:
    """Read every document under the paths and extract it, in input order."""
    for item in read_paths(paths, published, max_bytes):
        if isinstance(item, InputError):
            yield Outcome(None, None, item)  # a bad input is reported; the run goes on
            continue
        try:
            yield Outcome(item, extract_document(item))
        except Exception as err:  # noqa: BLE001 - one document's failure must not end the run
            where = item.origin or item.id
            yield Outcome(item, None, InputError(where, f"extraction failed: {err!r}"))
