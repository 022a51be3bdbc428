"""scripts/place_errors.py on a tiny invented key: wrong and missing places counted by class."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _script() -> ModuleType:
    path = ROOT / "scripts" / "place_errors.py"
    spec = importlib.util.spec_from_file_location("place_errors", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["place_errors"] = module
    spec.loader.exec_module(module)
    return module


def _write(path: Path, docs: list[dict[str, object]]) -> None:
    path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")


def _loc(name: str, admin1: str | None, kind: str, country: str = "KP") -> dict[str, object]:
    return {"name": name, "admin1": admin1, "kind": kind, "country": country}


def test_counts_places_by_class(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold = [
        {
            "id": "a",
            "events": [
                {"type": "arrest", "location": _loc("Hyesan", "Ryanggang", "city")},
                {"type": "trial", "location": _loc("Musan", "North Hamgyong", "county")},
                {"type": "escape", "location": None},
            ],
        }
    ]
    found = [
        {
            "id": "a",
            "events": [
                {
                    "type": "arrest",
                    "location": _loc("Ryanggang", "Ryanggang", "province"),
                    "provenance": {"location": {"rule": "places.locate"}},
                },
                {"type": "trial", "location": None},
                {
                    "type": "escape",
                    "location": _loc("Hyesan", "Ryanggang", "city"),
                    "provenance": {"location": {"rule": "places.locate"}},
                },
            ],
        }
    ]
    _write(tmp_path / "gold.jsonl", gold)
    _write(tmp_path / "found.jsonl", found)
    args = ["--set", "t", str(tmp_path / "gold.jsonl"), str(tmp_path / "found.jsonl")]
    assert _script().main(args) == 0
    out = capsys.readouterr().out
    assert "1 in   1 reports (t)  a province where its town is keyed" in out
    assert "1 in   1 reports (t)  missing" in out
    assert "1 in   1 reports (t)  spurious" in out
    assert "1 in   1 reports (t)  another keyed event's place" in out
    assert "2 in   1 reports (t)  placed by places.locate" in out
