"""The date of an event chosen by fitted weights: candidate features, the runtime choice, the
weights file and the fitting script (invented sentences and fixtures only)."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

from nkevents.errors import DataError
from nkevents.extract import date_scoring, extract
from nkevents.extract.date_scoring import (
    FEATURES,
    Candidate,
    Weights,
    choose,
    rules_choice,
    weights,
    weights_from,
)
from nkevents.model import Document

ROOT = Path(__file__).resolve().parent.parent


def _events(
    text: str, published: str = "2019-03-20"
) -> list[tuple[str, str | None, list[Candidate]]]:
    """Each event of a short report: its type, the rules' date and its date candidates."""
    record: list[list[Candidate]] = []
    found = extract(Document("t", text, published=published), date_record=record).events
    assert len(found) == len(record)
    return [(e.type, e.date, c) for e, c in zip(found, record, strict=True)]


def _by_kind(cands: list[Candidate]) -> dict[str, Candidate]:
    kinds = ("none", "pub_day", "pub_month", "pub_year", "coarsened", "mention", "rule_only")
    out: dict[str, Candidate] = {}
    for c in cands:  # the first candidate of each kind
        for k in kinds:
            if c.features.get(k):
                out.setdefault(k, c)
    return out


def _w(adopted: bool = True, margin: float = 0.0, none_bias: float = 0.0, **w: float) -> Weights:
    return Weights(0.0, w, adopted, margin, none_bias)


# --- the weights file ------------------------------------------------------------------------


def test_weights_file_loads_and_names_every_feature_once() -> None:
    raw = json.loads((ROOT / "nkevents/data/weights/date.json").read_text(encoding="utf-8"))
    assert raw["features"] == list(FEATURES)
    assert len(raw["weights"]) == len(FEATURES) == len(set(FEATURES))
    w = weights()
    assert set(w.weights) == set(FEATURES)
    assert isinstance(w.adopted, bool) and w.margin >= 0


def test_weights_file_holds_numbers_and_names_only() -> None:
    raw = json.loads((ROOT / "nkevents/data/weights/date.json").read_text(encoding="utf-8"))
    keys = {"features", "weights", "intercept", "adopted", "margin", "none_bias", "training"}
    assert set(raw) <= keys
    assert len(json.dumps(raw.get("training", {}))) < 1000  # figures, not text of any report


def test_weights_with_an_unknown_feature_are_refused() -> None:
    with pytest.raises(DataError):
        weights_from({"features": ["no_such_feature"], "weights": [1.0], "intercept": 0})
    with pytest.raises(DataError):
        weights_from({"features": ["none"], "weights": [1.0, 2.0], "intercept": 0})


# --- candidate features on invented sentences -----------------------------------------------


def test_a_day_in_the_triggers_clause_is_the_rules_and_its_month_a_candidate_too() -> None:
    [(etype, date, cands)] = _events(
        "Police arrested three copper smugglers in Musan on 3 May 2019."
    )
    assert (etype, date) == ("arrest", "2019-05-03")
    kinds = _by_kind(cands)
    day = kinds["mention"]
    assert day.value == "2019-05-03"
    for name in ("rule", "mention_rule", "in_sentence", "same_clause", "after_trigger", "day"):
        assert day.features.get(name) == 1.0, name
    assert kinds["coarsened"].value == "2019-05" and not kinds["coarsened"].features.get("rule")
    assert rules_choice(cands).value == "2019-05-03"


def test_no_date_and_the_dates_of_publication_are_always_candidates() -> None:
    [(_, date, cands)] = _events(
        "Police in Musan have recently arrested two smugglers, a source said."
    )
    assert date is None
    kinds = _by_kind(cands)
    assert kinds["none"].value is None and kinds["none"].features.get("none_rule")
    assert kinds["pub_day"].value == "2019-03-20"
    assert kinds["pub_month"].value == "2019-03"
    assert kinds["pub_year"].value == "2019"
    month = kinds["pub_month"].features
    for name in ("pub_month_recent", "pub_month_told", "pub_month_no_date_near"):
        assert month.get(name) == 1.0, name
    assert month.get("pub_month_arrest") == 1.0 and month.get("month") == 1.0
    assert rules_choice(cands) is kinds["none"]


