"""Incidents: scored suggestions, decisions that can be undone, the view computed from them."""

from __future__ import annotations

import json
import math
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, update
from store_support import dev_corpus, doc, event, extractor, store

from nkevents.pipeline import ingest
from nkevents.resolve import (
    AUTO_LINK,
    FEATURES,
    LEAD_FEATURES,
    SUGGEST,
    Candidate,
    Link,
    blocks,
    candidate_pairs,
    clusters,
    compare,
    text_features,
)
from nkevents.store import EventFilter, Store, prepare, review
from nkevents.store import incidents as incident_store
from nkevents.store.ingest import Extracted
from nkevents.store.schema import (
    documents,
    event_blocks,
    events,
    incidents,
    link_signatures,
    link_suggestions,
)

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
    return Candidate(i, f"doc-{i}", f"outlet-{i}", type, start, end or start, precision, **kw)  # type: ignore[arg-type]


def told(
    i: str, text: str = "", language: str = "en", start: str | None = "2018-11-20", **kw: Any
) -> Candidate:
    """A candidate whose evidence (and report's lead) is text, published on 2018-11-22."""
    kw.setdefault("published", "2018-11-22")
    kw.setdefault("precision", "day" if start else None)
    return cand(i, start, language=language, **kw, **text_features(text))


def linked(a: Candidate, b: Candidate) -> bool:
    link = compare(a, b)
    return link is not None and link.score >= AUTO_LINK


def test_same_day_same_place_and_count_is_one_happening() -> None:
    a = told("a", place="Hyesan", admin1="Ryanggang", people=9)
    b = told("b", place="hyesan", admin1="Ryanggang", people=9)
    link = compare(a, b)
    assert link and link.score >= AUTO_LINK
    assert {"+date:same day", "+place:same", "+people:same"} <= set(link.reasons)


def test_dates_a_day_apart_agree_weeks_apart_disagree() -> None:
    base = dict(place="Hyesan", admin1="Ryanggang", people=9)
    assert linked(told("a", **base), told("b", start="2018-11-21", **base))
    far = compare(told("a", **base), told("b", start="2018-11-08", **base))
    # shown to a person, not linked: a second trial in the same town two weeks before?
    assert far and SUGGEST <= far.score < AUTO_LINK and "-date:12 days apart" in far.reasons


def test_near_twin_same_city_different_month_is_never_linked() -> None:
    text = "A public trial of smugglers was held at the stadium in Hyesan."
    a = told("a", text, place="Hyesan", admin1="Ryanggang", people=3)
    b = told("b", text, start="2018-12-20", place="Hyesan", admin1="Ryanggang", people=3)
    link = compare(a, b)
    assert link is None or (link.score < AUTO_LINK and "-date:a month apart" in link.reasons)


def test_publication_dates_place_undated_events() -> None:
    a = told("a", start=None, published="2018-11-22", place="Hyesan", admin1="Ryanggang")
    b = told("b", start=None, published="2018-11-23", place="Hyesan", admin1="Ryanggang")
    c = told("c", start=None, published="2019-06-01", place="Hyesan", admin1="Ryanggang")
    near, far = compare(a, b), compare(a, c)
    assert near and "+published:within days" in near.reasons
    assert far and "-published:months apart" in far.reasons and far.score < near.score
    after = compare(told("d", start="2019-03-01", published="2019-03-02"), b)
    assert after and "-date:after the other report" in after.reasons  # told before it happened


