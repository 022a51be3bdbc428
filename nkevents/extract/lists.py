"""Gapped lists: one verb shared by several dated happenings in one sentence.

"In April two brokers were shot for trafficking women, in June a teacher for distributing
Bibles, and in August three miners for stealing copper": three executions, each with its
own date, count, charges and place. A sentence is such a list when two or more dates each
open an item (after the sentence start, a comma or a semicolon) and the items name people;
its event mention is then split into one per item. A timeline ("2012: twenty officers
executed 2013: the leader's uncle executed") is split into its entries that tell an event of
the mention's type.
"""

from __future__ import annotations

import re
from dataclasses import replace

from nkevents.detect.dates import DateMention
from nkevents.detect.numbers import CountMention
from nkevents.detect.numbers import lexicon as number_words
from nkevents.extract.argument_dates import ko_offence_of_enforcement, reported_date
from nkevents.extract.context import DocContext
from nkevents.extract.mention import Mention
from nkevents.extract.realis import cues
from nkevents.prefilter import prefiltered

LIST_TYPES = {"execution", "arrest", "trial", "detention", "escape", "smuggling"}
# What stands before a date that opens an item: the sentence start or a list separator.
_OPENS = {
    # "; and last year a teacher ...", ", and earlier this month two ...": no preposition;
    # "...: in March two, in June one": a colon opens the first item
    "en": re.compile(
        r"(?:^|[,;:]\s*(?:and\s+|while\s+|then\s+)?|\s+and\s+)(?:in|on|by|during)\s+$"
        r"|(?:;\s*(?:and\s+)?|,\s*and\s+)$",
        re.I,
    ),
    "ko": re.compile(r"(?:^|[,;]\s*|\s또\s)$"),
}
# One person named in an item: "a teacher", "one retired miner".
_A_PERSON = re.compile(r"\b(?:a|an|one)\s+(?P<first>[a-z-]+)(?:\s+(?P<second>[a-z]+))?\b", re.I)
# A timeline's entry: a date followed by a colon.
_TIMELINE = re.compile(r":\s")
# What follows a Korean date that opens an item: "4월에 2명, 6월에 1명", "3월 2명, 6월 1명".
_KO_AFTER = re.compile(r"(?:에는|에도|에)\s|\s(?=\d{1,3}\s?명)")


def split_lists(ctx: DocContext, mentions: list[Mention]) -> list[Mention]:
    """Each strong mention told over a gapped list, as one mention per item."""
    out: list[Mention] = []
    if ctx.language == "ko":
        _earlier_links_dated(ctx, mentions)
    for m in mentions:
        offence = ctx.language == "ko" and m.type == "smuggling" and m.date is None
        if offence and ko_offence_of_enforcement(ctx, m):
            out.append(m)  # "8월에 소를 밀매한 죄로 9명이, 9월에는 ... 총살됐다": the items'
            continue  # dates are the executions'; the offence is dated by none of them
        if m.strength == "strong" and ctx.language == "ko" and m.type in _TIMES_TYPES:
            times = _ko_times(ctx, m)
            if times:
                out.extend(times)
                continue
        if m.strength != "strong" or m.type not in LIST_TYPES:
            out.append(m)
            continue
        items = _items(ctx, m)
        if _unsplit(items, m) and ctx.language == "ko":
            items = _ko_clauses(ctx, m)
        if _unsplit(items, m) and ctx.language == "en":
            items = _similar_case(ctx, m)
        if _unsplit(items, m) and ctx.language == "en":
            items = _interval_case(ctx, m)
        if _unsplit(items, m) and ctx.language == "en" and not m.part:
            items = _en_clauses(ctx, m)  # (a sentence told by place is split already)
        if _unsplit(items, m) and ctx.language == "en" and not m.part:
            items = _trailing_items(ctx, m)
        if m.part and len(items) > 1:
            items = _item_of_place(m, items)
        out.extend(items)
    return out


