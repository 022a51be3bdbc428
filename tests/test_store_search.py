"""Search: full text in English and Korean, date precision, places and the other filters."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from store_support import BACKENDS, doc, event, extractor, fresh_url

from nkevents.errors import QueryError
from nkevents.model import Penalty
from nkevents.pipeline import ingest
from nkevents.store import EventFilter, Store, from_query, open_store

DOCS = {
    "en1": (
        "Gold smugglers tried in Hyesan stadium.",
        event(
            "trial",
            "2018-11",
            people=12,
            charges=["smuggling"],
            commodities=["gold"],
            penalty=Penalty("forced_labor", 60, 60),
        ),
    ),
    "en2": (
        "Police arrested phone users in Hoeryong.",
        event(
            "arrest",
            "2018-11-20",
            "Hoeryong",
            "North Hamgyong",
            3,
            charges=["illegal_phone"],
            commodities=["phones"],
        ),
    ),
    "ko1": (
        "혜산시에서 공개재판이 열렸다. 주민 수천 명이 동원됐다.",
        event("execution", "2018", people=1, penalty=Penalty("death")),
    ),
    "en3": (
        "An October raid on a copper mine.",
        event("seizure", "2018-10-01", "Hyesan Mine", "Ryanggang", None, commodities=["copper"]),
    ),
    "en4": ("An undated crackdown report.", event("crackdown", None, None, None, None)),
}


@pytest.fixture(scope="module", params=BACKENDS)
def filled(request: pytest.FixtureRequest) -> Iterator[Store]:
    """One store per backend, filled once for the module (the tests only read)."""
    store = open_store(fresh_url(request.param))
    docs = [
        doc(k, t, f"https://outlet{i}.example/{k}") for i, (k, (t, _)) in enumerate(DOCS.items())
    ]
    ingest(store, docs, extractor({k: [e] for k, (_, e) in DOCS.items()}), "v1")
    yield store
    store.close()


def found(store: Store, **kw: object) -> set[str]:
    """The reader ids of the documents whose events match."""
    page = store.search_events(EventFilter(**kw))  # type: ignore[arg-type]
    return {store.get_document(r.document_id).source_id for r in page.items}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"q": "hyesan"}, {"en1"}),
        ({"q": "혜산"}, {"ko1"}),  # two Hangul syllables: shorter than a trigram
        ({"q": "혜산시"}, {"ko1"}),
        ({"q": "공개재판 주민"}, {"ko1"}),
        ({"q": '"copper mine"'}, {"en3"}),
        ({"q": "copper gold"}, set()),
        (
            {"q": "hyesan", "types": ("trial", "seizure")},
            {"en1"},
        ),  # text checked per filtered event
        ({"q": "혜산시", "admin1": "Ryanggang", "date_from": "2018"}, {"ko1"}),
        ({"q": "혜산", "types": ("trial",)}, set()),
        ({"types": ("trial", "arrest")}, {"en1", "en2"}),
        # An event dated 2018-11 covers 2018-11-01..30; one dated 2018 covers the whole year.
        ({"date_from": "2018-10-15", "date_to": "2018-12-31"}, {"en1", "en2", "ko1"}),
        (
            {"date_from": "2018-10-15", "date_to": "2018-12-31", "date_mode": "within"},
            {"en1", "en2"},
        ),
        ({"date_from": "2018-11-21", "date_to": "2018-11-21"}, {"en1", "ko1"}),
        ({"date_to": "2018-10"}, {"en3", "ko1"}),
        ({"admin1": "ryanggang"}, {"en1", "en3", "ko1"}),
        ({"place": "Ryanggang"}, {"en1", "en3", "ko1"}),  # a province includes its cities and sites
        ({"place": "Hoeryong"}, {"en2"}),
        ({"commodity": "gold"}, {"en1"}),
        ({"charge": "illegal_phone"}, {"en2"}),
        ({"penalty_kind": "death"}, {"ko1"}),
        ({"people_min": 3, "people_max": 12}, {"en1", "en2"}),
        ({"sources_min": 2}, set()),
        ({"language": "ko"}, set()),
    ],
)
def test_filters(filled: Store, query: dict[str, object], expected: set[str]) -> None:
    assert found(filled, **query) == expected


def test_pages_total_and_sort(filled: Store) -> None:
    page = filled.search_events(EventFilter(sort="date", limit=2))
    assert page.total == 5 and [r.event.date for r in page.items] == ["2018", "2018-10-01"]
    last = filled.search_events(EventFilter(sort="date", limit=2, offset=4))
    assert last.items[0].event.date is None  # undated last


def test_facets_timeline_map_and_places(filled: Store) -> None:
    facets = filled.facets(EventFilter())
    assert facets["type"]["trial"] == 1 and facets["year"] == {"2018": 4}
    assert facets["commodity"] == {"copper": 1, "gold": 1, "phones": 1}
    timeline = filled.timeline(EventFilter())
    assert {"period": "2018-11", "type": "arrest", "count": 1} in timeline
    assert {"period": "2018", "type": "execution", "count": 1} in timeline
    points = filled.map_points(EventFilter(types=("arrest",)))
    assert points["features"][0]["geometry"] == {"type": "Point", "coordinates": [128.18, 41.4]}
    tops = {p.name: p for p in filled.places()}
    assert tops["Ryanggang"].count == 3
    assert {c.name for c in filled.places("Ryanggang")} == {"Hyesan", "Hyesan Mine"}


def plain_counts(conn: Any, flt: EventFilter, key: Any, *joins: Any) -> dict[str, int]:
    """The reference: one grouped query per facet, joining the list tables."""
    from sqlalchemy import func, select

    from nkevents.store.schema import events
    from nkevents.store.search import clauses

    source = events
    for table in joins:
        source = source.join(table, table.c.event_id == events.c.id)
    n = func.count().label("n")
    query = select(key, n).select_from(source).where(*clauses(flt, conn.dialect.name))
    rows = conn.execute(query.where(key.is_not(None)).group_by(key).order_by(n.desc(), key))
    return {str(value): int(count) for value, count in rows}


FACET_FILTERS = [
    EventFilter(),
    EventFilter(sort="-people", offset=2),  # no filter but the status: the complement plan
    EventFilter(status="all"),
    EventFilter(status="rejected"),
    EventFilter(status="reviewed"),
    EventFilter(types=("arrest", "trial")),
    EventFilter(commodity="gold"),
    EventFilter(q="hyesan"),
]


def test_facets_equal_one_plain_query_per_facet(filled: Store) -> None:
    from sqlalchemy import func

    from nkevents.store import facets
    from nkevents.store.schema import event_charges, event_commodities, events

    c = events.c
    columns = {"type": c.type, "admin1": c.admin1, "year": func.substr(c.date, 1, 4),
               "penalty_kind": c.penalty_kind, "sources": c.sources}  # fmt: skip
    lists = {"commodity": event_commodities, "charge": event_charges}
    for flt in FACET_FILTERS:
        got = filled.facets(flt)
        with filled.engine.connect() as conn:
            for name, column in columns.items():
                assert list(got[name].items()) == list(plain_counts(conn, flt, column).items())
            for name, table in lists.items():
                value = table.c[name]
                want = plain_counts(conn, flt, value, table)
                assert list(got[name].items()) == list(want.items()), (name, flt)
                assert facets.list_counts(conn, flt, value) == want


@pytest.fixture
def with_rejected(filled: Store) -> Iterator[Store]:
    """The filled store with the gold trial rejected (the rejection undone afterwards)."""
    trial = filled.search_events(EventFilter(types=("trial",))).items[0].id
    change = filled.reject_event(trial, "kim")
    yield filled
    filled.undo_change(change.id, "kim")


def test_list_facets_leave_out_what_the_status_hides(with_rejected: Store) -> None:
    store = with_rejected
    assert "gold" not in store.facets(EventFilter())["commodity"]
    assert store.facets(EventFilter(status="rejected"))["commodity"] == {"gold": 1}
    assert store.facets(EventFilter(status="all"))["commodity"]["gold"] == 1
    test_facets_equal_one_plain_query_per_facet(store)


@pytest.mark.parametrize("sort", ["date", "-date", "people", "-people", "sources", "id"])
def test_pages_of_any_sort_follow_one_order(filled: Store, sort: str) -> None:
    whole = [r.id for r in filled.search_events(EventFilter(sort=sort, limit=100)).items]
    paged = [
        r.id
        for offset in range(0, 6, 2)
        for r in filled.search_events(EventFilter(sort=sort, limit=2, offset=offset)).items
    ]
    assert paged == whole and len(whole) == 5
    people = [filled.get_event(i).event.people for i in whole]
    if sort == "-people":  # largest first, unknown counts last
        assert people == [12, 3, 1, None, None]


def test_map_places_groups_in_sql_as_the_web_groups_points(filled: Store) -> None:
    from nkevents.web.overviews import by_place

    for flt in (EventFilter(), EventFilter(types=("arrest",))):
        grouped = filled.map_places(flt)
        assert _spots(grouped) == _spots(by_place(filled.map_points(flt)))
        assert sum(f["properties"]["count"] for f in grouped["features"]) == len(
            filled.map_points(flt)["features"]
        )


def _spots(collection: dict[str, Any]) -> list[tuple[Any, ...]]:
    return sorted(
        (
            f["properties"]["place"],
            tuple(f["geometry"]["coordinates"]),
            f["properties"]["count"],
            tuple(sorted(f["properties"]["types"].items())),
        )
        for f in collection["features"]
    )


@pytest.mark.parametrize(
    "params",
    [
        {"colour": "red"},
        {"type": "picnic"},
        {"date_from": "2018-13"},
        {"date_from": "2019", "date_to": "2018"},
        {"people_min": "many"},
        {"commodity": "gold bars"},
        {"sort": "random"},
        {"limit": "0"},
        {"status": "maybe"},
    ],
)
def test_bad_parameters_raise_a_clear_error(params: dict[str, str]) -> None:
    with pytest.raises(QueryError):
        from_query(params)


def test_from_query_parses_a_web_query() -> None:
    flt = from_query(
        {"type": ["trial", "arrest,execution"], "people_min": "3", "q": " ", "date_to": "2018"}
    )
    assert flt.types == ("trial", "arrest", "execution") and flt.people_min == 3 and flt.q is None
    assert flt.day_range() == (None, "2018-12-31")


@pytest.mark.parametrize("probe_limit", [0, 5000])  # 0: FTS set checked per event; else LIKE
@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"q": "hyesan", "types": ("trial", "seizure")}, {"en1"}),
        ({"q": "Hyesan stadium", "date_from": "2018"}, {"en1"}),
        ({"q": "혜산시 주민", "admin1": "Ryanggang"}, {"ko1"}),
        ({"q": "in Ho", "types": ("arrest",)}, {"en2"}),  # a two-letter term
    ],
)
def test_text_plans_agree(
    filled: Store,
    monkeypatch: pytest.MonkeyPatch,
    probe_limit: int,
    query: dict[str, object],
    expected: set[str],
) -> None:
    from nkevents.store import search

    monkeypatch.setattr(search, "PROBE_LIMIT", probe_limit)
    assert found(filled, **query) == expected
    assert filled.search_events(EventFilter(**query)).total == len(expected)  # type: ignore[arg-type]
