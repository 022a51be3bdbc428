"""Sources as data: one small YAML file per outlet, in a folder the user chooses.

name: example-outlet            # the file's stem when absent
publisher: Example Outlet
language: en                    # en or ko: the documents' language when a page names none
feeds: [https://news.example/rss.xml]          # RSS or Atom
sitemaps: [https://news.example/sitemap.xml]
listings:                       # HTML pages whose links to articles are followed
  - url: https://news.example/north-korea/
    follow: /articles/\\d+      # a regular expression the article links match
pages: [https://news.example/special-report]   # single pages
date_format: "%d.%m.%Y"          # optional: how the outlet writes a publication date
delay: 2                        # optional: seconds between two requests to the outlet
max_items: 50                   # items followed per feed, sitemap or listing and run
expect:
  min_items: 5                  # fewer items in a run is recorded as a problem
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from nkevents.errors import InputError

LANGUAGES = ("en", "ko")
KEYS = {"name", "publisher", "language", "feeds", "sitemaps", "listings", "pages",
        "date_format", "delay", "max_items", "expect"}  # fmt: skip
EXAMPLES = Path(__file__).resolve().parent.parent / "data" / "sources"


@dataclass(slots=True, frozen=True)
class Listing:
    """An HTML page listing articles, and the pattern their links match."""

    url: str
    follow: str


@dataclass(slots=True)
class Source:
    """One outlet to follow."""

    name: str
    publisher: str | None = None
    language: str | None = None
    feeds: list[str] = field(default_factory=list)
    sitemaps: list[str] = field(default_factory=list)
    listings: list[Listing] = field(default_factory=list)
    pages: list[str] = field(default_factory=list)
    date_format: str | None = None
    delay: float | None = None
    max_items: int = 50
    min_items: int = 0
    path: str | None = None

    @property
    def urls(self) -> list[str]:
        """Every address the source starts from."""
        return [*self.feeds, *self.sitemaps, *(x.url for x in self.listings), *self.pages]


def default_folder() -> Path:
    """$NKEVENTS_SOURCES, else ./sources."""
    return Path(os.environ.get("NKEVENTS_SOURCES", "sources"))


def load_folder(folder: Path) -> tuple[list[Source], list[InputError]]:
    """Every source of a folder (*.yaml, *.yml, sorted), and the files that are not sources."""
    found: list[Source] = []
    errors: list[InputError] = []
    if not folder.is_dir():
        return [], [InputError(str(folder), "no such folder of sources")]
    for path in sorted([*folder.glob("*.yaml"), *folder.glob("*.yml")]):
        item = load_file(path)
        (errors if isinstance(item, InputError) else found).append(item)  # type: ignore[arg-type]
    names = [s.name for s in found]
    for name in sorted({n for n in names if names.count(n) > 1}):
        errors.append(InputError(str(folder), f"two sources are named {name!r}"))
    return found, errors


def load_file(path: Path) -> Source | InputError:
    """One source file, checked field by field."""
    where = str(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as err:
        return InputError(where, f"not a readable YAML file: {err}")
    if not isinstance(data, dict):
        return InputError(where, "a source is a YAML mapping (name, feeds, ...)")
    try:
        return parse_source(data, path.stem, where)
    except ValueError as err:
        return InputError(where, str(err))


def parse_source(data: dict[str, Any], default_name: str, where: str | None = None) -> Source:
    """A Source from its mapping; ValueError naming the first bad field."""
    unknown = sorted(set(data) - KEYS)
    if unknown:
        raise ValueError(f"unknown field(s) {', '.join(unknown)}; known: {', '.join(sorted(KEYS))}")
    name = str(data.get("name") or default_name)
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_.-]*", name):
        raise ValueError(f"name {name!r} must be letters, digits, '.', '_' or '-'")
    language = data.get("language")
    if language is not None and language not in LANGUAGES:
        raise ValueError(f"language must be one of {', '.join(LANGUAGES)}, not {language!r}")
    listings = [_listing(x) for x in _list(data, "listings")]
    source = Source(
        name=name,
        publisher=_opt_str(data.get("publisher")),
        language=language,
        feeds=[_url(x, "feeds") for x in _list(data, "feeds")],
        sitemaps=[_url(x, "sitemaps") for x in _list(data, "sitemaps")],
        listings=listings,
        pages=[_url(x, "pages") for x in _list(data, "pages")],
        date_format=_date_format(data.get("date_format")),
        delay=_number(data.get("delay"), "delay"),
        max_items=int(_number(data.get("max_items"), "max_items") or 50),
        min_items=int(_number(_expect(data).get("min_items"), "expect.min_items") or 0),
        path=where,
    )
    if not source.urls:
        raise ValueError("a source needs at least one of feeds, sitemaps, listings, pages")
    return source


def parse_date(value: str, fmt: str | None) -> str | None:
    """An ISO date from the outlet's own format, or None when it does not read."""
    if not fmt:
        return None
    try:
        return datetime.strptime(value.strip(), fmt).date().isoformat()
    except ValueError:
        return None


def _list(data: dict[str, Any], key: str) -> list[Any]:
    value = data.get(key) or []
    if isinstance(value, str | dict):
        value = [value]
    if not isinstance(value, list):
        raise ValueError(f"{key} must be a list")
    return value


def _url(value: Any, key: str) -> str:
    url = str(value).strip()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(f"{key}: {url!r} is not an http(s) URL")
    return url


def _listing(value: Any) -> Listing:
    if not isinstance(value, dict) or "url" not in value:
        raise ValueError("listings: each is {url: ..., follow: REGEX}")
    follow = str(value.get("follow") or ".")
    try:
        re.compile(follow)
    except re.error as err:
        raise ValueError(f"listings: follow {follow!r} is not a regular expression: {err}") from err
    return Listing(_url(value["url"], "listings"), follow)


def _expect(data: dict[str, Any]) -> dict[str, Any]:
    value = data.get("expect") or {}
    if not isinstance(value, dict):
        raise ValueError("expect must be a mapping (min_items: N)")
    return value


def _number(value: Any, key: str) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        raise ValueError(f"{key} must be a number >= 0")
    return float(value)


def _date_format(value: Any) -> str | None:
    if value is None:
        return None
    fmt = str(value)
    if "%" not in fmt:
        raise ValueError(f"date_format {fmt!r} needs strftime codes (%Y, %m, %d)")
    return fmt


def _opt_str(value: Any) -> str | None:
    return None if value is None else str(value)
