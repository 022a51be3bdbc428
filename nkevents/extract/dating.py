"""Dates a report leaves implicit, given to events that found no date of their own.

Runs once the mentions are grouped into events, so an implicit date never splits or joins
events and never makes a passing mention an event of its own.
"""

from __future__ import annotations

from nkevents.extract.context import DocContext
from nkevents.model import Event, Provenance

# Rules of nkevents.detect.dates whose dates are implicit: "최근" (lately) is the month of
# publication (corpus/real/README.md: "in recent weeks" gives the month or year of publication).
IMPLICIT_RULES = frozenset({"ko_lately"})


def implicit_dates(ctx: DocContext, events: list[Event]) -> None:
    """An event with no date takes the first implicit date its evidence states."""
    for event in events:
        if event.date is not None:
            continue
        for span in event.evidence:
            found = [d for d in ctx.dates_in(span) if d.rule in IMPLICIT_RULES]
            if found:
                event.date = found[0].value
                where = (found[0].start, found[0].end)
                event.provenance["date"] = Provenance(where, f"date.{found[0].rule}")
                break
