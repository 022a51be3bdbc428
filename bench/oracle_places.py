"""Oracle evaluation of the geocoder: locate() on gold evidence, scored as eval/score.py does.

    python bench/oracle_places.py [CORPUS_DIR ...] [--show]

For each gold event, calls locate(text, find_places(text), evidence, type) and compares
the result with the gold location (name or alt, admin1 after province folding).
Prints name and admin1 accuracy over gold events with a location, and the claims made
for events whose gold location is null. --first-span gives locate() only the first
evidence sentence, as an extractor that keeps one sentence per event would.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

from nkevents.detect.places import find_places, locate

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"


def scorer() -> ModuleType:
    """The shared scorer, for its normalisation."""
    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def read(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def evaluate(corpus: Path, show: bool, score: ModuleType, first: bool = False) -> dict[str, int]:
    tally = {
        "located": 0,
        "name_ok": 0,
        "admin1_gold": 0,
        "admin1_ok": 0,
        "null": 0,
        "null_claims": 0,
    }
    for doc, gold in zip(
        read(corpus / "documents.jsonl"), read(corpus / "gold.jsonl"), strict=True
    ):
        mentions = find_places(doc["text"])
        for event in gold["events"]:
            if event.get("optional") or "evidence" not in event:
                continue
            spans = [tuple(s) for s in event["evidence"]][: 1 if first else None]
            got = locate(doc["text"], mentions, spans, event["type"])
            loc = event.get("location")
            name = score.norm_place(got.name) if got else None
            if not loc:
                tally["null"] += 1
                tally["null_claims"] += got is not None
                if got and show:
                    print(f"FP  {doc['id'][:28]:28} {event['type']:10} got {got.name}/{got.admin1}")
                continue
            tally["located"] += 1
            ok = score.location_ok(event, name)
            tally["name_ok"] += ok
            g1 = score.norm_admin1(loc.get("admin1"))
            a1 = score.norm_admin1(got.admin1) if got else None
            if g1 is not None:
                tally["admin1_gold"] += 1
                tally["admin1_ok"] += g1 == a1
            if show and (not ok or g1 != a1):
                got_s = f"{got.name}/{got.admin1}" if got else None
                gold_s = f"{loc['name']}/{loc.get('admin1')}"
                print(f"ERR {doc['id'][:28]:28} {event['type']:10} gold {gold_s} got {got_s}")
    return tally


def main(argv: list[str]) -> int:
    show = "--show" in argv
    dirs = [Path(a) for a in argv if not a.startswith("--")] or [SHARED / "corpus" / "dev"]
    score = scorer()
    for corpus in dirs:
        t = evaluate(corpus, show, score, "--first-span" in argv)
        name = t["name_ok"] / max(1, t["located"])
        admin1 = t["admin1_ok"] / max(1, t["admin1_gold"])
        print(
            f"{corpus.name}: name {t['name_ok']}/{t['located']} = {name:.3f}"
            f"  admin1 {t['admin1_ok']}/{t['admin1_gold']} = {admin1:.3f}"
            f"  claims on null-location events {t['null_claims']}/{t['null']}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
