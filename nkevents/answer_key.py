"""Answer keys: read them, extract their documents, and score the result (CLI, quality gate)."""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from nkevents.errors import InputError
from nkevents.evaluate import Json, Score, score
from nkevents.model import Document, Extraction, to_json

Extractor = Callable[[Document], Extraction]
FigureTable = dict[str, float]  # F1 by name: relevance, events, slot_f1, type/T, field/F


@dataclass(slots=True, frozen=True)
class GateSet:
    """A set the quality gate scores: documents, their answer key, maybe one language only."""

    name: str
    documents: tuple[Path, ...]
    gold: Path
    language: str | None = None
    detail: bool = True  # figures per type and per field, not only the headline ones
    only: frozenset[str] | None = None  # these documents of the key only (a split)


HEADLINE = ("relevance", "events", "slot_f1")
# Texts of real reports are third-party writing: they live in a git-ignored cache
# (scripts/real_cache.py), never in the repository, and sets over them skip without it.
REAL_CACHE_ENV = "NKEVENTS_REAL_CACHE"  # the cache folder that holds real/, own/, ...


def real_cache(repo: Path, name: str = "real") -> Path | None:
    """A folder of cached real-report texts (``documents.jsonl`` in it), when there is one:
    ``real`` for ../shared/corpus/real, ``own`` for the project's own corpus/real."""
    folder = Path(os.environ.get(REAL_CACHE_ENV) or repo / ".cache") / name
    return folder if (folder / "documents.jsonl").is_file() else None


def gate_sets(spec: Mapping[str, Json], roots: Mapping[str, Path]) -> list[GateSet]:
    """The sets of a gate spec ({name: {root, documents, gold, ...}}) whose root is present."""
    out = []
    for name, raw in spec.items():
        root = roots.get(raw["root"])
        gold_root = roots.get(str(raw.get("gold_root", raw["root"])))
        if root is None or gold_root is None:
            continue
        documents = tuple(root / p for p in raw["documents"])
        detail = bool(raw.get("detail", True))
        only = None
        if "split" in raw:  # {split: tune, sources: corpus/real/sources.tsv}
            only = split_ids(gold_root / raw["sources"], raw["split"])
        gold = gold_root / raw["gold"]
        out.append(GateSet(name, documents, gold, raw.get("language"), detail, only))
    return out


def split_ids(sources: Path, split: str) -> frozenset[str]:
    """The ids of a sources table (tab-separated, with `id` and `split` columns) in one split."""
    with open(sources, encoding="utf-8", newline="") as fh:
        return frozenset(
            row["id"] for row in csv.DictReader(fh, delimiter="\t") if row["split"] == split
        )


def read_jsonl(path: Path) -> dict[str, Json]:
    """An answer key or extraction file, keyed by document id."""
    docs: dict[str, Json] = {}
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if line.strip():
                obj = _parse_line(f"{path}:{n}", line)
                docs[str(obj["id"])] = obj
    return docs


def _parse_line(where: str, line: str) -> Json:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as err:
        raise InputError(where, f"not JSON: {err}") from err
    if not isinstance(obj, dict) or obj.get("id") is None:
        raise InputError(where, "a line without an id")
    return obj


@dataclass(slots=True)
class Run:
    """Extractions of a set of documents, their texts and languages, and the inputs that failed."""

    extractions: dict[str, Json] = field(default_factory=dict)
    texts: dict[str, str] = field(default_factory=dict)
    languages: dict[str, str | None] = field(default_factory=dict)
    problems: list[InputError] = field(default_factory=list)


def run_extraction(items: Iterable[Document | InputError], extract: Extractor | None) -> Run:
    """Extract every document (or, without an extractor, only keep its text); record failures."""
    run = Run()
    for item in items:
        if isinstance(item, InputError):
            run.problems.append(item)
            continue
        run.texts[item.id] = item.text
        run.languages[item.id] = item.language
        if extract is not None:
            run.extractions[item.id] = to_json(extract(item))
    return run


def _default_read(paths: list[Path]) -> Iterator[Document | InputError]:
    from nkevents.read import read_paths  # the reader sits above scoring; import on use

    return read_paths([str(p) for p in paths])


def _default_extract(doc: Document) -> Extraction:
    from nkevents.pipeline import extract_document

    return extract_document(doc)


def extract_paths(paths: list[Path], extract: Extractor | None = None, skip: bool = False) -> Run:
    """Read documents from files and extract them (the project's extractor by default).

    With `skip`, documents are only read, to explain an extraction made earlier.
    """
    return run_extraction(_default_read(paths), None if skip else extract or _default_extract)


def score_run(
    gold: Mapping[str, Json],
    run: Run,
    language: str | None = None,
    only: frozenset[str] | None = None,
) -> Score:
    """Score a run against its answer key, over one language's or some documents when given."""
    keep = {
        k: v
        for k, v in gold.items()
        if (language is None or run.languages.get(k) == language) and (only is None or k in only)
    }
    return score(keep, run.extractions)


def figures(result: Score) -> FigureTable:
    """The F1 figures of a score by name: relevance, events, slot_f1, type/T, field/F."""
    out = {"relevance": result.relevance.f1, "events": result.events.f1, "slot_f1": result.slot_f1}
    out |= {f"type/{k}": v.f1 for k, v in result.by_type.items() if v.gold}
    out |= {f"field/{k}": v.f1 for k, v in result.by_field.items() if v.gold}
    return out


def gate_figures(
    sets: Iterable[GateSet], extract: Extractor | None = None
) -> dict[str, FigureTable]:
    """The figures of the quality gate per scored set; each corpus is extracted once."""
    runs: dict[tuple[Path, ...], Run] = {}
    out = {}
    for gate in sets:
        if gate.documents not in runs:
            runs[gate.documents] = extract_paths(list(gate.documents), extract)
        gold = read_jsonl(gate.gold)
        found = figures(score_run(gold, runs[gate.documents], gate.language, gate.only))
        out[gate.name] = found if gate.detail else {k: found[k] for k in HEADLINE}
    return out