# Dates joined as one list ("지난 2월과 4월", "3일, 5일") and the count of times after them
# ("두 차례에 걸쳐", "세 번"): each date is one happening.
_TIMES_TYPES = {*LIST_TYPES, "crackdown"}
_KO_DATE_JOINT = re.compile(r"\s?(?:과|와|,|및)\s?")
# After the dates and before the event word: the dates were another act's ("... 발사 이후")
_KO_DATES_OTHER = re.compile(r"(?:이후|직후|후에|후|뒤|때|전에|사이)(?:에|부터)?\s")
_KO_TIMES = re.compile(
    r"\s?(?:등\s)?(?:두|세|네|다섯|[2-5])\s?(?:차례|번|회)(?:에|나|씩)?(?![가-힣])"
)


def _ko_times(ctx: DocContext, m: Mention) -> list[Mention]:
    """ "지난 2월과 4월 두 차례에 걸쳐 검열을 벌였다": one mention per date, when the dates
    are told as a list and counted as so many times."""
    s = m.sentence
    dates = [d for d in ctx.dates_in((s.start, s.end)) if d.value]
    for i in range(len(dates) - 1):
        run = [dates[i]]
        for d in dates[i + 1 :]:
            if not _KO_DATE_JOINT.fullmatch(ctx.text, run[-1].end, d.start):
                break
            run.append(d)
        if len(run) < 2 or len({d.value for d in run}) < len(run):
            continue
        times = _KO_TIMES.match(ctx.text, run[-1].end)
        if times is None or run[0].start > m.trigger[0]:
            continue
        if _KO_DATES_OTHER.search(ctx.text, times.end(), m.trigger[0]):
            continue  # "7월 4일과 28일 두 차례 (미사일) 발사 이후 ... 단속": another act's days
        months = {d.value[:7] for d in run}
        if len(months) == 1 and all(len(d.value) > 7 for d in run):
            # "5월 29일과 31일 두 차례": the days of one month, told as one happening of it
            month = DateMention(run[0].start, run[-1].end, "", months.pop(), "ko_times_month")
            return [replace(m, date=month)]
        if len(months) < len(run):
            continue
        return [replace(m, date=d, part=True) for d in run]
    return []


def _item_of_place(m: Mention, items: list[Mention]) -> list[Mention]:
    """ "3월 혜산에서 2명이 총살됐고, 5월에는 회령에서 1명이 총살됐다": a sentence told by place
    is split already, one part per place; each part is the one item of the list told at its
    place (with that item's date and count), not one more part per item."""
    if m.location is None:
        return items
    same = [i for i in items if i.location is not None and i.location.name == m.location.name]
    return same if len(same) == 1 else [m]


def _unsplit(items: list[Mention], m: Mention) -> bool:
    return len(items) == 1 and items[0] is m


# "..., a month after an earlier incident when two ...": an earlier happening of the kind
# told in a clause of the sentence, with a date of its own.
_SIMILAR_CASE = prefiltered(
    r"(?i),?\s*(?:following|after|like|as in|similar to|months after|weeks after)\s+"
    r"(?:a|an|another)\s+(?:similar|earlier|previous|separate)\s+(?:case|incident|one)\b"
)
_WHICH = re.compile(r"(?i)\b(?:in which|when|where|that saw)\b")


def _similar_case(ctx: DocContext, m: Mention) -> list[Mention]:
    """ "Police arrested four traders on 3 June, a month after an earlier incident when two
    smugglers were arrested in April": the clause tells another happening of the mention's
    type, with its own date and count; the mention keeps what is told before the clause."""
    s = m.sentence
    found = _SIMILAR_CASE.search(ctx.text, m.trigger[1], s.end)
    if found is None:
        return [m]
    which = _WHICH.search(ctx.text, found.end(), min(s.end, found.end() + 60))
    if which is None:
        return [m]
    head, tail = (s.start, found.start()), (found.start(), s.end)
    dates = [d for d in ctx.dates_in(tail) if d.value]
    counts = [c for c in ctx.counts_in((which.end(), s.end)) if ctx.is_people(c)]
    if not dates or not counts:
        return [m]
    return _told_and_earlier(ctx, m, head, tail, dates[0], counts[0])


