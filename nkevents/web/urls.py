"""The filter state lives in the query string: links that add, drop or toggle one value."""

from __future__ import annotations

from urllib.parse import urlencode

Pairs = list[tuple[str, str]]
MULTI = ("type",)  # filters that may repeat (any of the values)
PAGE_KEYS = ("offset",)  # dropped whenever the filters change


def encode(pairs: Pairs) -> str:
    """The query string of pairs (empty values dropped)."""
    return urlencode([(k, v) for k, v in pairs if v != ""])


def has(pairs: Pairs, key: str, value: str) -> bool:
    """Whether the filter key=value is on."""
    return (key, value) in pairs


def toggle(pairs: Pairs, key: str, value: str) -> str:
    """The query with key=value switched: on if off, off if on (one value per key but `type`)."""
    rest = [(k, v) for k, v in pairs if k not in PAGE_KEYS]
    if (key, value) in rest:
        return encode([p for p in rest if p != (key, value)])
    if key not in MULTI:
        rest = [(k, v) for k, v in rest if k != key]
    return encode([*rest, (key, value)])


def toggle_year(pairs: Pairs, year: str) -> str:
    """The query restricted to one year, or released from it."""
    rest = [(k, v) for k, v in pairs if k not in PAGE_KEYS]
    if ("date_from", year) in rest and ("date_to", year) in rest:
        return encode([(k, v) for k, v in rest if k not in ("date_from", "date_to")])
    rest = [(k, v) for k, v in rest if k not in ("date_from", "date_to")]
    return encode([*rest, ("date_from", year), ("date_to", year)])


def replace(pairs: Pairs, key: str, value: str | None) -> str:
    """The query with key set to value (or removed when None)."""
    rest = [(k, v) for k, v in pairs if k != key]
    return encode(rest if value is None else [*rest, (key, value)])


def sort_by(pairs: Pairs, column: str, current: str) -> str:
    """The query sorted by column: descending first, ascending on a second click."""
    order = column if current == f"-{column}" else f"-{column}"
    rest = [(k, v) for k, v in pairs if k not in ("sort", *PAGE_KEYS)]
    return encode([*rest, ("sort", order)])
