"""Custody after a capture: "체포돼 보위부 감옥에 수감돼 조사를 받아왔다" tells one arrest.

A Korean sentence that tells people caught and, after the capture, held (구류, 수감, 감옥)
for questioning names no detention of its own: the holding is the arrest's custody. A
sentence served (교화소, 관리소, 단련대, a penalty), a death in custody ("구류장에서 조사를
받다가 숨졌다"), or holding told as the stage after a capture told as over ("체포된 뒤
구류장에 갇혀"), stays a detention. Word lists:
`data/releases.yaml` (`custody`).

People held abroad ("the group is kept at a holding centre in Yanji", "two of those now held
in a Dandong jail are minors") in a report that tells a capture are held after it, before they
are sent back: the holding is the arrest's too, in either language; a death in that custody
("died while being sent back") stays a detention.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from nkevents.extract.context import DocContext
from nkevents.extract.mention import Mention
from nkevents.vocabulary import load_data


@cache
def _words() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """The words of holding, of a sentence served and of a death in custody."""
    raw = load_data("releases.yaml")["custody"]
    return tuple(raw["holding"]), tuple(raw["served"]), tuple(raw["died"])


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
    holding, served, died = _words()
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
    return not any(w in between or w in facility for w in (*served, *died))


# Countries whose holding is not a North Korean sentence served: the North's own camps and
# the South's custody of those who came over are detentions of their own.
_HOME = frozenset({None, "KP", "KR"})


def held_abroad(mentions: list[Mention]) -> list[Mention]:
    """The mentions with a detention without a penalty placed abroad (where North Koreans
    are held before they are sent back) told as an arrest's custody: a weak arrest, which
    adds its place to a capture told near it and starts no event of its own."""
    if not any(m.type == "arrest" for m in mentions):
        return mentions
    return [_as_custody(m) if _abroad(m) else m for m in mentions]


def _abroad(m: Mention) -> bool:
    return (
        m.type == "detention"
        and m.penalty is None
        and m.location is not None
        and m.location.country not in _HOME
        and not any(w in m.trigger_text.lower() for w in _words()[2])  # a death in custody
    )


def _as_custody(m: Mention) -> Mention:
    return replace(m, type="arrest", strength="weak")