def _told_and_earlier(
    ctx: DocContext,
    m: Mention,
    head: tuple[int, int],
    tail: tuple[int, int],
    date: DateMention | None,
    count: CountMention,
) -> list[Mention]:
    """The mention as told before a clause of an earlier happening (`head`), and that
    happening (`tail`) with its own date, count, place and charges."""
    placed = [p for p in ctx.places_in(tail) if ctx.usable(p)]
    other = replace(
        m,
        date=date,
        people=count,
        location=ctx.locate(tail, m.type) if placed else None,
        location_explicit=bool(placed),
        charges=ctx.labels_in("charges", tail) if m.charges else [],
        another=True,
        one_more=True,
    )
    own_date = m.date if m.date is not None and m.date.start < head[1] else None
    own_people = m.people if m.people is not None and m.people.start < head[1] else None
    first = replace(m, date=own_date, people=own_people)
    if m.location is not None:
        first.location = ctx.locate(head, m.type)  # the clause's place is the other one's
    return [first, other]


# "came a week after three people were shot in Hoeryong": a happening so long before the one
# told, in a clause of its own
_INTERVAL_AFTER = prefiltered(
    r"(?i)\b(?:a|one|two|three|four|five|six|\d+|several|a few)\s+(?:days?|weeks?|months?|"
    r"years?)\s+after\s+"
)


def _interval_case(ctx: DocContext, m: Mention) -> list[Mention]:
    """ "The executions came a week after three people were shot in Hoeryong": the clause after
    "a week after" tells another happening of the mention's type, with its own count (and its
    own place, if it names one); the mention keeps what is told before the clause."""
    s = m.sentence
    if "after" not in ctx.lowered[s.start : s.end]:
        return [m]
    found = _INTERVAL_AFTER.search(ctx.text, s.start, s.end)
    if found is None:
        return [m]
    head, tail = (s.start, found.start()), (found.end(), s.end)
    if not any(label == m.type for label, _ in ctx.matches_in("triggers", tail)):
        return [m]
    counts = [c for c in ctx.counts_in(tail) if ctx.is_people(c)]
    if not counts:
        return [m]
    dates = [d for d in ctx.dates_in(tail) if d.value and not reported_date(ctx, d)]
    return _told_and_earlier(ctx, m, head, tail, dates[0] if dates else None, counts[0])


# Where an English clause ends and the next one of the sentence begins: "; ", ", and",
# ", while", ", whereas", ", but".
_EN_JOINT = re.compile(r"(?i);\s*|,\s*(?:and|while|whereas|but)\s+")


def _en_clauses(ctx: DocContext, m: Mention) -> list[Mention]:
    """ "Two soldiers were executed in Onsong in February, and a farmer was executed in Kilju
    in May", "sentenced Choe to 12 years on 2 March, and on 10 March sentenced Ri to 15
    years", "Two smugglers were shot on 4 April; a week later three more were executed":
    clauses of one sentence, each with its own word of the mention's type and its own count
    or date, are happenings of their own; each keeps what its clause tells."""
    s = m.sentence
    own = [w for label, w in ctx.matches_in("triggers", (s.start, s.end)) if label == m.type]
    if len(own) < 2:
        return [m]
    cuts = []
    for before, after in zip(own, own[1:], strict=False):
        # words with no joint between them are of one clause ("the executions took place
        # in Hyesan, where three were shot"): the second says the first again
        joints = list(_EN_JOINT.finditer(ctx.text, before[1], after[0]))
        if joints:
            cuts.append(joints[-1].start())
    if not cuts:
        return [m]
    bounds = [s.start, *cuts, s.end]
    spans = [(bounds[i], bounds[i + 1]) for i in range(len(bounds) - 1)]
    parts = [_clause_part(ctx, m, span) for span in spans]
    # what each clause tells of its own: a date, a count or a place it names ("in Chongjin,
    # where a market manager was shot, and in Kilju, where ...")
    told = [
        (
            p.date.value if p.date else None,
            p.people.value if p.people else None,
            p.location.name if p.location is not None and p.location_explicit else None,
        )
        for p in parts
    ]
    if not all(any(t) for t in told) or len(set(told)) < len(told):
        return [m]  # a clause with nothing of its own, or two alike: one happening
    return parts


