"""Find third-party text in the repository: any run of 48 characters of a tracked file that
also stands in a cached real report (whitespace collapsed, case folded).

    .venv/bin/python scripts/check_quotes.py [--width 48] [--cache .cache]

The real reports' texts are third-party writing kept outside git (`.cache/real`,
`.cache/own`); tests, rules, docs and commit messages are written in the project's own words.
This check makes that rule something a machine can see: it prints every tracked file that
shares a run of --width characters with a cached text (file, line, the cached report's id) and
exits 1 when there is one. Where no cache exists it says so and exits 0. The test suite runs
it at the default width (tests/test_own_words.py); a narrower width (--width 32) also lists
phrases any report on the subject shares (official names, "the Security Council adopted
resolution"), which need a human look rather than a rule.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CACHES = ("real", "own")
WIDTH = 48
SPACE = re.compile(r"\s+")
# Files that hold no prose of their own: keys, tables of facts, binaries and vendored assets.
SKIP_SUFFIXES = {".png", ".jpg", ".ico", ".woff", ".woff2", ".gz", ".db", ".pbf", ".mbtiles"}


def normalise(text: str) -> str:
    """Whitespace collapsed to one space, case folded: the form both sides are compared in."""
    return SPACE.sub(" ", text).casefold()


def cached_texts(cache: Path) -> Iterator[tuple[str, str]]:
    """(id, text) of every cached real report under `cache` (real and own sets)."""
    for name in CACHES:
        path = cache / name / "documents.jsonl"
        if not path.is_file():
            continue
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    doc = json.loads(line)
                    yield str(doc["id"]), str(doc["text"])


def shingles(texts: Iterable[tuple[str, str]], width: int) -> dict[str, str]:
    """Every run of `width` characters of the texts (normalised), with the id of a text it is in.
    Runs of letters only matter: a run that is mostly digits, punctuation or spaces (a table
    row, a date, a url fragment) is not prose and is left out."""
    runs: dict[str, str] = {}
    for doc_id, text in texts:
        flat = normalise(text)
        for i in range(len(flat) - width + 1):
            run = flat[i : i + width]
            if is_prose(run):
                runs.setdefault(run, doc_id)
    return runs


def is_prose(run: str) -> bool:
    """At least half the run's characters are letters (Latin or Hangul), and it is no address."""
    if "://" in run or "www." in run or ".php" in run or ".html" in run:
        return False
    return sum(ch.isalpha() for ch in run) * 2 >= len(run)


def tracked_files(repo: Path) -> list[Path]:
    """The files git tracks in the repository, text files only."""
    out = subprocess.run(
        ["git", "ls-files", "-z"], cwd=repo, capture_output=True, check=True
    ).stdout.decode("utf-8")
    return [repo / p for p in out.split("\0") if p and Path(p).suffix not in SKIP_SUFFIXES]


def overlaps(path: Path, runs: dict[str, str], width: int) -> Iterator[tuple[int, str, str]]:
    """(line number, the shared run, report id) of every line of `path` that shares a run with
    a cached text. Each line is read after the line before it, so a quote wrapped over two lines
    is found too; one hit per line."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (UnicodeDecodeError, OSError):
        return
    for number in range(1, len(lines) + 1):
        window = normalise(" ".join(lines[max(number - 2, 0) : number]))
        for i in range(len(window) - width + 1):
            run = window[i : i + width]
            if run in runs:
                yield number, run, runs[run]
                break


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--width", type=int, default=WIDTH, help=f"characters in a run ({WIDTH})")
    parser.add_argument("--cache", type=Path, default=REPO / ".cache", help="cache folder")
    args = parser.parse_args(argv)
    runs = shingles(cached_texts(args.cache), args.width)
    if not runs:
        print(f"check_quotes: no cached real reports under {args.cache}; nothing to compare")
        return 0
    found = 0
    for path in tracked_files(REPO):
        for number, run, doc_id in overlaps(path, runs, args.width):
            found += 1
            print(f"{path.relative_to(REPO)}:{number}: shares {run!r} with {doc_id}")
    print(
        f"check_quotes: {found} line(s) share a run of {args.width} characters with a cached report"
    )
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
