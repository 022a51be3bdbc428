"""A labelled table's alternation narrowed to the fragments whose literals stand nearby.

A table's alternation is read only in the stretches around its gate's hits (`gate.py`),
yet at every word start of a stretch it still tries each fragment that may start with
that letter (the English trigger table has some 250), and its large compiled program
runs slowly between the other rules. Every match of a fragment holds one of the
fragment's required literals (`nkevents/literals.py`), so inside a stretch only the
fragments whose literals the gate found wholly inside it can match there: the others
fail at every place of it. The alternation's scan is then replayed over just those
fragments, each compiled alone (behind the table's word-start look-behind): the leftmost
match of any of them, the first in the table's order of those matching there, and on
from its end. That is what `finditer` of the whole alternation gives, label and span:
at a place, a fragment's group in the alternation (regrouped by first letter or not)
matches just what the fragment alone matches there. The single-fragment patterns are
those the strong-trigger gate compiles (`lexicon.compile_one`, shared).

One caveat keeps it exact: the gate reads the lower-cased text, and a few letters match
a literal under `re.IGNORECASE` though their lower case differs from it (the long s, the
dotless i). A text holding one of them is read with the whole alternation.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field

from nkevents.extract.gate import holds_within, needs_beyond
from nkevents.literals import required_literals
from nkevents.prefilter import Needs, odd_letters

Literal = tuple[int, int, int]  # (start, end, literal index) of a literal found in the text


@dataclass(slots=True)
class NarrowedTable:
    """One labelled table of one language, read per stretch with the fragments it may hold."""

    fragments: tuple[tuple[str, str], ...]  # (label, fragment) in the table's order
    of_literal: tuple[tuple[int, ...], ...]  # per gate literal: the fragments that need it
    compile: Callable[[str], re.Pattern[str]]  # one fragment alone, as the table reads it
    needs: tuple[Needs, ...] = ()  # per fragment: its literal sets (prefilter.literal_needs)
    # the letters that make a test of those sets inexact (None: never test them)
    odd: tuple[str, ...] | None = None
    _patterns: dict[int, re.Pattern[str]] = field(default_factory=dict)

    @classmethod
    def of(
        cls,
        fragments: tuple[tuple[str, str], ...],
        of_literal: tuple[tuple[int, ...], ...],
        compile_one: Callable[[str], re.Pattern[str]],
        common: frozenset[str] = frozenset(),
    ) -> NarrowedTable:
        """The table with its fragments' literal sets worth a test beyond the gate's own
        (gate.needs_beyond; `common`: the gate's common words)."""
        needs = tuple(needs_beyond(f, required_literals(f, common) or set()) for _, f in fragments)
        return cls(fragments, of_literal, compile_one, needs, odd_letters(needs))

    def testable(self, lowered: str) -> str | None:
        """The lower-cased text when the fragments' literal sets may be tested in it (once
        per text), else None."""
        if self.odd is None or any(c in lowered for c in self.odd):
            return None
        return lowered

    def matches(
        self,
        text: str,
        found: list[Literal],
        window: tuple[int, int],
        lowered: str | None = None,
    ) -> list[tuple[str, tuple[int, int]]] | None:
        """What the whole table's `finditer` gives in the window, label and span, from the
        fragments a literal wholly inside the window stands for (`found`: the literals in
        order of start) and, given `lowered` (`testable`: the text lower-cased to the same
        length), each of whose literal sets has a string there; None when a fragment
        there may match nothing (read it whole)."""
        start, end = window
        chosen: set[int] = set()
        for at in range(bisect_left(found, (start, -1, -1)), len(found)):
            begin, stop, literal = found[at]
            if begin >= end:
                break
            if stop <= end:
                chosen.update(self.of_literal[literal])
        if lowered is not None and self.needs:
            # a fragment whose match needs a literal the window lacks fails all through it
            chosen = {i for i in chosen if holds_within(lowered, start, end, self.needs[i])}
        if not chosen:
            return []
        if len(chosen) == 1:  # one fragment: the scan is its own (most stretches)
            (i,) = chosen
            label = self.fragments[i][0]
            return [(label, m.span()) for m in self._pattern(i).finditer(text, start, end)]
        # the table's order: the first to match at a place wins
        tried = [(i, self._pattern(i)) for i in sorted(chosen)]
        # the alternation's scan: the leftmost match of any fragment, the first fragment
        # of those matching there, then on from its end (a fragment with a literal never
        # matches nothing: every match holds the literal)
        next_of = {i: pattern.search(text, start, end) for i, pattern in tried}
        out: list[tuple[str, tuple[int, int]]] = []
        while True:
            best: re.Match[str] | None = None
            owner = -1
            for i, _ in tried:
                match = next_of[i]
                if match is not None and (best is None or match.start() < best.start()):
                    best, owner = match, i
            if best is None:
                return out
            out.append((self.fragments[owner][0], best.span()))
            pos = best.end()
            if pos == best.start():  # pragma: no cover - no fragment here matches nothing
                return None
            for i, pattern in tried:
                match = next_of[i]
                if match is not None and match.start() < pos:
                    next_of[i] = pattern.search(text, pos, end)

    def _pattern(self, i: int) -> re.Pattern[str]:
        """Fragment `i` alone, compiled on first use."""
        pattern = self._patterns.get(i)
        if pattern is None:
            pattern = self._patterns[i] = self.compile(self.fragments[i][1])
        return pattern
