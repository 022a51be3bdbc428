"""What the detectors found in one document, indexed by position for quick look-up."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cache
from typing import Protocol, TypeVar

from nkevents.detect.dates import DateMention, find_dates
from nkevents.detect.numbers import CountMention, find_counts
from nkevents.detect.penalties import PenaltyMention, find_penalties
from nkevents.detect.places import PlaceMention, find_places
from nkevents.detect.sentences import Sentence, split_sentences
from nkevents.extract.lexicon import Lexicon, lexicon
from nkevents.model import Document, Span
from nkevents.vocabulary import load_data

_HANGUL = re.compile(r"[가-힣]")


class _Located(Protocol):
    @property
    def start(self) -> int: ...


T = TypeVar("T", bound=_Located)


@dataclass(slots=True)
class DocContext:
    """A document's text with its sentences and the mentions each detector found."""

    text: str
    language: str
    published: str | None
    lexicon: Lexicon
    sentences: list[Sentence]
    dates: list[DateMention] = field(default_factory=list)
    counts: list[CountMention] = field(default_factory=list)
    penalties: list[PenaltyMention] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)

    def dates_in(self, span: Span) -> list[DateMention]:
        """The dates inside a span."""
        return _within(self.dates, span)

    def counts_in(self, span: Span) -> list[CountMention]:
        """The counts inside a span."""
        return _within(self.counts, span)

    def penalties_in(self, span: Span) -> list[PenaltyMention]:
        """The penalties inside a span."""
        return _within(self.penalties, span)

    def is_people(self, count: CountMention) -> bool:
        """Whether a count is of the people an event was done to or by (not the audience)."""
        return _people_count(count)


def _within(items: list[T], span: Span) -> list[T]:
    lo = bisect_left([i.start for i in items], span[0])
    out = []
    for item in items[lo:]:
        if item.start >= span[1]:
            break
        out.append(item)
    return out


def detect_language(doc: Document) -> str:
    """`ko` for a Korean report, else `en` (the language field wins when it is given)."""
    if doc.language:
        return "ko" if doc.language.lower().startswith("ko") else "en"
    sample = doc.text[:2000]
    return "ko" if len(_HANGUL.findall(sample)) > len(sample) * 0.2 else "en"


def sentences_with(sentences: list[Sentence], offsets: list[int]) -> list[Sentence]:
    """The sentences that hold at least one of the offsets."""
    starts = [s.start for s in sentences]
    chosen: dict[int, Sentence] = {}
    for at in offsets:
        i = bisect_left(starts, at + 1) - 1
        if i >= 0 and at < sentences[i].end:
            chosen.setdefault(i, sentences[i])
    return [chosen[i] for i in sorted(chosen)]


def analyse(doc: Document, language: str | None = None) -> DocContext:
    """Run every detector over a document once."""
    language = language or detect_language(doc)
    text = doc.text
    return DocContext(
        text=text,
        language=language,
        published=doc.published,
        lexicon=lexicon(),
        sentences=split_sentences(text),
        dates=sorted(find_dates(text, doc.published, language), key=lambda d: d.start),
        counts=sorted(find_counts(text, language), key=lambda c: c.start),
        penalties=sorted(find_penalties(text, language), key=lambda p: p.start),
        places=find_places(text),
    )


@cache
def _people_words() -> tuple[frozenset[str], frozenset[str]]:
    raw = load_data("people.yaml")
    return frozenset(raw["people"]), frozenset(raw["audience"])


def _people_count(count: CountMention) -> bool:
    people, audience = _people_words()
    if getattr(count, "audience", False):
        return False
    if count.rule.startswith("ko_") or (count.rule == "sum" and count.head is None):
        return True  # the Korean counter 명 counts people
    words = (count.head or "").lower().split()
    if not words or any(w in audience for w in words):
        return False
    return any(w in people or w.rstrip("s") in people for w in words)
