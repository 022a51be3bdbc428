"""One judgement's penalties shared out to different people in one English clause: "The
official was sentenced to death and his deputies to life in prison" tells two judgements,
each with its own people and penalty (the verb is said once)."""

from __future__ import annotations

import re
from dataclasses import replace

from nkevents.extract.argument_people import singular_subject
from nkevents.extract.context import DocContext
from nkevents.extract.mention import Mention, sentence_span

# What stands between the first penalty and the second: the other people, and the verb
# said again or left out ("and his deputies to", ", while the two others were given")
_ELIDED = re.compile(
    r"(?i)(?:,?\s+|,?\s+[^.;]{0,60}?,\s*)(?:and|while|but|whereas)\s+(?P<np>(?:his|her|their|"
    r"its|the)\s+(?:[\w-]+\s+){0,3}?[a-z]+s)\s+(?:(?:were|was)\s+(?:each\s+)?(?:sentenced|"
    r"given|jailed|handed)\s+)?(?:to\s+|each\s+)?"
)


def judgements_apart(ctx: DocContext, mentions: list[Mention]) -> list[Mention]:
    """A trial word whose sentence gives one penalty, then other people another with the
    verb left out or said again, becomes two mentions: each its people and its penalty
    (some of the people each, so they join no one judgement)."""
    if ctx.language != "en":
        return mentions
    out: list[Mention] = []
    for m in mentions:
        out.append(m)
        if m.type != "trial" or m.strength != "strong":
            continue
        span = sentence_span(m)
        told = [
            p
            for p in ctx.penalties_in(span)
            if not p.negated and p.start >= m.trigger[0] and not p.rule.startswith("execution")
        ]
        if len(told) < 2:
            continue
        first, second = told[0], told[1]
        if (first.kind, first.min_months, first.max_months) == (
            second.kind,
            second.min_months,
            second.max_months,
        ):
            continue
        gap = _ELIDED.fullmatch(ctx.text, first.end, second.start)
        if gap is None:
            continue
        np = gap.span("np")
        theirs = [c for c in ctx.counts_in(span) if np[0] <= c.start < np[1] and ctx.is_people(c)]
        if not theirs:
            noun = gap["np"].split()[-1].lower()
            theirs = [c for c in ctx.counts_before(span[0]) if (c.head or "").lower() == noun]
        other_people = theirs[-1] if theirs else None
        people = m.people
        if people is not None and np[0] <= people.start < np[1]:
            people = singular_subject(ctx.text, span, m.trigger, m.type)
        m.penalty, m.people, m.people_part = first, people, True
        said_again = [
            o
            for o in mentions
            if o is not m
            and o.type == "trial"
            and o.strength == "strong"
            and first.end <= o.trigger[0] < second.start
        ]
        if said_again:  # "..., and his two accomplices were sentenced to 15 years"
            o = said_again[0]
            o.penalty, o.people, o.people_part = second, other_people or o.people, True
            continue
        out.append(
            replace(
                m,
                trigger=np,
                penalty=second,
                people=other_people,
                people_part=True,
                charges=list(m.charges),
                commodities=list(m.commodities),
                actors=list(m.actors),
            )
        )
    return out