def test_a_publication_of_month_precision_gives_no_day() -> None:
    [(_, _, cands)] = _events("Police in Musan arrested two smugglers.", published="2019-03")
    values = {c.value for c in cands}
    assert "2019-03" in values and "2019" in values
    assert not any(c.features.get("pub_day") for c in cands)


def test_a_date_of_another_events_sentence_is_marked_as_its() -> None:
    text = (
        "Police arrested two traders in Musan on 2 May 2019. "
        "A court in Hyesan later sentenced a broker to death."
    )
    events = _events(text, published="2019-06-10")
    [trial] = [c for t, _, c in events if t == "trial"]
    day = next(c for c in trial if c.value == "2019-05-02")
    for name in ("other_event", "other_event_value", "before_event", "sentence_distance"):
        assert day.features.get(name), name
    assert not day.features.get("in_sentence")
    none = next(c for c in trial if c.features.get("none"))
    assert none.features.get("none_others_dated") == 1.0


def test_korean_words_of_lately_are_read() -> None:
    [(_, _, cands)] = _events("보안서가 최근 혜산에서 밀수꾼 두 명을 체포했다고 소식통이 전했다.")
    none = _by_kind(cands)["none"].features
    assert none.get("none_recent") == 1.0 and none.get("none_korean") == 1.0


def test_an_english_word_is_read_whole() -> None:
    pattern = date_scoring._words()[("ongoing", "en")]
    assert pattern.search("the crackdown is now under way")
    assert not pattern.search("the smugglers were known to the police")


# --- the choice -------------------------------------------------------------------------------


def test_the_best_scored_candidate_wins_over_the_margin() -> None:
    rule = Candidate("2019-05-03", {"rule": 1.0, "mention": 1.0})
    month = Candidate("2019-03", {"pub_month": 1.0})
    none = Candidate(None, {"none": 1.0})
    cands = [rule, month, none]
    assert choose(cands, _w(rule=1.0, pub_month=1.5)) is month
    assert choose(cands, _w(margin=1.0, rule=1.0, pub_month=1.5)) is rule
    assert choose(cands, _w(rule=1.0, none=2.0)) is none


def test_the_bias_of_no_date_moves_an_undated_event_to_a_date() -> None:
    none = Candidate(None, {"none": 1.0, "rule": 1.0})
    month = Candidate("2019-03", {"pub_month": 1.0})
    assert choose([none, month], _w(none=1.0, pub_month=0.5)) is none
    assert choose([none, month], _w(none_bias=-1.0, none=1.0, pub_month=0.5)) is month


def _dates_with(text: str, w: Weights, monkeypatch: pytest.MonkeyPatch) -> list[str | None]:
    monkeypatch.setattr(date_scoring, "weights", lambda: w)
    return [e.date for e in extract(Document("t", text, published="2019-03-20")).events]


