"""Benchmark extraction: documents/s and MB/s per core, memory, time per stage, and the floor.

    python bench/bench_extract.py --mb 20

Streams a generated corpus (bench/gen_corpus.py) through read -> extract in one process,
and in the same run measures the floor any extractor pays: reading the same documents
plus one multi-pattern pass of the gazetteer over their text. Target: >= 2 MB/s of text
per core, memory flat as the corpus grows, and within 10x of the floor.
"""

from __future__ import annotations

import argparse
import cProfile
import importlib
import json
import os
import pstats
import resource
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))  # gen_corpus, when run as a script
sys.path.insert(1, str(Path(__file__).resolve().parent.parent))  # nkevents, uninstalled

from gen_corpus import BENCH, ensure_corpus  # noqa: E402

from nkevents.errors import InputError  # noqa: E402
from nkevents.model import Document  # noqa: E402
from nkevents.read import read_paths  # noqa: E402

TARGET_MB_S = 2.0
TARGET_RATIO = 10.0
MARKS = (0.25, 0.5, 1.0)
GAZETTEER_CSV = BENCH.parent.parent / "shared" / "data" / "nk_gazetteer_seed.csv"
Work = Callable[[Document], object]


@dataclass(slots=True)
class Pass:
    """One timed pass over the corpus."""

    name: str
    documents: int = 0
    text_bytes: int = 0
    wall_s: float = 0.0
    cpu_s: float = 0.0
    rss_mb: dict[str, float] = field(default_factory=dict)  # resident memory at 25/50/100%

    @property
    def mb_per_s(self) -> float:
        """Megabytes of text per CPU second: per core, as the pass is single-process."""
        return self.text_bytes / 1e6 / self.cpu_s if self.cpu_s else 0.0

    @property
    def docs_per_s(self) -> float:
        """Documents per CPU second."""
        return self.documents / self.cpu_s if self.cpu_s else 0.0


def rss_mb() -> float:
    """Resident memory of this process now, in MB (Linux /proc)."""
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 1e6


def peak_rss_mb() -> float:
    """The highest resident memory of this process so far, in MB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / 1e6  # KiB on Linux


def documents(path: Path, limit_bytes: float = float("inf")) -> Iterator[Document]:
    """The corpus documents, streamed, stopping once `limit_bytes` of text have passed."""
    seen = 0
    for item in read_paths([str(path)]):
        if isinstance(item, InputError):
            print(f"skipped {item}", file=sys.stderr)
            continue
        yield item
        seen += len(item.text.encode("utf-8"))
        if seen >= limit_bytes:
            return


WARM_UP = Document("warm-up", "A man was arrested in Hyesan on May 3.", published="2019-05")


def timed_pass(name: str, path: Path, work: Work, total_bytes: float) -> Pass:
    """Read every document and apply `work`, timing it and sampling memory at the marks."""
    result, marks = Pass(name), list(MARKS)
    work(WARM_UP)  # loading lexicons and the gazetteer happens once per process: not timed
    wall, cpu = time.perf_counter(), time.process_time()
    for doc in documents(path):
        work(doc)
        result.documents += 1
        result.text_bytes += len(doc.text.encode("utf-8"))
        while marks and result.text_bytes >= marks[0] * total_bytes:
            result.rss_mb[f"{marks.pop(0):.0%}"] = round(rss_mb(), 1)
    result.wall_s = time.perf_counter() - wall
    result.cpu_s = time.process_time() - cpu
    return result


def gazetteer_pass() -> tuple[str, Work]:
    """The floor's work: the project's place finder, or an Aho-Corasick stand-in until it lands."""
    try:
        find_places = importlib.import_module("nkevents.detect.places").find_places
    except (ImportError, AttributeError):
        return "stand-in automaton over shared/data/nk_gazetteer_seed.csv", stand_in_automaton()
    return "nkevents.detect.places.find_places", lambda doc: find_places(doc.text)


def stand_in_automaton() -> Work:
    """An Aho-Corasick automaton over every gazetteer name and alias, lower-cased."""
    import csv

    import ahocorasick

    automaton = ahocorasick.Automaton()
    with GAZETTEER_CSV.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            for name in [row["name"], *row["aliases"].split("|")]:
                if len(name.strip()) >= 2:
                    automaton.add_word(name.strip().lower(), row["id"])
    automaton.make_automaton()
    return lambda doc: sum(1 for _ in automaton.iter(doc.text.lower()))


def real_pass(extract: Work, min_seconds: float = 2.0) -> Pass | None:
    """Extraction over the cached real reports (where the cache is), repeated until it has
    run `min_seconds` of CPU time: real reports are longer and more often relevant than the
    generated stream, so their documents/s is the figure a user's archive sees."""
    from nkevents.answer_key import real_cache

    cache = real_cache(BENCH.parent)
    if cache is None:
        return None
    docs = list(documents(cache / "documents.jsonl"))
    result = Pass("read + extract (real)")
    cpu, wall = time.process_time(), time.perf_counter()
    while time.process_time() - cpu < min_seconds:
        for doc in docs:
            extract(doc)
            result.documents += 1
            result.text_bytes += len(doc.text.encode("utf-8"))
    result.cpu_s = time.process_time() - cpu
    result.wall_s = time.perf_counter() - wall
    return result


