"""`nkevents serve` and `nkevents users`: the web app and its local accounts."""

from __future__ import annotations

import click

from nkevents import settings
from nkevents.errors import NkeventsError

DB_HELP = "Database URL (default: NKEVENTS_DB_URL or sqlite:///nkevents.db)."


@click.command()
@click.option("--db", "db_url", metavar="URL", help=DB_HELP)
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
def serve(db_url: str | None, host: str, port: int) -> None:
    """Serve the web app and the REST API (uvicorn) over a store.

    Without an account the app is read-only; add reviewers with `nkevents users add`.

    \b
    Examples:
      nkevents serve
      nkevents serve --db sqlite:///events.db --port 8080
    """
    import uvicorn

    from nkevents.web.app import create_app

    url = db_url or settings.load().db_url
    try:
        app = create_app(url)
    except NkeventsError as err:
        raise click.ClickException(str(err)) from err
    click.echo(f"nkevents: serving {url} at http://{host}:{port}/ (Ctrl-C stops)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False)


@click.group()
def users() -> None:
    """Local accounts of the people who review events."""


@users.command("add")
@click.argument("name")
@click.option("--password", help="The password (asked for when left out).")
@click.option(
    "--role", type=click.Choice(["reviewer", "admin"]), default="reviewer", show_default=True
)
@click.option("--db", "db_url", metavar="URL", help=DB_HELP)
def add_user(name: str, password: str | None, role: str, db_url: str | None) -> None:
    """Create a user, or set a new password for one (stored as an argon2 hash).

    \b
    Example:
      nkevents users add alice          # asks for the password twice
    """
    from nkevents.store import open_store

    if password is None:
        password = click.prompt("Password", hide_input=True, confirmation_prompt=True)
    if not password:
        raise click.ClickException("the password must not be empty")
    try:
        store = open_store(db_url or settings.load().db_url)
        user = store.add_user(name, password, role=role)
        store.close()
    except NkeventsError as err:
        raise click.ClickException(str(err)) from err
    click.echo(f"user {user.name} ({user.role}) saved")


@users.command("list")
@click.option("--db", "db_url", metavar="URL", help=DB_HELP)
def list_users(db_url: str | None) -> None:
    """Print every user: name, role, created."""
    from nkevents.store import open_store

    try:
        store = open_store(db_url or settings.load().db_url)
        for user in store.users():
            click.echo(f"{user.name}\t{user.role}\t{user.created_at}")
        store.close()
    except NkeventsError as err:
        raise click.ClickException(str(err)) from err


def register(group: click.Group) -> None:
    """Add `serve` and `users` to the main command."""
    group.add_command(serve)
    group.add_command(users)
