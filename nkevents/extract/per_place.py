"""One event per place of a sentence told for several ("5 in Taehongdan and 5 in North
Hamgyong were executed", "ten in each city")."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from nkevents.detect.dates import DateMention
from nkevents.detect.numbers import CountMention, number_regex, parse_number
from nkevents.detect.places import PlaceMention, locate
from nkevents.extract.argument_dates import reported_date
from nkevents.extract.context import DocContext
from nkevents.extract.mention import PEOPLE_TYPES, Mention, sentence_span
from nkevents.model import Span

# A count given for every place of a list: "in each city", "각 도시에서".
_EACH_PLACE = re.compile(
    r"\bin each (?:of the \w+ )?(?:city|cities|town|towns|county|counties|province|provinces)\b"
    r"|각 (?:도시|지역|시|군|도)",
    re.IGNORECASE,
)
# "three were arrested in each of Hyesan and Musan", "two people each were shot in X and Y",
# "two apiece in X and Y": the count given to every place the sentence itself lists
_EACH_LISTED = re.compile(
    r"\b[Ii]n each of (?=[A-Z])|\b(?:each|apiece)\b(?= (?:[\w-]+ ){0,4}?in [A-Z])"
)


def split_by_place(ctx: DocContext, m: Mention) -> list[Mention]:
    """ "5 in Taehongdan county and 5 in North Hamgyong were executed": one event per place."""
    if m.strength != "strong" or m.type not in PEOPLE_TYPES:
        return [m]
    if m.people is not None and _EACH_PLACE.search(ctx.text, *sentence_span(m)):
        return _each_place(ctx, m)
    if m.people is not None and _EACH_LISTED.search(ctx.text, *sentence_span(m)):
        return _each_place(ctx, m, reach=1)
    pairs = _place_counts(ctx, sentence_span(m))
    if len({p.candidates[0].id for p, _ in pairs}) < 2 and ctx.language == "en":
        pairs = _counts_then_places(ctx, m)
    if len({p.candidates[0].id for p, _ in pairs}) < 2:
        return _place_dates(ctx, m) or [m]  # one place named twice is one event
    days = _item_dates(ctx, m, [c for _, c in pairs])
    parts = []
    for (place, count), day in zip(pairs, days, strict=True):
        loc = locate(ctx.text, ctx.places, [(place.start, place.end)], m.type)
        if loc is not None:
            parts.append(
                replace(
                    m,
                    location=loc,
                    people=count,
                    location_explicit=True,
                    part=True,
                    date=day or m.date,
                )
            )
    return parts or [m]


def _item_dates(
    ctx: DocContext, m: Mention, counts: list[CountMention]
) -> list[DateMention | None]:
    """ "three in Hyesan on 2 March, two in Musan on 5 March": the date told in each item,
    from its count to the next one, when the items tell different dates (else none); a
    Korean item tells its date before its place and count ("2월 혜산에서 2명, 4월 무산에서
    3명이"): from the count before to its own."""
    if ctx.language == "ko":
        starts = [m.sentence.start] + [c.end for c in counts[:-1]]
        spans = list(zip(starts, [c.end for c in counts], strict=True))
    else:
        ends = [c.start for c in counts[1:]] + [m.sentence.end]
        spans = list(zip([c.start for c in counts], ends, strict=True))
    found = []
    for span in spans:
        dates = [d for d in ctx.dates_in(span) if d.value and not reported_date(ctx, d)]
        found.append(dates[0] if dates else None)
    if len({d.value for d in found if d is not None}) < 2:
        return [None] * len(counts)
    return found


def _each_place(ctx: DocContext, m: Mention, reach: int = 2) -> list[Mention]:
    """ "Ten people were executed in each city. Places named included Chongjin, Sariwon...":
    one event per town named in this sentence or the next (`reach` 1: this one only), each
    with the count."""
    following = [s for s in ctx.sentences if s.start >= m.sentence.start][:reach]
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


# A Korean count given to each place of the list before it: "평성과 순천에서 각각 2명씩"
_KO_EACH_BEFORE = re.compile(r"각각\s?$|각\s$")
_KO_EACH_AFTER = re.compile(r"\s?씩")
# What joins the places of a Korean list: "평성과 순천", "순천, 강계", "후창군 및 풍산군"
_KO_LIST_JOINT = re.compile(r"^(?:과|와)?\s?(?:,|및|그리고)?\s?$")


def _place_counts(ctx: DocContext, span: Span) -> list[tuple[PlaceMention, CountMention]]:
    counts = [c for c in ctx.counts_in(span) if c.rule != "sum" and ctx.is_people(c)]
    places = ctx.places_in(span)
    pairs: list[tuple[PlaceMention, CountMention]] = []
    for c in counts:
        before = [p for p in places if p.end <= c.start and c.start - p.end <= 12]
        if before:
            pairs.extend((p, c) for p in _ko_each(ctx, places, before[-1], c))
            pairs.append((before[-1], c))
    return pairs


def _ko_each(
    ctx: DocContext, places: list[PlaceMention], last: PlaceMention, c: CountMention
) -> list[PlaceMention]:
    """ "평성과 순천, 강계시에서 각각 2명씩": the places listed before the last one, when the
    count is given to each (각각 before it or 씩 after it); a place that qualifies the next
    ("양강도 후창군") is no item."""
    text = ctx.text
    if ctx.language != "ko":
        return []
    if not (_KO_EACH_BEFORE.search(text, last.end, c.start) or _KO_EACH_AFTER.match(text, c.end)):
        return []
    items: list[PlaceMention] = []
    at = places.index(last)
    while at > 0:
        prev, nxt = places[at - 1], places[at]
        if prev.end > nxt.start or not _KO_LIST_JOINT.match(text[prev.end : nxt.start]):
            break
        items.insert(0, prev)
        at -= 1
    return items


# "three women near Tumen, four in Hunchun and about 12 in Longjing", "and two others in
# Musan": each number of the list counts the noun of the first one, at the place told right
# after it
_PLACE_AFTER = re.compile(r"(?:\s+[\w-]+){0,3}?\s+(?:in|near|at|around|outside)\s+(?:the\s+)?")


_AGAIN = frozenset({"others", "more", "other"})


@cache
def _bare_number() -> re.Pattern[str]:
    return re.compile(
        r"(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:about|around|some|nearly|over|another|at least)\s+)?"
        rf"(?P<n>{number_regex()})(?=(?:\s+(?:others|more|other\s+people))?"
        r"\s+(?:in|near|at|around|outside)\s)"
    )


def _counts_then_places(ctx: DocContext, m: Mention) -> list[tuple[PlaceMention, CountMention]]:
    """The counts of a distributive list, each with the place told right after it; a list
    is one only where a bare number ("four in Hunchun") counts the noun before it."""
    span = sentence_span(m)
    headed = [c for c in ctx.counts_in(span) if c.rule != "sum" and ctx.is_people(c) and c.head]
    if not headed:
        return []
    # "and two others in Musan", "two more in Musan": the noun of the first count again
    counts = [
        replace(
            c,
            rule="distributive",
            head=headed[0].head,
            value=parse_number(c.text.split()[0]) or c.value,  # "two others": two, not 1 + 2
        )
        if c.head in _AGAIN and c is not headed[0]
        else c
        for c in headed
    ]
    headed = [c for c in counts if c.rule != "distributive"]
    for found in _bare_number().finditer(ctx.text, headed[0].end, span[1]):
        value = parse_number(found["n"])
        head = [c for c in headed if c.end <= found.start()][-1].head
        if value and not any(c.start <= found.start("n") < c.end for c in counts):
            n = (found.start("n"), found.end("n"))
            counts.append(CountMention(*n, found["n"], value, head, False, "distributive"))
    if not any(c.rule == "distributive" for c in counts):
        return []  # no bare number: not a list of counts by place
    places = ctx.places_in(span)
    pairs = []
    for c in sorted(counts, key=lambda c: c.start):
        after = [p for p in places if p.start >= c.end and p.start - c.end <= 40]
        if after and _PLACE_AFTER.fullmatch(ctx.text, c.end, after[0].start):
            pairs.append((after[0], c))
    return pairs if any(c.rule == "distributive" for _, c in pairs) else []


# A place and the date told right with it: "in Hyesan on 3 May", "3일 혜산에서"
_PLACE_THEN_DATE = re.compile(
    r"(?:\s+(?:city|county|province))?,?\s+(?:on|in|early in|late in)\s+$"
)
_DATE_THEN_PLACE = re.compile(r"^(?:에는|에|엔)?\s?$")
# what joins two such pairs: "and in", ", in", "에서, "
_PAIR_JOINT = {
    "en": re.compile(r"(?i)^\s*(?:,\s*)?(?:and\s+|as well as\s+)?(?:also\s+)?(?:in|at|near)\s+$"),
    "ko": re.compile(r"^(?:에서|에|서)?(?:는|도)?\s?[,과와]?\s?(?:그리고\s|또\s)?$"),
}


def _place_dates(ctx: DocContext, m: Mention) -> list[Mention]:
    """ "carried out executions in Hyesan on 3 May and in Musan on 9 May", "3일 혜산에서,
    9일 무산에서": places each told with a date of its own are as many happenings, each with
    its place and date."""
    span = sentence_span(m)
    dates = [d for d in ctx.dates_in(span) if d.value and not reported_date(ctx, d)]
    if len(dates) < 2:
        return []
    pairs: list[tuple[PlaceMention, DateMention]] = []
    for place in ctx.places_in(span):
        if not ctx.usable(place):
            continue
        for d in dates:
            if _told_together(ctx, place, d):
                pairs.append((place, d))
    if len(pairs) < 2 or len({p.candidates[0].id for p, _ in pairs}) < len(pairs):
        return []
    if len({d.value for _, d in pairs}) < len(pairs):
        return []
    ordered = sorted(pairs, key=lambda pd: min(pd[0].start, pd[1].start))
    for (p1, d1), (p2, d2) in zip(ordered, ordered[1:], strict=False):
        gap = (max(p1.end, d1.end), min(p2.start, d2.start))
        if gap[0] > gap[1] or not _PAIR_JOINT[ctx.language].match(ctx.text[gap[0] : gap[1]]):
            return []  # not items of one list
    parts = []
    for place, day in ordered:
        loc = locate(ctx.text, ctx.places, [(place.start, place.end)], m.type)
        if loc is None:
            return []
        parts.append(
            replace(m, location=loc, location_explicit=True, part=True, date=day, people=None)
        )
    return parts


def _told_together(ctx: DocContext, place: PlaceMention, d: DateMention) -> bool:
    """A place with its date right after it ("in Hyesan on 3 May"), a Korean date with its
    place right after it ("3일 혜산에서")."""
    if ctx.language == "en":
        gap = ctx.text[place.end : d.start]
        return 0 <= d.start - place.end <= 20 and bool(_PLACE_THEN_DATE.search(gap + " "))
    gap = ctx.text[d.end : place.start]
    return 0 <= place.start - d.end <= 4 and bool(_DATE_THEN_PLACE.match(gap))
