"""robots.txt, read once per host and run (RFC 9309): what nkevents may fetch, and how often.

robots.txt is asked for conditionally too: when it has not changed (304), its text is read back
from the WARC record that kept it, so an unchanged site costs only conditional requests.
"""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urlsplit, urlunsplit
from urllib.robotparser import RobotFileParser

from nkevents.fetch.http import Client, Response

MAX_CRAWL_DELAY = 30.0  # a Crawl-delay above this is taken as this
Cached = Callable[[str], tuple[dict[str, str], bytes | None]]  # url -> validators, kept body
Keep = Callable[[str, Response], None]


class Robots:
    """The robots.txt rules of every host a run visits, fetched through the run's client."""

    def __init__(
        self,
        client: Client,
        agent: str = "nkevents",
        cached: Cached | None = None,
        keep: Keep | None = None,
    ) -> None:
        self.client = client
        self.agent = agent
        self.cached = cached or (lambda _url: ({}, None))
        self.keep = keep or (lambda _url, _response: None)
        self._rules: dict[str, RobotFileParser] = {}
        self._unreachable: dict[str, str] = {}  # host -> why its robots.txt could not be read

    def allowed(self, url: str) -> bool:
        """Whether robots.txt lets nkevents fetch url."""
        parts = urlsplit(url)
        host = parts.netloc.lower()
        rules = self._rules.get(host)
        if rules is None:
            rules = self._rules[host] = self._load(parts.scheme, host)
        return rules.can_fetch(self.agent, url)

    def why_not(self, url: str) -> str:
        """Why url may not be fetched (call after allowed() said no)."""
        host = urlsplit(url).netloc.lower()
        if host in self._unreachable:
            return f"robots.txt could not be read ({self._unreachable[host]}): not fetched"
        return "disallowed by robots.txt (not fetched)"

    def _load(self, scheme: str, host: str) -> RobotFileParser:
        rules = RobotFileParser()
        url = urlunsplit((scheme, host, "/robots.txt", "", ""))
        validators, kept = self.cached(url)
        outcome = self.client.get(url, validators if kept is not None else {})
        response = outcome.response
        text: bytes | None = None
        if response is not None and response.status == 304 and kept is not None:
            text = kept
        elif response is None or response.status >= 500:
            rules.parse(["User-agent: *", "Disallow: /"])  # unreachable: nothing (RFC 9309)
            reason = outcome.problem or f"HTTP {response.status if response else '?'}"
            self._unreachable[host] = reason
            return rules
        elif response.status >= 400 or response.problem or response.status != 200:
            rules.parse([])  # no robots.txt: everything may be fetched
            return rules
        else:
            text = response.body
            self.keep(url, response)
        rules.parse(text.decode("utf-8", "replace").splitlines())
        delay = rules.crawl_delay(self.agent)
        if delay is not None:
            self.client.set_delay(host, min(float(delay), MAX_CRAWL_DELAY))
        return rules
