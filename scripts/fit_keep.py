#!/usr/bin/env python3
"""Fit the weights of the last gate of extraction, which keeps or drops each assembled event
(nkevents/data/weights/keep.json; nkevents/extract/keep.py uses them).

    .venv/bin/python scripts/fit_keep.py [--pooled-gold PATH --pooled-docs PATH]
                                         [--adopt | --no-adopt] [--dry-run]

Training reports: the tune split of ../shared/corpus/real (never the check split), the
project's own real set (corpus/real/gold.jsonl) and, when its key is given on the command
line, the pooled earlier blind sets (their keys stay outside the repository; default absent:
skipped). Each report is extracted with the gate off and every event's features recorded;
each system event is paired with a gold event by the scorer's own alignment
(nkevents.evaluate.align) and labelled 1 when paired with a required gold event (of its type:
the alignment pairs only those), 0 when paired with none. Events paired with an optional gold
event are neither rewarded nor penalised by the scorer, so they are left out of the fit.

scikit-learn's LogisticRegression is fitted with cross-validation over reports (grouped
folds, each report wholly in one fold). For each regularisation and each drop threshold the
held-out probabilities drop events from the held-out reports' extractions, which are scored
with the scorer (events F1, the choice; slot F1 beside it). The best pair is written into the
file with the held-out figures of the rules (nothing dropped) and of the fitted gate, overall
and per set, and a nested figure (the pair chosen again inside each training fold alone: the
honest one, to compare with the rules before adopting the gate). The file holds feature
names and numbers only. scikit-learn is a development dependency (`pip install -e '.[dev]'`),
not needed at run time.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "corpus" / "real"
OUT = ROOT / "nkevents" / "data" / "weights" / "keep.json"
C_GRID = (0.01, 0.03, 0.1, 0.3, 1.0)
THRESHOLDS = tuple(round(0.05 * k, 2) for k in range(0, 13))  # 0 (keep all) .. 0.6
FOLDS = 5
REPEATS = 3  # the grouped folds drawn this many times over (held-out figures averaged)


@dataclass
class Report:
    """One keyed report: its set, gold events, the extraction with the gate off, each
    event's feature line and label (1 real, 0 spurious, None paired with an optional one)."""

    id: str
    set: str
    gold: dict[str, Any]
    system: dict[str, Any]
    lines: list[list[float]] = field(default_factory=list)
    labels: list[int | None] = field(default_factory=list)


def tune_ids(sources: Path) -> set[str]:
    """The ids of the tune split (the check split is never read for fitting)."""
    with open(sources, encoding="utf-8") as fh:
        return {r["id"] for r in csv.DictReader(fh, delimiter="\t") if r["split"] == "tune"}


def read_jsonl(path: Path) -> dict[str, dict[str, Any]]:
    with open(path, encoding="utf-8") as fh:
        rows = (json.loads(line) for line in fh if line.strip())
        return {str(r["id"]): r for r in rows}


def labels_of(
    gold_events: list[dict[str, Any]], sys_events: list[dict[str, Any]]
) -> list[int | None]:
    """Each system event's label by the scorer's alignment: 1 paired with a required gold
    event, None with an optional one, 0 with none."""
    from nkevents.evaluate import align

    out: list[int | None] = [0] * len(sys_events)
    for gi, si in align(gold_events, sys_events).items():
        out[si] = None if gold_events[gi].get("optional") else 1
    return out


def extract_reports(
    name: str, docs: Iterable[Any], gold: dict[str, dict[str, Any]]
) -> list[Report]:
    """Extract each document with a key, the gate off, its events' features recorded."""
    from nkevents.extract import extract
    from nkevents.model import to_json

    out = []
    for doc in docs:
        if doc.id not in gold:
            continue
        lines: list[list[float]] = []
        system = to_json(extract(doc, keep_record=lines))
        events = system["events"]
        assert len(lines) == len(events), doc.id
        labels = labels_of(gold[doc.id].get("events") or [], events)
        out.append(Report(doc.id, name, gold[doc.id], system, lines, labels))
    return out


def read_docs(path: Path, ids: set[str] | None) -> list[Any]:
    from nkevents.model import Document
    from nkevents.read import read_paths

    docs = [d for d in read_paths([str(path)]) if isinstance(d, Document)]
    return [d for d in docs if ids is None or d.id in ids]


def training(reports: list[Report]) -> tuple[Any, Any, Any]:
    """Feature matrix, labels and the report of each row (optional pairings left out)."""
    import numpy as np

    x, y, groups = [], [], []
    for k, r in enumerate(reports):
        for line, label in zip(r.lines, r.labels, strict=True):
            if label is not None:
                x.append(line)
                y.append(label)
                groups.append(k)
    return np.array(x, dtype=float), np.array(y), np.array(groups)


class Constant:
    """The model of a fold whose events are all of one label (small keys only): that label,
    sure of it, with no weights."""

    def __init__(self, label: int, width: int) -> None:
        import numpy as np

        self.label = label
        self.coef_ = np.zeros((1, width))
        self.intercept_ = np.array([10.0 if label else -10.0])

    def predict_proba(self, x: Any) -> Any:
        import numpy as np

        return np.tile([1.0 - self.label, float(self.label)], (len(x), 1))


