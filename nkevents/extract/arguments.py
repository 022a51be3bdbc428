"""Arguments of a mention from the clause that governs its trigger: date, place, count,
penalty, facility, charges, goods, actors (dates and counts in their own modules)."""

from __future__ import annotations

import re
from dataclasses import replace

from nkevents.detect.penalties import PenaltyMention
from nkevents.detect.places import is_locative
from nkevents.extract import attributes as attr
from nkevents.extract.argument_dates import (
    announced,
    background_date,
    best_date,
    date_ranges,
    day_apart,
    days_later,
    days_on,
    ko_own_clause,
    nearest_to,
    ongoing_month,
    previous_date,
    reported_date,
)
from nkevents.extract.argument_people import (
    counts_for,
    headline_subject,
    kin_object,
    named_pair,
    other_subject,
    outermost,
    pair_subject,
    pair_word,
    singular_subject,
    the_same_people,
    they_before,
    with_companion,
)
from nkevents.extract.context import DocContext
from nkevents.extract.dating import IMPLICIT_RULES
from nkevents.extract.mention import (
    JUDGEMENT,
    PEOPLE_TYPES,
    PERSON_OBJECT_TYPES,
    Mention,
    closer_to_any,
    has_any,
    sentence_span,
)
from nkevents.model import Span
from nkevents.romanize import is_hangul

BEFORE_JUDGEMENT = {"arrest", "escape"}  # what led to a judgement, told after it

# "*" is a continuation sentence, whose type is that of the event it goes on about.
CHARGED_TYPES = {"trial", "execution", "arrest", "crackdown", "detention", "*"}

GOODS_TYPES = {"trial", "execution", "arrest", "smuggling", "seizure", "sanction", "crackdown", "*"}

PUBLIC_TYPES = {"trial", "execution"}

PENALTY_TYPES = {"trial", "execution", "detention"}

# Measures, whose day of announcement is their date when a Korean sentence tells no other
# (in English "announced on Saturday that it will ..." is read by announced).
MEASURE_TYPES = {"sanction"}


_SENT = re.compile(
    r"\b(?:sent|taken|transferred|moved|dragged|deported|sentenced|committed|serve|serving|"
    r"served)\b"
    r"|보내|끌려|이송|수감|송치",
    re.IGNORECASE,
)

# A count introduced as the accused: "피고인 6명", "the 36 accused", "six defendants".
_DEFENDANTS = re.compile(r"피고인|\baccused\b|\bdefendants?\b", re.IGNORECASE)

_DEFINITE = re.compile(r"\b(?:the|this) $", re.IGNORECASE)


_KO_PAST = re.compile(r"(?:됐|되었|했|당했|돼)")

# A date in a clause of its own: "after two tests in July", "since its first test in 2006".
# "since Kim Jong Un took power in December 2011", "2011년 이후": the start of a period
_SINCE = re.compile(r"(?i)\bsince\b(?:\W+\w+){0,6}\W*$")

# Types a date after "since" starts, and so dates: a campaign or measure in force since it,
# a ship or a person held since it. Acts done since a date ("smuggled coal since 2019",
# "executed 23 since 2011") are many, of no one date.
_SINCE_STARTS = frozenset({"crackdown", "sanction", "seizure", "detention"})

_UNTIL_BEFORE = re.compile(
    r"(?i)\b(?:until|till|through|to the end of)\s+(?:the\s+)?(?:end\s+of\s+)?$"
)

# "2009년 화폐개혁 이후": a Korean date that starts a period
_KO_SINCE = re.compile(r"\s?(?:[가-힣]+\s?){0,2}(?:이후|이래)")

# "지난 12일부터 ... 끌려갔다": the start of a campaign, not the day of each act in it
_KO_FROM = re.compile(
    r"\s?(?:(?:초|말|중순|상순|하순|께|경)\s?)?부터(?![^.]{0,20}?\d+\s?(?:일|월|년)\s?까지)"
)

_UNTIL_AFTER = re.compile(r"\s?(?:말|초|중순)?\s?까지")

# "That day", "이날": the date last named before.
_SAME_DAY = re.compile(
    r"\b(?:that|the same) (?:day|night|morning|afternoon|evening)\b|이날|그날|당일", re.IGNORECASE
)

