"""scripts/slot_errors.py on a tiny invented key: people, penalty, charges and goods of paired
events counted by class, with the reports and sets they come from."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _script() -> ModuleType:
    path = ROOT / "scripts" / "slot_errors.py"
    spec = importlib.util.spec_from_file_location("slot_errors", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["slot_errors"] = module
    spec.loader.exec_module(module)
    return module


def _write(path: Path, docs: list[dict[str, object]]) -> None:
    path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")


def test_counts_slots_by_class(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold = [
        {
            "id": "a",
            "events": [
                {"type": "arrest", "people": 3, "charges": ["smuggling"], "commodities": []},
                {"type": "trial", "people": 2, "penalty": {"kind": "forced_labor"}},
            ],
        }
    ]
    found = [
        {
            "id": "a",
            "events": [
                {
                    "type": "arrest",
                    "people": 2,
                    "charges": ["smuggling", "political"],
                    "commodities": ["people"],
                    "provenance": {"people": {"rule": "number"}},
                },
                {"type": "trial", "people": 2, "penalty": {"kind": "death"}},
            ],
        }
    ]
    _write(tmp_path / "gold.jsonl", gold)
    _write(tmp_path / "found.jsonl", found)
    key, out = str(tmp_path / "gold.jsonl"), str(tmp_path / "found.jsonl")
    assert _script().main(["--set", "tune", key, out, "--list", "people"]) == 0
    printed = capsys.readouterr().out
    assert "   1 in   1 reports (tune)  fewer than keyed" in printed
    assert "another keyed event's count" in printed  # the trial's two
    assert "found by number" in printed
    assert "forced_labor -> death / trial" in printed
    assert "not keyed / political / arrest" in printed
    assert "not keyed / people / arrest" in printed
    assert "tune:a  arrest  keyed 3  found 2" in printed