def test_places_nested_near_and_far() -> None:
    city = told("a", place="Hyesan", admin1="Ryanggang", lat=41.40, lon=128.18)
    province = told("b", place="Ryanggang", admin1="Ryanggang")
    nearby = told("c", place="Wiyon", admin1="Ryanggang", lat=41.35, lon=128.30)
    distant = told("d", place="Haeju", admin1="South Hwanghae", lat=38.04, lon=125.71)
    assert "+place:nested" in (compare(city, province) or Link("", "", 0)).reasons
    assert "+place:near" in (compare(city, nearby) or Link("", "", 0)).reasons
    assert "-place:far apart" in (compare(city, distant) or Link("", "", 0)).reasons
    # A city that is its own province (Seoul in Seoul) holds no other place.
    capital = told("e", place="Seoul", admin1="Seoul", lat=37.57, lon=126.98)
    north = told("f", place="Pyongyang", admin1="Pyongyang", lat=39.03, lon=125.75)
    assert "+place:nested" not in (compare(capital, north) or Link("", "", 0)).reasons
    assert "+place:nested" not in (compare(province, distant) or Link("", "", 0)).reasons


def test_places_named_meet_across_scripts() -> None:
    # The Yellow Sea and 서해 are one gazetteer place; the capital every report names is none.
    en = told("a", "A boat crossed the Yellow Sea to Yeonpyeong Island.", type="escape")
    ko = told("b", "서해 연평도 인근으로 어선이 넘어왔다.", "ko", type="escape")
    link = compare(en, ko)
    assert link and "+places named:x-yellow-sea,x-yeonpyeong" in link.reasons
    capital = compare(
        told("c", "Officials in Pyongyang said so.", type="escape"),
        told("d", "평양 당국이 밝혔다.", "ko", type="escape"),
    )
    assert capital and not any(r.startswith("+places named") for r in capital.reasons)


def test_a_word_opening_a_sentence_is_no_part_of_a_name() -> None:
    features = text_features("In Hyesan, guards caught Pak Chol-su. The Court sat on Monday.")
    assert "pakcholsu" in features["names"]
    assert not {"inhyesan", "thecourt"} & features["names"]


def test_counts_within_tolerance() -> None:
    some = compare(told("a", people=10), told("b", people=12))  # "10여명" and "12"
    assert some and "+people:close" in some.reasons
    many = compare(told("a", people=9), told("b", people=30))
    assert many and "-people:differ" in many.reasons


def test_names_meet_across_scripts() -> None:
    en = told("a", "Singer Hyon Song-wol was executed by firing squad.", start=None, people=12)
    ko = told("b", "가수 현송월이 총살됐다.", "ko", start=None, people=10)
    link = compare(en, ko)
    assert link and link.score >= AUTO_LINK and "+names:hyonsongwol" in link.reasons
    other = told("c", "가수 김철민이 총살됐다.", "ko", start=None, people=10)
    assert not linked(en, other)


def test_distinctive_numbers_and_codes_are_shared_evidence() -> None:
    a = told("a", "The Il-76 cargo plane carried 35 tonnes of weapons.", type="seizure")
    b = told("b", "일류신(IL-76) 화물기에는 무기 35톤이 실려 있었다.", "ko", type="seizure")
    link = compare(a, b)
    assert link and "+numbers:35,76,IL76" in link.reasons


def test_words_of_the_evidence_in_one_language() -> None:
    text = "Guards caught the soldier wading across the Tumen River near the border post at dawn."
    a = told("a", text, start=None, type="arrest")
    b = told("b", text.replace("dawn", "night"), start=None, type="arrest")
    link = compare(a, b)
    assert link and any(r.startswith("+words:") for r in link.reasons)


def test_goods_facility_and_penalty() -> None:
    gold, coal = frozenset({"gold"}), frozenset({"coal"})
    shared = compare(told("a", commodities=gold), told("b", commodities=gold))
    assert shared and "+goods:shared" in shared.reasons
    differ = compare(told("a", commodities=gold), told("b", commodities=coal))
    assert differ and "-goods:differ" in differ.reasons
    camp = dict(facility="Kaechon Camp No. 1", penalty_kind="forced_labor")
    same = compare(told("a", **camp), told("b", **camp))
    assert same and {"+facility:same", "+penalty:same"} <= set(same.reasons)


