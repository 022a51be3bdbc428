#!/usr/bin/env python3
"""Fit the weights that choose an event's place (nkevents/data/weights/place.json).

    .venv/bin/python scripts/fit_weights.py [--adopt | --no-adopt] [--dry-run]

Training rows come from the tune split of ../shared/corpus/real (never the check split) and the
project's own real set (corpus/real/gold.jsonl), with their texts from .cache/real and
.cache/own. Each report is extracted; each system event is paired with a gold event by the
scorer's own alignment (places left out, so the rules' place does not decide the pairing); each
place candidate of a paired event (extract/place_scoring.py) is a row, labelled 1 when it is
the gold place (its name or an accepted alternative; "no place" when gold has none). Events
whose gold place is no candidate teach nothing about the choice and are left out.

scikit-learn's LogisticRegression is fitted on the rows; its regularisation is chosen by
cross-validation over reports (five folds), which also gives the held-out figures written
into the file beside the weights: how often the best-scored candidate is the gold place,
against how often the rules' choice is. The file holds feature names and numbers only.
scikit-learn is a development dependency (`pip install -e '.[dev]'`), not needed at run time.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "corpus" / "real"
OUT = ROOT / "nkevents" / "data" / "weights" / "place.json"
C_GRID = (0.03, 0.1, 0.3, 1.0)
MARGINS = (0.0, 0.5, 1.0, 2.0)  # how far above the rules' choice a candidate must score

Row = tuple[str, int, list[dict[str, float]], list[int]]  # doc, event, features, labels


def tune_ids(sources: Path) -> set[str]:
    """The ids of the tune split (the check split is never read for fitting)."""
    with open(sources, encoding="utf-8") as fh:
        return {r["id"] for r in csv.DictReader(fh, delimiter="\t") if r["split"] == "tune"}


def read_jsonl(path: Path) -> dict[str, dict[str, Any]]:
    with open(path, encoding="utf-8") as fh:
        rows = (json.loads(line) for line in fh if line.strip())
        return {str(r["id"]): r for r in rows}


def _unplaced(event: dict[str, Any]) -> dict[str, Any]:
    return {**event, "location": None}


def is_gold_place(location: dict[str, Any] | None, gold: dict[str, Any]) -> bool:
    """Whether a candidate's place (None: no place) is the gold event's, as the scorer says."""
    from nkevents.evaluate import accepted, norm_place

    if gold.get("location") is None:
        return location is None
    if location is None:
        return False
    names = accepted("location", gold) or set()
    return norm_place(location.get("name")) in names


def rows_of(
    doc_id: str,
    gold_events: list[dict[str, Any]],
    sys_events: list[dict[str, Any]],
    record: list[list[Any]],
) -> list[Row]:
    """One group of rows per system event paired with a gold event whose place is a candidate."""
    from nkevents.evaluate import align

    pairs = align([_unplaced(g) for g in gold_events], [_unplaced(s) for s in sys_events])
    out: list[Row] = []
    for gi, si in sorted(pairs.items()):
        cands = record[si]
        if not cands:
            continue
        labels = [
            int(is_gold_place(None if c.location is None else _loc(c.location), gold_events[gi]))
            for c in cands
        ]
        if any(labels):
            out.append((doc_id, si, [dict(c.features) for c in cands], labels))
    return out


def _loc(location: Any) -> dict[str, Any]:
    return {"name": location.name, "admin1": location.admin1}


@dataclass
class Report:
    """One report of a training set: its gold events, the rules' extraction and the place
    candidates of each extracted event."""

    id: str
    gold: dict[str, Any]
    system: dict[str, Any]
    record: list[list[Any]]


def extract_reports(
    docs: Iterable[Any], gold: dict[str, dict[str, Any]], recorded: str = "place_record"
) -> list[Report]:
    """Extract each document with a gold key (the rules' choices kept, the candidates of the
    choice `extract` records under recorded, place_record or date_record, kept too)."""
    from nkevents.extract import extract
    from nkevents.model import to_json

    out = []
    for doc in docs:
        if doc.id in gold:
            record: list[list[Any]] = []
            ext = extract(doc, **{recorded: record})
            out.append(Report(doc.id, gold[doc.id], to_json(ext), record))
    return out


def build_rows(reports: Iterable[Report]) -> list[Row]:
    """The rows of every paired event of the reports."""
    rows: list[Row] = []
    for r in reports:
        rows.extend(rows_of(r.id, r.gold.get("events", []), r.system["events"], r.record))
    return rows


def placed(report: Report, score: Any, margin: float = 0.0) -> dict[str, Any]:
    """The report's extraction with each event placed at its best-scored candidate, where it
    scores more than `margin` above the rules' choice."""
    from nkevents.extract.place_scoring import rules_choice

    events = []
    for event, cands in zip(report.system["events"], report.record, strict=True):
        if cands:
            best = max(cands, key=lambda c: score(c.features))
            rule = rules_choice(cands)
            if score(best.features) > score(rule.features) + margin:
                event = {**event, "location": _record(best.location)}
        events.append(event)
    return {**report.system, "events": events}


