#!/usr/bin/env python3
"""Where events' arguments other than the date go wrong, against answer keys: people, penalty
kind, charges and goods of each paired event, by what can be told without reading its report.

    .venv/bin/python scripts/slot_errors.py --set tune GOLD SYSTEM [--set own GOLD SYSTEM ...]
        [--list people]

Each set is an answer key and the `nkevents extract` output of its reports (keys of blind sets
stay outside the repository: give their paths here). Events are paired by the scorer's own
alignment (nkevents.evaluate.align). Each paired event (not optional) is counted, with the
number of reports and the sets each count comes from (a pattern seen in one report is no
pattern), under:

* people: missing (keyed, none found), spurious (none keyed), more or fewer than keyed; the
  found count another keyed event's of the report; the rule that found it;
* penalty kind: keyed kind -> found kind (`none` for no penalty);
* charges and goods: each item missed (keyed, not found) or not keyed (found), by item and the
  event's type;
* location and admin1: missing, spurious, wrong (scripts/place_errors.py tells the why).

`--list SLOT` prints, for reading the reports by hand, the report id, event type and keyed and
found values of each paired event whose SLOT disagrees. No text of any report is printed.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # run from a checkout without installing
sys.path.insert(0, str(REPO / "scripts"))

from type_confusions import Tally, read_sets  # noqa: E402

from nkevents.evaluate import align, comparable, same  # noqa: E402

Json = dict[str, Any]
SLOTS = ("people", "penalty_kind", "charges", "commodities", "location", "admin1")


def _how(g: object, s: object) -> str:
    return "missing" if s is None else "spurious" if g is None else "wrong"


def _rule(event: Json, name: str) -> str:
    return str(((event.get("provenance") or {}).get(name) or {}).get("rule", "?"))


def classes(slot: str, gold: Json, found: Json, others: list[Json]) -> list[tuple[str, ...]]:
    """The classes of one paired event's disagreement on one slot (none when they agree)."""
    g, s = comparable(gold)[slot], comparable(found)[slot]
    if slot in ("charges", "commodities"):
        gs, ss = set(g or ()), set(s or ())  # type: ignore[arg-type]
        out = [("missed", item, gold["type"]) for item in sorted(gs - ss)]
        out += [("not keyed", item, gold["type"]) for item in sorted(ss - gs)]
        if gs and not ss:
            out.append(("none found", gold["type"]))
        return out
    if g is None and s is None or (g is not None and same(slot, gold, g, s)):
        return []
    how = _how(g, s)
    if slot == "people":
        out = [(how,)]
        if how == "wrong":
            out.append(("more than keyed" if s > g else "fewer than keyed",))  # type: ignore[operator]
        if s is not None:
            out.append((f"found by {_rule(found, 'people')}",))
            if any(o.get("people") == s for o in others):
                out.append(("another keyed event's count",))
        return out
    if slot == "penalty_kind":
        return [(f"{g or 'none'} -> {s or 'none'}", gold["type"])]
    return [(how, gold["type"])]


Sets = list[tuple[str, dict[str, Json], dict[str, Json]]]


def tally(sets: Sets, listed: str | None) -> list[str]:
    tallies = {slot: Tally() for slot in SLOTS}
    in_sets: dict[tuple[str, tuple[str, ...]], set[str]] = {}
    listing: list[str] = []
    for name, gold_docs, sys_docs in sets:
        for doc_id, gold_doc in gold_docs.items():
            doc = f"{name}:{doc_id}"
            gold = gold_doc.get("events") or []
            found = (sys_docs.get(doc_id) or {}).get("events") or []
            for gi, si in align(gold, found).items():
                g, s = gold[gi], found[si]
                if g.get("optional"):
                    continue
                others = [o for gj, o in enumerate(gold) if gj != gi]
                for slot in SLOTS:
                    found_classes = classes(slot, g, s, others)
                    for key in found_classes:
                        tallies[slot].add(key, doc)
                        in_sets.setdefault((slot, key), set()).add(name)
                    if found_classes and slot == listed:
                        gv, sv = comparable(g)[slot], comparable(s)[slot]
                        listing.append(f"  {doc}  {g['type']}  keyed {gv}  found {sv}")
    out: list[str] = []
    for slot in SLOTS:
        out.append(f"{slot}: paired events that disagree")
        t = tallies[slot]
        for key, n in sorted(t.n.items(), key=lambda kv: (-len(t.docs[kv[0]]), -kv[1], kv[0])):
            seen = ", ".join(sorted(in_sets[(slot, key)]))
            out.append(f"  {n:4d} in {len(t.docs[key]):3d} reports ({seen})  {' / '.join(key)}")
    if listed:
        out += [f"{listed}: each disagreement", *listing]
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--set", nargs=3, action="append", metavar=("NAME", "GOLD", "SYSTEM"), required=True
    )
    ap.add_argument("--list", choices=SLOTS, help="list each disagreement of this slot")
    args = ap.parse_args(argv)
    print("\n".join(tally(read_sets(args.set), args.list)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