def fit(x: Any, y: Any, c: float) -> tuple[Any, Any]:
    """Features standardised, then logistic regression with penalty strength 1/c."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler

    scale = StandardScaler().fit(x)
    scale.scale_[scale.scale_ == 0] = 1.0
    if len(set(y.tolist())) < 2:
        return scale, Constant(int(y[0]), x.shape[1])
    model = LogisticRegression(C=c, max_iter=5000)
    model.fit(scale.transform(x), y)
    return scale, model


def unscaled(scale: Any, model: Any) -> tuple[list[float], float]:
    """Weights and intercept on the raw features (the run-time dot product)."""
    coef = model.coef_[0] / scale.scale_
    intercept = float(model.intercept_[0] - (coef * scale.mean_).sum())
    return [float(v) for v in coef], intercept


def held_out(reports: list[Report], c: float, seed: int) -> list[list[float]]:
    """Each report's events' probabilities from a model fitted without its fold (the folds
    drawn by report, each report wholly in one, shuffled by `seed`)."""
    import numpy as np

    x, y, groups = training(reports)
    order = np.random.default_rng(seed).permutation(len(reports))
    fold_of = {int(k): i % FOLDS for i, k in enumerate(order)}
    probs: list[list[float]] = [[] for _ in reports]
    folds = np.array([fold_of[int(g)] for g in groups])
    for fold in range(FOLDS):
        train = folds != fold
        scale, model = fit(x[train], y[train], c)
        for k, r in enumerate(reports):
            if fold_of[k] == fold and r.lines:
                p = model.predict_proba(scale.transform(np.array(r.lines, dtype=float)))[:, 1]
                probs[k] = [float(v) for v in p]
    return probs


Results = dict[tuple[float, float], dict[str, dict[str, float]]]


def grid(reports: list[Report], seeds: Iterable[int]) -> Results:
    """The held-out figures of every regularisation and threshold, averaged over the folds
    drawn with each seed."""
    results: Results = {}
    for c in C_GRID:
        runs: dict[float, list[dict[str, dict[str, float]]]] = {t: [] for t in THRESHOLDS}
        for seed in seeds:
            probs = held_out(reports, c, seed)
            for t in THRESHOLDS:
                systems = {r.id: kept(r, p, t) for r, p in zip(reports, probs, strict=True)}
                figs = by_set(reports, systems)
                figs["all"]["dropped"] = sum(q < t for p in probs for q in p)
                runs[t].append(figs)
        for t in THRESHOLDS:
            results[c, t] = mean(runs[t])
    return results


def _rank(results: Results, ct: tuple[float, float]) -> tuple[float, float, float, float]:
    """Events F1 first, then slot F1, then the lower threshold and the stronger penalty."""
    return (results[ct]["all"]["events"], results[ct]["all"]["slot"], -ct[1], -ct[0])


def choose(results: Results) -> tuple[float, float]:
    return max(results, key=lambda ct: _rank(results, ct))


def nested_figures(reports: list[Report], seed: int) -> dict[str, dict[str, float]]:
    """The honest held-out figure: for each fold of reports, the regularisation and threshold
    are chosen by cross-validation inside the other folds alone, the model fitted there and
    applied to the fold (choosing them on the same held-out figures flatters the gate)."""
    import numpy as np

    order = np.random.default_rng(seed).permutation(len(reports))
    fold_of = {int(k): i % FOLDS for i, k in enumerate(order)}
    systems = {}
    for fold in range(FOLDS):
        train = [r for k, r in enumerate(reports) if fold_of[k] != fold]
        c, t = choose(grid(train, [seed]))
        x, y, _ = training(train)
        scale, model = fit(x, y, c)
        for k, r in enumerate(reports):
            if fold_of[k] == fold:
                p = []
                if r.lines:
                    lines = scale.transform(np.array(r.lines, dtype=float))
                    p = [float(v) for v in model.predict_proba(lines)[:, 1]]
                systems[r.id] = kept(r, p, t)
    return by_set(reports, systems)


def kept(report: Report, probs: list[float], threshold: float) -> dict[str, Any]:
    events = [e for e, p in zip(report.system["events"], probs, strict=True) if p >= threshold]
    return {**report.system, "events": events, "relevant": bool(events)}


def figures(reports: list[Report], systems: dict[str, dict[str, Any]]) -> dict[str, float]:
    from nkevents.evaluate import score

    s = score({r.id: r.gold for r in reports}, systems)
    return {"events": s.events.f1, "slot": s.slot_f1, "p": s.events.p, "r": s.events.r}


def by_set(
    reports: list[Report], systems: dict[str, dict[str, Any]]
) -> dict[str, dict[str, float]]:
    out = {"all": figures(reports, systems)}
    for name in dict.fromkeys(r.set for r in reports):
        part = [r for r in reports if r.set == name]
        out[name] = figures(part, {r.id: systems[r.id] for r in part})
    return out


def mean(rows: list[dict[str, dict[str, float]]]) -> dict[str, dict[str, float]]:
    """Each figure averaged over the repeats."""
    return {
        k: {f: round(sum(r[k][f] for r in rows) / len(rows), 4) for f in rows[0][k]}
        for k in rows[0]
    }


def weights_file(
    names: tuple[str, ...],
    coef: list[float],
    intercept: float,
    threshold: float,
    adopted: bool,
    training_figures: dict[str, Any],
) -> str:
    data = {
        "features": list(names),
        "weights": [round(v, 4) for v in coef],
        "intercept": round(intercept, 4),
        "threshold": threshold,
        "adopted": adopted,
        "training": training_figures,
    }
    return json.dumps(data, indent=1, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--pooled-gold", type=Path, help="key of the pooled blind sets (not in git)")
    ap.add_argument(
        "--pooled-docs",
        type=Path,
        default=ROOT / ".cache/fresh/pooled-all-documents.jsonl",
        help="texts of the pooled blind sets",
    )
    ap.add_argument("--real-gold", type=Path, default=SHARED / "gold.jsonl")
    ap.add_argument("--real-docs", type=Path, default=ROOT / ".cache/real/documents.jsonl")
    ap.add_argument("--sources", type=Path, default=SHARED / "sources.tsv")
    ap.add_argument("--own-gold", type=Path, default=ROOT / "corpus/real/gold.jsonl")
    ap.add_argument("--own-docs", type=Path, default=ROOT / ".cache/own/documents.jsonl")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument(
        "--adopt",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="whether extraction uses the weights (default: as the file says)",
    )
    ap.add_argument("--dry-run", action="store_true", help="print the figures, write nothing")
    ap.add_argument("--repeats", type=int, default=REPEATS, help="times the folds are drawn")
    args = ap.parse_args(argv)
    from nkevents.extract.keep import FEATURES

    sets: list[tuple[str, Path, Path, set[str] | None]] = []
    if args.real_gold.exists() and args.sources.exists():
        sets.append(("tune", args.real_gold, args.real_docs, tune_ids(args.sources)))
    sets.append(("own", args.own_gold, args.own_docs, None))
    if args.pooled_gold is not None:
        sets.append(("pooled-all", args.pooled_gold, args.pooled_docs, None))
    reports: list[Report] = []
    for name, gold_path, docs_path, ids in sets:
        if not (gold_path.exists() and docs_path.exists()):
            print(f"{name}: {gold_path} or {docs_path} missing, skipped", file=sys.stderr)
            continue
        gold = read_jsonl(gold_path)
        if ids is not None:
            gold = {k: v for k, v in gold.items() if k in ids}
        reports.extend(extract_reports(name, read_docs(docs_path, ids), gold))
    x, y, _ = training(reports)
    if len(set(y.tolist())) < 2 or len(reports) < FOLDS:
        print("too few training events (are the caches there?)", file=sys.stderr)
        return 1
    rules = by_set(reports, {r.id: r.system for r in reports})
    rules["all"]["dropped"] = 0
    results = grid(reports, range(args.repeats))
    best = choose(results)
    c, threshold = best
    # the best gate that drops one event in a hundred or more (held out): what dropping costs
    some = 0.01 * sum(len(r.labels) for r in reports)
    dropping = max(
        (ct for ct in results if results[ct]["all"]["dropped"] >= some),
        key=lambda ct: _rank(results, ct),
        default=best,
    )
    nested = nested_figures(reports, seed=args.repeats)
    scale, model = fit(x, y, c)
    coef, intercept = unscaled(scale, model)
    train_figures = {
        "sets": {
            n: sum(r.set == n for r in reports) for n in dict.fromkeys(r.set for r in reports)
        },
        "documents": len(reports),
        "events": int(len(y)),
        "spurious": int((y == 0).sum()),
        "folds": FOLDS,
        "repeats": args.repeats,
        "C": c,
        "threshold": threshold,
        "held_out_rules": rules,
        "held_out_fitted": results[best],
        "held_out_nested": nested,
        "best_dropping": {
            "C": dropping[0],
            "threshold": dropping[1],
            "held_out": results[dropping],
        },
    }
    for name in rules:
        print(f"rules  {name:<11} {rules[name]}")
        print(f"nested {name:<11} {nested[name]}")
    for (cc, t), res in sorted(results.items()):
        told = "  ".join(f"{k} {v['events']:.4f}/{v['slot']:.4f}" for k, v in res.items())
        print(f"C={cc:<5} t={t:<5} dropped {res['all']['dropped']:<5} {told}")
    print(json.dumps(train_figures))
    if args.dry_run:
        return 0
    adopted = args.adopt
    if adopted is None:
        adopted = args.out.exists() and bool(
            json.loads(args.out.read_text(encoding="utf-8")).get("adopted", False)
        )
    args.out.write_text(
        weights_file(FEATURES, coef, intercept, threshold, adopted, train_figures), encoding="utf-8"
    )
    print(f"wrote {args.out} (adopted: {adopted})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
