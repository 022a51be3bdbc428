"""The realis and specificity gate: event words that report no happening of their own.

A stage between the mentions of each sentence and the stories: a strong mention is dropped
when its clause is conditional, habitual, normative, modal, wished or planned ("if caught,
they are sent to a camp", "smugglers are usually fined", "activists urged Beijing to halt
the deportations", 단속해야 하는, 검열을 진행할 예정); when the act was only tried and
stopped ("trying to flee ... were detained", 넘다가 붙잡혔다: the arrest is the event);
when an offence is only what a measure is against ("the fight against defection"); when
its word describes the participants of another event ("the nine who were caught were
shot", "those who flee"); when its sentence keeps statistics ("the number of defectors
fell to 63", 집계) or is page furniture; and when it is only a noun for the people who do
such things ("a circle of missionaries and smugglers"). It also drops what is denied,
feared or rumoured, a duty, a rule in force, a trend, a practice of a kind of people, the
speaker's life history and a memory of long ago; a weak word or a continuation cue in a
modal, conditional or statistical clause adds nothing either. `demote_restatements` makes an
event word that modifies a noun ("체포된 밀수꾼들은", "the arrested traders") a weak mention:
it refers to an event told elsewhere. Word lists: `data/realis.yaml`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, partial

import ahocorasick_rs

from nkevents.extract.context import DocContext
from nkevents.extract.mention import Mention
from nkevents.extract.trades import trade_told
from nkevents.prefilter import FragmentTable
from nkevents.vocabulary import load_data

LANGUAGES = ("en", "ko")
# How far back in its clause a word can make an event word irrealis ("could then be sent").
_WINDOW = 48
# Clause boundaries within a sentence.
_CLAUSE_END = re.compile(r"[;:—–]|,\s|\s-\s|\"|“|”|\(|\)")
_PART_END = re.compile(r"[;:—–]")
# "so that it could sell coal abroad": the purpose of an act told, not a possibility.
_PURPOSE = re.compile(r"(?i)\b(?:so that|in order to|in order that|so as to)\b")
# "activists and smugglers", "brokers, smugglers and": a noun in a list of kinds of people
# "missionaries and smugglers", "illicit traders like drug traffickers": kinds of people
_LISTED = re.compile(
    r"(?i)\b(?:\w+s)(?:,| and| or| like| such as| including)\s+(?:[a-z]+\s+)?$"
    r"|\b(?:like|such as)\s+(?:\w+\s+)?$"
)
# Offences that can be named as the topic of a measure.
_TOPIC_TYPES = {"smuggling", "escape"}
# Types that are measures: one in force is told in the present ("금지시키는 것으로").
_MEASURES = {"crackdown", "sanction"}
# Korean facility nouns that start a detention alone ("교화소", "관리소")
_KO_FACILITY_NOUNS = frozenset({"관리소", "수용소", "교화소", "단련대", "집결소", "구류장"})
# Types whose attempt is itself the happening.
_DONE_WHEN_TRIED = {"en": {"smuggling"}, "ko": {"smuggling"}}
# A past tense or participle: "arrested", "fled", "caught", "taken into custody".
_PAST_FORM = re.compile(r"(?i)(?:ed|fled|caught|shot|held|sent|taken|seized|put|hung)\b")
# A trade phrase led by an irregular past: "brought the cookers across the river".
_PAST_LEAD = re.compile(r"(?i)(?:brought|sold|resold|bought|took|ran|sent)\b")
# "They are held at the county jail": a detention going on, not a rule.
_HELD = re.compile(r"(?i)\b(?:held|kept|detained|imprisoned|jailed|confined|locked)\b")
# A perfect just before the event word: "have defected", "has reportedly executed".
_PERFECT = re.compile(r"(?i)\b(?:have|has)\s+(?:\w+ly\s+)?(?:been\s+)?$")
# A date of a day or a month: a relative clause that dates its act tells a happening.
_PRECISE = 7


@dataclass(slots=True, frozen=True)
class RealisCues:
    """The gate's compiled word lists, by language (an empty pattern never matches)."""

    irrealis_before: dict[str, FragmentTable]
    attempt_before: dict[str, FragmentTable]
    attempt_after: dict[str, FragmentTable]
    topic_before: dict[str, FragmentTable]
    topic_after: dict[str, FragmentTable]
    topic_list: dict[str, FragmentTable]
    irrealis_after: dict[str, FragmentTable]
    purpose_after: dict[str, FragmentTable]
    ongoing_after: dict[str, FragmentTable]
    ongoing_tail: dict[str, FragmentTable]
    conditional: dict[str, FragmentTable]
    participant: dict[str, FragmentTable]
    place_described: dict[str, FragmentTable]
    people_doing: dict[str, FragmentTable]
    measure_subject: dict[str, FragmentTable]
    measure_in_force: dict[str, FragmentTable]
    source_says: dict[str, FragmentTable]
    generic_present: dict[str, FragmentTable]
    statistic: dict[str, FragmentTable]
    total_after: dict[str, FragmentTable]
    statistic_after: dict[str, FragmentTable]
    total_since: dict[str, FragmentTable]
    total_opens: dict[str, FragmentTable]
    vague_crowd: dict[str, FragmentTable]
    trend: dict[str, FragmentTable]
    furniture: dict[str, FragmentTable]
    background: dict[str, FragmentTable]
    generic_subject: dict[str, FragmentTable]
    law_provision: dict[str, FragmentTable]
    disproved: dict[str, FragmentTable]
    measure_routine: dict[str, FragmentTable]
    facility_described: dict[str, FragmentTable]
    life_story: dict[str, FragmentTable]
    agent_nouns: dict[str, FragmentTable]
    agent_compound: dict[str, FragmentTable]
    agent_former: dict[str, FragmentTable]
    agent_speaks: dict[str, FragmentTable]
    agent_habit: dict[str, FragmentTable]
    agent_source: dict[str, FragmentTable]
    agent_past: dict[str, FragmentTable]
    agent_acts: dict[str, FragmentTable]
    abuse_before: dict[str, FragmentTable]
    abuse_after: dict[str, FragmentTable]
    south_custody: dict[str, FragmentTable]
    south_arrival: dict[str, FragmentTable]
    recalled_before: dict[str, FragmentTable]
    recalled_after: dict[str, FragmentTable]
    recalled_turn: dict[str, FragmentTable]
    recalled_since: dict[str, FragmentTable]
    generic_sentence: dict[str, FragmentTable]
    kind_before: dict[str, FragmentTable]
    kind_after: dict[str, FragmentTable]
    modal_after: dict[str, FragmentTable]
    kind_subject: dict[str, FragmentTable]
    how_told: dict[str, FragmentTable]
    disjoined_after: dict[str, FragmentTable]
    disjoined_before: dict[str, FragmentTable]
    # a table's words, by language, one of which each of its fragments holds
    keys: dict[str, dict[str, ahocorasick_rs.AhoCorasick]]


# English tables read over whole sentences or long stretches, where trying each fragment
# only where its literals stand costs less than the alternation (measured on the bench
# stream: the others, and the Korean tables, are read whole)
_BY_FRAGMENT = frozenset(
    {
        "background",
        "disproved",
        "generic_sentence",
        "irrealis_before",
        "life_story",
        "recalled_since",
        "south_custody",
        "statistic",
        "statistic_after",
        "topic_before",
        "trend",
    }
)


