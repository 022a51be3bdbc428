"""`nkevents sources, fetch, watch, searches, alerts`: following outlets, and alerts out."""

from __future__ import annotations

import os
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import click
from sqlalchemy.exc import SQLAlchemyError

from nkevents.cli.store import (
    clean_errors,
    db_option,
    filter_options,
    make_filter,
    print_json_lines,
    print_table,
    user_name,
    with_store,
)
from nkevents.errors import NkeventsError
from nkevents.fetch import sources as srcs

SOURCES_HELP = "Folder of source files (default: $NKEVENTS_SOURCES or ./sources)."


def sources_option(func: Any) -> Any:
    """The --sources DIR option."""
    return click.option(
        "--sources", "folder", metavar="DIR", type=click.Path(path_type=Path), help=SOURCES_HELP
    )(func)


def fetch_options(func: Any) -> Any:
    """The options of a fetch run (fetch and watch)."""
    options = [
        click.option("--warc-dir", metavar="DIR", type=click.Path(path_type=Path),
                     help="Where WARC files go (default: beside a SQLite store, NAME-warc/)."),
        click.option("--delay", type=float, default=1.0, show_default=True,
                     help="Seconds between two requests to one host."),
        click.option("--timeout", type=float, default=20.0, show_default=True,
                     help="Seconds to connect or between two bytes."),
        click.option("--max-bytes", type=int, default=5_000_000, show_default=True,
                     help="Largest response (as sent and decompressed)."),
        click.option("--retries", type=int, default=3, show_default=True,
                     help="Retries on 429, 5xx and refused connections."),
        click.option("--backoff", type=float, default=2.0, show_default=True,
                     help="First wait before a retry, seconds (doubles each time)."),
        click.option("--alerts/--no-alerts", default=True,
                     help="Check saved searches after the run (default: on)."),
        click.option("--batch-size", type=int, default=20, show_default=True,
                     help="Pages per ingest transaction (a killed run keeps whole batches)."),
        click.option("-v", "--verbose", is_flag=True, help="A line per address and problem."),
    ]  # fmt: skip
    for option in reversed(options):
        func = option(func)
    return func


def load_sources(folder: Path | None) -> list[srcs.Source]:
    """The sources of the folder; a bad file stops the command with its reason."""
    found, errors = srcs.load_folder(folder or srcs.default_folder())
    if errors:
        raise click.ClickException("; ".join(str(e) for e in errors))
    return found


@click.group("sources")
def sources_group() -> None:
    """List and check the sources `fetch` and `watch` follow (one YAML file per outlet)."""


@sources_group.command("list")
@sources_option
@click.option("--examples", is_flag=True, help="The example sources shipped with nkevents.")
def sources_list_cmd(folder: Path | None, examples: bool) -> None:
    """List the sources of a folder: name, language, publisher and addresses.

    \b
    Examples:
      nkevents sources list --sources my-sources/
      nkevents sources list --examples
    """
    found = load_sources(srcs.EXAMPLES if examples else folder)
    rows = [
        {
            "name": s.name,
            "language": s.language,
            "publisher": s.publisher,
            "addresses": len(s.urls),
            "first": s.urls[0],
        }
        for s in found
    ]
    print_table(rows, ["name", "language", "publisher", "addresses", "first"])


@sources_group.command("check")
@sources_option
@click.option("--examples", is_flag=True, help="Check the example sources shipped with nkevents.")
def sources_check_cmd(folder: Path | None, examples: bool) -> None:
    """Check every source file (fields, addresses, patterns); exit 1 if one is bad.

    \b
    Example:
      nkevents sources check --sources my-sources/
    """
    found, errors = srcs.load_folder(srcs.EXAMPLES if examples else folder or srcs.default_folder())
    for source in found:
        click.echo(f"ok      {source.name} ({len(source.urls)} addresses)")
    for error in errors:
        click.echo(f"error   {error}")
    if errors:
        raise SystemExit(1)


def run_fetch(
    targets: tuple[str, ...], folder: Path | None, db_url: str | None, options: dict[str, Any]
) -> list[str]:
    """One fetch run over URLs and named sources (every source when none is named): its lines."""
    from nkevents.fetch.http import USER_AGENT, FetchPolicy
    from nkevents.fetch.run import Run, Start, starts_of, warc_folder

    starts: list[Start] = []
    named = [t for t in targets if not t.startswith(("http://", "https://"))]
    if named or not targets:
        known = {s.name: s for s in load_sources(folder)}
        missing = [n for n in named if n not in known]
        if missing:
            raise click.ClickException(f"no source named {', '.join(missing)} in the folder")
        for source in [known[n] for n in named] if named else known.values():
            starts += starts_of(source)
    starts += [Start(t, "auto") for t in targets if t.startswith(("http://", "https://"))]
    policy = FetchPolicy(
        user_agent=os.environ.get("NKEVENTS_USER_AGENT") or USER_AGENT,
        delay=options["delay"],
        timeout=options["timeout"],
        max_bytes=options["max_bytes"],
        retries=options["retries"],
        backoff=options["backoff"],
    )
    store = with_store(db_url)
    log = (lambda line: click.echo(line, err=True)) if options["verbose"] else None
    warc_dir = options["warc_dir"] or warc_folder(store.url)
    summary = Run(store, warc_dir, policy, log=log, batch_size=options["batch_size"]).fetch(starts)
    lines = [summary.line()]
    if summary.warc:
        lines.append(f"responses kept in {summary.warc}")
    if options["alerts"]:
        from nkevents.alerts.notify import check_all

        lines.append(
            check_all(store, retries=options["retries"], backoff=options["backoff"]).line()
        )
    store.close()
    return lines