# Where an item told after the verb begins: ", along with 40 others on 18 September", ", and
# nearly 50 in July 2021", " and 7 in Musan on June 1" (a count right after "and").
_TRAILING_JOINT = re.compile(
    r"(?i),\s*(?:and\s+|along with\s+|as well as\s+|plus\s+)?"
    r"|\s+(?:and|along with|as well as)\s+(?=(?:about |nearly |some |around |more than |over |"
    r"at least |another )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\b"
    # "and a third on Oct. 29", "and another on Monday", "and a teacher on Oct. 29"
    r"|(?:a (?:second|third|fourth|fifth)|another)\b|an? [\w-]+ (?:on|in) )"
)


# What follows "another", "a third" when they stand for one more person: a place, a day or a
# verb, not a noun of their own ("another raid")
_PERSON_AFTER = re.compile(
    r"(?i)\s*(?:[,.;:)]|$|(?:on|in|at|near|for|from|was|were|who|during|last|earlier|later|"
    r"man|woman|person|trader|smuggler|soldier|defector|broker|resident|teacher|student|worker|"
    r"farmer|official|officer)\b)"
)


# ", an official said on Thursday": who told it and when, no item of the list
_ATTRIBUTION = re.compile(r"(?i)\b(?:said|says|say|told|reported|reports|according to|announced)\b")


def _trailing_items(ctx: DocContext, m: Mention) -> list[Mention]:
    """ "On 29 August 80 North Koreans were repatriated, along with 40 others on 18 September,
    and nearly 50 in July 2021": one verb, its items told after it, each with its own count
    and its own date, are happenings of their own. Every part names one date and a count,
    and the dates differ; else the sentence tells one happening."""
    s = m.sentence
    cuts = [j.start() for j in _TRAILING_JOINT.finditer(ctx.text, m.trigger[1], s.end)]
    if not cuts:
        return [m]
    bounds = [s.start, *cuts, s.end]
    spans = [(bounds[i], bounds[i + 1]) for i in range(len(bounds) - 1)]
    parts = []
    for span in spans:
        said = _ATTRIBUTION.search(ctx.text, *span)
        cut = ctx.text.rfind(",", span[0] + 1, said.start()) if said else -1
        if said and cut > span[0] and span[0] != s.start:
            span = (span[0], cut)  # " and 45 in 2018, the group said": the item before it
            said = None
        # a date after "confirmed that" is the item's, so no date of telling is set aside
        dates = [d for d in ctx.dates_in(span) if d.value]
        counts = [c for c in ctx.counts_in(span) if ctx.is_people(c)]
        if not counts and span[0] != s.start:  # " and three in July": the verb's noun, counted
            counts = _listed([_bare_count(ctx, span) or _counted_more(ctx, span)])
        one = None if counts or span[0] == s.start else _one_person(ctx, span)  # "a third"
        if one is not None and one.rule == "more" and not _PERSON_AFTER.match(ctx.text, one.end):
            one = None  # "a month before another raid in June": no person
        if len(dates) != 1 or not (counts or one) or said:
            if span[0] == s.start:
                return [m]  # the verb's own clause names no date and count of its own
            continue  # a clause of circumstance ("- having increased since ..."): no item
        parts.append(replace(_clause_part(ctx, m, span), date=dates[0]))
    if len(parts) < 2 or len({p.date.value for p in parts if p.date}) < len(parts):
        return [m]
    return parts