def _table(
    raw: dict[str, dict[str, list[str]]], name: str, suffix: str = "", words: bool = False
) -> dict[str, FragmentTable]:
    """A table's alternation by language; one of _BY_FRAGMENT read fragment by fragment
    where each fragment's literals stand (nkevents.prefilter: the same matches)."""
    out = {}
    for lang in LANGUAGES:
        fragments = (raw.get(name) or {}).get(lang) or []
        start = r"\b" if words and lang == "en" else ""  # English words start at a boundary

        whole = "|".join(f"(?:{f})" for f in fragments) or "(?!)"
        out[lang] = FragmentTable(
            re.compile(f"{start}(?:{whole}){suffix}", re.IGNORECASE),
            fragments if lang == "en" and name in _BY_FRAGMENT else (),
            partial(_compile_fragment, start=start, suffix=suffix),
        )
    return out


def _compile_fragment(fragment: str, start: str, suffix: str) -> re.Pattern[str]:
    """One fragment of a table alone, as the table reads it."""
    return re.compile(f"{start}(?:(?:{fragment})){suffix}", re.IGNORECASE)


_ATTEMPT_TAIL = r"\b(?:\W+(?!(?:was|were|is|are|been|be|had|has|have)\b)\w+){0,3}?\W*$"


@cache
def cues() -> RealisCues:
    """The gate's word lists shipped with the package."""
    raw = load_data("realis.yaml")
    return RealisCues(
        # anchored at the end of the stretch before the event word, a few words between
        irrealis_before=_table(raw, "irrealis_before", r"\b(?:\W+\w+){0,3}?\W*$", words=True),
        # "trying to flee were detained": an auxiliary between ends the attempt's clause
        attempt_before=_table(raw, "attempt_before", _ATTEMPT_TAIL, words=True),
        attempt_after=_table(raw, "attempt_after"),
        topic_before=_table(raw, "topic_before", "$", words=True),
        topic_after=_table(raw, "topic_after"),
        topic_list=_table(raw, "topic_list"),
        irrealis_after=_table(raw, "irrealis_after"),
        purpose_after=_table(raw, "purpose_after"),
        ongoing_after=_table(raw, "ongoing_after"),
        ongoing_tail=_table(raw, "ongoing_tail"),
        conditional=_table(raw, "conditional"),
        participant=_table(raw, "participant", "$"),
        place_described=_table(raw, "place_described", "$"),
        people_doing=_table(raw, "people_doing", "$"),
        measure_subject=_table(raw, "measure_subject"),
        measure_in_force=_table(raw, "measure_in_force"),
        source_says=_table(raw, "source_says"),
        generic_present=_table(raw, "generic_present", "$", words=True),
        statistic=_table(raw, "statistic"),
        total_after=_table(raw, "total_after"),
        statistic_after=_table(raw, "statistic_after"),
        total_since=_table(raw, "total_since"),
        total_opens=_table(raw, "total_opens"),
        vague_crowd=_table(raw, "vague_crowd"),
        trend=_table(raw, "trend"),
        furniture=_table(raw, "furniture"),
        background=_table(raw, "background"),
        generic_subject=_table(raw, "generic_subject"),
        law_provision=_table(raw, "law_provision"),
        disproved=_table(raw, "disproved"),
        measure_routine=_table(raw, "measure_routine"),
        facility_described=_table(raw, "facility_described"),
        life_story=_table(raw, "life_story"),
        agent_nouns=_table(raw, "agent_nouns"),
        agent_compound=_table(raw, "agent_compound"),
        agent_former=_table(raw, "agent_former"),
        agent_speaks=_table(raw, "agent_speaks"),
        agent_habit=_table(raw, "agent_habit"),
        agent_source=_table(raw, "agent_source"),
        agent_past=_table(raw, "agent_past"),
        agent_acts=_table(raw, "agent_acts"),
        abuse_before=_table(raw, "abuse_before"),
        abuse_after=_table(raw, "abuse_after"),
        south_custody=_table(raw, "south_custody"),
        south_arrival=_table(raw, "south_arrival"),
        recalled_before=_table(raw, "recalled_before"),
        recalled_after=_table(raw, "recalled_after"),
        recalled_turn=_table(raw, "recalled_turn"),
        recalled_since=_table(raw, "recalled_since"),
        generic_sentence=_table(raw, "generic_sentence"),
        kind_before=_table(raw, "kind_before"),
        kind_after=_table(raw, "kind_after"),
        modal_after=_table(raw, "modal_after"),
        kind_subject=_table(raw, "kind_subject"),
        how_told=_table(raw, "how_told"),
        disjoined_after=_table(raw, "disjoined_after"),
        disjoined_before=_table(raw, "disjoined_before", "$"),
        keys={
            name: {
                lang: ahocorasick_rs.AhoCorasick(words, matchkind=ahocorasick_rs.MatchKind.Standard)
                for lang, words in by_lang.items()
            }
            for name, by_lang in (raw.get("keys") or {}).items()
        },
    )


# Letters that case-insensitive matching takes for an ASCII one and lower() does not give.
_FOLD_ODD = ("İ", "ı", "ſ", "K")


def _may_hold(text: str, start: int, end: int, keys: ahocorasick_rs.AhoCorasick | None) -> bool:
    """Whether a stretch may hold a table's pattern: one of its words is in it, in any case
    (no words: it may)."""
    if keys is None:
        return True
    piece = text[start:end]
    if not piece.isascii() and any(ch in piece for ch in _FOLD_ODD):
        return True
    return bool(keys.find_matches_as_indexes(piece.lower()))


def _holds(c: RealisCues, name: str, lang: str, text: str, start: int, end: int) -> bool:
    """Whether the table `name` finds its pattern in a stretch, its words tested first."""
    if not _may_hold(text, start, end, c.keys.get(name, {}).get(lang)):
        return False
    table: dict[str, FragmentTable] = getattr(c, name)
    return table[lang].search(text, start, end) is not None