# "detained at the scene", "seized during the arrests": when the happening just told was
_SAME_TIME = re.compile(
    r"\bat the scene\b|\bon the spot\b|\bduring the (?:arrests?|raids?|search(?:es)?|"
    r"inspections?)\b|현장에서",
    re.IGNORECASE,
)


def describe(ctx: DocContext, m: Mention) -> Mention:
    """Fill a mention's attributes from its sentence."""
    span = (m.sentence.start, m.sentence.end)
    text, lex, lang = ctx.text, ctx.lexicon, ctx.language
    m.trigger_text = text[m.trigger[0] : m.trigger[1]]
    m.definite = bool(_DEFINITE.search(text, max(span[0], m.trigger[0] - 4), m.trigger[0]))
    m.korean_past = bool(_KO_PAST.match(text, m.trigger[1]))
    before = ctx.lowered[span[0] : m.trigger[0]]
    m.another = has_any(before, _ANOTHER_WORDS) and bool(
        _ANOTHER.search(text, span[0], m.trigger[0])
    )
    m.others = bool(_OTHERS.search(text, max(span[0], m.trigger[0] - 12), m.trigger[0]))
    dates = [d for d in ctx.dates_in(span) if d.rule not in IMPLICIT_RULES]  # see dating.py
    told = [d for d in dates if not reported_date(ctx, d)]
    if m.type not in _SINCE_STARTS:  # "executed 23 since Kim took power in 2011": a period
        told = [d for d in told if not _SINCE.search(text, max(span[0], d.start - 50), d.start)]
    if lang == "ko" and m.type not in ("crackdown", "sanction"):  # "2024년 이후 ...": a period
        told = [
            d for d in told if not (_KO_SINCE.match(text, d.end) or _KO_FROM.match(text, d.end))
        ]
    if lang == "ko" and m.type != "*":  # a continuation's cue is no verb that ends a clause
        told = ko_own_clause(text, m.trigger, told)
    if m.type == "crackdown":  # "will go on until the end of October": when it is to end
        told = [
            d
            for d in told
            if not _UNTIL_BEFORE.search(text, max(0, d.start - 12), d.start)
            and not _UNTIL_AFTER.match(text, d.end)
        ]
    m.date = best_date(text, m.trigger, date_ranges(told, text, m.type == "trial"))
    if m.date is not None and lang == "ko":
        m.date = days_later(text, m.date, m.trigger)
    if m.date is not None and m.type in JUDGEMENT and background_date(text, m.date, m.trigger):
        m.date = None  # "executed after being arrested on August 17": the arrest's day
    if m.date is None:
        m.date = announced(text, dates, m.trigger)
    if m.date is None and lang == "en":
        m.date = days_on(ctx, span, m.trigger)
    if m.date is None and m.type in MEASURE_TYPES and lang == "ko":  # "20일 외교부에 따르면"
        m.date = next((d for d in dates if len(d.value) == 10), None)  # the day it was made known
    same_day = _SAME_DAY.search(text, span[0], span[1]) if m.date is None else None
    if same_day:  # "1일 당국에 따르면 이날 저녁": the day named just before, even a day of telling
        earlier = [d for d in dates if d.end <= same_day.start() and len(d.value) == 10]
        m.date = earlier[-1] if earlier else previous_date(ctx, span[0])
    if m.date is None and lang == "en":  # "shot the next day"
        m.date = day_apart(ctx, span, dates)
    if m.date is None and _SAME_TIME.search(text, span[0], span[1]):
        m.date = previous_date(ctx, span[0], day=False)
    if m.date is None and m.type == "crackdown" and lang == "ko":
        m.date = ongoing_month(ctx, m.trigger)
    if m.type in PEOPLE_TYPES:
        counts = outermost(
            c
            for c in ctx.counts_in(span)
            if ctx.is_people(c) and not other_subject(text, c.end, m.trigger[0])
        )
        relatives = m.type == "detention"  # the only type relatives count for (counts_for)
        kin = [p for p in ctx.persons_in(span) if p.rule == "kin"] if relatives else []
        counts = [  # "his wife and two children": three, not the two
            next((p for p in kin if p.start <= c.start and c.end <= p.end), c) for c in counts
        ]
        whole = [
            c
            for c in counts
            if not _SUBSET.search(text, max(span[0], c.start - 16), c.start)
            and not _SUBSET_AFTER.match(text, c.end)
        ]
        m.people = pair_subject(text, span, m.trigger) or nearest_to(m.trigger, whole or counts)
        if m.people is None:  # "The men, who said they were fishermen, were taken into custody"
            m.people = the_same_people(ctx, span, m.trigger) or they_before(ctx, span, m.trigger)
        if m.people is None and m.type in PERSON_OBJECT_TYPES | {"escape"}:
            m.people = (
                named_pair(ctx, span, m.trigger)
                or kin_object(ctx, span, m.trigger)
                or pair_word(text, span, m.trigger)
                or singular_subject(text, span, m.trigger, m.type)
                or headline_subject(ctx, span, m.trigger)
                or nearest_to(m.trigger, [p for p in ctx.persons_in(span) if counts_for(p, m.type)])
            )
        m.people = with_companion(text, span, m.people)
        if m.people is not None:
            around = text[max(span[0], m.people.start - 8) : m.people.end + 12]
            m.people_accused = bool(_DEFENDANTS.search(around))
            m.people_part = _parts(ctx, span)
    penalties = [
        p
        for p in ctx.penalties_in(span)
        if not (
            p.negated
            or has_any(ctx.lowered[span[0] : p.start], _HABITUAL_WORDS)
            and _HABITUAL.search(text, span[0], p.start)
        )
    ]
    if m.type in PENALTY_TYPES and penalties:
        kinds = [p for p in penalties if m.type != "detention" or p.kind != "death"]
        if _sent(ctx, m) and kinds:  # a detention's penalty is its camp, not a killing nearby
            m.penalty = _one_range(kinds)
        fac = next((p for p in penalties if p.facility), None)
        if fac and fac.facility:
            m.facility = (fac.facility, (fac.start, fac.end))
    if m.type in CHARGED_TYPES:
        m.charges = ctx.labels_in("charges", span)
    if m.type in GOODS_TYPES:
        m.commodities = ctx.labels_in("commodities", span)
    m.actors = ctx.labels_in("actors", span)
    if m.type in PUBLIC_TYPES:
        m.public = attr.is_public(lex, lang, text, span)
    if m.type == "sanction":
        found = attr.instruments(lex, text, span)
        m.instrument = found[0] if found else None
    place_mention(ctx, m)
    return m


