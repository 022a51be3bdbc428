"""scripts/type_confusions.py on a tiny invented key: misses, spurious events and goods counted."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _script() -> ModuleType:
    path = ROOT / "scripts" / "type_confusions.py"
    spec = importlib.util.spec_from_file_location("type_confusions", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["type_confusions"] = module
    spec.loader.exec_module(module)
    return module


def _write(path: Path, docs: list[dict[str, object]]) -> None:
    path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")


def test_counts_confusions_and_goods(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold = [
        {
            "id": "a",
            "events": [
                {"type": "smuggling", "commodities": ["copper"], "evidence": [[0, 40]]},
                {"type": "arrest", "charges": ["murder"], "evidence": [[41, 90]]},
            ],
        }
    ]
    found = [
        {
            "id": "a",
            "events": [
                {"type": "seizure", "commodities": ["copper"], "evidence": [[0, 40]]},
                {
                    "type": "arrest",
                    "charges": ["murder"],
                    "commodities": ["seafood"],
                    "evidence": [[41, 90]],
                },
            ],
        }
    ]
    _write(tmp_path / "gold.jsonl", gold)
    _write(tmp_path / "sys.jsonl", found)
    code = _script().main(["--set", "x", str(tmp_path / "gold.jsonl"), str(tmp_path / "sys.jsonl")])
    out = capsys.readouterr().out
    assert code == 0
    assert "1 in   1 reports  smuggling / unpaired seizure" in out
    # the seizure found where smuggling is keyed
    assert "1 in   1 reports  seizure / smuggling" in out
    assert "1 in   1 reports  arrest / other charges / no goods" in out
    assert "1 in   1 reports  arrest / other charges / not keyed" in out
    assert "seizure / goods only / gain: an unfound keyed smuggling there" in out


def test_a_set_without_its_key_is_skipped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _write(tmp_path / "sys.jsonl", [{"id": "a", "events": []}])
    args = ["--set", "x", str(tmp_path / "absent.jsonl"), str(tmp_path / "sys.jsonl")]
    assert _script().main(args) == 0
    assert "x: skipped" in capsys.readouterr().out
