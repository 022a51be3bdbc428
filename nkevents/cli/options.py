"""Options shared by `nkevents extract` and `nkevents ingest`: where extraction runs, progress."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

import click

from nkevents.cluster import Runner, make_runner

F = TypeVar("F", bound=Callable[..., Any])


def cluster_options(func: F) -> F:
    """--workers, --scheduler and --batch-size."""
    func = click.option(
        "--batch-size",
        default=2000,  # pipeline.BATCH
        show_default=True,
        help="Documents per batch: one task on a worker, one transaction of the writer.",
    )(func)
    func = click.option(
        "--scheduler",
        metavar="tcp://HOST:PORT",
        envvar="NKEVENTS_SCHEDULER",
        help="Extract on the Dask cluster of this scheduler (`dask scheduler`, `dask worker`).",
    )(func)
    return click.option(
        "--workers",
        default=0,
        show_default=True,
        metavar="N",
        help="Extract on a local Dask cluster of N worker processes (0: in this process).",
    )(func)


def runner(workers: int, scheduler: str | None) -> Runner:
    """The runner the options ask for."""
    if workers < 0:
        raise click.BadParameter("must be 0 or more", param_hint="--workers")
    return make_runner(workers, scheduler)


def count_inputs(paths: Iterable[str]) -> int | None:
    """How many documents the paths hold, counted as nkevents.read reads them; None: unknown."""
    from nkevents.read import HTML_SUFFIXES, READABLE, TEXT_SUFFIXES

    def in_file(path: Path) -> int:
        if path.suffix.lower() in TEXT_SUFFIXES or path.suffix.lower() in HTML_SUFFIXES:
            return 1
        with path.open("rb") as fh:
            return sum(1 for line in fh if line.strip())

    total = 0
    for name in paths:
        path = Path(name)
        if name == "-" or not path.exists():
            return None
        if path.is_dir():
            files = (f for f in path.rglob("*") if f.is_file() and f.suffix.lower() in READABLE)
            total += sum(in_file(f) for f in files if not f.name.startswith("."))
        else:
            total += in_file(path)
    return total


def progress_bar(enabled: bool | None, total: int | None = None) -> Any:
    """A tqdm bar on stderr (documents/s and, with a total, the time left), else None."""
    if enabled is False or (enabled is None and not sys.stderr.isatty()):
        return None
    from tqdm import tqdm

    return tqdm(total=total, unit=" docs", file=sys.stderr, smoothing=0.1)
