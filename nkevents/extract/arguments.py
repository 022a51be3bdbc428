"""Arguments of a mention from the clause that governs its trigger: date, place, count,
penalty, facility, charges, goods, actors (dates and counts in their own modules)."""

from __future__ import annotations

import re
from dataclasses import replace

from nkevents.detect.dates import DateMention
from nkevents.detect.numbers import CountMention
from nkevents.detect.penalties import PenaltyMention, holding_facility
from nkevents.detect.places import PlaceMention, is_locative, source_home, whence_people_came
from nkevents.extract import attributes as attr
from nkevents.extract.argument_dates import (
    announced,
    background_date,
    best_date,
    date_ranges,
    day_apart,
    days_later,
    days_on,
    describes_another,
    ko_offence_of_enforcement,
    ko_own_clause,
    nearest_to,
    next_day,
    ongoing_month,
    previous_date,
    reported_date,
)
from nkevents.extract.argument_people import (
    counts_for,
    headline_subject,
    kin_object,
    kin_subject,
    korean_joined_names,
    korean_named_pair,
    korean_noun_pair,
    korean_one_and_companion,
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
from nkevents.extract.expulsion import expulsion_penalty
from nkevents.extract.mention import (
    JUDGEMENT,
    PEOPLE_TYPES,
    PERSON_OBJECT_TYPES,
    Mention,
    closer_to_any,
    has_any,
    sentence_span,
)
from nkevents.extract.past_cases import past_cases
from nkevents.model import Span
from nkevents.prefilter import prefiltered
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
    r"|보내|끌려|이송|수감|송치|처벌|처분|선고|처해",
    re.IGNORECASE,
)

# A count introduced as the accused: "피고인 6명", "the 36 accused", "six defendants".
_DEFENDANTS = re.compile(r"피고인|\baccused\b|\bdefendants?\b", re.IGNORECASE)

_DEFINITE = re.compile(r"\b(?:the|this) $", re.IGNORECASE)


# A Korean word told as done: its ending right after it, spaced or not ("체포됐다", "체포 됐다",
# "검거되였다", "붙잡혔다", "잡혀갔다", "처형을 당했다", "총살형에 처해졌다")
_KO_PAST = re.compile(
    r"\s?(?:됐|되었|되였|했|하였|당했|당하였|돼|시켰|혔|렸|았|었)|(?:혀|려)\s?(?:갔|왔)"
    r"|(?:을|를)\s?당했|형(?:에|을)\s?처(?:해졌|했|하였)"
)

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

# A Korean word of a holding that lasts: a date it runs from is its start ("출항이 보류된",
# "억류된")
_KO_HOLDING = re.compile(r"출항|억류|구금")

# "지난 12일부터 ... 끌려갔다": the start of a campaign, not the day of each act in it (a
# range told to its end, "21일부터 27일까지", "21일부터 27일 사이에", is one date)
_KO_FROM = re.compile(
    r"\s?(?:(?:초|말|중순|상순|하순|께|경)\s?)?부터"
    r"(?![^.]{0,20}?\d+\s?(?:일|월|년)\s?(?:(?:초|말|중순|초순|하순)\s?)?까지)"
    r"(?!\s?(?:(?:올해|지난해|작년|이듬해)\s?)?(?:\d+월\s?)?\d+(?:일|월)\s?"
    r"(?:(?:초|말|중순|초순|하순)\s?)?사이)"  # "9월 말부터 10월 초 사이": one date
)

# "7일 도 회의 후", "15일 회담 직후": a date that names what came first (not "오후", the
# afternoon, "전후", around a day, nor a verb's clause, "9일 ... 내려간 뒤", told as one sequence)
_KO_AFTER = re.compile(
    r"\s?(?:[^\s,.“”\"]*[^\s,.“”\"한된은는던고며서자다게면]\s){0,8}?"
    r"[^\s,.“”\"]*?[가-힣\d)](?<![오최전된한은는던운])\s?"
    r"(?:직후|이후|후|뒤)(?:에|로|에는)?[\s,]"
)

# "is set to open on May 30", "is scheduled for June": a day the clause speaks ahead to
_AHEAD_DATE = re.compile(
    r"(?i)\b(?:will|is to|are to|(?:is|are) (?:due|set|scheduled|expected) (?:to|for))\b"
    r"(?:\s+[\w'’-]+){0,4}?\s+(?:on|in|for|by|from)?\s*$"
)

# "went into effect Oct. 1", "in force from 1 October", "effective June 5": when a measure
# starts to bind, not when it was made
# An end of a period: "from 2017 to February", "between 2015 and 2017"
_PERIOD_END = re.compile(
    r"(?i)\b(?:from|between|since|until|through|to)\s+(?:early |late |mid-)?"
    r"(?:(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december)\s+)?$"
)

# The reason an act was punished: "shot for killing and selling cows ..."
_FOR_REASON = re.compile(r"(?i)\bfor\b")


# "sentenced ... for trying to smuggle refugees out of China last January", "executed for
# selling drugs in 2017": a reason told with a gerund after the word, its month or year
# dates the offence. A day ("executed for murder on Tuesday") may date the judgement.
_FOR_DOING = re.compile(r"(?i)\bfor\s+(?:[a-z]+ly\s+)?(?:having\s+)?[a-z]+ing\b[^.;:!?]*$")


def _offence_date(text: str, trigger: Span, d: DateMention) -> bool:
    """Whether a month or year after the word stands in its reason clause of a deed."""
    return (
        d.start > trigger[1]
        and len(d.value) <= 7
        and _FOR_DOING.search(text, trigger[1], d.start) is not None
    )


