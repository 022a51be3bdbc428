"""`nkevents extract` and `nkevents schema`: reports in, event records out (JSON Lines)."""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import IO

import click

from nkevents import settings
from nkevents.cli.options import cluster_options, count_inputs, progress_bar, runner
from nkevents.model import to_json
from nkevents.partial_date import normalise_date
from nkevents.pipeline import Outcome, run
from nkevents.schema import extraction_schema


@dataclass(slots=True)
class Tally:
    """What a run did, for the closing line."""

    read: int = 0
    relevant: int = 0
    events: int = 0
    rejected: int = 0
    types: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0

    def line(self) -> str:
        """The one-line summary printed at the end of a run."""
        rate = self.read / self.seconds if self.seconds else 0.0
        return (
            f"{self.read} documents read, {self.relevant} relevant, "
            f"{self.events} events, {self.rejected} rejected"
            + (f" in {self.seconds:.1f} s ({rate:,.0f} documents/s)" if self.seconds else "")
        )


def _published(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    date = normalise_date(value)
    if date is None:
        raise click.BadParameter(f"{value!r} is not an ISO 8601 date such as 2018-11 or 2018-11-21")
    return date


@click.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option(
    "-o",
    "--output",
    type=click.File("w", encoding="utf-8"),
    default="-",
    help="Where to write the JSON Lines (default: standard output).",
)
@click.option(
    "--published",
    callback=_published,
    metavar="DATE",
    help="Publication date for documents that carry none (2018-11-21, 2018-11, 2018).",
)
@click.option(
    "--summary",
    is_flag=True,
    help="Print a readable summary of each relevant report instead of JSON Lines.",
)
@cluster_options
@click.option(
    "--progress/--no-progress",
    default=None,
    help="Show a progress bar (default: when standard error is a terminal).",
)
def extract_cmd(
    paths: tuple[str, ...],
    output: IO[str],
    published: str | None,
    summary: bool,
    workers: int,
    scheduler: str | None,
    batch_size: int,
    progress: bool | None,
) -> None:
    """Read reports and write one JSON line of events per document, in input order.

    PATH is a JSON Lines file of documents, a .txt or .html file, a folder
    (walked recursively) or - for standard input. Bad inputs are reported on
    standard error as PATH:LINE: reason; the others still go through, and the
    exit status is 1 when anything was rejected.

    \b
    Examples:
      nkevents extract reports.jsonl -o events.jsonl
      nkevents extract pages/ --published 2018-11
      cat reports.jsonl | nkevents extract - | jq .events
      nkevents extract archive.jsonl --workers 2 -o events.jsonl
    """
    tally, started = Tally(), time.perf_counter()
    show = sys.stderr.isatty() if progress is None else progress
    bar = progress_bar(show, count_inputs(paths) if show else None)
    where = runner(workers, scheduler)
    try:
        max_bytes = settings.load().max_document_bytes
        for outcome in run(paths, published, max_bytes, where, batch_size=batch_size):
            _emit(outcome, tally, output, summary)
            if bar:
                bar.update(1)
    finally:
        where.close()
        if bar:
            bar.close()
    tally.seconds = time.perf_counter() - started
    click.echo(tally.line(), err=True)
    if tally.rejected:
        sys.exit(1)


def _emit(outcome: Outcome, tally: Tally, output: IO[str], summary: bool) -> None:
    if outcome.problem is not None:
        tally.rejected += 1
        click.echo(str(outcome.problem), err=True)
    if outcome.extraction is None:
        return
    ex = outcome.extraction
    tally.read += 1
    tally.relevant += ex.relevant
    tally.events += len(ex.events)
    if summary:
        if ex.relevant and outcome.document is not None:
            output.write(_describe(outcome) + "\n")
        return
    output.write(json.dumps(to_json(ex), ensure_ascii=False) + "\n")


def _describe(outcome: Outcome) -> str:
    assert outcome.document is not None and outcome.extraction is not None
    doc = outcome.document
    lines = [f"{doc.id}  {doc.title or ''}".rstrip()]
    for ev in outcome.extraction.events:
        place = ev.location.name if ev.location else "?"
        admin1 = f", {ev.location.admin1}" if ev.location and ev.location.admin1 else ""
        bits = [f"  {ev.type:<10} {ev.date or '?':<10} {place}{admin1}"]
        if ev.people is not None:
            bits.append(f"{ev.people} people")
        if ev.penalty:
            bits.append(_penalty(ev.penalty.kind, ev.penalty.min_months, ev.penalty.max_months))
        for label, values in (("charges", ev.charges), ("goods", ev.commodities)):
            if values:
                bits.append(f"{label}: {', '.join(values)}")
        if ev.instrument:
            bits.append(ev.instrument)
        lines.append("; ".join(bits))
    return "\n".join(lines)


def _penalty(kind: str, lo: int | None, hi: int | None) -> str:
    if lo is None:
        return kind
    return f"{kind} {lo} months" if lo == hi else f"{kind} {lo}-{hi} months"


@click.command("schema")
def schema_cmd() -> None:
    """Print the JSON Schema of an output line of `nkevents extract`.

    \b
    Example:
      nkevents schema > extraction.schema.json
    """
    click.echo(json.dumps(extraction_schema(), indent=2))


def register(group: click.Group) -> None:
    """Add this module's commands to the main group."""
    group.add_command(extract_cmd, "extract")
    group.add_command(schema_cmd)
