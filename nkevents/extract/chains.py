"""Chains: one sentence that follows the same people through several happenings.

"Two soldiers caught crossing the river near Musan on 9 January are being held at the
county jail": the catching and the holding are two links, each its own event with its own
date. An English adverbial of time follows the verb it dates, so a date that stands after
one link's word and before the next link's belongs to the first; the later link has no
date of its own in this sentence. (In Korean the date comes first and a chain of clauses,
"지난 5일 ... 적발돼 ... 넘겨졌다", shares it: see mentions.dates_to_nearest.)
"""

from __future__ import annotations

import re
from dataclasses import replace

from nkevents.detect.dates import DateMention
from nkevents.extract.argument_dates import reported_date
from nkevents.extract.argument_people import outermost
from nkevents.extract.context import DocContext
from nkevents.extract.dating import IMPLICIT_RULES
from nkevents.extract.mention import Mention
from nkevents.model import Span

# The order of a chain's links. An earlier link told after a later one's date, in a clause
# of time ("arrested on April 22 after crossing the river"), happened then too.
_STAGE = {"escape": 0, "smuggling": 0, "seizure": 1, "arrest": 1, "detention": 2, "trial": 3}
_STAGE["execution"] = 4
_JUST_BEFORE = re.compile(r"(?i)\b(?:after|while|when|as|upon)\b")


def _leads_up_to(text: str, later: Mention, earlier: Mention, date_end: int) -> bool:
    """Whether a link told after a later one's date is what led straight to it."""
    if _STAGE.get(earlier.type, 9) >= _STAGE.get(later.type, -1):
        return False
    return bool(_JUST_BEFORE.search(text, date_end, earlier.trigger[0]))


# What may stand between a link's word and the date that follows it: no clause of its own.
_CLAUSE_BREAK = re.compile(r"[;:]|,\s+(?:and|but|while|then)\b|\b(?:and then|before|after)\b")


def date_each_link(
    text: str, language: str, mentions: list[Mention], ctx: DocContext | None = None
) -> None:
    """Take from a later link the date that follows an earlier link's word; the later link
    takes the date that follows its own word, if one does ("crossed the river on 3 May and
    were arrested in Yanji on 9 May": the arrest is of the 9th)."""
    if language != "en":
        return
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        if m.strength == "strong":
            by_sentence.setdefault(m.sentence.start, []).append(m)
    for links in by_sentence.values():
        if len(links) < 2:
            continue
        for m in links:
            d = m.date
            if d is None or d.start > m.trigger[0]:
                continue  # undated, or dated after its own word
            earlier = [
                o
                for o in links
                if o.type != m.type
                and not _leads_up_to(text, o, m, d.end)
                and o.trigger[1] <= d.start
                and not _CLAUSE_BREAK.search(text, o.trigger[1], d.start)
            ]
            if earlier:
                m.date = _own_date_after(ctx, m, links) if ctx else None


# Dates that name no year (the detector gives them the report's latest one) and dates that do.
_YEARLESS = {"month", "dm", "md", "ko_m", "ko_md"}
# (Korean: "2018년 3월", "2018년 3월 5일", "같은 해 5월")
_YEAR_TOLD = {"my", "dmy", "mdy", "year", "ko_ym", "ko_ymd", "ko_year"}


def carry_years(ctx: DocContext, mentions: list[Mention]) -> None:
    """ "Arrested in Shenyang in March 2018 before being repatriated in June and sent to a
    camp in August", "2018년 3월 체포돼 7월 북송됐다": a month told with no year after the date
    of an earlier link of the chain in the same sentence is of that link's year (or the next,
    when its month comes earlier), not the report's."""
    if ctx.language not in ("en", "ko"):
        return
    for m in mentions:
        d = m.date
        if d is None or d.rule not in _YEARLESS:
            continue
        # the year of an earlier link of the chain: the date of another happening told
        # before in the sentence
        told = sorted(
            (
                o.date
                for o in mentions
                if o is not m
                and o.strength == "strong"
                and o.sentence.start == m.sentence.start
                and o.trigger[0] < m.trigger[0]
                and o.date is not None
                and o.date.end <= d.start
                and o.date.rule in _YEAR_TOLD
                and o.date.value[:4].isdigit()
            ),
            key=lambda x: x.start,
        )
        if not told:
            continue
        year = int(told[-1].value[:4])
        if len(told[-1].value) >= 7 and int(d.value[5:7]) < int(told[-1].value[5:7]):
            year += 1  # "in November 2017 ... in February": the next year
        if str(year) != d.value[:4]:
            m.date = replace(d, value=f"{year}{d.value[4:]}")


