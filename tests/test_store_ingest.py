"""Ingest: idempotent, versioned, reviewed values survive re-extraction, bad documents recorded."""

from __future__ import annotations

from pathlib import Path

from store_support import dev_corpus, doc, event, extractor, store

from nkevents.errors import InputError
from nkevents.model import Document
from nkevents.pipeline import ingest
from nkevents.store import EventFilter, Store
from nkevents.store.search import trigram_query

__all__ = ["store"]


def test_dev_corpus_twice_gives_the_same_counts(store: Store, shared_dir: Path) -> None:
    docs, gold = dev_corpus(shared_dir)
    first = ingest(store, docs, lambda d: gold[d.id], "gold")
    once = store.counts()
    second = ingest(store, docs, lambda d: gold[d.id], "gold")
    assert (first.new, first.events) == (60, 145)
    assert (second.unchanged, second.new, second.events) == (60, 0, 0)
    assert store.counts() == once
    assert once["events"] == 145 and once["documents"] == 60


def test_same_url_is_one_document_and_changed_text_a_new_version(store: Store) -> None:
    url = "https://www.dailynk.com/english/report-1/"
    ex = extractor({"a": [event()], "b": [event()]})
    ingest(store, [doc("a", "First text.", url)], ex, "v1")
    again = ingest(
        store, [doc("b", "First text.", "http://dailynk.com/english/report-1")], ex, "v1"
    )
    assert again.unchanged == 1
    changed = ingest(store, [doc("a", "Corrected text.", url)], ex, "v1")
    assert changed.new_versions == 1
    current = store.get_document("a")
    assert (current.version, current.versions, current.text) == (2, [1, 2], "Corrected text.")
    assert store.get_document(current.id, version=1).text == "First text."
    assert store.counts()["documents"] == 1 and store.counts()["events"] == 1


def test_reviewed_field_survives_reextraction(store: Store) -> None:
    text = "On Nov. 20 a court in Hyesan tried five people."
    ingest(store, [doc("a", text)], extractor({"a": [event(people=5, date="2018-11")]}), "v1")
    (rec,) = store.search_events(EventFilter()).items
    store.set_field(rec.id, "people", "7", "kim")
    better = extractor({"a": [event(people=9, date="2018-11-20", charges=["smuggling"])]})
    summary = ingest(store, [doc("a", text)], better, "v2")
    after = store.get_event(rec.id)
    assert summary.reextracted == 1
    assert after.event.people == 7  # the person's value stays
    assert after.event.date == "2018-11-20" and after.event.charges == [
        "smuggling"
    ]  # machine values move on
    assert after.reviewed == ("people",) and after.extractor_version == "v2"
    (change,) = store.history(rec.id)
    store.undo_change(change.id, "lee")
    assert store.get_event(rec.id).event.people == 9  # undone: the machine's current value


def test_reviewed_event_the_extractor_no_longer_finds_is_kept_stale(store: Store) -> None:
    two = extractor({"a": [event("trial", evidence=[(0, 5)]), event("arrest", evidence=[(6, 9)])]})
    ingest(store, [doc("a")], two, "v1")
    trial = store.search_events(EventFilter(types=("trial",))).items[0]
    store.confirm_event(trial.id, "kim")
    ingest(store, [doc("a")], extractor({"a": []}), "v2")
    kept = store.get_event(trial.id)
    assert kept.stale and kept.status == "confirmed"
    assert store.search_events(EventFilter(types=("arrest",))).total == 0


def test_bad_documents_are_recorded_and_the_run_goes_on(store: Store) -> None:
    def flaky(d):  # type: ignore[no-untyped-def]
        if d.id == "bad":
            raise ValueError("boom")
        return extractor({"ok": [event()]})(d)

    items: list[Document | Exception] = [InputError("in.jsonl:2", "not JSON"), doc("bad", "x")]
    items.append(doc("ok", "fine text"))
    summary = ingest(store, items, flaky, "v1")
    assert (summary.problems, summary.new) == (2, 1)
    reasons = {p.origin: p.reason for p in store.problems()}
    assert reasons["in.jsonl:2"] == "not JSON" and "boom" in reasons["bad"]
    ingest(store, items, flaky, "v1")
    assert {p.count for p in store.problems()} == {2}  # counted again, not duplicated


def test_per_field_evidence_is_stored_with_its_quote(store: Store) -> None:
    from nkevents.model import Provenance

    text = "A court in Hyesan tried five people."
    ev = event(provenance={"people": Provenance((24, 28), "number-word")})
    ingest(store, [doc("a", text)], extractor({"a": [ev]}), "v1")
    rec = store.search_events(EventFilter()).items[0]
    assert store.get_event(rec.id).event.provenance["people"].span == (24, 28)
    with store.engine.connect() as conn:
        quote = conn.exec_driver_sql("SELECT quote, rule FROM field_evidence").one()
    assert tuple(quote) == ("five", "number-word")


