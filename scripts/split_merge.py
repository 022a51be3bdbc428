#!/usr/bin/env python3
"""One happening split into two events of a type, and two happenings merged into one.

    .venv/bin/python scripts/split_merge.py --set tune GOLD SYSTEM [--set own GOLD SYSTEM ...]

Each set is an answer key and the `nkevents extract` output of its reports (keys of blind sets
stay outside the repository: give their paths here). Events are paired by the scorer's own
alignment (nkevents.evaluate.align). Printed, over all sets together, with the number of
reports each count comes from (a pattern seen in one report is no pattern):

* split: an event found and not keyed whose type has another event found that is paired,
  where the two share a sentence, or the unpaired one stands at the paired one's keyed
  sentences, or they agree on date, place or count: one happening told twice (a headline or
  lede and the body, two sources, a summary and the detail), by what differs between the two
  events found;
* merge: a keyed event not found whose sentences an event found covers while it is paired
  with another keyed event of its type: two happenings folded into one (a capture and a
  hand-over, two towns, two dates), by what differs between the two keyed events.

No text of any report is printed: counts, types and the fields that differ only.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # run from a checkout without installing
sys.path.insert(0, str(REPO / "scripts"))

from type_confusions import Tally, overlaps, read_sets  # noqa: E402

from nkevents.evaluate import align  # noqa: E402

Json = dict[str, Any]


def _place(event: Json) -> str:
    return str((event.get("location") or {}).get("name") or "").lower()


def _nested(a: str | None, b: str | None) -> bool:
    return bool(a and b and (a.startswith(b) or b.startswith(a)))


def differs(a: Json, b: Json) -> str:
    """What two events of a type disagree on, of date, place and count ("same" for none)."""
    out = []
    if a.get("date") and b.get("date") and not _nested(a["date"], b["date"]):
        out.append("date")
    if _place(a) and _place(b) and _place(a) != _place(b):
        out.append("place")
    if a.get("people") and b.get("people") and a["people"] != b["people"]:
        out.append("count")
    return "+".join(out) or "same"


def _agree(a: Json, b: Json) -> bool:
    return bool(
        (a.get("date") and b.get("date") and _nested(a["date"], b["date"]))
        or (_place(a) and _place(a) == _place(b))
        or (a.get("people") and a.get("people") == b.get("people"))
    )


def tally(sets: list[tuple[str, dict[str, Json], dict[str, Json]]]) -> list[str]:
    splits, merges = Tally(), Tally()
    for name, gold_docs, sys_docs in sets:
        for doc_id, gold_doc in gold_docs.items():
            doc = f"{name}:{doc_id}"
            gold = gold_doc.get("events") or []
            found = (sys_docs.get(doc_id) or {}).get("events") or []
            pairs = align(gold, found)
            keyed = {si: gi for gi, si in pairs.items()}
            for si, s in enumerate(found):
                if si in keyed:
                    continue
                for sj, other in enumerate(found):
                    if sj == si or sj not in keyed or other["type"] != s["type"]:
                        continue
                    at_key = overlaps(s.get("evidence"), gold[keyed[sj]].get("evidence"))
                    shared = overlaps(s.get("evidence"), other.get("evidence"))
                    if at_key or shared or _agree(s, other):
                        splits.add((s["type"], differs(s, other)), doc)
                        break
            for gi, g in enumerate(gold):
                if g.get("optional") or gi in pairs:
                    continue
                for si, s in enumerate(found):
                    if si not in keyed or s["type"] != g["type"]:
                        continue
                    if overlaps(g.get("evidence"), s.get("evidence")):
                        merges.add((g["type"], differs(g, gold[keyed[si]])), doc)
                        break
    return [
        *splits.lines("split: a found event not keyed beside one of its type that is paired"),
        *merges.lines("merge: a keyed event not found, its sentences in a paired event"),
        f"reports showing a split: {_reports(splits)}, a merge: {_reports(merges)}",
    ]


def _reports(t: Tally) -> int:
    return len(set().union(*t.docs.values())) if t.docs else 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--set", nargs=3, action="append", metavar=("NAME", "GOLD", "SYSTEM"), required=True
    )
    args = ap.parse_args(argv)
    sets = read_sets(args.set)
    print("\n".join(tally(sets)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
