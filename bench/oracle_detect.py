"""Oracle check: can the detectors find every gold date, count and penalty of a corpus?

For each gold event, looks for the gold value among the detectors' values inside the
event's evidence spans ("evidence") and anywhere in the document ("document"); a date
whose value starts with the gold prefix counts as a "prefix" hit. Prints hit rates and
the misses. Usage: python bench/oracle_detect.py [CORPUS_DIR ...] (default: ../shared
corpus dev and seed).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from nkevents.detect.dates import find_dates
from nkevents.detect.numbers import find_counts, find_persons
from nkevents.detect.penalties import find_penalties

SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def inside(start: int, end: int, spans: list[list[int]]) -> bool:
    return any(a <= start and end <= b for a, b in spans)


def values(doc: dict[str, Any]) -> dict[str, list[tuple[int, int, Any]]]:
    """Every detected value of a document with its span, per field."""
    text, lang = doc["text"], doc.get("language")
    return {
        "date": [(d.start, d.end, d.value) for d in find_dates(text, doc.get("published"), lang)],
        "people": [
            (c.start, c.end, c.value)
            for c in find_counts(text, lang) + find_persons(text, lang)
            if not c.audience
        ],
        "penalty": [
            (p.start, p.end, (p.kind, p.min_months, p.max_months))
            for p in find_penalties(text, lang)
            if not p.negated
        ],
    }


def gold_value(event: dict[str, Any], field: str) -> Any:
    value = event.get(field)
    if field == "penalty" and value:
        return (value["kind"], value.get("min_months"), value.get("max_months"))
    return value


def check(
    doc: dict[str, Any], gold: dict[str, Any], tally: Counter[str], misses: list[str]
) -> None:
    """Tally the hits of one document's gold events."""
    outside = misses if "-v" in sys.argv else []
    found = values(doc)
    for event in gold["events"]:
        spans = event.get("evidence", [])
        for field in ("date", "people", "penalty"):
            want = gold_value(event, field)
            if want is None:
                continue
            tag = "optional" if event.get("optional") else "required"
            tally[f"{field} {tag} total"] += 1
            near = [v for s, e, v in found[field] if inside(s, e, spans)]
            anywhere = [v for _, _, v in found[field]]
            if want in near:
                tally[f"{field} {tag} evidence"] += 1
            elif want in anywhere:
                outside.append(f"{doc['id']} {event['type']} {tag} {field}={want} near={near}")
            if want in anywhere:
                tally[f"{field} {tag} document"] += 1
            elif field == "date" and any(str(v).startswith(str(want)) for v in anywhere):
                tally[f"{field} {tag} prefix"] += 1
            else:
                misses.append(f"{doc['id']} {event['type']} {tag} {field}={want} near={near}")


def main(dirs: list[Path]) -> None:
    tally: Counter[str] = Counter()
    misses: list[str] = []
    for folder in dirs:
        docs = [json.loads(line) for line in (folder / "documents.jsonl").open(encoding="utf-8")]
        golds = {
            g["id"]: g for g in map(json.loads, (folder / "gold.jsonl").open(encoding="utf-8"))
        }
        for doc in docs:
            if doc["id"] in golds:
                check(doc, golds[doc["id"]], tally, misses)
    for field in ("date", "people", "penalty"):
        for tag in ("required", "optional"):
            total = tally[f"{field} {tag} total"]
            if total:
                rates = "  ".join(
                    f"{kind} {tally[f'{field} {tag} {kind}'] / total:.2f}"
                    for kind in ("evidence", "document", "prefix")
                )
                print(f"{field:8} {tag:9} n={total:3}  {rates}")
    print(f"\nmisses ({len(misses)}):")
    for miss in misses:
        print("  " + miss)


if __name__ == "__main__":
    folders = [Path(a) for a in sys.argv[1:] if a != "-v"]
    main(folders or [SHARED / "dev", SHARED / "seed"])