def test_near_twin_same_kind_of_sanction_different_target_is_never_linked() -> None:
    base = dict(type="sanction", place=None, commodities=frozenset({"fuel"}))
    a = told("a", **base, actors=frozenset({"un_security_council"}), instrument="UNSCR 2397")
    b = told("b", **base, actors=frozenset({"un_security_council"}), instrument="UNSCR 2375")
    assert not linked(a, b)
    c = told("c", **base, actors=frozenset({"china"}))
    d = told("d", **base, actors=frozenset({"japan"}))
    link = compare(c, d)
    assert link and "-target:differs" in link.reasons and not linked(c, d)
    same = compare(a, told("e", **base, instrument="UNSCR-2397"))
    assert same and "+instrument:same" in same.reasons


def test_instruments_differing_on_one_day_weigh_less() -> None:
    # Adopted the same day, one report naming the resolution the new one amends: doubtful,
    # but not the veto two resolutions a month apart get.
    base = dict(type="sanction", commodities=frozenset({"fuel"}), published="2018-11-21")
    new = told("a", **base, instrument="UNSCR 2397")
    amended = told("b", **base, instrument="UNSCR 1718")
    link = compare(new, amended)
    assert link and "-instrument:differs on the same day" in link.reasons
    assert "+goods:shared" in link.reasons
    later = compare(new, told("c", **base, start="2018-12-20", instrument="UNSCR 1718"))
    assert later and "-instrument:differs" in later.reasons and later.score < 0.01


def test_types_compatible_or_not() -> None:
    assert compare(told("a"), told("b", type="execution")) is None  # a trial is no execution
    related = compare(told("a", type="arrest"), told("b", type="detention"))
    assert related and "-type:related" in related.reasons
    assert compare(told("a"), replace(told("b"), document_id="doc-a")) is None  # one report


def test_blocks_pair_only_events_of_one_family_time_and_region() -> None:
    a = told("a", place="Hyesan", admin1="Ryanggang")
    assert blocks(a) == ["trial|d|2018-11-20", "trial|dm|2018-11", "trial|p|2018-11-22"]
    same = told("b", place="Hyesan", admin1="Ryanggang")
    elsewhere = told("c", place="Haeju", admin1="South Hwanghae")
    unplaced = told("d")
    later = told("e", start="2019-05-02", place="Hyesan", admin1="Ryanggang")
    trade = told("f", type="smuggling", place="Hyesan", admin1="Ryanggang")
    weeks = told("h", start="2018-12-10", place="Hyesan", admin1="Ryanggang")
    month = told("i", start="2018-11-01", end="2018-11-30", precision="month", admin1="Ryanggang")
    undated = told("g", start=None, published="2018-12-01")
    stale = told("j", start=None, published="2018-12-20", admin1="Ryanggang")
    every = [a, same, elsewhere, unplaced, later, trade, weeks, month, undated, stale]
    pairs = {frozenset((x.id, y.id)) for x, y in candidate_pairs(every)}
    assert {frozenset("ab"), frozenset("ad"), frozenset("cd"), frozenset("ai")} <= pairs
    # undated: the events of reports published within days
    assert frozenset("ag") in pairs and frozenset("ig") in pairs
    assert not pairs & {frozenset("ac"), frozenset("ae"), frozenset("af"), frozenset("ah")}
    assert not pairs & {frozenset("aj"), frozenset("gj")}  # published weeks later
    assert blocks(undated) == ["trial|p|2018-12-01", "trial|q|2018-12-01"]
    executed = told("x", place="Hyesan", admin1="Ryanggang", type="execution")
    assert not list(candidate_pairs([a, executed]))  # never one happening: never compared
    held = [
        told(i, place="Hyesan", admin1="Ryanggang", type=t)
        for i, t in (("p", "arrest"), ("q", "detention"))
    ]
    assert len(list(candidate_pairs(held))) == 1  # an arrest may be told as a detention
    timeless = told("z", start=None, published=None)  # nothing places it in time
    assert blocks(timeless) == [] and not list(candidate_pairs([timeless, unplaced]))


