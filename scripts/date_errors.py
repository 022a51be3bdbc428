#!/usr/bin/env python3
"""Where events' dates go wrong, against answer keys: each paired event whose date disagrees
with the key, by what can be told without reading its report.

    .venv/bin/python scripts/date_errors.py --set tune GOLD SYSTEM DOCS [--set own ...]

Each set is an answer key, the `nkevents extract` output of its reports and the reports
themselves (JSON Lines: only the title, the publication date and the offsets of blank lines are
read; keys of blind sets stay outside the repository: give their paths here). Events are paired
as scripts/place_errors.py pairs them: by the scorer's alignment with dates left out, so the
date does not decide the pairing; with --as-scored, as the scorer pairs them (dates in), so
the counts are the errors date F1 sees (a found event dated as another keyed one is then
often paired with that one, and its date is no error). Each paired event (not optional) whose
date disagrees with the key is counted, with the number of reports each count comes from (a
pattern seen in one report is no pattern), under:

* how: spurious (none keyed), missing (keyed, none found), coarser or finer than the key's (one
  a prefix of the other), wrong (another date);
* where the found date was written (its provenance span): in the event's keyed sentences, only
  in another keyed event's sentences, in the headline (the title or the text's first line), in
  no keyed sentence;
* what it is: another keyed event's date, the day, month or year of publication, its precision;
* the rule that dated the found event (its provenance: date.md, date.ko_d.episode, ...);
* where the keyed date is found in the system's own events: another found event's date;
* whether the keyed date is the publication's day, month or year (a report that leaves the
  happening undated, keyed by when it was told).

No text of any report is printed: counts and class names only. The classes a reader finds by
reading the reports (a background clause, a recalled case, a law's date, ...) are tallied by
hand; ARCHITECTURE.md keeps the last tally.
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

from type_confusions import read_jsonl  # noqa: E402

from nkevents.evaluate import align  # noqa: E402

Json = dict[str, Any]
Span = tuple[int, int]


def _spans(event: Json) -> list[Span]:
    return [(int(a), int(b)) for a, b in event.get("evidence") or []]


def _inside(span: Span, spans: list[Span]) -> bool:
    return any(a <= span[0] < b for a, b in spans)


def _headline(doc: Json) -> Span:
    """The span of the text's first line (the headline, when the text opens with one)."""
    text = str(doc.get("text") or "")
    end = text.find("\n")
    return (0, end if end >= 0 else min(len(text), 200))


def how(gold: str | None, found: str | None) -> str:
    """How a found date disagrees with the keyed one."""
    if gold is None:
        return "spurious (none keyed)"
    if found is None:
        return "missing (keyed, none found)"
    if gold.startswith(found):
        return "coarser than the key's"
    if found.startswith(gold):
        return "finer than the key's"
    return "wrong (another date)"


def classes(
    gold: Json, found: Json, others: list[Json], found_others: list[Json], doc: Json
) -> list[str]:
    """The classes of one paired event whose date disagrees with the key."""
    g, s = gold.get("date") or None, found.get("date") or None
    out = [how(g, s)]
    kind = out[0].split(" ")[0]
    if s is not None:
        where = ((found.get("provenance") or {}).get("date") or {}).get("span")
        rule = ((found.get("provenance") or {}).get("date") or {}).get("rule", "?")
        out.append(f"{kind}: dated by {rule}")
        out.append(f"{kind}: precision {('year', 'month', 'day')[min(2, len(s) // 3 - 1)]}")
        if where:
            span = (int(where[0]), int(where[1]))
            other_spans = [sp for o in others for sp in _spans(o)]
            if _inside(span, _spans(gold)):
                out.append(f"{kind}: written in its keyed sentences")
            elif _inside(span, other_spans):
                out.append(f"{kind}: written only in another keyed event's sentences")
            else:
                out.append(f"{kind}: written in no keyed sentence")
            if _inside(span, [_headline(doc)]):
                out.append(f"{kind}: written in the headline")
        if any((o.get("date") or None) == s for o in others):
            out.append(f"{kind}: another keyed event's date")
        published = str(doc.get("published") or "")
        if published and s in (published[:10], published[:7], published[:4]):
            out.append(f"{kind}: the publication's {('year', 'month', 'day')[len(s) // 3 - 1]}")
    if g is not None and any((o.get("date") or None) == g for o in found_others):
        out.append(f"{kind}: the keyed date is another found event's")
    published = str(doc.get("published") or "")
    if g is not None and published and g in (published[:10], published[:7], published[:4]):
        # an event the report leaves undated, keyed by when it was published
        out.append(f"{kind}: keyed the publication's {('year', 'month', 'day')[len(g) // 3 - 1]}")
    return out


def tally(
    sets: list[tuple[str, dict[str, Json], dict[str, Json], dict[str, Json]]],
    as_scored: bool = False,
) -> list[str]:
    counts: Counter[str] = Counter()
    reports: defaultdict[str, set[str]] = defaultdict(set)
    for name, gold_docs, sys_docs, docs in sets:
        for doc_id, gold_doc in gold_docs.items():
            gold = gold_doc.get("events") or []
            found = (sys_docs.get(doc_id) or {}).get("events") or []
            undated = ([{**g, "date": None} for g in gold], [{**s, "date": None} for s in found])
            pairs = align(gold, found) if as_scored else align(*undated)
            for gi, si in pairs.items():
                g, s = gold[gi], found[si]
                if g.get("optional") or (g.get("date") or None) == (s.get("date") or None):
                    continue
                others = [o for gj, o in enumerate(gold) if gj != gi]
                found_others = [o for sj, o in enumerate(found) if sj != si]
                for label in classes(g, s, others, found_others, docs.get(doc_id) or {}):
                    counts[label] += 1
                    reports[label].add(f"{name}:{doc_id}")
    how_paired = "as scored" if as_scored else "dates left out of the pairing"
    out = [f"paired events whose date is wrong or missing ({how_paired})"]
    for label, n in sorted(counts.items(), key=lambda kv: (kv[0].split(":")[0], -kv[1], kv[0])):
        sets_seen = sorted({r.split(":")[0] for r in reports[label]})
        docs_n = len(reports[label])
        out.append(f"  {n:4d} in {docs_n:3d} reports ({', '.join(sets_seen)})  {label}")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--set",
        nargs=4,
        action="append",
        metavar=("NAME", "GOLD", "SYSTEM", "DOCS"),
        required=True,
    )
    ap.add_argument(
        "--as-scored",
        action="store_true",
        help="pair events as the scorer does (dates in): the errors date F1 counts",
    )
    args = ap.parse_args(argv)
    sets = []
    for name, gold, system, documents in args.set:
        paths = [Path(gold), Path(system), Path(documents)]
        missing = [p for p in paths if not p.exists()]
        if missing:
            print(f"{name}: skipped (no {missing[0]})")
            continue
        sets.append((name, *(read_jsonl(p) for p in paths)))
    print("\n".join(tally(sets, args.as_scored)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
