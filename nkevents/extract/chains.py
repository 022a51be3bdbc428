"""Chains: one sentence that follows the same people through several happenings.

"Two soldiers caught crossing the river near Musan on 9 January are being held at the
county jail": the catching and the holding are two links, each its own event with its own
date. An English adverbial of time follows the verb it dates, so a date that stands after
one link's word and before the next link's belongs to the first; the later link has no
date of its own in this sentence. (In Korean the date comes first and a chain of clauses,
"지난 5일 ... 적발돼 ... 넘겨졌다", shares it: see mentions._dates_to_nearest.)
"""

from __future__ import annotations

import re

from nkevents.extract.mentions import Mention

# The order of a chain's links. An earlier link told after a later one's date, in a clause
# of time ("arrested on April 22 after crossing the river"), happened then too.
_STAGE = {"escape": 0, "smuggling": 0, "seizure": 1, "arrest": 1, "detention": 2, "trial": 3}
_STAGE["execution"] = 4
_JUST_BEFORE = re.compile(r"(?i)\b(?:after|while|when|as|upon)\b")


def _leads_up_to(text: str, later: Mention, earlier: Mention, date_end: int) -> bool:
    """Whether a link told after a later one's date is what led straight to it."""
    if _STAGE.get(earlier.type, 9) >= _STAGE.get(later.type, -1):
        return False
    return bool(_JUST_BEFORE.search(text, date_end, earlier.trigger[0]))


# What may stand between a link's word and the date that follows it: no clause of its own.
_CLAUSE_BREAK = re.compile(r"[;:]|,\s+(?:and|but|while|then)\b|\b(?:and then|before|after)\b")


def date_each_link(text: str, language: str, mentions: list[Mention]) -> None:
    """Take from a later link the date that follows an earlier link's word."""
    if language != "en":
        return
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        if m.strength == "strong":
            by_sentence.setdefault(m.sentence.start, []).append(m)
    for links in by_sentence.values():
        if len(links) < 2:
            continue
        for m in links:
            d = m.date
            if d is None or d.start > m.trigger[0]:
                continue  # undated, or dated after its own word
            earlier = [
                o
                for o in links
                if o.type != m.type
                and not _leads_up_to(text, o, m, d.end)
                and o.trigger[1] <= d.start
                and not _CLAUSE_BREAK.search(text, o.trigger[1], d.start)
            ]
            if earlier:
                m.date = None  # the date of the link just before
