"""An event mention: one event type named in one sentence, with what that sentence
says of it (the record every stage of extraction passes on)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TypeVar

from nkevents.detect.dates import DateMention
from nkevents.detect.numbers import CountMention
from nkevents.detect.penalties import PenaltyMention
from nkevents.detect.sentences import Sentence
from nkevents.model import Location, Span

JUDGEMENT = {"trial", "execution"}

# Types the goods alone make specific: "coal is shipped out through ship-to-ship transfers".
GOODS_ANCHOR_TYPES = {"smuggling", "seizure"}

# Types whose object may be a person named after the verb ("executed Jang Song Thaek").
PERSON_OBJECT_TYPES = {"trial", "execution", "arrest", "detention"}

PEOPLE_TYPES = {"trial", "execution", "arrest", "escape", "smuggling", "detention"}


M = TypeVar("M", DateMention, CountMention)


@dataclass(slots=True)
class Mention:
    """An event type named in a sentence, and the attributes found around it."""

    type: str
    sentence: Sentence
    trigger: Span
    strength: str  # "strong" starts an event; "weak" and "subordinate" only add to one
    trigger_text: str = ""
    date: DateMention | None = None
    location: Location | None = None
    location_explicit: bool = False
    people_accused: bool = False  # the count is of the accused ("피고인 6명", "the 36 accused")
    pending: bool = False  # not described yet (weak and continuation mentions wait)
    definite: bool = False  # "the execution", "the trial": the event told already
    korean_past: bool = False  # a Korean trigger in the past ("압수됐다"): one happening
    part: bool = False  # one place of a sentence told for several ("5 in A, 5 in B")
    beside: bool = False  # a weak mention in a sentence that also names a strong one
    another: bool = False  # "Police also tracked down 12 women": told as one more happening
    one_more: bool = False  # "another man", "in a separate case": never the one told before
    others: bool = False  # "Other executions were for drug offences": not the one told
    people_part: bool = False  # "the other nine", "나머지 아홉 명": some of the people, not all
    members: bool = False  # "Those executed included a salesman": some of the people named
    # a report's total spread over several places ("80 executed in seven cities") and one
    # place's part of it told on its own ("In Wonsan, a crowd watched the executions")
    spread_total: bool = False
    spread_part: bool = False
    people: CountMention | None = None
    penalty: PenaltyMention | None = None
    public: bool | None = None
    charges: list[str] = field(default_factory=list)
    commodities: list[str] = field(default_factory=list)
    actors: list[str] = field(default_factory=list)
    un_named: bool = False  # "UN sanctions": the UN named bare for its sanctions, no actor yet
    taker: bool = False  # "Japan barred ...": a state told before a measure as taking it
    measure_done: bool = False  # a Korean measure's verb told after it ("제재 명단에 올렸다")
    instrument: tuple[str, Span] | None = None
    facility: tuple[str, Span] | None = None

    @property
    def anchored(self) -> bool:
        """Whether the mention says something specific enough to stand as its own event."""
        penalty = self.penalty is not None and self.type != "execution"
        goods = bool(self.commodities) and self.type in GOODS_ANCHOR_TYPES  # smuggled what
        counted = self.people is not None and self.people.rule != "pronoun"  # "He was ..."
        return (
            penalty
            or goods
            or counted
            or any((self.date, self.location, self.instrument, self.facility))
        )


def sentence_span(m: Mention) -> Span:
    return (m.sentence.start, m.sentence.end)


def closer_to_any(at: int, others: list[Span], own: Span) -> bool:
    return any(abs(o[0] - at) < abs(own[0] - at) for o in others)


def has_any(lowered: str, words: tuple[str, ...]) -> bool:
    """A cheap test before a costly pattern: whether any of its literal words is there."""
    return any(w in lowered for w in words)
