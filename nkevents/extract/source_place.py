"""The one place a report's sources are told to be in, as the place of the events it leaves
unplaced when it names no other place inside or outside North Korea."""

from __future__ import annotations

from nkevents.detect.places import PlaceMention, location_of, source_home
from nkevents.extract.context import DocContext
from nkevents.gazetteer import rules
from nkevents.model import Event, Provenance

# Words that tell where a source is: a report whose text holds none has no source's place.
_SOURCE_WORDS = ("소식통", "source")


def sources_place(ctx: DocContext, events: list[Event]) -> None:
    """ "양강도 소식통은 ... 전했다", "a source based in Ryanggang Province said": a report
    whose only place (countries aside) is where its sources are tells of happenings there;
    an event its own sentences, paragraph and headline leave unplaced takes that place.
    Never a campaign (told without a place it is nationwide, and a local source tells of
    it), nor a measure, nor when the report names any other town, province or site."""
    if not any(e.location is None for e in events) or not any(
        w in ctx.lowered for w in _SOURCE_WORDS
    ):
        return
    homes: dict[str, PlaceMention] = {}
    for p in ctx.places:
        top = p.candidates[0]
        if top.kind == "country" or p.seat:
            continue
        if source_home(ctx.text, p):
            homes.setdefault(top.id, p)
        elif ctx.usable(p):
            return  # another place told: the sources' home is not the story's
    towns = {p.candidates[0].admin1 for p in homes.values() if p.candidates[0].kind != "province"}
    homes = {  # "양강도 혜산시 소식통": the province holds the town, one home
        k: p
        for k, p in homes.items()
        if p.candidates[0].kind != "province" or p.candidates[0].admin1 not in towns
    }
    if len(homes) != 1:
        return
    home = next(iter(homes.values()))
    if home.candidates[0].country not in ("KP", ""):
        return  # a source abroad tells of the North from outside it
    unplaced = {
        *rules()["placed_without_paragraph"],
        *rules()["placed_by_text_only"],
        *rules()["not_placed_by_source_home"],
    }
    for ev in events:
        if ev.location is None and ev.type not in unplaced:
            ev.location = location_of(ctx.text, ctx.places, home)
            ev.provenance["location"] = Provenance((home.start, home.end), "places.sources")
