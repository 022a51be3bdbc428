"""scripts/place_contexts.py on a tiny invented key: places counted by what stands around them."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
TEXT = (
    "The Hyesan police arrested two smugglers on May 3. "
    "The copper was sold by a trading company in Dandong. "
    "A man living in Hoeryong was sentenced to ten years."
)


def _script() -> ModuleType:
    path = ROOT / "scripts" / "place_contexts.py"
    spec = importlib.util.spec_from_file_location("place_contexts", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["place_contexts"] = module
    spec.loader.exec_module(module)
    return module


def _write(path: Path, docs: list[dict[str, object]]) -> None:
    path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")


def _span(sentence: str) -> list[list[int]]:
    start = TEXT.index(sentence)
    return [[start, start + len(sentence)]]


def test_counts_places_by_their_contexts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second, third = (s if s.endswith(".") else s + "." for s in TEXT.split(". "))
    gold = [
        {
            "id": "a",
            "events": [
                {"type": "arrest", "location": "Hyesan", "evidence": _span(first)},
                {"type": "smuggling", "evidence": _span(second)},
                {"type": "trial", "location": "Hoeryong", "evidence": _span(third)},
            ],
        }
    ]
    found = [
        {
            "id": "a",
            "events": [
                {"type": "arrest", "location": {"name": "Hyesan"}, "evidence": _span(first)},
                {"type": "smuggling", "location": {"name": "Dandong"}, "evidence": _span(second)},
                {"type": "trial", "location": None, "evidence": _span(third)},
            ],
        }
    ]
    _write(tmp_path / "gold.jsonl", gold)
    _write(tmp_path / "sys.jsonl", found)
    _write(tmp_path / "docs.jsonl", [{"id": "a", "text": TEXT}])
    paths = [str(tmp_path / n) for n in ("gold.jsonl", "sys.jsonl", "docs.jsonl")]
    assert _script().main(["--set", "x", *paths]) == 0
    out = capsys.readouterr().out
    assert "1 in   1 reports  authority / right" in out
    assert "1 in   1 reports  company seat / wrong" in out
    # the keyed place the system missed, told only as where a man lives
    assert "1 in   1 reports  lives there / none found" in out
    assert TEXT[:20] not in out  # counts only, never the text


def test_a_set_without_its_documents_is_skipped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _write(tmp_path / "gold.jsonl", [{"id": "a", "events": []}])
    _write(tmp_path / "sys.jsonl", [{"id": "a", "events": []}])
    args = ["--set", "x", str(tmp_path / "gold.jsonl"), str(tmp_path / "sys.jsonl")]
    assert _script().main([*args, str(tmp_path / "absent.jsonl")]) == 0
    assert "x: skipped" in capsys.readouterr().out