def load_extractor(spec: str) -> Work:
    """`module:function`, e.g. nkevents.pipeline:extract_document."""
    module, _, name = spec.partition(":")
    func: Work = getattr(importlib.import_module(module), name)
    return func


def module_shares(path: Path, extract: Work, megabytes: float) -> dict[str, float]:
    """Share of time per project module, from cProfile over the first `megabytes` of the corpus."""
    profiler = cProfile.Profile()
    profiler.enable()
    for doc in documents(path, megabytes * 1e6):
        extract(doc)
    profiler.disable()
    seconds = module_seconds(pstats.Stats(profiler))
    total = sum(seconds.values()) or 1.0
    return {k: v / total for k, v in sorted(seconds.items(), key=lambda kv: -kv[1])}


def stage_shares(modules: dict[str, float]) -> dict[str, float]:
    """Module shares summed per pipeline stage (bench/stages.yaml)."""
    stages = yaml.safe_load((BENCH / "stages.yaml").read_text(encoding="utf-8"))
    by_stage: dict[str, float] = defaultdict(float)
    for module, share in modules.items():
        by_stage[stage_of(module, stages)] += share
    return dict(sorted(by_stage.items(), key=lambda kv: -kv[1]))


def stage_of(module: str, stages: dict[str, str]) -> str:
    """The stage of a module: its longest matching prefix in stages.yaml."""
    prefixes = [p for p in stages if module == p or module.startswith(p + ".")]
    return stages[max(prefixes, key=len)] if prefixes else f"other ({module})"


def module_of(filename: str) -> str | None:
    """The project module (or `bench`) a profiled function lives in; None for anything else."""
    path = Path(filename).resolve()
    root = BENCH.parent
    if path.is_relative_to(root / "nkevents"):
        parts = path.relative_to(root).with_suffix("").parts
        return ".".join(p for p in parts if p != "__init__")
    return "bench" if path.is_relative_to(BENCH) else None


def module_seconds(stats: pstats.Stats) -> dict[str, float]:
    """Own time per project module; library time is charged to project callers by call time."""
    table: dict[Any, Any] = stats.stats  # type: ignore[attr-defined]
    memo: dict[Any, dict[str, float]] = {}
    out: dict[str, float] = defaultdict(float)
    for func, (_, _, own, _, _) in table.items():
        for module, share in owners(func, table, memo, set()).items():
            out[module] += own * share
    return out