def _own_date_after(ctx: DocContext, m: Mention, links: list[Mention]) -> DateMention | None:
    """The date told after a link's word, before the next link's word and in its clause."""
    stop = min((o.trigger[0] for o in links if o.trigger[0] > m.trigger[1]), default=None)
    end = stop if stop is not None else m.sentence.end
    for d in ctx.dates_in((m.sentence.start, m.sentence.end)):
        if m.trigger[1] <= d.start < end and not _CLAUSE_BREAK.search(
            ctx.text, m.trigger[1], d.start
        ):
            return None if reported_date(ctx, d) else d
    return None


# The links that a judgement's sentence may tell before it, with a day of their own.
_EARLIER_LINKS = {"arrest", "detention"}
_JUDGEMENTS = {"trial", "execution"}


def free_dated_links(ctx: DocContext, mentions: list[Mention]) -> None:
    """An arrest told inside a judgement's sentence with its own date is its own event.

    "A pastor arrested in Pyongyang on 3 March was sentenced in June", "지난 1월 2일
    억류된 뒤 3월 ... 선고받았다": the arrest is the chain's earlier link, dated by the date
    that stands with it (after its word in English, before it in Korean), and the judgement
    keeps the other. Both dates must be told and differ (in Korean, a link told as over,
    "억류된 뒤", needs only its own: the judgement then has none from it); the arrest is of
    the judgement's people. An arrest with no date of its own stays the judgement's
    background.
    """
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        by_sentence.setdefault(m.sentence.start, []).append(m)
    for told in by_sentence.values():
        judge = next((m for m in told if m.strength == "strong" and m.type in _JUDGEMENTS), None)
        if judge is None:
            continue
        for m in told:
            if m.strength == "strong" or m.type not in _EARLIER_LINKS:
                continue
            if m.trigger[0] >= judge.trigger[0]:
                continue  # told after the judgement: its place or its background
            own, other = _link_dates(ctx, m, judge)
            if own is None:
                continue
            if other is None and not (_then_korean(ctx, m) or _later(ctx, own.end, judge)):
                continue
            if other is not None and _nested(own.value, other.value):
                continue
            m.strength = "strong"
            m.type = "arrest"  # the earlier link is the taking into custody
            m.date = own
            m.people = judge.people
            m.location = ctx.locate(_link_span(ctx, m, judge), "arrest")
            m.location_explicit = m.location is not None
            m.penalty = None
            m.charges = []  # what the court found them guilty of is the judgement's
            judge.date = other


def _link_dates(
    ctx: DocContext, link: Mention, judge: Mention
) -> tuple[DateMention | None, DateMention | None]:
    """The date of the earlier link and the date of the judgement, in their sentence."""
    span = (link.sentence.start, link.sentence.end)
    dates = [
        d for d in ctx.dates_in(span) if d.rule not in IMPLICIT_RULES and not reported_date(ctx, d)
    ]
    if ctx.language == "ko":  # the date comes before its verb
        own = next((d for d in reversed(dates) if d.end <= link.trigger[0]), None)
        other = next((d for d in dates if d.start >= link.trigger[1]), None)
        return own, other
    own = next((d for d in dates if link.trigger[1] <= d.start < judge.trigger[0]), None)
    if own is not None and _CLAUSE_BREAK.search(ctx.text, link.trigger[1], own.start):
        own = None  # the date of another clause between the two words
    other = next((d for d in dates if d.start >= judge.trigger[1]), None)
    return own, other


# "억류된 뒤", "체포된 후", "체포돼 조사받은 다음": the link ended before what follows it
_KO_THEN = re.compile(r"[가-힣]{0,3}\s?(?:뒤|후|다음|이후)(?:에)?\s")


def _then_korean(ctx: DocContext, link: Mention) -> bool:
    """Whether a Korean link is told as over before the next one begins ("억류된 뒤"): its
    date, told before it, is its own even when the next link names none."""
    return ctx.language == "ko" and bool(_KO_THEN.match(ctx.text, link.trigger[1]))