def test_two_events_of_one_report_never_share_an_incident() -> None:
    links = [Link("a1", "b", 0.9), Link("a2", "b", 0.8)]
    grouped = clusters(links, [], [], {"a1": "A", "a2": "A", "b": "B"})
    assert grouped["a1"] == grouped["b"] and "a2" not in grouped


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
    docs = [
        doc("a", "one", "https://a.example/1", published="2018-11-21"),
        doc("b", "two", "https://b.example/2", published="2018-11-22"),
    ]
    ingest(store, docs, ex, "v1")
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
    assert any(g >= {"dev-en-09-unscr-2375", "dev-en-10-unscr-2397"} for g in named)
    # The JSA defection of 2017-11-13, told in two reports.
    assert (
        frozenset({"dev-en-18-fog-defection-warning-shots", "dev-en-19-jsa-defection-site"})
        in named
    )


def test_new_reports_are_linked_against_their_blocks_only(store: Store) -> None:
    trial = event(date="2019-01-18", people=6, charges=["trafficking"])
    first = {"dailynk-en": [trial], "old": [event(date="2016-03-02", people=6)]}
    ingest(
        store,
        [
            doc(
                "dailynk-en",
                EN[1],
                "https://www.dailynk.com/english/broker",
                published="2019-01-20",
            ),
            doc("old", "An old trial.", "https://old.example/1", published="2016-03-03"),
        ],
        extractor(first),
        "v1",
    )
    assert store.incidents(EventFilter()).total == 0
    with store.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(link_signatures)).scalar() == 2
    ko = doc("rfa-ko", KO[1], "https://www.rfa.org/korean/broker", published="2019-01-21")
    seen: list[tuple[list[str], Any]] = []
    real = incident_store.fresh_candidates

    def spy(
        conn: Any,
        ids: list[str],
        signatures: Any = None,
        ready: Any = frozenset(),
        kept: Any = None,
    ) -> Any:
        seen.append((ids, ready))
        return real(conn, ids, signatures, ready, kept)

    incident_store.fresh_candidates = spy  # type: ignore[assignment]
    try:
        ingest(store, [ko], extractor({"rfa-ko": [trial]}), "v1")
    finally:
        incident_store.fresh_candidates = real  # type: ignore[assignment]
    assert [len(ids) for ids, _ in seen] == [1]  # only the new event was linked
    assert set(seen[0][0]) == seen[0][1]  # with the signature prepared with it: no report read
    (incident,) = store.incidents(EventFilter()).items
    assert incident.sources == 2
    (link,) = store.suggestions(undecided=False)
    assert "+date:same day" in link.reasons and "+people:same" in link.reasons


def linker_state(store: Store) -> dict[str, set[tuple[Any, ...]]]:
    """What the linker stored: signatures (with their stamps), blocks, suggestions, incidents."""
    with store.engine.connect() as conn:
        return {
            t.name: {tuple(r) for r in conn.execute(select(t))}
            for t in (link_signatures, event_blocks, link_suggestions, incidents)
        }


def relinked(store: Store) -> dict[str, set[tuple[Any, ...]]]:
    """The linker's state after forgetting everything and linking afresh from the reports."""
    with store.engine.begin() as conn:
        incident_store.suggest(conn, rebuild=True)
        incident_store.recluster(conn)
    return linker_state(store)