def test_extractions_made_elsewhere_are_stored_the_same_way(store: Store) -> None:
    docs = [doc("a", "one", "https://a.example/1"), doc("b", "two", "https://b.example/2")]
    ex = extractor({"a": [event()], "b": [event()]})
    pairs = [(d, ex(d)) for d in docs]  # e.g. made on another machine
    summary = store.store_extractions(pairs, "v1")
    assert (summary.new, summary.events) == (2, 2)
    assert store.resolve() == 1  # the same trial from two outlets
    assert ingest(store, docs, ex, "v1").unchanged == 2


def test_sqlite_statistics_follow_the_growth_of_events(store: Store) -> None:
    from nkevents.store.statistics import analyzed_rows

    extract = extractor({f"d{i}": [event(people=i)] for i in range(13)})
    sqlite = store.engine.dialect.name == "sqlite"  # PostgreSQL analyzes on its own

    def known_after(*ids: str) -> int | None:
        ingest(store, [doc(i, url=f"https://{i}.example/") for i in ids], extract, "v1")
        with store.engine.connect() as conn:
            return analyzed_rows(conn)

    assert known_after(*(f"d{i}" for i in range(10))) == (10 if sqlite else None)
    assert known_after("d10") == (10 if sqlite else None)  # a tenth more: close enough
    assert not store.refresh_statistics()
    assert known_after("d11") == (12 if sqlite else None)
    if sqlite:  # never the full-text shadow tables: small-table statistics make inserts scan them
        with store.engine.connect() as conn:
            tables = conn.exec_driver_sql("SELECT DISTINCT tbl FROM sqlite_stat1").scalars()
            assert not [t for t in tables if t.startswith("documents_fts")]


def test_unsupported_url_is_a_store_error() -> None:
    import pytest

    from nkevents.errors import StoreError
    from nkevents.store import open_store

    with pytest.raises(StoreError):
        open_store("mysql://nobody@nowhere/db")


def test_text_search_follows_versions_and_the_index_holds_documents_with_events(
    store: Store,
) -> None:
    url_a = "https://a.example/1"  # one document: a changed text is its new version
    trial = extractor({"a": [event()], "b": []})
    ingest(
        store,
        [
            doc("a", "A court in Hyesan tried five.", url_a),
            doc("b", "Hyesan is cold.", "https://b.example/1"),
        ],
        trial,
    )

    def found(words: str) -> int:
        return store.search_events(EventFilter(q=words)).total

    def indexed(word: str) -> int | None:
        if store.engine.dialect.name != "sqlite":
            return None  # PostgreSQL's trigram index covers every document by itself
        with store.engine.connect() as conn:
            query = "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH :w"
            match = trigram_query([word])  # the documents holding each of its trigrams
            return int(conn.exec_driver_sql(query.replace(":w", "?"), (match,)).scalar() or 0)

    sqlite = store.engine.dialect.name == "sqlite"
    assert found("Hyesan") == 1 and indexed("Hyesan") == (1 if sqlite else None)  # not b
    ingest(store, [doc("a", "A court in Musan tried five.", url_a)], trial)  # a new version of a
    assert (found("Musan"), found("Hyesan")) == (1, 0)
    assert indexed("Musan") == (1 if sqlite else None) and indexed("Hyesan") == (
        0 if sqlite else None
    )
    ingest(
        store, [doc("a", "A court in Musan tried five.", url_a)], extractor({}), "v2"
    )  # no events now
    assert found("Musan") == 0 and indexed("Musan") == (0 if sqlite else None)
    ingest(
        store,
        [doc("b", "Hyesan is cold.", "https://b.example/1")],
        extractor({"b": [event()]}),
        "v3",
    )  # b has one
    assert found("Hyesan") == 1 and indexed("Hyesan") == (1 if sqlite else None)


def test_a_term_is_found_only_where_it_occurs_not_where_its_trigrams_are_scattered(
    store: Store,
) -> None:
    both = extractor({"a": [event()], "b": [event()]})
    texts = {"a": "The court sat in Hyesan.", "b": "The hyes of tesan sat in court."}
    ingest(store, [doc(k, t, f"https://x.example/{k}") for k, t in texts.items()], both)
    found = store.search_events(EventFilter(q="hyesan"))
    assert [r.document_id for r in found.items] == [store.get_document("a").id]
    assert store.search_events(EventFilter(q='"court sat"')).total == 1  # a phrase: a only


def test_only_new_changed_or_reextracted_documents_are_extracted_past_one_query(
    store: Store,
) -> None:
    docs = [doc(f"d{i}", f"report number {i}", f"https://a.example/{i}") for i in range(1203)]
    ex = extractor({})
    assert ingest(store, docs, ex, "v1").new == 1203
    changed = [*docs[:1200], doc("d1200", "a new text", "https://a.example/1200")]
    assert store.needs_extraction(changed, "v1") == [changed[1200]]  # lookups of 500 ids
    assert len(store.needs_extraction(docs, "v2")) == 1203
    summary = ingest(store, changed, ex, "v1")
    assert (summary.unchanged, summary.new_versions) == (1200, 1)
