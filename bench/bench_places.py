"""Speed of the place-matching pass: MB/s of text per core, against a regex baseline.

    python bench/bench_places.py [--mb 20]

Text: the dev corpus (../shared/corpus/dev) when present, else the bench's own
sample sentences, repeated to the requested size. Prints documents/s, MB/s per
core, peak memory, gazetteer load time, and a baseline measured in the same run:
pyahocorasick over the same variants, and one Python regex alternation of the 500
longest variants. Times are CPU seconds of this
process (best of three), since other processes may share the cores (a 5,000-way alternation
is too slow to run to the end here).
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import time
from collections.abc import Callable
from pathlib import Path

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
SAMPLE = [
    "A man was executed by firing squad in Hyesan, Ryanggang Province, on September 25.",
    "Police in Yanji, in China's Jilin Province, have broken up a trafficking ring.",
    "양강도 혜산시에서 지난 19일 20대 청년이 주민들이 지켜보는 가운데 총살됐다.",
    "Smugglers crossed the Amnok (Yalu) River near Sinuiju after dark, sources said.",
]


def corpus_texts() -> list[str]:
    path = SHARED / "corpus" / "dev" / "documents.jsonl"
    if path.is_file():
        return [json.loads(line)["text"] for line in path.read_text("utf-8").splitlines()]
    return [" ".join(SAMPLE * 20)]


def best_of(times: int, run: Callable[[], int]) -> tuple[int, float]:
    """Result and least CPU seconds of a few runs (CPU time: other processes share the cores)."""
    best, result = float("inf"), 0
    for _ in range(times):
        start = time.process_time()
        result = run()
        best = min(best, time.process_time() - start)
    return result, best


def _pyahocorasick_baseline(docs: list[str], total: int) -> None:
    """The same variants in pyahocorasick (the first matcher tried), matching only."""
    try:
        import ahocorasick
    except ImportError:
        return
    from nkevents.gazetteer import load
    from nkevents.romanize import fold

    auto = ahocorasick.Automaton()
    for variant in load().index:
        auto.add_word(variant, variant)
    auto.make_automaton()
    folded = [fold(t) for t in docs]
    hits, took = best_of(1, lambda: sum(1 for f in folded for _ in auto.iter(f)))
    print(f"baseline pyahocorasick, same variants: {hits} raw hits, {total / 1e6 / took:.1f} MB/s")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=float, default=20.0, help="megabytes of text to match")
    args = parser.parse_args()

    start = time.perf_counter()
    from nkevents.detect.places import find_places
    from nkevents.gazetteer import _automaton, load, match

    load()
    _automaton()
    print(f"gazetteer + automaton load: {time.perf_counter() - start:.3f} s")

    base = corpus_texts()
    size = sum(len(t.encode()) for t in base)
    docs = base * max(1, int(args.mb * 1e6 / size))
    total = sum(len(t.encode()) for t in docs)
    runs: list[tuple[str, Callable[[], int]]] = [
        ("matching pass", lambda: sum(len(match(t)) for t in docs)),
        ("find_places (with ranking)", lambda: sum(len(find_places(t)) for t in docs)),
    ]
    for label, run in runs:
        found, took = best_of(3, run)
        print(
            f"{label}: {len(docs)} documents, {total / 1e6:.1f} MB, {found} mentions"
            f" in {took:.2f} s = {len(docs) / took:.0f} documents/s,"
            f" {total / 1e6 / took:.1f} MB/s per core"
        )

    _pyahocorasick_baseline(docs, total)
    keys = sorted(load().index, key=len, reverse=True)[:500]
    pattern = re.compile("|".join(re.escape(k) for k in keys))
    sample = docs[: max(1, len(docs) // 50)]
    sample_bytes = sum(len(t.encode()) for t in sample)
    hits, took = best_of(3, lambda: sum(len(pattern.findall(t.lower())) for t in sample))
    print(f"baseline regex of 500 variants: {hits} hits, {sample_bytes / 1e6 / took:.2f} MB/s")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory: {peak:.0f} MB")


if __name__ == "__main__":
    main()