def test_signatures_and_blocks_prepared_with_the_events_are_those_read_from_reports(
    store: Store, shared_dir: Path
) -> None:
    docs, gold = dev_corpus(shared_dir)
    summary = store.write([Extracted(d, gold[d.id]) for d in docs], "gold")
    written = linker_state(store)  # written with the events, not linked yet
    assert written["link_signatures"] and len(written["link_signatures"]) == summary.events
    assert all(stamp.startswith("prepared ") for _, stamp, *_ in written["link_signatures"])
    assert written["event_blocks"] and not written["link_suggestions"]
    store.settle()  # links from the prepared signatures: no report is read again
    settled = linker_state(store)
    assert settled["link_suggestions"] and settled["incidents"]
    # prepared with its snapshot and packed row, each keeps them, stamped as linked
    signed = {i: (stamp, rest) for i, stamp, *rest in settled["link_signatures"]}
    assert {i: ("prepared " + stamp, rest) for i, (stamp, rest) in signed.items()} == {
        i: (stamp, rest) for i, stamp, *rest in written["link_signatures"]
    }
    assert all(incident_store.from_snapshot(i, f) for i, (_, (f, _)) in signed.items())
    assert settled["event_blocks"] == written["event_blocks"]
    assert settled == relinked(store)


def test_events_changed_before_they_are_linked_are_linked_as_they_are_now(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Written without linking; then, within the same second (the clock stands still), one
    # report comes again with its event elsewhere in the text and a person moves the other's
    # date by a month: the linker must file and read both as they are now, not as prepared.
    monkeypatch.setattr(review, "now", lambda: "2026-01-02T03:04:05+00:00")
    en, ko = doc(*EN, published="2019-01-20"), doc(*KO, published="2019-01-21")
    trial = event(date="2019-01-18", people=6)
    store.write([Extracted(d, extractor({d.id: [trial]})(d)) for d in (en, ko)], "v1")
    moved = replace(trial, evidence=[(20, 60)])
    store.write([Extracted(en, extractor({en.id: [moved]})(en))], "v2")
    ko_event = store.search_events(EventFilter(q="혜산")).items[0].id
    store.set_field(ko_event, "date", "2019-02-18", "kim")
    store.settle()
    settled = linker_state(store)
    assert len(settled["link_signatures"]) == 2
    assert settled == relinked(store)


def test_cli_writes_incidents_as_links(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from nkevents.cli import main

    corpus = tmp_path / "reports.jsonl"
    lines = [
        {
            "id": "en-1",
            "text": EN[1],
            "url": "https://a.example/1",
            "published": "2019-01-20",
            "language": "en",
        },
        {
            "id": "ko-1",
            "text": KO[1],
            "url": "https://b.example/1",
            "published": "2019-01-21",
            "language": "ko",
        },
    ]
    corpus.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), "utf-8")
    db = ["--db", f"sqlite:///{tmp_path / 'x.db'}"]
    runner = CliRunner()
    assert runner.invoke(main, ["ingest", str(corpus), *db]).exit_code == 0
    out = runner.invoke(main, ["incidents", "--format", "links", *db])
    assert out.exit_code == 0, out.output
    (line,) = [json.loads(x) for x in out.output.splitlines()]
    assert line["incident"].startswith("inc-")
    assert sorted(line["events"]) == [["en-1", 0], ["ko-1", 0]]


def test_incremental_linking_gives_what_a_rebuild_gives(store: Store, shared_dir: Path) -> None:
    docs, gold = dev_corpus(shared_dir)
    for part in (docs[::3], docs[1::3], docs[2::3]):  # three arrivals of reports
        ingest(store, part, lambda d: gold[d.id], "gold")

    def grouped() -> set[frozenset[str]]:
        items = store.incidents(EventFilter(limit=500)).items
        return {frozenset(i.event_ids) for i in items}

    arrived = grouped()
    with store.engine.begin() as conn:
        incident_store.suggest(conn, rebuild=True)
        incident_store.recluster(conn)
    assert arrived and grouped() == arrived