def _offence_period(text: str, span: Span, trigger: Span, d: DateMention) -> bool:
    """Whether a date ends a period told in the reason clause after the word."""
    return (
        d.start > trigger[1]
        and _FOR_REASON.search(text, trigger[1], d.start) is not None
        and _PERIOD_END.search(text, max(span[0], d.start - 24), d.start) is not None
    )


# "under the law implemented late last year": the day of a law or order the clause names,
# not of the act done under it (a measure's own mention keeps it)
_LAW_MADE = re.compile(
    r"(?i)\b(?:laws?|acts?|rules?|regulations?|decrees?|orders?|directives?|policy|policies|"
    r"resolutions?|bans?|edicts?|measures)[”\"’']?\s+(?:(?:that|which) (?:was|were) )?"
    r"(?:implemented|adopted|enacted|introduced|passed|issued|promulgated|imposed|"
    r"announced|put in place)(?:\s+[\w'’-]+){0,2}?\s+(?:on|in|from|since|as of)?\s*$"
)

_IN_FORCE = re.compile(
    r"(?i)\b(?:into (?:effect|force)|takes? effect|took effect|effective|in force)\b"
    r"(?:\s+(?:on|from|in|as of))?\s*$"
)

_UNTIL_AFTER = re.compile(r"\s?(?:말|초|중순)?\s?까지")

# "That day", "이날": the date last named before.
_SAME_DAY = prefiltered(
    r"\b(?:that|the same) (?:day|night|morning|afternoon|evening)\b|이날|그날|당일"
    r"|같은\s?날(?![짜씨개])",
    re.IGNORECASE,
)

# "The same month", "later that year", "같은 달", "그해": the month or year of the date last
# named before (a day of the month, "같은 달 24일", is a date of its own).
_SAME_PERIOD = prefiltered(
    r"\b(?:that|the same) (?:(?P<month>month)|year)\b|같은\s?(?:(?P<kmonth>달)|해)(?![가-힣])"
    r"|그\s?(?:(?P<kmonth2>달)|해)(?:에|에는|에도)?\s",
    re.IGNORECASE,
)

# "detained at the scene", "seized during the arrests": when the happening just told was
_SAME_TIME = prefiltered(
    r"\bat the scene\b|\bon the spot\b|\bduring the (?:arrests?|raids?|search(?:es)?|"
    r"inspections?)\b|현장에서",
    re.IGNORECASE,
)


# "The execution was announced to residents on February 25", "처형은 지난 5일 주민 회의에서
# 공개됐다": the event named as what was made known, the day it was made known
_MADE_KNOWN_EN = re.compile(
    r"(?i)^\W*(?:\w+\s+){0,2}?(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+\s+)?"
    r"(?:announced|made\s+public|revealed|disclosed|reported|publici[sz]ed|confirmed|"
    r"made\s+known)\b"
)
_KO_TOPIC = re.compile(r"(?:은|는|이|가|에\s?대한\s?소식은)\s")
_MADE_KNOWN_KO = re.compile(
    r"(?:공개됐|공개되었|공개된|알려졌|통보됐|통보되었|발표됐|발표되었|보도됐|보도되었|"
    r"전해졌|공지됐|포치됐)"
)


# A headline's break between two clauses ("회령서 공개처형…무산에선 3명 단련대행"): a count
# after it is the next clause's
_BREAK = re.compile(r"…|⋯|\.\.\.")


def made_known(ctx: DocContext, trigger: Span, d: DateMention) -> bool:
    """Whether a date after a noun for the event is the day it was made known ("The
    execution was announced to residents on February 25"), not the day it happened."""
    if d.start < trigger[1]:
        return False
    text = ctx.text
    if ctx.language == "en":
        return bool(_MADE_KNOWN_EN.match(text[trigger[1] : d.start]))
    if not _KO_TOPIC.match(text, trigger[1]):
        return False
    stop = text.find("다", d.end)
    stop = stop if stop >= 0 else len(text)
    verb = _MADE_KNOWN_KO.search(text, d.end, stop + 1)
    return verb is not None and not ctx.lexicon.triggers["ko"].search(text, d.end, verb.start())


