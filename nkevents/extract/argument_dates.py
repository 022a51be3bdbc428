"""When: the date of a mention (the date nearest its trigger in its clause, never a day of
reporting, a dateline, the start of a period or a date that names something else)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from nkevents.detect.dates import DateMention, alt, dateline, words
from nkevents.detect.numbers import parse_number
from nkevents.extract.context import DocContext
from nkevents.extract.dating import IMPLICIT_RULES
from nkevents.extract.mention import M, Mention
from nkevents.model import Span
from nkevents.prefilter import prefiltered
from nkevents.romanize import is_hangul

# What stands between the day of an announcement and the act it announces.
_ANNOUNCED = re.compile(r",? (?:that )?(?:it|he|she|they|the \w+) (?:had |has |have )?(?:been )?")

# Korean habits and rules told after the word: "...하는 경우가 많다", "...하곤 했다",
# "...해 왔다"; and what can be done: "벌 수 있는" (a verb in -ㄹ before 수 있/없)
_KO_HABITUAL = re.compile(
    r"(?:경우가 (?:많|대부분|적지|흔)|곤 (?:했|한다|하였|하는)|기 일쑤|(?:해|하여|돼|되어) 왔|"
    r"행태를 반복|^\S{0,2}(?:받은|된|당한) 자(?:를|는|가|들|에게|의|\s)|"
    r"(?:될|할|받을|갈|질|릴|게 될) 것(?:이|으로)|(?:할|될) (?:예정|방침|계획))"
)


_KO_CAN = prefiltered(r"([가-힣]) (?:수 (?:있|없)|예정|방침|계획)")


# A clause told as done, which ends before the next one: "수감됐으며 ", "체포됐고 ".
_KO_DONE_CLAUSE = re.compile(
    r"(?:[가-힣]{0,2}?[았었였됐했났]|(?<=[았었였됐했났]))(?:으며|고|는데|지만)\s"
)


def ko_generic(text: str, end: int, stop: int) -> bool:
    """A Korean word followed, in its clause, by a habit or a possibility, not a happening."""
    window = text[end : min(stop, end + 30)]
    cut = min((window.find(c) for c in (",", "“", '"', "다.") if c in window), default=-1)
    window = window[:cut] if cut >= 0 else window
    done = _KO_DONE_CLAUSE.match(text, end, end + len(window))  # "수감됐으며 곧 ... 보내질 것"
    window = window[: done.end() - end] if done else window  # the next clause's, not its
    if _KO_HABITUAL.search(window):
        return True
    can = _KO_CAN.search(window[:14])  # -ㄹ 수 있다, -ㄹ 예정/계획이다 (a final ㄹ)
    return can is not None and (ord(can.group(1)) - 0xAC00) % 28 == 8


_BACKGROUND = re.compile(
    r"(?:\b(?:since|after|before|following|until|till|in response to)\b"
    r"(?! (?:dawn|midnight|noon|sunrise|sunset|daybreak|dusk|dark)\b)(?:\W+\w+){1,7}"
    r"|\bfirst\b(?:\W+\w+){0,8}\W+since\W*"
    r"|,\s*adopted\b(?:\W+\w+){0,3})\W*$",
    re.IGNORECASE,
)

_PARTICIPLE = re.compile(
    r"\b(?:sanctions|resolutions?|laws?|bans?|measures?|orders?|rules?) "
    r"(?:imposed|adopted|passed|enacted|introduced|signed|issued)\s+(?:in|on|last|this)\s*$",
    re.IGNORECASE,
)

_NEXT_WORD = re.compile(r" ([A-Za-z]+)")

_NOT_NOUNS = frozenset(
    [
        "of",
        "at",
        "in",
        "on",
        "and",
        "to",
        "when",
        "as",
        "by",
        "for",
        "from",
        "with",
        "after",
        "before",
        "while",
        "that",
        "which",
        "or",
        "but",
    ]
)

# A dateline ("SEOUL, Nov. 11 --") dates the report, not the event.

# A date right after a verb of reporting is when the news came, not when it happened.
_REPORTING = prefiltered(
    r"(?:said|says|reported|reports|told|announced|added|disclosed|confirmed|revealed|stated|dated|"
    r"released|published|issued|learned|learnt|"
    r"wrote|according to \w+)(?: \w+){0,3}? (?:on|in|last|this)?\s*$"
    r"|\b(?:spoke|talked) (?:to|with)(?: [\w'’-]+){0,5}? (?:on|last|this)?\s*$"
    # "Speaking to reporters on Friday, ...", "Interviewed on Monday, ...", "In an interview
    # with the radio on Friday, ...": the day the speaker told it
    r"|\b(?:speaking|talking|interviewed)\b(?: [\w'’-]+){0,5}? (?:on|last|this)?\s*$"
    r"|\bin an? (?:[\w-]+ ){0,2}?(?:interview|statement|briefing|press release|phone call|"
    r"telephone call)(?: (?:with|to) [\w'’.-]+(?: [\w'’.-]+){0,3}?)? (?:on|last|this)?\s*$"
    r"|\bquoted as saying by(?: [\w'’-]+){0,5}?\s*$",
    re.IGNORECASE,
)

# The day of a hearing or briefing where it was told: "she told the commission at a hearing
# in Seoul on Tuesday", "testified at a public hearing in London on Wednesday" (not when an
# event word stands between: "said he was sentenced at a hearing on Tuesday")
_TOLD_AT = prefiltered(
    r"\b(?:said|says|told|testified|spoke|recounted|recalled|described)(?: [\w'’-]+){0,3}?"
    r" at an? (?:[\w-]+ ){0,2}?(?:hearing|press conference|news conference|briefing|meeting|"
    r"forum|seminar|symposium|session|rally|event)(?: in [\w'’-]+(?: [\w'’-]+)?)?"
    r" (?:on|last|this)?\s*$",
    re.IGNORECASE,
)

# "According to a source in the province on 20 May, ...": the day the source told it (a
# longer source than the verbs above take; no verb of the happening among its words)
_ACCORDING = re.compile(
    r"\baccording to(?: (?!(?:was|were|is|are|had|has|have|been)\b)[\w'’-]+){1,6}?"
    r" (?:on|last|this)?\s*$",
    re.IGNORECASE,
)

# An attribution told last, after a comma, with the speaker after its verb: "..., reported
# one of the main dailies on Thursday.", "“...,” said a border-based source on May 3." (the
# date ends the sentence)
_TRAILING_ATTRIBUTION = re.compile(
    r",[”\"’']?\s+(?:reported|said|told|announced|added|according\s+to)\s+(?!that\b)"
    # not a clause of the speaker's own ("said one woman who fled in 2018")
    r"(?:(?!(?:who|whose|which|that|when|after|before|since)\b)[\w'’.-]+\s+){1,8}?"
    r"(?:on|last|this)?\s*$",
    re.IGNORECASE,
)

# "In July, a study said that ...", "On Monday the ministry told reporters ...": a date that
# opens a sentence whose subject is a source and its verb of telling is the day of telling
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?]\s+|\n\s*)(?:(?:In|On|Last|Earlier)\s+)?$")
_EN_SOURCE_NEXT = re.compile(
    r",?\s+(?:(?:an?|the|its|one|two|several)\s+(?:[\w'’.-]+,?\s+|\([\w'’. -]{1,20}\)\s+){0,8}?"
    r"|(?:(?-i:[A-Z])[\w'’.-]*\s+){1,4}(?:\([\w'’. -]{1,20}\)\s+)?"
    r"|(?:[\w'’.-]+\s+){0,2}(?:officials?|officers|authorities|ministry|spokes(?:man|woman|person))"
    r"(?:\s+[\w'’.-]+){0,4}\s+)"
    r"(?:said|says|reported|reports|announced|told|stated|claimed|revealed|disclosed|"
    r"confirmed|wrote|quoted|detailed|described|explained|briefed|released|published|issued)\b",
    re.IGNORECASE,
)

# "that" after the verb of telling: what follows is the clause told ("the group said that in
# May ..."), and a date there is the clause's, not the day of telling
_THAT_BETWEEN = re.compile(r"(?i)\bthat\s+(?:\w+\s*)?$")

_SENTENCE_ENDS = re.compile(r"\s*(?:[.!?]|$)")

_TOLD_CLAUSE = re.compile(r"\b(?:was|were|been|had|has|have)\b", re.IGNORECASE)

_PASSIVE_TOLD = re.compile(r"(?i)\b(?:were|was|been|being)\s+told$")

_KO_STAMP = re.compile(r"\s*(?:\(?\d{1,2}:\d{2}|\d{1,2}시\s*\d{1,2}분|자\s)")

_KO_POSTED = re.compile(r"(?:입력|수정|기사입력|등록|승인|(?i:date))\s*:?\s*$")

_KO_OPENS = re.compile(r"(?:^|[.\n:]|다\.)\s*$")

_KO_REPORTING = re.compile(
    r"(?:보도|전했|밝혔|말했|알려|알렸|발표|전하|소식을|밝혀|전해졌|전해\s?왔|언급|주장|설명|강조|지적|덧붙|"
    r"보고했|"
    r"공개(?:한|했|하며|하면서|하고|된|됐)|발간(?:한|했|된|됐)|"
    r"소식통(?:은|는|이|에 따르면)|에 따르면)"
)

# A day named by its number or as the day of writing ("13일", "오늘(3일)")
_KO_DAY_RULES = frozenset({"ko_d", "ko_yesterday"})

# "8일 대북 단체에 따르면", "17일 함경북도의 한 소식통은", "25일 [자유아시아방송]은": the day
# named before a source that speaks is the day it spoke.
_KO_SOURCE_NEXT = re.compile(
    r"\s*\[?(?:[^\s“”\".]+(?<![다고며서에])\s+){0,3}?[^\s“”\".]*?"
    r"(?:소식통|관계자|단체|매체|방송|통신|신문|일보|데일리NK|RFA|VOA|연합뉴스|대변인|당국자)"
    r"\]?(?:들)?(?:은|는|에 따르면|을 인용해|를 인용해|과의 통화|와의 통화|이 전했|가 전했)"
)

# "19일 국제인권단체 휴먼라이츠워치(HRW)에 따르면": the day a named source said it
_KO_ACCORDING = re.compile(r"\s*(?:[^\s“”\".]+(?<![다고며서])\s+){0,3}?[^\s“”\".]*에 따르면")

# The end of a quotation told by the verb after it: "...했다”고 전했다", "...했다"며 밝혔다".
_KO_QUOTE_CLOSES = re.compile(r"[”’]|다[\"']\s*(?:고|며|면서|라고|라며)")

# "소식통은 17일 “...”": the day before the quote is when it was said.
_KO_QUOTE_NEXT = re.compile(
    # "소식통은 지난 15일 자유아시아방송에 “...": to whom or how, then the quote
    r"\s*(?:(?:[^\s“”\".]+\s+){0,2}?[^\s“”\".]*(?:에|에게|통화에서|인터뷰에서|통해|통해서|"
    # "국정원은 19일 국회 정보위원회에서 “...": the meeting where it was told
    r"(?:회의|회견|브리핑|위원회|간담회|토론회|세미나|설명회|청문회)에서)\s*)?[“\"‘']"
)


# "대대적인 수색을 벌이고 있다", "검열을 대대적으로 벌이고 있다": a campaign going on as the
# report is written (an adverb may stand before the verb: 대대적으로, 강도 높게, 집중적으로)
_KO_ONGOING = re.compile(
    r"[가-힣]{0,3}\s?(?:을|를|에)?\s?(?:(?:[가-힣]{1,4}\s)?[가-힣]{0,4}(?:적으로|하게|높게|히)\s)?"
    r"(?:(?:벌이고|실시하고|진행하고|펼치고|강화하고|하고) 있|"
    r"나섰|나서고|나선 것|들어갔|착수했|돌입했)"
)


def ongoing_month(ctx: DocContext, trigger: Span) -> DateMention | None:
    """A Korean campaign told as going on now ("수색을 벌이고 있다") with no date of its own
    is dated by the month of the report."""
    if not ctx.published or len(ctx.published) < 7:
        return None
    found = _KO_ONGOING.match(ctx.text, trigger[1])
    if found is None:
        return None
    return DateMention(trigger[0], found.end(), found.group(), ctx.published[:7], "ongoing")


# "지난 17일 체포됐으며 3일 만에 처형됐다", "사흘 만에", "일주일 뒤", "열흘 후": the day
# counted on from the date told
_KO_DAYS_LATER = re.compile(
    rf"(?:(\d{{1,2}})일|({alt(words().raw['korean']['day_counts'])})|(일주일)|(보름))\s?"
    r"(?:만에|뒤(?!인)|후(?!인))"  # not "사흘 뒤인 8일": the day told is the one
)
_KO_DAYS_OF = {"일주일": 7, "보름": 15}


def days_later(text: str, found: DateMention, trigger: Span) -> DateMention:
    """A Korean day followed, before the trigger, by "N일 만에" is N days before the event."""
    if len(found.value) != 10 or not found.end <= trigger[0] <= found.end + 40:
        return found
    later = _KO_DAYS_LATER.search(text, found.end, trigger[0])
    if later is None:
        return found
    digits, native, week, fortnight = later.groups()
    count = (
        int(digits)
        if digits
        else words().raw["korean"]["day_counts"][native]
        if native
        else _KO_DAYS_OF[week or fortnight]
    )
    day = date.fromisoformat(found.value) + timedelta(days=count)
    return replace(found, value=day.isoformat(), rule="days_later")


def next_day(text: str, found: DateMention, trigger: Span) -> DateMention:
    """A Korean day followed, before the trigger and in its sentence, by 이튿날 ("지난 12일
    총살됐으며, 그 아내들은 이튿날 수용소로 보내졌다"): the day after it, told at 이튿날."""
    if len(found.value) != 10 or not found.end <= trigger[0] <= found.end + 200:
        return found
    later = _DAY_APART["ko"].search(text, found.end, trigger[0])
    if later is None or _KO_SENTENCE_END.search(text, found.end, later.start()):
        return found
    day = date.fromisoformat(found.value) + timedelta(days=1)
    return DateMention(later.start(), later.end(), later.group(), day.isoformat(), "next_day")


_KO_SENTENCE_END = re.compile(r"다\.|[.!?]\s|\n")


# "were shot three days later", "hanged two days after the verdict": counted on from the
# last day told before, when the clause has no date of its own
_DAYS_ON = prefiltered(
    r"(?i)\b(?P<n>\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
    r"(?P<u>days?|weeks?|months?)\s+"
    r"(?:later\b|after\s+(?:his|her|their|its|the)\s+(?:arrest|detention|capture|trial|"
    r"verdict|sentencing|conviction)\b)"
)


def days_on(ctx: DocContext, span: Span, trigger: Span) -> DateMention | None:
    """An English clause dated only by "N days later" (or "N days after his arrest", "a week
    later", "two months later") is that long after the last full day told before its
    sentence (months: the month, no day)."""
    found = _DAYS_ON.search(ctx.text, span[0], span[1])
    if found is None or not (trigger[0] - 80 <= found.start() <= trigger[1] + 40):
        return None
    n = found.group("n").lower()
    count = 1 if n in ("a", "an") else parse_number(n)
    # the last full day told before it in its sentence ("detained on Nov. 3, and a week
    # later they were executed"), else before its sentence
    told = [
        d
        for d in ctx.dates_in(span)
        if d.end <= found.start() and len(d.value) == 10 and not reported_date(ctx, d)
    ]
    earlier = told[-1] if told else previous_date(ctx, span[0])
    if count is None or earlier is None:
        return None
    then = date.fromisoformat(earlier.value)
    unit = found.group("u").lower()
    if unit.startswith("month"):
        year, month = divmod(then.month - 1 + count, 12)
        value = f"{then.year + year:04d}-{month + 1:02d}"
    else:
        value = (then + timedelta(days=count * (7 if unit.startswith("week") else 1))).isoformat()
    return DateMention(found.start(), found.end(), found.group(), value, "days_on")


# "the day before", "the next day": a day counted from the last day told. (Korean 전날 and
# 다음날 were tried too: they lowered the unseen Korean figures, where 전날 is often counted
# from the day a source spoke, and are left out; 이튿날, the day after a day told, is read.)
_DAY_APART = {
    "en": re.compile(
        r"(?i)\b(?P<before>the (?:day|night) before|the previous (?:day|night)|"
        r"a day (?:earlier|before))\b"
        r"|\b(?:the (?:next|following) (?:day|morning|night)|a day later)\b"
    ),
    "ko": re.compile(r"(?<![가-힣])이튿날"),
}


def day_apart(ctx: DocContext, span: Span, dates: list[DateMention]) -> DateMention | None:
    """A clause dated only "the day before" or "the next day" (이튿날): one day from the last
    full day told before it in its sentence (even a day of telling), else before it (not a
    day of telling)."""
    pattern = _DAY_APART.get(ctx.language)
    found = pattern.search(ctx.text, span[0], span[1]) if pattern else None
    if found is None:
        return None
    told = [d for d in dates if d.end <= found.start() and len(d.value) == 10]
    earlier = told[-1] if told else previous_date(ctx, span[0])
    if earlier is None:
        return None
    step = -1 if found.groupdict().get("before") else 1
    day = date.fromisoformat(earlier.value) + timedelta(days=step)
    return DateMention(found.start(), found.end(), found.group(), day.isoformat(), "day_apart")


_SINCE_CUE = re.compile(r"(?i)\bsince\s+$")


def announced(text: str, dates: list[DateMention], trigger: Span) -> DateMention | None:
    """ "said on Thursday it had seized": the day it was announced is the day it was done."""
    found = next(
        (
            d
            for d in dates
            if _ANNOUNCED.fullmatch(text, d.end, trigger[0])
            # "Since early 2018, he had been smuggling": where a period starts
            and not _SINCE_CUE.search(text, max(0, d.start - 8), d.start)
            # "According to a source on 20 May, the authorities executed": the source's day
            and not _ACCORDING.search(text, max(0, d.start - 70), d.start)
        ),
        None,
    )
    return replace(found, rule="announced") if found else None


def previous_date(ctx: DocContext, before: int, day: bool = True) -> DateMention | None:
    """The last date told before, not a reporting date (a full day when `day`)."""
    told = [
        d
        for d in ctx.dates_before(before)
        if (len(d.value) == 10 or not day)
        and d.rule not in IMPLICIT_RULES
        and not reported_date(ctx, d)
    ]
    return told[-1] if told else None


def reported_date(ctx: DocContext, date: DateMention) -> bool:
    """Whether a date is the day a report or a source told of the event, not the event's
    (judged once per date of a document: each mention of its sentence asks)."""
    return ctx.judged("reported", date, _reported_date)


def page_date(ctx: DocContext, date: DateMention) -> bool:
    """Whether a date is the page's own: a dateline ("SEOUL, May 2 (Reuters) -"), or in Korean
    a posting stamp ("2021-02-26 06:32:14", "입력 2011년 9월 24일", "18일자")."""
    found = dateline(ctx.text, date.start)
    if found and date.start < found.end():
        return True
    return ctx.language == "ko" and bool(
        _KO_STAMP.match(ctx.text, date.end)
        or _KO_POSTED.search(ctx.text, max(0, date.start - 8), date.start)
    )


# A Korean date told as what the happening's time was: "체포한 것은 지난 12일 (새벽)이었다",
# "지난달 하순의 일이다"
_KO_CLEFT = re.compile(
    r"\s*(?:(?:새벽|오전|오후|밤|저녁|낮|아침|께|경|쯤|무렵)\s*)?(?:이었|였|이라|이다|의 일)"
)


def _reported_date(ctx: DocContext, date: DateMention) -> bool:
    if page_date(ctx, date):
        return True
    before = ctx.text[max(0, date.start - 40) : date.start]
    if ctx.language == "ko":
        if _KO_CLEFT.match(ctx.text, date.end):
            return False  # "체포한 것은 지난 12일 새벽이었다고 ... 전했다": the happening's day
        day = "일" in date.text or date.rule == "ko_yesterday"  # "20일", and "오늘", "어제"
        if day and (
            _KO_SOURCE_NEXT.match(ctx.text, date.end, date.end + 40)
            or _KO_ACCORDING.match(ctx.text, date.end, date.end + 40)
            or _KO_QUOTE_NEXT.match(ctx.text, date.end)
        ):
            return True
        ends = (ctx.text.find("다.", date.end), ctx.text.find("\n", date.end))
        stop = min((at for at in ends if at >= 0), default=len(ctx.text))  # its own sentence
        verb = _KO_REPORTING.search(ctx.text, date.end, min(date.end + 35, stop))
        told = (
            verb
            and (
                verb.group() == "소식을"  # "20일 이번 처형 소식을 전했다": the news of it
                or not (
                    ctx.lexicon.triggers["ko"].search(ctx.text, date.end, verb.start())
                    # "이번 사건은 지난 9일 ... 벌어졌다고 전했다": the happening's verb
                    or ctx.lexicon.continuation["ko"].search(ctx.text, date.end, verb.start())
                )
            )
            # "“재판이 4일부터 8일까지 진행됐다”고 전하며": a day inside the words quoted
            and not _KO_QUOTE_CLOSES.search(ctx.text, date.end, verb.start())
        )
        if told and day:  # "RFA도 20일 이번 처형 소식을 전했다", "소식통이 오늘 전했다"
            return True
        # "통일부는 13일 ... 밝혔다": the speaker, the day, what was said
        sentence_end = ctx.text.find("다.", date.end)
        ending = ctx.text[max(date.end, sentence_end - 12) : sentence_end + 2]
        topic = ctx.text[max(0, date.start - 2) : date.start]
        said = bool(_KO_REPORTING.search(ending)) and date.rule in _KO_DAY_RULES  # not "이달"
        # "통일부는 13일 ... 밝혔다", "언론은 오늘(3일) ... 보도했다", and "25일 [방송]은 ...
        # 보도했다" (a day by its number opens the sentence; "어제 ... 체포됐다고 ... 전했다"
        # opens on the happening's day)
        opens = _KO_OPENS.search(ctx.text, max(0, date.start - 3), date.start) is not None
        return said and (topic.rstrip().endswith(("는", "은")) or opens and date.rule == "ko_d")
    if _OPENS_SENTENCE.search(ctx.text, max(0, date.start - 12), date.start):
        source = _EN_SOURCE_NEXT.match(ctx.text, date.end, date.end + 90)
        if source and not ctx.lexicon.triggers["en"].search(ctx.text, date.end, source.end()):
            return True  # "In July, a study drawing on interviews said that ..."
    trailing = _TRAILING_ATTRIBUTION.search(ctx.text, max(0, date.start - 80), date.start)
    if (
        trailing
        and _SENTENCE_ENDS.match(ctx.text, date.end)
        # "..., said the hangings were carried out in two towns on May 3.": the verb of the
        # happening after the attribution owns the day
        and not ctx.lexicon.triggers["en"].search(ctx.text, trailing.start(), date.start)
    ):
        return True  # "..., reported one of the capital's main dailies on Thursday."
    told_at = _TOLD_AT.search(ctx.text, max(0, date.start - 100), date.start)
    if told_at and not ctx.lexicon.triggers["en"].search(ctx.text, told_at.start(), date.start):
        return True  # "she told the commission at a hearing in Seoul on Tuesday"
    found = _REPORTING.search(before)
    if found is None:
        return bool(_ACCORDING.search(ctx.text, max(0, date.start - 70), date.start))
    if _THAT_BETWEEN.search(found.group()):
        return False  # "said that in September 2023, ...": the date opens the clause told
    # "said he was arrested on Monday": a clause told after the verb of telling, whose event
    # word owns the date (not "announced the arrests on Monday": the day of telling)
    start = date.start - len(before) + found.start()
    clause = _TOLD_CLAUSE.search(ctx.text, start + 4, date.start)
    if clause and ctx.lexicon.triggers["en"].search(ctx.text, clause.end(), date.start):
        return False
    # "residents were told at a lecture last week": they were warned then, not the press
    return not _PASSIVE_TOLD.search(before[: found.start() + 4])


_YEAR = re.compile(r"\d{4}")

_RANGE_JOIN = re.compile(
    # "지난 6월 말에서 7월 초 사이", "9월 말부터 10월 초까지": a part of the first month may
    # stand before the Korean joiner
    r"\s*(?:and|to|until|through|-|–|—|~|(?:(?:초|말|중순|초순|하순|께|경)\s?)?(?:부터|에서))\s*"
)

_RANGE_START = re.compile(r"(?:between|from)\s*$", re.IGNORECASE)


def date_ranges(dates: list[DateMention], text: str, verdict: bool = False) -> list[DateMention]:
    """ "between 2012 and 2014": one date, as precise as both ends agree (here none). With
    `verdict` (a trial told over days, "held from the 4th to the 8th"), two full days give
    the last: the day the court gave its sentence."""
    out: list[DateMention] = []
    skip: set[int] = set()
    for i, d in enumerate(dates):
        if i in skip:
            continue
        nxt = dates[i + 1] if i + 1 < len(dates) else None
        joined = nxt and _RANGE_JOIN.fullmatch(text, d.end, nxt.start)
        if (
            nxt
            and joined
            and (
                _RANGE_START.search(text, max(0, d.start - 9), d.start)
                or d.text.lower().startswith(("from ", "between "))  # the cue inside the date
                or text[d.end : nxt.start].strip() in ("-", "–", "~")
                or text[d.end : nxt.start].strip().endswith(("부터", "에서"))
            )
        ):
            skip.add(i + 1)
            first = d.value
            if not _YEAR.search(d.text) and _YEAR.search(nxt.text):
                first = nxt.value[:4] + first[4:]  # "between March and May 2014": one year
            if d.rule == "weekday" and len(first) == len(nxt.value) == 10 and first > nxt.value:
                # "from Thursday to Monday": the Thursday before that Monday
                first = (date.fromisoformat(first) - timedelta(days=7)).isoformat()
            common = _common_prefix(first, nxt.value)
            if verdict and len(first) == len(nxt.value) == 10 and first < nxt.value:
                out.append(
                    replace(nxt, start=d.start, text=text[d.start : nxt.end], rule="range_last")
                )
            elif common:
                out.append(replace(d, end=nxt.end, value=common, rule="range"))
            continue
        both = _dates_joined(d, nxt, text) if nxt else None
        if both is not None:  # "in April and May", "지난 1일과 2일": one time, both told
            skip.add(i + 1)
            out.append(both)
            continue
        out.append(d)
    return out


# Two dates told as one time of the happening, joined by "and" ("in April and May", "on
# May 3 and May 5", "in July and August 2017", "지난 1일과 2일", "5월 29일과 31일")
_DATES_AND = re.compile(r"\s+and\s+|(?<=[일월])(?:과|와)\s*")
_KO_BARE_DAY = re.compile(r"\d{1,2}\s*일")


def _dates_joined(d: DateMention, nxt: DateMention, text: str) -> DateMention | None:
    """Two dates of a month or finer joined by "and" (과, 와) as one time: what both agree
    on (a month, a year), or None when they agree on nothing (two years apart: each stays)."""
    if len(d.value) < 7 or len(nxt.value) < 7 or not _DATES_AND.fullmatch(text, d.end, nxt.start):
        return None
    first, last = d.value, nxt.value
    if not _year_told(d) and _year_told(nxt):
        first = last[:4] + first[4:]  # "in July and August 2017": one year
    elif _year_told(d) and not _year_told(nxt):
        last = first[:4] + last[4:]  # "지난해 10월과 11월": the year told first
    if len(first) == 10 and _KO_BARE_DAY.fullmatch(nxt.text):
        last = first[:8] + last[8:]  # "5월 29일과 31일": the day of the month told before
    common = _common_prefix(first, last)
    if common is None:
        return None
    return replace(d, end=nxt.end, text=text[d.start : nxt.end], value=common, rule="dates_and")


# Rules whose dates tell their year in words ("October of last year", "지난해 10월")
_YEAR_IN_WORDS = frozenset({"month_of_year", "md_of_year", "dm_of_year", "ko_year"})


def _year_told(d: DateMention) -> bool:
    """Whether a date tells its own year ("2017", "last year"), not one guessed from the
    publication date."""
    return bool(_YEAR.search(d.text)) or d.rule in _YEAR_IN_WORDS


def _common_prefix(a: str, b: str) -> str | None:
    parts = []
    for x, y in zip(a.split("-"), b.split("-"), strict=False):
        if x != y:
            break
        parts.append(x)
    return "-".join(parts) or None


def best_date(text: str, trigger: Span, dates: list[DateMention]) -> DateMention | None:
    """The sentence's date of this happening: not one of a background clause, then the most
    precise ("On Aug. 5, after two tests in July, ... adopted"), then the nearest."""
    dates = [
        d
        for d in dates
        if not names_a_thing(text, d)
        and not _describes(text, d, trigger)
        and not _subject_relative(text, d, trigger)
        and not _outside_own_relative(text, d, trigger)
    ]
    # "arrested ..., adding that a similar raid took place in 2018": the other one's date (not
    # the verb's own object, "arrested another broker on June 9")
    start = trigger[1]
    if _OBJECT_ANOTHER.match(text, start):
        start = text.index("another", start) + len("another")
    dates = [
        d
        for d in dates
        if not (d.start > start and _ANOTHER_HAPPENING.search(text, start, d.start))
    ]
    if _OPENS_BACKGROUND.match(text, trigger[0]) or _BACKGROUND_CUE.search(
        text, max(0, trigger[0] - 24), trigger[0]
    ):  # "released on Friday after their arrest ... on 2 August": the arrest's is after it
        after = [
            d
            for d in dates
            if d.start >= trigger[1] and not _CLAUSE_BREAK.search(text, trigger[1], d.start)
        ]
        dates = after or dates
    amid = _AMID.search(text, max(0, trigger[0] - 40), trigger[0])
    if amid is not None:  # "died this spring amid investigations": the dying's date
        dates = [d for d in dates if d.end > amid.start()]
    if not dates:
        return None

    def rank(d: DateMention) -> tuple[bool, bool, int, int]:
        background = bool(_BACKGROUND.search(text, max(0, d.start - 60), d.start))
        lo, hi = (d.end, trigger[0]) if d.end <= trigger[0] else (trigger[1], d.start)
        other_clause = bool(_CLAUSE_BREAK.search(text, lo, hi))
        return (background, other_clause, -len(d.value), abs(d.start - trigger[0]))

    before = [d for d in dates if d.end <= trigger[0]] if len(dates) > 1 else []
    if len(before) >= 2 and _KO_MODIFIER.match(text, trigger[1]):
        # "지난 21일 지난해 11월 ... 체포된 밀수꾼 9명에 대한 재판": a Korean verb that
        # describes a noun takes the date just before it in its clause; the earlier date is
        # the main verb's
        nearest = before[-1]
        if not _KO_CLAUSE_END.search(text, nearest.end, trigger[0]):
            return nearest
    return min(dates, key=rank)


# Where a Korean clause is over: a told verb's ending before a comma, a new clause or a stop.
_KO_CLAUSE_OVER = re.compile(
    r"[.;”]|[았었였됐했났]\S{0,2}(?:으며|고|는데|지만|으나|며|면서)[,\s]|[다데며고],"
)


def ko_own_clause(text: str, trigger: Span, dates: list[DateMention]) -> list[DateMention]:
    """Dates a Korean word may take: none after its clause is over ("체포됐는데, 지난해
    3월에도 비슷한 사건이 있었다": that date belongs to a later verb)."""
    return [
        d
        for d in dates
        if not (d.start > trigger[1] and _KO_CLAUSE_OVER.search(text, trigger[1], d.start))
    ]


# Enforcement that acts on an offence told before its word in a Korean clause
_ENFORCED = frozenset({"arrest", "seizure", "trial", "execution", "detention", "crackdown"})
# Told as being done when it was caught: "밀수하려던", "반입하려다", "몰래 팔던 주민",
# "시도하던 중", "벌이다가", "들여오다 체포됐다" (a stem's -다 that joins, not a told -았다)
_KO_IN_THE_ACT = re.compile(r"려(?:던|다|고)|던\s|는\s?중|(?<![았었였됐했났겠])다가?\s|현장")


def ko_offence_of_enforcement(ctx: DocContext, m: Mention) -> bool:
    """Whether a Korean smuggling word is the offence an enforcement word after it in its
    clause acted on, told as done before it ("8일 소를 밀매한 죄로 3명이 총살됐다", "이달 초
    밀수조직을 일망타진했다", "무기를 몰래 실은 것이 적발돼"): the clause's date is the
    enforcement's. Not one caught in the act ("밀수하려던 부부가 체포됐다", "밀수를 벌이다가
    체포됐다"): that smuggling was going on that day."""
    text, trigger, s = ctx.text, m.trigger, m.sentence
    words = [w for label, w in ctx.matches_in("triggers", (s.start, s.end)) if label in _ENFORCED]
    after = next((w for w in words if w[0] >= trigger[1]), None)  # (the sentence's, cached)
    if after is None or _KO_CLAUSE_OVER.search(text, trigger[1], after[0]):
        return False  # none after it, or in a later clause
    return not _KO_IN_THE_ACT.search(text, trigger[0], after[0])


# Another happening named after an event's word, whose date follows it.
_OBJECT_ANOTHER = re.compile(r"\s+another\b")
_ANOTHER_HAPPENING = re.compile(
    r"(?i)\b(?:a|an)\s+(?:similar|separate|earlier|previous|prior)\b|\banother\b"
)

# An event word that opens a clause of what came before ("following their capture", "after
# his arrest"): the date of that clause follows it; the one before is the main verb's
_OPENS_BACKGROUND = re.compile(r"(?i)(?:following|after|before)\s")
_BACKGROUND_CUE = prefiltered(
    r"(?i)\b(?:following|after|before)\s+(?:(?:his|her|their|its|the)\s+)?$"
)

# A word in a phrase of circumstance ("amid a crackdown on ..."): what it names goes on
# around the clause, which dates its own verb, not it.
_AMID = re.compile(r"(?i)\bamid(?:st)?\s+(?:[\w'’-]+\s+){0,3}$")

_KO_MODIFIER = re.compile(r"(?:된|한|당한|됐던|했던|되었던)\s")

_KO_CLAUSE_END = re.compile(r"[,.“”\"]|(?:고|며|면서|는데|지만)\s")

# Where one clause of a sentence ends and another begins (a Korean clause told as done
# before the next, "…된 뒤"): a date across it is another clause's
# ("“지난 12일부터 단속을 벌이고 있다”면서 “17~19일 사이에 23명이 끌려갔다”").
_CLAUSE_BREAK = re.compile(
    r";|다[”\"]?\s*(?:며|면서)|[”\"]\s*(?:며|면서|고)\s*[“\"]"
    r"|,\s+(?:and|but|while|whereas)\s"
    r"|(?:된|한|당한|받은)\s?(?:뒤|후|다음)에?\s"  # "억류된 뒤 그 해 3월 ... 선고": another deed's
)


def background_date(text: str, d: DateMention, trigger: Span) -> bool:
    """Whether a date after the trigger stands in a background clause ("after being
    arrested on August 17") of its own."""
    return d.start > trigger[1] and bool(
        _BACKGROUND.search(text, max(trigger[1], d.start - 60), d.start)
    )


def names_a_thing(text: str, d: DateMention) -> bool:
    """ "the July 21 elections", "the Dec. 22 resolution": a date that names something else
    (not "the Feb. 16 incident", which names the happening itself)."""
    if _PARTICIPLE.search(text, max(0, d.start - 30), d.start):
        return True  # "sanctions imposed in 2017": the date of the sanctions
    if text[d.start - 1 : d.start] == "(" and is_hangul(text[d.start - 2 : d.start - 1]):
        return True  # "5차 핵실험(2016년 9월)": the date of the thing just named
    if _OF_A_PUBLICATION.match(text, d.end):
        return True  # "yesterday's edition": when a paper came out
    before = text[max(0, d.start - 4) : d.start].lower()
    after = _NEXT_WORD.match(text, d.end)
    word = after.group(1).lower() if after else ""
    if word in _HAPPENINGS:
        return False
    return before.endswith(("the ", "'s ")) and bool(word) and word not in _NOT_NOUNS


_OF_A_PUBLICATION = re.compile(
    r"['’]s\s+(?:\w+\s+){0,2}?(?:edition|issue|paper|newspaper|report|broadcast|article|"
    r"editorial|column|bulletin|newscast|program|programme)\b",
    re.IGNORECASE,
)

_HAPPENINGS = frozenset(
    {"incident", "case", "crossing", "defection", "arrest", "arrests", "execution", "raid"}
    | {"executions", "raids", "trial", "shooting", "seizure", "crackdown", "escape"}
    | {"capture", "detention", "deportation", "repatriation", "sentencing", "hijacking"}
    | {"kidnapping", "abduction", "interception", "seizures", "trials", "hearing"}
)

# ", who escaped in 2023,": a relative clause that describes a person (one that describes a
# measure, "Resolution 2371, which the Council adopted on Aug. 5", dates the measure)
_RELATIVE_OPEN = re.compile(r",\s+(?:who|whose)\b[^,;.]*$", re.IGNORECASE)


def _describes(text: str, d: DateMention, trigger: Span) -> bool:
    """Whether a date stands in a relative clause that describes someone or something,
    and the trigger stands outside it ("Pak, who left in 2016, said four were shot")."""
    opened = _RELATIVE_OPEN.search(text, max(0, d.start - 80), d.start)
    if opened is None:
        return False
    ends = [at for stop in (",", ". ", ";") if (at := text.find(stop, d.end)) >= 0]
    end = min(ends, default=len(text))
    return not opened.start() < trigger[0] < end


# An event word told as a participle that describes the subject of a later verb: "이날 총살된
# 여성 이씨는", "The man executed that day"
_KO_DESCRIBING = re.compile(r"\S{0,2}(?:된|한|당한|받은|됐던|했던)\s")
_EN_PARTICIPLE_CUE = re.compile(r"(?i)\w+ed\s+$")


def describes_another(ctx: DocContext, cue: Span, trigger: Span) -> bool:
    """Whether "that day" (이날) goes with another event word told before the trigger as a
    participle that describes someone ("이날 총살된 여성 이씨는 ... 구리 밀매에 손을 댄", "The
    man executed that day had smuggled ..."): it dates that word's happening, not the later
    verb about the person."""
    if trigger[0] < cue[1]:
        return False
    text = ctx.text
    if ctx.language == "ko":
        for word in ctx.lexicon.triggers["ko"].finditer(text, cue[1], trigger[0]):
            if word.start() - cue[1] <= 8 and _KO_DESCRIBING.match(text, word.end()):
                return True
        return False
    before = text[max(0, cue[0] - 30) : cue[0]]
    participle = _EN_PARTICIPLE_CUE.search(before)
    return participle is not None and bool(
        ctx.lexicon.triggers["en"].search(before, participle.start())
    )


# "a sailor who was picked up near an island in mid-September was deported": a relative
# clause with no commas that tells of the subject, then the subject's own verb
_SUBJECT_RELATIVE_OPEN = re.compile(r"(?i)\b(?:who|that)\s+[^,;.]*$")
_SUBJECT_VERB_NEXT = re.compile(
    r"(?i)[^,;.]{0,50}?\s(?:was|were|has been|have been|had been|is|are)\s+"
    r"(?:(?:also|later|then|reportedly|allegedly|now|finally)\s+)?$"
)


_PAST_VERB = re.compile(r"(?i)(?:ed|fled)$")


def _outside_own_relative(text: str, d: DateMention, trigger: Span) -> bool:
    """Whether the trigger is a verb in a relative clause that describes someone ("The
    brother, who defected years ago, phoned a church group on Monday") and the date
    stands after the clause's end: the date is the main verb's."""
    if not _PAST_VERB.search(text, trigger[0], trigger[1]):
        return False  # a noun in the clause ("at the time of its seizure") names the event
    opened = _RELATIVE_OPEN.search(text, max(0, trigger[0] - 80), trigger[0])
    if opened is None or d.start < trigger[1]:
        return False
    ends = [at for stop in (",", ". ", ";") if (at := text.find(stop, trigger[1])) >= 0]
    return d.start > min(ends, default=len(text))


def _subject_relative(text: str, d: DateMention, trigger: Span) -> bool:
    """Whether a date stands in a relative clause ("who was found ... late last month") on
    the subject of the trigger's verb told after it ("... was repatriated"): the date is
    the clause's happening, not the verb's."""
    if d.end > trigger[0] or text[d.start - 1 : d.start].isalpha():
        return False
    if _SUBJECT_RELATIVE_OPEN.search(text, max(0, d.start - 80), d.start) is None:
        return False
    return _SUBJECT_VERB_NEXT.fullmatch(text, d.end, trigger[0]) is not None


def nearest_to(trigger: Span, items: list[M]) -> M | None:
    if not items:
        return None
    return min(items, key=lambda item: abs(item.start - trigger[0]))