# "arrested on 3 March and later sentenced": the judgement came at another time
_LATER = re.compile(
    r"(?i)\b(?:later|subsequently|eventually|afterwards|months after|weeks after)\b"
)


def _later(ctx: DocContext, after: int, judge: Mention) -> bool:
    """Whether an English judgement is told as coming later than the link dated before it."""
    return ctx.language == "en" and bool(_LATER.search(ctx.text, after, judge.trigger[0]))


def _link_span(ctx: DocContext, link: Mention, judge: Mention) -> Span:
    """Where the earlier link's own words stand: its place is named there."""
    if ctx.language == "ko":
        return (link.sentence.start, link.trigger[1])
    return (link.trigger[0], judge.trigger[0])


def _nested(a: str, b: str) -> bool:
    return a.startswith(b) or b.startswith(a)


# A capture of a boat (나포) told with a count of its crew: the crew are people taken.
_CAPTURE = re.compile(r"나포")
_VESSEL_KO = re.compile(r"어선|선박|배를|배가|화물선|선체|\d+척")


def crews_taken(ctx: DocContext, mentions: list[Mention]) -> list[Mention]:
    """ "어선과 선원 161명을 나포했다": the boat is seized and its crew are arrested, two
    happenings of one capture; "선원 262명 나포", with no boat named, is the arrest alone.
    Only a capture whose sentence counts people: "어선 3척을 나포했다" is the boats'."""
    if ctx.language != "ko":
        return mentions
    out: list[Mention] = []
    for m in mentions:
        out.append(m)
        if m.type != "seizure" or m.strength != "strong" or not _CAPTURE.match(m.trigger_text):
            continue
        span = (m.sentence.start, m.sentence.end)
        # "어부 9명과 기관사 3명을 태운 어선": the crew is both counts together
        crew = outermost(c for c in ctx.counts_in(span) if ctx.is_people(c))
        if not crew:
            continue
        people = min(crew, key=lambda c: abs(c.start - m.trigger[0]))
        if not _VESSEL_KO.search(ctx.text, *span):
            m.type = "arrest"  # people captured, no boat
            m.people = people
            continue
        out.append(replace(m, type="arrest", people=people, commodities=[]))
    return out


def sentences_apart(ctx: DocContext, mentions: list[Mention]) -> None:
    """ "Executed one man and sentenced 16 others to prison terms": the sentencing of other
    people is a trial of its own, whose penalty is the one told after its word (not the
    execution's death). A trial with the execution's count, or none, stays the execution's."""
    executions = [m for m in mentions if m.type == "execution" and m.strength == "strong"]
    for trial in mentions:
        if trial.type != "trial" or trial.strength != "strong" or trial.people is None:
            continue
        shot = next((e for e in executions if e.sentence.start == trial.sentence.start), None)
        if shot is None or shot.people is None or shot.trigger[0] > trial.trigger[0]:
            continue
        if shot.people.value == trial.people.value:
            continue
        span = (trial.sentence.start, trial.sentence.end)
        # Korean tells the term before its word ("12명은 징역형에 처했다"), after the shooting
        told_from = shot.trigger[1] if ctx.language == "ko" else trial.trigger[1]
        after = [
            p
            for p in ctx.penalties_in(span)
            if p.start >= told_from and not p.negated and p.kind != "death"
        ]
        if after:
            trial.penalty = after[0]


# "Its three sailors were also held": the same occasion as the sentence before
_ALSO_BEFORE = re.compile(r"(?i)\balso\s+(?:\w+\s+)?$")


def also_there(text: str, mentions: list[Mention]) -> None:
    """A strong mention told as 'also' done, with no place of its own, happened where the
    happening of the sentence just before did ('seized a plane at Bangkok airport. The crew
    were also detained.'); its date stays its own."""
    for i, m in enumerate(mentions):
        if m.strength != "strong" or m.location is not None or i == 0:
            continue
        if not _ALSO_BEFORE.search(text, max(m.sentence.start, m.trigger[0] - 20), m.trigger[0]):
            continue
        before = [
            o
            for o in mentions[:i]
            if o.strength == "strong" and o.sentence.end <= m.sentence.start and o.type != m.type
        ]
        if before and text[before[-1].sentence.end : m.sentence.start].strip() == "":
            m.location = before[-1].location