def describe(ctx: DocContext, m: Mention, dated: bool = True) -> Mention:
    """Fill a mention's attributes from its sentence (its date only when `dated`)."""
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
    if dated:  # a weak word told beside a strong one takes none: its date is not read
        _date_of(ctx, m, span)
    if m.type in PEOPLE_TYPES:
        counts = outermost(
            c
            for c in ctx.counts_in(span)
            if ctx.is_people(c)
            and not other_subject(text, c.end, m.trigger[0])
            and not (lang == "ko" and _object_of_earlier_verb(text, c.end, m.trigger))
            and not (lang == "ko" and _next_clause_topic(text, c, m.trigger))
            and not _BREAK.search(text, m.trigger[1], c.start)  # "공개처형…무산에선 3명"
        )
        relatives = m.type == "detention"  # the only type relatives count for (counts_for)
        kin = [p for p in ctx.persons_in(span) if p.rule == "kin"] if relatives else []
        if not relatives:  # "A mother and her two children were caught": three, its subject
            kin_one = kin_subject(ctx, span, m.trigger) or kin_object(ctx, span, m.trigger)
            kin = [kin_one] if kin_one else []
        counts = [  # "his wife and two children": three, not the two
            next((p for p in kin if p.start <= c.start and c.end <= p.end), c) for c in counts
        ]
        whole = [
            c
            for c in counts
            if not _SUBSET.search(text, max(span[0], c.start - 16), c.start)
            and not _SUBSET_AFTER.match(text, c.end)
            or _ko_subject_of(text, c.end, m.trigger)  # "11명 중 2명이 총살되고"
        ]
        if lang == "ko":  # "1명은 처형됐고, 나머지 2명은 ...": the count after is the next clause's
            whole = _ko_own_clause_counts(text, m.trigger, whole)
        else:  # "The three, who were arrested along with 20 others, were executed": the three
            whole = _outside_relatives(text, span, m.trigger, whole)
            whole = _not_objects_of_who(text, span, m.trigger, whole)
        m.people = pair_subject(text, span, m.trigger) or nearest_to(m.trigger, whole or counts)
        if m.people is None:  # "The men, who said they were fishermen, were taken into custody"
            m.people = the_same_people(ctx, span, m.trigger) or they_before(ctx, span, m.trigger)
        if m.people is None and m.type in PERSON_OBJECT_TYPES | {"escape"}:
            m.people = (
                named_pair(ctx, span, m.trigger)
                or (korean_named_pair(text, span, m.trigger) if lang == "ko" else None)
                or (korean_noun_pair(text, span, m.trigger) if lang == "ko" else None)
                or (korean_joined_names(text, span, m.trigger) if lang == "ko" else None)
                or (korean_one_and_companion(text, span, m.trigger) if lang == "ko" else None)
                or kin_object(ctx, span, m.trigger)
                or kin_subject(ctx, span, m.trigger)
                or pair_word(text, span, m.trigger)
                or singular_subject(text, span, m.trigger, m.type)
                or headline_subject(ctx, span, m.trigger)
                or nearest_to(m.trigger, [p for p in ctx.persons_in(span) if counts_for(p, m.type)])
            )
        if (
            m.people is not None
            and m.people.rule == "singular_subject"
            and any(
                p.start < _name_end(m.people) and m.people.start < p.end
                for p in ctx.places_in(span)
            )
        ):  # "... living in Onsong County was arrested": a place, no one person
            m.people = None
        m.people = with_companion(text, span, m.people)
        if m.people is not None and m.people.value == 1:  # "Kim, a trader, was shot along
            # with three of his deputies": the one and the others the clause joins to them
            along = [
                c
                for c in whole
                if c.rule == "and_others"
                and c.start > m.people.start
                and _ALONG.search(text, max(span[0], c.start - 20), c.start)
            ]
            m.people = along[0] if along else m.people
        if m.people is not None:
            around = text[max(span[0], m.people.start - 8) : m.people.end + 12]
            m.people_accused = bool(_DEFENDANTS.search(around))
            m.people_part = _parts(ctx, span)
    if m.type in PENALTY_TYPES:  # only a judgement or a holding has a penalty (or camp)
        _penalty_of(ctx, m, span)
    elif m.type == "arrest":  # "expelled a North Korean diplomat": its penalty, expulsion
        expulsion_penalty(ctx, m, span)
    own = _without_contrast(ctx, span, m.trigger)
    if m.type in CHARGED_TYPES:
        m.charges = ctx.labels_in("charges", own)
        if m.charges:
            m.charges = _not_of_the_past(ctx, own, m.trigger, m.charges)
    if m.type in GOODS_TYPES:
        m.commodities = ctx.labels_in("commodities", own)
        if m.commodities:
            m.commodities = _not_of_the_past(ctx, own, m.trigger, m.commodities, "commodities")
        if "vehicles" in m.commodities and m.type != "seizure" and _rode_in(ctx, span):
            m.commodities.remove("vehicles")  # "caught in a van": how they went, not goods
    craft = m.type == "seizure" and "vehicles" not in m.commodities
    if craft and lex.seized_craft[lang].search(text, span[0], span[1]):
        m.commodities.append("vehicles")  # fishing boats taken with their catch
    m.actors = ctx.labels_in("actors", span)
    if m.type in PUBLIC_TYPES:
        m.public = attr.is_public(lex, lang, text, span, m.type)
    if m.type == "sanction":
        found = attr.instruments(lex, text, span)
        m.instrument = found[0] if found else None
        # "UN sanctions": a flag, never an actor that starts or parts measures (extract.events
        # gives the Security Council to a measure with no body named)
        m.un_named = lex.un_named[lang].search(text, span[0], span[1]) is not None
        # "Japan barred ...", "한국 정부는 ...": a state told as the one taking the measure
        taker = lex.measure_takers[lang].search(text, span[0], m.trigger[1])
        m.taker = taker is not None and _takes_it(text, lang, taker.start(), taker.end(), m)
        reach = min(span[1], m.trigger[1] + 40)
        m.measure_done = lang == "ko" and bool(_KO_MEASURE_TAKEN.search(text, m.trigger[1], reach))
    place_mention(ctx, m)
    return m


# A Korean measure's verb in the past or a headline's noun after its trigger ("제재 명단에
# 올렸다", "자산을 동결했다", "독자제재를 단행했다", "... 제재 명단 추가")
_KO_MEASURE_TAKEN = re.compile(
    r"(?:지정|추가|등재|동결|금지|중단|단행|부과|발동|채택|가결|통과|적용|연장|확대|강화|시행)"
    r"(?:했|됐|하였|되었|시켰|하기로|한다고|한다|키로|$)|올(?:렸|린다고|리기로)"
)

# An English state's measure told as its act: the verb a few words after the state, not an
# adjective after an article ("seized a tanker that met a sanctioned vessel"), and not a
# measure on the whole country ("The US has imposed sanctions on North Korea over ...": the
# background of a report, not a measure it tells).
_TAKER_GAP = re.compile(r"(?i)^(?:[\w.'’-]+\s+){0,5}$")
_ADJECTIVE_SLOT = re.compile(r"(?i)\b(?:a|an|the|of|with|its|their|other)\s+$")
_HABIT = re.compile(r"(?i)\b(?:long|already|previously|repeatedly|routinely|often|usually)\b")
_ON_THE_COUNTRY = re.compile(
    r"(?i)\s+(?:on|against)\s+(?:north korea|n\.\s?korea|pyongyang|the north|the dprk|dprk)\b"
    r"(?!['’]s|\s+(?:firms?|compan|entit|banks?|officials?|ships?|vessels?|individuals?))"
)


