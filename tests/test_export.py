"""Exports: ACLED-style CSV, GeoJSON points, FollowTheMoney entities the library validates."""

from __future__ import annotations

import csv
import io
import json

from followthemoney import model
from store_support import doc, event, extractor, store

from nkevents.export import export
from nkevents.model import Penalty
from nkevents.pipeline import ingest
from nkevents.store import EventFilter, Store

__all__ = ["store"]


def fill(store: Store) -> None:
    table = {
        "a": [
            event(
                "trial",
                "2018-11",
                people=3,
                charges=["smuggling"],
                penalty=Penalty("death"),
                actors=["court"],
            )
        ],
        "b": [
            event(
                "sanction",
                "2017-08-05",
                None,
                None,
                None,
                instrument="UNSCR 2371",
                commodities=["coal"],
                actors=["un_security_council"],
            )
        ],
    }
    ingest(
        store,
        [doc("a", url="https://x.example/a"), doc("b", url="https://y.example/b")],
        extractor(table),
        "v1",
    )


def run(store: Store, fmt: str) -> str:
    out = io.StringIO()
    export(store.iter_events(EventFilter(sort="date")), fmt, out)
    return out.getvalue()


def test_csv_uses_acled_columns(store: Store) -> None:
    fill(store)
    rows = list(csv.DictReader(io.StringIO(run(store, "csv"))))
    acled = [
        "event_date",
        "event_type",
        "admin1",
        "location",
        "latitude",
        "longitude",
        "geo_precision",
        "time_precision",
        "source",
        "notes",
    ]
    assert set(acled) <= set(rows[0])
    trial = rows[1]
    assert (trial["event_date"], trial["time_precision"], trial["date"]) == (
        "2018-11-01",
        "3",
        "2018-11",
    )
    assert (trial["location"], trial["admin1"], trial["geo_precision"]) == (
        "Hyesan",
        "Ryanggang",
        "1",
    )
    assert "charges: smuggling" in trial["notes"]


def test_geojson_points(store: Store) -> None:
    fill(store)
    data = json.loads(run(store, "geojson"))
    assert (
        data["type"] == "FeatureCollection" and len(data["features"]) == 1
    )  # the sanction has no place
    assert data["features"][0]["geometry"]["coordinates"] == [128.18, 41.4]


def test_ftm_entities_are_valid(store: Store) -> None:
    fill(store)
    entities = [json.loads(line) for line in run(store, "ftm").splitlines()]
    schemata = sorted({e["schema"] for e in entities})
    assert schemata == ["Address", "Event", "Organization", "PublicBody", "Sanction"]
    for data in entities:
        proxy = model.get_proxy(data, cleaned=False)
        proxy.schema.validate(data)  # raises InvalidData
        missing = [p for p in proxy.schema.required if not proxy.get(p)]
        assert not missing, (data["schema"], missing)
    sanction = next(e for e in entities if e["schema"] == "Sanction")
    assert sanction["properties"]["program"] == ["UNSCR 2371"]
