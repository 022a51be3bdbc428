"""`nkevents ingest, query, review, incidents, export, problems, db`: the store from the shell."""

from __future__ import annotations

import functools
import json
import os
from collections.abc import Callable, Iterable
from typing import IO, Any, TypeVar

import click
from sqlalchemy.exc import SQLAlchemyError

from nkevents import settings
from nkevents.cli.options import cluster_options, count_inputs, progress_bar, runner
from nkevents.errors import NkeventsError
from nkevents.store import EventFilter, Store, from_query, open_store
from nkevents.store.records_json import record_json

F = TypeVar("F", bound=Callable[..., Any])

FILTERS = (
    ("--type", "type", "Event type(s), comma separated: trial,execution."),
    ("--from", "date_from", "From this date (2018, 2018-11, 2018-11-21)."),
    ("--to", "date_to", "Up to this date (2018-12 means to 2018-12-31)."),
    (
        "--date-mode",
        "date_mode",
        "overlap (default: the event's date range meets the asked one) or within.",
    ),
    ("--province", "admin1", "A province (admin1); includes its cities and sites."),
    ("--place", "place", "A place name (or a province)."),
    ("--commodity", "commodity", "A commodity from the vocabulary (gold, coal...)."),
    ("--charge", "charge", "A charge from the vocabulary (smuggling, drugs...)."),
    ("--penalty", "penalty_kind", "A penalty kind (death, forced_labor...)."),
    ("--people-min", "people_min", "At least this many people."),
    ("--people-max", "people_max", "At most this many people."),
    ("--sources-min", "sources_min", "Incidents with at least this many independent sources."),
    ("--incident", "incident", "Events of one incident."),
    ("--document", "document", "Events of one document (store id or the reader's id)."),
    ("--language", "language", "Documents in this language (en, ko)."),
    (
        "--status",
        "status",
        "machine, confirmed, rejected, reviewed or all (default: all but rejected).",
    ),
    ("--sort", "sort", "-date (default), date, people, -people, sources, -sources, id."),
)


def db_option(func: F) -> F:
    """The --db option (default NKEVENTS_DB_URL or sqlite:///nkevents.db)."""
    return click.option(
        "--db",
        "db_url",
        metavar="URL",
        envvar="NKEVENTS_DB_URL",
        help="Database URL: sqlite:///PATH or postgresql://... "
        "(default: $NKEVENTS_DB_URL or sqlite:///nkevents.db).",
    )(func)


def filter_options(func: F) -> F:
    """The filter options shared by query, incidents and export."""
    for flag, name, text in reversed(FILTERS):
        func = click.option(flag, name, metavar="VALUE", help=text)(func)
    return click.option(
        "-q", "--text", "q", metavar="WORDS", help="Full text: every word must occur."
    )(func)


def make_filter(options: dict[str, Any], limit: int = 50) -> EventFilter:
    """The EventFilter of the filter options (parsed like a web query string)."""
    names = {"q"} | {name for _, name, _ in FILTERS}
    params = {k: str(v) for k, v in options.items() if k in names and v is not None}
    return from_query(params | {"limit": str(limit)})


def clean_errors(func: F) -> F:
    """Turn the project's errors into a one-line message and exit status 1."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except NkeventsError as err:
            raise click.ClickException(str(err)) from None
        except SQLAlchemyError as err:  # a database the schema does not match, or a dead server
            reason = getattr(err, "orig", None) or err
            raise click.ClickException(f"database error: {reason}") from None

    return wrapper  # type: ignore[return-value]


def user_name(user: str | None) -> str:
    """The reviewer's name: --user, else $NKEVENTS_USER, else the login name."""
    return user or os.environ.get("NKEVENTS_USER") or os.environ.get("USER") or "unknown"


def print_json_lines(items: Iterable[Any], out: IO[str] | None = None) -> None:
    """Each item as one JSON line."""
    for item in items:
        click.echo(json.dumps(record_json(item), ensure_ascii=False), file=out)


