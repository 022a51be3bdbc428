"""The views: each builds one page's data from the store; pages render it, .json twins return it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, fields
from typing import Any

from nkevents.errors import NotFound
from nkevents.store import Decision, EventFilter, EventRecord, LinkSuggestion, Store, from_query
from nkevents.store.records_json import record_json
from nkevents.web import urls
from nkevents.web.fields import field_rows, penalty_label
from nkevents.web.highlight import pieces, spans_of

FACETS = {  # facet name -> (label, query parameter)
    "type": ("Type", "type"),
    "admin1": ("Province", "admin1"),
    "year": ("Year", "year"),
    "commodity": ("Commodity", "commodity"),
    "charge": ("Charge", "charge"),
    "penalty_kind": ("Penalty", "penalty_kind"),
    "sources": ("Sources", "sources_min"),
}
COLUMNS = (("date", "Date"), ("people", "People"), ("sources", "Sources"))
DEFAULTS = EventFilter()
EXPORTS = ("csv", "geojson", "jsonl")


def parse(pairs: urls.Pairs, ignore: Sequence[str] = ()) -> EventFilter:
    """The filter a query string asks for (QueryError, a 400, when it is bad)."""
    grouped: dict[str, list[str]] = {}
    for key, value in pairs:
        if key not in ignore:
            grouped.setdefault(key, []).append(value)
    return from_query(grouped)


def active(flt: EventFilter) -> dict[str, Any]:
    """The filters that differ from the defaults (what the view is narrowed to)."""
    return {
        f.name: getattr(flt, f.name)
        for f in fields(flt)
        if getattr(flt, f.name) != getattr(DEFAULTS, f.name) and f.name not in ("limit", "offset")
    }


def event_row(rec: EventRecord) -> dict[str, Any]:
    """One line of the events table."""
    ev, loc = rec.event, rec.event.location
    return {
        "id": rec.id,
        "type": ev.type,
        "date": ev.date,
        "place": loc.name if loc else None,
        "admin1": loc.admin1 if loc else None,
        "people": ev.people,
        "public": ev.public,
        "charges": ev.charges,
        "penalty": penalty_label(ev.penalty),
        "commodities": ev.commodities,
        "sources": rec.sources,
        "status": rec.status,
        "incident_id": rec.incident_id,
        "document_id": rec.document_id,
        "document_title": rec.document_title,
        "published": rec.published,
    }


def label(rec: EventRecord) -> str:
    """An event in a few words: type, date, place, report."""
    loc = rec.event.location
    parts = [rec.event.type, rec.event.date or "undated", loc.name if loc else ""]
    report = rec.document_title or rec.document_id
    return " ".join(p for p in parts if p) + f" ({report})"


def pair_ids(links: list[LinkSuggestion], decided: list[Decision]) -> set[str]:
    """The events that suggested links and decisions name."""
    return (
        {s.event_a for s in links}
        | {s.event_b for s in links}
        | {d.event_a for d in decided}
        | {d.event_b for d in decided}
    )


def labels(store: Store, ids: set[str]) -> dict[str, str]:
    """Labels of the events with these ids (unknown ones left out)."""
    out = {}
    for event_id in sorted(ids):
        try:
            out[event_id] = label(store.get_event(event_id))
        except NotFound:
            continue
    return out


def record(rec: EventRecord) -> dict[str, Any]:
    """The full stored event, JSON-ready: the EVENTS.md object plus what the store knows."""
    return dict(record_json(rec))


def facet_links(counts: dict[str, dict[str, int]], pairs: urls.Pairs) -> list[dict[str, Any]]:
    """Each facet with its values: count, whether on, and the link that toggles it."""
    out = []
    for name, (label, param) in FACETS.items():
        values = []
        for value, count in counts.get(name, {}).items():
            if name == "year":
                on = urls.has(pairs, "date_from", value) and urls.has(pairs, "date_to", value)
                link = urls.toggle_year(pairs, value)
            else:
                arg = value.rstrip("+") if name == "sources" else value
                on, link = urls.has(pairs, param, arg), urls.toggle(pairs, param, arg)
            values.append({"value": value, "count": count, "on": on, "query": link})
        if name == "year":
            values.sort(key=lambda v: str(v["value"]), reverse=True)
        out.append({"name": name, "label": label, "values": values})
    return out


def chips(flt: EventFilter, pairs: urls.Pairs) -> list[dict[str, str]]:
    """The active filters as removable chips."""
    out = []
    for key, value in pairs:
        if key in ("sort", "offset", "limit") or not value:
            continue
        rest = [p for p in pairs if p != (key, value) and p[0] != "offset"]
        out.append({"label": f"{key.replace('_', ' ')}: {value}", "query": urls.encode(rest)})
    return out


def pager(total: int, flt: EventFilter, pairs: urls.Pairs) -> dict[str, Any]:
    """Previous and next links for a paged list."""
    prev_off = max(0, flt.offset - flt.limit)
    nxt_off = flt.offset + flt.limit
    return {
        "first": flt.offset + 1 if total else 0,
        "last": min(total, flt.offset + flt.limit),
        "prev": urls.replace(pairs, "offset", str(prev_off)) if flt.offset > 0 else None,
        "next": urls.replace(pairs, "offset", str(nxt_off)) if nxt_off < total else None,
    }


def per_switch(flt: EventFilter, pairs: urls.Pairs) -> dict[str, Any]:
    """Whether the view counts happenings (one per incident) or reports, and the other link."""
    other = None if flt.per == "incident" else "incident"
    rest = [(k, v) for k, v in pairs if k not in ("per", "offset")]
    return {"per": flt.per, "per_toggle": urls.encode(rest + ([("per", other)] if other else []))}


def per_incident(
    rows: list[dict[str, Any]], store: Store, flt: EventFilter
) -> list[dict[str, Any]]:
    """Rows of incidents' events given their incident's best values and disagreements."""
    if flt.per != "incident":
        return rows
    found = store.incident_summaries([r["incident_id"] for r in rows if r["incident_id"]])
    for row in rows:
        if inc := found.get(row["incident_id"] or ""):
            row |= {k: inc[k] for k in ("date", "place", "admin1", "sources") if inc[k]}
            row["people"] = inc["people"] if inc["people"] is not None else row["people"]
            row["disagree"] = inc["disagree"]
    return rows


def events_view(store: Store, pairs: urls.Pairs) -> dict[str, Any]:
    """The events page: one page of results, facets with counts, sort and paging links."""
    flt = parse(pairs)
    page = store.search_events(flt)
    return {
        "query": urls.encode(pairs),
        "filters": active(flt),
        "total": page.total,
        "limit": flt.limit,
        "offset": flt.offset,
        "sort": flt.sort,
        "events": per_incident([event_row(r) for r in page.items], store, flt),
        "facets": facet_links(store.facets(flt), pairs),
        **per_switch(flt, pairs),
        "chips": chips(flt, pairs),
        "pages": pager(page.total, flt, pairs),
        "sorts": {c: urls.sort_by(pairs, c, flt.sort) for c, _ in COLUMNS},
        "exports": {kind: urls.replace(pairs, "offset", None) for kind in EXPORTS},
    }


def event_view(store: Store, event_id: str) -> dict[str, Any]:
    """The event page: fields with evidence, the highlighted report, the incident, history."""
    rec = store.get_event(event_id)
    doc = store.get_document(rec.document_id)
    incident = store.get_incident(rec.incident_id) if rec.incident_id else None
    others = [event_row(r) for r in incident.events if r.id != rec.id] if incident else []
    links = store.suggestions(event_id, undecided=False)
    decided = store.decisions(event_id)
    return {
        "event": record(rec),
        "row": event_row(rec),
        "fields": [asdict(f) for f in field_rows(rec.event, doc.text, rec.reviewed)],
        "document": document_meta(doc),
        "text": [asdict(p) for p in pieces(doc.text, spans_of(rec.event))],
        "incident": {"id": incident.id, "sources": incident.sources} if incident else None,
        "same_incident": others,
        "suggestions": [asdict(s) for s in links],
        "labels": labels(store, pair_ids(links, decided)),
        "history": [asdict(c) for c in store.history(event_id)],
        "decisions": [asdict(d) for d in decided],
    }


def document_meta(doc: Any) -> dict[str, Any]:
    """A document's metadata without its text."""
    keep = ("id", "url", "title", "published", "language", "source_id", "version", "outlet",
            "relevant", "extractor_version", "versions", "content_hash")  # fmt: skip
    return {k: getattr(doc, k) for k in keep}


def document_view(store: Store, document_id: str) -> dict[str, Any]:
    """The document page: the report with every event's evidence, its metadata, its events."""
    doc = store.get_document(document_id)
    events = [store.get_event(i) for i in doc.event_ids]
    spans = [s for rec in events for s in spans_of(rec.event)]
    return {
        "document": document_meta(doc),
        "text": [asdict(p) for p in pieces(doc.text, spans)],
        "events": [event_row(r) for r in events],
    }
