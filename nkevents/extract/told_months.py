"""The month of the day a happening was told, for an event the report leaves undated.

"China has strengthened its border patrols, an official said Thursday", "보위부가 검열을
벌이고 있다고 소식통이 28일 전했다": the day of telling is not the day of the happening (argument
dates never take it), but a report that gives no other time tells the happening as news of
the days before it was told. Keys then give the month of the telling, for two kinds of
happening only:

* a campaign (crackdown), which goes on around the day it is told of, in either language;
* an English arrest told in the present perfect ("police have arrested two men, officials
  said Monday"): the tense of news just in. Told in the simple past with no time ("detained
  ten people, state media said on Saturday") the arrest may be of any day before, and keys
  leave it undated; so do they executions, trades, escapes and trials told that way.

The day is one of the event's own sentences, judged a day of telling (a verb of saying,
reporting or confirming governs it), not the page's dateline or posting stamp (the page's
day says nothing of the happening's), in a sentence that gives no other time ("since" a day
aside): one that dates a happening of its own ("A week ago, a man was caught ..., a source
said on the 16th") is about that happening.
"""

from __future__ import annotations

import re

from nkevents.detect.dates import DateMention
from nkevents.extract.argument_dates import page_date, reported_date
from nkevents.extract.context import DocContext
from nkevents.model import Event, Provenance

# An English clause in the present perfect: "has arrested", "have been detained" (not an
# infinitive: "believed to have been detained" says nothing of when)
_EN_PERFECT = re.compile(r"(?i)(?<!\bto )\b(?:has|have)\s+(?:been\s+)?[a-z]+(?:ed|en|ght)\b")


def told_months(ctx: DocContext, events: list[Event]) -> None:
    """Each undated campaign, and each undated English arrest told in the present perfect,
    takes the month of the day its sentence was told."""
    for event in events:
        if event.date is not None or not _told_as_news(ctx, event.type):
            continue
        for a, b in event.evidence:
            dates = ctx.dates_in((a, b))
            told = [d for d in dates if len(d.value) >= 7 and _day_of_telling(ctx, d)]
            if not told or any(_own_time(ctx, d) for d in dates):
                continue  # no day of telling, or a time of the sentence's own happening
            if event.type == "arrest" and not _EN_PERFECT.search(ctx.text, a, b):
                continue
            event.date = told[0].value[:7]
            where = (told[0].start, told[0].end)
            event.provenance["date"] = Provenance(where, f"date.{told[0].rule}.told_month")
            break


def _told_as_news(ctx: DocContext, etype: str) -> bool:
    return etype == "crackdown" or (etype == "arrest" and ctx.language == "en")


# "since the beginning of November": where a period starts, not when its happening was
_SINCE = re.compile(r"(?i)\bsince\s+$")


def _own_time(ctx: DocContext, d: DateMention) -> bool:
    """Whether a date of a sentence dates a happening there (not a telling, not where a
    period starts)."""
    return not reported_date(ctx, d) and not _SINCE.search(ctx.text, max(0, d.start - 8), d.start)


def _day_of_telling(ctx: DocContext, d: DateMention) -> bool:
    return reported_date(ctx, d) and not page_date(ctx, d)


# The types an English report tells as news just in, in the present perfect ("Ten North Koreans
# have been detained in China", "has been sentenced to die"): keys date them by the month the
# report came out when it gives no time of its own.
_PERFECT_TYPES = frozenset({"arrest", "trial", "detention", "seizure", "execution"})
_PERFECT_BEFORE = re.compile(
    r"(?i)\b(?:has|have)\s+(?:(?:also|now|reportedly|allegedly|just)\s+)?"
    r"(?:been\s+)?$"
)
# Not a habit, a count of times or a period: "has been arrested several times", "have
# detained dozens since 2015", "has never been", "have ever"; nor "recently", which the fitted
# date weights weigh (date_scoring: pub_month_recent)
_NOT_NEWS = re.compile(
    r"(?i)\b(?:since|times|repeatedly|often|never|ever|so far|to date|over the (?:past|last)|"
    r"recent(?:ly)?|"
    r"in (?:the )?(?:past|last)|for (?:years|decades|months))\b"
)
# A hand-over ("have been repatriated", "extradited"): dated by its own rules (releases.py)
_HANDOVER = re.compile(r"(?i)repatriat|extradit|deport|handed|sent back|returned|expelled")


def perfect_months(ctx: DocContext, events: list[Event]) -> None:
    """An undated English event told in the present perfect with no time in its sentence
    ("Chinese authorities have arrested a group of defectors", "has been sentenced to life")
    takes the month of publication: news just in."""
    if ctx.language != "en" or not ctx.published or len(ctx.published) < 7:
        return
    for event in events:
        if event.date is not None or event.type not in _PERFECT_TYPES or not event.evidence:
            continue
        a, b = event.evidence[0]
        if ctx.dates_in((a, b)) or _NOT_NEWS.search(ctx.text, a, b):
            continue
        words = [w for label, w in ctx.matches_in("triggers", (a, b)) if label == event.type]
        told = next(
            (
                w
                for w in words
                if _PERFECT_BEFORE.search(ctx.text, max(a, w[0] - 40), w[0])
                and not _HANDOVER.match(ctx.text, w[0], w[1])
            ),
            None,
        )
        if told is None:
            continue
        event.date = ctx.published[:7]
        event.provenance["date"] = Provenance(told, "date.perfect_month")
