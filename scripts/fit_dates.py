#!/usr/bin/env python3
"""Fit the weights that choose an event's date (nkevents/data/weights/date.json).

    .venv/bin/python scripts/fit_dates.py [--extra GOLD DOCS]... [--adopt | --no-adopt] [--dry-run]

The weights now in the package were fitted with one extra set, the earlier blind sets pooled:

    .venv/bin/python scripts/fit_dates.py --no-adopt \
        --extra ../fresh-pooled-all-gold.jsonl .cache/fresh/pooled-all-documents.jsonl

Training reports: the tune split of ../shared/corpus/real (never the check split) and the
project's own real set, with their texts from .cache/real and .cache/own; `--extra` adds a
keyed set read from a path outside the repository (its key is never committed). Each report
is extracted with the rules' dates kept and the date candidates of each event recorded
(extract/date_scoring.py). A system event paired with a gold event by the scorer's alignment
(dates left out of the pairing) gives one group of rows, each candidate labelled 1 when its
value is the gold date (no date: when gold has none); an event paired with no gold event is
labelled with "no date" (a date given to it is a wrong claim). Events whose gold date is no
candidate teach nothing and are left out of the fit (they stay in the figures).

A conditional logit (logistic regression on the differences of right and wrong candidates of
one event, as scripts/fit_weights.py) is fitted; its regularisation and the margin over the
rules' choice are chosen by five-fold cross-validation over reports, whose held-out date and
slot F1 are written into the file beside the rules'. The file holds names and numbers only.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fit_weights import Report, read_docs, read_jsonl, tune_ids  # noqa: E402
from fit_weights import extract_reports as fit_weights_reports  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "corpus" / "real"
OUT = ROOT / "nkevents" / "data" / "weights" / "date.json"
C_GRID = (0.1, 0.3, 1.0)
MARGINS = (0.0, 0.5, 1.0)
NONE_BIASES = (-1.0, -0.5, 0.0, 0.5)  # added to "no date" when choosing
REPEATS = 3  # cross-validations over reports shuffled anew, averaged
Choice = tuple[float, float]  # margin, none bias

Row = tuple[str, int, list[dict[str, float]], list[int]]  # doc, event, features, labels


def _undated(event: dict[str, Any]) -> dict[str, Any]:
    return {**event, "date": None}


def gold_dates(report: Report) -> list[tuple[bool, str | None]]:
    """For each system event: whether it is scored, and the date it should have."""
    from nkevents.evaluate import align

    gold = report.gold.get("events", [])
    pairs = align([_undated(g) for g in gold], [_undated(s) for s in report.system["events"]])
    back = {si: gi for gi, si in pairs.items()}
    out: list[tuple[bool, str | None]] = []
    for si in range(len(report.system["events"])):
        gi = back.get(si)
        if gi is None:
            out.append((True, None))
        else:
            out.append((not gold[gi].get("optional"), gold[gi].get("date") or None))
    return out


def rows_of(report: Report) -> list[Row]:
    """One group of rows per scored event whose gold date is a candidate."""
    out: list[Row] = []
    for si, ((scored, want), cands) in enumerate(
        zip(gold_dates(report), report.record, strict=True)
    ):
        labels = [int(c.value == want) for c in cands]
        if scored and any(labels) and not all(labels):
            out.append((report.id, si, [dict(c.features) for c in cands], labels))
    return out


def build_rows(reports: Iterable[Report]) -> list[Row]:
    return [row for r in reports for row in rows_of(r)]


def where_gold(report: Report) -> list[str]:
    """For each scored event the rules date wrongly: where its gold date is among its
    candidates ("rules undated: publication month", "rules dated: none", ...)."""
    out = []
    for (scored, want), event, cands in zip(
        gold_dates(report), report.system["events"], report.record, strict=True
    ):
        if not scored or event.get("date") == want:
            continue
        rules = "rules undated" if event.get("date") is None else "rules dated"
        out.append(f"{rules}: {_source(want, cands)}")
    return out


def _source(want: str | None, cands: list[Any]) -> str:
    if want is None:
        return "gold has none"
    held = [c.features for c in cands if c.value == want]
    for name, label in (
        ("in_sentence", "written in the event's sentence"),
        ("coarsened", "month of a day in the event's sentence"),
        ("headline", "written in the first sentence"),
        ("other_event", "written in another event's sentence"),
        ("mention", "written in a sentence near"),
        ("pub_day", "publication day"),
        ("pub_month", "publication month"),
        ("pub_year", "publication year"),
    ):
        found = [f for f in held if f.get(name)]
        if found and name.startswith("pub_"):
            return label
        if found:  # "last month", "지난 3일", "recently": counted from the publication
            relative = any(f.get("relative_rule") for f in found)
            return label + (", counted from publication" if relative else "")
    return "no candidate"


def extract_reports(docs: Iterable[Any], gold: dict[str, dict[str, Any]]) -> list[Report]:
    """Extract each document with a gold key (the rules' dates kept, candidates recorded)."""
    return fit_weights_reports(docs, gold, "date_record")


def dated(
    report: Report, score: Callable[[dict[str, float]], float], margin: float, none_bias: float
) -> dict[str, Any]:
    """The report's extraction with each event dated by the weights (as date_scoring.choose)."""
    from nkevents.extract.date_scoring import choose

    w = _ScoreWeights(score, margin, none_bias)
    events = []
    for event, cands in zip(report.system["events"], report.record, strict=True):
        best = choose(cands, w)  # type: ignore[arg-type]
        events.append({**event, "date": best.value})
    return {**report.system, "events": events}


class _ScoreWeights:
    """A stand-in for date_scoring.Weights around a scoring function."""

    def __init__(
        self, score: Callable[[dict[str, float]], float], margin: float, none_bias: float
    ) -> None:
        self.raw = score
        self.margin = margin
        self.none_bias = none_bias

    def score(self, features: dict[str, float]) -> float:
        return self.raw(features) + (self.none_bias if features.get("none") else 0.0)


def matrix(rows: list[Row], names: tuple[str, ...]) -> Any:
    import numpy as np

    index = {n: i for i, n in enumerate(names)}
    x = []
    for _, _, feats, _ in rows:
        for f in feats:
            line = [0.0] * len(names)
            for name, value in f.items():
                if name in index:
                    line[index[name]] = value
            x.append(line)
    return np.array(x)


def pairs(rows: list[Row], names: tuple[str, ...]) -> tuple[Any, Any]:
    """For each event, (right - wrong, 1) and (wrong - right, 0) for every right and wrong
    candidate: a ranking of one event's candidates learnt by plain logistic regression. Each
    event weighs one in all, however many candidates it has."""
    import numpy as np

    x, y, w = [], [], []
    for row in rows:
        m = matrix([row], names)
        labels = row[3]
        n = sum(labels) * (len(labels) - sum(labels))
        for i, right in enumerate(labels):
            for j, wrong in enumerate(labels):
                if right and not wrong:
                    x.extend([m[i] - m[j], m[j] - m[i]])
                    y.extend([1, 0])
                    w.extend([1 / n, 1 / n])
    return np.array(x), np.array(y), np.array(w)


def fit(rows: list[Row], names: tuple[str, ...], c: float) -> Any:
    from sklearn.linear_model import LogisticRegression

    x, y, w = pairs(rows, names)
    model = LogisticRegression(C=c, max_iter=5000, fit_intercept=False)
    model.fit(x, y, sample_weight=w * len(rows) / max(w.sum(), 1e-9) * 2)
    return model


def scorer(model: Any, names: tuple[str, ...]) -> Callable[[dict[str, float]], float]:
    coef = dict(zip(names, (float(v) for v in model.coef_[0]), strict=True))
    return lambda f: sum(coef.get(k, 0.0) * v for k, v in f.items())


def cross_validate(
    reports: list[Report],
    names: tuple[str, ...],
    c: float,
    choices: Iterable[Choice],
    folds: int = 5,
) -> dict[Choice, dict[str, dict[str, Any]]]:
    """Weights fitted without each fifth of the reports, used on that fifth: the extraction
    of every report so dated, for each margin and bias of "no date"."""
    systems: dict[Choice, dict[str, dict[str, Any]]] = {m: {} for m in choices}
    for fold in range(folds):
        held = [r for i, r in enumerate(reports) if i % folds == fold]
        model = fit(build_rows(r for i, r in enumerate(reports) if i % folds != fold), names, c)
        score = scorer(model, names)
        for m, out in systems.items():
            out.update({r.id: dated(r, score, *m) for r in held})
    return systems


def figures_of(reports: list[Report], systems: dict[str, dict[str, Any]]) -> dict[str, float]:
    from nkevents.evaluate import score

    s = score({r.id: r.gold for r in reports}, systems)
    d = s.by_field["date"]
    return {"date": d.f1, "date_p": d.p, "date_r": d.r, "slot": s.slot_f1}


def weights_file(
    model: Any,
    names: tuple[str, ...],
    adopted: bool,
    margin: float,
    none_bias: float,
    figures: dict[str, Any],
) -> str:
    coef = [round(float(v), 4) for v in model.coef_[0]]
    data = {
        "features": list(names),
        "weights": coef,
        "intercept": 0.0,
        "adopted": adopted,
        "margin": margin,
        "none_bias": none_bias,
        "training": figures,
    }
    return json.dumps(data, indent=1, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument(
        "--extra",
        nargs=2,
        action="append",
        default=[],
        metavar=("GOLD", "DOCS"),
        help="another keyed set (key and texts outside the repository)",
    )
    ap.add_argument(
        "--adopt",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="whether extraction uses the weights (default: as the file says)",
    )
    ap.add_argument(
        "--extra-only", action="store_true", help="fit on the --extra sets alone (for testing)"
    )
    ap.add_argument("--dry-run", action="store_true", help="print the figures, write nothing")
    ap.add_argument(
        "--where", action="store_true", help="print where the gold dates the rules miss are, only"
    )
    ap.add_argument("--out", type=Path, default=OUT, help="the weights file to write")
    args = ap.parse_args(argv)
    from nkevents.extract.date_scoring import FEATURES

    sets: list[tuple[str, Path, Path, set[str] | None]] = []
    sources = SHARED / "sources.tsv"
    if sources.exists() and not args.extra_only:
        real = SHARED / "gold.jsonl", ROOT / ".cache/real/documents.jsonl"
        sets.append(("shared corpus/real tune split", *real, tune_ids(sources)))
    if not args.extra_only:
        own = ROOT / "corpus/real/gold.jsonl", ROOT / ".cache/own/documents.jsonl"
        sets.append(("own corpus/real", *own, None))
    sets += [("extra keyed set", Path(g), Path(d), None) for g, d in args.extra]
    reports: list[Report] = []
    used = []
    for name, gold_path, docs_path, ids in sets:
        if not (gold_path.exists() and docs_path.exists()):
            continue
        gold = read_jsonl(gold_path)
        if ids is not None:
            gold = {k: v for k, v in gold.items() if k in ids}
        reports.extend(extract_reports(read_docs(docs_path, ids), gold))
        used.append(name)
    if args.where:
        tally = Counter(w for r in reports for w in where_gold(r))
        for what, n in tally.most_common():
            print(f"{n:5}  {what}")
        return 0
    rows = build_rows(reports)
    if not rows:
        print("no training rows (are the caches there?)", file=sys.stderr)
        return 1
    names = FEATURES
    rules = figures_of(reports, {r.id: r.system for r in reports})
    scored = {}
    choices = [(m, b) for m in MARGINS for b in NONE_BIASES]
    runs: dict[tuple[float, float, float], list[dict[str, float]]] = {}
    for seed in range(REPEATS):
        shuffled = reports[:]
        random.Random(seed).shuffle(shuffled)
        for c in C_GRID:
            for (m, b), systems in cross_validate(shuffled, names, c, choices).items():
                runs.setdefault((c, m, b), []).append(figures_of(reports, systems))
    for key, found in runs.items():
        scored[key] = {k: round(sum(f[k] for f in found) / len(found), 4) for k in found[0]}
    best = max(scored, key=lambda k: (scored[k]["date"], scored[k]["slot"], -k[0], k[1], k[2]))
    best_c, margin, none_bias = best
    model = fit(rows, names, best_c)
    figures = {
        "sets": used,
        "documents": len(reports),
        "events": sum(len(r.record) for r in reports),
        "rows": len(rows),
        "repeats": REPEATS,
        "C": best_c,
        "margin": margin,
        "none_bias": none_bias,
        "f1_rules": rules,
        "f1_held_out": scored[best],
    }
    print(f"rules               {rules}")
    for (c, m, b), f in scored.items():
        print(f"C={c:<5} margin={m:<4} none_bias={b:<5} {f}")
    print(json.dumps(figures))
    if args.dry_run:
        return 0
    adopted = args.adopt
    if adopted is None:
        adopted = (
            bool(json.loads(args.out.read_text(encoding="utf-8")).get("adopted", False))
            if args.out.exists()
            else False
        )
    text = weights_file(model, names, adopted, margin, none_bias, figures)
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out} (adopted: {adopted})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