def _clause_part(ctx: DocContext, m: Mention, span: tuple[int, int]) -> Mention:
    """The mention as one clause of its sentence tells it."""
    dates = [d for d in ctx.dates_in(span) if d.value and not reported_date(ctx, d)]
    counts = [c for c in ctx.counts_in(span) if ctx.is_people(c)]
    placed = [p for p in ctx.places_in(span) if ctx.usable(p)]
    penalties = [p for p in ctx.penalties_in(span) if not p.negated]
    return replace(
        m,
        date=dates[0] if dates else None,
        people=counts[0] if counts else _one_person(ctx, span),
        charges=ctx.labels_in("charges", span) if m.charges else [],
        commodities=ctx.labels_in("commodities", span) if m.commodities else [],
        location=ctx.locate(span, m.type) if placed else None,
        location_explicit=bool(placed),
        penalty=penalties[0] if penalties and m.penalty is not None else m.penalty,
        part=True,
    )


# The end of a Korean clause joined to the next: "처형당했고, ", "체포됐으며 " (with no comma
# only when each clause is dated apart: "2월 처형됐고 4월에는 ...").
_KO_CLAUSE_END = re.compile(r"(?:했|됐|었|았|였|졌)(?:고|으며|며)(,?)\s")


def _ko_clauses(ctx: DocContext, m: Mention) -> list[Mention]:
    """ "2명이 처형당했고, ... 4명 역시 처형됐다": two clauses joined in one sentence, each
    with its own count and its own word of the mention's type, are two happenings; each
    keeps the date, count and charges of its clause."""
    s = m.sentence
    # a word told as not done is no clause's happening ("도주한 2명을 제외한 10명이")
    undone = cues().irrealis_after["ko"]
    own = [
        w
        for label, w in ctx.matches_in("triggers", (s.start, s.end))
        if label == m.type and not undone.match(ctx.text, w[1], min(s.end, w[1] + 48))
    ]
    if len(own) < 2:
        return [m]
    first, second = own[0], own[-1]
    joint = _KO_CLAUSE_END.search(ctx.text, first[1], second[0])
    chain = joint is None
    if chain:  # "1명을 처형한 데 이어 19일에는 ...": a chain's earlier and later link
        joint = KO_CHAIN_JOINT.search(ctx.text, first[1], second[0])
    if joint is None:
        return [m]
    spans = [(s.start, joint.end()), (joint.end(), s.end)]
    counts = [[c for c in ctx.counts_in(span) if ctx.is_people(c)] for span in spans]
    told = [
        [d for d in ctx.dates_in(span) if d.value and not (chain and reported_date(ctx, d))]
        for span in spans
    ]
    # a later link with a day of its own is another happening even when no count tells it
    # ("... 처한 데 이어 19일에는 공개재판을 열고 수백명을 ..."); so is a clause joined by "-고"
    # whose date is another than the one the clause before tells ("김씨는 작년 9월 체포됐고,
    # 박씨는 12월 30일 붙잡혔다": two people, two days)
    dated_apart = chain and bool(told[1]) and all(d.value != told[1][0].value for d in told[0])
    days: list[DateMention | None] = []
    if not chain:  # each clause's day: the last told before its word (a Korean date leads)
        words = [first, second]
        days = [_last_day(ctx, (span[0], word[0])) for span, word in zip(spans, words, strict=True)]
        d1, d2 = days
        dated_apart = d1 is not None and d2 is not None and not _nested_dates(d1.value, d2.value)
        if not joint.group(1) and not dated_apart:
            return [m]  # "처형됐고 " with no comma: one clause runs on, unless dated apart
    if not all(counts) and not dated_apart:
        return [m]  # one count for both verbs: one happening told twice
    if dated_apart and not chain:
        return [
            _ko_dated_part(ctx, m, span, found, day)
            for span, found, day in zip(spans, counts, days, strict=True)
        ]
    parts = []
    for span, found, dates in zip(spans, counts, told, strict=True):
        if m.date is not None and span[0] <= m.date.start < span[1]:
            date = m.date
        elif dates and (span[0] > s.start or chain):
            date = dates[-1] if span[0] == s.start else dates[0]
        else:
            date = None
        parts.append(
            replace(
                m,
                date=date,
                people=found[-1] if found else None,
                charges=ctx.labels_in("charges", span) if m.charges else [],
                part=True,
            )
        )
    return parts


