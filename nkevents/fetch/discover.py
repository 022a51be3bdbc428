"""What a fetched body is (feed, sitemap or page) and the article links it lists."""

from __future__ import annotations

import html
import re
import time
from dataclasses import dataclass
from urllib.parse import urldefrag, urljoin, urlsplit

import feedparser

from nkevents.fetch.http import inflate
from nkevents.fetch.sources import parse_date

FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml")
XML_TYPES = ("application/xml", "text/xml")
_START = re.compile(
    rb"^\s*(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<([A-Za-z:]+)", re.S
)
_LOC = re.compile(r"<loc>\s*(.*?)\s*</loc>", re.S | re.I)
_URL_BLOCK = re.compile(r"<(url|sitemap)>(.*?)</\1>", re.S | re.I)
_LASTMOD = re.compile(r"<lastmod>\s*(.*?)\s*</lastmod>", re.S | re.I)
_HREF = re.compile(r"<a\s[^>]*?href\s*=\s*[\"']([^\"']+)[\"']", re.I)


@dataclass(slots=True, frozen=True)
class Item:
    """One article a feed, sitemap or listing points to."""

    url: str
    published: str | None = None
    title: str | None = None


def gunzipped(body: bytes, limit: int) -> bytes:
    """A body that is itself a gzip file (sitemap.xml.gz) decompressed, within limit bytes."""
    if body[:2] != b"\x1f\x8b":
        return body
    return inflate(body, "gzip", limit)


def kind_of(body: bytes, content_type: str) -> str:
    """feed, sitemap, sitemapindex, html or other: by the first element, then the media type."""
    found = _START.match(body[:2048])
    root = found.group(1).decode("ascii", "replace").lower() if found else ""
    if root in ("rss", "feed", "rdf:rdf"):
        return "feed"
    if root in ("urlset", "sitemapindex"):
        return "sitemap" if root == "urlset" else "sitemapindex"
    if root == "html" or content_type in ("text/html", "application/xhtml+xml"):
        return "html"
    if content_type in FEED_TYPES:
        return "feed"
    return "other"


def feed_items(body: bytes, url: str, date_format: str | None = None) -> list[Item]:
    """The entries of an RSS or Atom feed, each with its link, date and title."""
    parsed = feedparser.parse(body, response_headers={"content-location": url})
    items = []
    for entry in parsed.entries:
        link = entry.get("link")
        if not link:
            continue
        items.append(Item(absolute(url, link), _entry_date(entry, date_format), entry.get("title")))
    return items


def sitemap_items(body: bytes, url: str) -> list[Item]:
    """The <url> (or, in an index, <sitemap>) entries of a sitemap, each with its lastmod."""
    text = body.decode("utf-8", "replace")
    items = []
    for _, block in _URL_BLOCK.findall(text):
        loc = _LOC.search(block)
        if not loc:
            continue
        lastmod = _LASTMOD.search(block)
        published = lastmod.group(1)[:10] if lastmod else None
        items.append(Item(absolute(url, html.unescape(loc.group(1))), published))
    return items


def listing_items(body: bytes, url: str, follow: str) -> list[Item]:
    """The links of an HTML page on the same host whose address matches `follow`, in order."""
    text = body.decode("utf-8", "replace")
    host = urlsplit(url).netloc.lower()
    pattern = re.compile(follow)
    seen: dict[str, Item] = {}
    for href in _HREF.findall(text):
        link = absolute(url, html.unescape(href))
        if urlsplit(link).netloc.lower() == host and pattern.search(link) and link != url:
            seen.setdefault(link, Item(link))
    return list(seen.values())


def absolute(base: str, link: str) -> str:
    """An absolute address without its #fragment."""
    return urldefrag(urljoin(base, link.strip()))[0]


def _entry_date(entry: dict[str, object], date_format: str | None) -> str | None:
    for key in ("published_parsed", "updated_parsed"):
        value = entry.get(key)
        if isinstance(value, time.struct_time):
            return time.strftime("%Y-%m-%d", value)
    for key in ("published", "updated"):
        raw = entry.get(key)
        if isinstance(raw, str) and (found := parse_date(raw, date_format)):
            return found
    return None
