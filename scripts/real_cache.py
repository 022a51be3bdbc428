"""Assemble the cache of real reports' texts (kept outside git) from one file per report.

The texts of ``../shared/corpus/real`` are third-party writing: they are looked up by hand
(see that folder's README) into ``.cache/real/raw/<id>.json`` files, one
``{"id", "url", "text"}`` object each. This script joins them with the metadata of
``sources.tsv`` into ``.cache/real/documents.jsonl``, the input of ``nkevents extract``,
and says which reports are still missing or whose text is shorter than its key's evidence.

    python scripts/real_cache.py                       # ../shared/corpus/real -> .cache/real
    python scripts/real_cache.py --corpus corpus/real --cache .cache/own
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def read_sources(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def evidence_ends(gold: Path) -> dict[str, int]:
    """The furthest evidence offset of each report's key (0 where the key has none)."""
    ends: dict[str, int] = {}
    if not gold.exists():
        return ends
    for line in gold.read_text(encoding="utf-8").splitlines():
        if line.strip():
            doc = json.loads(line)
            spans = [e for ev in doc.get("events", []) for e in ev.get("evidence", [])]
            ends[doc["id"]] = max((end for _, end in spans), default=0)
    return ends


def assemble(corpus: Path, cache: Path) -> tuple[int, list[str]]:
    """Write ``cache/documents.jsonl``; return the number written and the problems found."""
    rows = read_sources(corpus / "sources.tsv")
    ends = evidence_ends(corpus / "gold.jsonl")
    problems: list[str] = []
    written = 0
    with (cache / "documents.jsonl").open("w", encoding="utf-8") as out:
        for row in rows:
            raw = cache / "raw" / f"{row['id']}.json"
            if not raw.exists():
                problems.append(f"{row['id']}: no text in {raw}")
                continue
            try:
                got = json.loads(raw.read_text(encoding="utf-8"))
            except json.JSONDecodeError as err:
                problems.append(f"{raw}:{err.lineno}: not JSON: {err.msg}")
                continue
            text = got.get("text") or ""
            if got.get("url") and got["url"].rstrip("/") != row["url"].rstrip("/"):
                problems.append(f"{row['id']}: url {got['url']} is not {row['url']}")
            if len(text) + 3 < ends.get(row["id"], 0):
                problems.append(
                    f"{row['id']}: text has {len(text)} characters, key evidence ends at "
                    f"{ends[row['id']]}"
                )
            doc = {
                "id": row["id"],
                "url": row["url"],
                "title": row.get("title") or None,
                "published": row.get("published") or None,
                "language": row.get("language") or None,
                "text": text,
            }
            out.write(json.dumps(doc, ensure_ascii=False) + "\n")
            written += 1
    return written, problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared/corpus/real")
    parser.add_argument("--cache", type=Path, default=ROOT / ".cache/real")
    args = parser.parse_args(argv)
    if not (args.corpus / "sources.tsv").exists():
        print(f"{args.corpus / 'sources.tsv'}: not found", file=sys.stderr)
        return 2
    args.cache.mkdir(parents=True, exist_ok=True)
    written, problems = assemble(args.corpus, args.cache)
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"{written} reports written to {args.cache / 'documents.jsonl'}")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
