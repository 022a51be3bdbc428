"""Releases: a person let go from detention closes a detention told as its own happening.

"The North released the worker on Thursday after four months of detention", "억류됐던
대학생이 석방돼 13일 돌아왔다": the detention ended that day, and a report of the release is
a report of the detention, even when no word of holding starts an event. A stage after the
realis gate: a sentence that tells a release of people who had been held (a word of holding
in the same sentence), and names no detention of its own, gives a detention mention at the
release word, described from its sentence (the release's date, place and people). Word
lists: `data/releases.yaml`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from nkevents.extract.argument_dates import reported_date
from nkevents.extract.arguments import describe
from nkevents.extract.context import DocContext
from nkevents.extract.mention import Mention
from nkevents.extract.realis import realis_gate
from nkevents.vocabulary import load_data

LANGUAGES = ("en", "ko")
# Cheap literal tests on the lowered text before any pattern runs.
_LITERALS = {"en": ("releas", "freed", "frees", "set free"), "ko": ("석방", "풀려", "보석")}


@dataclass(slots=True, frozen=True)
class ReleaseCues:
    release: dict[str, re.Pattern[str]]
    held: dict[str, re.Pattern[str]]
    not_people: dict[str, re.Pattern[str]]
    handover: dict[str, re.Pattern[str]]
    capture: dict[str, re.Pattern[str]]
    not_done: dict[str, re.Pattern[str]]
    brief: dict[str, re.Pattern[str]]
    custody_days: dict[str, re.Pattern[str]]
    facility: dict[str, re.Pattern[str]]


def _table(raw: dict[str, dict[str, list[str]]], name: str) -> dict[str, re.Pattern[str]]:
    out = {}
    for lang in LANGUAGES:
        fragments = (raw.get(name) or {}).get(lang) or []
        body = "|".join(f"(?:{f})" for f in fragments) or "(?!)"
        start = r"\b" if lang == "en" else ""
        out[lang] = re.compile(f"{start}(?:{body})", re.IGNORECASE)
    return out


@cache
def cues() -> ReleaseCues:
    """The release word lists shipped with the package."""
    raw = load_data("releases.yaml")
    return ReleaseCues(
        release=_table(raw, "release"),
        held=_table(raw, "held"),
        not_people=_table(raw, "not_people"),
        handover=_table(raw, "handover"),
        capture=_table(raw, "capture"),
        not_done=_table(raw, "not_done"),
        brief=_table(raw, "brief"),
        custody_days=_table(raw, "custody_days"),
        facility=_table(raw, "facility"),
    )


def releases(ctx: DocContext, mentions: list[Mention]) -> list[Mention]:
    """The mentions, with a detention for each sentence that tells a release from one."""
    lang = ctx.language
    if lang not in LANGUAGES or not any(w in ctx.lowered for w in _LITERALS[lang]):
        return mentions
    c = cues()
    detained = {
        m.sentence.start for m in mentions if m.type == "detention" and m.strength == "strong"
    }
    told = {m.sentence.start: m.sentence for m in mentions}
    added: list[Mention] = []
    for sentence in ctx.sentences:
        span = (sentence.start, sentence.end)
        if sentence.start in detained:
            continue  # the detention is told there already
        if not any(w in ctx.lowered[span[0] : span[1]] for w in _LITERALS[lang]):
            continue
        found = c.release[lang].search(ctx.text, *span)
        if found is None or not c.held[lang].search(ctx.text, *span):
            continue
        if c.not_people[lang].search(ctx.text, *span):
            continue  # a report released, a cargo freed: no person let go
        if c.not_done[lang].search(ctx.text[max(span[0], found.start() - 30) : found.start()]):
            continue  # "the prisoners can be released": what may come, no one let go
        if c.custody_days[lang].search(ctx.text, *span) and not c.facility[lang].search(
            ctx.text, *span
        ):
            continue  # "freed ... after being held for over a week": the arrest's custody
        if c.brief[lang].search(ctx.text, *span):
            continue  # "detained for questioning and released hours later": no detention
        if sentence.start not in told and not _near_events(ctx, mentions, sentence.start):
            continue  # a release far from any event of the report is background
        m = describe(ctx, Mention("detention", sentence, found.span(), "strong"))
        m.penalty = None  # a release's sentence tells the term served, not one given
        if m.date is None or (lang == "en" and m.date.start < found.start()):
            # a release is news on the day it is made known: "was released, ... said Tuesday"
            # (Korean tells the day before the verb: "지난 9일 석방됐다")
            after = [d for d in ctx.dates_in(span) if d.start > found.start()]
            m.date = after[0] if after else None
        added.append(m)
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda m: (m.sentence.start, m.trigger[0]))


# A clause of another act between a hand-over and a date ("sent back, before escaping again
# in 2018"): the date is that act's.
_OTHER_CLAUSE = re.compile(
    r"(?i)[,;]\s*(?:before|after|when|while|and|but|then)\b|\b(?:before|after) \w+ing\b"
)


# Said right before a hand-over: it came after the capture told before it in the sentence
# ("... and have since been extradited", "later deported", "이후 북송됐다")
_TOLD_LATER = re.compile(
    r"(?i)\b(?:since|later|subsequently|afterwards|then)\s+(?:been\s+|was\s+|were\s+)?$|이후\s*$"
)


def _near_events(ctx: DocContext, mentions: list[Mention], start: int) -> bool:
    """Whether an event of the report is told in the sentences around a sentence."""
    index = next(i for i, s in enumerate(ctx.sentences) if s.start == start)
    around = {s.start for s in ctx.sentences[max(0, index - 3) : index + 4]}
    return any(m.sentence.start in around for m in mentions)


def date_handovers(ctx: DocContext, mentions: list[Mention]) -> None:
    """A hand-over with no date of its own took place the day it was made known.

    "South Korea deported two fishermen to the North, the ministry said Thursday": the
    deportation is dated that Thursday, so it stays apart from the capture days before.
    Only a full day told in the hand-over's own sentence (a dateline or a day of saying),
    and only in English: a Korean report dates its hand-overs itself ("어제(7일) 추방했다"),
    and a day before "에 따르면" is the source's report, not the hand-over's telling.
    """
    lang = ctx.language
    if lang != "en":
        return
    pattern = cues().handover[lang]
    # hand-overs the report dates itself ("the repatriation was carried out on the 9th")
    own_days = [
        m.date.value
        for m in mentions
        if m.type == "arrest"
        and m.date is not None
        and len(m.date.value) == 10
        and pattern.match(m.trigger_text)
    ]
    for m in mentions:
        if m.type != "arrest" or m.strength != "strong" or m.date is not None:
            continue
        if not pattern.match(m.trigger_text):
            continue
        span = (m.sentence.start, m.sentence.end)
        days = [d for d in ctx.dates_in(span) if len(d.value) == 10 and reported_date(ctx, d)]
        if days and not _told_again_dated(days[-1].value, own_days):
            m.date = days[-1]


HANDOVER_TOLD_AFTER = 10  # days: a hand-over dated this long before its telling is the one told


def _told_again_dated(told: str, own_days: list[str]) -> bool:
    """Whether the report dates a hand-over itself a few days before the day it was told
    ("... repatriated more than 500, sources said Wednesday. ... carried out on the 9th"):
    the undated telling is that one, and takes its day."""
    try:
        said = date.fromisoformat(told)
    except ValueError:
        return False
    for day in own_days:
        try:
            own = date.fromisoformat(day)
        except ValueError:
            continue
        if timedelta(0) <= said - own <= timedelta(days=HANDOVER_TOLD_AFTER):
            return True
    return False


def handover_links(ctx: DocContext, mentions: list[Mention]) -> list[Mention]:
    """A hand-over told after an arrest in the same sentence is a link of its own.

    "The family was caught in Shenyang on 2 June and repatriated on 20 June", "지난 2일
    체포된 탈북민 5명이 20일 북송됐다": a sentence names each type once, so the hand-over
    would be lost in the arrest; it is a mention of its own, described from its sentence
    (its date is the one nearest its word), which groups apart when its date differs. With
    no day of its own it is the arrest's restatement, unless told as later than the dated
    arrest ("arrested in Laos in May, and have since been deported to China").
    """
    lang = ctx.language
    if lang not in LANGUAGES:
        return mentions
    c = cues()
    pattern = c.handover[lang]
    added: list[Mention] = []
    for m in mentions:
        if m.type != "arrest" or m.strength == "continuation":
            continue
        if pattern.match(ctx.text, m.trigger[0]):
            continue  # the hand-over is the arrest's own word
        found = pattern.search(ctx.text, m.trigger[1], m.sentence.end)
        if found is None:
            continue
        before = ctx.text[max(m.sentence.start, found.start() - 30) : found.start()]
        if c.not_done[lang].search(before) or c.not_done[lang].match(ctx.text, found.end()):
            continue  # "face being deported", "북송될 위기": feared, not done
        link = describe(ctx, Mention("arrest", m.sentence, found.span(), "strong"))
        if lang == "en":  # an English date follows the verb it dates: "repatriated on 12 June"
            span = (m.sentence.start, m.sentence.end)
            link.date = next(
                (
                    d
                    for d in ctx.dates_in(span)
                    if d.start >= found.end()
                    and not _OTHER_CLAUSE.search(ctx.text, found.end(), d.start)
                ),
                None,
            )
        if lang == "ko" and link.date is not None and m.date is not None:
            _arrest_day_before(ctx, m, link, found.start())
        own_day = link.date is not None and (m.date is None or link.date.start != m.date.start)
        # "arrested in May, and have since been extradited": after it, with no day of its own
        later = link.date is None and m.date is not None and _TOLD_LATER.search(before)
        if not (own_day or later):
            continue  # no day of its own: the arrest's restatement
        added.append(link)
    added = realis_gate(ctx, added)  # "arrested and facing deportation": not done
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda x: (x.sentence.start, x.trigger[0]))


def _arrest_day_before(ctx: DocContext, m: Mention, link: Mention, handover: int) -> None:
    """ "5월 공안에 붙잡혀 6월 북송됐다": a Korean date leads its verb, so a date between the
    arrest's word and the hand-over's is the hand-over's; the arrest keeps the date told
    before its word in the sentence (none: it stays the hand-over's restatement)."""
    if link.date is None or m.date is None or m.date.start != link.date.start:
        return
    if not m.trigger[1] <= m.date.start < handover:
        return
    before = [
        d
        for d in ctx.dates_in((m.sentence.start, m.trigger[0]))
        if d.value and d.end <= m.trigger[0] and not reported_date(ctx, d)
    ]
    if before and not _KO_CLAUSE_OVER.search(ctx.text, before[-1].end, m.trigger[0]):
        m.date = before[-1]


# A Korean clause told as over before the next ("체포됐고", "붙잡혔는데", a stop)
_KO_CLAUSE_OVER = re.compile(r"[.;]|[았었였됐했났혔]\S{0,2}(?:고|는데|으며|며|지만)[,\s]")