def _record(location: Any) -> dict[str, Any] | None:
    if location is None:
        return None
    from dataclasses import asdict

    return {k: v for k, v in asdict(location).items() if v is not None}


def matrix(rows: list[Row], names: tuple[str, ...]) -> tuple[Any, Any, Any, Any]:
    """Features as a matrix (one line per candidate), labels, report of each line, event key."""
    import numpy as np

    index = {n: i for i, n in enumerate(names)}
    x, y, groups, events = [], [], [], []
    for k, (doc, _, feats, labels) in enumerate(rows):
        for f, label in zip(feats, labels, strict=True):
            line = [0.0] * len(names)
            for name, value in f.items():
                if name in index:  # a feature left out of `names` is not read
                    line[index[name]] = value
            x.append(line)
            y.append(label)
            groups.append(doc)
            events.append(k)
    return np.array(x), np.array(y), np.array(groups), np.array(events)


def pairs(rows: list[Row], names: tuple[str, ...]) -> tuple[Any, Any]:
    """The choice as pairs: for each event, (right - wrong, 1) and (wrong - right, 0) for
    every right and wrong candidate, so that a model without intercept learns to rank the
    candidates of one event (a conditional logit fitted by plain logistic regression)."""
    import numpy as np

    x, y = [], []
    for row in rows:
        m, _, _, _ = matrix([row], names)
        labels = row[3]
        for i, right in enumerate(labels):
            for j, wrong in enumerate(labels):
                if right and not wrong:
                    x.extend([m[i] - m[j], m[j] - m[i]])
                    y.extend([1, 0])
    return np.array(x), np.array(y)


def fit(rows: list[Row], names: tuple[str, ...], c: float) -> Any:
    """Logistic regression on the pairs of each event's candidates."""
    from sklearn.linear_model import LogisticRegression

    x, y = pairs(rows, names)
    model = LogisticRegression(C=c, max_iter=5000, fit_intercept=False)
    model.fit(x, y)
    return model


def top_right(rows: list[Row], scores: list[float]) -> int:
    """How many events have a gold place as their best-scored candidate (the first of equals)."""
    right, k = 0, 0
    for _, _, feats, labels in rows:
        part = scores[k : k + len(feats)]
        best = max(range(len(part)), key=lambda i: (part[i], -i))
        right += labels[best]
        k += len(feats)
    return right


def rule_right(rows: list[Row]) -> int:
    """How many events the rules place right (their pick, or no place when they have none)."""
    right = 0
    for _, _, feats, labels in rows:
        pick = next((i for i, f in enumerate(feats) if f.get("rule")), None)
        if pick is None:
            pick = next(i for i, f in enumerate(feats) if f.get("none"))
        right += labels[pick]
    return right


def scorer(model: Any, names: tuple[str, ...]) -> Callable[[dict[str, float]], float]:
    coef = dict(zip(names, (float(v) for v in model.coef_[0]), strict=True))
    return lambda f: sum(coef.get(k, 0.0) * v for k, v in f.items())


