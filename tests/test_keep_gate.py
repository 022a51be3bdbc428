"""The last gate of extraction, which keeps or drops each assembled event by fitted weights:
the features of an event, the weights file and its use, and the fitting script on a tiny
invented key (invented sentences only)."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from nkevents.errors import DataError
from nkevents.extract import extract, keep
from nkevents.extract.keep import FEATURES, Weights, weights, weights_from
from nkevents.model import Document

ROOT = Path(__file__).resolve().parent.parent

TWO_ARRESTS = (
    "Police arrested three smugglers in Hyesan on March 3, 2019. "
    "In a separate case, a trader was detained in Musan last month, a source said."
)


def _lines(text: str, language: str | None = None) -> list[dict[str, float]]:
    record: list[list[float]] = []
    doc = Document("t", text, published="2019-04-20", language=language)
    found = extract(doc, keep_record=record).events
    assert len(record) == len(found)
    return [dict(zip(FEATURES, line, strict=True)) for line in record]


def test_an_event_is_described_by_its_type_fields_and_mentions() -> None:
    (line,) = _lines("Police arrested three smugglers in Hyesan on March 3, 2019.")
    assert line["type_arrest"] == 1.0
    assert sum(line[f"type_{t}"] for t in keep.TYPES) == 1.0
    assert line["has_date"] == line["date_day"] == line["has_people"] == 1.0
    assert line["has_location"] == 1.0
    assert line["people_many"] == 1.0
    assert line["verb"] == 1.0
    assert line["korean"] == 0.0
    assert line["same_type"] == 0.0
    assert line["bare"] == 0.0
    assert line["first_paragraph"] == 1.0 and line["position"] == 0.0


def test_a_second_event_of_a_type_is_told_as_one_more() -> None:
    lines = _lines(TWO_ARRESTS)
    assert len(lines) == 2
    assert all(line["same_type"] == 1.0 for line in lines)
    assert [line["same_type_before"] for line in lines] == [0.0, 1.0]
    assert lines[1]["position"] > 0.0


def test_a_korean_event_and_a_quoted_word() -> None:
    (line,) = _lines("양강도 혜산시에서 지난 3일 밀수꾼 3명이 체포됐다고 소식통이 전했다.", "ko")
    assert line["korean"] == 1.0 and line["type_arrest"] == 1.0
    (said,) = _lines('A source said: "Guards arrested two traders in Hyesan on March 3."')
    assert said["in_quote"] == 1.0 and said["quoted"] == 1.0


def test_the_shipped_weights_load_and_match_the_features() -> None:
    w = weights()
    assert len(w.weights) == len(FEATURES)
    assert 0.0 <= w.threshold < 1.0


def test_weights_naming_an_unknown_feature_are_refused() -> None:
    with pytest.raises(DataError):
        weights_from({"features": ["no_such"], "weights": [1.0], "intercept": 0.0})
    with pytest.raises(DataError):
        weights_from({"features": ["type_trial"], "weights": [1.0, 2.0], "intercept": 0.0})


def test_weights_give_a_probability_and_take_missing_features_as_zero() -> None:
    w = weights_from(
        {"features": ["has_date"], "weights": [2.0], "intercept": -1.0, "threshold": 0.5}
    )
    line = [0.0] * len(FEATURES)
    assert w.probability(line) == pytest.approx(1 / (1 + 2.718281828**1.0))
    line[FEATURES.index("has_date")] = 1.0
    assert w.probability(line) > 0.5


def test_an_adopted_gate_drops_events_scored_below_its_threshold(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    doc = Document("t", TWO_ARRESTS, published="2019-04-20")
    assert len(extract(doc).events) == 2  # the shipped gate, not adopted, keeps both
    # a gate that keeps only the first event of a type told
    strict = Weights(
        2.0,
        tuple(-10.0 if n == "same_type_before" else 0.0 for n in FEATURES),
        0.5,
        adopted=True,
    )
    monkeypatch.setattr(keep, "weights", lambda: strict)
    (kept,) = extract(doc).events
    assert kept.location is not None and kept.location.name == "Hyesan"
    # while features are recorded for fitting, nothing is dropped
    record: list[list[float]] = []
    assert len(extract(doc, keep_record=record).events) == 2


# --- the fitting script on a tiny invented key -----------------------------------------------


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("fit_keep", ROOT / "scripts/fit_keep.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["fit_keep"] = module
    spec.loader.exec_module(module)
    return module


def test_labels_follow_the_scorers_alignment() -> None:
    fit = _script()
    gold = [
        {"type": "arrest", "date": "2019-03-03", "people": 3},
        {"type": "trial", "optional": True},
    ]
    system = [
        {"type": "escape"},
        {"type": "arrest", "date": "2019-03-03", "people": 3},
        {"type": "trial"},
        {"type": "arrest"},
    ]
    assert fit.labels_of(gold, system) == [0, 1, None, 0]


_TEXTS = [
    "Police arrested three smugglers in Hyesan on March 3, 2019.",
    "Guards detained two traders in Musan on May 5, 2019. Smuggling is common in the area.",
    "A woman was executed in Hoeryong on June 1, 2019, for selling drugs.",
    "Police arrested four brokers in Sinuiju on April 2, 2019. The brokers were caught.",
    "Border guards seized 20 phones in Hyesan on May 9, 2019, and arrested a trader.",
    "Two defectors escaped across the Tumen on July 7, 2019. Police arrested a man in Musan.",
]


def test_the_script_fits_and_writes_weights_on_a_tiny_invented_key(tmp_path: Path) -> None:
    pytest.importorskip("sklearn")
    fit = _script()
    docs, gold = tmp_path / "docs.jsonl", tmp_path / "gold.jsonl"
    with open(docs, "w", encoding="utf-8") as fh:
        for i, text in enumerate(_TEXTS):
            fh.write(json.dumps({"id": f"d{i}", "text": text, "published": "2019-08-01"}) + "\n")
    with open(gold, "w", encoding="utf-8") as fh:
        for i, text in enumerate(_TEXTS):
            found = extract(Document(f"d{i}", text, published="2019-08-01")).events
            # the key holds every event but the last of each report with two: spurious ones
            events = [{"type": e.type, "date": e.date} for e in found[:1]]
            fh.write(json.dumps({"id": f"d{i}", "relevant": True, "events": events}) + "\n")
    out = tmp_path / "keep.json"
    missing = tmp_path / "absent.jsonl"
    argv = ["--real-gold", str(missing), "--own-gold", str(gold), "--own-docs", str(docs)]
    argv += ["--out", str(out), "--repeats", "1", "--no-adopt"]
    assert fit.main(argv) == 0
    raw: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    w = weights_from(raw)
    assert not w.adopted
    assert raw["training"]["documents"] == len(_TEXTS)
    assert raw["training"]["spurious"] >= 1
    assert set(raw["training"]["held_out_rules"]) == {"all", "own"}