@click.command("fetch")
@click.argument("targets", nargs=-1, metavar="URL|SOURCE...")
@db_option
@sources_option
@fetch_options
@clean_errors
def fetch_cmd(
    targets: tuple[str, ...], db_url: str | None, folder: Path | None, **options: Any
) -> None:
    """Fetch feeds, sitemaps and pages, follow their items and ingest the new documents.

    \b
    A URL may be an RSS/Atom feed, a sitemap or a page; a SOURCE is the name of a source file
    (no argument: every source). Requests are polite (robots.txt, one request per host and
    --delay, conditional requests, retries with backoff) and bounded (timeouts, --max-bytes,
    redirect loops); every response is kept in a WARC file and each document names its record.
    Pages that cannot be used are recorded (see `nkevents problems`) and the run goes on.

    \b
    Examples:
      nkevents fetch --sources my-sources/                 # every source
      nkevents fetch example-outlet --sources my-sources/
      nkevents fetch https://news.example/rss.xml --db sqlite:///nk.db
    """
    for line in run_fetch(targets, folder, db_url, options):
        click.echo(line)


@click.command("watch")
@click.argument("targets", nargs=-1, metavar="[URL|SOURCE...]")
@db_option
@sources_option
@click.option("--every", type=float, default=60, show_default=True, help="Minutes between runs.")
@click.option("--runs", type=int, help="Stop after this many runs (default: until stopped).")
@fetch_options
@clean_errors
def watch_cmd(
    targets: tuple[str, ...],
    db_url: str | None,
    folder: Path | None,
    every: float,
    runs: int | None,
    **options: Any,
) -> None:
    """Fetch the sources every N minutes until stopped (Ctrl-C), with a line per run.

    \b
    Examples:
      nkevents watch --sources my-sources/ --every 30
      nkevents watch example-outlet --every 60 --runs 24
    """
    done = 0
    try:
        while runs is None or done < runs:
            started = time.monotonic()
            stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%SZ")
            try:
                lines = run_fetch(targets, folder, db_url, options)
            except click.ClickException as err:
                lines = [f"failed: {err.message}"]
            except (NkeventsError, SQLAlchemyError, OSError) as err:  # the next run may work
                lines = [f"failed: {type(err).__name__}: {err}"]
            click.echo(f"{stamp} run {done + 1}: " + "; ".join(lines), nl=True)
            done += 1
            if runs is not None and done >= runs:
                break
            time.sleep(max(0.0, every * 60 - (time.monotonic() - started)))
    except KeyboardInterrupt:
        click.echo(f"stopped after {done} runs", err=True)


@click.group("searches")
def searches_group() -> None:
    """Saved searches: named filters whose new incidents become alerts."""


@searches_group.command("save")
@click.argument("name")
@filter_options
@db_option
@click.option("--webhook", metavar="URL", help="POST each new alert there as JSON (retried).")
@click.option("--alert-existing", is_flag=True, help="Alert the incidents that match already, too.")
@click.option("--user", metavar="NAME", help="Who saves it (default: $NKEVENTS_USER or $USER).")
@clean_errors
def searches_save_cmd(
    name: str,
    db_url: str | None,
    webhook: str | None,
    alert_existing: bool,
    user: str | None,
    **options: Any,
) -> None:
    """Save the filters (the options of `query`) under NAME; new matches will alert.

    \b
    Examples:
      nkevents searches save ryanggang-executions --type execution --province Ryanggang
      nkevents searches save coal --commodity coal --type seizure,smuggling \\
          --webhook https://hooks.example/nk
    """
    from nkevents.store import alerts
    from nkevents.store.review import now

    query = query_string(options)
    store = with_store(db_url)
    with store.engine.begin() as conn:
        saved = alerts.save(
            conn, name, query, webhook, user_name(user), now(), alert_existing=alert_existing
        )
    print_json_lines([saved])


