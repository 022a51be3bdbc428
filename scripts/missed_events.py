#!/usr/bin/env python3
"""Keyed events found nowhere, by why: no event word, or which stage drops the word.

    .venv/bin/python scripts/missed_events.py --set tune GOLD DOCUMENTS [--set own GOLD DOCS ...]

Each set is an answer key and the documents it keys (JSON Lines; keys of blind sets stay
outside the repository: give their paths here). The documents are extracted afresh and
paired with the key by the scorer's own alignment (nkevents.evaluate.align). A keyed event
(not optional) is counted when it is left unpaired and no event found stands at any of its
evidence sentences. Each is put under the first reason that holds, read over its evidence
sentences:

* no event word: no trigger of any type, strong or weak (a paraphrase the lexicon lacks);
* a weak word only: weak triggers, which never start an event;
* a word of another type only: strong triggers, none of the keyed type;
* its word is read as no event there: a strong trigger of its type, but the sentence's
  reading gives no strong mention of that type (a not-trigger over the word; a caption; a
  hypothetical, generic or background clause; the word demoted as talk, a charge or a
  reason);
* the realis gate drops it: the mention is made, the realis gate removes it;
* no event is made of it: the mention passes the realis gate, and a later stage (a past
  case, an anchor, an event the mention may not start, a merge) leaves no event there.

Each count comes with the number of reports it is seen in (a pattern seen in one report is
no pattern), per type and language, and with how many of them stand in the text's first line only
(a headline: a short first line). No text of any report is printed: counts and types only.
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
from nkevents.extract import extract  # noqa: E402
from nkevents.extract.context import (  # noqa: E402
    DocContext,
    analyse,
    detect_language,
    sentences_with,
)
from nkevents.extract.mentions import sentence_mentions  # noqa: E402
from nkevents.extract.realis import realis_gate  # noqa: E402
from nkevents.model import Document, Span, to_json  # noqa: E402

Json = dict[str, Any]

REASONS = (
    "no event word",
    "a weak word only",
    "a word of another type only",
    "its word is read as no event there",
    "the realis gate drops it",
    "no event is made of it",
)


def _document(row: Json) -> Document:
    return Document(
        id=str(row["id"]),
        text=row["text"],
        title=row.get("title"),
        published=row.get("published"),
        url=row.get("url"),
        language=row.get("language"),
    )


def _at(spans: list[Span], evidence: list[list[int]]) -> bool:
    return any(a < y and x < b for a, b in spans for x, y in evidence)


class Reader:
    """One document read stage by stage, for the keyed events found nowhere in it."""

    def __init__(self, doc: Document) -> None:
        self.ctx: DocContext = analyse(doc, detect_language(doc))
        ctx = self.ctx
        self.mentions = [
            m
            for s in sentences_with(ctx.sentences, ctx.gate_hits())
            for m in sentence_mentions(ctx, s)
        ]
        self.kept = realis_gate(ctx, list(self.mentions))

    def reason(self, event: Json) -> str:
        ctx, etype, evidence = self.ctx, event["type"], event.get("evidence") or []
        sentences = [(s.start, s.end) for s in ctx.sentences if _at([(s.start, s.end)], evidence)]
        strong = {t for span in sentences for t, _ in ctx.matches_in("triggers", span)}
        weak = {t for span in sentences for t, _ in ctx.matches_in("weak_triggers", span)}
        if not strong:
            return REASONS[1] if weak else REASONS[0]
        if etype not in strong:
            return REASONS[2]

        def told(mentions: list[Any]) -> bool:
            return any(
                m.type == etype
                and m.strength == "strong"
                and _at([(m.sentence.start, m.sentence.end)], evidence)
                for m in mentions
            )

        if not told(self.mentions):
            return REASONS[3]
        return REASONS[5] if told(self.kept) else REASONS[4]


# A headline is a short first line; a text of one long line has none.
HEADLINE_MOST = 200


def in_headline(text: str, evidence: list[list[int]]) -> bool:
    """Whether every evidence span stands in the text's first line, a short one."""
    first = text.find("\n")
    if first < 0 or first > HEADLINE_MOST:
        return False
    return bool(evidence) and all(a < first for a, _ in evidence)


def tally(sets: list[tuple[str, dict[str, Json], dict[str, Json]]]) -> list[str]:
    by_reason, by_type, by_language, headline = Tally(), Tally(), Tally(), Tally()
    keyed = Tally()
    for name, gold_docs, docs in sets:
        for doc_id, gold_doc in gold_docs.items():
            row = docs.get(doc_id)
            if row is None:
                continue
            gold = list(gold_doc.get("events") or [])
            doc = _document(row)
            found = found_events(doc)
            pairs = align(gold, found)
            where = f"{name}:{doc_id}"
            reader: Reader | None = None
            for gi, g in enumerate(gold):
                if g.get("optional"):
                    continue
                keyed.add(("keyed events",), where)
                if gi in pairs or any(
                    overlaps(g.get("evidence"), s.get("evidence")) for s in found
                ):
                    continue
                reader = reader or Reader(doc)
                why = reader.reason(g)
                by_reason.add((why,), where)
                by_type.add((g["type"], why), where)
                by_language.add((reader.ctx.language, why), where)
                if in_headline(doc.text, g.get("evidence") or []):
                    headline.add(("in the first line only", why), where)
    return [
        *keyed.lines("keyed events read"),
        *by_reason.lines("keyed, found nowhere at their sentences: why"),
        *by_type.lines("by type"),
        *by_language.lines("by language"),
        *headline.lines("told in the first line only"),
    ]


def found_events(doc: Document) -> list[Json]:
    """The events extraction finds in a document, as the output line holds them."""
    return list(to_json(extract(doc))["events"])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--set", nargs=3, action="append", metavar=("NAME", "GOLD", "DOCUMENTS"), required=True
    )
    args = ap.parse_args(argv)
    print("\n".join(tally(read_sets(args.set))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
