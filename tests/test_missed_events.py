"""scripts/missed_events.py on an invented report and key: keyed events found nowhere,
counted by why."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent

TEXT = (
    "Police arrested three smugglers in Hyesan on 3 March 2021.\n"
    "Two traders now sit in a cell in the county town.\n"
    "In the past, smugglers were often arrested at the river.\n"
    "Customs officers watched the bridge.\n"
)


def _script() -> ModuleType:
    path = ROOT / "scripts" / "missed_events.py"
    spec = importlib.util.spec_from_file_location("missed_events", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["missed_events"] = module
    spec.loader.exec_module(module)
    return module


def _write(path: Path, rows: list[dict[str, object]]) -> None:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def _span(sentence: str) -> list[list[int]]:
    start = TEXT.index(sentence)
    return [[start, start + len(sentence)]]


def test_counts_each_reason(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = {"id": "a", "text": TEXT, "published": "2021-03-10", "language": "en"}
    gold = {
        "id": "a",
        "events": [
            {"type": "arrest", "evidence": _span("Police arrested three smugglers")},
            # an event found stands at its sentence: not found nowhere
            {"type": "smuggling", "evidence": _span("Police arrested three smugglers")},
            {"type": "detention", "evidence": _span("Two traders now sit")},
            {"type": "arrest", "evidence": _span("In the past, smugglers")},
            {"type": "crackdown", "evidence": _span("Customs officers watched")},
            {"type": "crackdown", "optional": True, "evidence": _span("Customs officers")},
        ],
    }
    _write(tmp_path / "gold.jsonl", [gold])
    _write(tmp_path / "docs.jsonl", [doc])
    args = ["--set", "x", str(tmp_path / "gold.jsonl"), str(tmp_path / "docs.jsonl")]
    code = _script().main(args)
    out = capsys.readouterr().out
    assert code == 0
    assert "5 in   1 reports  keyed events" in out
    assert "1 in   1 reports  detention / a weak word only" in out
    assert "1 in   1 reports  arrest / the realis gate drops it" in out
    assert "1 in   1 reports  crackdown / no event word" in out
    assert "smuggling /" not in out
    assert "3 in   1 reports  en /" not in out  # by language: one line per reason
    assert "1 in   1 reports  en / no event word" in out


def test_first_line_only() -> None:
    script = _script()
    text = "Five held in raid\nThe body of the report goes on here.\n"
    assert script.in_headline(text, [[0, 17]])
    assert not script.in_headline(text, [[0, 17], [18, 40]])
    assert not script.in_headline("x" * 300 + "\nmore", [[0, 10]])


def test_a_set_without_its_documents_is_skipped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _write(tmp_path / "gold.jsonl", [{"id": "a", "events": []}])
    args = ["--set", "x", str(tmp_path / "gold.jsonl"), str(tmp_path / "absent.jsonl")]
    assert _script().main(args) == 0
    assert "x: skipped" in capsys.readouterr().out