def query_string(options: dict[str, Any]) -> str:
    """The query string of the filter options given."""
    from urllib.parse import urlencode

    flt = make_filter(options)  # checks the values
    del flt
    names = {"q", "type", "date_from", "date_to", "date_mode", "admin1", "place", "commodity",
             "charge", "penalty_kind", "people_min", "people_max", "sources_min", "incident",
             "document", "language", "status"}  # fmt: skip
    return urlencode({k: str(v) for k, v in options.items() if k in names and v is not None})


@searches_group.command("list")
@db_option
@clean_errors
def searches_list_cmd(db_url: str | None) -> None:
    """List the saved searches with their filters and webhooks."""
    from nkevents.store import alerts

    with with_store(db_url).engine.connect() as conn:
        rows = [
            {"name": s.name, "query": s.query, "webhook": s.webhook, "alerts": n}
            for s in alerts.list_searches(conn)
            for n in [alerts.count_fired(conn, s.name)]
        ]
    print_table(rows, ["name", "query", "alerts", "webhook"])


@searches_group.command("delete")
@click.argument("name")
@db_option
@clean_errors
def searches_delete_cmd(name: str, db_url: str | None) -> None:
    """Forget a saved search and its alerts."""
    from nkevents.store import alerts

    with with_store(db_url).engine.begin() as conn:
        alerts.delete(conn, name)
    click.echo(f"deleted {name}")


@click.command("alerts")
@click.argument("name", required=False)
@db_option
@click.option("--check", is_flag=True, help="Check the saved searches now (as after an ingest).")
@click.option("--limit", default=50, show_default=True)
@click.option(
    "--format", "fmt", type=click.Choice(["jsonl", "table"]), default="table", show_default=True
)
@clean_errors
def alerts_cmd(name: str | None, db_url: str | None, check: bool, limit: int, fmt: str) -> None:
    """The new incidents saved searches matched, newest first (of one search, or all).

    \b
    Alerts are recorded after each `ingest`, `fetch` and `watch` run: one per new incident,
    never twice. The web app serves each search's alerts as an Atom feed, /alerts/NAME.atom.

    \b
    Examples:
      nkevents alerts
      nkevents alerts ryanggang-executions --format jsonl
    """
    from nkevents.alerts.atom import alert_title
    from nkevents.store import alerts

    store = with_store(db_url)
    if check:
        from nkevents.alerts.notify import check_all

        click.echo(check_all(store, name).line(), err=True)
    with store.engine.connect() as conn:
        if name:
            alerts.get(conn, name)  # NotFound for an unknown name
        found = alerts.list_alerts(conn, name, limit)
    if fmt == "jsonl":
        print_json_lines(found)
        return
    rows = [
        {
            "search": a.search,
            "seen": a.seen_at[:16],
            "event": a.event_id,
            "what": alert_title(a.summary),
            "report": a.summary.get("document_title") or a.summary.get("document_url"),
        }
        for a in found
    ]
    print_table(rows, ["search", "seen", "event", "what", "report"])


@click.command("archived")
@click.argument("what", metavar="DOCUMENT|URL")
@db_option
@click.option(
    "-o",
    "--output",
    type=click.File("wb"),
    default="-",
    help="Write the page here (default: stdout).",
)
@clean_errors
def archived_cmd(what: str, db_url: str | None, output: Any) -> None:
    """Print a fetched page as it was served, from the WARC record that keeps it.

    \b
    DOCUMENT is a document id (or the reader's id); a URL is looked up among fetched pages.

    \b
    Examples:
      nkevents archived doc-1c525bc8f4e97148 -o page.html
      nkevents archived https://news.example/articles/123
    """
    from sqlalchemy import or_, select

    from nkevents.errors import NotFound
    from nkevents.fetch.warc import record_body
    from nkevents.store import fetched
    from nkevents.store.schema import documents

    store = with_store(db_url)
    d = documents
    with store.engine.connect() as conn:
        state = fetched.get(conn, what)
        found = conn.execute(select(d.c.origin).where(or_(d.c.id == what, d.c.source_id == what)))
        row = found.first()
    if state is not None and state.warc_file and state.warc_offset is not None:
        file, offset = state.warc_file, state.warc_offset
    else:
        if row is None:
            raise NotFound(f"no document or fetched URL {what!r}")
        origin = row.origin or ""
        file, sep, at = origin.rpartition("#")
        if not sep or not at.isdigit():
            raise NotFound(f"{what} was not fetched into a WARC file (origin {origin or 'none'})")
        offset = int(at)
    body = record_body(file, offset, 50_000_000)
    if body is None:
        raise NotFound(f"no response record at {file}#{offset} (file moved or removed?)")
    output.write(body)


def register(group: click.Group) -> None:
    """Add the following-sources and alert commands to the main group."""
    for command in (sources_group, fetch_cmd, watch_cmd, searches_group, alerts_cmd, archived_cmd):
        group.add_command(command)
