"""Patterns that look for their literals before they run.

A regular expression read over a sentence tries its first item at every character, and
under `re.IGNORECASE` Python has no literal prefix to skip ahead with: reading a sentence
for a table of a dozen phrases takes some 15 µs, though nearly always none of its words
is there. Every match of a pattern holds one string of each of its literal sets
(`nkevents.literals`), so a stretch that lacks one cannot match: substring tests on the
lower-cased stretch tell so for a fraction of the cost. `search`, `match`, `fullmatch` and
`finditer` give what the pattern gives; it runs wherever its literals may stand.

A table of fragments (`FragmentTable`) is read so fragment by fragment: the union of its
fragments' words is nearly always somewhere in a sentence, one fragment's seldom. The
leftmost match of the fragments that may match, the first in the table's order of those
matching there, is what the table's alternation gives, as in `extract.narrowing`.

One caveat keeps it exact (as in `extract.narrowing`): a few letters match a literal's
letter under `re.IGNORECASE` though `str.lower` gives another letter (the long s, the
dotless i, the Kelvin sign) or two ('İ'), so a stretch holding one is read by the pattern.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator, Sequence

from nkevents.literals import all_required_literals, unsafe_letters

# Letters `str.lower` maps otherwise than `re` does case-insensitively: İ lowers to two
# characters, a final Σ to ς.
_FULL_LOWER = ("İ", "Σ")


class Prefiltered:
    """A compiled pattern that runs only where each of its literal sets has a string."""

    __slots__ = ("pattern", "needs", "_odd")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.needs = literal_needs(pattern)
        self._odd = odd_letters([self.needs])

    def may_match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> bool:
        """Whether the stretch holds a string of each literal set (or it cannot tell)."""
        if not self.needs:
            return True
        piece = lowered(string, pos, endpos, self._odd)
        return piece is None or holds(piece, self.needs)

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """`re.Pattern.search`, run only where it may match."""
        if not self.may_match(string, pos, endpos):
            return None
        return self.pattern.search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """`re.Pattern.match`, run only where it may match."""
        if not self.may_match(string, pos, endpos):
            return None
        return self.pattern.match(string, pos, endpos)

    def fullmatch(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> re.Match[str] | None:
        """`re.Pattern.fullmatch`, run only where it may match."""
        if not self.may_match(string, pos, endpos):
            return None
        return self.pattern.fullmatch(string, pos, endpos)

    def finditer(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        """`re.Pattern.finditer`, run only where it may match."""
        if not self.may_match(string, pos, endpos):
            return iter(())
        return self.pattern.finditer(string, pos, endpos)


def prefiltered(pattern: str, flags: int = 0) -> Prefiltered:
    """`re.compile`, looking for the pattern's literals before it runs."""
    return Prefiltered(re.compile(pattern, flags))


class FragmentTable:
    """A table of fragments read as their alternation, each fragment run only where its
    literals may stand (compiled alone as the table compiles it: `compile_one`). Given no
    fragments, it reads the alternation itself: over a short stretch, or a table of few
    words, that costs less than the tests."""

    __slots__ = ("whole", "parts", "_odd")

    def __init__(
        self,
        whole: re.Pattern[str],
        fragments: Sequence[str],
        compile_one: Callable[[str], re.Pattern[str]],
    ) -> None:
        self.whole = whole
        patterns = [compile_one(f) for f in fragments]
        self.parts = tuple((p, literal_needs(p)) for p in patterns)
        self._odd = odd_letters([needs for _, needs in self.parts])

    def _candidates(self, string: str, pos: int, endpos: int) -> list[re.Pattern[str]]:
        """The fragments that may match in the stretch, in the table's order."""
        piece = lowered(string, pos, endpos, self._odd)
        if piece is None:
            return [p for p, _ in self.parts]
        out = []
        for pattern, needs in self.parts:  # plain loops: called for most sentences read
            for need in needs:
                for literal in need:
                    if literal in piece:
                        break
                else:
                    break
            else:
                out.append(pattern)
        return out

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """What the alternation's `search` gives: the leftmost match, the first fragment's
        of those matching there."""
        if not self.parts:
            return self.whole.search(string, pos, endpos)
        best: re.Match[str] | None = None
        for pattern in self._candidates(string, pos, endpos):
            found = pattern.search(string, pos, endpos)
            if found is not None and (best is None or found.start() < best.start()):
                best = found
        return best

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """What the alternation's `match` gives: the first fragment's that matches."""
        if not self.parts:
            return self.whole.match(string, pos, endpos)
        for pattern in self._candidates(string, pos, endpos):
            found = pattern.match(string, pos, endpos)
            if found is not None:
                return found
        return None

    def fullmatch(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> re.Match[str] | None:
        """What the alternation's `fullmatch` gives: the first fragment's that matches."""
        if not self.parts:
            return self.whole.fullmatch(string, pos, endpos)
        for pattern in self._candidates(string, pos, endpos):
            found = pattern.fullmatch(string, pos, endpos)
            if found is not None:
                return found
        return None

    def finditer(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        """The alternation's own `finditer` (read seldom)."""
        return self.whole.finditer(string, pos, endpos)


Needs = tuple[tuple[str, ...], ...]


def literal_needs(pattern: re.Pattern[str] | str) -> Needs:
    """The pattern's literal sets worth a test, the rarest first (none: always run it)."""
    if isinstance(pattern, str):
        sets = all_required_literals(pattern)  # parsed once, shared with the gates
    else:
        sets = [] if pattern.flags & re.VERBOSE else all_required_literals(pattern.pattern)
    # a Latin letter or sign alone is nearly always there: no test worth its cost
    needs = {tuple(sorted(s)) for s in sets if not any(len(x) < 2 and x.isascii() for x in s)}
    # a long literal is the likeliest to be missing
    return tuple(sorted(needs, key=lambda need: (-min(map(len, need)), need)))


def odd_letters(all_needs: Sequence[Needs]) -> tuple[str, ...] | None:
    """The letters whose presence makes a literal test inexact (None: never test)."""
    literals = tuple(sorted({x for needs in all_needs for need in needs for x in need}))
    odd = unsafe_letters(literals)
    return None if odd is None else (*odd, *_FULL_LOWER)


def lowered(string: str, pos: int, endpos: int, odd: tuple[str, ...] | None) -> str | None:
    """The stretch `re` reads (`pos` and `endpos` as it bounds them), lower-cased; None when
    a literal test cannot tell there."""
    piece = string[max(pos, 0) : max(endpos, 0)]
    if not piece.isascii() and (odd is None or any(c in piece for c in odd)):
        return None
    return piece.lower()


def holds(piece: str, needs: Needs) -> bool:
    """Whether the lower-cased stretch holds a string of each literal set."""
    for need in needs:  # plain loops: called for most sentences read
        for literal in need:
            if literal in piece:
                break
        else:
            return False
    return True
