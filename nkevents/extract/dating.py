"""Dates a report leaves implicit, given to events that found no date of their own.

Runs once the mentions are grouped into events, so an implicit date never splits or joins
events and never makes a passing mention an event of its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial

from nkevents.detect.dates import DateMention
from nkevents.extract.context import DocContext
from nkevents.extract.dispatch import label_of
from nkevents.extract.lexicon import lexicon
from nkevents.model import Event, Provenance, Span

# Rules of nkevents.detect.dates whose dates are implicit: "최근" (lately) is the month of
# publication (corpus/real/README.md: "in recent weeks" gives the month or year of publication);
# a lunar holiday ("음력설을 앞두고", "ahead of Chuseok") is the month it fell in, an anchor
# often told of what goes on around it, so it only dates an event that has no other date.
IMPLICIT_RULES = frozenset({"ko_lately", "ko_holiday", "holiday"})

# "최근" (lately) as an event's only time, by type. Over the 340 keyed reports an arrest or a
# trial so told is keyed the month of publication; a trade or an execution is a practice or a
# happening of no told time (keys: no date, or a time told elsewhere), as English "recently"
# leaves it; a campaign told "lately" (최근, English "recently") is keyed the year of
# publication in both languages. (A campaign told as going on now, "단속을 벌이고 있다",
# takes the month: argument_dates.ongoing_month.)
_LATELY_UNDATED = frozenset({"smuggling", "execution"})
_LATELY_YEAR = frozenset({"crackdown"})


def implicit_dates(ctx: DocContext, events: list[Event]) -> None:
    """An event with no date takes the first implicit date its evidence states. (The month a
    Korean source spoke in, "소식통은 17일 ...", given to every event, scored lower on the real
    tune set; told_months gives it only to the happenings the keys date so.)"""
    for event in events:
        if event.date is not None:
            continue
        etype = event.type
        found = _first(ctx, event, partial(_implicit, ctx, etype=etype))
        if found is None:
            continue
        rule = f"date.{found.rule}"
        event.date = found.value
        if found.rule == "ko_lately" and etype in _LATELY_YEAR:
            event.date, rule = found.value[:4], f"{rule}.campaign_year"
        event.provenance["date"] = Provenance((found.start, found.end), rule)


def _implicit(ctx: DocContext, d: DateMention, etype: str) -> bool:
    if d.rule not in IMPLICIT_RULES or _lately_told(ctx.text, d):
        return False
    return d.rule != "ko_lately" or etype not in _LATELY_UNDATED


# "최근 북한 전문 매체 데일리NK가 ... 보도했다": "lately" before a source that tells is when
# it told, not when the happening was
_KO_LATELY_SOURCE = re.compile(
    r"\s*(?:[^\s,.]+\s+){0,4}?[^\s,.]*(?:매체|방송|통신|신문|일보|데일리NK|RFA|VOA|연합뉴스|"
    r"단체|보고서|백서)(?:\s[A-Za-z가-힣]+)?(?:가|이|은|는|도)\s"
)
_KO_TOLD_END = re.compile(r"(?:보도|전했|밝혔|발표|공개|전하)[가-힣]*\.?$")


def _lately_told(text: str, d: DateMention) -> bool:
    """Whether "최근" opens a clause whose subject is a source and whose verb tells."""
    if d.rule != "ko_lately" or not _KO_LATELY_SOURCE.match(text, d.end):
        return False
    end = text.find("다.", d.end)
    end = end + 2 if end >= 0 else len(text)
    return bool(_KO_TOLD_END.search(text, d.end, end)) and "\n" not in text[d.end : end]


def _first(
    ctx: DocContext, event: Event, wanted: Callable[[DateMention], bool]
) -> DateMention | None:
    for span in event.evidence:
        found = [d for d in ctx.dates_in(span) if wanted(d)]
        if found:
            return found[0]
    return None


def campaign_months(events: list[Event], text: str = "", language: str = "") -> None:
    """A campaign dated by the day of an act told in it ("단속이 강화된 가운데 9일 5명이
    체포됐다", "6일 수색을 벌이던 경비대에 체포됐다") is of that day's month: the day is the
    act's, the campaign runs around it. Not when the day's own clause ends on the campaign's
    verb ("지난 5일 ... 가택수색을 벌였다"며 "이때 단속된 여성 2명은 ..."): the act took
    the campaign's day, nor when the act took the day from the campaign's sentence ("On
    March 6, a patrol stopped a car ... Both were arrested at the scene")."""
    acts = {
        (where.span, e.date)
        for e in events
        if e.type != "crackdown"
        and e.date
        and (where := e.provenance.get("date"))
        # an act that took the day from a sentence before its own took the campaign's day
        and any(a <= where.span[0] < b for a, b in e.evidence)
    }
    for e in events:
        where = e.provenance.get("date")
        day = e.type == "crackdown" and e.date is not None and len(e.date) == 10
        if day and where and (where.span, e.date) in acts:
            if language == "ko" and _own_clause_campaign(text, where.span[1]):
                continue
            e.date = (e.date or "")[:7]
            e.provenance["date"] = Provenance(where.span, f"{where.rule}.campaign_month")


# A Korean clause told as done, ending: "벌였다", "진행됐으며", "단행했고"
_KO_CLAUSE_DONE = re.compile(
    r"[가-힣]*(?:였|했|됐|었|졌|왔|갔|렸)(?:다|으며|고|는데)(?=[\s.,”\"'’]|$)"
)


def _own_clause_campaign(text: str, after: int) -> bool:
    """Whether the clause a Korean date opens ends on a campaign's verb, with no act's word
    of another type before it."""
    end = _KO_CLAUSE_DONE.search(text, after, after + 120)
    if end is None:
        return False
    labels = [
        label_of(w.lastgroup)
        for w in lexicon().triggers["ko"].finditer(text, after, end.end())
        if w.lastgroup
    ]
    return bool(labels) and all(label == "crackdown" for label in labels)


# The order of a chain's links (as chains._STAGE): a later link follows an earlier one; a
# campaign comes before the arrests it makes ("지난 3일 ... 가택수색을 벌였다. 이들은 ...
# 체포했다": the arrest of that month).
_STAGE = {
    "crackdown": 0,
    "escape": 0,
    "smuggling": 0,
    "seizure": 1,
    "arrest": 1,
    "detention": 2,
    "trial": 3,
}
_STAGE["execution"] = 4
_CHAIN_REACH = 800  # characters from the earlier link's date to the later link's sentence

# A sentence told of the people just named: "They were ...", "Both were ...", "Five were shot",
# "The two were sent ...", "이들은 ...", "체포된 가족들은 ...".
_SAME_PEOPLE = {
    "en": re.compile(
        r"(?i)\W*(?:(?:later|then|afterwards|eventually|subsequently|there),?\s+)?"
        r"(?:they|he|she|both|all|the\s+(?:[\w-]+\s+){0,2}?(?:two|three|four|five|six|seven|"
        r"eight|nine|ten|\d+|group|men|women|pair|couple|family|defectors|smugglers|suspects|"
        r"crew|sailors|fishermen|brothers|sisters|siblings)|(?:two|three|four|five|six|seven|"
        r"eight|nine|ten|\d+)(?:\s+of\s+them)?\s+(?:were|was|have|had))\b"
    ),
    "ko": re.compile(
        r"\W*(?:이후|이어|결국|그 뒤|그 후)?\s*(?:[가-힣]+\s){0,2}[가-힣]*(?:들|사람)(?:은|는|이)\s"
    ),
}


# A state told as before the time of the story: "had been sent", "복역 중이었습니다"
_BEFORE_THEN = re.compile(r"(?i)\bhad (?:been|already)\b|중이었|었었|였었")


# A pronoun subject alone: the people of the link before, all of them
_THEY = re.compile(r"\W*(?:(?:later|then|eventually),?\s+)?(?:they|이들은|이들이|그들은)\s", re.I)


def names_type(text: str, language: str, span: Span, etype: str) -> bool:
    """Whether an event word of a type stands in a span."""
    pattern = lexicon().triggers[language]
    return any(
        w.lastgroup and label_of(w.lastgroup) == etype
        for w in pattern.finditer(text, span[0], span[1])
    )


def chain_months(text: str, language: str, events: list[Event]) -> None:
    """A later link of a chain told with no date of its own, in a sentence about the people
    of a dated earlier link just before ("caught on 3 March ... They were sent to a camp",
    "Police arrested three porters in early June ... They were given a year"), happened
    that month: it takes the month, never the day, which the report does not give. The
    latest link told before is the one it follows. Told of "they" alone, with no count of
    its own, it also takes that link's people."""
    same_people = _SAME_PEOPLE.get(language)
    if same_people is None:
        return
    dated = [
        (where.span, e)
        for e in events
        if e.date and len(e.date) >= 7 and (where := e.provenance.get("date"))
    ]
    for e in events:
        stage = _STAGE.get(e.type)
        if e.date is not None or stage is None:
            continue
        best: tuple[int, int, Event, int] | None = None
        for span, f in dated:
            if _STAGE.get(f.type, 9) >= stage:
                continue
            after = [(s, end) for s, end in e.evidence if s >= span[1]]
            if not after or min(after)[0] - span[1] > _CHAIN_REACH:
                continue
            first, last = min(after)
            if not same_people.match(text, first) or _BEFORE_THEN.search(text, first, last):
                continue  # other people, or a state before the story ("had been sent")
            if not names_type(text, language, (first, last), e.type):
                continue  # "붙잡힌 사람들은 ... 혐의를 받고 있다": no link of its own there
            rank = (-_STAGE.get(f.type, 9), first - span[1])
            if best is None or rank < best[:2]:
                best = (*rank, f, first)
        if best is not None:
            f = best[2]
            where = f.provenance["date"]
            e.date = (f.date or "")[:7]
            e.provenance["date"] = Provenance(where.span, f"{where.rule}.chain_month")
            told = f.provenance.get("people")
            they = _THEY.match(text, best[3])  # "They received ...": the same people
            if e.people is None and f.people is not None and told is not None and they:
                e.people = f.people
                e.provenance["people"] = Provenance(told.span, f"{told.rule}.chain")
