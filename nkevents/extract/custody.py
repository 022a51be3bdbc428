"""Custody after a capture: "체포돼 보위부 감옥에 수감돼 조사를 받아왔다" tells one arrest.

A Korean sentence that tells people caught and, after the capture, held (구류, 수감, 감옥)
for questioning names no detention of its own: the holding is the arrest's custody. A
sentence served (교화소, 관리소, 단련대, a penalty), a death in custody ("구류장에서 조사를
받다가 숨졌다"), or holding told as the stage after a capture told as over ("체포된 뒤
구류장에 갇혀"), stays a detention. Word lists:
`data/releases.yaml` (`custody`).
"""

from __future__ import annotations

import re
from functools import cache

from nkevents.extract.context import DocContext
from nkevents.extract.mention import Mention
from nkevents.vocabulary import load_data


@cache
def _words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    raw = load_data("releases.yaml")["custody"]
    return tuple(raw["holding"]), (*raw["served"], *raw["died"])


def custody_of_the_arrest(ctx: DocContext, mentions: list[Mention]) -> list[Mention]:
    """The mentions without the Korean detentions that only hold people an arrest told
    before them in the same sentence caught."""
    if ctx.language != "ko" or not any(m.type == "detention" for m in mentions):
        return mentions
    return [m for m in mentions if not _custody(ctx.text, m, mentions)]


# A capture told as over before the holding ("체포된 뒤 구류장에 갇혀"): the holding is
# told as the next stage, a detention of its own
_NEXT_STAGE = re.compile(r"[가-힣]{0,3}\s?(?:뒤|후|다음|이후)(?![가-힣])")


def _custody(text: str, m: Mention, mentions: list[Mention]) -> bool:
    if m.type != "detention" or m.penalty is not None or m.strength != "strong":
        return False
    holding, served = _words()
    if not any(w in m.trigger_text for w in holding):
        return False
    caught = [
        o.trigger[0]
        for o in mentions
        if o.type == "arrest"
        and o.strength == "strong"
        and o.sentence.start == m.sentence.start
        and o.trigger[1] <= m.trigger[0]
        and not _NEXT_STAGE.match(text, o.trigger[1])
    ]
    if not caught:
        return False
    between = text[min(caught) : m.sentence.end]
    facility = m.facility[0] if m.facility else ""
    return not any(w in between or w in facility for w in served)