def test_adopted_weights_move_the_date_and_unadopted_ones_do_not(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # (told in the simple past: the rules leave it undated; in the present perfect,
    # told_months.perfect_months dates it by the month of publication)
    text = "Police in Musan arrested two copper smugglers, a source said."
    assert _dates_with(text, _w(adopted=False, pub_month=9.0), monkeypatch) == [None]
    assert _dates_with(text, _w(pub_month=9.0), monkeypatch) == ["2019-03"]
    assert _dates_with(text, _w(pub_year=9.0), monkeypatch) == ["2019"]
    dated = "Police arrested two copper smugglers in Musan on 3 March 2019."
    assert _dates_with(dated, _w(none=9.0), monkeypatch) == [None]
    assert _dates_with(dated, _w(coarsened=9.0), monkeypatch) == ["2019-03"]


# --- the fitting script on a tiny invented fixture -------------------------------------------


def _script() -> ModuleType:
    sys.path.insert(0, str(ROOT / "scripts"))
    spec = importlib.util.spec_from_file_location("fit_dates", ROOT / "scripts/fit_dates.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["fit_dates"] = module
    spec.loader.exec_module(module)
    return module


def test_rows_label_the_gold_date_and_an_unpaired_events_no_date() -> None:
    fit = _script()
    gold = {"events": [{"type": "arrest", "date": "2019-03", "people": 2}]}
    system = {
        "events": [
            {"type": "arrest", "date": None, "people": 2, "location": None},
            {"type": "trial", "date": "2019-02", "location": None},
        ]
    }
    record = [
        [
            Candidate(None, {"none": 1.0, "rule": 1.0}),
            Candidate("2019-03", {"pub_month": 1.0}),
        ],
        [
            Candidate("2019-02", {"mention": 1.0, "rule": 1.0}),
            Candidate(None, {"none": 1.0}),
        ],
    ]
    rows = fit.rows_of(fit.Report("doc", gold, system, record))
    assert [(r[1], r[3]) for r in rows] == [(0, [0, 1]), (1, [0, 1])]


def _doc(i: int, text: str) -> dict[str, object]:
    return {"id": f"d{i}", "text": text, "published": "2019-03-20", "language": "en"}


def test_the_script_fits_and_writes_weights_on_a_tiny_invented_key(tmp_path: Path) -> None:
    pytest.importorskip("sklearn")
    fit = _script()
    docs, gold = [], []
    for i in range(10):
        if i % 2:  # told as news of the days before: keyed to the month of publication
            text, date = (
                f"Police in Musan have arrested {i + 2} copper smugglers, a source said.",
                "2019-03",
            )
        else:
            text, date = (
                f"Police arrested {i + 2} copper smugglers in Musan on 3 March 2019.",
                "2019-03-03",
            )
        docs.append(_doc(i, text))
        gold.append({"id": f"d{i}", "events": [{"type": "arrest", "date": date, "people": i + 2}]})
    docs_path, gold_path, out = (
        tmp_path / "docs.jsonl",
        tmp_path / "gold.jsonl",
        tmp_path / "w.json",
    )
    docs_path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    gold_path.write_text("".join(json.dumps(g) + "\n" for g in gold), encoding="utf-8")
    args = [
        "--extra-only",
        "--extra",
        str(gold_path),
        str(docs_path),
        "--out",
        str(out),
        "--no-adopt",
    ]
    assert fit.main(args) == 0
    raw = json.loads(out.read_text(encoding="utf-8"))
    w = weights_from(raw)
    assert not w.adopted
    assert raw["training"]["documents"] == 10
    assert raw["training"]["f1_held_out"]["date"] >= raw["training"]["f1_rules"]["date"]


def test_where_the_gold_dates_the_rules_miss_are() -> None:
    fit = _script()
    gold = {
        "events": [
            {"type": "arrest", "date": "2019-03", "people": 2},
            {"type": "trial", "date": None, "people": 1},
        ]
    }
    system = {
        "events": [
            {"type": "arrest", "date": None, "people": 2, "location": None},
            {"type": "trial", "date": "2019-02", "people": 1, "location": None},
        ]
    }
    record = [
        [
            Candidate(None, {"none": 1.0, "rule": 1.0}),
            Candidate("2019-03", {"mention": 1.0, "in_sentence": 1.0, "relative_rule": 1.0}),
            Candidate("2019-03", {"pub_month": 1.0}),
        ],
        [Candidate("2019-02", {"mention": 1.0, "rule": 1.0}), Candidate(None, {"none": 1.0})],
    ]
    found = fit.where_gold(fit.Report("doc", gold, system, record))
    assert found == [
        "rules undated: written in the event's sentence, counted from publication",
        "rules dated: gold has none",
    ]
