"""Incidents: scored suggestions, decisions that can be undone, the view computed from them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from store_support import dev_corpus, doc, event, extractor, store

from nkevents.pipeline import ingest
from nkevents.resolve import Candidate, Link, clusters, compare
from nkevents.store import EventFilter, Store

__all__ = ["store"]


def cand(
    i: str,
    start: str | None = "2018-11-20",
    end: str | None = None,
    precision: str = "day",
    type: str = "trial",
    **kw: Any,
) -> Candidate:
    """A candidate event of its own document and outlet."""
    return Candidate(i, f"doc-{i}", f"outlet-{i}", type, start, end or start, precision, **kw)


@pytest.mark.parametrize(
    ("a", "b", "linked"),
    [
        (cand("a", place="Hyesan", people=9), cand("b", place="hyesan", people=9), True),
        (cand("a", place="Hyesan"), cand("b", "2018-11-21", place="Hyesan"), True),  # a day apart
        (
            cand("a", place="Hyesan"),
            cand("b", "2018-11-01", "2018-11-30", "month", place="Hyesan"),
            True,
        ),
        (
            cand("a", place="Hyesan", admin1="Ryanggang"),
            cand("b", place="Ryanggang"),
            True,
        ),  # nested
        (cand("a", place="Hyesan"), cand("b", place="Chongjin"), False),
        (cand("a", people=9), cand("b", people=30), False),
        (cand("a", place="Hyesan"), cand("b", "2018-12-20", place="Hyesan"), False),
        (
            cand("a", commodities=frozenset({"coal"})),
            cand("b", commodities=frozenset({"gold"})),
            False,
        ),
        (cand("a", place="Hyesan"), cand("b", place="Hyesan", type="arrest"), False),
        (cand("a", None), cand("b", None), False),
    ],
)
def test_compare(a: Candidate, b: Candidate, linked: bool) -> None:
    link = compare(a, b)
    assert (link is not None and link.score >= 0.5) == linked


def test_rejected_pair_never_joins_through_a_third_event() -> None:
    links = [Link("a", "b", 0.9), Link("b", "c", 0.8)]
    assert len(set(clusters(links, [], []).values())) == 1
    split = clusters(links, [], [("a", "c")])
    assert split["a"] == split["b"] and "c" not in split


EN = (
    "dailynk-en",
    "A court in Hyesan sentenced a broker to six years of reform through labour on "
    "January 18 for selling six young workers from the Samjiyon construction site to China.",
)
KO = (
    "rfa-ko",
    "양강도 혜산시 재판소가 지난 18일 삼지연 건설장 돌격대원 여섯 명을 중국에 팔아넘긴 "
    "40대 브로커에게 교화 6년을 선고했다.",
)


def test_same_trial_in_english_and_korean_is_one_incident(store: Store) -> None:
    trial = dict(
        type_="trial",
        date="2019-01-18",
        place="Hyesan",
        admin1="Ryanggang",
        people=1,
        charges=["trafficking"],
    )
    ex = extractor({EN[0]: [event(**trial)], KO[0]: [event(**trial)]})  # type: ignore[arg-type]
    docs = [
        doc(EN[0], EN[1], "https://www.dailynk.com/english/broker"),
        doc(KO[0], KO[1], "https://www.rfa.org/korean/broker"),
    ]
    ingest(store, docs, ex, "v1")
    (incident,) = store.incidents(EventFilter()).items
    assert incident.sources == 2 and len(incident.document_ids) == 2
    assert store.search_events(EventFilter(sources_min=2, q="혜산")).total == 1
    a, b = incident.event_ids
    decision = store.decide_link(a, b, False, "kim")  # a person says: not the same
    assert store.incidents(EventFilter()).total == 0
    store.undo_decision(decision.id, "kim")
    assert store.incidents(EventFilter()).total == 1
    assert [d.undone_by for d in store.decisions()] == ["kim"]


def test_accepted_link_joins_what_the_machine_would_not(store: Store) -> None:
    one = event(date="2018-11-20", place=None, people=None)
    ex = extractor({"a": [one], "b": [one]})
    ingest(
        store,
        [doc("a", "one", "https://a.example/1"), doc("b", "two", "https://b.example/2")],
        ex,
        "v1",
    )
    assert store.incidents(EventFilter()).total == 0
    (suggestion,) = store.suggestions()
    assert 0.3 <= suggestion.score < 0.5
    store.decide_link(suggestion.event_a, suggestion.event_b, True, "kim")
    (incident,) = store.incidents(EventFilter()).items
    assert store.get_incident(incident.id).links[0].decision == "same"


def test_dev_reports_of_the_same_happening_are_linked(store: Store, shared_dir: Path) -> None:
    docs, gold = dev_corpus(shared_dir)
    ingest(store, docs, lambda d: gold[d.id], "gold")
    groups = {
        frozenset(store.get_event(e).document_id for e in inc.event_ids)
        for inc in store.incidents(EventFilter(limit=100)).items
    }
    by_source = {store.get_document(d).source_id: d for d in {x for g in groups for x in g}}
    named = {frozenset(k for k, v in by_source.items() if v in g) for g in groups}
    # The nine public executions at Hyesan on 2023-08-30, told by three reports.
    assert (
        frozenset(
            {
                "dev-en-02-hyesan-cattle-executions",
                "dev-en-03-hyesan-medicine-execution",
                "dev-ko-01-hyesan-third-execution",
            }
        )
        in named
    )
    # UNSCR 2375 (2017-09-11), recalled by the year's review of resolutions.
    assert frozenset({"dev-en-09-unscr-2375", "dev-en-10-unscr-2397"}) in named
    # The JSA defection of 2017-11-13, told in two reports.
    assert (
        frozenset({"dev-en-18-fog-defection-warning-shots", "dev-en-19-jsa-defection-site"})
        in named
    )
