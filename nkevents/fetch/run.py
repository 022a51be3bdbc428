"""One fetch run: sources and URLs in, new documents ingested, every response kept in WARC.

For each starting address (a feed, sitemap, listing or page) the run asks conditionally (so an
unchanged feed costs one small request), follows the items it lists to their pages (robots.txt
first), makes documents of the pages' main text and ingests them together. Only then does it
store the addresses' validators: a run killed half-way leaves the feed unvalidated, so the next
run reads it again, and the store's idempotent ingest keeps what was stored once.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from urllib.parse import urlsplit

from sqlalchemy.engine import make_url

from nkevents import settings
from nkevents.errors import InputError
from nkevents.fetch import discover
from nkevents.fetch.http import Client, FetchPolicy, Outcome, Response
from nkevents.fetch.robots import Robots
from nkevents.fetch.sources import Source
from nkevents.fetch.warc import (
    HTML_TYPES,
    RecordRef,
    WarcFile,
    new_warc_path,
    page_document,
    record_body,
)
from nkevents.model import Document
from nkevents.pipeline import ingest
from nkevents.store import IngestSummary, Store
from nkevents.store import fetched as state
from nkevents.store.ingest import document_id, identity
from nkevents.store.problems import record_problem
from nkevents.store.review import now

MAX_SITEMAPS = 10  # sitemaps read from one sitemap index per run


@dataclass(slots=True)
class RunSummary:
    """What one run did."""

    starts: int = 0
    requests: int = 0
    conditional: int = 0
    unchanged: int = 0  # 304 Not Modified
    pages: int = 0  # pages made into documents
    disallowed: int = 0
    problems: int = 0
    warc: str | None = None
    ingest: IngestSummary = field(default_factory=IngestSummary)

    def line(self) -> str:
        """The one-line summary the CLI prints."""
        i = self.ingest
        return (
            f"{self.starts} addresses, {self.requests} requests ({self.conditional} conditional, "
            f"{self.unchanged} not modified), {self.pages} pages, {self.disallowed} disallowed by "
            f"robots.txt, {self.problems} problems; documents: {i.new} new, "
            f"{i.new_versions} new versions, {i.unchanged} unchanged; {i.events} events written"
        )


@dataclass(slots=True)
class Start:
    """One address a run starts from, with what it is expected to be."""

    url: str
    kind: str  # feed, sitemap, listing, page, or auto
    source: Source | None = None
    follow: str | None = None  # for a listing


def starts_of(source: Source) -> list[Start]:
    """The addresses of a source."""
    return (
        [Start(u, "feed", source) for u in source.feeds]
        + [Start(u, "sitemap", source) for u in source.sitemaps]
        + [Start(x.url, "listing", source, x.follow) for x in source.listings]
        + [Start(u, "page", source) for u in source.pages]
    )


def warc_folder(db_url: str | None) -> Path:
    """Where WARC files go: $NKEVENTS_WARC_DIR, beside a SQLite file (NAME-warc/), or ./warc."""
    if os.environ.get("NKEVENTS_WARC_DIR"):
        return Path(os.environ["NKEVENTS_WARC_DIR"])
    url = make_url(db_url or settings.load().db_url)
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        db = Path(url.database)
        return db.with_name(f"{db.stem}-warc")
    return Path("warc")


class Run:
    """A fetch run over one store, writing one WARC file."""

    def __init__(
        self,
        store: Store,
        warc_dir: Path,
        policy: FetchPolicy | None = None,
        max_document_bytes: int | None = None,
        log: Callable[[str], None] | None = None,
        batch_size: int = 20,
    ) -> None:
        self.store = store
        self.batch_size = batch_size
        self.warc_dir = warc_dir
        self.summary = RunSummary()
        self.max_document_bytes = max_document_bytes or settings.load().max_document_bytes
        self.log = log or (lambda _line: None)
        self._warc: WarcFile | None = None
        self._refs: dict[str, RecordRef] = {}
        self.client = Client(policy, on_response=self._keep)
        self.robots = Robots(self.client, cached=self._kept, keep=self._keep_robots)

    # -- the run ---------------------------------------------------------------------------
    def fetch(self, starts: Iterable[Start]) -> RunSummary:
        """Fetch every start and what it lists; ingest the pages; the summary."""
        try:
            for start in starts:
                self.summary.starts += 1
                try:
                    self._start(start)
                except Exception as err:  # noqa: BLE001 - one bad address must not stop a run
                    self._problem(start.url, f"fetch failed: {type(err).__name__}: {err}")
        finally:
            self.client.close()
            if self._warc is not None:
                self._warc.close()
            self.summary.requests = self.client.requests
            self.summary.conditional = self.client.conditional
            self.summary.unchanged = self.client.not_modified
        return self.summary

    def _start(self, start: Start) -> None:
        source = start.source.name if start.source else None
        delay = start.source.delay if start.source else None
        if delay is not None:
            self.client.set_delay(urlsplit(start.url).netloc.lower(), delay)
        known = self._state(start.url)
        if not self.robots.allowed(start.url):
            self._disallowed(start.url, source, start.kind, known)
            return
        outcome = self.client.get(start.url, known.validators() if known else {}, self._allowed)
        response = self._usable(outcome, start.url, source, start.kind, known)
        if response is None:
            return
        try:
            response.body = discover.gunzipped(response.body, self.client.policy.max_bytes)
        except ValueError as err:
            self._problem(start.url, str(err))
            return
        kind = discover.kind_of(response.body, response.content_type)
        items: list[discover.Item] = []
        docs: list[tuple[str, Document, Response]] = []
        if kind == "feed":
            items = discover.feed_items(response.body, response.url, _date_format(start))
        elif kind == "sitemap":
            items = _newest(discover.sitemap_items(response.body, response.url))
        elif kind == "sitemapindex":
            items = self._sitemap_index(response, source)
        elif kind == "html" and start.kind == "listing":
            items = discover.listing_items(response.body, response.url, start.follow or ".")
        elif kind == "html":
            doc = self._document(response, start, None)
            if doc is not None:
                docs.append((start.url, doc, response))
        else:
            self._problem(start.url, f"not a feed, sitemap or HTML page ({_media(response)})")
        lists = kind != "html" or start.kind == "listing"
        if start.source and lists and len(items) < start.source.min_items:
            self._problem(
                start.url,
                f"{len(items)} items, the source expects at least {start.source.min_items}",
            )
        limit = start.source.max_items if start.source else 50
        self.log(f"{start.url}: {kind}, {len(items)} items")
        for item in items[:limit]:
            found = self._item(item, start, source)
            if found is not None:
                docs.append(found)
            if len(docs) >= self.batch_size:  # a killed run keeps whole batches
                self._ingest(docs, source)
                docs = []
        self._ingest(docs, source)
        self._save(start.url, source, start.kind, response, None, self._state(start.url))

    def _item(
        self, item: discover.Item, start: Start, source: str | None
    ) -> tuple[str, Document, Response] | None:
        known = self._state(item.url)
        if not self.robots.allowed(item.url):
            self._disallowed(item.url, source, "page", known)
            return None
        outcome = self.client.get(item.url, known.validators() if known else {}, self._allowed)
        response = self._usable(outcome, item.url, source, "page", known)
        if response is None:
            return None
        if response.content_type not in HTML_TYPES:
            self._problem(item.url, f"not an HTML page ({_media(response)})")
            self._save(item.url, source, "page", response, None, known, "not HTML")
            return None
        doc = self._document(response, start, item)
        if doc is None:
            self._save(item.url, source, "page", response, None, known, "no main text")
            return None
        return item.url, doc, response

    def _sitemap_index(self, response: Response, source: str | None) -> list[discover.Item]:
        items: list[discover.Item] = []
        for child in _newest(discover.sitemap_items(response.body, response.url))[:MAX_SITEMAPS]:
            if not self.robots.allowed(child.url):
                self._disallowed(child.url, source, "sitemap", self._state(child.url))
                continue
            outcome = self.client.get(child.url, allowed=self._allowed)
            got = self._usable(outcome, child.url, source, "sitemap", None)
            if got is not None:
                try:
                    body = discover.gunzipped(got.body, self.client.policy.max_bytes)
                except ValueError as err:
                    self._problem(child.url, str(err))
                    continue
                items += discover.sitemap_items(body, got.url)
        return _newest(items)

    # -- pages into documents ----------------------------------------------------------------
    def _document(
        self, response: Response, start: Start, item: discover.Item | None
    ) -> Document | None:
        ref = self._refs.get(response.url)
        where = ref.origin if ref else response.url
        if len(response.body) > self.max_document_bytes:
            self._problem(response.url, "page is over the document size limit")
            return None
        doc = page_document(response.body, response.header("content-type"), response.url, where)
        if isinstance(doc, InputError):
            self._problem(response.url, doc.reason)
            return None
        self.summary.pages += 1
        language = start.source.language if start.source else None
        published = doc.published or (item.published if item else None)
        return replace(doc, published=published, language=doc.language or language)

    def _ingest(self, docs: list[tuple[str, Document, Response]], source: str | None) -> None:
        if not docs:
            return
        done = ingest(self.store, [doc for _, doc, _ in docs])
        total = self.summary.ingest
        for name in ("read", "new", "new_versions", "reextracted", "unchanged", "problems"):
            setattr(total, name, getattr(total, name) + getattr(done, name))
        total.events += done.events
        for url, doc, response in docs:
            doc_id = document_id(identity(doc))
            self._save(url, source, "page", response, doc_id, self._state(url))

    # -- state, problems, WARC -------------------------------------------------------------
    def _usable(
        self,
        outcome: Outcome,
        url: str,
        source: str | None,
        kind: str,
        known: state.FetchedUrl | None,
    ) -> Response | None:
        response = outcome.response
        if response is not None and response.status == 304:
            self._save(url, source, kind, response, None, known)
            return None
        if outcome.problem or response is None:
            reason = outcome.problem or "no response"
            self._problem(url, reason)
            self._save(url, source, kind, response, None, known, reason)
            return None
        if response.status != 200:
            reason = f"HTTP {response.status} {response.reason}".strip()
            self._problem(url, reason)
            self._save(url, source, kind, response, None, known, reason)
            return None
        if not response.body.strip():
            self._problem(url, "empty response")
            self._save(url, source, kind, response, None, known, "empty response")
            return None
        return response

    def _kept(self, url: str) -> tuple[dict[str, str], bytes | None]:
        known = self._state(url)
        if known is None or known.warc_file is None or known.warc_offset is None:
            return {}, None
        body = record_body(known.warc_file, known.warc_offset, self.client.policy.max_bytes)
        return known.validators(), body

    def _keep_robots(self, url: str, response: Response) -> None:
        self._save(url, None, "robots", response, None, self._state(url))

    def _allowed(self, url: str) -> bool:
        return self.robots.allowed(url)

    def _disallowed(
        self, url: str, source: str | None, kind: str, known: state.FetchedUrl | None
    ) -> None:
        self.summary.disallowed += 1
        reason = self.robots.why_not(url)
        self._problem(url, reason)
        self._save(url, source, kind, None, None, known, reason)

    def _problem(self, url: str, reason: str) -> None:
        self.summary.problems += 1
        self.log(f"{url}: {reason}")
        with self.store.engine.begin() as conn:
            record_problem(conn, url, reason, now())

    def _state(self, url: str) -> state.FetchedUrl | None:
        with self.store.engine.connect() as conn:
            return state.get(conn, url)

    def _save(
        self,
        url: str,
        source: str | None,
        kind: str,
        response: Response | None,
        doc_id: str | None,
        known: state.FetchedUrl | None,
        note: str | None = None,
    ) -> None:
        stamp = now()
        row = known or state.FetchedUrl(url=url, kind=kind, checked_at=stamp)
        row.source, row.kind, row.checked_at, row.note = source, kind, stamp, note
        if response is not None:
            row.status = response.status
        if response is not None and response.status == 200 and note is None:
            ref = self._refs.get(response.url)
            row.etag = response.header("etag")
            row.last_modified = response.header("last-modified")
            row.fetched_at = stamp
            if ref is not None:
                row.warc_file, row.warc_offset, row.warc_record_id = (
                    ref.file,
                    ref.offset,
                    ref.record_id,
                )
        if doc_id is not None:
            row.document_id = doc_id
        with self.store.engine.begin() as conn:
            state.put(conn, row)

    def _keep(self, response: Response, request_headers: dict[str, str]) -> None:
        if self._warc is None:
            self._warc = WarcFile(new_warc_path(self.warc_dir))
            self.summary.warc = str(self._warc.path)
        self._refs[response.url] = self._warc.write(response, request_headers)


def _newest(items: list[discover.Item]) -> list[discover.Item]:
    """Sitemap entries, the most recently changed first (undated ones last, in their order)."""
    return sorted(items, key=lambda x: x.published or "", reverse=True)


def _date_format(start: Start) -> str | None:
    return start.source.date_format if start.source else None


def _media(response: Response) -> str:
    return response.content_type or "no content type"
