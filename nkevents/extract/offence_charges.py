"""A crossing told only as what people were arrested, tried or executed for ("detained for
illegally crossing the border", "탈북한 죄로 체포됐다") is the charge of that act, not an
escape of its own; one told with its own day or place stays a happening."""

from __future__ import annotations

import re

from nkevents.extract.context import DocContext
from nkevents.extract.mention import Mention
from nkevents.extract.strength import ACTS_ON_PEOPLE, subordinate

# The words between "for" and the crossing of its phrase: an adverb, a quoted offence and
# the means it was done by ("for illegally", "for having", "for “illegally intruding” into
# its territory by"), "for his"; no new clause ("for theft after", "for theft, and"); an
# attempt ("for trying to flee") is left to the realis gate (tried and stopped: the arrest)
_FOR_PHRASE = re.compile(
    r"(?i)\b(?:for|on (?:the )?charges? of|on suspicion of)\s+"
    r"(?:(?!(?:after|before|when|while|and|then|who|which|that|as|since|until"
    r"|trying|attempting|tried|attempted|seeking)\b)"
    r"[“\"‘']?[\w-]+[”\"’']?\s+){0,6}$"
)
_FOR_REACH = 70

# An English crossing told as an act ("crossing", "fleeing", "defecting", "his defection")
_CROSSING_WORD = re.compile(
    r"(?i)^(?:illegally\s+)?(?:cross|flee|defect|escap|slipp|swimm|walk|wad|ran\b|left\b)\w*"
)

# A Korean crossing followed by the word of its charge or reason: "도강시킨 혐의로", "탈북한
# 죄로", "국경을 넘은 혐의로", "탈북하려 한 혐의로", "탈북했다는 이유로", "도강(渡江)시킨 혐의로"
_KO_CHARGED = re.compile(
    r"(?:\([^()]{0,12}\))?[가-힣]{0,4}"
    r"(?:\s(?:한|준|온|했던|시킨|시켜준|하려던|하려고|했다는|하였다는))?"
    r"\s?(?:혐의|죄목|죄|이유)(?:로|를|가|는|으로|에)"
)
_KO_REACH = 24

_CLAUSE_END = re.compile(r"[,;:.]|\s(?:and|but|after|before|when|while|then)\s")


def crossings_charged(ctx: DocContext, mentions: list[Mention]) -> None:
    """An escape word standing in the charge of an arrest, trial, execution or detention of
    its sentence ("arrested for crossing the border"), or before a Korean word of charge or
    reason ("도강시킨 혐의로", "탈북한 죄로", "탈북했다는 이유로"), only adds to that act,
    unless its phrase tells a day or a place (not a country) of its own."""
    acts = [m.trigger for m in mentions if m.type in ACTS_ON_PEOPLE]
    if not acts and ctx.language != "ko":
        return
    for m in mentions:
        if m.type != "escape" or m.strength != "strong":
            continue
        phrase = _charge_phrase(ctx, m, acts)
        if phrase is not None and not _own_day_or_place(ctx, m, phrase):
            subordinate(m, acts)


def _charge_phrase(
    ctx: DocContext, m: Mention, acts: list[tuple[int, int]]
) -> tuple[int, int] | None:
    """The span of the charge phrase the crossing stands in, if it stands in one."""
    text, start = ctx.text, m.sentence.start
    if ctx.language == "ko":  # the charge word tells it, whether the act is told or
        # foretold ("도강시킨 혐의로 ... 처형될 것이라고", "탈북한 혐의를 받고 있다")
        told = _KO_CHARGED.match(text, m.trigger[1], min(m.sentence.end, m.trigger[1] + _KO_REACH))
        if told is None:
            return None
        clause = max(start, m.trigger[0] - _KO_REACH)
        comma = text.rfind(",", clause, m.trigger[0])
        return (comma + 1 if comma >= 0 else clause, told.end())
    if not _CROSSING_WORD.match(m.trigger_text):
        return None
    opened = _FOR_PHRASE.search(text, max(start, m.trigger[0] - _FOR_REACH), m.trigger[0])
    if opened is None or not any(act[1] <= opened.start() for act in acts):
        return None
    end = _CLAUSE_END.search(text, m.trigger[1], m.sentence.end)
    return (opened.start(), end.start() if end else m.sentence.end)


def _own_day_or_place(ctx: DocContext, m: Mention, phrase: tuple[int, int]) -> bool:
    """Whether the charge phrase names a day, or a place that is not a country, of the
    crossing itself ("for crossing the Tumen River on May 2"). A Korean day before the
    crossing is the act's unless another day is told after the charge ("16일 ... 도강한 혐의로
    19일 체포")."""
    dates = ctx.dates_in(phrase)
    if dates and ctx.language == "ko":
        dates = dates if ctx.dates_in((phrase[1], m.sentence.end)) else []
    if dates:
        return True
    return any(ctx.usable(p) and p.candidates[0].kind != "country" for p in ctx.places_in(phrase))