def realis_gate(ctx: DocContext, mentions: list[Mention]) -> list[Mention]:
    """The mentions that may report a happening, in their order."""
    c = cues()
    lang = ctx.language
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        by_sentence.setdefault(m.sentence.start, []).append(m)
    dropped: set[int] = set()
    for group in by_sentence.values():
        s = group[0].sentence
        if _may_be_furniture(ctx.lowered, s.start, s.end) and c.furniture[lang].search(
            ctx.text, s.start, s.end
        ):
            dropped.update(id(m) for m in group)
            continue
        piece = ctx.text[s.start : s.end]
        if (
            _holds(c, "background", lang, ctx.text, s.start, s.end)
            or c.generic_subject[lang].match(piece)
            or _holds(c, "law_provision", lang, piece, 0, len(piece))
        ):
            # a memory of long ago ("recalled, as a boy, watching ..."), a practice ("most
            # North Koreans cross ...") or what a law says ("형법 제62조는 ... 처한다"): no
            # new happening
            dropped.update(id(m) for m in group)
            continue
        if any(m.type == "execution" for m in group) and c.disproved[lang].search(
            ctx.text, s.start, s.end
        ):
            # "Hyon, once rumoured to have been executed, led a delegation": shown false
            dropped.update(id(m) for m in group if m.type == "execution")
        recalled: bool | None = None  # found when a mention first needs it
        untold = [m for m in group if _untold(m)]
        if untold and c.generic_sentence[lang].search(ctx.text, s.start, s.end):
            # "those sent back face harsh punishment, including imprisonment": what is done
            # to a kind of people, not a happening told with a date or people of its own
            # (a relative clause after the word, "..., where they may be sent back", tells
            # what may follow, not that the happening is a kind)
            dropped.update(
                id(m)
                for m in untold
                if c.generic_sentence[lang].search(
                    ctx.text, s.start, _before_relative(ctx.text, m.trigger[1], s.end)
                )
            )
        # "the first such defection since a soldier crossed ...", "귀순한 2017년 7월 이후 6년
        # 만이다": the one counted from; "Kim, who had his uncle executed in 2013,": who he is
        dropped.update(
            id(m)
            for m in group
            if _first_since(ctx, c, m) or (lang == "en" and _who_long_ago(ctx, m))
        )
        for m in group:
            if (
                m.type == "escape"
                and (m.date is None or len(m.date.value) < _PRECISE)
                and c.life_story[lang].search(ctx.text, s.start, s.end)
            ):
                dropped.add(id(m))  # "fled in 2009 and now works in Seoul": a life story
            if id(m) in dropped:
                continue
            imprecise = m.date is None or len(m.date.value) < _PRECISE
            if imprecise and recalled is None:
                recalled = _group_recalled(ctx, c, lang, group)
            if imprecise and recalled:
                # "지난해에도 ... 체포된 바 있다", "Last year, five were also arrested for
                # smuggling": an earlier happening recalled, with all its sentence tells of it
                dropped.add(id(m))
                continue
            if m.type in _TOPIC_TYPES and _disjoined(ctx, c, lang, m):
                # "밀수나 도강", "탈북이나 밀수를 막고", "to defect or smuggle things": one
                # of two kinds of offence, neither told as done
                dropped.add(id(m))
                continue
            if lang == "en" and _many_of_a_kind(ctx, m):
                # "reminds us of numerous executions for distributing films": talk of many,
                # which lends nothing (not even charges) to the happening told
                dropped.add(id(m))
                continue
            if lang == "en" and _abuse_listed(ctx, c, m):
                # "what inmates endure (cold, beatings, hunger and execution)": a kind of
                # treatment among others, not one happening
                dropped.add(id(m))
                continue
            if m.strength == "strong":
                if not _realis(ctx, c, lang, m, group):
                    dropped.add(id(m))
            elif _unreal(ctx, c, lang, m) or _target(ctx, c, lang, m):
                # a weak word or a continuation only adds to an event told elsewhere, and
                # adds nothing from a clause that tells no happening ("could face the
                # charges", "the law prescribes five to ten years", "in recent years")
                dropped.add(id(m))
    return [m for m in mentions if id(m) not in dropped]


# The words that join two kinds of offence ("밀수나 도강", "밀수를 하거나", "defect or smuggle"),
# looked for near the event word before its tables are read.
_OR_WORDS = {"en": (" or ",), "ko": ("나 ",)}
# How far around the event word the joining word may stand.
_OR_REACH = 14


def _disjoined(ctx: DocContext, c: RealisCues, lang: str, m: Mention) -> bool:
    """An offence named beside another with "or" ("밀수나 마약 사용자", "밀수를 하거나 탈북을
    시도하는 주민", "탈북이나 밀수를 막고"): a kind among kinds, not a happening told."""
    start, end = m.trigger
    s = m.sentence
    lowered = ctx.lowered
    after_end = min(s.end, end + _OR_REACH)
    before_start = max(s.start, start - _OR_REACH - 16)
    near = lowered[before_start:after_end]
    if not any(w in near for w in _OR_WORDS[lang]):
        return False
    if c.disjoined_after[lang].match(ctx.text, end, min(s.end, end + _OR_REACH + 24)):
        return True
    return bool(c.disjoined_before[lang].search(ctx.text, before_start, start))


# Many of a kind named by a plural noun: "numerous executions", "many arrests in recent years"
_MANY_BEFORE = re.compile(
    r"(?i)\b(?:numerous|many|countless|frequent|repeated|a (?:number|series|string|spate) of|"
    r"dozens of|hundreds of|thousands of|scores of)\s+(?:[\w-]+\s+)?$"
)


def _many_of_a_kind(ctx: DocContext, m: Mention) -> bool:
    """A plural event noun after a word of many, with no day or count of its own."""
    word = m.trigger_text or ctx.text[m.trigger[0] : m.trigger[1]]
    if not word.endswith("s") or (m.date is not None and len(m.date.value) >= _PRECISE):
        return False
    if m.people is not None and any(ch.isdigit() for ch in m.people.text):
        return False
    return bool(
        _MANY_BEFORE.search(ctx.text, max(m.sentence.start, m.trigger[0] - 40), m.trigger[0])
    )


# The acts a running total counts ("70 officials have been executed"); not a trade carried on
# since a date ("since March 2017, traders have smuggled copper": one trade told)
_TOTALLED = frozenset({"execution", "arrest", "escape", "trial"})


# The types whose noun may stand in a list of abuses ("torture, forced labour and execution")
_ABUSE_TYPES = frozenset({"execution", "detention", "arrest"})


def _abuse_listed(ctx: DocContext, c: RealisCues, m: Mention) -> bool:
    """An event noun listed beside another abuse, with no day or count of its own."""
    if m.type not in _ABUSE_TYPES or (m.date is not None and len(m.date.value) >= _PRECISE):
        return False
    word = (m.trigger_text or ctx.text[m.trigger[0] : m.trigger[1]]).lower()
    if word.endswith("ed") or " " in word or (m.people is not None and m.people.value > 1):
        return False  # a verb ("were executed"), a phrase ("labour camps"), a count told
    start, end = m.trigger
    s = m.sentence
    before = max(s.start, start - 60)
    after = min(s.end, end + 60)
    return _holds(c, "abuse_before", ctx.language, ctx.text[before:start], 0, start - before) or (
        _may_hold(ctx.text, end, after, c.keys["abuse_after"]["en"])
        and c.abuse_after["en"].match(ctx.text, end, after) is not None
    )


# "Last year, five were also arrested", "a similar escape in 2021": one more, of a year before
_ALSO = re.compile(r"(?i)\b(?:also|similar)\b")
_WHO_CLAUSE = re.compile(r",\s+who\b[^,;:()\"“”]*$")


def _earlier_year(ctx: DocContext, m: Mention) -> bool:
    """Whether the mention is dated to a year before the report's."""
    published = ctx.published or ""
    if m.date is None or not published[:4].isdigit() or not m.date.value[:4].isdigit():
        return False
    return m.date.value[:4] < published[:4]


# A relative clause set off after the event word: ", where they may be sent back"
_RELATIVE_TAIL = re.compile(r",\s+(?:where|who|which|whom)\b")


def _before_relative(text: str, at: int, end: int) -> int:
    """Where a relative clause set off after `at` begins (the sentence's end without one)."""
    found = _RELATIVE_TAIL.search(text, at, end)
    return found.start() if found else end


def _untold(m: Mention) -> bool:
    """A mention with no date and no people of its own, or only a count in words of a kind
    ("thousands", "dozens"; not "about 50")."""
    if m.date is not None:
        return False
    p = m.people
    return p is None or (p.approximate and not any(ch.isdigit() for ch in p.text))


def _first_since(ctx: DocContext, c: RealisCues, m: Mention) -> bool:
    """ "the first such defection since a soldier crossed the line in October": the one
    before, named as what the report's happening is the first since."""
    if m.strength != "strong":
        return False  # "took place on July 14": the report's happening told again
    text, s = ctx.text, m.sentence
    if ctx.language == "ko":
        end = m.trigger[1]
        return bool(c.recalled_since["ko"].match(text, end, min(s.end, end + 60)))
    return bool(c.recalled_since["en"].search(text, s.start, m.trigger[0]))


