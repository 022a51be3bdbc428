"""scripts/event_words.py on an invented report and key: events found and not keyed, by the
word that starts them."""

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
    "Guards detained two women in Musan on 5 March 2021.\n"
)


def _script() -> ModuleType:
    sys.path.insert(0, str(ROOT / "scripts"))
    path = ROOT / "scripts" / "event_words.py"
    spec = importlib.util.spec_from_file_location("event_words", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["event_words"] = module
    spec.loader.exec_module(module)
    return module


def _write(path: Path, rows: list[dict[str, object]]) -> None:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def test_counts_events_not_keyed_by_word(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    start = TEXT.index("Police")
    doc = {"id": "a", "text": TEXT, "published": "2021-03-10", "language": "en"}
    gold = {
        "id": "a",
        "events": [
            {"type": "arrest", "date": "2021-03-03", "people": 3,
             "evidence": [[start, start + 58]]},
        ],
    }  # fmt: skip
    _write(tmp_path / "gold.jsonl", [gold])
    _write(tmp_path / "docs.jsonl", [doc])
    args = ["--set", "x", str(tmp_path / "gold.jsonl"), str(tmp_path / "docs.jsonl")]
    code = _script().main([*args, "--least", "1"])
    out = capsys.readouterr().out
    assert code == 0
    assert "1 in   1 reports (x)  arrest / detained  paired 0 in 0 reports" in out
    assert "arrest / arrested" not in out  # its one event is paired


def test_a_long_phrase_is_shown_by_its_length() -> None:
    script = _script()
    assert script._shown("Crossing  the Border") == "crossing the border"
    assert script._shown("x" * 30) == "(a phrase of 30 characters)"


def test_a_set_without_its_documents_is_skipped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["--set", "x", str(tmp_path / "none.jsonl"), str(tmp_path / "docs.jsonl")]
    assert _script().main(args) == 0
    assert "x: skipped" in capsys.readouterr().out
