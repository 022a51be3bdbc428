"""A happening named again as the time of another: "On 19 December a man was shot in Hyesan.
Simultaneously with the execution, twelve others were sentenced ...", "총살형 집행과 동시에
다른 재판도 열렸다", "처형 직후", "재판에 앞서". The second word of the execution only says when
the trial was held: it adds nothing to the execution told before (neither the trial's count nor
its day) and must not make the trial its own, so it is dropped. Told as at the same time
("동시에", "simultaneously with", "at the same time as"), it gives the happenings of its
sentence that have no day of their own the day of the one it names. An English sentence opened
by such a noun closed by its comma ("Following the verdict, the family asked for mercy", "In
the wake of the trial, the court's clerk was moved") names that happening's time as well.

Only a word whose type was told in an earlier sentence is taken for such an anchor; a first
telling ("After the execution of five men on 3 May, police ...") stays.
"""

from __future__ import annotations

import re

from nkevents.extract.context import DocContext
from nkevents.extract.mention import Mention

# English: the phrase before the noun ("simultaneously with the", "right after the")
_EN_ANCHOR_BEFORE = re.compile(
    r"(?i)\b(?:simultaneously with|at the same time as|(?:right|shortly|soon|immediately|just)"
    r" (?:after|before)) the (?:[\w-]+ ){0,2}$"
)
# A sentence opened by the time of a happening told, the noun closed by its comma
# ("Following the verdict, the family asked for mercy", "After the arrest, his shop was shut")
_EN_OPENS_AFTER = re.compile(r"^(?:After|Following|In the wake of) the $")
# Korean: the words after it ("총살형 집행과 동시에", "처형 직후", "재판에 앞서", "처형에 이어")
_KO_ANCHOR_AFTER = re.compile(
    r"[가-힣]{0,2}(?:\s?집행)?(?:(?:과|와)\s?동시에|\s?(?:직후|직전)(?:에|에는)?\s|에\s(?:이어|앞서)\s)"
)
_REACH = 40  # characters before an English word searched for the phrase
# The anchors that say "at the same time": the day is the same
_SAME_TIME = re.compile(r"(?i)simultaneously|at the same time|동시에")


def _anchor(ctx: DocContext, m: Mention) -> str | None:
    """The anchor phrase around a mention's word, if it stands in one."""
    if ctx.language == "ko":
        found = _KO_ANCHOR_AFTER.match(ctx.text, m.trigger[1])
    else:
        before = ctx.text[max(m.sentence.start, m.trigger[0] - _REACH) : m.trigger[0]]
        found = _EN_ANCHOR_BEFORE.search(before)
        if found is None and ctx.text.startswith(",", m.trigger[1]):
            # not "After the execution of five men on 3 May, police ...": told there
            found = _EN_OPENS_AFTER.search(before)
    return None if found is None else found.group()


def drop_anchors(ctx: DocContext, mentions: list[Mention]) -> list[Mention]:
    """The mentions less those that name a happening told before as the time of another."""
    if not mentions:
        return mentions
    first: dict[str, int] = {}  # where each type is first told by a strong word
    for o in mentions:
        if o.strength == "strong":
            first[o.type] = min(first.get(o.type, o.sentence.start), o.sentence.start)
    out: list[Mention] = []
    for m in mentions:
        phrase = _anchor(ctx, m) if first.get(m.type, m.sentence.start) < m.sentence.start else None
        if phrase is None:
            out.append(m)
            continue
        if _SAME_TIME.search(phrase):
            told = [
                o.date
                for o in mentions
                if o.type == m.type
                and o.strength == "strong"
                and o.sentence.start < m.sentence.start
                and o.date is not None
            ]
            for o in mentions:  # "동시에 다른 재판도 열렸다": the trial of that day
                if told and o.sentence is m.sentence and o is not m and o.date is None:
                    o.date = told[-1]
    return out