def place_mention(ctx: DocContext, m: Mention, skip: tuple[Span, ...] = ()) -> None:
    """Where the mention's event happened, leaving out the places named inside `skip`."""
    span = sentence_span(m)
    if m.facility and m.type != "detention":  # the camp and its town are where people were sent
        skip = (*skip, _camp_and_town(ctx, m.facility[1]))
    korean = ctx.language == "ko"  # the clause of a Korean verb: see detect.places._governing
    m.location = ctx.locate(span, m.type, skip, m.trigger[0] if korean else None)
    m.location_explicit = any(
        not any(a <= p.start < b for a, b in skip) for p in ctx.places_in(span)
    )


def no_borrowed_place_in_the_tail(ctx: DocContext, mentions: list[Mention]) -> None:
    """ "A court sentenced him, ten months after he was taken into custody": an arrest or
    escape told after the judgement of its sentence happened before it, elsewhere; it takes
    no place from the paragraph (that place is the judgement's)."""
    for m in mentions:
        span = sentence_span(m)
        if m.location is None or any(ctx.usable(p) and not p.seat for p in ctx.places_in(span)):
            continue
        if m.type in BEFORE_JUDGEMENT and any(
            o.type in JUDGEMENT and o.strength == "strong" and o.trigger < m.trigger
            for o in mentions
        ):
            m.location = None


def crime_scenes(ctx: DocContext, mentions: list[Mention]) -> None:
    """ "A man who sold two women from the Samjiyon site was sentenced": a place that stands
    by the word of the charge is where the crime was, not where the judgement was."""
    charges = [o.trigger for o in mentions if o.strength == "subordinate"]
    if not charges:
        return
    for m in mentions:
        if m.strength != "strong" or m.location is None:
            continue
        span = sentence_span(m)
        scenes = tuple(
            (p.start, p.end)
            for p in ctx.places_in(span)
            if closer_to_any(p.start, charges, m.trigger)
            and not is_locative(ctx.text, p)  # "a trial of smugglers in Chongjin" is there
            and not p.seat  # a court that tried the case is where the trial was
        )
        if scenes:
            place_mention(ctx, m, scenes)


