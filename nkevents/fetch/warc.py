"""WARC files: every fetched response kept as it came; HTML responses read back as documents.

A fetch run writes one `.warc.gz` file (each record its own gzip member, flushed as written, so
a killed run leaves every record written before it whole). A document read from a WARC file
(or fetched and kept in one) has the origin `FILE#OFFSET`: the record's byte offset in the
file, where any WARC tool (or `nkevents ingest FILE`) finds the page as it was.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any
from urllib.parse import urlsplit

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from nkevents import __version__
from nkevents.clean import html_to_document
from nkevents.errors import InputError
from nkevents.fetch.http import Response
from nkevents.model import Document

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_META_CHARSET = re.compile(rb"<meta[^>]+charset=[\"']?([A-Za-z0-9_.:-]+)", re.IGNORECASE)


@dataclass(slots=True, frozen=True)
class RecordRef:
    """Where one response is kept: the file, the record's offset and its WARC-Record-ID."""

    file: str
    offset: int
    record_id: str

    @property
    def origin(self) -> str:
        return f"{self.file}#{self.offset}"


class WarcFile:
    """A WARC file being written: a warcinfo record, then a request and response per fetch."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._fh: IO[bytes] = path.open("ab")
        self._writer = WARCWriter(self._fh, gzip=True)
        info = {"software": f"nkevents/{__version__}", "format": "WARC File Format 1.1"}
        self._write(self._writer.create_warc_record(path.name, "warcinfo", payload=_info(info)))

    def write(self, response: Response, request_headers: dict[str, str]) -> RecordRef:
        """Keep one response (and the request that asked for it); where it now is."""
        http_headers = StatusAndHeaders(
            f"{response.status} {response.reason}".strip(),
            response.headers,
            protocol=response.http_version or "HTTP/1.1",
        )
        extra = {"WARC-Truncated": response.truncated} if response.truncated else None
        record = self._writer.create_warc_record(
            response.url,
            "response",
            payload=_bytes_io(response.raw),
            length=len(response.raw),
            http_headers=http_headers,
            warc_headers_dict=extra,
        )
        record_id = str(record.rec_headers.get_header("WARC-Record-ID"))
        offset = self._write(record)
        parts = urlsplit(response.url)
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        sent = [("Host", parts.netloc)] + list(request_headers.items())
        request = self._writer.create_warc_record(
            response.url,
            "request",
            http_headers=StatusAndHeaders(f"GET {target} HTTP/1.1", sent, is_http_request=True),
            warc_headers_dict={"WARC-Concurrent-To": record_id},
        )
        self._write(request)
        return RecordRef(str(self.path), offset, record_id)

    def _write(self, record: Any) -> int:
        offset = self._fh.tell()
        self._writer.write_record(record)
        self._fh.flush()
        return offset

    def close(self) -> None:
        """Close the file."""
        self._fh.close()


def new_warc_path(folder: Path) -> Path:
    """A fresh file name for one run: fetch-YYYYMMDDTHHMMSSZ-N.warc.gz."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    for n in range(1000):
        path = folder / f"fetch-{stamp}-{n}.warc.gz"
        if not path.exists():
            return path
    raise FileExistsError(f"too many WARC files named fetch-{stamp}-*")


def record_body(file: str, offset: int, max_bytes: int) -> bytes | None:
    """The decoded body of the response record at offset in file, or None if it is gone."""
    try:
        with open(file, "rb") as fh:
            fh.seek(offset)
            for record in ArchiveIterator(fh):
                if record.rec_type != "response":
                    return None
                body: bytes = record.content_stream().read(max_bytes + 1)
                return body if len(body) <= max_bytes else None
    except (OSError, ArchiveLoadFailed, EOFError, ValueError):
        return None
    return None


def read_warc(path: Path, max_bytes: int) -> Iterator[Document | InputError]:
    """The documents of a WARC file: its HTML responses with status 200, one per record.

    Other records (requests, redirects, feeds, robots.txt) are passed over; an HTML response
    that is over the size limit or has no main text is an InputError, and so is a file that
    stops in the middle of a record (every record before it is read).
    """
    where = str(path)
    try:
        fh = path.open("rb")
    except OSError as err:
        yield InputError(where, f"cannot read: {err.strerror or err}")
        return
    found = False
    with fh:
        records = ArchiveIterator(fh, arc2warc=True)
        try:
            for record in records:
                found = True
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                item = _document(record, records, where, max_bytes)
                if item is not None:
                    yield item
        except (ArchiveLoadFailed, OSError, EOFError, ValueError) as err:
            yield InputError(where, f"WARC file ends in a broken record: {err}")
            return
    if not found:
        yield InputError(where, "empty WARC file")


def _document(record: Any, records: Any, file: str, max_bytes: int) -> Document | InputError | None:
    http = record.http_headers
    media = (http.get_header("content-type") or "").split(";")[0].strip().lower()
    if http.get_statuscode() != "200" or media not in HTML_TYPES:
        return None
    url = record.rec_headers.get_header("WARC-Target-URI")
    body = record.content_stream().read(max_bytes + 1)
    where = f"{file}#{records.get_record_offset()}"  # known once the body is read
    if len(body) > max_bytes:
        return InputError(where, f"page is over the limit of {max_bytes / 1e6:.1f} MB")
    return page_document(body, http.get_header("content-type"), url, where)


def page_document(
    body: bytes, content_type: str | None, url: str, where: str
) -> Document | InputError:
    """The document of an HTML page fetched from url (its id and URL are the address)."""
    if not body.strip():
        return InputError(where, "empty page")
    item = html_to_document(decode_html(body, content_type), url, where)
    if isinstance(item, InputError):
        return item
    return Document(item.id, item.text, url, item.title, item.published, item.language, where)


def decode_html(body: bytes, content_type: str | None) -> str:
    """The text of an HTML body: the charset the header or a meta tag names, else UTF-8."""
    charset = None
    for part in (content_type or "").split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset":
            charset = value.strip().strip("\"'")
    if charset is None and (found := _META_CHARSET.search(body[:4096])):
        charset = found.group(1).decode("ascii")
    try:
        return body.decode(charset or "utf-8", "replace")
    except LookupError:
        return body.decode("utf-8", "replace")


def _info(fields: dict[str, str]) -> Any:
    return _bytes_io("".join(f"{k}: {v}\r\n" for k, v in fields.items()).encode())


def _bytes_io(data: bytes) -> Any:
    from io import BytesIO

    return BytesIO(data)
