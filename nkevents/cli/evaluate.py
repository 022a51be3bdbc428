"""`nkevents eval`: extract documents and score the result against an answer key."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import click

from nkevents.errors import NkeventsError


@click.command("eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("docs", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--diff", is_flag=True, help="Show per document what was missed and what was wrong.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object instead of tables.")
@click.option("--per-doc", is_flag=True, help="Add event P/R/F1 for each document.")
@click.option(
    "--system",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Score this extraction file (JSON Lines) instead of extracting DOCS again.",
)
def evaluate_command(
    gold: Path,
    docs: tuple[Path, ...],
    diff: bool,
    as_json: bool,
    per_doc: bool,
    system: Path | None,
) -> None:
    """Extract DOCS and score the result against the answer key GOLD.

    Prints the figures of shared/eval/score.py: document relevance, events,
    each type, each field, and slot_f1 (every field of every event).

    \b
    Example:
      nkevents eval ../shared/corpus/dev/gold.jsonl ../shared/corpus/dev/documents.jsonl --diff
    """
    from nkevents import answer_key, evaluate, explain

    try:
        gold_docs = answer_key.read_jsonl(gold)
        run = answer_key.extract_paths(list(docs), skip=system is not None)
        sys_docs = answer_key.read_jsonl(system) if system else run.extractions
    except NkeventsError as err:
        raise click.ClickException(str(err)) from err
    for problem in run.problems:
        click.echo(f"skipped {problem}", err=True)
    result = evaluate.score(gold_docs, sys_docs)
    diffs = explain.explain(gold_docs, sys_docs, run.texts) if diff else []
    if as_json:
        out = result.to_json(per_doc=per_doc)
        if diff:
            out["diff"] = [dataclasses.asdict(d) for d in diffs]
        click.echo(json.dumps(out, indent=1, ensure_ascii=False))
        return
    if diff:
        click.echo(explain.format_diffs(diffs) + "\n")
    click.echo(explain.format_score(result, per_doc=per_doc))


def register(group: click.Group) -> None:
    """Add `eval` to the main group."""
    group.add_command(evaluate_command)
