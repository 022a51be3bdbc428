"""The cache of real reports' texts: assembled from one file per report, never committed."""

from __future__ import annotations

import importlib.util
import json
import subprocess
from pathlib import Path

import pytest

from nkevents import answer_key

REPO = Path(__file__).resolve().parent.parent


def _script():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("real_cache", REPO / "scripts/real_cache.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _corpus(tmp_path: Path) -> tuple[Path, Path]:
    corpus, cache = tmp_path / "corpus", tmp_path / "cache" / "real"
    (cache / "raw").mkdir(parents=True)
    corpus.mkdir()
    (corpus / "sources.tsv").write_text(
        "id\tsplit\turl\tpublished\tlanguage\ttitle\tquery\n"
        "r-1\ttune\thttps://example.org/a\t2019-03\ten\tA trial\ttrial\n"
        "r-2\tcheck\thttps://example.org/b\t2021-07-02\tko\t\tarrest\n"
        "r-3\ttune\thttps://example.org/c\t2023\ten\t\tmissing\n",
        encoding="utf-8",
    )
    gold = [
        {"id": "r-1", "relevant": True, "events": [{"type": "trial", "evidence": [[0, 20]]}]},
        {"id": "r-2", "relevant": True, "events": [{"type": "arrest", "evidence": [[0, 90]]}]},
        {"id": "r-3", "relevant": False, "events": []},
    ]
    (corpus / "gold.jsonl").write_text("".join(json.dumps(g) + "\n" for g in gold))
    raw = cache / "raw"
    text = "Two men were tried in Hyesan on Monday."
    (raw / "r-1.json").write_text(
        json.dumps({"id": "r-1", "url": "https://example.org/a", "text": text})
    )
    (raw / "r-2.json").write_text(
        json.dumps({"id": "r-2", "url": "https://example.org/b", "text": "짧다"})
    )
    return corpus, cache


def test_assemble_joins_texts_with_their_metadata_and_names_what_is_missing(
    tmp_path: Path,
) -> None:
    corpus, cache = _corpus(tmp_path)
    written, problems = _script().assemble(corpus, cache)
    lines = [json.loads(x) for x in (cache / "documents.jsonl").read_text().splitlines()]
    assert written == 2
    assert [d["id"] for d in lines] == ["r-1", "r-2"]
    assert lines[0]["published"] == "2019-03" and lines[0]["language"] == "en"
    assert lines[0]["title"] == "A trial" and lines[1]["title"] is None
    assert any(p.startswith("r-2: text has 2 characters") for p in problems)  # shorter than key
    assert any(p.startswith("r-3: no text") for p in problems)


def test_the_gate_reads_a_split_of_the_cached_reports(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus, cache = _corpus(tmp_path)
    _script().assemble(corpus, cache)
    monkeypatch.setenv(answer_key.REAL_CACHE_ENV, str(cache.parent))
    assert answer_key.real_cache(tmp_path) == cache
    assert answer_key.real_cache(tmp_path, "own") is None
    spec = {
        "tune": {
            "root": "real",
            "gold_root": "corpus",
            "documents": ["documents.jsonl"],
            "gold": "gold.jsonl",
            "sources": "sources.tsv",
            "split": "tune",
        }
    }
    (gate,) = answer_key.gate_sets(spec, {"real": cache, "corpus": corpus})
    assert gate.only == frozenset({"r-1", "r-3"})
    figures = answer_key.gate_figures([gate])["tune"]
    assert figures["relevance"] == 1.0  # r-2 (check) is not scored; r-3 has no text, no events
    monkeypatch.setenv(answer_key.REAL_CACHE_ENV, str(tmp_path / "nowhere"))
    assert answer_key.real_cache(tmp_path) is None


def test_the_cache_folder_is_ignored_by_git() -> None:
    probe = subprocess.run(["git", "check-ignore", "-q", ".cache"], cwd=REPO, check=False)
    assert probe.returncode == 0
