"""Helpers for tests that extract short reports written for the project."""

from __future__ import annotations

from typing import Any

from nkevents.extract import extract
from nkevents.model import Document, Event


def events_of(text: str, published: str = "2019-11-20", language: str | None = None) -> list[Event]:
    """The events of one short report."""
    return extract(Document("t", text, published=published, language=language)).events


def one_event(text: str, etype: str, **kw: Any) -> Event:
    """The one event of a type in a short report (the test fails on none or several)."""
    found = [e for e in events_of(text, **kw) if e.type == etype]
    assert len(found) == 1, [(e.type, e.date) for e in events_of(text, **kw)]
    return found[0]
