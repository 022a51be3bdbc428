"""Polite, bounded HTTP: one request at a time per host, retries, limits, no surprises.

Every response that arrives (redirects, 304s and errors included) is handed to `on_response`
as it came over the wire, so the caller can keep it in a WARC file. The body is read raw and
decoded here with a bounded decompressor: a small gzip that inflates to gigabytes stops at the
size limit, like a huge plain body does.
"""

from __future__ import annotations

import email.utils
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import httpx

from nkevents import __version__

PROJECT_URL = "https://github.com/nkevents/nkevents"
USER_AGENT = f"nkevents/{__version__} (+{PROJECT_URL})"
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})


@dataclass(slots=True, frozen=True)
class FetchPolicy:
    """How politely and how far a fetch may go."""

    user_agent: str = USER_AGENT
    delay: float = 1.0  # seconds between two requests to one host
    timeout: float = 20.0  # connect and between-bytes timeout, seconds
    total_timeout: float = 60.0  # the whole body, seconds
    max_bytes: int = 5_000_000  # per response, as sent and as decoded
    retries: int = 3  # on 429, 5xx and refused connections
    backoff: float = 2.0  # first wait; doubles each retry (Retry-After is honoured up to max)
    max_backoff: float = 60.0
    max_redirects: int = 5


@dataclass(slots=True)
class Response:
    """One HTTP response as received: status, headers, the raw body and the decoded one."""

    url: str
    status: int
    reason: str
    http_version: str
    headers: list[tuple[str, str]]
    raw: bytes  # as sent (content-encoding kept, transfer-encoding undone)
    body: bytes = b""  # decoded; empty when it could not be
    truncated: str | None = None  # "length" when the body was cut at the size limit
    problem: str | None = None

    def header(self, name: str) -> str | None:
        """The first value of a header (case-insensitive)."""
        name = name.lower()
        return next((v for k, v in self.headers if k.lower() == name), None)

    @property
    def content_type(self) -> str:
        """The media type without parameters, lower case."""
        return (self.header("content-type") or "").split(";")[0].strip().lower()


@dataclass(slots=True)
class Outcome:
    """What one fetch came to: the final response (if any), or why there is none."""

    url: str
    response: Response | None = None
    problem: str | None = None
    chain: list[Response] = field(default_factory=list)  # redirects followed, in order

    @property
    def ok(self) -> bool:
        return self.problem is None and self.response is not None


OnResponse = Callable[[Response, dict[str, str]], None]


class FetchError(Exception):
    """A fetch that gave no usable response (the reason is the message)."""