def _who_long_ago(ctx: DocContext, m: Mention) -> bool:
    """An English word of a year before the report's inside a relative clause set off after
    a name ("Kim, who had his uncle executed in 2013, ..."), or of no month or day in one
    whose sentence goes on to the life the person leads now ("The defector, who was once
    arrested for selling phones, now runs a shop in Seoul"): who the person is."""
    s = m.sentence
    if not _WHO_CLAUSE.search(ctx.text, s.start, m.trigger[0]):
        return False
    if _earlier_year(ctx, m):
        return True
    imprecise = m.date is None or len(m.date.value) < _PRECISE
    return imprecise and bool(cues().life_story["en"].search(ctx.text, m.trigger[1], s.end))


def _group_recalled(ctx: DocContext, c: RealisCues, lang: str, group: list[Mention]) -> bool:
    """Whether any mention of one sentence's group is `_recalled`: in English the cues are
    the sentence's, searched once for the group."""
    if lang != "en":
        return any(_recalled(ctx, c, lang, m) for m in group)
    s = group[0].sentence
    imprecise = [m for m in group if m.date is None or len(m.date.value) < _PRECISE]
    if s.start == 0 or not imprecise:
        return False
    if _holds(c, "recalled_before", lang, ctx.text, s.start, s.end):
        return True
    return any(_earlier_year(ctx, m) for m in imprecise) and bool(
        _ALSO.search(ctx.text, s.start, s.end)
    )


# How far before its word a recalled time ("지난해에도") may stand.
_RECALL_WINDOW = 60


def _recalled(ctx: DocContext, c: RealisCues, lang: str, m: Mention) -> bool:
    """ "혜산에서는 지난해에도 ... 주민 5명이 체포된 바 있다", "과거에도 ... 처형된 적이 있다": a
    happening of the kind recalled beside the report's own, background. One dated to a month
    or a day stays: it may be a link of the report's chain."""
    if m.date is not None and len(m.date.value) >= _PRECISE:
        return False
    text, s = ctx.text, m.sentence
    start, end = m.trigger
    if lang == "en":
        # "has previously executed officials", "an escape two years ago": anywhere in the
        # sentence; "Last year, five were also arrested", "a similar escape in 2021": one
        # more of an earlier year
        if s.start == 0:
            return False  # the report's opening tells its own happening
        if c.recalled_before[lang].search(text, s.start, s.end):
            return True
        return _earlier_year(ctx, m) and bool(_ALSO.search(text, s.start, s.end))
    window = max(s.start, start - _RECALL_WINDOW)
    turn = c.recalled_turn[lang]
    for found in c.recalled_before[lang].finditer(text, window, start):
        if not turn.search(text, found.end(), start):
            return True
    return bool(
        c.recalled_after[lang].match(text, end, min(s.end, end + 40))
        and not turn.search(text, s.start, start)
    )


# Every furniture pattern holds one of these (a cheap test before the pattern).
_FURNITURE_WORDS = (
    "©",
    "copyright",
    "rights reserved",
    "here",
    "read more",
    "related",
    "무단",
    "재배포",
    "조회수",
    "댓글",
    "•",
)


def _may_be_furniture(lowered: str, start: int, end: int) -> bool:
    piece = lowered[start:end]
    return any(w in piece for w in _FURNITURE_WORDS)


# A Korean event word made a modifier of a noun ("억류된 수송기는", "이번에 체포된 병사"):
# the happening is referred to as one already told.
_KO_ADNOMINAL = re.compile(
    r"(?:된|한|당한|받은|됐던|했던|되었던|힌|혔던|진|졌던)\s(?!것|건\s|게\s|걸\s|뒤|후|이후|다음|가운데|지|바|데\s?이어)"
    r"[가-힣]"
)


# "선고받고 복역 중이던 선교사", "언도받고 교화 중에 있던 김씨": a chain of the person's past
# told as a modifier of the noun: who the person is, the happening told elsewhere.
_KO_CHAIN_ADNOMINAL = re.compile(
    r"(?:받|당하|당|하|되|돼)?고\s(?:[가-힣]+\s)?[가-힣]*?"
    r"(?:중이던|중인|중에\s있던|중에\s있는)\s(?!것|뒤|후|때)[가-힣]"
)


# A Korean trigger that holds its own adnominal ending ("탈북한", "귀순한") before a noun.
_KO_ADNOMINAL_END = re.compile(r"(?:된|한|당한|받은|됐던|했던|되었던)$")
# (not a noun for the happening itself: "처한 사실이 확인됐다", "체포한 사건"; nor the
# connective of a chain, "체포된 데 이어 ...": a link told, not a noun described)
_KO_NOUN_AFTER = re.compile(
    r"\s(?!것|건\s|게\s|걸\s|뒤|후|이후|다음|가운데|지|바|적|사실|소식|사건|사례|정황|내용|일|혐의|가능성|데\s?이어)"
    r"[가-힣]"
)


def _adnominal_word(ctx: DocContext, m: Mention) -> bool:
    """ "2018년 탈북한 김씨는 ... 말했다": the person's past named in a modifier of the noun,
    a description; one dated to a month or a day ("지난달 탈북한 주민 5명이 체포됐다") may
    be a link of the report's chain and stays."""
    if m.date is not None and len(m.date.value) >= _PRECISE:
        return False
    if not _KO_ADNOMINAL_END.search(m.trigger_text):
        return False
    return bool(_KO_NOUN_AFTER.match(ctx.text, m.trigger[1]))


# "the detained defectors", "the executed officials": an English participle before a noun.
_THE_BEFORE = re.compile(r"(?i)\b(?:the|these|those)\s+$")
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:in|on|at|by|for|from|to|with|and|or|after|before|last|this|when|as)\b)[a-z]+s\b"
)


# The people the word describes counted as the sentence's statement ("지난 3일 체포한 주민은
# 모두 5명이다"): the happening told, not a reference to one told elsewhere
_KO_COUNT_STATED = re.compile(
    r"(?:된|한|당한|힌)\s(?:[가-힣]+\s){0,2}?[가-힣]+(?:은|는)\s(?:모두\s|총\s|전부\s|약\s)?"
    r"\d+\s?(?:여\s?)?명(?:이다|이었다|이며|이고|으로\s(?:알려졌|전해졌|확인됐|파악됐))"
)


def demote_restatements(ctx: DocContext, mentions: list[Mention]) -> None:
    """A Korean event word that modifies a noun ("억류된 수송기는", "체포된 밀수꾼들은")
    refers to a happening told elsewhere: it may add to that event but not start one."""
    for m in mentions:
        if m.strength != "strong":
            continue
        if ctx.language == "ko" and trade_told(ctx, m):
            continue  # "마약을 밀매한 혐의로", "금을 밀수한 주민이": the trade told, goods and all
        restated = (
            _refers_back(ctx, m)
            and not _dated_arrest(m, mentions)
            and not (ctx.language == "ko" and _count_stated(ctx, m))
            and not (ctx.language == "ko" and _only_telling(m, mentions))
        )
        if restated or _reduced_relative(ctx, m, mentions):
            m.strength = "weak"
            m.definite = True


def _count_stated(ctx: DocContext, m: Mention) -> bool:
    """ "지난 3일 체포한 주민은 모두 5명이다": the people of a dated word counted as the
    statement (not a tally over a period, "11개월간 처형된 사람은 16명이었다")."""
    if m.date is None or len(m.date.value) < _PRECISE:
        return False
    return bool(_KO_COUNT_STATED.match(ctx.text, m.trigger[1]))


def _only_telling(m: Mention, mentions: list[Mention]) -> bool:
    """ "지난 3일 체포된 밀수꾼들은 조사를 받고 있다": a Korean modifier dated to a month or a
    day, the only event word of its sentence, with no other word of its type told as a
    happening in the report, is the telling."""
    if m.date is None or len(m.date.value) < _PRECISE:
        return False
    return not any(
        o is not m and o.strength == "strong" and (o.type == m.type or o.sentence is m.sentence)
        for o in mentions
    )