def _takes_it(text: str, lang: str, start: int, end: int, m: Mention) -> bool:
    """Whether the state found before a measure is told as the one taking it."""
    if start > m.trigger[0]:
        return False
    if lang != "en":
        return True
    gap = text[end : m.trigger[0]].lstrip()
    if not _TAKER_GAP.match(gap) or _ADJECTIVE_SLOT.search(gap) or _HABIT.search(gap):
        return False
    return not _ON_THE_COUNTRY.match(text, m.trigger[1])


_NAME_ENDS = re.compile(r"[,—–]| (?:was|had been|has been)\b")


def _name_end(person: CountMention) -> int:
    """Where the name of a singular subject ends (before its description between commas)."""
    found = _NAME_ENDS.search(person.text)
    return person.start + (found.start() if found else len(person.text))


def _date_of(ctx: DocContext, m: Mention, span: Span) -> None:
    """The date of a mention, from its own clause (see the module)."""
    text, lang = ctx.text, ctx.language
    dates = [d for d in ctx.dates_in(span) if d.rule not in IMPLICIT_RULES]  # see dating.py
    if dates and lang == "ko" and m.type == "smuggling" and ko_offence_of_enforcement(ctx, m):
        m.date = None  # "8일 소를 밀매한 죄로 3명이 총살됐다": the day is the execution's
        return
    told = [d for d in dates if not reported_date(ctx, d)]
    if m.type not in _SINCE_STARTS:  # "executed 23 since Kim took power in 2011": a period
        told = [d for d in told if not _SINCE.search(text, max(span[0], d.start - 50), d.start)]
    if (
        lang == "ko"
        and m.type not in ("crackdown", "sanction")
        and not _KO_HOLDING.match(m.trigger_text)  # "지난해 10월부터 출항이 보류된": it starts
    ):  # "2024년 이후 ...": a period
        told = [
            d for d in told if not (_KO_SINCE.match(text, d.end) or _KO_FROM.match(text, d.end))
        ]
    if lang == "ko" and m.type != "*":  # a continuation's cue is no verb that ends a clause
        told = ko_own_clause(text, m.trigger, told)
    if lang == "en":  # "his appeal is set to open on May 30": a day to come, not the event's
        told = [
            d for d in told if not _AHEAD_DATE.search(text, max(span[0], d.start - 50), d.start)
        ]
        if m.type == "sanction" and len(told) > 1:  # "adopted on 11 September ... in force
            # from 1 October": the day it was adopted
            told = [
                d for d in told if not _IN_FORCE.search(text, max(span[0], d.start - 30), d.start)
            ] or told
    told = [d for d in told if not made_known(ctx, m.trigger, d)]
    if lang == "en" and m.type == "execution":  # "shot for selling cows from 2017 to
        # February": a period of the offence told in the reason; an execution has a day
        told = [d for d in told if not _offence_period(text, span, m.trigger, d)]
    if lang == "en" and m.type in JUDGEMENT:  # "sentenced for smuggling copper in March"
        told = [d for d in told if not _offence_date(text, m.trigger, d)]
    if lang == "en" and m.type not in MEASURE_TYPES and m.type != "crackdown":
        told = [d for d in told if not _LAW_MADE.search(text, max(span[0], d.start - 60), d.start)]
    if lang == "ko":  # "7일 도 회의 후 ... 단속하고 있다": the day of what came before
        told = [d for d in told if not (d.end <= m.trigger[0] and _KO_AFTER.match(text, d.end))]
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
        if "이튿날" in text[m.date.end : m.trigger[0]]:
            m.date = next_day(text, m.date, m.trigger)
    if m.date is not None and m.type in JUDGEMENT and background_date(text, m.date, m.trigger):
        m.date = None  # "executed after being arrested on August 17": the arrest's day
    if m.date is None:
        m.date = announced(text, dates, m.trigger)
    if lang == "en":  # "detained on Nov. 3, and a week later they were executed"
        later = days_on(ctx, span, m.trigger)
        lo, hi = sorted((m.trigger[1], later.start)) if later else (0, 0)
        if (
            later is not None
            and (m.date is None or m.date.end <= later.start)
            # a date between the word and "a week later" is the word's own
            and not any(lo <= d.start < hi for d in dates)
        ):
            m.date = later
    if m.date is None and m.type in MEASURE_TYPES and lang == "ko":  # "20일 외교부에 따르면"
        m.date = next((d for d in dates if len(d.value) == 10), None)  # the day it was made known
    same_day = _SAME_DAY.search(text, span[0], span[1]) if m.date is None else None
    if same_day and describes_another(ctx, same_day.span(), m.trigger):
        same_day = None  # "이날 총살된 여성 이씨는 ... 밀매에 손을 댄": the execution's day
    if same_day:  # "1일 당국에 따르면 이날 저녁": the day named just before, even a day of telling
        earlier = [d for d in dates if d.end <= same_day.start() and len(d.value) == 10]
        m.date = earlier[-1] if earlier else previous_date(ctx, span[0])
    if m.date is None:  # "shot the next day", "이튿날 끌려갔다"
        m.date = day_apart(ctx, span, dates)
    if m.date is None:  # "The same month, two more were shot": that month of the one told
        m.date = _same_period(ctx, span)
    if m.date is None and _SAME_TIME.search(text, span[0], span[1]):
        m.date = previous_date(ctx, span[0], day=False)
    if m.date is None and m.type == "crackdown" and lang == "ko":
        m.date = ongoing_month(ctx, m.trigger)


