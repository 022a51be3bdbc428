"""An Atom feed of one saved search's alerts: one entry per new incident, newest first."""

from __future__ import annotations

from typing import Any
from xml.etree import ElementTree as ET

from nkevents import __version__
from nkevents.store.alerts import Alert, SavedSearch

ATOM = "http://www.w3.org/2005/Atom"


def alert_title(summary: dict[str, Any]) -> str:
    """One line for an alert: type, date, place, people."""
    place = (summary.get("location") or {}).get("name")
    parts = [str(summary.get("type") or "event")]
    if summary.get("date"):
        parts.append(str(summary["date"]))
    if place:
        parts.append(f"in {place}")
    if summary.get("people"):
        parts.append(f"({summary['people']} people)")
    return " ".join(parts)


def atom_feed(search: SavedSearch, items: list[Alert], base_url: str) -> bytes:
    """The feed as UTF-8 XML; base_url is the web app's root (http://host:port)."""
    base = base_url.rstrip("/")
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")
    _text(feed, "id", f"{base}/alerts/{search.name}.atom")
    _text(feed, "title", f"nkevents: {search.name}")
    _text(feed, "subtitle", f"New incidents matching {search.query or 'every event'}")
    updated = items[0].seen_at if items else search.created_at
    _text(feed, "updated", _rfc3339(updated))
    generator = _text(feed, "generator", "nkevents")
    generator.set("version", __version__)
    _link(feed, f"{base}/alerts/{search.name}.atom", "self")
    _link(feed, f"{base}/events?{search.query}", "alternate")
    for alert in items:
        entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
        summary = alert.summary
        _text(entry, "id", f"{base}/events/{alert.event_id}#alert-{alert.id}")
        _text(entry, "title", alert_title(summary))
        _text(entry, "updated", _rfc3339(alert.seen_at))
        _link(entry, f"{base}/events/{alert.event_id}", "alternate")
        if summary.get("document_url"):
            _link(entry, str(summary["document_url"]), "via")
        source = summary.get("document_title") or summary.get("document_url") or ""
        _text(entry, "summary", f"{alert_title(summary)}. Reported in: {source}".strip())
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True)


def _text(parent: ET.Element, tag: str, text: str) -> ET.Element:
    node = ET.SubElement(parent, f"{{{ATOM}}}{tag}")
    node.text = text
    return node


def _link(parent: ET.Element, href: str, rel: str) -> None:
    ET.SubElement(parent, f"{{{ATOM}}}link", {"href": href, "rel": rel})


def _rfc3339(stamp: str) -> str:
    """The store's UTC stamps as RFC 3339 (they may lack the zone)."""
    if stamp.endswith("Z") or "+" in stamp[10:]:
        return stamp
    return stamp + "Z"
