"""A news site and a webhook receiver on 127.0.0.1 for the fetch and alert tests.

Every page and feed here is written for the project (invented reports, not real news). The site
answers conditional requests (ETag and Last-Modified), has a robots.txt, and a few hazards: a
slow page, a page that always fails with 500, a huge page, a gzip bomb, a redirect loop, a PDF
and an empty page. Each request is logged with its headers.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

LAST_MODIFIED = "Tue, 10 Mar 2026 08:00:00 GMT"

ARTICLES = {
    "/news/1.html": (
        "Traders held in Hyesan",
        "2026-03-10",
        "Border guards in Hyesan, Ryanggang Province, arrested three traders on March 4 for "
        "smuggling copper wire across the Yalu River, a source in the city said. The traders "
        "were taken to the local security office.",
    ),
    "/news/2.html": (
        "Coal lorry stopped in Sinuiju",
        "2026-03-11",
        "Customs officers in Sinuiju seized two tonnes of coal hidden in a lorry bound for "
        "Dandong on March 8, according to a resident of the city.",
    ),
    "/news/3.html": (
        "A mild week in the capital",
        "2026-03-12",
        "The weather in Pyongyang was mild last week and many families visited the parks "
        "along the Taedong River, where vendors sold roasted chestnuts.",
    ),
}
GOOD_EXTRA = (
    "Market hours change",
    "2026-03-13",
    "Officials in Chongjin told market vendors that stalls must close an hour earlier from "
    "next month, residents said, and the change was announced at neighbourhood meetings.",
)


def page_html(title: str, date: str, text: str) -> bytes:
    """An article page with navigation around its text, as news sites have."""
    return (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{title}</title><meta name='date' content='{date}'>"
        f"<meta property='article:published_time' content='{date}T09:00:00+09:00'></head>"
        "<body><nav><a href='/'>Home</a> <a href='/about'>About</a></nav>"
        f"<article><h1>{title}</h1><p>{text}</p></article>"
        "<footer>Example News, written for the nkevents tests.</footer></body></html>"
    ).encode()


def rss(items: list[tuple[str, str]], base: str) -> bytes:
    """An RSS 2.0 feed of (path, title) items."""
    entries = "".join(
        f"<item><title>{title}</title><link>{base}{path}</link>"
        f"<pubDate>Tue, 10 Mar 2026 08:00:00 GMT</pubDate></item>"
        for path, title in items
    )
    return (
        "<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel>"
        f"<title>Example News</title><link>{base}/</link><description>Test feed</description>"
        f"{entries}</channel></rss>"
    ).encode()


@dataclass
class Resource:
    """One thing the site serves."""

    body: bytes
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    validators: bool = True  # answers conditional requests


class Site:
    """The site's content (changeable while it runs) and the log of requests."""

    def __init__(self) -> None:
        self.base = ""
        self.resources: dict[str, Resource] = {}
        self.log: list[tuple[str, dict[str, str]]] = []
        self.lock = threading.Lock()

    def add_articles(self, paths: dict[str, tuple[str, str, str]]) -> None:
        for path, (title, date, text) in paths.items():
            self.resources[path] = Resource(page_html(title, date, text))

    def feed(self, path: str, items: list[tuple[str, str]]) -> None:
        self.resources[path] = Resource(rss(items, self.base), "application/rss+xml")

    def requests(self, prefix: str = "/") -> list[tuple[str, dict[str, str]]]:
        with self.lock:
            return [(p, h) for p, h in self.log if p.startswith(prefix)]


