"""A diplomat sent out of a host country ("Malaysia expelled a North Korean diplomat",
"외교관을 기피인물로 지정했다"): an arrest whose penalty is the expulsion (EVENTS.md)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from nkevents.detect.numbers import CountMention
from nkevents.detect.penalties import PenaltyMention
from nkevents.extract.context import DocContext
from nkevents.extract.mention import Mention
from nkevents.model import Span
from nkevents.romanize import is_hangul
from nkevents.vocabulary import load_data

# One envoy told with an article ("declared the ambassador persona non grata", "ordered a
# North Korean diplomat to leave"): one person, when no count is told
_ONE_ENVOY = re.compile(
    r"(?:\b(?:[Aa]n?|[Tt]he|[Ii]ts)|['’]s)\s+(?:[\w'’-]+\s+){0,4}?(?:diplomat|ambassador|envoy|consul|"
    r"attach[eé]|first secretary|counsellor|counselor)\b(?!['’]s|\s+and\b|s)"
)


@dataclass(frozen=True, slots=True)
class _Cues:
    words: dict[str, re.Pattern[str]]
    envoys: dict[str, re.Pattern[str]]


@cache
def _cues() -> _Cues:
    raw = load_data("expulsion.yaml")

    def table(name: str) -> dict[str, re.Pattern[str]]:
        return {
            lang: re.compile("|".join(f"(?:{w})" for w in words), re.IGNORECASE)
            for lang, words in raw[name].items()
        }

    return _Cues(table("words"), table("envoys"))


def expulsion_penalty(ctx: DocContext, m: Mention, span: Span) -> None:
    """Give an arrest told by an expulsion word the penalty `expulsion` when its sentence
    names a diplomat ('expelled the envoy', '외교관 2명을 추방했다'); a hand-over of
    defectors or workers told with the same words keeps none."""
    if m.type != "arrest" or m.penalty is not None:
        return
    trigger = ctx.text[m.trigger[0] : m.trigger[1]]
    lang = "ko" if is_hangul(trigger) else "en"
    cues = _cues()
    if not cues.words[lang].search(trigger):
        return
    if not cues.envoys[lang].search(ctx.text, span[0], span[1]):
        return
    start, end = m.trigger
    m.penalty = PenaltyMention(start, end, trigger, "expulsion", None, None, None, "expulsion")
    if m.people is None and lang == "en":
        one = _ONE_ENVOY.search(ctx.text, span[0], span[1])
        if one is not None:
            m.people = CountMention(one.start(), one.end(), one.group(), 1, None, False, "envoy")
