#!/usr/bin/env python3
"""Which event words start events that no key holds: each word's events found, paired or not.

    .venv/bin/python scripts/event_words.py --set tune GOLD DOCUMENTS [--set own GOLD DOCS ...]
        [--least 2]

Each set is an answer key and the documents it keys (JSON Lines; keys of blind sets stay
outside the repository: give their paths here). The documents are extracted afresh and
paired with the key by the scorer's own alignment (nkevents.evaluate.align). Each event found
is put under the strong words of its type that start it (the strong mentions the realis gate
keeps at its evidence sentences, by word in lower case), as paired with a keyed event or
not keyed. Printed, per type and word with at least `--least` reports of events not keyed:
the events not keyed and the reports and sets they come from, beside the events paired (a
word whose events are mostly paired is no class to drop, whatever its misses).

Only the event words are printed (lexicon matches; a phrase longer than a few words is
shown by its length), never a report's sentences.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # run from a checkout without installing
sys.path.insert(0, str(REPO / "scripts"))

from missed_events import Reader, _document, found_events  # noqa: E402
from type_confusions import read_sets  # noqa: E402

from nkevents.evaluate import align  # noqa: E402

Json = dict[str, Any]
# Longer words than this are printed by their length only (a phrase the lexicon matched).
LONGEST = 24


def _shown(word: str) -> str:
    word = " ".join(word.lower().split())
    return word if len(word) <= LONGEST else f"(a phrase of {len(word)} characters)"


def _words(reader: Reader, event: Json) -> set[str]:
    """The strong words of the event's type kept at its evidence sentences."""
    spans = [(a, b) for a, b in event.get("evidence") or []]
    return {
        _shown(m.trigger_text)
        for m in reader.kept
        if m.type == event["type"]
        and m.strength == "strong"
        and any(a < m.sentence.end and m.sentence.start < b for a, b in spans)
    } or {"(no strong word)"}


class Word:
    """The events one word started: paired and not keyed, with their reports and sets."""

    def __init__(self) -> None:
        self.paired = 0
        self.unkeyed = 0
        self.paired_docs: set[str] = set()
        self.unkeyed_docs: set[str] = set()

    def add(self, paired: bool, doc: str) -> None:
        if paired:
            self.paired += 1
            self.paired_docs.add(doc)
        else:
            self.unkeyed += 1
            self.unkeyed_docs.add(doc)


def tally(sets: list[tuple[str, dict[str, Json], dict[str, Json]]], least: int) -> list[str]:
    words: defaultdict[tuple[str, str], Word] = defaultdict(Word)
    for name, gold_docs, docs in sets:
        for doc_id, gold_doc in gold_docs.items():
            row = docs.get(doc_id)
            if row is None:
                continue
            doc = _document(row)
            found = found_events(doc)
            if not found:
                continue
            paired = set(align(list(gold_doc.get("events") or []), found).values())
            reader = Reader(doc)
            for si, event in enumerate(found):
                for word in _words(reader, event):
                    words[(event["type"], word)].add(si in paired, f"{name}:{doc_id}")
    out = ["events found and not keyed, by the word that starts them (with those paired)"]
    rows = sorted(
        ((k, w) for k, w in words.items() if len(w.unkeyed_docs) >= least),
        key=lambda kw: (-len(kw[1].unkeyed_docs), -kw[1].unkeyed, kw[0]),
    )
    for (etype, word), w in rows:
        named = sorted({d.split(":", 1)[0] for d in w.unkeyed_docs})
        out.append(
            f"  {w.unkeyed:4d} in {len(w.unkeyed_docs):3d} reports ({', '.join(named)})"
            f"  {etype} / {word}  paired {w.paired} in {len(w.paired_docs)} reports"
        )
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--set", nargs=3, action="append", metavar=("NAME", "GOLD", "DOCUMENTS"), required=True
    )
    ap.add_argument("--least", type=int, default=2, help="reports of events not keyed, at least")
    args = ap.parse_args(argv)
    print("\n".join(tally(read_sets(args.set), args.least)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
