"""The `nkevents` command: a thin shell over the library, one module per group of commands."""

from __future__ import annotations

import importlib

import click

from nkevents import __version__

# Each module defines `register(group)`, adding its commands to the main group.
COMMAND_MODULES = ("extract", "places", "evaluate", "store", "web", "follow")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="nkevents")
def main() -> None:
    """Turn reports on North Korea into sourced, geolocated event records.

    \b
    Examples:
      nkevents extract reports.jsonl -o events.jsonl
      nkevents places Hoiryeong
      nkevents ingest samples/ && nkevents serve
    """


for _name in COMMAND_MODULES:
    importlib.import_module(f"nkevents.cli.{_name}").register(main)
