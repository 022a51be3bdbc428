"""scripts/split_merge.py on a tiny invented key: one happening split in two, two merged."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _script() -> ModuleType:
    sys.path.insert(0, str(ROOT / "scripts"))
    path = ROOT / "scripts" / "split_merge.py"
    spec = importlib.util.spec_from_file_location("split_merge", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["split_merge"] = module
    spec.loader.exec_module(module)
    return module


def _write(path: Path, docs: list[dict[str, object]]) -> None:
    path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")


def test_counts_splits_and_merges(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold = [
        # one arrest, told in the headline and the body: found twice
        {"id": "a", "events": [{"type": "arrest", "date": "2020-05-03", "people": 2,
                                "evidence": [[100, 180]]}]},
        # a capture and a hand-over, folded into one by the system
        {"id": "b", "events": [
            {"type": "arrest", "date": "2020-05", "people": 4, "evidence": [[0, 60]]},
            {"type": "arrest", "date": "2020-07", "people": 4, "evidence": [[61, 120]]},
        ]},
    ]  # fmt: skip
    found = [
        {"id": "a", "events": [
            {"type": "arrest", "date": "2020-05-03", "people": 2, "evidence": [[100, 180]]},
            {"type": "arrest", "date": "2019", "people": 2, "evidence": [[0, 40]]},
        ]},
        {"id": "b", "events": [
            {"type": "arrest", "date": "2020-05", "people": 4, "evidence": [[0, 60], [61, 120]]},
        ]},
    ]  # fmt: skip
    _write(tmp_path / "gold.jsonl", gold)
    _write(tmp_path / "sys.jsonl", found)
    code = _script().main(["--set", "x", str(tmp_path / "gold.jsonl"), str(tmp_path / "sys.jsonl")])
    out = capsys.readouterr().out
    assert code == 0
    assert "1 in   1 reports  arrest / date" in out.split("merge:")[0]  # the split: its dates
    assert "1 in   1 reports  arrest / date" in out.split("merge:")[1]  # the merge: two dates
    assert "reports showing a split: 1, a merge: 1" in out


def test_differs_names_the_fields_two_events_disagree_on() -> None:
    differs = _script().differs
    a = {"date": "2020-05", "location": {"name": "Hyesan"}, "people": 3}
    assert differs(a, {"date": "2020-05-09", "location": {"name": "Hyesan"}}) == "same"
    assert differs(a, {"date": "2020-06", "location": {"name": "Musan"}, "people": 2}) == (
        "date+place+count"
    )
