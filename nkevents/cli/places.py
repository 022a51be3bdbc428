"""`nkevents places NAME`: the gazetteer's candidates for a spelling, best first."""

from __future__ import annotations

import json

import click

from nkevents.errors import NkeventsError


@click.command("places")
@click.argument("name", nargs=-1, required=True)
@click.option("-n", "--limit", type=int, default=10, show_default=True, help="At most this many.")
def places_command(name: tuple[str, ...], limit: int) -> None:
    """Print the places NAME may mean, best first, as JSON lines.

    Each line gives name, kind, admin1, country, lat, lon, gazetteer_id and the
    variant that matched. Any spelling works: McCune-Reischauer with or without
    marks, Revised Romanization, the DPRK's own, older English spellings, Hangul
    (northern or southern), with or without City/County/Province/-si/-gun/-do.

    \b
    Examples:
      nkevents places Hoiryeong
      nkevents places "North Hamkyung Province"
      nkevents places 량강도
    """
    from nkevents.gazetteer import candidates

    try:
        found = candidates(" ".join(name))
    except NkeventsError as err:
        raise click.ClickException(str(err)) from err
    if not found:
        click.echo(f"no place in the gazetteer is spelled like {' '.join(name)!r}", err=True)
        raise SystemExit(1)
    for candidate in found[:limit]:
        click.echo(json.dumps(candidate.to_json(), ensure_ascii=False))


def register(group: click.Group) -> None:
    """Add `places` to the main group."""
    group.add_command(places_command)