def cross_validate(
    reports: list[Report], names: tuple[str, ...], c: float, margin: float, folds: int = 5
) -> tuple[int, dict[str, dict[str, Any]]]:
    """Weights fitted without each fifth of the reports, tried on that fifth: the events placed
    right among the paired ones, and the extraction of every report so placed."""
    right, systems = 0, {}
    for fold in range(folds):
        held = [r for i, r in enumerate(reports) if i % folds == fold]
        train = build_rows(r for i, r in enumerate(reports) if i % folds != fold)
        model = fit(train, names, c)
        test = build_rows(held)
        if test:
            tx, _, _, _ = matrix(test, names)
            right += top_right(test, list(model.decision_function(tx)))
        score = scorer(model, names)
        systems.update({r.id: placed(r, score, margin) for r in held})
    return right, systems


def figures_of(reports: list[Report], systems: dict[str, dict[str, Any]]) -> dict[str, float]:
    """Location, admin1 and slot F1 of the reports' extractions."""
    from nkevents.evaluate import score

    s = score({r.id: r.gold for r in reports}, systems)
    return {
        "location": s.by_field["location"].f1,
        "admin1": s.by_field["admin1"].f1,
        "slot": s.slot_f1,
    }


def weights_file(
    model: Any, names: tuple[str, ...], adopted: bool, margin: float, figures: dict[str, Any]
) -> str:
    """The weights as the JSON text of the data file: names, numbers and training figures."""
    coef = [round(float(v), 4) for v in model.coef_[0]]
    data = {
        "features": list(names),
        "weights": coef,
        "intercept": 0.0,
        "adopted": adopted,
        "margin": margin,
        "training": figures,
    }
    return json.dumps(data, indent=1, ensure_ascii=False) + "\n"


def read_docs(path: Path, ids: set[str] | None) -> list[Any]:
    from nkevents.model import Document
    from nkevents.read import read_paths

    docs = [d for d in read_paths([str(path)]) if isinstance(d, Document)]
    return [d for d in docs if ids is None or d.id in ids]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument(
        "--adopt",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="whether extraction uses the weights (default: as the file says)",
    )
    ap.add_argument("--dry-run", action="store_true", help="print the figures, write nothing")
    args = ap.parse_args(argv)
    from nkevents.extract.place_scoring import FEATURES

    tune = tune_ids(SHARED / "sources.tsv")
    sets = [
        (SHARED / "gold.jsonl", ROOT / ".cache/real/documents.jsonl", tune),
        (ROOT / "corpus/real/gold.jsonl", ROOT / ".cache/own/documents.jsonl", None),
    ]
    reports: list[Report] = []
    for gold_path, docs_path, ids in sets:
        gold = read_jsonl(gold_path)
        if ids is not None:
            gold = {k: v for k, v in gold.items() if k in ids}
        reports.extend(extract_reports(read_docs(docs_path, ids), gold))
    rows = build_rows(reports)
    if not rows:
        print("no training rows (are the caches there?)", file=sys.stderr)
        return 1
    names = FEATURES
    grid = [(c, m) for c in C_GRID for m in MARGINS]
    held = {cm: cross_validate(reports, names, *cm) for cm in grid}
    rules = figures_of(reports, {r.id: r.system for r in reports})
    scored = {cm: figures_of(reports, held[cm][1]) for cm in grid}
    best = max(grid, key=lambda cm: (scored[cm]["location"] + scored[cm]["admin1"], -cm[0]))
    best_c, margin = best
    model = fit(rows, names, best_c)
    x, y, _, _ = matrix(rows, names)
    figures = {
        "sets": ["shared corpus/real tune split", "own corpus/real"],
        "documents": len(reports),
        "paired_events": len(rows),
        "candidates": int(len(y)),
        "C": best_c,
        "margin": margin,
        "paired_right": {
            "rules": rule_right(rows),
            "held_out": held[best][0],
            "fitted": top_right(rows, list(model.decision_function(x))),
        },
        "f1_rules": rules,
        "f1_held_out": scored[best],
    }
    print(f"rules     right {rule_right(rows)}/{len(rows)}  {rules}")
    for c, m in grid:
        print(f"C={c:<5} margin={m:<4} right {held[c, m][0]}/{len(rows)}  {scored[c, m]}")
    print(json.dumps(figures))
    if args.dry_run:
        return 0
    adopted = args.adopt
    if adopted is None:
        adopted = bool(json.loads(OUT.read_text(encoding="utf-8")).get("adopted", False))
    OUT.write_text(weights_file(model, names, adopted, margin, figures), encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)} (adopted: {adopted})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