# "the Huiyang-ri Correctional Labor Camp (kyohwaso, a re-education camp) in Hamhung"
_CAMP_TOWN = re.compile(
    r"(?:[^()\n]{0,80}\))?(?:\s*\([^()]{0,80}\))?\s*(?:in|near|at|of|outside)\s+(?:the\s+)?"
)


def _camp_and_town(ctx: DocContext, camp: Span) -> Span:
    """The camp's name and the town written just after it, as where people were sent."""
    after = _CAMP_TOWN.match(ctx.text, camp[1])
    if after:
        town = next((p for p in ctx.places if p.start == after.end()), None)
        if town is not None:
            return (camp[0], town.end)
    return camp


# "Such people used to be sent to labour camps; now they are shot": a penalty of the past
# practice told beside this one, not this event's.
_HABITUAL = re.compile(r"(?i)예전에는|예전엔|과거에는|\bin the past\b|\bused to\b|\bformerly\b")

# "the other nine", "나머지 아홉 명": a part of the people told before, not all of them
_REMAINDER = re.compile(
    r"(?i)\b(?:the\s+)?(?:other|remaining|rest of the)\s+(?:\d+|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty)\b|나머지"
)


def _parts(ctx: DocContext, span: Span) -> bool:
    """ "Two got fifteen years and the other nine five to ten": a sentence that shares its
    people out in parts (a remainder beside another count) tells no count of all of them."""
    if not has_any(ctx.lowered[span[0] : span[1]], _REMAINDER_WORDS):
        return False
    rest = _REMAINDER.search(ctx.text, span[0], span[1])
    if rest is None:
        return False
    return any(not rest.start() <= c.start < rest.end() + 8 for c in ctx.counts_in(span))


# "Other executions", "other arrests": happenings of the kind other than the one told.
_OTHERS = re.compile(r"(?i)\b(?:other|others|further|more)\s+$|다른\s*$")

_ANOTHER_WORDS = ("also", "separate", "another", "별도로", "또한", "따로")

_HABITUAL_WORDS = ("예전", "과거에는", "in the past", "used to", "formerly")

_REMAINDER_WORDS = ("other", "remaining", "rest of", "나머지")

# Words before an event's verb that tell one more happening of its kind.
_ANOTHER = re.compile(
    r"(?i)\b(?:also|separately|in another case|in a separate case)\b|별도로|또한|따로"
)


# "five defectors, including two teenagers": a part of the people counted beside it
# A count of some of the people counted beside it, told inside their noun phrase:
# "including two children", "among them three soldiers", "9명 중 6명", "아이 2명을 포함해
# 10명" (the part told first). "그중 3명이 총살됐다" is not one: the part is the subject.
_SUBSET = re.compile(
    r"(?i)\b(?:including|among them)\s+(?:some\s+)?$|\d+\s?명\s?(?:중|가운데)(?:에서)?\s?$"
)
_SUBSET_AFTER = re.compile(r"\s?(?:을|를|도)?\s?포함(?:해|하여|한|된)")


def _one_range(penalties: list[PenaltyMention]) -> PenaltyMention:
    """The sentence's penalty: its best-told kind, over the range of all its terms of that kind
    ("two got fifteen years, the other nine five to ten": 60 to 180 months)."""
    life = [p for p in penalties if p.kind == "life"]
    if life and any(is_hangul(p.text) for p in life):  # "6명은 무기노동교화형, 3명은 15년": life
        return life[0]
    best = max(penalties, key=lambda p: (p.min_months is not None, -p.start))
    same = [p for p in penalties if p.kind == best.kind]
    lows = [p.min_months for p in same if p.min_months is not None]
    highs = [p.max_months for p in same if p.max_months is not None]
    if not lows:
        return best
    return replace(best, min_months=min(lows), max_months=max(highs) if highs else best.max_months)


def _sent(ctx: DocContext, m: Mention) -> bool:
    """A camp is a penalty only for people sent to it, not for a camp closed or mapped."""
    if m.type != "detention":
        return True
    return bool(_SENT.search(ctx.text, m.sentence.start, m.sentence.end))
