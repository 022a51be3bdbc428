"""One event per place of a sentence told for several ("5 in Taehongdan and 5 in North
Hamgyong were executed", "ten in each city")."""

from __future__ import annotations

import re
from dataclasses import replace

from nkevents.detect.numbers import CountMention
from nkevents.detect.places import PlaceMention, locate
from nkevents.extract.context import DocContext
from nkevents.extract.mention import PEOPLE_TYPES, Mention, sentence_span
from nkevents.model import Span

# A count given for every place of a list: "in each city", "각 도시에서".
_EACH_PLACE = re.compile(
    r"\bin each (?:of the \w+ )?(?:city|cities|town|towns|county|counties|province|provinces)\b"
    r"|각 (?:도시|지역|시|군|도)",
    re.IGNORECASE,
)


def split_by_place(ctx: DocContext, m: Mention) -> list[Mention]:
    """ "5 in Taehongdan county and 5 in North Hamgyong were executed": one event per place."""
    if m.strength != "strong" or m.type not in PEOPLE_TYPES:
        return [m]
    if m.people is not None and _EACH_PLACE.search(ctx.text, *sentence_span(m)):
        return _each_place(ctx, m)
    pairs = _place_counts(ctx, sentence_span(m))
    if len({p.candidates[0].id for p, _ in pairs}) < 2:
        return [m]  # one place named twice is one event
    parts = []
    for place, count in pairs:
        loc = locate(ctx.text, ctx.places, [(place.start, place.end)], m.type)
        if loc is not None:
            parts.append(replace(m, location=loc, people=count, location_explicit=True, part=True))
    return parts or [m]


def _each_place(ctx: DocContext, m: Mention) -> list[Mention]:
    """ "Ten people were executed in each city. Places named included Chongjin, Sariwon...":
    one event per town named in this sentence or the next, each with the count."""
    following = [s for s in ctx.sentences if s.start >= m.sentence.start][:2]
    where = (m.sentence.start, following[-1].end)
    towns = {
        p.candidates[0].id: p
        for p in ctx.places_in(where)
        if p.candidates[0].precision in ("town", "county")
    }
    if len(towns) < 2:
        return [m]
    parts = []
    for place in towns.values():
        loc = locate(ctx.text, ctx.places, [(place.start, place.end)], m.type)
        if loc is not None:
            parts.append(replace(m, location=loc, location_explicit=True, part=True))
    return parts or [m]


def _place_counts(ctx: DocContext, span: Span) -> list[tuple[PlaceMention, CountMention]]:
    counts = [c for c in ctx.counts_in(span) if c.rule != "sum" and ctx.is_people(c)]
    places = ctx.places_in(span)
    pairs = []
    for c in counts:
        before = [p for p in places if p.end <= c.start and c.start - p.end <= 12]
        if before:
            pairs.append((before[-1], c))
    return pairs
