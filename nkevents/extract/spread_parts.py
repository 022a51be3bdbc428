"""A total spread over several places and one place's part of it, told apart ("80 people were
executed in seven cities ... In Wonsan, 10,000 residents watched the executions")."""

from __future__ import annotations

import re

from nkevents.extract.context import DocContext
from nkevents.extract.mention import Mention, has_any

# A count spread over several places: "in seven cities", "across several provinces",
# "7개 도시에서", "여러 지역에서"
_SPREAD_WORDS = ("cities", "towns", "provinces", "counties", "regions", "도시", "지역", "시군")
_SPREAD = re.compile(
    r"(?i)\b(?:in|across|at) (?:at least |some |about |around )?(?:\d+|two|three|four|five|"
    r"six|seven|eight|nine|ten|several|multiple|various|many) (?:different )?(?:cities|towns|"
    r"provinces|counties|regions)\b"
    r"|(?:\d+|여러)\s?개?\s?(?:도시|지역|시군)(?:에서|들에서)"
)


def mark_spread_parts(ctx: DocContext, mentions: list[Mention]) -> None:
    """A report that tells a count spread over several places it does not name ("80 people
    were executed ... in seven cities") and then one place on its own ("In Wonsan, 10,000
    residents were made to watch the executions"): the unplaced count is the total, the
    placed mention (with no count, or a smaller one) that place's part, an event of its own."""
    if not has_any(ctx.lowered, _SPREAD_WORDS):
        return
    spread: bool | None = None  # the count spread over places, read once the mentions may use it
    for kind in {m.type for m in mentions}:
        same = [m for m in mentions if m.type == kind]
        if any(m.part for m in same):
            continue  # "ten in each city": the places' own events, read per place
        counted = [m for m in same if m.people and not m.part]
        if not counted:
            continue
        total = max(counted, key=lambda m: m.people.value if m.people else 0)
        size = total.people.value if total.people else 0
        parts = [
            m
            for m in same
            if _placed(m)
            and m.sentence.paragraph > total.sentence.paragraph
            and not m.part
            and (m.people is None or m.people.value < size)
        ]
        places = {m.location.name for m in parts if m.location}
        if size < 2 or len(places) != 1:
            continue  # several places told: the distributive rules read them
        if spread is None:
            spread = _SPREAD.search(ctx.text) is not None
        if not spread:
            return
        if total.location is not None and total.location.name in places:
            total.location, total.location_explicit = None, False  # the part's place
        total.spread_total = True
        for m in parts:
            m.spread_part = True


def _placed(m: Mention) -> bool:
    """Whether the mention's own sentence names its place (not one taken from nearby)."""
    return m.location is not None and m.location_explicit
