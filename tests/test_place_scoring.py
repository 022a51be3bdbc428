"""The place of an event chosen by fitted weights: candidate features, the runtime choice, the
weights file and the fitting script's functions (invented sentences and fixtures only)."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from nkevents.errors import DataError
from nkevents.extract import extract, place_scoring
from nkevents.extract.place_scoring import (
    FEATURES,
    Candidate,
    Weights,
    choose,
    rules_choice,
    weights,
    weights_from,
)
from nkevents.model import Document, Location

ROOT = Path(__file__).resolve().parent.parent


def _candidates(text: str, etype: str, language: str | None = None) -> dict[str, Candidate]:
    """The place candidates of the one event of a type in a short report, by place name."""
    record: list[list[Candidate]] = []
    doc = Document("t", text, published="2019-11-20", language=language)
    found = extract(doc, place_record=record).events
    at = [i for i, e in enumerate(found) if e.type == etype]
    assert len(at) == 1, [e.type for e in found]
    return {(c.location.name if c.location else "NONE"): c for c in record[at[0]]}


# --- the weights file ------------------------------------------------------------------------


def test_weights_file_loads_and_names_every_feature_once() -> None:
    raw = json.loads((ROOT / "nkevents/data/weights/place.json").read_text(encoding="utf-8"))
    assert raw["features"] == list(FEATURES)
    assert len(raw["weights"]) == len(FEATURES)
    assert all(isinstance(v, int | float) for v in raw["weights"])
    w = weights()
    assert set(w.weights) == set(FEATURES)
    assert isinstance(w.adopted, bool) and w.margin >= 0


def test_weights_file_holds_numbers_and_names_only() -> None:
    raw = json.loads((ROOT / "nkevents/data/weights/place.json").read_text(encoding="utf-8"))
    assert set(raw) <= {"features", "weights", "intercept", "adopted", "margin", "training"}
    training = json.dumps(raw.get("training", {}))
    assert len(training) < 1000  # figures, not text of any report


def test_weights_with_an_unknown_feature_are_refused() -> None:
    with pytest.raises(DataError):
        weights_from({"features": ["no_such_feature"], "weights": [1.0], "intercept": 0})
    with pytest.raises(DataError):
        weights_from({"features": ["none"], "weights": [1.0, 2.0], "intercept": 0})


# --- candidate features on invented sentences -----------------------------------------------


def test_a_place_in_the_triggers_clause_is_a_candidate_with_its_role_word() -> None:
    cands = _candidates("Police arrested two copper traders in Hyesan on 3 May.", "arrest")
    town = cands["Hyesan"].features
    for name in ("in_evidence", "in_strong_sentence", "locative", "same_clause", "rule", "town"):
        assert town.get(name), name
    assert town.get("after_trigger")
    assert cands["NONE"].features == {"none": 1.0, "none_arrest": 1.0}


def test_no_place_is_always_a_candidate() -> None:
    cands = _candidates("Police arrested two copper traders on 3 May.", "arrest")
    none = cands["NONE"].features
    assert none.get("none") and none.get("none_rule") and none.get("none_no_place_in_evidence")


def test_a_dateline_city_is_marked() -> None:
    text = "SEOUL, May 4 -- Police in Hyesan arrested two copper traders on Tuesday."
    cands = _candidates(text, "arrest")
    assert cands["Seoul"].features.get("dateline")
    assert not cands["Hyesan"].features.get("dateline")


def test_a_sources_home_and_a_province_holding_the_town() -> None:
    text = "A source in Ryanggang Province said police arrested three smugglers in Hyesan on 3 May."
    cands = _candidates(text, "arrest")
    province = cands["Ryanggang"].features
    assert province.get("source_home") and province.get("holds_another")
    assert province.get("province")
    assert cands["Hyesan"].features.get("inside_another")


def test_a_destination_is_marked_and_an_escapes_destination_too() -> None:
    cands = _candidates("Border guards seized a truck of copper bound for Dandong.", "seizure")
    assert cands["Dandong"].features.get("destination")
    assert cands["Dandong"].features.get("foreign") and cands["Dandong"].features.get("china")
    cands = _candidates("Three soldiers fled across the river to Changbai in June.", "escape")
    assert cands["Changbai"].features.get("destination_escape")


def test_a_place_in_a_firms_name_is_marked() -> None:
    text = "Customs officers seized copper shipped by a Singapore firm on 3 May."
    cands = _candidates(text, "seizure")
    assert cands["Singapore"].features.get("body_or_brand")


def test_a_korean_locative_particle() -> None:
    cands = _candidates("지난 3일 혜산에서 밀수꾼 3명이 체포됐다.", "arrest", "ko")
    assert cands["Hyesan"].features.get("ko_locative")
    assert cands["Hyesan"].features.get("korean")
    assert cands["NONE"].features.get("none_korean")


def test_a_courts_seat_places_a_trial() -> None:
    text = "North Korea's Supreme Court sentenced two officials to death on 3 May."
    cands = _candidates(text, "trial")
    assert cands["Pyongyang"].features.get("seat_trial")


def test_a_camp_is_a_detentions_place() -> None:
    text = "The two brothers were sent to Kwalliso No. 15 in March and are held there."
    cands = _candidates(text, "detention")
    camp = next(c for n, c in cands.items() if n.startswith("Kwalliso"))
    assert camp.features.get("camp") and camp.features.get("camp_detention")


def test_a_place_of_the_next_sentence_is_a_candidate_one_sentence_away() -> None:
    text = (
        "Police arrested two copper traders on 3 May. The town of Hyesan lies on the upper "
        "Yalu, residents said."
    )
    cands = _candidates(text, "arrest")
    town = cands["Hyesan"].features
    assert not town.get("in_evidence") and town.get("sentence_distance") == pytest.approx(0.2)


def test_a_place_that_shares_the_events_date() -> None:
    text = (
        "Police arrested two copper traders on 3 May. On 3 May the market of Hyesan was "
        "closed all day."
    )
    cands = _candidates(text, "arrest")
    assert cands["Hyesan"].features.get("shares_date")


# --- the runtime choice: a dot product -------------------------------------------------------


def _w(adopted: bool = True, margin: float = 0.0, **ws: float) -> Weights:
    return Weights(0.0, ws, adopted, margin)


def test_the_best_scored_candidate_wins() -> None:
    here = Candidate(Location("Hyesan"), {"in_evidence": 1.0, "locative": 1.0})
    there = Candidate(Location("Seoul"), {"dateline": 1.0, "rule": 1.0})
    none = Candidate(None, {"none": 1.0})
    w = _w(in_evidence=1.0, locative=1.0, dateline=-3.0, rule=0.5, none=0.2)
    assert choose([here, there, none], w) is here
    assert rules_choice([here, there, none]) is there
    w = _w(none=5.0)
    assert choose([here, there, none], w) is none


def test_the_rules_choice_stands_within_the_margin() -> None:
    here = Candidate(Location("Hyesan"), {"in_evidence": 1.0})
    rule = Candidate(Location("Musan"), {"rule": 1.0})
    none = Candidate(None, {"none": 1.0})
    assert choose([here, rule, none], _w(margin=1.0, in_evidence=1.5, rule=1.0)) is rule
    assert choose([here, rule, none], _w(margin=1.0, in_evidence=2.5, rule=1.0)) is here


def _place_with(text: str, w: Weights, monkeypatch: pytest.MonkeyPatch) -> list[str | None]:
    """The places of a short report's events, extracted with the given weights."""
    monkeypatch.setattr(place_scoring, "weights", lambda: w)
    found = extract(Document("t", text, published="2019-11-20")).events
    return [e.location.name if e.location else None for e in found]


