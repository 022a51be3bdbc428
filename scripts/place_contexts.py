#!/usr/bin/env python3
"""What stands around the places events get, against answer keys: counts per context.

    .venv/bin/python scripts/place_contexts.py --set tune GOLD SYSTEM DOCUMENTS
        [--set own GOLD SYSTEM DOCUMENTS ...]

Each set is an answer key, the `nkevents extract` output of its reports and the reports
themselves (keys and texts of blind sets stay outside the repository: give their paths here).
Events are paired by the scorer's own alignment (nkevents.evaluate.align). Each mention of a
place is told by the first context that fits it (the detector's own facts, then a few read
here only for counting):

* `authority`: a police force, court, customs post or security department of the place
  ("the Hyesan police", "온성군 보위부", "단둥 세관");
* `company seat`: a company or an office of the place ("a trading company in Tianjin",
  "Kumsong Trading Limited of Nampo", "도쿄 사무소");
* `lives there`: where a person lives or comes from ("a couple living in Onsong",
  "혜산에 사는", "회령 출신"); `whence`: the detector's "개성 장사꾼", "청진에서 온";
* the detector's facts: dateline, metonym, speakers_seat, describes_person, vessel,
  body_or_brand, source_home, went_to, handed_on, from, destination, path, ko_origin,
  ko_destination;
* `plain` otherwise.

Printed, over all sets together, with the number of reports each count comes from:

* each place found (events of a kept pair or unpaired), by the contexts of its mentions in
  the event's evidence (`plain` when any mention there is plain; `not in evidence` when none
  stands there) and whether the key has it (right), has another or none (wrong), or keys no
  such event (unpaired);
* each keyed place the system missed or got wrong, by the contexts of its mentions in the
  keyed event's evidence.

No text of any report is printed: counts and context names only.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # run from a checkout without installing
sys.path.insert(0, str(REPO / "scripts"))

from type_confusions import read_jsonl  # noqa: E402

from nkevents.detect.places import (  # noqa: E402
    PlaceMention,
    find_places,
    mention_facts,
    whence_people_came,
)
from nkevents.evaluate import accepted, align, comparable, norm_place, same  # noqa: E402

Json = dict[str, Any]
# the detector's facts that tell a mention is not (or not only) where, in the order told
FACTS = (
    "dateline",
    "metonym",
    "speakers_seat",
    "describes_person",
    "vessel",
    "body_or_brand",
    "source_home",
    "went_to",
    "handed_on",
    "from",
    "destination",
    "path",
    "ko_origin",
    "ko_destination",
)
_AUTHORITY = re.compile(
    r"(?i)(?:\s?\([^()\n]{1,10}\))?(?:\s?(?:city|county|provincial|municipal|prefectural|"
    r"시|군|도|현|구역))?\s?(?:security department|security bureau|public security|"
    r"police|court|customs|보위부|보안서|보안부|안전부|보위국|안전국|공안국|공안|경찰|"
    r"법원|재판소|세관|해관|검찰소)"
)
_COMPANY_BEFORE = re.compile(
    r"(?i)\b(?:compan(?:y|ies)|firms?|subsidiar(?:y|ies)|corporations?|limited|ltd|inc|corp|"
    r"co|trading house)\.?,?\s+(?:(?:based|headquartered|registered)\s+)?(?:in|of)\s+"
    r"(?:the\s+)?$"
)
_COMPANY_AFTER = re.compile(r"\s?(?:무역회사|회사|사무소|지국)")
_LIVES_BEFORE = re.compile(
    r"(?i)\b(?:natives?\s+of|born\s+in|raised\s+in|residents?\s+of|hails?\s+from|"
    r"hailed\s+from|(?:who\s+)?(?:lives?|lived|living)\s+in)\s+(?:the\s+)?$"
)
_LIVES_AFTER = re.compile(
    r"(?i)(?:-born\b|\s+natives?\b|(?:시|군|도|현|구역)?\s?(?:출신|태생|"
    r"(?:에|에서)\s?(?:사는|살던|살고|거주)))"
)


def context(text: str, p: PlaceMention, event_type: str) -> str:
    """The first context that fits a place mention ('plain' when none does)."""
    if _AUTHORITY.match(text, p.end):
        return "authority"
    if _COMPANY_BEFORE.search(text, max(0, p.start - 50), p.start) or _COMPANY_AFTER.match(
        text, p.end
    ):
        return "company seat"
    if _LIVES_BEFORE.search(text, max(0, p.start - 40), p.start) or _LIVES_AFTER.match(text, p.end):
        return "lives there"
    if whence_people_came(text, p):
        return "whence"
    facts = mention_facts(text, p, event_type)
    return next((f for f in FACTS if facts[f]), "plain")


def _inside(p: PlaceMention, spans: list[list[int]] | None) -> bool:
    return any(a <= p.start < b for a, b in spans or [])


def contexts_of(text: str, places: list[PlaceMention], names: set[str | None], event: Json) -> str:
    """The contexts of the mentions of a place (any of `names`) in an event's evidence."""
    found = {
        context(text, p, event["type"])
        for p in places
        if norm_place(p.candidates[0].name) in names and _inside(p, event.get("evidence"))
    }
    if not found:
        return "not in evidence"
    return "plain" if "plain" in found else "+".join(sorted(found))