def _same_period(ctx: DocContext, span: Span) -> DateMention | None:
    """The month or year of the date last named before, for a sentence that says "the same
    month" or "that year" ("같은 달", "그해")."""
    found = _SAME_PERIOD.search(ctx.text, span[0], span[1])
    if found is None:
        return None
    month = bool(found["month"] or found["kmonth"] or found["kmonth2"])
    before = previous_date(ctx, span[0], day=False)
    if before is None or not before.value[:4].isdigit() or (month and len(before.value) < 7):
        return None
    return replace(before, value=before.value[: 7 if month else 4], rule="same_period")


def _penalty_of(ctx: DocContext, m: Mention, span: Span) -> None:
    """A judgement's or holding's penalty and facility from its sentence (a trial's people
    too, when it shares its penalties out)."""
    text = ctx.text
    penalties = [
        p
        for p in ctx.penalties_in(span)
        if not (
            p.negated
            or (p.to_come and m.type not in JUDGEMENT)  # after a judgement: where it is served
            or has_any(ctx.lowered[span[0] : p.start], _HABITUAL_WORDS)
            and _HABITUAL.search(text, span[0], p.start)
        )
    ]
    if penalties:  # "노동단련대는 ... 선고받은 자를 수용하는 곳이다": what a camp is for
        penalties = _not_defined(text, span, penalties)
    if m.type == "trial" and penalties:  # "1명에게 무기형이, 2명에게 15년형이": three
        m.people = _sentenced_parts(ctx, span, penalties, m.people)
    if penalties:
        kinds = [p for p in penalties if m.type != "detention" or p.kind != "death"]
        if _sent(ctx, m) and kinds:  # a detention's penalty is its camp, not a killing nearby
            m.penalty = _one_range(kinds)
        fac = next((p for p in penalties if p.facility), None)
        if fac and fac.facility:
            m.facility = (fac.facility, (fac.start, fac.end))
    if m.type == "detention" and m.facility is None:  # "보위부 구류장에 갇혔다": no penalty
        m.facility = holding_facility(text, ctx.lowered, span[0], span[1])


# A vehicle people travel or are caught in ("were caught in a vehicle", "travelling in the same
# car", "by car"): how they went, not goods they traded
_RODE_IN = re.compile(
    r"(?i)\b(?:(?:in|inside|into|aboard) (?:a|an|the|their|his|her|its|one)|by)"
    r" (?:[\w-]+ ){0,2}?(?:vehicles?|cars?|vans?|taxis?|trucks?|minibus(?:es)?)\b"
)
_VEHICLE_WORDS = re.compile(r"(?i)\b(?:vehicles?|cars?|trucks?|lorr(?:y|ies))\b")


# ", while traders went on shipping seafood", ", whereas others were": a clause of other
# people set against the event's (not "while trying to cross": the event's own circumstance)
_CONTRAST = re.compile(r"(?i),\s+(?:while|whereas)\s+(?!\w+ing\b)")


def _without_contrast(ctx: DocContext, span: Span, trigger: Span) -> Span:
    """The event word's side of an English clause set against another ("Customs seized zinc,
    while traders went on shipping seafood": the seafood is no goods seized; "A man was
    arrested with drugs, while his brother was executed for murder": the drugs are no charge
    of the execution)."""
    if ctx.language != "en":
        return span
    at = ctx.lowered.find(", wh", span[0], span[1])
    if at < 0:
        return span
    for found in _CONTRAST.finditer(ctx.text, at, span[1]):
        if found.start() >= trigger[1]:
            return (span[0], found.start())
        if found.end() <= trigger[0]:
            span = (found.end(), span[1])
    return span


def _rode_in(ctx: DocContext, span: Span) -> bool:
    """Whether every vehicle the sentence names is one its people rode in."""
    rides = [r.span() for r in _RODE_IN.finditer(ctx.text, span[0], span[1])]
    if not rides:
        return False
    named = _VEHICLE_WORDS.finditer(ctx.text, span[0], span[1])
    return all(any(a <= v.start() < b for a, b in rides) for v in named)


def _not_of_the_past(
    ctx: DocContext, span: Span, trigger: Span, labels: list[str], table: str = "charges"
) -> list[str]:
    """The charges (or goods) of a sentence less those told only in a clause about an older
    case of the person or a trade common in the place (unless that clause holds the event
    word itself)."""
    past = [p for p in past_cases(ctx.text, span) if not p[0] <= trigger[0] < p[1]]
    if not past:
        return labels
    outside = {
        label
        for label, (start, _) in ctx.matches_in(table, span)
        if not any(a <= start < b for a, b in past)
    }
    return [c for c in labels if c in outside]


# A Korean event word that describes a noun ("붙잡힌 주민", "체포된 3명"), not a verb of its own
_KO_ADNOMINAL = re.compile(r"[가-힣]{0,2}?(?:된|힌|한|린|긴|운|진)\s")

# An English event word in a clause that tells why or when the main one happened
_EN_SUBORDINATE = re.compile(
    r"(?i)\b(?:after|when|because|since|once|upon|following)\b[^,;.]{0,40}$"
)

# A Korean charge told of a group of people who are then shared out: "혐의로 체포된 세관원
# 3명 중 1명은 ..., 2명은 ..."
_KO_CHARGED_GROUP = re.compile(
    r"[^.]{0,30}?(?:체포|붙잡|검거|적발|단속|구속|체포돼|붙잡혀)[가-힣]{0,2}(?:된|힌|한|던)\s"
    r"[^.,]{0,20}?\d+\s?명\s?(?:중|가운데)"
)

# Types whose charges are of their own clause (a campaign's are what it targets, all of them)
_CLAUSE_CHARGED = frozenset({"trial", "execution", "arrest", "detention"})


