"""Clauses that tell an older case of the person an event is about ("Kim, who had once been
jailed for smuggling, was arrested again", "김씨는 과거 밀수로 처벌받은 전력이 있다", "The man,
who had once sold drugs, ...", "과거 마약을 팔았던 남성이"), or describe the place by an offence
common there ("구리 밀수가 성행하는 혜산에서"): their offence is no charge of the event told,
their goods none of its goods, and no happening of its own."""

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
    # an older trade of the person: "who had once sold drugs", "과거 마약을 팔았던 남성이"
    rf"|(?i:,\s*who\s+had\s+(?:once|previously|earlier|formerly|long|in the past)\s+[^,;.—–]*)"
    r"|(?:과거에?|예전에|이전에|한때|한동안)\s[^.,]{0,30}?(?:했던|었던|았던|왔던|렸던)\s"
    # a place or time described by an offence common there ("구리 밀수가 성행하는 혜산에서")
    r"|[^\s.,]+(?:\s[^\s.,]+){0,2}?(?:이|가)\s?(?:성행|만연|기승|극성|판치|빈번|잦|횡행)"
    r"[가-힣]{0,4}\s"
    r"|(?i:,\s*where\s+[^,;.]{0,40}?\b(?:(?:is|are|was|were|has been|have been|remains?)\s+"
    r"(?:\w+\s+)?(?:rampant|common|widespread|rife|frequent|rising|booming|thriving|endemic|"
    r"prevalent|on the rise)|thrives?|flourish(?:es)?)\b[^,;.]*)"
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
