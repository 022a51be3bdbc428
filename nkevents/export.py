"""Export: stored events as JSON Lines, ACLED-style CSV, GeoJSON or FollowTheMoney entities."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable, Iterator
from typing import IO, Any

from nkevents.errors import QueryError
from nkevents.store.records import EventRecord
from nkevents.store.records_json import record_json

# ACLED codes: time_precision 1 = day, 3 = month or coarser; geo_precision 1 = town or site,
# 2 = part of a region (county), 3 = province or coarser.
TIME_PRECISION = {"day": 1, "month": 3, "year": 3}
GEO_PRECISION = {"site": 1, "town": 1, "county": 2, "province": 3, "region": 3, "country": 3}
CSV_COLUMNS = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "event_type",
    "actor1",
    "country",
    "admin1",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "notes",
    "date",
    "people",
    "public",
    "charges",
    "penalty_kind",
    "penalty_min_months",
    "penalty_max_months",
    "facility",
    "commodities",
    "instrument",
    "incident_id",
    "sources",
    "status",
    "document_id",
    "source_url",
)


def notes(rec: EventRecord) -> str:
    """A one-line description of an event, from its fields."""
    ev = rec.event
    parts: list[str] = [ev.type]
    if ev.location:
        parts.append(
            f"in {ev.location.name}" + (f" ({ev.location.admin1})" if ev.location.admin1 else "")
        )
    if ev.date:
        parts.append(f"on {ev.date}")
    if ev.people is not None:
        parts.append(f"involving {ev.people} people")
    extras = [f"charges: {', '.join(ev.charges)}"] if ev.charges else []
    extras += [f"penalty: {ev.penalty.kind}"] if ev.penalty else []
    extras += [f"goods: {', '.join(ev.commodities)}"] if ev.commodities else []
    extras += [f"instrument: {ev.instrument}"] if ev.instrument else []
    if rec.incident_id and rec.sources > 1:  # as ACLED's notes and UCDP's number_of_sources
        extras.append(f"told by {rec.sources} independent sources (incident {rec.incident_id})")
    return " ".join(parts) + ("; " + "; ".join(extras) if extras else "")


def geo_precision(rec: EventRecord) -> int | str:
    """ACLED geo_precision: 1 for a town or site, 2 for a county, 3 for a province or coarser."""
    loc = rec.event.location
    if loc is None:
        return ""
    if loc.name == loc.admin1:
        return 3
    return GEO_PRECISION.get(loc.precision or loc.kind or "", 1)


def csv_row(rec: EventRecord) -> dict[str, Any]:
    """One event as an ACLED-compatible CSV row (plus nkevents' own columns)."""
    ev, loc, pen = rec.event, rec.event.location, rec.event.penalty
    flat = record_json(rec)
    return {
        "event_id_cnty": rec.id,
        "event_date": flat["date_start"],
        "year": (ev.date or "")[:4],
        "time_precision": TIME_PRECISION.get(flat["time_precision"] or "", ""),
        "event_type": ev.type,
        "actor1": "; ".join(ev.actors),
        "country": (loc.country if loc and loc.country else ""),
        "admin1": loc.admin1 if loc else "",
        "location": loc.name if loc else "",
        "latitude": loc.lat if loc else "",
        "longitude": loc.lon if loc else "",
        "geo_precision": geo_precision(rec),
        "source": rec.document_title or rec.document_url or rec.document_id,
        "notes": notes(rec),
        "date": ev.date,
        "people": ev.people,
        "public": ev.public,
        "charges": ";".join(ev.charges),
        "penalty_kind": pen.kind if pen else "",
        "penalty_min_months": pen.min_months if pen else "",
        "penalty_max_months": pen.max_months if pen else "",
        "facility": ev.facility,
        "commodities": ";".join(ev.commodities),
        "instrument": ev.instrument,
        "incident_id": rec.incident_id,
        "sources": rec.sources,
        "status": rec.status,
        "document_id": rec.document_id,
        "source_url": rec.document_url,
    }


def write_jsonl(records: Iterable[EventRecord], out: IO[str]) -> int:
    """One JSON object per line."""
    n = 0
    for rec in records:
        out.write(json.dumps(record_json(rec), ensure_ascii=False) + "\n")
        n += 1
    return n


def write_csv(records: Iterable[EventRecord], out: IO[str]) -> int:
    """A CSV file with a header row."""
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS)
    writer.writeheader()
    n = 0
    for rec in records:
        writer.writerow(csv_row(rec))
        n += 1
    return n