def print_table(rows: list[dict[str, Any]], columns: list[str]) -> None:
    """Rows as an aligned text table."""
    cells = [[("" if r.get(c) is None else str(r.get(c)))[:48] for c in columns] for r in rows]
    widths = [max([len(c)] + [len(row[i]) for row in cells]) for i, c in enumerate(columns)]
    for row in [columns, *cells]:
        click.echo("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip())


def _flat_place(row: dict[str, Any]) -> dict[str, Any]:
    """An event row with its place and province as columns of the table."""
    loc = row.get("location") or {}
    return {**row, "place": loc.get("name"), "admin1": loc.get("admin1")}


def with_store(db_url: str | None) -> Store:
    """The store at --db."""
    return open_store(db_url)


EVENT_COLUMNS = [
    "id",
    "date",
    "type",
    "place",
    "admin1",
    "people",
    "sources",
    "status",
    "document_title",
]


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@db_option
@click.option("--published", metavar="DATE", help="Publication date for documents that carry none.")
@cluster_options
@click.option(
    "--progress/--no-progress", default=None, help="Progress bar (default: on a terminal)."
)
@clean_errors
def ingest_cmd(
    paths: tuple[str, ...],
    db_url: str | None,
    published: str | None,
    workers: int,
    scheduler: str | None,
    batch_size: int,
    progress: bool | None,
) -> None:
    """Extract reports and store documents, events and evidence; safe to run again.

    \b
    Unchanged documents are skipped; a changed text becomes a new version; documents read by an
    older extractor are re-extracted, keeping every value a person reviewed. Bad documents are
    recorded (see `nkevents problems`) and the run goes on. Extraction runs in this process, on
    a local Dask cluster (--workers N) or on a running one (--scheduler); one writer stores.

    \b
    Examples:
      nkevents ingest ../shared/corpus/dev/documents.jsonl
      nkevents ingest reports/ --db postgresql://me@localhost/nkevents
      nkevents ingest archive.jsonl --workers 2
      nkevents ingest archive.jsonl --scheduler tcp://10.0.0.5:8786
    """
    from nkevents.pipeline import ingest
    from nkevents.read import read_paths

    store = with_store(db_url)
    bar = progress_bar(progress, count_inputs(paths) if progress is not False else None)
    documents = read_paths(paths, published, settings.load().max_document_bytes)
    where = runner(workers, scheduler)
    try:
        summary = ingest(
            store,
            documents,
            batch_size=batch_size,
            progress=bar.update if bar else None,
            runner=where,
        )
    finally:
        where.close()
        if bar:
            bar.close()
    click.echo(summary.line())
    if summary.new or summary.new_versions or summary.reextracted:
        from nkevents.alerts.notify import check_all  # saved searches' new incidents

        click.echo(check_all(store).line(), err=True)


@click.command("query")
@filter_options
@db_option
@click.option("--limit", default=50, show_default=True, help="At most this many events.")
@click.option("--offset", default=0, help="Skip this many events.")
@click.option(
    "--format", "fmt", type=click.Choice(["jsonl", "table"]), default="jsonl", show_default=True
)
@click.option("--total", is_flag=True, help="Print only the number of matching events.")
@clean_errors
def query_cmd(
    db_url: str | None, limit: int, offset: int, fmt: str, total: bool, **options: Any
) -> None:
    """Search events: full text over the reports combined with filters.

    \b
    Examples:
      nkevents query -q Hyesan --type execution --from 2023 --to 2023-09
      nkevents query -q 혜산 --format table
      nkevents query --province Ryanggang --commodity copper --sources-min 2
    """
    page = with_store(db_url).search_events(make_filter(options, limit).page(limit, offset))
    if total:
        click.echo(page.total)
    elif fmt == "table":
        print_table([_flat_place(record_json(r)) for r in page.items], EVENT_COLUMNS)
        click.echo(f"({len(page.items)} of {page.total})", err=True)
    else:
        print_json_lines(page.items)


@click.command("review")
@click.argument("event_id", required=False)
@db_option
@click.option(
    "--set",
    "sets",
    multiple=True,
    metavar="FIELD=VALUE",
    help="Correct a field (repeatable): people=12, date=2018-11, charges=smuggling,theft, "
    "penalty=forced_labor:60-120, place=Hyesan; an empty value clears it.",
)
@click.option("--confirm", is_flag=True, help="Confirm the event as it stands.")
@click.option("--reject", is_flag=True, help="Mark the event wrong (kept, hidden from searches).")
@click.option("--undo", "undo_id", type=int, metavar="CHANGE_ID", help="Undo one change.")
@click.option("--user", metavar="NAME", help="Who reviews (default: $NKEVENTS_USER or $USER).")
@click.option("--note", metavar="TEXT", help="Why.")
@clean_errors
def review_cmd(
    event_id: str | None,
    db_url: str | None,
    sets: tuple[str, ...],
    confirm: bool,
    reject: bool,
    undo_id: int | None,
    user: str | None,
    note: str | None,
) -> None:
    """Correct, confirm or reject an event and print its history; every change can be undone.

    \b
    Examples:
      nkevents review ev-1c525bc8f4e97148                       # the event and its history
      nkevents review ev-1c525bc8f4e97148 --set people=12 --set date=2023-09-25 --user kim
      nkevents review ev-1c525bc8f4e97148 --confirm --user kim
      nkevents review --undo 7 --user kim
    """
    store, who = with_store(db_url), user_name(user)
    if undo_id is not None:
        print_json_lines([store.undo_change(undo_id, who)])
        return
    if not event_id:
        raise click.UsageError("give an EVENT_ID (or --undo CHANGE_ID)")
    for item in sets:
        field, sep, value = item.partition("=")
        if not sep:
            raise click.BadParameter(f"{item!r} is not FIELD=VALUE", param_hint="--set")
        store.set_field(event_id, field.strip(), value, who, note)
    if confirm:
        store.confirm_event(event_id, who, note)
    if reject:
        store.reject_event(event_id, who, note)
    print_json_lines([store.get_event(event_id)])
    print_json_lines(store.history(event_id))


@click.command("incidents")
@filter_options
@db_option
@click.option("--show", metavar="INCIDENT_ID", help="One incident with its events and links.")
@click.option("--suggestions", is_flag=True, help="List undecided link suggestions, best first.")
@click.option(
    "--same", nargs=2, metavar="EVENT_A EVENT_B", help="Decide: the two events are one happening."
)
@click.option("--different", nargs=2, metavar="EVENT_A EVENT_B", help="Decide: they are not.")
@click.option("--undo", "undo_id", type=int, metavar="DECISION_ID", help="Undo a decision.")
@click.option("--user", metavar="NAME", help="Who decides (default: $NKEVENTS_USER or $USER).")
@click.option("--limit", default=50, show_default=True)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "table", "links"]),
    default="table",
    show_default=True,
    help='links: one line {"incident", "events": [[DOCUMENT_ID, INDEX], ...]} per incident, '
    "DOCUMENT_ID as the input named it, INDEX the event's position in its extraction.",
)
@clean_errors
def incidents_cmd(
    db_url: str | None,
    show: str | None,
    suggestions: bool,
    same: tuple[str, str] | None,
    different: tuple[str, str] | None,
    undo_id: int | None,
    user: str | None,
    limit: int,
    fmt: str,
    **options: Any,
) -> None:
    """List incidents: events from different reports linked as one happening, with their sources.

    \b
    Examples:
      nkevents incidents --sources-min 2
      nkevents incidents --show inc-0ca40962a97a53f1 --format jsonl
      nkevents incidents --suggestions
      nkevents incidents --format links > links.jsonl         # every incident, for eval/links.py
      nkevents incidents --same ev-aaa ev-bbb --user kim      # or --different; --undo 3
    """
    store, who = with_store(db_url), user_name(user)
    if same or different:
        a, b = same or different  # type: ignore[misc]
        print_json_lines([store.decide_link(a, b, bool(same), who)])
    elif undo_id is not None:
        print_json_lines([store.undo_decision(undo_id, who)])
    elif show:
        print_json_lines([store.get_incident(show)])
    elif suggestions:
        print_json_lines(store.suggestions(limit=limit))
    elif fmt == "links":
        from nkevents.store import incidents as incident_store

        with store.engine.connect() as conn:
            for line in incident_store.incident_links(conn):
                click.echo(json.dumps(line, ensure_ascii=False))
    else:
        page = store.incidents(make_filter(options, limit))
        if fmt == "jsonl":
            print_json_lines(page.items)
        else:
            rows = [record_json(i) | {"events": len(i.event_ids)} for i in page.items]
            print_table(rows, ["id", "type", "date", "place", "admin1", "sources", "events"])