def standard_site(site: Site) -> None:
    """robots.txt, the three-article feed, a sitemap and the hazards."""
    site.resources["/robots.txt"] = Resource(b"User-agent: *\nDisallow: /private/\n", "text/plain")
    site.add_articles(ARTICLES)
    site.add_articles({"/news/4.html": GOOD_EXTRA})
    site.add_articles({"/private/secret.html": ARTICLES["/news/1.html"]})
    site.feed("/feed.xml", [(p, t) for p, (t, _, _) in ARTICLES.items()])
    urls = "".join(
        f"<url><loc>{site.base}{p}</loc><lastmod>{d}</lastmod></url>"
        for p, (_, d, _) in ARTICLES.items()
    )
    site.resources["/sitemap.xml"] = Resource(
        f"<?xml version='1.0'?><urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
        f"{urls}</urlset>".encode(),
        "application/xml",
    )
    bomb = gzip.compress(b"<p>" + b" " * 20_000_000 + b"</p>", compresslevel=9)
    site.resources["/bomb.html"] = Resource(bomb, headers={"content-encoding": "gzip"})
    site.resources["/slow.html"] = Resource(page_html(*GOOD_EXTRA), delay=3.0)
    site.resources["/error.html"] = Resource(b"down for maintenance", status=500)
    site.resources["/huge.html"] = Resource(b"<p>" + b"word " * 400_000 + b"</p>")
    site.resources["/loop-a"] = Resource(b"", status=302, headers={"location": "/loop-b"})
    site.resources["/loop-b"] = Resource(b"", status=302, headers={"location": "/loop-a"})
    site.resources["/report.pdf"] = Resource(b"%PDF-1.4 not a page", "application/pdf")
    site.resources["/empty.html"] = Resource(b"")
    hazards = ["/private/secret.html", "/slow.html", "/error.html", "/huge.html", "/bomb.html",
               "/loop-a", "/report.pdf", "/empty.html", "/news/4.html"]  # fmt: skip
    site.feed("/hazards.xml", [(p, p) for p in hazards])


def etag_of(body: bytes) -> str:
    return '"' + hashlib.sha256(body).hexdigest()[:16] + '"'


class _Handler(BaseHTTPRequestHandler):
    site: Site
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:  # noqa: N802 - the http.server name
        site = self.site
        with site.lock:
            site.log.append((self.path, {k.lower(): v for k, v in self.headers.items()}))
            found = site.resources.get(self.path)
        if found is None:
            self._send(404, b"not found", {"content-type": "text/plain"})
            return
        if found.delay:
            time.sleep(found.delay)
        headers = {"content-type": found.content_type} | found.headers
        if found.validators and found.status == 200:
            tag = etag_of(found.body)
            headers |= {"etag": tag, "last-modified": LAST_MODIFIED}
            if self.headers.get("if-none-match") == tag:
                self._send(304, b"", {"etag": tag})
                return
        self._send(found.status, found.body, headers)

    def _send(self, status: int, body: bytes, headers: dict[str, str]) -> None:
        try:
            self.send_response(status)
            for key, value in headers.items():
                self.send_header(key, value)
            self.send_header("content-length", str(len(body)))
            self.end_headers()
            if status != 304:
                self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client stopped reading (size limit)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        pass


@dataclass
class Receiver:
    """What the webhook receiver got, and how many requests it should fail first."""

    bodies: list[dict[str, Any]] = field(default_factory=list)
    fail_first: int = 0
    calls: int = 0
    url: str = ""


class _HookHandler(BaseHTTPRequestHandler):
    receiver: Receiver
    protocol_version = "HTTP/1.1"

    def do_POST(self) -> None:  # noqa: N802
        length = int(self.headers.get("content-length", "0"))
        body = self.rfile.read(length)
        self.receiver.calls += 1
        status = 500 if self.receiver.calls <= self.receiver.fail_first else 200
        if status == 200:
            self.receiver.bodies.append(json.loads(body))
        self.send_response(status)
        self.send_header("content-length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a client that hung up (timeouts, size limits) is what the tests do


@contextmanager
def serve(handler: type[BaseHTTPRequestHandler]) -> Iterator[str]:
    """Run a handler on a free port of 127.0.0.1; its base URL."""
    server = _Server(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@contextmanager
def running_site() -> Iterator[Site]:
    """The standard site, served."""
    site = Site()
    handler = type("Handler", (_Handler,), {"site": site})
    with serve(handler) as base:
        site.base = base
        standard_site(site)
        yield site


@contextmanager
def running_receiver(fail_first: int = 0) -> Iterator[Receiver]:
    """A webhook receiver, served."""
    receiver = Receiver(fail_first=fail_first)
    handler = type("HookHandler", (_HookHandler,), {"receiver": receiver})
    with serve(handler) as base:
        receiver.url = f"{base}/hook"
        yield receiver