class Client:
    """An HTTP client with a per-host pace, retries with backoff, size and redirect limits."""

    def __init__(
        self,
        policy: FetchPolicy | None = None,
        on_response: OnResponse | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.policy = policy or FetchPolicy()
        self.on_response = on_response
        self.sleep = sleep
        self.requests = 0
        self.conditional = 0
        self.not_modified = 0
        self._last: dict[str, float] = {}
        self._delays: dict[str, float] = {}
        timeout = httpx.Timeout(self.policy.timeout)
        headers = {"user-agent": self.policy.user_agent, "accept-encoding": "gzip, deflate"}
        self._http = httpx.Client(timeout=timeout, headers=headers, follow_redirects=False)

    def close(self) -> None:
        """Close the connections."""
        self._http.close()

    def set_delay(self, host: str, seconds: float) -> None:
        """A longer pace for one host (its robots.txt Crawl-delay)."""
        self._delays[host] = max(seconds, self.policy.delay)

    def get(
        self, url: str, headers: dict[str, str] | None = None, allowed: Callable[[str], bool] = bool
    ) -> Outcome:
        """GET url following redirects (each checked with `allowed`), with retries and limits."""
        outcome = Outcome(url)
        seen = {url}
        current = url
        for _ in range(self.policy.max_redirects + 1):
            try:
                response = self._get_with_retries(current, headers or {})
            except FetchError as err:
                outcome.problem = str(err)
                return outcome
            if response.status not in REDIRECT_STATUSES:
                outcome.response = response
                outcome.problem = response.problem
                return outcome
            outcome.chain.append(response)
            target = response.header("location")
            if not target:
                outcome.problem = f"HTTP {response.status} without a Location"
                return outcome
            current = urljoin(current, target.strip())
            if urlsplit(current).scheme not in ("http", "https"):
                outcome.problem = f"redirect to a non-HTTP address: {current}"
                return outcome
            if current in seen:
                outcome.problem = f"redirect loop at {current}"
                return outcome
            if not allowed(current):
                outcome.problem = f"redirect to {current}, disallowed by robots.txt"
                return outcome
            seen.add(current)
        outcome.problem = f"more than {self.policy.max_redirects} redirects"
        return outcome

    def _get_with_retries(self, url: str, headers: dict[str, str]) -> Response:
        attempt = 0
        while True:
            try:
                response = self._get_once(url, headers)
            except httpx.ConnectError as err:
                if attempt >= self.policy.retries:
                    raise FetchError(f"cannot connect: {err}") from err
                wait = self._backoff(attempt, None)
            else:
                if response.status not in RETRY_STATUSES or attempt >= self.policy.retries:
                    return response
                wait = self._backoff(attempt, response.header("retry-after"))
            attempt += 1
            self.sleep(wait)

    def _backoff(self, attempt: int, retry_after: str | None) -> float:
        wait = self.policy.backoff * 2**attempt
        if retry_after:
            asked = retry_after_seconds(retry_after)
            if asked is not None:
                wait = max(wait, asked)
        return min(wait, self.policy.max_backoff)

    def _pace(self, host: str) -> None:
        delay = self._delays.get(host, self.policy.delay)
        last = self._last.get(host)
        if last is not None:
            wait = last + delay - time.monotonic()
            if wait > 0:
                self.sleep(wait)
        self._last[host] = time.monotonic()

    def _get_once(self, url: str, headers: dict[str, str]) -> Response:
        self._pace(urlsplit(url).netloc.lower())
        self.requests += 1
        if "if-none-match" in headers or "if-modified-since" in headers:
            self.conditional += 1
        request_headers = dict(self._http.headers) | headers
        started = time.monotonic()
        try:
            with self._http.stream("GET", url, headers=headers) as http:
                raw, truncated = self._read(http, started)
                response = Response(
                    url=url,
                    status=http.status_code,
                    reason=http.reason_phrase,
                    http_version=http.http_version,
                    headers=[
                        (k, v)
                        for k, v in http.headers.multi_items()
                        if k.lower() != "transfer-encoding"
                    ],
                    raw=raw,
                    truncated=truncated,
                )
        except httpx.TimeoutException as err:
            raise FetchError(f"timed out after {self.policy.timeout:g} s") from err
        except httpx.ConnectError:
            raise
        except httpx.HTTPError as err:
            raise FetchError(f"HTTP error: {type(err).__name__}: {err}") from err
        if response.status == 304:
            self.not_modified += 1
        if truncated:
            response.problem = f"response over the size limit of {self.policy.max_bytes:,} bytes"
        else:
            try:
                response.body = decode_body(raw, response.header("content-encoding"), self.policy)
            except ValueError as err:
                response.problem = str(err)
        if self.on_response is not None:
            self.on_response(response, request_headers)
        return response

    def _read(self, http: httpx.Response, started: float) -> tuple[bytes, str | None]:
        declared = http.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > self.policy.max_bytes:
            return b"", "length"
        chunks, size = [], 0
        for chunk in http.iter_raw():
            chunks.append(chunk)
            size += len(chunk)
            if size > self.policy.max_bytes:
                return b"".join(chunks)[: self.policy.max_bytes], "length"
            if time.monotonic() - started > self.policy.total_timeout:
                raise httpx.ReadTimeout("the whole body took too long")
        return b"".join(chunks), None


def decode_body(raw: bytes, encoding: str | None, policy: FetchPolicy) -> bytes:
    """The body with its content-encoding undone, never more than policy.max_bytes."""
    codings = [c.strip().lower() for c in (encoding or "").split(",") if c.strip()]
    body = raw
    for coding in reversed(codings):
        if coding == "identity":
            continue
        if coding not in ("gzip", "x-gzip", "deflate"):
            raise ValueError(f"unsupported content-encoding {coding!r}")
        body = inflate(body, coding, policy.max_bytes)
    return body


def inflate(data: bytes, coding: str, limit: int) -> bytes:
    """Decompress gzip or deflate data, refusing to produce more than limit bytes."""
    out: list[bytes] = []
    size = 0
    rest = data
    while rest:
        wbits = 47 if coding != "deflate" else (15 if rest[:1] == b"\x78" else -15)
        inflater = zlib.decompressobj(wbits)
        try:
            piece = inflater.decompress(rest, limit + 1 - size)
        except zlib.error as err:
            raise ValueError(f"body does not decompress ({coding}): {err}") from err
        out.append(piece)
        size += len(piece)
        if size > limit or inflater.unconsumed_tail:
            raise ValueError(
                f"body decompresses to over the size limit of {limit:,} bytes "
                "(a decompression bomb?)"
            )
        rest = inflater.unused_data  # gzip may hold several members
        if not inflater.eof:
            break
    return b"".join(out)


def retry_after_seconds(value: str) -> float | None:
    """Seconds from a Retry-After header (a number or an HTTP date)."""
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())