def _dated_arrest(m: Mention, mentions: list[Mention]) -> bool:
    """ "지난해 11월 ... 체포된 밀수꾼 9명에 대한 재판이 21일": an arrest with a date of its own
    just before it, in a sentence whose judgement has another, is the chain's first link; so
    is a capture so dated before a hand-over told with another date ("엿새 전 나포한 선원
    2명을 어제 추방했다")."""
    capture = m.type == "arrest" or (m.type == "seizure" and "나포" in m.trigger_text)
    if not capture or m.date is None or m.date.start > m.trigger[0]:
        return False
    return any(
        (
            o.type in ("trial", "execution")
            or (o.type == "arrest" and o is not m and _KO_HANDOVER.search(o.trigger_text))
        )
        and o.sentence is m.sentence
        and o.date is not None
        and o.date.value != m.date.value
        for o in mentions
    )


# A Korean hand-over word ("추방했", "북송됐", "송환돼")
_KO_HANDOVER = re.compile(r"북송|송환|추방")


# "The women deported in May had been kept in a jail": a subject noun phrase from the
# sentence's start, the arrest word a participle after its noun, no verb before it.
_SUBJECT_START = re.compile(
    r"(?i)^\W*(?:the|these|those|all|both|some|most|many|several|\d+|two|three|four|five|six|"
    r"seven|eight|nine|ten|dozens|hundreds)\b(?![^,;:()\"“”]*?\b(?:was|were|is|are|been|be|being|had|"
    r"has|have|got|get|who|which|that|said|says|told|reported)\b)[^,;:()\"“”]*?\b[a-z]+\s+$"
)
# The participle's own phrase, then the sentence's finite verb ("... last week had been").
_MAIN_VERB_AFTER = re.compile(
    r"(?i)^(?:(?!\b(?:who|whom|which|that|after|before|when|while|because|as|since|until|if|"
    r"and|but|where|he|she|they|we|it|i)\b)[^,;:()\"“”])*?\b(?:had been|have been|has been|were|"
    r"was|are|is|remain|remained|remains)\b"
)
# What is done to the people next ("arrested in March were sentenced in June"): a chain.
_FATES = {"arrest", "trial", "execution"}
_RELEASED = re.compile(r"(?i)\b(?:released|freed|set free|let go)\b")
_PARTICIPLE_WORD = re.compile(r"(?i)^(?:\w+ed|sent|taken|caught|held|brought|seized)\b")


def _reduced_relative(ctx: DocContext, m: Mention, mentions: list[Mention]) -> bool:
    """ "The women deported in May had been kept in a jail": an English arrest
    word as a participle after the subject's noun, with the sentence's own verb after it,
    tells who they are; the hand-over or arrest is told elsewhere. One with a day of its own
    ("Two soldiers caught on 9 January are being held") or one whose sentence goes on to
    another happening ("arrested in March were handed over in June", "were released") is
    the chain's first link."""
    if ctx.language != "en" or m.type != "arrest":
        return False
    if not _PARTICIPLE_WORD.match(m.trigger_text):
        return False
    if m.date is not None and len(m.date.value) == 10:
        return False
    s = m.sentence
    if not _SUBJECT_START.search(ctx.text[s.start : m.trigger[0]]):
        return False
    if any(
        o is not m and o.sentence is s and o.trigger[0] > m.trigger[0] and o.type in _FATES
        for o in mentions
    ):
        return False
    if _RELEASED.search(ctx.text, m.trigger[1], s.end) or _HANDOVER.search(
        ctx.text, m.trigger[1], s.end
    ):
        return False
    end = _clause_end(ctx.text, m.trigger[1], s.end)
    return bool(_MAIN_VERB_AFTER.match(ctx.text[m.trigger[1] : end]))


def _refers_back(ctx: DocContext, m: Mention) -> bool:
    if ctx.language == "ko":
        return bool(
            _KO_ADNOMINAL.match(ctx.text, m.trigger[1])
            or _KO_CHAIN_ADNOMINAL.match(ctx.text, m.trigger[1], m.sentence.end)
            or _adnominal_word(ctx, m)
        )
    if not m.trigger_text.lower().endswith("ed"):
        return False
    before = ctx.text[max(m.sentence.start, m.trigger[0] - 12) : m.trigger[0]]
    return bool(_THE_BEFORE.search(before) and _NOUN_AFTER.match(ctx.text, m.trigger[1]))


def _target(ctx: DocContext, c: RealisCues, lang: str, m: Mention) -> bool:
    """A trade kept only as the word of what a campaign is against ("밀수 단속"): no evidence."""
    clause = _clause_start(ctx.text, m.sentence.start, m.trigger[0])
    before = ctx.text[max(clause, m.trigger[0] - _WINDOW) : m.trigger[0]]
    return _topic(ctx, c, lang, m, before)


def _topic(ctx: DocContext, c: RealisCues, lang: str, m: Mention, before: str) -> bool:
    """An offence named as what a measure is against, with nothing of its own told."""
    if m.type not in _TOPIC_TYPES or m.people or m.date:
        return False
    end = min(m.sentence.end, m.trigger[1] + 48)
    if c.topic_list[lang].match(ctx.text, m.trigger[1], end):
        return True  # "밀수와 마약 거래 ... 을 집중 단속": a list of targets, goods and all
    if m.commodities:
        return False
    if c.topic_before[lang].search(before):
        return True
    return bool(c.topic_after[lang].match(ctx.text, m.trigger[1], end))


# "탈북을 시도하다 국경경비대 총격에 사망했다": people killed fleeing made the crossing theirs
# (an escape, as the keys have people shot dead at the border)
_KO_SHOT_FLEEING = re.compile(r"총격|사살|총에 맞|총을 맞|총탄에|사망|숨졌|숨진|목숨을 잃")


def _attempted(ctx: DocContext, c: RealisCues, lang: str, m: Mention) -> bool:
    """ "Trying to flee ... were detained", "넘다가 붙잡혔다": an act tried, not done."""
    if m.type in _DONE_WHEN_TRIED[lang]:
        return False
    if (
        lang == "ko"
        and m.type == "escape"
        and _KO_SHOT_FLEEING.search(ctx.text, m.trigger[1], m.sentence.end)
    ):
        return False
    start, end = m.trigger
    clause = _clause_start(ctx.text, m.sentence.start, start)
    before = ctx.text[max(clause, start - _WINDOW) : start]
    if c.attempt_before[lang].search(before):
        return True
    return bool(c.attempt_after[lang].match(ctx.text, end, min(m.sentence.end, end + 32)))


# A measure told as announced by the state that takes it ("China said on Saturday it would
# halt coal imports", "Tokyo announced that it will bar the ships"): the measure taken, unless
# told on a condition ("... would impose sanctions if the North tested again").
_ANNOUNCED_WOULD = re.compile(
    r"(?i)\b(?:said|announced|declared|stated|confirmed)\b(?:\s+on\s+\w+)?\s+(?:that\s+)?"
    r"(?:it|they|the (?:government|ministry|country))\s+(?:would|will)\s+(?:\w+\s+){0,1}$"
)
_ON_CONDITION = re.compile(r"(?i)\b(?:if|unless|should)\b")


def _measure_announced(text: str, m: Mention) -> bool:
    if m.type != "sanction":
        return False
    start, s = m.trigger[0], m.sentence
    if not _ANNOUNCED_WOULD.search(text, max(s.start, start - 80), start):
        return False
    return not _ON_CONDITION.search(text, m.trigger[1], s.end)


