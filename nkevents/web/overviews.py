"""The overview views: map, timeline, places, incidents, the review queue."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from nkevents.store import Incident, PlaceCount, Store
from nkevents.vocabulary import vocabulary
from nkevents.web import urls
from nkevents.web.views import (
    active,
    chips,
    event_row,
    label,
    labels,
    pager,
    pair_ids,
    parse,
    per_switch,
)

# One colour per event type (map markers, timeline bars, type badges); colour-blind safe order.
COLOURS = ("#1f77b4", "#d62728", "#ff7f0e", "#2ca02c", "#9467bd", "#8c564b", "#e377c2",
           "#17becf", "#7f7f7f")  # fmt: skip


def type_colours() -> dict[str, str]:
    """The colour of each event type."""
    return dict(zip(vocabulary().types, COLOURS, strict=False))


def by_place(points: dict[str, Any]) -> dict[str, Any]:
    """Event points grouped into one feature per place, with counts per type."""
    places: dict[tuple[Any, ...], dict[str, Any]] = {}
    for feature in points.get("features", []):
        props, coords = feature["properties"], feature["geometry"]["coordinates"]
        key = (props.get("place"), coords[0], coords[1])
        if key not in places:
            names = {"place": props.get("place"), "admin1": props.get("admin1")}
            places[key] = names | {"precision": props.get("geo_precision"), "count": 0, "types": {}}
        spot = places[key]
        spot["count"] += 1
        spot["types"][props["type"]] = spot["types"].get(props["type"], 0) + 1
    features = [
        {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [lon, lat]},
            "properties": p,
        }
        for (_, lon, lat), p in places.items()
    ]
    return {"type": "FeatureCollection", "features": features}


def map_data(store: Store, pairs: urls.Pairs) -> dict[str, Any]:
    """The map's GeoJSON: one point per place with the number of matching events of each type."""
    flt = parse(pairs, ignore=("limit", "offset", "sort"))
    # The store's own grouping in SQL (asked for in notes; same shape) once it has one.
    grouped = getattr(store, "map_places", None)
    return dict(grouped(flt)) if grouped else by_place(store.map_points(flt))


def map_view(store: Store, pairs: urls.Pairs) -> dict[str, Any]:
    """The map page: the filters and the places to mark."""
    flt = parse(pairs)
    return {"query": urls.encode(pairs), "filters": active(flt), "chips": chips(flt, pairs),
            "colours": type_colours(), "places": map_data(store, pairs),
            **per_switch(flt, pairs)}  # fmt: skip


def timeline_view(store: Store, pairs: urls.Pairs) -> dict[str, Any]:
    """Events per month by type for the current filters."""
    flt = parse(pairs)
    return {"query": urls.encode(pairs), "filters": active(flt), "chips": chips(flt, pairs),
            "colours": type_colours(), "series": store.timeline(flt),
            **per_switch(flt, pairs)}  # fmt: skip


def place_json(place: PlaceCount) -> dict[str, Any]:
    """A place with its count and sub-places."""
    return asdict(place)


def places_view(store: Store) -> dict[str, Any]:
    """Every province with its number of events and its sub-places."""
    return {"places": [place_json(p) for p in store.places()]}


def place_view(store: Store, name: str, pairs: urls.Pairs) -> dict[str, Any]:
    """A place: its sub-places and every event at it or under it."""
    flt = parse([*pairs, ("place", name)])
    page = store.search_events(flt)
    return {
        "name": name,
        "query": urls.encode(pairs),
        "places": [place_json(p) for p in store.places(parent=name)],
        "total": page.total,
        "events": [event_row(r) for r in page.items],
        "pages": pager(page.total, flt, pairs),
        "events_query": urls.encode([("place", name)]),
    }


def incidents_view(store: Store, pairs: urls.Pairs) -> dict[str, Any]:
    """Incidents (events linked across reports) matching the filters, most sources first."""
    flt = parse(pairs)
    page = store.incidents(flt)
    return {
        "query": urls.encode(pairs),
        "total": page.total,
        "incidents": [
            {k: v for k, v in asdict(i).items() if k not in ("events", "links")} for i in page.items
        ],  # fmt: skip
        "pages": pager(page.total, flt, pairs),
    }


SIDE_FIELDS = (  # field, label, the incident's disagreement it belongs to
    ("date", "Date", "date"),
    ("place", "Place", "place"),
    ("admin1", "Province", "place"),
    ("people", "People", "people"),
    ("penalty", "Penalty", "penalty"),
    ("charges", "Charges", None),
    ("commodities", "Goods", None),
)


def side_by_side(store: Store, inc: Incident) -> dict[str, Any]:
    """The reports of an incident in columns and their values in rows; a row the reports
    disagree on is marked, and so is each value that is not the incident's."""
    reports, texts = [], {}
    for rec in inc.events:
        if rec.document_id not in texts:
            texts[rec.document_id] = store.get_document(rec.document_id).text
        text = texts[rec.document_id]
        quote = " … ".join(text[s:e] for s, e in rec.event.evidence[:2])
        reports.append(
            event_row(rec)
            | {"quote": quote, "language": rec.language or "", "url": rec.document_url}
        )
    rows = []
    for name, title, group in SIDE_FIELDS:
        values = [_shown(r[name]) for r in reports]
        differ = group in inc.disagree
        given = [v for v in values if v]
        rows.append(
            {
                "field": name,
                "label": title,
                "differ": differ,
                "values": [
                    {"value": v, "differ": differ and bool(v) and given.count(v) < len(given)}
                    for v in values
                ],
            }
        )
    return {"reports": reports, "rows": rows}


def _shown(value: Any) -> str:
    if value is None:
        return ""
    return ", ".join(map(str, value)) if isinstance(value, list) else str(value)


def incident_view(store: Store, incident_id: str) -> dict[str, Any]:
    """One incident: its reports side by side, their events and the scored links between them."""
    inc = store.get_incident(incident_id)
    head = {k: v for k, v in asdict(inc).items() if k not in ("events", "links")}
    return head | {
        "side": side_by_side(store, inc),
        "events": [event_row(r) for r in inc.events],
        "links": [asdict(link) for link in inc.links],
        "labels": {r.id: label(r) for r in inc.events},
    }


def review_view(store: Store) -> dict[str, Any]:
    """The review queue: undecided link suggestions, the latest decisions and the latest
    changes to events and fields (the audit log, each undoable)."""
    links = store.suggestions(undecided=True, limit=50)
    decided = store.decisions()[:50]
    changes = store.recent_changes(50)
    named = pair_ids(links, decided) | {c.event_id for c in changes}
    return {
        "suggestions": [asdict(s) for s in links],
        "decisions": [asdict(d) for d in decided],
        "changes": [asdict(c) for c in changes],
        "labels": labels(store, named),
    }