def _last_day(ctx: DocContext, span: tuple[int, int]) -> DateMention | None:
    """The last date in a span that is no day of telling."""
    days = [d for d in ctx.dates_in(span) if d.value and not reported_date(ctx, d)]
    return days[-1] if days else None


def _ko_dated_part(
    ctx: DocContext,
    m: Mention,
    span: tuple[int, int],
    counts: list[CountMention],
    date: DateMention | None,
) -> Mention:
    """One of two Korean clauses dated apart, with its own date (the last before its word),
    count, place and charges."""
    placed = [p for p in ctx.places_in(span) if ctx.usable(p)]
    return replace(
        m,
        date=date,
        people=counts[-1] if counts else None,
        charges=ctx.labels_in("charges", span) if m.charges else [],
        location=ctx.locate(span, m.type) if placed else None,
        location_explicit=bool(placed),
        part=True,
    )


def _nested_dates(a: str, b: str) -> bool:
    """Whether two dates may name one time (one within the other: "2019" and "2019-04")."""
    return a.startswith(b) or b.startswith(a)


def _earlier_links_dated(ctx: DocContext, mentions: list[Mention]) -> None:
    """ "지난 5일 1명을 처형한 데 이어 19일에는 ...": a word told before a chain's joint takes
    no date told after it (a Korean date stands before its verb: that one is the later
    link's); it keeps the last date told before it, if any."""
    for m in mentions:
        d = m.date
        if m.strength != "strong" or m.part or d is None or d.start < m.trigger[1]:
            continue
        joint = KO_CHAIN_JOINT.search(ctx.text, m.trigger[1], d.start)
        if joint is None:
            continue
        before = [
            x
            for x in ctx.dates_in((m.sentence.start, m.trigger[0]))
            if x.value and not reported_date(ctx, x)
        ]
        m.date = before[-1] if before else None


# The joint of a Korean chain told in one sentence: "체포된 데 이어", "처형한데 이어서".
KO_CHAIN_JOINT = re.compile(r"(?<=[한된])\s?데\s?이어(?:서)?\s")


def _items(ctx: DocContext, m: Mention) -> list[Mention]:
    s = m.sentence
    openers = [d for d in ctx.dates_in((s.start, s.end)) if _opens_item(ctx, s.start, d)]
    if len(openers) < 2 or len({d.value for d in openers}) < len(openers):
        return [m]
    bounds = [d.start for d in openers] + [s.end]
    spans = [(bounds[i], bounds[i + 1]) for i in range(len(openers))]
    counts = [[c for c in ctx.counts_in(span) if ctx.is_people(c)] for span in spans]
    if all(_TIMELINE.match(ctx.text, d.end) for d in openers):
        # a timeline: each entry that tells this kind of event is one
        told = [_tells(ctx, span, m.type) for span in spans]
        if sum(told) < 2:
            return [m]
        items = [i for i, t in enumerate(told) if t]
        shared = None  # an entry shares no verb, so no place, with the others
    else:
        if ctx.language == "en":  # "in June one more", "in May a teacher": one person each
            counts = [
                c or _listed([_one_person(ctx, span)])
                for c, span in zip(counts, spans, strict=True)
            ]
        if sum(bool(c) for c in counts) < 2:
            return [m]  # dates of one happening, not items naming people
        items = _own_items(ctx, m, spans)
        if len(items) < 2:
            return [m] if items == [] else [_narrowed(ctx, m, spans[items[0]], openers[items[0]])]
        shared = m.location
    parts = []
    for i in items:
        date, span, found = openers[i], spans[i], counts[i]
        # an item that names no place of its own shares the verb's ("were shot in Hyesan")
        placed = [p for p in ctx.places_in(span) if ctx.usable(p)]
        where = (ctx.locate(span, m.type) if placed else None) or shared
        parts.append(
            replace(
                m,
                date=date,
                people=found[0] if found else None,
                charges=ctx.labels_in("charges", span) if m.charges else [],
                location=where,
                location_explicit=bool(placed) or (shared is not None and m.location_explicit),
                part=True,
            )
        )
    return parts