def _modal_before(text: str, c: RealisCues, lang: str, clause: int, start: int) -> bool:
    """A modal or irrealis word before the trigger in its clause ("could", "planned to"), not
    one inside a purpose told of an act that happened ("so that it could sell coal")."""
    before = text[max(clause, start - _WINDOW) : start]
    if not _may_hold(before, 0, len(before), c.keys.get("irrealis_before", {}).get(lang)):
        return False
    modal = c.irrealis_before[lang].search(before)
    return bool(modal and not _PURPOSE.search(before, 0, modal.start() + 1))


def _unreal(ctx: DocContext, c: RealisCues, lang: str, m: Mention) -> bool:
    """The checks of a clause's mood that also hold for a word that starts no event:
    modal, conditional, statistic, habitual (Korean, after the word) and attempted."""
    text = ctx.text
    start, end = m.trigger
    s = m.sentence
    clause = _clause_start(text, s.start, start)
    if _modal_before(text, c, lang, clause, start):
        return True
    if lang == "ko":
        stat = c.statistic[lang].search(text, s.start, s.end)
        if stat and not _ko_total_after(text, m, stat.start()):
            return True
        if _ko_conditional(c, text, max(clause, start - 30), start):
            return True
        return bool(
            c.irrealis_after[lang].match(text, end, min(s.end, end + 48))
            or _purpose(c, lang, m, text)
        )
    part = _part_start(text, s.start, start)
    return (
        _holds(c, "conditional", lang, text, part, start)
        or _holds(c, "statistic", lang, text, part, start)
        or _holds(c, "trend", lang, text, clause, _clause_end(text, end, s.end))
    )


# A quotative ending ("엄벌하겠다고", "처벌한다는"): the clause before it is what was said
_KO_QUOTED = re.compile(r"(?:다|라|자)(?:고|는|며)\s")


def _ko_conditional(c: RealisCues, text: str, start: int, end: int) -> bool:
    """A Korean "-면" clause before the word whose scope reaches it: not one closed inside
    what was said ("가담하면 엄벌하겠다고 경고했다": the warning was given)."""
    found = [m.end() for m in c.conditional["ko"].finditer(text, start, end)]
    return bool(found) and not _KO_QUOTED.search(text, found[-1], end)


# A Korean verb that ends its clause and links the next: "총살돼 ...", "체포됐고 ..."
_KO_LINKED = re.compile(
    r"[가-힣]{0,2}?(?:돼|되어|됐고|되고|되었고|했고|하고|해|하여|되면서|되며|됐으며|했으며)[\s,]"
)


def _ko_total_after(text: str, m: Mention, stat_start: int) -> bool:
    """ "밀수꾼 2명이 총살돼 올해 처형된 사람은 12명으로 늘었다": a running total told in
    the clause after the word's own, whose count stands before it, leaves that happening."""
    return (
        stat_start > m.trigger[1]
        and m.people is not None
        and m.people.end <= m.trigger[0]
        and _KO_LINKED.match(text, m.trigger[1]) is not None
    )


def _purpose(c: RealisCues, lang: str, m: Mention, text: str) -> bool:
    """A Korean act told as the purpose of another ("체포하기 위해"), not a trade or a measure."""
    if m.type in _MEASURES or m.type == "smuggling":
        return False
    end = m.trigger[1]
    return bool(c.purpose_after[lang].match(text, end, min(m.sentence.end, end + 16)))


def _realis(ctx: DocContext, c: RealisCues, lang: str, m: Mention, group: list[Mention]) -> bool:
    text = ctx.text
    start, end = m.trigger
    s = m.sentence
    clause = _clause_start(text, s.start, start)
    before = text[max(clause, start - _WINDOW) : start]
    if _modal_before(text, c, lang, clause, start) and not _measure_announced(text, m):
        return False  # "could sell coal", not the purpose of an act told ("so that it could")
    if _attempted(ctx, c, lang, m):
        return False  # "attempting to arrest him": not done
    if _topic(ctx, c, lang, m, before):
        return False  # "a campaign against smuggling": what a measure is against
    if lang == "ko":
        if _resolution_in_force(ctx, m, clause):
            return False  # "결의 2371호는 ... 금지하고 있다": what the resolution says
        stat = c.statistic[lang].search(text, s.start, s.end)
        if stat and not _ko_total_after(text, m, stat.start()):
            return False  # "2013년 1514명이 귀순하는 등 ... 집계됐다": a yearly count
        if _ko_conditional(c, text, max(clause, start - 30), start):
            return False  # "공관에 진입하면 집단검거 소동을 벌였다": what follows whenever
        if (
            m.type == "crackdown"
            and (m.date is None or m.date.rule == "ongoing")  # the report's month, not told
            and c.measure_routine[lang].match(text, end, s.end)
        ):
            return False  # "사용을 엄격히 금지하고 있다", "순찰을 돌며 감시한다": in force
        if (
            m.type == "detention"
            and m.trigger_text in _KO_FACILITY_NOUNS
            and c.facility_described[lang].match(text, end, s.end)
        ):
            return False  # "전거리 교화소는 ... 대표적인 교화소다": the place described
        if m.type not in _MEASURES and c.ongoing_after[lang].match(text, end, s.end):
            return False  # "몰래 들여오는 것으로 지적됐다": what goes on
        if (
            m.type not in _MEASURES
            and not (m.date or m.people)
            and c.ongoing_tail[lang].search(text, end, s.end)
        ):
            return False  # "... 판매하고, ... 들여오는 것으로 지적됐다": the sentence's habit
        if _purpose(c, lang, m, text):
            return False  # "체포하기 위해 수색에 나섰다": what the search was for
        return not c.irrealis_after[lang].match(text, end, min(s.end, end + 48))
    part = _part_start(text, s.start, start)
    if _holds(c, "conditional", lang, text, part, start) or _holds(
        c, "statistic", lang, text, part, start
    ):
        return False  # "if caught", "the number of people who fled"
    if m.date is None and _told_how(c, lang, text, part, start):
        return False  # "described how smugglers paid soldiers": a way of doing, undated
    if _PERFECT.search(text, max(part, start - 40), start) and (
        c.total_after[lang].search(text, end, _part_end(text, end, s.end))
        or (_counts_acts(m) and c.total_since[lang].search(text, end, _part_end(text, end, s.end)))
    ):
        return False  # "thousands have fled ... in recent years": a running total
    if (
        m.type in _TOTALLED
        and _PERFECT.search(text, max(part, start - 40), start)
        and "since" in text[s.start : s.start + 12].lower()
        and c.total_opens[lang].match(text, s.start, start)
    ):
        return False  # "Since the minister took office in 2016, 40 guards have been arrested"
    if (
        m.type == "escape"
        and m.date is None
        and _PERFECT.search(text, max(part, start - 40), start)
        and c.vague_crowd[lang].search(text, part, start)
    ):
        return False  # "hundreds of thousands have fled to China": a running total
    if c.statistic_after[lang].search(text, end, _part_end(text, end, s.end)):
        return False  # "700 were detained in the last month alone": a total
    if _holds(c, "trend", lang, text, clause, _clause_end(text, end, s.end)):
        return False  # "executions have become more common": a trend
    if _rule_in_force(ctx, c, m, part) or _resolution_in_force(ctx, m, part):
        return False  # "sanctions adopted in 2017 prohibit ...": what the rules say
    if _describes_participants(ctx, c, m, group, clause) or _speaker_history(ctx, c, m):
        return False
    if _people_doing(ctx, c, m, clause):
        return False  # "the defectors fleeing the regime": a kind of people
    if (
        (m.type != "detention" or not _HELD.search(m.trigger_text))
        and _PAST_FORM.search(m.trigger_text)
        and c.generic_present[lang].search(text[clause:start])
    ):
        return False  # "those caught are sent to camps", not "are seeking asylum"
    if _received_in_south(ctx, c, m):
        return False
    if _kind_told(ctx, c, m, before):
        return False  # "such public trials are held when ...": a kind, what is done
    if m.type not in _MEASURES and c.modal_after[lang].match(text, end, min(s.end, end + 40)):
        return False  # "harsh sentences can be expected": what may be
    if _KIND_OPENS.fullmatch(text, s.start, start) and c.kind_subject[lang].match(
        text, end, min(s.end, end + 60)
    ):
        return False  # "Repatriated women are often searched": a kind of people
    return not _agent_alone(ctx, c, m)


