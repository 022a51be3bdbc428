#!/usr/bin/env python3
"""Which types of event reports get, against answer keys: confusions per report, and goods.

    .venv/bin/python scripts/type_confusions.py --set tune GOLD SYSTEM [--set own GOLD SYSTEM ...]
        [--type smuggling --type arrest]

Each set is an answer key and the `nkevents extract` output of its reports (keys of blind sets
stay outside the repository: give their paths here). Events are paired by the scorer's own
alignment (nkevents.evaluate.align). Printed, over all sets together, with the number of
reports each count comes from (a pattern seen in one report is no pattern):

* per type, each keyed event not found, by what the system has at its evidence sentences:
  another event left unpaired (a confusion of types), events paired with other keyed events
  (two happenings folded into one, or a chain link dropped), or nothing (a trigger missed);
* per type, each event found and not keyed, by the keyed events at its evidence;
* what adding a smuggling event to each event told with a trade charge or goods would do:
  how many such events stand where a keyed smuggling event is still unfound (a gain) and how
  many where none is keyed (a spurious event);
* goods by type and charge: how many keyed events carry goods, and over paired events the
  goods found right, found and not keyed, keyed and not found.

No text of any report is printed: counts, types, charges and goods only.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # run from a checkout without installing

from nkevents.evaluate import align  # noqa: E402

Json = dict[str, Any]
TRADE = frozenset({"smuggling", "illegal_trade", "theft", "trafficking", "drugs"})
TRADED_TYPES = ("arrest", "trial", "seizure", "execution", "crackdown")


def read_jsonl(path: Path) -> dict[str, Json]:
    with open(path, encoding="utf-8") as fh:
        rows = (json.loads(line) for line in fh if line.strip())
        return {str(r["id"]): r for r in rows}


def read_sets(named: list[list[str]]) -> list[tuple[str, dict[str, Json], dict[str, Json]]]:
    """Each --set NAME GOLD SYSTEM as (name, key, extraction), by report id; a set whose files
    are not there is skipped with a line saying so."""
    sets = []
    for name, gold, system in named:
        gold_path, sys_path = Path(gold), Path(system)
        if not gold_path.exists() or not sys_path.exists():
            print(f"{name}: skipped (no {gold_path if not gold_path.exists() else sys_path})")
            continue
        sets.append((name, read_jsonl(gold_path), read_jsonl(sys_path)))
    return sets


def overlaps(a: Iterable[list[int]] | None, b: Iterable[list[int]] | None) -> bool:
    bs = list(b or [])
    return any(x[0] < y[1] and y[0] < x[1] for x in a or [] for y in bs)


class Tally:
    """Counts with the reports they come from."""

    def __init__(self) -> None:
        self.n: Counter[tuple[str, ...]] = Counter()
        self.docs: defaultdict[tuple[str, ...], set[str]] = defaultdict(set)

    def add(self, key: tuple[str, ...], doc: str, by: int = 1) -> None:
        self.n[key] += by
        self.docs[key].add(doc)

    def lines(self, title: str) -> list[str]:
        out = [title]
        for key, n in sorted(self.n.items(), key=lambda kv: (-kv[1], kv[0])):
            out.append(f"  {n:4d} in {len(self.docs[key]):3d} reports  {' / '.join(key)}")
        return out


def _charge_class(event: Json) -> str:
    charges = set(event.get("charges") or [])
    if not charges:
        return "no charge"
    return "trade or drugs" if charges & TRADE else "other charges"


def _kind(event: Json) -> str:
    return event["type"] + (" (optional)" if event.get("optional") else "")


def _smuggling_at(events: list[Json], event: Json) -> bool:
    return any(
        o["type"] == "smuggling" and overlaps(o.get("evidence"), event.get("evidence"))
        for o in events
    )


def tally(sets: list[tuple[str, dict[str, Json], dict[str, Json]]], types: set[str]) -> list[str]:
    missed, spurious, added, goods_kept, goods_pairs = Tally(), Tally(), Tally(), Tally(), Tally()
    for name, gold_docs, sys_docs in sets:
        for doc_id, gold_doc in gold_docs.items():
            doc = f"{name}:{doc_id}"
            gold = gold_doc.get("events") or []
            found = (sys_docs.get(doc_id) or {}).get("events") or []
            pairs = align(gold, found)
            paired = set(pairs.values())
            for gi, g in enumerate(gold):
                if g.get("optional"):
                    continue
                goods = "goods" if g.get("commodities") else "no goods"
                goods_kept.add((g["type"], _charge_class(g), goods), doc)
                if gi in pairs:
                    s = found[pairs[gi]]
                    gg, sg = set(g.get("commodities") or []), set(s.get("commodities") or [])
                    split = (("right", gg & sg), ("not keyed", sg - gg), ("missed", gg - sg))
                    for label, items in split:
                        if items:
                            goods_pairs.add((g["type"], _charge_class(g), label), doc, len(items))
                elif g["type"] in types:
                    there = [s for s in found if overlaps(g.get("evidence"), s.get("evidence"))]
                    free = sorted({s["type"] for s in there if found.index(s) not in paired})
                    held = sorted({s["type"] for s in there if found.index(s) in paired})
                    what = (
                        f"unpaired {'+'.join(free)}"
                        if free
                        else (f"paired {'+'.join(held)}" if held else "nothing")
                    )
                    missed.add((g["type"], what), doc)
            for si, s in enumerate(found):
                if si in paired or s["type"] not in types:
                    continue
                there = [g for g in gold if overlaps(g.get("evidence"), s.get("evidence"))]
                kinds = sorted({_kind(g) for g in there})
                spurious.add((s["type"], "+".join(kinds) or "nothing keyed"), doc)
            unfound = [
                g
                for gi, g in enumerate(gold)
                if g["type"] == "smuggling" and not g.get("optional") and gi not in pairs
            ]
            for s in found:
                if s["type"] not in TRADED_TYPES:
                    continue
                traded = set(s.get("charges") or []) & TRADE
                if not traded and not s.get("commodities"):
                    continue
                told = "trade charge" if traded else "goods only"
                if _smuggling_at(found, s):
                    verdict = "a smuggling event found there already"
                elif any(overlaps(g.get("evidence"), s.get("evidence")) for g in unfound):
                    verdict = "gain: an unfound keyed smuggling there"
                elif _smuggling_at(gold, s):
                    verdict = "none: the keyed smuggling there is found"
                else:
                    verdict = "spurious: no smuggling keyed there"
                added.add((s["type"], told, verdict), doc)
    return [
        *missed.lines("keyed, not found: what the system has at its evidence"),
        *spurious.lines("found, not keyed: what the key has at its evidence"),
        *added.lines("a smuggling event added to each event told with a trade charge or goods"),
        *goods_kept.lines("keyed events: goods by type and charges"),
        *goods_pairs.lines("paired events: goods items by type and keyed charges"),
    ]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--set", nargs=3, action="append", metavar=("NAME", "GOLD", "SYSTEM"), required=True
    )
    ap.add_argument("--type", action="append", help="types to list misses of (default: all)")
    args = ap.parse_args(argv)
    sets = read_sets(args.set)
    types = set(args.type) if args.type else set()
    if not types:
        types = {
            e["type"]
            for _, gold, found in sets
            for docs in (gold, found)
            for d in docs.values()
            for e in d.get("events") or []
        }
    print("\n".join(tally(sets, types)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