def _listed(found: list[CountMention | None]) -> list[CountMention]:
    return [c for c in found if c is not None]


# A word of an act named as the reason of an item's judgement ("in June three miners for
# smuggling copper", "구리를 밀수한 죄로 2명이", "마약을 밀매한 혐의로"): the item's offence,
# no verb of its own.
_EN_REASON_BEFORE = re.compile(
    r"(?i)\b(?:for|of)\s+"
    r"(?:(?:illegally|allegedly|secretly|repeatedly|attempting to|trying to)\s+)?$"
)
_KO_REASON_AFTER = re.compile(r"(?:한|하던|했던|해\s?온|된)?\s?(?:죄|혐의|죄목)(?:로|를|가|와|과)")
_REASON_REACH = 40  # characters before an English word searched for its "for"


def _reason(ctx: DocContext, at: tuple[int, int]) -> bool:
    if ctx.language == "ko":
        return _KO_REASON_AFTER.match(ctx.text, at[1]) is not None
    before = ctx.text[max(0, at[0] - _REASON_REACH) : at[0]]
    return _EN_REASON_BEFORE.search(before) is not None


def _own_items(ctx: DocContext, m: Mention, spans: list[tuple[int, int]]) -> list[int]:
    """The items the mention's verb tells: in a list whose items each have a verb of their
    own ("in 2017 a trader was shot ...; in 2018 two women were jailed ...; last year a
    teacher was arrested ..."), those with a word of the mention's type; an item with no
    event word shares the verb of the list ("in June a teacher for ..."), and so does an
    item whose only other word is its reason ("in August three miners for smuggling
    copper"). A mention told by such a reason is its own item's alone."""
    if _reason(ctx, m.trigger):
        return [i for i, (a, b) in enumerate(spans) if a <= m.trigger[0] < b]
    words = [
        [(label, at) for label, at in ctx.matches_in("triggers", span) if not _reason(ctx, at)]
        for span in spans
    ]
    if not any(label != m.type for found in words for label, _ in found):
        return list(range(len(spans)))  # one verb (or one kind of verb) for all items
    return [i for i, found in enumerate(words) if not found or any(lb == m.type for lb, _ in found)]


def _narrowed(ctx: DocContext, m: Mention, span: tuple[int, int], date: DateMention) -> Mention:
    """The one item of a list that tells the mention: its date, count, place and charges."""
    counts = [c for c in ctx.counts_in(span) if ctx.is_people(c)]
    placed = [p for p in ctx.places_in(span) if ctx.usable(p)]
    return replace(
        m,
        date=date,
        people=counts[0] if counts else _one_person(ctx, span) or m.people,
        charges=ctx.labels_in("charges", span) if m.charges else [],
        commodities=ctx.labels_in("commodities", span) if m.commodities else [],
        location=ctx.locate(span, m.type) if placed else m.location,
        location_explicit=bool(placed) or m.location_explicit,
        part=True,
    )