# A bare plural right after "how": a kind of people ("how smugglers paid", "how border
# guards take bribes"), not someone ("how she was", "how the two men were").
_BARE_PLURAL = re.compile(
    r"(?i)(?!(?:he|she|they|i|we|you|it|his|her|their|its|the|a|an|this|that|these|those|"
    r"one|two|three|four|five|six|seven|eight|nine|ten)\b)(?:[a-z-]+\s+)?[a-z-]+s\b"
)


def _told_how(c: RealisCues, lang: str, text: str, part: int, start: int) -> bool:
    """ "A former guard described how smugglers paid soldiers": a way a kind of people do."""
    if not _may_hold(text, part, start, c.keys.get("how_told", {}).get(lang)):
        return False
    found = list(c.how_told[lang].finditer(text, part, start))
    return bool(found) and _BARE_PLURAL.match(text, found[-1].end()) is not None


# What may stand before a participle that names a kind at a sentence's start.
_KIND_OPENS = re.compile(r"(?i)[\s\"“‘']*(?:(?:many|most|all|some|such)\s+)?")


def _kind_told(ctx: DocContext, c: RealisCues, m: Mention, before: str) -> bool:
    """ "Such public trials are held to scare people": a kind of happening told in the
    present, not one happening (a word test first: "such" just before the word)."""
    if "such" not in before[-40:].lower():
        return False
    lang = ctx.language
    if not c.kind_before[lang].search(before):
        return False
    end = m.trigger[1]
    return bool(c.kind_after[lang].match(ctx.text, end, min(m.sentence.end, end + 40)))


# A hand-over word: people sent back are arrested whoever holds them.
_HANDOVER = re.compile(
    r"(?i)\b(?:repatriat|deport|sent (?:\w+ )?back|send (?:\w+ )?back|handed|extradit|expel)"
)


_HANDOVER_TOPIC = re.compile(
    r"(?i)\w*\s+(?:procedures?|process(?:es)?|rules|polic(?:y|ies)|issues?|questions?|talks|"
    r"system|agreements?|treaty|treaties)\b"
)


# A hand-over only wished or asked for: "expressed a desire to be repatriated"
_WISHED = re.compile(
    r"(?i)\b(?:desire|desires|wish|wishes|wished|want|wants|wanted|ask|asks|asked|hope|hopes|"
    r"hoped|request|requests|requested|willing|intention|intend|intends|intended)\w*\s+"
    r"(?:[\w-]+\s+)?to\s+(?:be\s+)?$"
)


def _counts_acts(m: Mention) -> bool:
    """Whether a word since a year counts acts ("have arrested 300 since 2015"), not a
    holding that runs since then ("has been imprisoned since 2016", "a ship detained since
    May 2018")."""
    return m.type != "detention" and not _HELD.search(m.trigger_text)


def _received_in_south(ctx: DocContext, c: RealisCues, m: Mention) -> bool:
    """ "A soldier crossed the line and was taken into custody by South Korean troops": the
    defector is received on arrival, not arrested; the crossing is the event. Not when the
    sentence tells a hand-over ("detained by the South Korean navy and sent back"). Nor is
    the boat they came in seized ("the navy intercepted a wooden boat carrying four North
    Koreans that had crossed the line"), unless goods were aboard."""
    if m.type == "seizure":
        if set(m.commodities) - {"vehicles"}:
            return False
    elif m.type != "arrest":
        return False
    text, s = ctx.text, m.sentence
    if not c.south_custody[ctx.language].search(text, s.start, s.end):
        return False
    for found in _HANDOVER.finditer(text, s.start, s.end):
        if _WISHED.search(text, max(s.start, found.start() - 30), found.start()):
            continue  # only wishing to be sent back ("desire to be repatriated")
        if _HANDOVER_TOPIC.match(text, found.end()):
            continue  # "repatriation procedures": a topic, no one sent back
        return False
    before = [t for t in ctx.sentences if t.end <= s.start][-1:]
    start = before[0].start if before else s.start
    if c.south_arrival[ctx.language].search(text, start, s.end):
        return True
    # a headline ("ROK navy intercepted boat carrying North Koreans"): the body tells the
    # crossing in the sentence after it
    after = [t for t in ctx.sentences if t.start >= s.end][:1]
    return bool(
        not before
        and after
        and c.south_arrival[ctx.language].search(text, after[0].start, after[0].end)
    )


# ", a defector who", ", an official who had": an apposition opening a relative clause.
_APPOSITION = re.compile(r"(?i),\s+(?:a|an|one|the)\s+[^,;]{0,60}?\b(?:who|that)\b[^,;]*$")


def _describes_participants(
    ctx: DocContext, c: RealisCues, m: Mention, group: list[Mention], clause: int
) -> bool:
    """ "The nine who were caught were shot": the catching says who was shot; "those who
    flee", "people who have fled since the famine" say who they are. A relative clause
    that dates its act to a month or day tells a happening of its own."""
    before = ctx.text[max(clause, m.trigger[0] - 60) : m.trigger[0]]
    if c.place_described[ctx.language].search(before) and (
        m.date is None or m.date.start < m.trigger[0]
    ):
        return True  # "sent back on Monday to the regime they had fled": what the place is
    found = c.participant[ctx.language].search(before)
    if found is None or (m.date is not None and len(m.date.value) >= _PRECISE):
        return False
    if trade_told(ctx, m):
        return False  # "two soldiers who smuggled diesel to China were caught": the trade
    said = found.group().lower()
    present = re.search(r"\b(?:are|is)\b", said) or (
        re.search(r"\b(?:have|has)\b", said) and "been" not in said
    )
    past = (_PAST_FORM.search(m.trigger_text) or _PAST_LEAD.match(m.trigger_text)) and not present
    if not past:
        return True  # present or perfect: a kind of people, not an act told
    if m.type == "escape" and said.startswith("who") and _long_ago(ctx, m, said):
        return True  # "a dancer who defected in the 1990s": who the person is, a life story
    if _APPOSITION.search(ctx.text, m.sentence.start, m.trigger[0]) and c.source_says[
        ctx.language
    ].match(ctx.text, m.trigger[1], m.sentence.end):
        return True  # "Kim, a defector who escaped in 2015, said": who the speaker is
    main = [o for o in group if o.strength == "strong" and o.type != m.type]
    return any(o.trigger[0] > m.trigger[1] for o in main)


# A crossing told as a participle ("fleeing", "defecting"): may name people by what they do
_CROSSING_PARTICIPLE = re.compile(r"(?i)(?:fleeing|escaping|defecting|crossing)\b")


def _people_doing(ctx: DocContext, c: RealisCues, m: Mention, clause: int) -> bool:
    """ "The defectors fleeing the regime have been held", "to thwart those fleeing the
    country": a participle after a plural of people with no count says who they are, unless
    its clause dates it to a month or day."""
    if m.type != "escape" or not _CROSSING_PARTICIPLE.match(m.trigger_text):
        return False
    if m.date is not None and len(m.date.value) >= _PRECISE:
        return False
    before = ctx.text[max(clause, m.trigger[0] - 40) : m.trigger[0]]
    return c.people_doing[ctx.language].search(before) is not None