def test_per_incident_keeps_the_first_event_the_filter_keeps(store: Store) -> None:
    # One trial placed in two provinces by its two reports: a filter on either province finds
    # the incident, through the event it keeps, not only through the incident's first event.
    here = event(date="2018-11-20", place="Hyesan", admin1="Ryanggang", people=3)
    there = event(date="2018-11-20", place="Hoeryong", admin1="North Hamgyong", people=3)
    ex = extractor({"a": [here], "b": [there]})
    docs = [
        doc("a", "A court in Hyesan tried three traders.", "https://a.example/1"),
        doc("b", "A court in Hyesan tried three traders, a source said.", "https://b.example/2"),
    ]
    ingest(store, docs, ex, "v1")
    first, second = (r.id for r in store.search_events(EventFilter(sort="id")).items)
    store.decide_link(first, second, True, "kim")  # a person says: one happening
    (incident,) = store.incidents(EventFilter()).items
    both = store.search_events(EventFilter(per="incident"))
    assert both.total == 1
    for province in ("Ryanggang", "North Hamgyong"):
        found = store.search_events(EventFilter(per="incident", admin1=province))
        assert found.total == 1
        assert found.items[0].event.location and found.items[0].event.location.admin1 == province
        assert found.items[0].id in incident.event_ids


def test_linking_batch_by_batch_gives_what_a_full_relink_gives(store: Store) -> None:
    # Invented reports arriving in three batches, each linked on its own (as a writer does):
    # the same links and incidents as linking everything again at once.
    docs, table = [], {}
    for i in range(12):
        day = f"2018-11-{10 + i % 4:02d}"
        text = f"A court in Hyesan sentenced Pak Chol-{i % 4} and {3 + i % 4} others."
        docs.append(doc(f"r{i}", text, f"https://outlet{i % 3}.example/{i}", published=day))
        table[f"r{i}"] = [event(date=day, people=3 + i % 4), event("arrest", date=None)]
    for part in (docs[:4], docs[4:8], docs[8:]):
        summary = store.write([Extracted(d, extractor(table)(d)) for d in part], "v1")
        assert summary.events == 2 * len(part)
        written = select(documents.c.id).where(documents.c.source_id.in_([d.id for d in part]))
        with store.engine.begin() as conn:
            ids = conn.execute(select(events.c.id).where(events.c.document_id.in_(written)))
            incident_store.link_events(conn, list(ids.scalars()))

    def view() -> tuple[set[tuple[str, str, float]], set[frozenset[str]]]:
        with store.engine.connect() as conn:
            links = {(a, b, s) for a, b, s, _ in conn.execute(select(link_suggestions))}
        items = store.incidents(EventFilter(limit=500)).items
        return links, {frozenset(i.event_ids) for i in items}

    batched = view()
    assert batched[0] and batched[1]
    with store.engine.begin() as conn:
        incident_store.suggest(conn, rebuild=True)
        incident_store.recluster(conn)
    assert view() == batched


def _written_ids(store: Store, part: list[Any]) -> list[str]:
    written = select(documents.c.id).where(documents.c.source_id.in_([d.id for d in part]))
    with store.engine.connect() as conn:
        return list(conn.execute(select(events.c.id).where(events.c.document_id.in_(written))))


def test_a_stored_event_is_read_back_as_it_was_filed() -> None:
    # What the linker keeps of an event gives back the same candidate: the comparisons a new
    # event makes with it are those it would make with the event read from its report.
    text = "A court in Hyesan sentenced Pak Chol-su and 12 others for smuggling 300 kg of copper."
    filed = told(
        "e1",
        text,
        place="Hyesan",
        admin1="Ryanggang",
        gazetteer_id="kp-hyesan",
        people=13,
        lat=41.4,
        lon=128.2,
        commodities=frozenset({"copper"}),
        actors=frozenset({"court"}),
        penalty_kind="prison",
    )
    back = incident_store.from_snapshot("e1", incident_store.snapshot(filed))
    assert back == filed
    assert back is not None and back.keys == filed.keys and back.first == filed.first
    assert incident_store.from_snapshot("e1", json.dumps({"names": ["pakchol"]})) is None
    fewer = json.loads(incident_store.snapshot(filed))
    fewer[0] = "c-other"  # a snapshot of other fields (before a field was added)
    assert incident_store.from_snapshot("e1", json.dumps(fewer)) is None


