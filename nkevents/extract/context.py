"""What the detectors found in one document, indexed by position for quick look-up."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any

from nkevents.detect.dates import BARE_MONTH, DateMention, dateline_date, find_dates
from nkevents.detect.numbers import CountMention, find_counts, find_persons
from nkevents.detect.penalties import PenaltyMention, find_penalties
from nkevents.detect.places import PlaceMention, find_places, locate, usable
from nkevents.detect.sentences import Sentence, split_sentences
from nkevents.extract.attributes import bribes_charged, instruments, labels, unique
from nkevents.extract.gate import stretches
from nkevents.extract.lexicon import Lexicon, lexicon
from nkevents.extract.narrowing import NarrowedTable
from nkevents.literals import unsafe_letters
from nkevents.model import Document, Location, Span
from nkevents.prefilter import prefiltered
from nkevents.romanize import is_hangul
from nkevents.vocabulary import load_data

_HANGUL = re.compile(r"[가-힣]")
# Every instrument pattern needs one of these words: a cheap test before the slow patterns.
_INSTRUMENT_WORDS = re.compile(
    r"resolution|unscr|executive order|e\.?o\.?\s*(?:no\.?\s*)?\d{5}|결의|행정명령"
)


@dataclass(slots=True)
class DocContext:
    """A document's text with its sentences and the mentions the detectors find in them.

    Places are found over the whole text at once (they resolve one another); dates,
    counts and penalties only in the sentences asked about, since most sentences of a
    report name no event.
    """

    text: str
    language: str
    published: str | None
    lexicon: Lexicon
    sentences: list[Sentence]
    places: list[PlaceMention] = field(default_factory=list)
    lowered: str = ""  # the text in lower case, for the literal gates
    maybe_caption: bool = True  # whether a photo caption's mark stands anywhere in the text
    _found: dict[tuple[str, Span], list[Any]] = field(default_factory=dict)
    _usable: dict[int, bool] = field(default_factory=dict)  # by a place mention's start
    _judged: dict[tuple[Any, ...], bool] = field(default_factory=dict)  # see `judged`
    _matches: dict[tuple[str, Span], list[tuple[str, Span]]] = field(default_factory=dict)
    # per lexicon table: its sorted hits, whole pattern, narrowed table and the literals found
    _tables: dict[str, tuple[Any, ...]] = field(default_factory=dict)

    def dates_in(self, span: Span) -> list[DateMention]:
        """The dates inside a sentence's span (a bare month in a clause read with its
        sentence before it: "2018년 5월 ... 체포됐고 8월 북송됐다", the story's year)."""
        found: list[DateMention] = self._detect("dates", span)
        if not any(d.rule in BARE_MONTH for d in found):
            return found
        key = ("dates in sentence", span)
        if key not in self._found:
            starts = self._sentence_starts()
            i = bisect_left(starts, span[0] + 1) - 1
            if i < 0 or starts[i] >= span[0]:
                self._found[key] = found
            else:
                whole = self._detect("dates", (starts[i], span[1]))
                told = {(d.start, d.end): d.value for d in whole if d.rule in BARE_MONTH}
                self._found[key] = [
                    replace(d, value=told.get((d.start, d.end), d.value))
                    if d.rule in BARE_MONTH
                    else d
                    for d in found
                ]
        carried: list[DateMention] = self._found[key]
        return carried

    def _sentence_starts(self) -> list[int]:
        key = ("sentence starts", (0, 0))
        if key not in self._found:
            self._found[key] = [[s.start for s in self.sentences]]
        starts: list[int] = self._found[key][0]
        return starts

    def counts_in(self, span: Span) -> list[CountMention]:
        """The counts inside a sentence's span."""
        return self._detect("counts", span)

    def places_in(self, span: Span) -> list[PlaceMention]:
        """The place mentions that start inside a span, in text order."""
        starts = self._place_starts()
        return self.places[bisect_left(starts, span[0]) : bisect_left(starts, span[1])]

    def _place_starts(self) -> list[int]:
        key = ("place starts", (0, 0))
        if key not in self._found:
            self._found[key] = [[p.start for p in self.places]]
        starts: list[int] = self._found[key][0]
        return starts

    def counts_before(self, offset: int, sentences: int = 3) -> list[CountMention]:
        """The counts of the few sentences before an offset, in text order."""
        earlier = [s for s in self.sentences if s.end <= offset][-sentences:]
        return [c for s in earlier for c in self.counts_in((s.start, s.end))]

    def penalties_in(self, span: Span) -> list[PenaltyMention]:
        """The penalties inside a sentence's span."""
        return self._detect("penalties", span)

    def persons_in(self, span: Span) -> list[CountMention]:
        """People named without a numeral ("20대 청년", "his wife, son and daughter")."""
        return self._detect("persons", span)

    def dates_before(self, offset: int, sentences: int = 6) -> list[DateMention]:
        """The dates of the few sentences before an offset, in text order."""
        earlier = [s for s in self.sentences if s.end <= offset][-sentences:]
        return [d for s in earlier for d in self.dates_in((s.start, s.end))]

    def matches_in(self, table: str, span: Span) -> list[tuple[str, Span]]:
        """A lexicon table's matches in a span, read only around its gate's literal hits,
        each stretch with only the fragments whose literals stand in it (extract.narrowing)."""
        found = self._matches.get((table, span))
        if found is None:
            found = self._matches[(table, span)] = self._read(table, span)
        return list(found)

    def _read(self, table: str, span: Span) -> list[tuple[str, Span]]:
        reading = self._tables.get(table)
        if reading is None:
            narrowed = self.lexicon.narrowed[table][self.language]
            reading = self._tables[table] = (
                self._sorted_hits(table),
                getattr(self.lexicon, table)[self.language],
                narrowed,
                self._literals(table),
                narrowed.testable(self.lowered),
            )
        hits, whole, narrowed, literals, testable = reading
        first, last = bisect_left(hits, span[0]), bisect_left(hits, span[1])
        if first == last:
            return []  # no literal of the table in the span: no stretch to read
        found: set[tuple[str, Span]] = set()
        for window in stretches(hits[first:last], within=span):  # those inside: all it keeps
            some = (
                None
                if literals is None
                else narrowed.matches(self.text, literals, window, testable)
            )
            found.update(labels(whole, self.text, window) if some is None else some)
        return sorted(found, key=lambda item: item[1])

    def first_cue(self, span: Span) -> Span | None:
        """Where the first continuation cue of a span stands (the table's `search`), read
        with only the cues whose literals stand in the span (extract.narrowing)."""
        narrowed = self.lexicon.narrowed["continuation"][self.language]
        some = self._narrowed_read("continuation", narrowed, self._literals("continuation"), span)
        if some is None:  # read with the whole alternation
            found = self.lexicon.continuation[self.language].search(self.text, *span)
            return None if found is None else found.span()
        return some[0][1] if some else None

    def not_triggers_in(self, span: Span) -> list[Span]:
        """Where the lexicon's not-triggers match in a span (read once per sentence)."""
        key = ("not triggers", span)
        if key not in self._found:
            found: list[Span] = []
            if self._may_hold_not_trigger(span):
                narrowed = self.lexicon.narrowed_not_triggers[self.language]
                literals = self._not_trigger_literals()
                some = self._narrowed_read("not_triggers", narrowed, literals, span)
                if some is None:  # read with the whole alternation
                    pattern = self.lexicon.not_triggers[self.language]
                    found = [m.span() for m in pattern.finditer(self.text, span[0], span[1])]
                else:  # only the not-triggers whose literals stand in the span (narrowing)
                    found = [where for _, where in some]
            self._found[key] = found
        return list(self._found[key])

    def _narrowed_read(
        self,
        table: str,
        narrowed: NarrowedTable,
        literals: list[tuple[int, int, int]] | None,
        span: Span,
    ) -> list[tuple[str, Span]] | None:
        """A narrowed table's matches in a span (None: no literals, read the whole
        alternation)."""
        if literals is None:
            return None
        return narrowed.matches(self.text, literals, span, self._testable(table, narrowed))

    def _testable(self, table: str, narrowed: NarrowedTable) -> str | None:
        """The lower-cased text when a narrowed table's literal sets may be tested in it
        (NarrowedTable.testable, found once per text)."""
        key = ("testable:" + table, (0, 0))
        if key not in self._found:
            self._found[key] = [narrowed.testable(self.lowered)]
        testable: str | None = self._found[key][0]
        return testable

    def _may_hold_not_trigger(self, span: Span) -> bool:
        """Whether a literal that a not-trigger's match holds stands wholly inside the span:
        the pattern is read only then (half the English sentences with a trigger hold
        none)."""
        literals = self._not_trigger_literals()
        if literals is None:
            return True
        for start, end, _ in literals[bisect_left(literals, (span[0], -1, -1)) :]:
            if start >= span[1]:
                return False
            if end <= span[1]:
                return True
        return False

    def _not_trigger_literals(self) -> list[tuple[int, int, int]] | None:
        """The not-trigger gate's literals found in the text, in order; None when the gate
        cannot tell (a not-trigger with no literal, a text whose lower case changes length
        or holds a letter the lower-cased text hides from it: see extract.narrowing)."""
        key = ("not trigger literals", (0, 0))
        if key not in self._found:
            gate = self.lexicon.not_trigger_gate[self.language]
            unsafe = unsafe_letters(gate.literals)
            exact = unsafe is not None and not any(c in self.lowered for c in unsafe)
            found = gate.scan(self.text, self.lowered)[1] if exact else None
            self._found[key] = [None if gate.open_tables else found]
        literals: list[tuple[int, int, int]] | None = self._found[key][0]
        return literals

    def labels_in(self, table: str, span: Span) -> list[str]:
        """Charges, commodities or actors named in a sentence, once each, in order."""
        key = (table, span)
        if key not in self._found:
            found = self.matches_in(table, span)
            if table == "actors" and found:  # "Security Council Resolution 2321" names no actor
                named = [where for _, where in self.instruments()]
                found = [(a, w) for a, w in found if not any(s <= w[0] < e for s, e in named)]
            if table == "charges" and found:  # a bribe paid for a release is no charge
                found = bribes_charged(found, self.text, self.language)
            self._found[key] = unique(found)
        return list(self._found[key])

    def instruments(self) -> list[tuple[str, Span]]:
        """The sanctions instruments the whole text names."""
        key = ("instruments", (0, len(self.text)))
        if key not in self._found:
            named = _INSTRUMENT_WORDS.search(self.lowered)
            self._found[key] = instruments(self.lexicon, self.text, key[1]) if named else []
        return self._found[key]

    def gate_hits(self) -> list[int]:
        """Where a trigger, weak trigger or continuation cue may stand: sentences to read."""
        scanned = self._scan()[0]  # each place once: several literals often start at one
        tables = ("triggers", "weak_triggers", "continuation")
        return sorted({at for t in tables for at in scanned.get(t, ())})

    def _hits(self, table: str) -> list[int]:
        return list(self._scan()[0].get(table, []))

    def _sorted_hits(self, table: str) -> list[int]:
        key = ("sorted hits:" + table, (0, 0))
        if key not in self._found:
            self._found[key] = sorted(self._scan()[0].get(table, []))
        hits: list[int] = self._found[key]
        return hits

    def _scan(self) -> tuple[dict[str, list[int]], list[tuple[int, int, int]] | None]:
        key = ("hits", (0, 0))
        if key not in self._found:
            gate = self.lexicon.table_gates[self.language]
            self._found[key] = [gate.scan(self.text, self.lowered)]
        scanned: tuple[dict[str, list[int]], list[tuple[int, int, int]] | None]
        scanned = self._found[key][0]
        return scanned

    def _literals(self, table: str) -> list[tuple[int, int, int]] | None:
        """The gate's literals found in the text, when a table may be narrowed to them:
        not for a table read everywhere, nor a text holding a letter the lower-cased
        text hides from the gate (see extract.narrowing)."""
        key = ("narrowable", (0, 0))
        if key not in self._found:
            gate = self.lexicon.table_gates[self.language]
            unsafe = unsafe_letters(gate.literals)
            safe = unsafe is not None and not any(c in self.lowered for c in unsafe)
            self._found[key] = [gate.open_tables if safe else None, self._scan()[1]]
        read_whole, found = self._found[key]
        return None if read_whole is None or table in read_whole else found

    def locate(
        self,
        span: Span,
        event_type: str,
        skip: tuple[Span, ...] = (),
        trigger: int | None = None,
    ) -> Location | None:
        """The place of an event told in this sentence (see detect.places.locate), leaving
        out the places named inside `skip` (the camp a sentence sends people to); `trigger`,
        where its verb is, prefers the place of the verb's own clause."""
        key = (f"place:{event_type}:{skip}:{trigger}", span)
        if key not in self._found:
            places = (
                [p for p in self.places if not any(a < p.end and p.start < b for a, b in skip)]
                if skip
                else self.places
            )
            where = locate(self.text, places, [span], event_type, self._usable, trigger)
            self._found[key] = [where]
        return self._found[key][0]

    def judged(
        self, name: str, date: DateMention, judge: Callable[[Any, DateMention], bool]
    ) -> bool:
        """A judgement of a date of this text (`judge(ctx, date)`, pure), made once."""
        key = (date.start, date.end, date.rule, date.text, name)
        found = self._judged.get(key)
        if found is None:
            found = self._judged[key] = judge(self, date)
        return found

    def usable(self, place: PlaceMention) -> bool:
        """Whether a place mention may say where an event was (judged once per mention)."""
        if place.start not in self._usable:  # shared with locate: the same judgement
            self._usable[place.start] = usable(self.text, place)
        return self._usable[place.start]

    def is_people(self, count: CountMention) -> bool:
        """Whether a count is of the people an event was done to or by (not the audience)."""
        return _people_count(count)

    def _detect(self, kind: str, span: Span) -> list[Any]:
        key = (kind, span)
        if key not in self._found:
            start = span[0]
            if kind == "dates" and _THAT_YEAR.search(self.text, span[0], span[1]):
                start = max(0, span[0] - YEAR_REACH)  # "in December that year": told before
            piece = self.text[start : span[1]]
            found = _DETECTORS[kind](piece, self.published, self.language)
            shifted = [
                replace(f, start=f.start + start, end=f.end + start)
                for f in found
                if f.start + start >= span[0]
            ]
            self._found[key] = sorted(shifted, key=lambda f: f.start)
        return self._found[key]


