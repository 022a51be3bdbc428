"""The repository is written in the project's own words: no tracked file shares a long run of
characters with a cached real report (scripts/check_quotes.py). Runs where the real reports'
texts are cached; skips elsewhere (they are never in git)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from nkevents.answer_key import real_cache

REPO = Path(__file__).resolve().parent.parent


def _check_quotes() -> ModuleType:
    spec = importlib.util.spec_from_file_location("check_quotes", REPO / "scripts/check_quotes.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["check_quotes"] = module
    spec.loader.exec_module(module)
    return module


def test_a_shared_run_is_found_and_an_address_is_not(tmp_path: Path) -> None:
    quotes = _check_quotes()
    runs = quotes.shingles([("doc-1", "Two  traders were HELD at the river crossing at dawn.")], 20)
    assert runs["two traders were hel"] == "doc-1"  # whitespace collapsed, case folded
    assert not any(
        "://" in run for run in quotes.shingles([("d", "see https://example.org/a/b/c")], 12)
    )
    page = tmp_path / "page.md"
    page.write_text("intro\nwe read that two traders were held\nat the river crossing today\n")
    hits = list(quotes.overlaps(page, runs, 20))
    assert [number for number, _, _ in hits] == [2, 3]  # a quote wrapped over two lines too
    assert not list(quotes.overlaps(page, quotes.shingles([("d", "nothing alike here")], 12), 12))


def test_no_tracked_file_quotes_a_cached_report() -> None:
    if real_cache(REPO, "real") is None and real_cache(REPO, "own") is None:
        pytest.skip("no cached real-report texts (.cache/real, .cache/own)")
    quotes = _check_quotes()
    cache = real_cache(REPO, "real") or real_cache(REPO, "own")
    assert cache is not None
    runs = quotes.shingles(quotes.cached_texts(cache.parent), quotes.WIDTH)
    found = [
        f"{path.relative_to(REPO)}:{number}: {run!r} ({doc_id})"
        for path in quotes.tracked_files(REPO)
        for number, run, doc_id in quotes.overlaps(path, runs, quotes.WIDTH)
    ]
    assert found == []