def test_signatures_handed_to_the_linker_give_the_links_read_from_the_reports(
    store: Store, tmp_path: Path
) -> None:
    # A writer may hand link_events the signatures a worker worked out while extracting: the
    # events are then not read from their reports, and the links are the same.
    docs, table = [], {}
    for i in range(6):
        day = f"2018-11-{10 + i % 2:02d}"
        text = f"A court in Hyesan sentenced Pak Chol-{i % 2} and {3 + i % 2} others."
        docs.append(doc(f"r{i}", text, f"https://outlet{i}.example/{i}", published=day))
        table[f"r{i}"] = [event(date=day, people=3 + i % 2)]
    store.write([Extracted(d, extractor(table)(d)) for d in docs], "v1")
    ids = sorted(i for (i,) in _written_ids(store, docs))
    with store.engine.begin() as conn:
        incident_store.link_events(conn, ids)
        read = {(a, b, s) for a, b, s, _ in conn.execute(select(link_suggestions))}
    assert read
    given = {}
    for d in docs:
        (ev,) = extractor(table)(d).events
        (event_id,) = prepare.event_ids(prepare.document_id(prepare.identity(d)), [ev])
        given[event_id] = incident_store.signature(d.text, [list(s) for s in ev.evidence], d.title)
    assert sorted(given) == ids
    calls: list[str] = []
    real = incident_store.lead_of

    def spy(text: str, title: str | None) -> Any:
        calls.append(text)
        return real(text, title)

    with store.engine.begin() as conn:
        for table_ in (link_suggestions, link_signatures):
            conn.execute(table_.delete())
        incident_store.lead_of = spy  # type: ignore[assignment]
        try:
            incident_store.link_events(conn, ids, given)
        finally:
            incident_store.lead_of = real  # type: ignore[assignment]
        handed = {(a, b, s) for a, b, s, _ in conn.execute(select(link_suggestions))}
    assert not calls and handed == read


def test_events_linked_before_snapshots_are_still_met(store: Store) -> None:
    # A store linked before the linker kept snapshots holds the evidence features alone: a new
    # event still meets and scores those events (read with their reports' fields).
    day = "2018-11-20"
    text = "A court in Hyesan sentenced Pak Chol-su and 7 others."
    first = [doc("old", text, "https://a.example/1", published=day)]
    table = {"old": [event(date=day, people=8)], "new": [event(date=day, people=8)]}
    store.write([Extracted(d, extractor(table)(d)) for d in first], "v1")
    (old_id,) = (i for (i,) in _written_ids(store, first))
    with store.engine.begin() as conn:
        incident_store.link_events(conn, [old_id])
        (kept,) = conn.execute(select(link_signatures.c.features)).scalars()
        (back,) = incident_store.stored_candidates(conn, [old_id])
        older = {k: sorted(getattr(back, k)) for k in FEATURES + LEAD_FEATURES}
        conn.execute(update(link_signatures).values(features=json.dumps(older)))
        assert incident_store.stored_candidates(conn, [old_id]) == [back]
        other = json.dumps(["c-other", *json.loads(kept)[1:]])  # fields since changed
        conn.execute(update(link_signatures).values(features=other))
        assert incident_store.stored_candidates(conn, [old_id]) == [back]
        conn.execute(update(link_signatures).values(features=json.dumps(older)))
    assert kept.startswith("[")
    later = [doc("new", text, "https://b.example/2", published=day)]
    store.write([Extracted(d, extractor(table)(d)) for d in later], "v1")
    new_ids = [i for (i,) in _written_ids(store, later)]
    with store.engine.begin() as conn:
        incident_store.link_events(conn, new_ids)
    (incident,) = store.incidents(EventFilter()).items
    assert old_id in incident.event_ids


