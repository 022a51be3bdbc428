"""The webhook: a POST of JSON to the URL a saved search names, retried with backoff."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import httpx

from nkevents.fetch.http import USER_AGENT


def post_json(
    url: str,
    payload: dict[str, Any],
    retries: int = 3,
    backoff: float = 2.0,
    timeout: float = 10.0,
    sleep: Callable[[float], None] = time.sleep,
) -> str | None:
    """POST payload as JSON; None once a 2xx answer came, else the last failure's reason."""
    error: str | None = None
    headers = {"user-agent": USER_AGENT}
    for attempt in range(retries + 1):
        if attempt:
            sleep(backoff * 2 ** (attempt - 1))
        try:
            answer = httpx.post(url, json=payload, headers=headers, timeout=timeout)
        except httpx.HTTPError as err:
            error = f"{type(err).__name__}: {err}"
            continue
        if 200 <= answer.status_code < 300:
            return None
        error = f"HTTP {answer.status_code}"
        if answer.status_code < 500 and answer.status_code not in (408, 429):
            break  # the receiver refuses it: asking again will not help
    return error