def _tells(ctx: DocContext, span: tuple[int, int], event_type: str) -> bool:
    return any(label == event_type for label, _ in ctx.matches_in("triggers", span))


# "in June one more", "and another in July", "a further two": the item's people told as more
_MORE = re.compile(
    r"(?i)\b(?:(?P<n>one|two|three|four|five|six|seven|eight|nine|ten|\d+) more"
    r"|another(?: (?P<a>two|three|four|five|six|seven|eight|nine|ten|\d+)\b)?"
    r"|a (?:second|third|fourth|fifth)\b"
    r"|a further (?P<f>one|two|three|four|five|six|seven|eight|nine|ten|\d+))\b"
)


# A bare number standing for the list's people, right before the item's place or reason:
# "in May one in Hoeryong", "in June three for stealing copper"
_BARE_COUNT = re.compile(
    r"(?i)(?<=\s)(?P<n>one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})"
    r"\s+(?!in (?:total|all)\b)(?=(?:in|at|near|for|from|were|was)\s)"
    # a spelled number that ends its item: "in March two, in June one and in August four."
    r"|(?<=\s)(?P<w>one|two|three|four|five|six|seven|eight|nine|ten)(?=\s*[,;.]|\s+and\s)"
)


def _one_person(ctx: DocContext, span: tuple[int, int]) -> CountMention | None:
    """ "in June a teacher for ...": an item that names one person counts one."""
    if ctx.language != "en":
        return None
    more = _MORE.search(ctx.text, span[0], span[1])
    if more is not None:
        said = more.group(0)
        word = (more["n"] or more["f"] or more["a"] or "one").lower()
        value = int(word) if word.isdigit() else number_words().values.get(word, 1)
        return CountMention(more.start(), more.end(), said, value, None, False, "more")
    people = number_words().people
    bare = _bare_count(ctx, span)
    if bare is not None:  # "and in May one in Hoeryong": the number counts the list's noun
        return bare
    for found in _A_PERSON.finditer(ctx.text, span[0], span[1]):
        for noun in ("first", "second"):
            if found[noun] and found[noun].lower() in people:
                end = found.end(noun)
                said = ctx.text[found.start() : end]
                return CountMention(found.start(), end, said, 1, found[noun], False, "singular")
    return None


def _counted_more(ctx: DocContext, span: tuple[int, int]) -> CountMention | None:
    """ "and two more in Onsong", "a further 12": the item's people counted as more (not a bare
    "another", which names no people: "a month before another raid")."""
    more = _MORE.search(ctx.text, span[0], span[1])
    if more is None or not (more["n"] or more["f"]):
        return None
    word = (more["n"] or more["f"]).lower()
    value = int(word) if word.isdigit() else number_words().values.get(word, 0)
    if not value:
        return None
    return CountMention(more.start(), more.end(), more.group(0), value, None, False, "more")


def _bare_count(ctx: DocContext, span: tuple[int, int]) -> CountMention | None:
    """A bare number standing for the list's people ("and three in July")."""
    bare = _BARE_COUNT.search(ctx.text, span[0], span[1])
    if bare is None:
        return None
    group = "n" if bare["n"] else "w"
    word = bare[group].lower()
    value = int(word) if word.isdigit() else number_words().values.get(word, 0)
    if not value:
        return None
    return CountMention(bare.start(group), bare.end(group), bare[group], value, None, False, "bare")


def _opens_item(ctx: DocContext, sentence_start: int, d: DateMention) -> bool:
    """Whether a date opens an item: "In April ...", ", in June ...", "4월에 ..., 6월에 ..."."""
    if ctx.language == "en" and _TIMELINE.match(ctx.text, d.end):
        return True  # "2013: ...", "Apr 30: ..."
    before = ctx.text[sentence_start : d.start]
    if not _OPENS[ctx.language].search(before):
        return False
    return ctx.language == "en" or bool(_KO_AFTER.match(ctx.text, d.end))