# "Kim, who was arrested in 2015,", "Park, 41, a former guard who", "Lee, an escapee from
# Camp 14,": a name and an apposition that describes the person, from the sentence's start.
_NAMED_APPOSITION = re.compile(
    r"^\W*(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3},\s+"
    r"(?:\d{1,3},\s+)?(?:(?:[Aa]|[Aa]n|[Tt]he|[Oo]ne)\s|who\s)[^,;:()\"“”]*$"
)


def _speaker_history(ctx: DocContext, c: RealisCues, m: Mention) -> bool:
    """ "Kim, who was arrested in 2015 and now lives in Seoul, said ...", "Park, a defector
    who escaped from a camp in 2005, told ...": the speaker's life history, set off between
    the name and the speaking verb, is no happening reported. One dated to a month or day
    may be the report's happening and stays."""
    if m.date is not None and len(m.date.value) >= _PRECISE:
        return False
    if not _NAMED_APPOSITION.search(ctx.text, m.sentence.start, m.trigger[0]):
        return False
    return bool(c.source_says[ctx.language].match(ctx.text, m.trigger[1], m.sentence.end))


# "in the 1990s", "in the early 2000s": a decade, long before any report.
_DECADE_AFTER = re.compile(r"(?i)^[^,;.]{0,60}?\bin the (?:early |mid-?|late )?(?:19|20)\d0s\b")


def _long_ago(ctx: DocContext, m: Mention, said: str) -> bool:
    """An act told in a description of a person that lies in the past of the report: a
    pluperfect ("a man who had defected"), a decade ("in the 1990s") or a year at least two
    before publication."""
    if "had" in said.split():
        return True
    if _DECADE_AFTER.match(ctx.text[m.trigger[1] : m.sentence.end]):
        return True
    if m.date is None or not ctx.published or not m.date.value[:4].isdigit():
        return False
    return int(m.date.value[:4]) <= int(ctx.published[:4]) - 2


def _rule_in_force(ctx: DocContext, c: RealisCues, m: Mention, part: int) -> bool:
    """ "Sanctions adopted by the council in 2017 prohibit the import of coal": a measure
    described by what it does now, its adoption only a participle of the subject."""
    if m.type not in _MEASURES or not _PAST_FORM.search(m.trigger_text):
        return False
    lang = ctx.language
    subject = c.measure_subject[lang].match(ctx.text[part : m.trigger[0]])
    end = _part_end(ctx.text, m.trigger[1], m.sentence.end)
    return bool(subject and c.measure_in_force[lang].search(ctx.text, m.trigger[1], end))


# A resolution named as the subject ("Resolution 2397, adopted in 2017, caps ...", "결의
# 2371호는 ... 금지하고 있다"): the trigger stands first in its part, what it does follows.
_SUBJECT_SLOT = re.compile(r"(?i)^\W*(?:the\s+)?(?:[\w.-]+\s+){0,3}?$")
_DOES_NOW = re.compile(
    r"(?i)(?:,[^,;]{0,60},)?\s+(?:also\s+|effectively\s+|still\s+)?(?:(?:prohibit|ban|bar|forbid|"
    r"require|cap|limit|restrict|prevent|target|cover|apply|allow)s|remains)\b"
)
_KO_TOPIC = re.compile(r"(?:안)?\s?(?:제\s?)?(?:\d{2,4}\s?호)?(?:은|는)\s")
_KO_PRESENT_END = re.compile(r"(?:고 있다|한다|된다|돼 있다|되어 있다)[.\"”'’)\s]*$")
_KO_PAST_END = re.compile(r"(?:했다|됐다|였다|하였다)[.\"”'’)\s]*$")


def _resolution_in_force(ctx: DocContext, m: Mention, part: int) -> bool:
    """ "Resolution 2397, adopted in 2017, caps oil imports", "결의 2371호는 석탄 수출을
    금지하고 있다": a resolution described by what it does, not one adopted in the report;
    one dated in the year of the report may be its news and stays."""
    if m.type != "sanction" or m.instrument is None:
        return False
    published = ctx.published or ""
    if m.date is None or not published or m.date.value[:4] >= published[:4]:
        return False  # undated or of the report's year: may be the resolution adopted
    text, s = ctx.text, m.sentence
    if ctx.language == "ko":
        if not _KO_TOPIC.match(text, m.trigger[1]):  # "결의 2371호는"
            return False
        tail = text[m.trigger[1] : s.end]
        return bool(_KO_PRESENT_END.search(tail) or _KO_PAST_END.search(tail))
    if not _SUBJECT_SLOT.match(text[part : m.trigger[0]]):
        return False
    return bool(_DOES_NOW.match(text, m.trigger[1], _part_end(text, m.trigger[1], s.end)))


# "traffickers and brokers operate": an agent noun listed before another
_LISTED_AFTER = re.compile(
    r"(?i)\s*(?:,|and|or|&)\s+(?:[a-z-]+\s+)?(?:smugglers|traffickers|brokers|defectors|"
    r"escapees|poachers|dealers|traders|missionaries|activists)\b"
)


# "the smugglers' association", "a smuggler's boat": the noun names whose
_POSSESSIVE = re.compile(r"['’]s?\s")


def _agent_alone(ctx: DocContext, c: RealisCues, m: Mention) -> bool:
    """ "A circle of missionaries and smugglers", "traffickers and brokers operate": people
    named by a trade in a list of people, with no act of it told; and in English, one named
    as a source or by a former trade ("A smuggler in Hyesan told the outlet ...", "a former
    smuggler", "a smuggling broker said") in a sentence that tells no act."""
    lang, text, s = ctx.language, ctx.text, m.sentence
    start, end = m.trigger
    noun = c.agent_nouns[lang].fullmatch(m.trigger_text) is not None
    if noun and (
        _LISTED.search(text, max(s.start, start - 30), start)
        or _LISTED_AFTER.match(text, end, min(s.end, end + 40))
    ):
        return True
    if lang != "en" or not (noun or c.agent_compound[lang].match(text, start, s.end)):
        return False
    if c.agent_former[lang].search(text, max(s.start, start - 16), start):
        return True  # "a former smuggler": who the person was
    if not (
        c.agent_speaks[lang].match(text, end, s.end)
        or c.agent_source[lang].search(text, max(s.start, start - 40), start)
        or c.agent_habit[lang].search(text, s.start, s.end)
        or (noun and _POSSESSIVE.match(text, end))
        or (noun and not c.agent_past[lang].search(text, s.start, s.end))
    ):
        return False
    acts = c.agent_acts[lang]
    return not (acts.search(text, s.start, start) or acts.search(text, end, s.end))


def _clause_start(text: str, sentence_start: int, at: int) -> int:
    """Where the clause of an offset starts: after the last boundary before it."""
    last = sentence_start
    for found in _CLAUSE_END.finditer(text, sentence_start, at):
        last = found.end()
    return last


def _clause_end(text: str, at: int, sentence_end: int) -> int:
    found = _CLAUSE_END.search(text, at, sentence_end)
    return found.start() if found else sentence_end


def _part_end(text: str, at: int, sentence_end: int) -> int:
    found = _PART_END.search(text, at, sentence_end)
    return found.start() if found else sentence_end


def _part_start(text: str, sentence_start: int, at: int) -> int:
    last = sentence_start
    for found in _PART_END.finditer(text, sentence_start, at):
        last = found.end()
    return last