class Tally:
    """Counts with the reports they come from."""

    def __init__(self) -> None:
        self.n: Counter[tuple[str, ...]] = Counter()
        self.docs: defaultdict[tuple[str, ...], set[str]] = defaultdict(set)

    def add(self, key: tuple[str, ...], doc: str) -> None:
        self.n[key] += 1
        self.docs[key].add(doc)

    def lines(self, title: str) -> list[str]:
        out = [title]
        for key, n in sorted(self.n.items(), key=lambda kv: (kv[0][0] == "plain", -kv[1], kv[0])):
            out.append(f"  {n:4d} in {len(self.docs[key]):3d} reports  {' / '.join(key)}")
        return out


def tally(sets: list[tuple[str, dict[str, Json], dict[str, Json], dict[str, Json]]]) -> list[str]:
    chosen, missed = Tally(), Tally()
    for name, gold_docs, sys_docs, texts in sets:
        for doc_id, gold_doc in gold_docs.items():
            if doc_id not in texts:
                continue
            doc = f"{name}:{doc_id}"
            text = str(texts[doc_id]["text"])
            places = find_places(text)
            gold = gold_doc.get("events") or []
            found = (sys_docs.get(doc_id) or {}).get("events") or []
            pairs = align(gold, found)
            back = {si: gi for gi, si in pairs.items()}
            for si, s in enumerate(found):
                place = comparable(s)["location"]
                gi = back.get(si)
                if place is None or (gi is not None and gold[gi].get("optional")):
                    continue
                if gi is None:
                    verdict = "unpaired"
                else:
                    ok = same("location", gold[gi], comparable(gold[gi])["location"], place)
                    verdict = "right" if ok else "wrong"
                chosen.add((contexts_of(text, places, {place}, s), verdict), doc)
            for gi, g in enumerate(gold):
                keyed = comparable(g)["location"]
                if g.get("optional") or keyed is None:
                    continue
                s = found[pairs[gi]] if gi in pairs else None
                if s is None:
                    continue  # an event missed, not its place
                if same("location", g, keyed, comparable(s)["location"]):
                    continue
                got = "none found" if comparable(s)["location"] is None else "another found"
                names = accepted("location", g) or {keyed}
                missed.add((contexts_of(text, places, names, g), got), doc)
    return [
        *chosen.lines("places found: contexts of their mentions in the evidence / verdict"),
        *missed.lines("keyed places not found: contexts of their mentions in the evidence"),
    ]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--set",
        nargs=4,
        action="append",
        metavar=("NAME", "GOLD", "SYSTEM", "DOCUMENTS"),
        required=True,
    )
    args = ap.parse_args(argv)
    sets = []
    for name, *paths in args.set:
        absent = [p for p in map(Path, paths) if not p.exists()]
        if absent:
            print(f"{name}: skipped (no {absent[0]})")
            continue
        gold, system, documents = (read_jsonl(Path(p)) for p in paths)
        sets.append((name, gold, system, documents))
    print("\n".join(tally(sets)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
