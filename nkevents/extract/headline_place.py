"""The town a report's headline names, as the place of the events its body leaves unplaced."""

from __future__ import annotations

from nkevents.detect.places import PlaceMention, location_of
from nkevents.extract.context import DocContext
from nkevents.extract.stories import headline_sentences
from nkevents.gazetteer import rules
from nkevents.model import Event, Provenance

# Places a headline can name for a whole story: a town, a county or a site (a province, a
# river or a country says too little of where one happening took place).
HEADLINE_PRECISIONS = frozenset({"town", "county", "site"})


def headline_places(ctx: DocContext, title: str | None, events: list[Event]) -> None:
    """ "Hyesan police round up phone users ... Police have arrested six people": an event
    whose own sentences and paragraph name no place happened in the one town the headline
    names (not when it names several; never a campaign, which told without a place is
    nationwide, nor a measure from abroad)."""
    heads = headline_sentences(ctx.text, title, ctx.sentences)
    if not heads:
        return
    found: dict[str, PlaceMention] = {}
    provinces = set()
    for s in ctx.sentences:
        if s.start not in heads:
            continue
        for p in ctx.places_in((s.start, s.end)):
            top = p.candidates[0]
            if p.seat or top.kind == "country" or not ctx.usable(p):
                continue
            if top.precision in HEADLINE_PRECISIONS:
                found.setdefault(top.id, p)
            elif top.precision == "province":
                provinces.add(top.admin1 or top.name)
            else:
                return  # a river or a region beside it: no one town
    if len(found) != 1:
        return
    told = next(iter(found.values()))
    if provinces - {told.candidates[0].admin1}:
        return  # "Ryanggang, Hyesan" is one place; a town and another province are two
    unplaced = {*rules()["placed_without_paragraph"], *rules()["placed_by_text_only"]}
    for ev in events:
        if ev.location is None and ev.type not in unplaced:
            ev.location = location_of(ctx.text, ctx.places, told)
            ev.provenance["location"] = Provenance((told.start, told.end), "places.headline")
