"""scripts/date_errors.py on a tiny invented key: dates counted by class, paired with dates left
out or as the scorer pairs them."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _script() -> ModuleType:
    path = ROOT / "scripts" / "date_errors.py"
    spec = importlib.util.spec_from_file_location("date_errors", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["date_errors"] = module
    spec.loader.exec_module(module)
    return module


def _write(path: Path, docs: list[dict[str, object]]) -> None:
    path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")


def _run(tmp_path: Path, capsys: pytest.CaptureFixture[str], *flags: str) -> str:
    text = "Two arrests in Hyesan.\nGuards seized a boat on 3 May and held its crew on 9 May."
    docs = [{"id": "a", "published": "2021-05-20", "text": text}]
    gold = [
        {
            "id": "a",
            "events": [
                # two arrests told apart only by their days, and a seizure the report leaves
                # undated, keyed by the month it was published
                {"type": "arrest", "date": "2021-05-03"},
                {"type": "arrest", "date": "2021-05-09"},
                {"type": "seizure", "date": "2021-05"},
            ],
        }
    ]
    found = [
        {
            "id": "a",
            "events": [
                {"type": "arrest", "date": "2021-05-09"},
                {"type": "arrest", "date": "2021-05-03"},
                {"type": "seizure", "date": None},
            ],
        }
    ]
    for name, rows in (("gold", gold), ("found", found), ("docs", docs)):
        _write(tmp_path / f"{name}.jsonl", rows)
    paths = [str(tmp_path / f"{n}.jsonl") for n in ("gold", "found", "docs")]
    assert _script().main(["--set", "t", *paths, *flags]) == 0
    return capsys.readouterr().out


def test_dates_left_out_pair_by_the_other_fields(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = _run(tmp_path, capsys)
    assert "(dates left out of the pairing)" in out
    # with nothing else to tell them apart, the arrests pair in the order told: each with the
    # other's day
    assert "2 in   1 reports (t)  wrong (another date)" in out
    assert "2 in   1 reports (t)  wrong: another keyed event's date" in out
    assert "1 in   1 reports (t)  missing: keyed the publication's month" in out


def test_as_scored_pairs_as_date_f1_does(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = _run(tmp_path, capsys, "--as-scored")
    assert "(as scored)" in out
    # the scorer pairs each arrest with the one of its day: no date is wrong then
    assert "wrong (another date)" not in out
    assert "1 in   1 reports (t)  missing (keyed, none found)" in out
    assert "1 in   1 reports (t)  missing: keyed the publication's month" in out
