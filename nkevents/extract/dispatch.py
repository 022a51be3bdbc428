"""A labelled alternation that tries, at each place, only the fragments that can start there.

Python's regular expressions try every alternative of an alternation at every word start: a
lexicon table of 170 fragments costs 170 attempts per word. Most fragments can start with only
a few letters ("smuggl" with `s`, "(?:sold|export)" with `s` or `e`), so the alternation is
regrouped by first letter behind one look-ahead per letter: at a word start only the group of
its letter is tried. Each fragment keeps its own named group (`label__n`), and within a group
the fragments keep their order, so what matches is exactly what the plain alternation matches.
"""

from __future__ import annotations

import re
import re._constants as sre
from functools import cache
from typing import Any

from nkevents.literals import parse_fragment

SEPARATOR = "__"
_MAX_FIRST = 30  # a fragment that may start with more letters than this is tried everywhere
_BY_FREQUENCY = "tasowicbphfmdrelngu"  # the usual first letters of English words, others after


def label_of(group: str) -> str:
    """The label of a dispatched group name (`smuggling__12` -> `smuggling`)."""
    return group.split(SEPARATOR, 1)[0]


@cache  # a narrowed table (extract/narrowing.py) regroups its fragments again and again
def first_letters(fragment: str) -> frozenset[str] | None:
    """The lower-case characters a match of the fragment can start with, or None if unknown."""
    try:
        items = parse_fragment(fragment)  # the parse the gates' literals were read from
        if items is None:
            return None
        found, nullable = _first(items)
    except RecursionError:
        return None
    if found is None or nullable or not found or len(found) > _MAX_FIRST:
        return None
    return frozenset(found)


def _first(items: list[Any]) -> tuple[set[str] | None, bool]:
    acc: set[str] = set()
    for op, av in items:
        found, nullable = _one(op, av)
        if found is None:
            return None, False
        acc |= found
        if not nullable:
            return acc, False
    return acc, True


def _one(op: Any, av: Any) -> tuple[set[str] | None, bool]:
    if op is sre.LITERAL:
        return {chr(av).lower()}, False
    if op is sre.IN:
        chars: set[str] = set()
        for kind, arg in av:
            if kind is sre.LITERAL:
                chars.add(chr(arg).lower())
            elif kind is sre.RANGE and arg[1] - arg[0] <= _MAX_FIRST:
                chars |= {chr(c).lower() for c in range(arg[0], arg[1] + 1)}
            else:
                return None, False
        return chars, False
    if op is sre.BRANCH:
        union: set[str] = set()
        nullable = False
        for branch in av[1]:
            found, empty = _first(list(branch))
            if found is None:
                return None, False
            union |= found
            nullable |= empty
        return union, nullable
    if op is sre.SUBPATTERN:
        return _first(list(av[-1]))
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
        low, _, item = av
        found, empty = _first(list(item))
        return (None, False) if found is None else (found, low == 0 or empty)
    if op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):
        return set(), True  # zero width: the next item decides
    return None, False


def dispatched(table: dict[str, list[str]], prefix: str) -> str:
    """The body of a labelled alternation regrouped by first letter (see the module)."""
    named = [
        (label, fragment, first_letters(fragment))
        for label, fragments in table.items()
        for fragment in fragments
    ]
    if any(first is None for _, _, first in named):
        return ""  # a fragment that may start anywhere: keep the plain alternation
    # the letters English words most often start with first: fewer look-aheads per word
    letters = sorted(
        {c for _, _, first in named for c in first or ()},
        key=lambda c: (_BY_FREQUENCY.find(c) % 100, c),
    )
    groups, count = [], 0
    for letter in letters:
        members = []
        for label, fragment, first in named:
            if letter in (first or ()):
                members.append(f"(?P<{label}{SEPARATOR}{count}>{fragment})")
                count += 1
        groups.append(f"(?={re.escape(letter)})(?:{'|'.join(members)})")
    return f"{prefix}(?:{'|'.join(groups)})"