def charges_to_clauses(ctx: DocContext, mentions: list[Mention]) -> None:
    """ "A man was executed for drug dealing, and sixteen others were jailed for smuggling",
    "마약 거래 혐의로 1명을 처형한 데 이어 16명을 징역형에 처했다": in a sentence that tells
    several events, each charge is the one of the event word that governs it: the word before
    it in English ("executed ... for"), the word after it in Korean ("혐의로 ... 처형")."""
    charged = [m for m in mentions if m.strength == "strong" and m.type in _CLAUSE_CHARGED]
    # a Korean word told only as what led to another ("밀수 혐의로 체포돼 총살됐다") owns the
    # charges of its clause too: they pass to the strong word after it, not to one before it
    # ("마약을 판 주민은 총살됐고, 휴대전화로 한국과 통화한 주민은 체포됐다")
    led = ("strong", "subordinate") if ctx.language == "ko" else ("strong",)
    owners = [m for m in mentions if m.strength in led and m.type in _CLAUSE_CHARGED]
    if not charged or len({m.trigger for m in owners}) < 2:
        return
    korean = ctx.language == "ko"
    owned: dict[int, set[str]] = {id(m): set() for m in owners}
    for label, (start, end) in ctx.matches_in("charges", sentence_span(charged[0])):
        before = [m for m in owners if m.trigger[1] <= start]
        after = [m for m in owners if m.trigger[0] >= end]
        first = (after, before) if korean else (before, after)
        if first[0]:
            owner = min(first[0], key=lambda m: abs(m.trigger[0] - start))
        elif first[1]:
            owner = min(first[1], key=lambda m: abs(m.trigger[0] - start))
        else:
            continue  # inside a trigger: every event's
        owned[id(owner)].add(label)
        if owner.strength == "subordinate":
            led_to = [m for m in charged if m.trigger[0] > owner.trigger[0]]
            if led_to:
                owned[id(min(led_to, key=lambda m: m.trigger[0]))].add(label)
        if not korean and _EN_SUBORDINATE.search(
            ctx.text, max(0, owner.trigger[0] - 50), owner.trigger[0]
        ):  # "sent to a camp after the father was caught distributing dramas": the camp's too
            main = [m for m in before if m.trigger[1] <= owner.trigger[0]]
            if main:
                owned[id(max(main, key=lambda m: m.trigger[0]))].add(label)
        if korean and _KO_CHARGED_GROUP.match(ctx.text, end, sentence_span(owner)[1]):
            # "밀수 혐의로 체포된 세관원 3명 중 1명은 총살되고 2명은 ...": every part's
            for m in after:
                owned[id(m)].add(label)
        if korean and _KO_ADNOMINAL.match(ctx.text, owner.trigger[1]):
            # "밀수 혐의로 붙잡힌 주민 6명에게는 교화형이": the people the next word is done to
            later = [m for m in after if m.trigger[0] > owner.trigger[0]]
            if later:
                owned[id(min(later, key=lambda m: m.trigger[0]))].add(label)
    inside = {
        label
        for label, (start, _) in ctx.matches_in("charges", sentence_span(charged[0]))
        if any(m.trigger[0] <= start < m.trigger[1] for m in owners)
    }
    for m in charged:
        m.charges = [c for c in m.charges if c in owned[id(m)] or c in inside]


def place_mention(ctx: DocContext, m: Mention, skip: tuple[Span, ...] = ()) -> None:
    """Where the mention's event happened, leaving out the places named inside `skip`."""
    span = sentence_span(m)
    if m.facility and m.type != "detention" and not _happened_at_camp(ctx, m):
        skip = (*skip, _camp_and_town(ctx, m.facility[1]))  # where people were sent
    korean = ctx.language == "ko"  # the clause of a Korean verb: see detect.places._governing
    # (of an English one, the place after it: detect.places._verbs_own)
    m.location = ctx.locate(span, m.type, skip, m.trigger[0] if korean else m.trigger[1])
    # a body's seat ("최고재판소", "the Central Court") places a trial told without a town, but
    # does not name one: the trial may be the one a town was told for ("청진에서 공개재판이
    # 열렸다 ... 최고재판소는 이 공판에서 ... 선고했다")
    # a town told only as whence people came ("개성시 장사꾼 2명이 ... 체포됐다") does not tell
    # this happening apart from the one told where it was ("혜산에서 ... 체포됐다")
    told = [
        p for p in ctx.places_in(span) if not p.seat and not any(a <= p.start < b for a, b in skip)
    ]
    m.location_explicit = bool(told) and not _placed_by_whence(ctx, m, told)


def _placed_by_whence(ctx: DocContext, m: Mention, told: list[PlaceMention]) -> bool:
    """Whether the mention's place is only named as whence people or goods came."""
    if m.location is None or ctx.language != "ko":
        return False
    named = [p for p in told if p.candidates[0].name == m.location.name]
    return bool(named) and all(whence_people_came(ctx.text, p) for p in named)


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
    charges = [
        o.trigger
        for o in mentions
        if o.strength == "subordinate" and not _agent_noun(ctx.text[o.trigger[0] : o.trigger[1]])
    ]
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
            and not source_home(ctx.text, p)  # "양강도 소식통은 ... 재판을": where the teller is
            and not _COURT_AFTER.match(ctx.text, p.end)  # "혜산시 인민재판소는": the court's town
        )
        if scenes:
            place_mention(ctx, m, scenes)


def _agent_noun(word: str) -> bool:
    """ "smugglers", "traffickers", "밀수꾼": people named by what they did, not a crime
    told as done somewhere (its place no crime scene: "Hyesan saw two smugglers executed")."""
    word = word.strip().lower()
    return word.endswith(_KO_AGENT_ENDINGS) or bool(_EN_AGENT.search(word))


