"""A fast gate: which sentences may hold a trigger at all, found in one Aho-Corasick pass.

Python's regular expressions try every alternative at every word start, which made a
full trigger scan the slowest step of extraction (about 0.5 MB/s for English). Each
lexicon fragment needs some literal text to match ("smuggl" for `smuggl(?:ed|ing)`), so
one multi-pattern pass for those literals tells which sentences the regular
expressions need to look at; most sentences of most reports have none. The literals
are derived from the fragments themselves, so the lexicon stays the one source.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

import ahocorasick_rs

from nkevents.literals import all_required_literals, required_literals, unsafe_letters


@dataclass(slots=True, frozen=True)
class MultiGate:
    """One automaton over the literals of several tables: one pass gives each table's hits."""

    automaton: ahocorasick_rs.AhoCorasick | None
    tables_of: tuple[tuple[str, ...], ...]  # the tables each literal stands for
    open_tables: frozenset[str]  # tables with a fragment of no literal: always read
    # per literal, per table: the positions in the table's fragment list of the fragments
    # that need the literal (extract/narrowing.py tries only those around its hits)
    fragments_of: tuple[dict[str, tuple[int, ...]], ...] = ()
    literals: tuple[str, ...] = ()

    def hits(self, text: str, lowered: str | None = None) -> dict[str, list[int]]:
        """For each table, the start offsets of its literals in the text, in order."""
        return self.scan(text, lowered)[0]

    def scan(
        self, text: str, lowered: str | None = None
    ) -> tuple[dict[str, list[int]], list[tuple[int, int, int]] | None]:
        """Each table's hits, and every literal found as (start, end, literal index) in
        text order (None when the pass could not run: the hits are then everywhere)."""
        lowered = text.lower() if lowered is None else lowered
        out: dict[str, list[int]] = {}
        if self.automaton is not None and len(lowered) == len(text):
            found = self.automaton.find_matches_as_indexes(lowered, overlapping=True)
            for index, start, _ in found:
                for table in self.tables_of[index]:
                    out.setdefault(table, []).append(start)
        else:
            everywhere = list(range(0, len(text), 50))
            return {
                t: everywhere
                for t in {*self.open_tables, *(x for ts in self.tables_of for x in ts)}
            }, None
        for table in self.open_tables:
            out[table] = list(range(0, len(text), 50))
        return out, sorted((start, end, index) for index, start, end in found)


def build_multi_gate(tables: dict[str, list[str]], common: Iterable[str] = ()) -> MultiGate:
    """The gate of several tables of fragments at once."""
    words = frozenset(w.lower() for w in common)
    owners: dict[str, set[str]] = {}
    positions: dict[str, dict[str, list[int]]] = {}
    open_tables: set[str] = set()
    for table, fragments in tables.items():
        for i, fragment in enumerate(fragments):
            found = required_literals(fragment, words)
            if not found:
                open_tables.add(table)
                break
            for literal in found:
                owners.setdefault(literal, set()).add(table)
                positions.setdefault(literal, {}).setdefault(table, []).append(i)
    literals = sorted(owners)
    automaton = (
        ahocorasick_rs.AhoCorasick(literals, matchkind=ahocorasick_rs.MatchKind.Standard)
        if literals
        else None
    )
    return MultiGate(
        automaton,
        tuple(tuple(sorted(owners[x])) for x in literals),
        frozenset(open_tables),
        tuple({t: tuple(at) for t, at in positions[x].items()} for x in literals),
        tuple(literals),
    )


def holds_within(lowered: str, start: int, end: int, needs: tuple[tuple[str, ...], ...]) -> bool:
    """Whether each literal set has a string wholly inside the window of the lower-cased text."""
    for need in needs:  # plain loops: called at most hits, generators cost more
        for literal in need:
            if lowered.find(literal, start, end) >= 0:
                break
        else:
            return False
    return True


@dataclass(slots=True, frozen=True)
class GatedPattern:
    """One fragment's pattern, with the literal sets beyond its gate literal that each of
    its matches holds (one string of each set): a hit's window lacking one cannot match,
    and a `str.find` costs less than running the pattern over the window (most hits of a
    loose literal such as "port" in "report" are rejected so: a fifth of the gate's CPU
    time on the bench stream)."""

    pattern: re.Pattern[str]
    needs: tuple[tuple[str, ...], ...] = ()


