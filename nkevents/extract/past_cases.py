"""Clauses that tell an older case of the person an event is about ("Kim, who had once been
jailed for smuggling, was arrested again", "김씨는 과거 밀수로 처벌받은 전력이 있다"): their
offence is no charge of the event told, and no happening of its own."""

from __future__ import annotations

import re

from nkevents.extract.context import DocContext
from nkevents.extract.mention import Mention
from nkevents.model import Span

_ADVERB = r"(?:previously|once|already|earlier|twice|before)\s+"

PAST_CASE = re.compile(
    rf"(?i),\s*who\s+(?:had|has|have|was|were)\s+(?:{_ADVERB})?(?:been\s+)?(?:{_ADVERB})?"
    r"(?:jailed|sentenced|arrested|convicted|punished|imprisoned|detained|sent|caught|served|"
    r"tried|fined)\b[^,;.—–]*"
    r"|\bwith\s+(?:a|an|two|three|several)\s+(?:previous|prior|past|earlier)\s+"
    r"(?:convictions?|sentences?|records?)\s+for\b[^,;.—–]*"
    r"|(?:과거|예전에|이전에|전에도)\s?[^.,]{0,30}?(?:처벌|수감|체포|복역|단속)[가-힣]{0,3}\s?"
    r"(?:전력|전과|경력|적이)"
)


def past_cases(text: str, span: Span) -> list[Span]:
    """The clauses of a sentence that tell an older case of the person."""
    return [(f.start(), f.end()) for f in PAST_CASE.finditer(text, span[0], span[1])]


# The types an offence word starts, which a clause of an older case names as its reason
_OFFENCE_TYPES = frozenset({"smuggling", "escape"})


def drop_past_cases(ctx: DocContext, mentions: list[Mention]) -> list[Mention]:
    """Mentions of an offence told inside a clause of an older case ("who had once been
    jailed for smuggling") tell no happening of their own."""
    out = []
    for m in mentions:
        if m.type in _OFFENCE_TYPES and m.strength == "strong":
            span = (m.sentence.start, m.sentence.end)
            if any(a <= m.trigger[0] < b for a, b in past_cases(ctx.text, span)):
                continue
        out.append(m)
    return out