# Words for the year last told before them ("in December that year", "같은 해 12월"): their
# sentence's dates are read with the text before it, where that year was told.
_THAT_YEAR = prefiltered(
    r"(?i:that|same|following)\s+year|(?i:a\s+year\s+later|in\s+the\s+(?:month|year))|그\s?해|같은\s?해|이듬해|다음\s?해"
    r"|같은\s?달|그\s?달"  # "같은 달 24일": the month told before
)
YEAR_REACH = 600  # characters: as far back as nkevents.detect.dates looks for that year

_DETECTORS: dict[str, Callable[[str, str | None, str], list[Any]]] = {
    "dates": find_dates,
    "counts": lambda text, _published, language: find_counts(text, language),
    "penalties": lambda text, _published, language: find_penalties(text, language),
    "persons": lambda text, _published, language: find_persons(text, language),
}


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


def analyse(doc: Document, language: str | None = None, lowered: str | None = None) -> DocContext:
    """Run every detector over a document once."""
    language = language or detect_language(doc)
    text = doc.text
    lowered = text.lower() if lowered is None else lowered
    return DocContext(
        lowered=lowered,
        maybe_caption=any(word in lowered for word in CAPTION_MARKS),
        text=text,
        language=language,
        published=doc.published or dateline_date(text),  # a plain-text report's own date
        lexicon=lexicon(),
        sentences=split_sentences(text),
        places=find_places(text),
    )


# Words one of which every photo caption holds (extract/mentions.py reads the caption itself).
CAPTION_MARKS = ("사진", "▲", "캡처", "캡쳐", "photo", ".jp")


@cache
def _people_words() -> tuple[frozenset[str], frozenset[str]]:
    raw = load_data("people.yaml")
    return frozenset(raw["people"]), frozenset(raw["audience"])


def _people_count(count: CountMention) -> bool:
    people, audience = _people_words()
    if getattr(count, "audience", False):
        return False
    korean_sum = count.rule == "sum" and is_hangul(count.head or "")
    if count.rule.startswith("ko_") or (count.rule == "sum" and count.head is None) or korean_sum:
        return True  # the Korean counter 명 counts people ("세관원 2명과 무역일꾼 1명": 3)
    head = (count.head or "").lower()
    words = head.split()
    if not words or any(w in audience for w in words):
        return False
    return head in people or any(w in people or w.rstrip("s") in people for w in words)