@click.command("export")
@filter_options
@db_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "csv", "geojson", "ftm"]),
    default="jsonl",
    show_default=True,
    help="csv: ACLED column names; geojson: points; ftm: FollowTheMoney.",
)
@click.option(
    "-o",
    "--output",
    type=click.File("w", encoding="utf-8"),
    default="-",
    help="Output file (default: standard output).",
)
@clean_errors
def export_cmd(db_url: str | None, fmt: str, output: IO[str], **options: Any) -> None:
    """Export the events matching the filters.

    \b
    Examples:
      nkevents export --format csv -o events.csv
      nkevents export --format geojson --province Ryanggang -o ryanggang.geojson
      nkevents export --format ftm --type sanction > sanctions.ftm.jsonl
    """
    from nkevents.export import export

    n = export(with_store(db_url).iter_events(make_filter(options)), fmt, output)
    click.echo(f"{n} {'entities' if fmt == 'ftm' else 'records'} written", err=True)


@click.command("problems")
@db_option
@clean_errors
def problems_cmd(db_url: str | None) -> None:
    """List documents and files that could not be read or extracted, and why.

    \b
    Example:
      nkevents problems
    """
    print_json_lines(with_store(db_url).problems())


@click.group("db")
def db_group() -> None:
    """Manage the database: migrations and reviewers."""


@db_group.command("upgrade")
@db_option
@clean_errors
def upgrade_cmd(db_url: str | None) -> None:
    """Apply schema migrations (Alembic) to the newest revision.

    \b
    Example:
      nkevents db upgrade --db postgresql://me@localhost/nkevents
    """
    from nkevents.store import migrate

    store = open_store(db_url, upgrade=True)
    with store.engine.connect() as conn:
        click.echo(f"{store.url}: schema at revision {migrate.current(conn)} (newest)")


@db_group.command("add-user")
@click.argument("name")
@db_option
@click.option("--password", prompt=True, hide_input=True, confirmation_prompt=True)
@click.option(
    "--role", type=click.Choice(["reviewer", "admin"]), default="reviewer", show_default=True
)
@clean_errors
def add_user_cmd(name: str, db_url: str | None, password: str, role: str) -> None:
    """Add (or reset) a reviewer; the password is stored as an argon2 hash.

    \b
    Example:
      nkevents db add-user kim --role admin
    """
    print_json_lines([with_store(db_url).add_user(name, password, role)])


def register(group: click.Group) -> None:
    """Add the store's commands to the main group."""
    for command in (
        ingest_cmd,
        query_cmd,
        review_cmd,
        incidents_cmd,
        export_cmd,
        problems_cmd,
        db_group,
    ):
        group.add_command(command)