def test_adopted_weights_move_the_place_and_unadopted_ones_do_not(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = "SEOUL, May 4 -- Police in Hyesan arrested two copper traders on Tuesday."
    assert _place_with(text, _w(adopted=False, dateline=9.0), monkeypatch) == ["Hyesan"]
    assert _place_with(text, _w(dateline=9.0), monkeypatch) == ["Seoul"]
    assert _place_with(text, _w(none=9.0), monkeypatch) == [None]
    assert _place_with(text, _w(locative=1.0, dateline=-1.0), monkeypatch) == ["Hyesan"]


# --- the fitting script on a tiny invented fixture -------------------------------------------


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("fit_weights", ROOT / "scripts/fit_weights.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["fit_weights"] = module
    spec.loader.exec_module(module)
    return module


def test_gold_place_matching_takes_alternatives_and_no_place() -> None:
    fit = _script()
    gold: dict[str, Any] = {"location": {"name": "Hyesan", "alt": ["Hyesan-si market"]}}
    assert fit.is_gold_place({"name": "Hyesan City"}, gold)
    assert fit.is_gold_place({"name": "Hyesan-si market"}, gold)
    assert not fit.is_gold_place({"name": "Musan"}, gold)
    assert not fit.is_gold_place(None, gold)
    assert fit.is_gold_place(None, {"location": None})


def test_rows_pair_events_by_the_scorer_and_label_the_gold_place() -> None:
    fit = _script()
    gold = [{"type": "arrest", "date": "2019-05-03", "people": 2, "location": {"name": "Hyesan"}}]
    system = [
        {"type": "trial", "date": "2019-06", "location": None},
        {"type": "arrest", "date": "2019-05-03", "people": 2, "location": {"name": "Seoul"}},
    ]
    record = [
        [Candidate(None, {"none": 1.0})],
        [
            Candidate(Location("Seoul"), {"dateline": 1.0, "rule": 1.0}),
            Candidate(Location("Hyesan"), {"in_evidence": 1.0, "locative": 1.0}),
            Candidate(None, {"none": 1.0}),
        ],
    ]
    rows = fit.rows_of("doc", gold, system, record)
    assert len(rows) == 1
    doc, event, feats, labels = rows[0]
    assert (doc, event, labels) == ("doc", 1, [0, 1, 0])
    assert fit.rule_right(rows) == 0


def test_fitting_learns_a_tiny_invented_choice() -> None:
    pytest.importorskip("sklearn")
    fit = _script()
    rows = []
    for k in range(12):  # the locative candidate is right; the dateline never is
        feats = [
            {"dateline": 1.0, "rule": 1.0},
            {"in_evidence": 1.0, "locative": 1.0},
            {"none": 1.0, f"none_{'arrest' if k % 2 else 'trial'}": 1.0},
        ]
        rows.append((f"doc{k}", 0, feats, [0, 1, 0]))
    model = fit.fit(rows, FEATURES, 1.0)
    x, _, _, _ = fit.matrix(rows, FEATURES)
    assert fit.top_right(rows, list(model.decision_function(x))) == 12
    assert fit.rule_right(rows) == 0
    text = fit.weights_file(model, FEATURES, False, 0.0, {"events": 12})
    w = weights_from(json.loads(text))
    assert w.weights["locative"] > 0 > w.weights["dateline"]
    assert choose([Candidate(None, f) for f in rows[0][2]], w).features.get("locative")