_KO_AGENT_ENDINGS = ("꾼", "꾼들", "밀수군", "밀수군들", "업자", "업자들", "사범", "사범들")
_EN_AGENT = re.compile(
    r"(?:smuggl|traffick|deal|brok|sell|trad|poach|counterfeit|launder|peddl|forg)ers?$"
)


# A place that heads a court's name: "혜산시 인민재판소는", "함경북도 재판소", "the Hyesan
# People's Court", "the Hyesan city court"
_COURT_AFTER = re.compile(
    r"(?:\s?[가-힣]{1,4})?\s?(?:재판소|법원|검찰소|군사재판)"
    r"|(?:['’]s)?(?:\s+[\w'’]+){0,2}?\s+(?i:court|tribunal)\b"
)


# "the Huiyang-ri Correctional Labor Camp (kyohwaso, a re-education camp) in Hamhung"
_CAMP_TOWN = re.compile(
    r"(?:[^()\n]{0,80}\))?(?:\s*\([^()]{0,80}\))?\s*(?:in|near|at|of|outside)\s+(?:the\s+)?"
)


# A camp told as where a happening was: "executed at the Yodok camp", "Guards at the camp
# shot ...", "요덕 관리소에서 총살됐다"; not where people were sent ("sentenced to ten years
# in Kyohwaso No. 12", "교화소로 보내졌다"): only for the events of `_AT_CAMP_TYPES`
_AT_CAMP_EN = re.compile(r"(?i)\b(?:at|inside|within)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$")
_AT_CAMP_KO = re.compile(r"\s?(?:안|내)?(?:에서|에선)(?![가-힣])")
_AT_CAMP_TYPES = frozenset({"execution", "arrest", "smuggling", "seizure"})


def _happened_at_camp(ctx: DocContext, m: Mention) -> bool:
    """Whether the mention's camp is told as where its happening took place."""
    if m.type not in _AT_CAMP_TYPES or m.facility is None:
        return False
    start, end = m.facility[1]
    if _AT_CAMP_KO.match(ctx.text, end):
        return True
    return bool(_AT_CAMP_EN.search(ctx.text, max(0, start - 40), start))


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

# A sentence that says what a facility or penalty is, not what was done: "노동단련대는 ...
# 수용하는 곳이다", "a kyohwaso is a camp where convicts serve their terms"
_DEFINITION = re.compile(
    r"(?:수용|가두|보내|복역|교화)하는\s?(?:곳|시설|장소)(?:이다|입니다|이며|으로)"
    r"|(?i:\b(?:is|are)\s+(?:a|the)\s+(?:[\w-]+\s+){0,3}(?:place|facility|camp|prison)s?\s+"
    r"(?:where|for|that\s+holds?|which\s+holds?)\b)"
)

_CLAUSE_BREAK = re.compile(r"[,;:]\s|는데\s|으며\s|지만\s")


def _not_defined(text: str, span: Span, penalties: list[PenaltyMention]) -> list[PenaltyMention]:
    """The penalties told before the clause that says what a facility is for."""
    found = _DEFINITION.search(text, span[0], span[1])
    if found is None:
        return penalties
    breaks = [b.end() for b in _CLAUSE_BREAK.finditer(text, span[0], found.start())]
    clause = breaks[-1] if breaks else span[0]
    return [p for p in penalties if p.start < clause]