def owners(
    func: Any, table: dict[Any, Any], memo: dict[Any, Any], busy: set[Any]
) -> dict[str, float]:
    """Which project modules a function's time belongs to, as shares summing to 1."""
    if func in memo:
        return memo[func]
    module = module_of(func[0])
    if module is not None:
        return memo.setdefault(func, {module: 1.0})
    callers = table.get(func, (0, 0, 0, 0, {}))[4]
    total = sum(c[3] for c in callers.values())
    if not callers or not total or func in busy:
        return {"(unattributed)": 1.0}
    busy.add(func)
    shares: dict[str, float] = defaultdict(float)
    for caller, (_, _, _, cum) in callers.items():
        for owner, share in owners(caller, table, memo, busy).items():
            shares[owner] += share * cum / total
    busy.discard(func)
    memo[func] = dict(shares)
    return memo[func]


def report(
    passes: list[Pass], floor_name: str, modules: dict[str, float], profile_mb: float
) -> str:
    """The benchmark's figures as text: one row per pass, the ratio, targets, time shares."""
    floor, full = passes[-2], passes[-1]
    ratio = floor.mb_per_s / full.mb_per_s if full.mb_per_s else float("inf")
    head = f"{'pass':26}{'docs':>8}{'MB':>7}{'docs/s':>9}{'MB/s/core':>11}{'cpu s':>8}{'wall s':>8}"
    verdict = "OK" if ratio <= TARGET_RATIO else "OVER"
    speed = "OK" if full.mb_per_s >= TARGET_MB_S else "BELOW"
    lines = [
        head + "  RSS MB at 25/50/100%",
        *(_pass_row(p) for p in passes),
        f"floor = reading + {floor_name}",
        f"extract takes {ratio:.1f}x the floor's time (aim <= {TARGET_RATIO:g}x): {verdict}",
        f"extract at {full.mb_per_s:.2f} MB/s per core (target >= {TARGET_MB_S:g}): {speed}",
        f"peak RSS {peak_rss_mb():.1f} MB",
        f"time per stage (cProfile, first {profile_mb:g} MB; it inflates Python-heavy code):",
        *(f"  {stage:34}{share:7.1%}" for stage, share in stage_shares(modules).items()),
        "time per module (top 10):",
        *(f"  {module:34}{share:7.1%}" for module, share in list(modules.items())[:10]),
    ]
    return "\n".join(lines)


def _pass_row(p: Pass) -> str:
    rss = " / ".join(f"{v:.0f}" for v in p.rss_mb.values()) or "-"
    return (
        f"{p.name:26}{p.documents:8}{p.text_bytes / 1e6:7.1f}{p.docs_per_s:9.0f}"
        f"{p.mb_per_s:11.2f}{p.cpu_s:8.1f}{p.wall_s:8.1f}  {rss}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=20.0, help="megabytes of text in the corpus")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--corpus", type=Path, help="a JSONL corpus to use instead of generating one"
    )
    parser.add_argument("--extractor", default="nkevents.pipeline:extract_document")
    parser.add_argument(
        "--profile-mb", type=float, default=2.0, help="text profiled for stage shares"
    )
    parser.add_argument("--json", action="store_true", help="also print the figures as JSON")
    args = parser.parse_args()

    path = args.corpus or ensure_corpus(args.mb, args.seed)
    extract = load_extractor(args.extractor)
    floor_name, floor_work = gazetteer_pass()
    first = next(documents(path))
    extract(first), floor_work(first)  # load lexicons and automata before timing
    read = timed_pass("read only", path, lambda doc: None, float("inf"))
    print(
        f"corpus {path}: {read.text_bytes / 1e6:.1f} MB of text, {read.documents} documents",
        flush=True,
    )
    floor = timed_pass("floor (read + gazetteer)", path, floor_work, read.text_bytes)
    full = timed_pass("read + extract", path, extract, read.text_bytes)
    modules = module_shares(path, extract, args.profile_mb)
    print(report([read, floor, full], floor_name, modules, args.profile_mb))
    real = real_pass(extract)
    if real is not None:
        print(f"real reports (cached texts, {real.documents} documents, repeated):")
        print(_pass_row(real))
    if args.json:
        passes = {p.name: asdict(p) for p in (read, floor, full)}
        shares = {"stages": stage_shares(modules), "modules": modules}
        print(json.dumps({"passes": passes, **shares, "peak_rss_mb": peak_rss_mb()}))


if __name__ == "__main__":
    main()
