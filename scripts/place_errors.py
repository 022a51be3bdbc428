#!/usr/bin/env python3
"""Where events' places go wrong, against answer keys: each paired event whose place is wrong
or missing, by what can be told without reading its report.

    .venv/bin/python scripts/place_errors.py --set tune GOLD SYSTEM [--set own GOLD SYSTEM ...]

Each set is an answer key and the `nkevents extract` output of its reports (keys of blind sets
stay outside the repository: give their paths here). Events are paired as
scripts/fit_weights.py pairs them: by the scorer's alignment with places left out, so the
place does not decide the pairing. Each paired event (not optional) whose place disagrees
with the key is counted, with the number of reports each count comes from (a pattern seen in
one report is no pattern), under:

* how: missing (keyed, none found), wrong (another place found), spurious (none keyed);
* why, where the records tell: the place is another keyed event's of the report; a province
  where its town is keyed or the reverse; a country where a town is keyed; a place outside
  North Korea where one inside it is keyed; the key's place unknown to the gazetteer; and the
  rule that placed the found event (its provenance: places.locate, places.country, ...).

No text of any report is printed: counts and class names only. The classes a reader finds by
reading the reports (a source's home, a place in an organisation's name, a destination, ...)
are tallied by hand; ARCHITECTURE.md keeps the last tally.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # run from a checkout without installing
sys.path.insert(0, str(REPO / "scripts"))

from type_confusions import read_sets  # noqa: E402

from nkevents.evaluate import accepted, align, norm_admin1, norm_place  # noqa: E402
from nkevents.gazetteer import candidates  # noqa: E402

Json = dict[str, Any]
KP_PROVINCES = frozenset(
    norm_admin1(p)
    for p in (
        "Pyongyang", "South Pyongan", "North Pyongan", "Chagang", "South Hwanghae",
        "North Hwanghae", "Kangwon", "South Hamgyong", "North Hamgyong", "Ryanggang", "Rason",
        "Nampo", "Kaesong",
    )
)  # fmt: skip


def _place(event: Json) -> Json | None:
    loc = event.get("location")
    return {"name": loc} if isinstance(loc, str) else loc or None


def classes(gold: Json, found: Json, others: set[str | None]) -> list[str]:
    """The classes of one paired event whose place disagrees with the key."""
    g, s = _place(gold), _place(found)
    out = ["missing" if s is None else "spurious" if g is None else "wrong"]
    if s is not None and norm_place(s.get("name")) in others:
        out.append("another keyed event's place")
    if g is not None and s is not None:
        g1, s1 = norm_admin1(g.get("admin1")), norm_admin1(s.get("admin1"))
        if s.get("kind") == "province" and norm_admin1(s.get("name")) == g1:
            out.append("a province where its town is keyed")
        elif g.get("kind") == "province" and s1 == norm_admin1(g.get("name")):
            out.append("a town where its province is keyed")
        if s.get("kind") == "country" and g.get("kind") != "country":
            out.append("a country where a town is keyed")
        if s.get("country") not in (None, "KP") and g1 in KP_PROVINCES:
            out.append("abroad where North Korea is keyed")
    if g is not None:
        names = [g.get("name"), *(g.get("alt") or [])]
        if not any(candidates(str(n)) for n in names if n):
            out.append("keyed place unknown to the gazetteer")
    if s is not None:
        rule = ((found.get("provenance") or {}).get("location") or {}).get("rule", "?")
        out.append(f"placed by {rule}")
    return out


def tally(sets: list[tuple[str, dict[str, Json], dict[str, Json]]]) -> list[str]:
    counts: Counter[str] = Counter()
    reports: defaultdict[str, set[str]] = defaultdict(set)
    for name, gold_docs, sys_docs in sets:
        for doc_id, gold_doc in gold_docs.items():
            gold = gold_doc.get("events") or []
            found = (sys_docs.get(doc_id) or {}).get("events") or []
            pairs = align(
                [{**g, "location": None} for g in gold], [{**s, "location": None} for s in found]
            )
            for gi, si in pairs.items():
                g, s = gold[gi], found[si]
                if g.get("optional") or (_place(g) is None and _place(s) is None):
                    continue
                gp, sp = _place(g), _place(s)
                if gp and sp and norm_place(sp["name"]) in (accepted("location", g) or set()):
                    continue
                others: set[str | None] = set()
                for gj, o in enumerate(gold):
                    if gj != gi and _place(o) is not None:
                        others |= accepted("location", o) or set()
                for label in classes(g, s, others):
                    counts[label] += 1
                    reports[label].add(f"{name}:{doc_id}")
    out = ["paired events whose place is wrong or missing"]
    for label, n in counts.most_common():
        sets_seen = sorted({r.split(":")[0] for r in reports[label]})
        docs = len(reports[label])
        out.append(f"  {n:4d} in {docs:3d} reports ({', '.join(sets_seen)})  {label}")
    return out


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