@dataclass(slots=True, frozen=True)
class FragmentGate:
    """Fragments found by their literals: each hit is checked by the few patterns it is for."""

    automaton: ahocorasick_rs.AhoCorasick | None
    patterns_of: tuple[tuple[GatedPattern, ...], ...]  # per literal
    open_patterns: tuple[re.Pattern[str], ...]  # fragments with no literal
    # the letters `re` matches case-insensitively though the lower-cased text hides them
    # from the literal sets (see extract/narrowing.py); None: never skip by literal sets
    unsafe: tuple[str, ...] | None = None

    def candidates(self, text: str, lowered: str | None = None) -> Iterator[re.Match[str]]:
        """Matches of the fragments near their literals' hits, in hit order (may repeat)."""
        for pattern in self.open_patterns:
            yield from pattern.finditer(text)
        lowered = text.lower() if lowered is None else lowered
        if self.automaton is None or len(lowered) != len(text):
            for patterns in self.patterns_of:
                for gated in patterns:
                    yield from gated.pattern.finditer(text)
            return
        exact = self.unsafe is not None and not any(c in lowered for c in self.unsafe)
        for index, start, _ in self.automaton.find_matches_as_indexes(lowered, overlapping=True):
            window = (max(0, start - 100), start + 80)
            for gated in self.patterns_of[index]:
                if exact and gated.needs and not holds_within(lowered, *window, gated.needs):
                    continue  # a literal each of its matches holds is not in the window
                found = gated.pattern.search(text, *window)
                if found:
                    yield found


def build_fragment_gate(
    fragments: Iterable[str],
    compile_one: Callable[[str], re.Pattern[str]],
    common: Iterable[str] = (),
) -> FragmentGate:
    """The fragment gate of a list of fragments, each compiled by `compile_one`."""
    words = frozenset(w.lower() for w in common)
    owners: dict[str, list[GatedPattern]] = {}
    open_patterns: list[re.Pattern[str]] = []
    for fragment in fragments:
        pattern = compile_one(fragment)
        found = required_literals(fragment, words)
        if not found:
            open_patterns.append(pattern)
        gated = GatedPattern(pattern, needs_beyond(fragment, found or set()))
        for literal in found or ():
            owners.setdefault(literal, []).append(gated)
    literals = sorted(owners)
    automaton = (
        ahocorasick_rs.AhoCorasick(literals, matchkind=ahocorasick_rs.MatchKind.Standard)
        if literals
        else None
    )
    needed = {s for gated in _flat(owners) for need in gated.needs for s in need}
    return FragmentGate(
        automaton,
        tuple(tuple(owners[x]) for x in literals),
        tuple(open_patterns),
        unsafe_letters(tuple(sorted(needed))),
    )


def needs_beyond(fragment: str, gate_set: set[str]) -> tuple[tuple[str, ...], ...]:
    """The fragment's literal sets worth checking in a hit's window: not its gate literal's
    set (the hit holds it), nor a set with a word of one or two letters (nearly always
    there); the longest first, as the likeliest to be missing."""
    needs = {
        tuple(sorted(option))
        for option in all_required_literals(fragment)
        if option != gate_set and all(len(s.strip()) >= 3 for s in option)
    }
    return tuple(sorted(needs, key=lambda need: (-min(len(s) for s in need), need)))


def _flat(owners: dict[str, list[GatedPattern]]) -> Iterator[GatedPattern]:
    for patterns in owners.values():
        yield from patterns


def stretches(
    hits: Iterable[int], before: int = 100, after: int = 80, within: tuple[int, int] | None = None
) -> list[tuple[int, int]]:
    """The stretches around literal hits where a pattern's match may start, overlaps joined."""
    lo, hi = within if within else (0, 1 << 62)
    out: list[tuple[int, int]] = []
    for at in sorted(hits):
        if not lo <= at < hi:
            continue
        start, end = max(lo, at - before), min(hi, at + after)
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return out
