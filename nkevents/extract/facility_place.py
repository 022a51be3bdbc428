"""A facility named only as the place of another happening.

"Guards at the Chongori kyohwaso smuggled copper into China" and "보위부 구류장에서 마약을
압수했다" hold no one: the facility is where the trade or the seizure took place. A detention
started by the bare facility noun, with no penalty, in a sentence that tells a trade or a
seizure and has no word of people held, sent, serving or punished, is dropped; its place goes
to the other happening when that has none. A detention told with a verb of holding, sending
or serving, or with a penalty, stays. Word lists: `data/releases.yaml` (`facility_place`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from nkevents.extract.context import DocContext
from nkevents.extract.mention import Mention
from nkevents.vocabulary import load_data


@dataclass(frozen=True, slots=True)
class _Words:
    facilities: tuple[str, ...]
    types: frozenset[str]
    held: dict[str, tuple[str, ...]]


@cache
def _words() -> _Words:
    raw = load_data("releases.yaml")["facility_place"]
    return _Words(
        tuple(raw["facilities"]),
        frozenset(raw["types"]),
        {lang: tuple(ws) for lang, ws in raw["held"].items()},
    )


def facilities_as_places(ctx: DocContext, mentions: list[Mention]) -> list[Mention]:
    """The mentions without the detentions that only name the facility where a trade or a
    seizure of the same sentence took place."""
    words = _words()
    if not any(m.type == "detention" for m in mentions) or not any(
        m.type in words.types for m in mentions
    ):
        return mentions
    dropped: list[Mention] = []
    for start in {m.sentence.start for m in mentions if m.type == "detention"}:
        held = [m for m in mentions if m.type == "detention" and m.sentence.start == start]
        others = [
            o
            for o in mentions
            if o.type in words.types and o.strength == "strong" and o.sentence.start == start
        ]
        if not others or not all(_bare_facility(ctx, m, words) for m in held):
            continue
        dropped.extend(held)
        place = next((m.location for m in held if m.location is not None), None)
        for o in others:
            if o.location is None and place is not None:
                o.location = place
    if not dropped:
        return mentions
    return [m for m in mentions if not any(m is d for d in dropped)]


def _bare_facility(ctx: DocContext, m: Mention, words: _Words) -> bool:
    """Whether `m` is a detention started by a facility noun alone, in a sentence with no
    word of holding, sending, serving or punishment."""
    if m.type != "detention" or m.strength != "strong" or m.penalty is not None:
        return False
    trigger = m.trigger_text.strip().lower()
    if not any(trigger.startswith(f) for f in words.facilities):
        return False
    if len(trigger) > max(len(f) for f in words.facilities if trigger.startswith(f)) + 2:
        return False  # more than the noun and its plural
    sentence = ctx.text[m.sentence.start : m.sentence.end].lower()
    held = words.held.get(ctx.language, ())
    return not any(w in sentence for w in held)
