"""Read reports from JSON Lines, text and HTML files, folders and stdin into Documents."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from nkevents.clean import html_to_document
from nkevents.errors import InputError
from nkevents.model import Document
from nkevents.partial_date import normalise_date
from nkevents.settings import MAX_DOCUMENT_BYTES

Item = Document | InputError

JSONL_SUFFIXES = {".jsonl", ".ndjson", ".json"}
TEXT_SUFFIXES = {".txt"}
HTML_SUFFIXES = {".html", ".htm"}
READABLE = JSONL_SUFFIXES | TEXT_SUFFIXES | HTML_SUFFIXES
WARC_SUFFIXES = (".warc", ".warc.gz")


def read_paths(
    paths: Iterable[str], published: str | None = None, max_bytes: int = MAX_DOCUMENT_BYTES
) -> Iterator[Item]:
    """Every document under the given paths, in order; a bad one becomes an InputError."""
    for path in paths:
        for item in _read_path(path, max_bytes):
            yield _with_published(item, published) if isinstance(item, Document) else item


def _read_path(path: str, max_bytes: int) -> Iterator[Item]:
    if path == "-":
        yield from read_jsonl(sys.stdin.buffer, "<stdin>", max_bytes)
        return
    p = Path(path)
    if p.is_dir():
        files = sorted(f for f in p.rglob("*") if _wanted(f))
        if not files:
            yield InputError(path, "folder holds no .jsonl, .txt, .html or .warc file")
        for f in files:
            yield from read_file(f, max_bytes)
    elif p.exists():
        yield from read_file(p, max_bytes)
    else:
        yield InputError(path, "no such file or folder")


def is_warc(path: Path | str) -> bool:
    """Whether a file is a web archive (WARC), by its name."""
    return str(path).lower().endswith(WARC_SUFFIXES)


def _wanted(path: Path) -> bool:
    hidden = any(part.startswith(".") for part in path.parts[-1:])
    readable = path.suffix.lower() in READABLE or is_warc(path)
    return path.is_file() and not hidden and readable


def read_file(path: Path, max_bytes: int = MAX_DOCUMENT_BYTES) -> Iterator[Item]:
    """The documents of one file, chosen by its suffix (JSON Lines by default)."""
    if is_warc(path):
        from nkevents.fetch.warc import read_warc  # warcio only when a web archive comes

        yield from read_warc(path, max_bytes)  # its HTML responses
        return
    try:
        fh = path.open("rb")
    except OSError as err:
        yield InputError(str(path), f"cannot read: {err.strerror or err}")
        return
    with fh:
        suffix = path.suffix.lower()
        if suffix in TEXT_SUFFIXES or suffix in HTML_SUFFIXES:
            yield _read_single(fh, path, max_bytes)
        else:
            yield from read_jsonl(fh, str(path), max_bytes)


def _read_single(fh: BinaryIO, path: Path, max_bytes: int) -> Item:
    raw = fh.read(max_bytes + 1)
    where = str(path)
    if not raw.strip():
        return InputError(where, "empty file")
    if len(raw) > max_bytes:
        return InputError(where, _too_big(max_bytes))
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        return InputError(where, f"not UTF-8 text (bad byte at offset {err.start})")
    if path.suffix.lower() in HTML_SUFFIXES:
        return html_to_document(text, path.stem, where)
    return Document(id=path.stem, text=text, origin=where)


def read_jsonl(fh: BinaryIO, where: str, max_bytes: int = MAX_DOCUMENT_BYTES) -> Iterator[Item]:
    """Documents from JSON Lines, one per line; each bad line is reported with its number."""
    empty = True
    for number, raw in enumerate(fh, 1):
        if not raw.strip():
            continue
        empty = False
        yield parse_line(raw, f"{where}:{number}", max_bytes)
    if empty:
        yield InputError(where, "empty file")


def parse_line(raw: bytes, where: str, max_bytes: int = MAX_DOCUMENT_BYTES) -> Item:
    """One JSON Lines document, or the reason it is not one."""
    if len(raw) > max_bytes:
        return InputError(where, _too_big(max_bytes))
    try:
        obj = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as err:
        return InputError(where, f"not UTF-8 text (bad byte at offset {err.start})")
    except json.JSONDecodeError as err:
        return InputError(where, f"not JSON: {err.msg} (column {err.colno})")
    return document_from_json(obj, where)


def document_from_json(obj: Any, where: str) -> Item:
    """A Document from its EVENTS.md JSON object, checked field by field."""
    if not isinstance(obj, dict):
        return InputError(where, "a document must be a JSON object")
    doc_id, text = obj.get("id"), obj.get("text")
    if doc_id is None or (isinstance(doc_id, str) and not doc_id.strip()):
        return InputError(where, "field 'id' is missing")
    if not isinstance(text, str):
        reason = "is missing" if text is None else "must be a string"
        return InputError(where, f"field 'text' {reason}")
    published = obj.get("published")
    date = None if published is None else normalise_date(str(published))
    if published is not None and date is None:
        return InputError(where, f"field 'published' is not an ISO 8601 date: {published!r}")
    return Document(
        id=str(doc_id),
        text=text,
        url=_opt_str(obj.get("url")),
        title=_opt_str(obj.get("title")),
        published=date,
        language=_opt_str(obj.get("language")),
        origin=where,
    )


def _with_published(doc: Document, published: str | None) -> Document:
    if doc.published or not published:
        return doc
    return Document(doc.id, doc.text, doc.url, doc.title, published, doc.language, doc.origin)


def _opt_str(value: Any) -> str | None:
    return None if value is None else str(value)


def _too_big(max_bytes: int) -> str:
    return (
        f"document is over the limit of {max_bytes / 1e6:.1f} MB "
        "(raise it with NKEVENTS_MAX_DOCUMENT_BYTES)"
    )