# "the other nine", "나머지 아홉 명": a part of the people told before, not all of them
_REMAINDER = re.compile(
    r"(?i)\b(?:the\s+)?(?:other|remaining|rest of the)\s+(?:\d+|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty)\b|나머지"
    r"|(?i:\bthe\s+(?:rest|others)\b)"
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


_ALONG = re.compile(r"(?i)\b(?:along|together)\s+with\s+$")

# A relative clause set off by commas: ", who were arrested in March with 20 others,"
_RELATIVE = re.compile(r"(?i),\s*(?:who|whom|which)\b[^,;.]*,")


def _outside_relatives(
    text: str, span: Span, trigger: Span, counts: list[CountMention]
) -> list[CountMention]:
    """The counts outside a relative clause that does not hold the trigger (its own people
    are the subject's, not the ones the clause names), unless none is left."""
    if ", who" not in text[span[0] : span[1]] and ", which" not in text[span[0] : span[1]]:
        return counts
    clauses = [
        f.span()
        for f in _RELATIVE.finditer(text, span[0], span[1])
        if not f.start() <= trigger[0] < f.end()
    ]
    kept = [c for c in counts if not any(a <= c.start < b for a, b in clauses)]
    return kept or counts


# A count that is the object of the verb of a relative clause told of the subject before
# the event word: "Two guards who helped 12 defectors cross were executed"
_WHO_VERB_BEFORE = re.compile(
    r"(?i)\b(?:who|that)\s+(?:had\s+|has\s+|have\s+)?(?:[a-z]+ly\s+)?"
    r"(?!(?:were|was|are|is|had|has|have|been)\b)[a-z]+\s+"
    r"(?:(?:the|some|about|around|nearly|over|more\s+than|at\s+least)\s+)*$"
)


def _not_objects_of_who(
    text: str, span: Span, trigger: Span, counts: list[CountMention]
) -> list[CountMention]:
    """The counts less those that are the object of a relative clause's verb between the
    subject and the event word ("A man who helped three people escape was arrested": one),
    unless none is left."""
    if "who " not in text[span[0] : trigger[0]] and "that " not in text[span[0] : trigger[0]]:
        return counts
    kept = [
        c
        for c in counts
        if not (
            c.end <= trigger[0]
            and _WHO_VERB_BEFORE.search(text, max(span[0], c.start - 40), c.start)
            and _MAIN_AUX.search(text, c.end, trigger[1])  # the clause ends before the word
        )
    ]
    return kept or counts


_MAIN_AUX = re.compile(r"\b(?:was|were|has been|have been|had been)\b")


# The end of a Korean clause after its verb: "처형됐고, ", "체포됐으며 ", "붙잡혔는데,"
_KO_CLAUSE_END = re.compile(r"[가-힣]*(?:고|며|으며|는데|지만|자)\s?,?\s|[,;]\s")


def _ko_own_clause_counts(
    text: str, trigger: Span, counts: list[CountMention]
) -> list[CountMention]:
    """The counts of a Korean trigger's clause: those after it past the end of its clause
    belong to the next clause, unless no count stands before the trigger."""
    before = [c for c in counts if c.end <= trigger[0]]
    if not before:
        return counts
    return [
        c
        for c in counts
        if c.end <= trigger[0] or not _KO_CLAUSE_END.search(text, trigger[1], c.start)
    ]


# "2명은", "나머지 3명도": a count that opens a clause as its topic
_KO_TOPIC_AFTER = re.compile(r"(?:은|는|도)\s")

# "16명의 동료 선원을 살해한 뒤 도주하다 ... 북송했다", "3명을 살해한 혐의로 총살됐다": a
# count that is the object of an earlier verb (the victims of the offence), not the people the
# later event word is done to
_KO_OBJECT_OF_EARLIER = re.compile(
    r"(?:의\s(?:[가-힣]+\s){0,2}?[가-힣]+)?(?:을|를)\s(?:[가-힣]+\s){0,2}?[가-힣]*(?:한|했던|하던|해|하고)\s?"
    r"(?:뒤|후|다음|직후|혐의|죄|이유|사건|범죄|죄로|혐의로)"
)


def _next_clause_topic(text: str, c: CountMention, trigger: Span) -> bool:
    """ "김씨가 ... 총살됐고, 2명은 무기징역": a count after the event word's clause, told as
    the topic of the next."""
    return (
        c.start >= trigger[1]
        and _KO_TOPIC_AFTER.match(text, c.end) is not None
        and _KO_VERB_CLAUSE_END.search(text, trigger[1], c.start) is not None
    )


# a clause ended by its verb ("총살됐고, ", "처형되었으며 "), not a noun ending in 자 (기자)
_KO_VERB_CLAUSE_END = re.compile(
    r"(?:됐고|되었고|되고|했고|하였고|하고|졌고|았고|었고|였고|됐으며|되었으며|했으며|하였으며|"
    r"졌으며|며|는데|지만)\s?,?\s|[,;]\s"
)


def _object_of_earlier_verb(text: str, count_end: int, trigger: Span) -> bool:
    """Whether a Korean count is the object of a verb that ends before the event word."""
    found = _KO_OBJECT_OF_EARLIER.match(text, count_end, trigger[0])
    return found is not None and found.end() <= trigger[0]


# "Other executions", "other arrests": happenings of the kind other than the one told.
_OTHERS = re.compile(r"(?i)\b(?:other|others|further|more)\s+$|다른\s*$")

_ANOTHER_WORDS = ("also", "separate", "another", "별도로", "또한", "따로")

_HABITUAL_WORDS = ("예전", "과거에는", "in the past", "used to", "formerly")

_REMAINDER_WORDS = ("other", "remaining", "rest", "나머지")

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
# A Korean count that is the subject right before the event word ("2명이 총살되고"): its
# people, even when it is a part of a count told before it.
_KO_SUBJECT_OF = re.compile(r"\s?(?:이|가|은|는|도|만)\s?")
_KO_SUBJECT_REACH = 40  # characters between such a subject and its event word


def _ko_subject_of(text: str, end: int, trigger: Span) -> bool:
    """Whether a Korean count is the subject of the event word: its case ending right before
    the word, or before a few words of date and place in the same clause ("12명 중 3명이 지난
    5일 혜산에서 총살됐다")."""
    found = _KO_SUBJECT_OF.match(text, end, trigger[0])
    if found is None:
        return False
    if found.end() == trigger[0]:
        return True
    return (
        trigger[0] - end <= _KO_SUBJECT_REACH
        and _KO_WORD_GOES_ON.match(text, trigger[1]) is not None  # a verb, not "귀순 의도를"
        and not _KO_CLAUSE_END.search(text, found.end(), trigger[0])
    )


# The event word goes on as a verb ("총살됐다", "처형을 당했다"), not a noun before another
_KO_WORD_GOES_ON = re.compile(r"[가-힣]|\s?(?:을|를)?\s?당")
_SUBSET_AFTER = re.compile(r"\s?(?:을|를|도)?\s?포함(?:해|하여|한|된)")


# A count given its own penalty right after it: "1명에게 무기형이", "2명은 15년형을"
_PART_REACH = 16  # characters between such a count and its penalty
_PART_CASE = re.compile(r"\s?(?:에게는|에게|은|는|이|가|에 대해서는|에 대해)?\s?")


def _sentenced_parts(
    ctx: DocContext, span: Span, penalties: list[PenaltyMention], told: CountMention | None
) -> CountMention | None:
    """The people of a judgement that shares its penalties out ("1명에게 무기형이, 2명에게
    15년형이 선고됐다": three), when the count it took is one of the parts or none."""
    parts = [
        c
        for c in ctx.counts_in(span)
        if ctx.is_people(c)
        and any(
            0 <= p.start - c.end <= _PART_REACH and _PART_CASE.fullmatch(ctx.text, c.end, p.start)
            for p in penalties
        )
    ]
    if len(parts) < 2 or (told is not None and not any(c.start == told.start for c in parts)):
        return told
    if len({p.start for p in penalties if not p.rule.startswith("execution")}) < 2:
        return told
    total = sum(c.value for c in parts)
    text = ctx.text[parts[0].start : parts[-1].end]
    return CountMention(parts[0].start, parts[-1].end, text, total, parts[0].head, False, "parts")


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
