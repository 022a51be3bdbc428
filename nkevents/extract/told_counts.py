"""How many people an event was done to, told in a sentence beside its own that tells no
event ("A boat was found drifting off the coast on Sunday. It carried four men and a
woman.", "A group of 21 North Koreans was found adrift. The boat was spotted ...")."""

from __future__ import annotations

import re

from nkevents.detect.sentences import Sentence
from nkevents.extract.argument_people import outermost
from nkevents.extract.context import DocContext
from nkevents.extract.mention import PEOPLE_TYPES
from nkevents.model import Event

# A part of people told before ("two of them", "including three children", "among them"),
# or a count of others ("other", "another", "more"): not the people of the event told beside
_NOT_THE_SAME = re.compile(
    r"(?i)\b(?:of (?:them|those|these|whom)|including|among|other|others|another|more|also)\b"
    r"|중|가운데|포함|다른|또|나머지"
)

COUNTED_TYPES = PEOPLE_TYPES - {"smuggling"}


def counts_told_beside(ctx: DocContext, events: list[Event]) -> None:
    """An event with no count takes the one count of people of the sentence right after its
    evidence, or else right before it, when that sentence is no event's evidence and counts
    no part of the people or others."""
    told = {tuple(span) for e in events for span in e.evidence}
    for e in events:
        if e.people is not None or e.type not in COUNTED_TYPES or not e.evidence:
            continue
        first = min(start for start, _ in e.evidence)
        last = max(end for _, end in e.evidence)
        after = next((s for s in ctx.sentences if s.start >= last), None)
        before = next((s for s in reversed(ctx.sentences) if s.end <= first), None)
        for s, subject in ((after, False), (before, True)):
            value = _one_count(ctx, s, told, subject)
            if value is not None:
                e.people = value
                break


# What may stand before a count that opens its sentence as the subject ("A group of 21
# North Koreans was found adrift", "Some 30 workers")
_OPENS = re.compile(
    r"\W*(?:(?:a|an|the|some|about|around|nearly|almost|more than|at least|over|group of)\s+)*$",
    re.I,
)
# A Korean count that is its clause's subject ("주민 2명은", "2명이", "2명만")
_KO_SUBJECT = re.compile(r"\s?(?:은|는|이|가|도|만)\s")


def _one_count(
    ctx: DocContext, s: Sentence | None, told: set[tuple[int, ...]], subject: bool
) -> int | None:
    """The one count of people of a sentence told beside an event; the sentence before
    must open on it (its subject: "A group of 21 ... was found"), not tell it as the object
    of someone else's act ("The officer listed five suspects")."""
    if s is None or (s.start, s.end) in told:
        return None
    if _NOT_THE_SAME.search(ctx.text, s.start, s.end):
        return None
    counts = outermost(c for c in ctx.counts_in((s.start, s.end)) if ctx.is_people(c))
    if len({c.value for c in counts}) != 1:
        return None
    first = counts[0]
    if subject and not (
        _OPENS.fullmatch(ctx.text, s.start, first.start) or _KO_SUBJECT.match(ctx.text, first.end)
    ):
        return None
    return first.value
