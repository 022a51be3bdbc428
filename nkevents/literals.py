"""The literal text every match of a regular expression must hold, read from its parse.

The fast gate of the extractor (`extract/gate.py`) and the geocoder's anaphora
(`detect/places.py`) use it to skip patterns whose literals a text does not contain.
"""

from __future__ import annotations

import re
from functools import cache
from re import _constants as sre_c  # type: ignore[attr-defined,unused-ignore]
from re import _parser as sre_parse  # type: ignore[attr-defined,unused-ignore]
from typing import Any

try:  # the letters `re` matches case-insensitively beyond their lower case
    from re._casefix import _EXTRA_CASES  # type: ignore[import-not-found,unused-ignore]
except ImportError:  # pragma: no cover - another Python: narrow nothing
    _EXTRA_CASES = None


def required_literals(fragment: str, common: frozenset[str] = frozenset()) -> set[str] | None:
    """Lower-cased strings one of which every match of the fragment contains (None: unknown)."""
    parsed = parse_fragment(fragment)
    if parsed is None:
        return None
    found = _sequence(parsed, common)
    return {s.lower() for s in found} if found else None


def all_required_literals(fragment: str) -> list[set[str]]:
    """Every lower-cased literal set of the fragment's top level: each match holds one
    string of each set (more than `required_literals`'s one set; empty when unknown)."""
    parsed = parse_fragment(fragment)
    if parsed is None:
        return []
    return [{s.lower() for s in option} for option in _options(parsed, frozenset())]


@cache  # a fragment is read by several gates and by extract/dispatch.py: parsed once
def parse_fragment(fragment: str) -> list[tuple[Any, Any]] | None:
    """The fragment's top-level items as `re` parses them case-insensitively (None when it
    does not); shared, never changed."""
    try:
        return list(sre_parse.parse(fragment, re.IGNORECASE))
    except re.error:
        return None


def _sequence(items: list[tuple[Any, Any]], common: frozenset[str]) -> set[str] | None:
    """The best literal set of a sequence: a run of literals or one mandatory part."""
    options = _options(items, common)
    if not options:
        return None
    return max(options, key=lambda option: _selectivity(option, common))


def _options(items: list[tuple[Any, Any]], common: frozenset[str]) -> list[set[str]]:
    """The literal sets of a sequence, each of which a match holds one string of: its runs
    of literals and the best set of each mandatory part."""
    options: list[set[str]] = []
    run = ""
    for op, av in items:
        if op is sre_c.LITERAL:
            run += chr(av)
            continue
        if run:
            options.append({run})
            run = ""
        part = _item(op, av, common)
        if part:
            options.append(part)
    if run:
        options.append({run})
    return options


def _selectivity(literals: set[str], common: frozenset[str]) -> tuple[bool, int]:
    """Rare and long literals first: a common word makes a useless gate."""
    rare = all(x.strip().lower() not in common and len(x.strip()) >= 3 for x in literals)
    return rare, min(len(x) for x in literals)


def _item(op: Any, av: Any, common: frozenset[str]) -> set[str] | None:
    if op is sre_c.SUBPATTERN:
        return _sequence(list(av[-1]), common)
    if op is sre_c.BRANCH:
        branches = [_sequence(list(b), common) for b in av[1]]
        if any(not b for b in branches):
            return None
        return set().union(*branches)  # type: ignore[arg-type]
    if op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT) and av[0] >= 1:
        return _sequence(list(av[2]), common)
    return None


@cache
def unsafe_letters(literals: tuple[str, ...]) -> tuple[str, ...] | None:
    """The lower-case letters that match a literal's letter under IGNORECASE though they
    are another letter ('ſ' for s, 'ı' for i): in a text that holds one, a literal test is
    not exact. None when this Python does not tell them (never trust a literal test)."""
    if _EXTRA_CASES is None:
        return None
    letters = {c for literal in literals for c in literal}
    return tuple(sorted({chr(o) for c in letters for o in _EXTRA_CASES.get(ord(c), ())}))