def test_an_incident_is_rewritten_when_its_members_or_their_fields_change(store: Store) -> None:
    # Reclustering keeps the incidents a batch leaves as they were, but one whose event a
    # person corrected, or that a new report joins, is written again.
    day = "2018-11-20"
    text = "A court in Hyesan sentenced Pak Chol-su and 7 others."
    table = {k: [event(date=day, people=8)] for k in ("a", "b", "c")}
    docs = [doc(k, text, f"https://{k}.example/1", published=day) for k in ("a", "b", "c")]
    store.write([Extracted(d, extractor(table)(d)) for d in docs[:2]], "v1")
    store.resolve()
    (incident,) = store.incidents(EventFilter()).items
    assert store.incident_summaries([incident.id])[incident.id]["people"] == 8
    store.set_field(incident.event_ids[0], "people", "9", "kim")
    store.set_field(incident.event_ids[1], "people", "9", "kim")
    with store.engine.begin() as conn:  # (resolve finds them by stamp, to the second)
        incident_store.link_events(conn, incident.event_ids)
    assert store.incident_summaries([incident.id])[incident.id]["people"] == 9
    store.write([Extracted(d, extractor(table)(d)) for d in docs[2:]], "v1")
    store.resolve()
    (grown,) = store.incidents(EventFilter()).items
    assert grown.id == incident.id and len(grown.event_ids) == 3
    assert store.incident_summaries([grown.id])[grown.id]["events"] == 3


def test_a_count_the_evidence_repeats_is_weighed_once() -> None:
    # Both reports write their count ("12 people"): people_part weighs it, and the evidence
    # sharing the number 12 adds nothing more; another shared number still counts.
    text = "Twelve smugglers, 12 people in all, were caught near the 350 km marker."
    a = told("a", text, place="Hyesan", admin1="Ryanggang", people=12)
    b = told("b", text, place="Hyesan", admin1="Ryanggang", people=12)
    link = compare(a, b)
    assert link and "+people:same" in link.reasons
    assert "+numbers:350" in link.reasons and not any("12" in r for r in link.reasons[4:])
    uncounted = compare(replace(a, people=None), replace(b, people=None))
    assert uncounted and "+numbers:12,350" in uncounted.reasons


def test_agreeing_counts_for_less_in_a_crowd() -> None:
    # A new event that meets many events of its type, days and province in a large store:
    # agreeing on them is likelier by chance, and the pair's score drops; a few met, no change.
    from nkevents import resolve

    base = dict(place="Hyesan", admin1="Ryanggang", people=9)
    a, b = told("a", **base), told("b", **base)
    alone = compare(a, b)
    assert resolve.crowd_penalty(resolve.CROWD_FROM) == 0.0
    a.crowd = resolve.crowd_penalty(8 * resolve.CROWD_FROM)
    crowded = compare(a, b)
    assert alone and crowded and crowded.score < alone.score
    assert "-crowded:many alike events met" in crowded.reasons
    b.crowd, a.crowd = a.crowd, 0.0  # whichever of the two met the crowd
    assert compare(a, b) == crowded


def test_crowds_count_the_events_a_new_event_meets() -> None:
    from nkevents import resolve

    stored = [told(f"s{i}", place="Hyesan", admin1="Ryanggang") for i in range(60)]
    elsewhere = [told(f"x{i}", place="Haeju", admin1="South Hwanghae") for i in range(60)]
    filed = {c.id: [(k, resolve.region(c)) for k in blocks(c)] for c in stored + elsewhere}
    here, unplaced = told("n1", place="Hyesan", admin1="Ryanggang"), told("n2")
    resolve.crowds([here, unplaced], filed)
    # its day's block holds the 60 of its province and itself; the undated new event is filed
    # by its publication day, where the dated one looks too: 62
    assert here.crowd == pytest.approx(math.log(62 / resolve.CROWD_FROM))
    # undated, it looks at the reports published near its own in every province: 60 + 60, the
    # dated new event and itself
    assert unplaced.crowd == pytest.approx(math.log(122 / resolve.CROWD_FROM))
    few = [told("f1", place="Hyesan", admin1="Ryanggang")]
    resolve.crowds(few, {c.id: filed[c.id] for c in stored[:5]})
    assert few[0].crowd == 0.0