def geojson_feature(rec: EventRecord) -> dict[str, Any] | None:
    """A GeoJSON point of an event with coordinates, else None."""
    loc = rec.event.location
    if loc is None or loc.lat is None or loc.lon is None:
        return None
    props = {k: v for k, v in csv_row(rec).items() if k not in ("latitude", "longitude")}
    return {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [loc.lon, loc.lat]},
        "properties": props,
    }


def write_geojson(records: Iterable[EventRecord], out: IO[str]) -> int:
    """A FeatureCollection of the events that have coordinates (others are left out)."""
    features = [f for f in map(geojson_feature, records) if f]
    json.dump({"type": "FeatureCollection", "features": features}, out, ensure_ascii=False)
    out.write("\n")
    return len(features)


def write_ftm(records: Iterable[EventRecord], out: IO[str]) -> int:
    """FollowTheMoney entities as JSON Lines (see ftm_entities)."""
    n = 0
    for entity in entities(records):
        out.write(json.dumps(entity, ensure_ascii=False) + "\n")
        n += 1
    return n


WRITERS: dict[str, Callable[[Iterable[EventRecord], IO[str]], int]] = {
    "jsonl": write_jsonl,
    "csv": write_csv,
    "geojson": write_geojson,
    "ftm": write_ftm,
}


def get_writer(name: str) -> Callable[[Iterable[EventRecord], IO[str]], int]:
    """The writer of an export format; QueryError for an unknown one."""
    if name not in WRITERS:
        raise QueryError(f"unknown export format {name!r}; formats: {', '.join(WRITERS)}")
    return WRITERS[name]


def export(records: Iterator[EventRecord], fmt: str, out: IO[str]) -> int:
    """Write records in a format; the number of records (or entities, for ftm) written."""
    return get_writer(fmt)(records, out)


DPRK = "kp-government"


def _entity(schema: str, entity_id: str, **props: Any) -> Any:
    """A FollowTheMoney entity proxy with the given properties (empty values left out)."""
    from followthemoney import model

    proxy = model.make_entity(schema)
    proxy.id = entity_id
    for name, value in props.items():
        for v in value if isinstance(value, list) else [value]:
            if v not in (None, ""):
                proxy.add(name, str(v))
    return proxy


def ftm_entities(rec: EventRecord) -> Iterator[Any]:
    """The FtM entities of one event: its actors, its address, and the Event or Sanction itself."""
    ev, loc = rec.event, rec.event.location
    orgs = [
        _entity("Organization", f"org-{a.lower().replace(' ', '-')}", name=a) for a in ev.actors
    ]
    yield from orgs
    address = None
    if loc:
        full = ", ".join(dict.fromkeys(x for x in (loc.name, loc.admin1) if x))
        address = _entity(
            "Address",
            f"addr-{rec.id}",
            full=full,
            city=loc.name if loc.name != loc.admin1 else None,
            region=loc.admin1,
            country=loc.country,
            latitude=loc.lat,
            longitude=loc.lon,
        )
        yield address
    common = {"summary": notes(rec), "sourceUrl": rec.document_url, "publisher": rec.document_title}
    if ev.type == "sanction":
        yield _entity(
            "PublicBody",
            DPRK,
            name="Government of the Democratic People's Republic of Korea",
            country="kp",
        )
        yield _entity(
            "Sanction",
            rec.id,
            entity=DPRK,
            program=ev.instrument,
            startDate=ev.date,
            authority=ev.actors,
            **common,
        )
        return
    yield _entity(
        "Event",
        rec.id,
        name=notes(rec),
        date=ev.date,
        location=address and loc and loc.name,
        addressEntity=address.id if address else None,
        involved=[o.id for o in orgs],
        keywords=[ev.type, *ev.charges, *ev.commodities],
        country=loc.country if loc else None,
        **common,
    )


def entities(records: Iterable[EventRecord]) -> Iterator[dict[str, Any]]:
    """FtM entity dicts of all records, each entity once."""
    seen: set[str] = set()
    for rec in records:
        for proxy in ftm_entities(rec):
            if proxy.id not in seen:
                seen.add(proxy.id)
                yield proxy.to_dict()
