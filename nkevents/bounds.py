"""The most a pair of events can score, for many pairs at once.

A new event meets some hundred stored events of its blocks, and few of those pairs reach
`resolve.SUGGEST`. Reading every stored event in full (its snapshot, a Candidate) and comparing
it in Python was most of the linker's time, so each filed event also keeps a packed row
(`pack`: numbers and 64-bit hashes, read with numpy): its type, dates, publication day, place,
count, instrument, facility, penalty and language, and the hashed keys of its sets (names,
numbers, places, words, goods, targets). `most` works out from those rows, for all block
mates of a new event at once, every part of `resolve.compare` exactly but two, which it bounds:
the names (the most they can add when any is shared) and the lead numbers (counted even when
the evidence shares them too, which compare does not count twice): an upper bound of the pair's
evidence sum. Only the stored events whose bound reaches SUGGEST are read
in full and compared, so the suggestions are those `compare` makes for every pair (a test
compares the two paths). `most_of` does the same for any pairs given as rows of two heads and
the keys they share (`most` for one new event's block mates, `pair_arrays.most` for all the pairs
of a large linking). Keys are compared by 60-bit hashes: two different keys hashing alike
(about one chance in 10**18 for a pair of keys) raise a bound, or, both shared, lower a count.
"""

from __future__ import annotations

import functools
import hashlib
import math
from collections.abc import Callable

import numpy as np
from numpy.typing import NDArray

from nkevents import resolve
from nkevents.resolve import Candidate

I64 = NDArray[np.int64]
F64 = NDArray[np.float64]

# The packed row: HEAD int64 fields, then the event's tagged key hashes (see _tagged).
(
    TYPE,
    DATED,
    FIRST,
    LAST,
    PRECISION,
    TOLD,
    HAS_TOLD,
    PLACE,
    GAZETTEER,
    ADMIN1,
    PEOPLE,
    HAS_PEOPLE,
    INSTRUMENT,
    FACILITY,
    PENALTY,
    LANGUAGE,
    LAT,
    LON,
    WORDS,
    GOODS,
    ACTORS,
) = range(21)
HEAD = 21
# Categories of the keys (the low 4 bits of a key's hash).
(
    C_NAMES,
    C_LATIN,
    C_ROMAN,
    C_LEAD_NAMES,
    C_LEAD_LATIN,
    C_LEAD_ROMAN,
    C_NUMBERS,
    C_LEAD_NUMBERS,
    C_PLACES,
    C_WORDS,
    C_GOODS,
    C_ACTORS,
) = range(12)
CATEGORIES = 16
DAY, YEAR = 1, 2  # PRECISION: day, year, else 0 (month, or anything compare treats as a month)


@functools.lru_cache(maxsize=262144)
def _hash(value: str) -> int:
    """A stable non-zero 64-bit hash of a string (0 stands for none)."""
    found = int.from_bytes(hashlib.blake2b(value.encode(), digest_size=8).digest(), "little")
    return (found & 0x7FFF_FFFF_FFFF_FFFF) or 1


def _of(value: str | None) -> int:
    return _hash(value) if value else 0


def _tagged(category: int, keys: frozenset[str] | set[str]) -> list[int]:
    return [(_hash(k) & ~0xF) | category for k in keys]


def _float_bits(value: float | None) -> int:
    return int(np.array([math.nan if value is None else value]).view(np.int64)[0])


def _head(c: Candidate) -> list[int]:
    """The head of a candidate's packed row: its fields as numbers and hashes."""
    head = [0] * HEAD
    head[TYPE] = _hash(c.type)
    if c.first is not None and c.last is not None:
        head[DATED], head[FIRST], head[LAST] = 1, c.first, c.last
    head[PRECISION] = DAY if c.precision == "day" else YEAR if c.precision == "year" else 0
    if c.told is not None:
        head[TOLD], head[HAS_TOLD] = c.told, 1
    if c.place:
        head[PLACE] = _hash(c.place.lower())
    head[GAZETTEER] = _of(c.gazetteer_id)
    head[ADMIN1] = _hash(c.admin1.lower()) if c.admin1 else 0
    if c.people is not None:
        head[PEOPLE], head[HAS_PEOPLE] = c.people, 1
    head[INSTRUMENT] = _hash(resolve.code_key(c.instrument)) if c.instrument else 0
    head[FACILITY] = _hash(resolve.code_key(c.facility)) if c.facility else 0
    head[PENALTY] = _of(c.penalty_kind)
    head[LANGUAGE] = _of(c.language)
    lat_lon = c.lat is not None and c.lon is not None
    head[LAT] = _float_bits(c.lat if lat_lon else None)
    head[LON] = _float_bits(c.lon if lat_lon else None)
    head[WORDS] = len({_hash(w) & ~0xF for w in c.words})
    head[GOODS], head[ACTORS] = int(bool(c.commodities)), int(bool(c.actors))
    return head


def pack(c: Candidate) -> bytes:
    """The packed row of a candidate (see the module's docstring)."""
    return np.array(_head(c) + _keys(c), dtype=np.int64).tobytes()


def _keys(c: Candidate) -> list[int]:
    """The tagged hashes of a stored event's keys, each once."""
    found = (
        _tagged(C_NAMES, c.names)
        + _tagged(C_LATIN, c.names | c.singles)
        + _tagged(C_ROMAN, c.roman)
        + _tagged(C_LEAD_NAMES, c.lead_names)
        + _tagged(C_LEAD_LATIN, c.lead_names | c.lead_singles)
        + _tagged(C_LEAD_ROMAN, c.lead_roman)
        + _tagged(C_NUMBERS, c.numbers)
        + _tagged(C_LEAD_NUMBERS, c.lead_numbers)
        + _tagged(C_PLACES, c.places | c.lead_places)
        + _tagged(C_WORDS, c.words)
        + _tagged(C_GOODS, c.commodities)
        + _tagged(C_ACTORS, c.actors)
    )
    return sorted(set(found))


# What an event looks for among another's keys is its own keys with the Latin and romanized
# tags swapped: its names among the names, its romanized Korean words among the Latin names and
# the reverse (across languages), and the same of the lead; its numbers, places, words, goods
# and targets as they are.
SWAP = np.arange(CATEGORIES, dtype=np.int64)
SWAP[[C_LATIN, C_ROMAN, C_LEAD_LATIN, C_LEAD_ROMAN]] = [
    C_ROMAN,
    C_LATIN,
    C_LEAD_ROMAN,
    C_LEAD_LATIN,
]


def wanted(keys: I64) -> I64:
    """The tagged hashes looked for by an event that holds these keys (see SWAP)."""
    return (keys & ~0xF) | SWAP[keys & 0xF]


def _query(a: Candidate) -> I64:
    """The tagged hashes a new event looks for among a stored event's keys (see SWAP)."""
    return np.unique(wanted(np.array(_keys(a), dtype=np.int64)))


class Packed:
    """Packed rows of many stored events, as arrays: their heads (one row each) and their keys
    (flat, with where each event's keys start and how many)."""

    def __init__(self, rows: list[bytes]) -> None:
        sizes = np.array([len(r) // 8 for r in rows], dtype=np.int64)
        flat = np.frombuffer(b"".join(rows), dtype=np.int64)
        starts = np.zeros(len(rows), dtype=np.int64)
        if len(rows):
            starts[1:] = np.cumsum(sizes)[:-1]
        self.head: I64 = (
            flat[starts[:, None] + np.arange(HEAD)]
            if len(rows)
            else np.zeros((0, HEAD), dtype=np.int64)
        )
        self.flat: I64 = flat
        self.key_start: I64 = starts + HEAD
        self.key_count: I64 = sizes - HEAD
        self.lat: F64 = np.ascontiguousarray(self.head[:, LAT]).view(np.float64)
        self.lon: F64 = np.ascontiguousarray(self.head[:, LON]).view(np.float64)


def threshold(minimum: float = resolve.SUGGEST) -> float:
    """The least evidence sum whose score (rounded to 4 places, as compare rounds it) reaches
    minimum, less a margin for the order of additions."""
    least = minimum - 0.00005
    if least <= 0:
        return -math.inf
    return resolve.CENTRE + math.log(least / (1 - least)) - 1e-6


def most(a: Candidate, rows: Packed, idx: I64) -> F64:
    """For the stored events rows[idx], the most a pair of a with each can add up to (-inf:
    never a pair: types apart, or dates more than 400 days apart)."""
    h = rows.head[idx]
    mine = np.broadcast_to(np.array(_head(a), dtype=np.int64), h.shape)
    return most_of(mine, h, _shared(a, rows, idx))


def _shared(a: Candidate, rows: Packed, idx: I64) -> I64:
    """How many keys of each category the stored events rows[idx] share with what a looks
    for (one row per event, CATEGORIES columns)."""
    counts = rows.key_count[idx]
    total = int(counts.sum())
    out = np.zeros((len(idx), CATEGORIES), dtype=np.int64)
    if total == 0:
        return out
    owner = np.repeat(np.arange(len(idx)), counts)
    ends = np.cumsum(counts)
    offset = np.arange(total) - np.repeat(ends - counts, counts)
    keys = rows.flat[np.repeat(rows.key_start[idx], counts) + offset]
    hit = np.isin(keys, _query(a))
    if hit.any():
        slot = owner[hit] * CATEGORIES + (keys[hit] & 0xF)
        out += np.bincount(slot, minlength=len(idx) * CATEGORIES).reshape(len(idx), CATEGORIES)
    return out


def _lat_lon(head: I64) -> tuple[F64, F64]:
    return (
        np.radians(np.ascontiguousarray(head[:, LAT]).view(np.float64)),
        np.radians(np.ascontiguousarray(head[:, LON]).view(np.float64)),
    )


@functools.cache
def _related() -> list[tuple[int, int]]:
    """The (type, type) hashes of the types one happening may be told as."""
    return [
        (_hash(x), _hash(y)) for pair in resolve._related() for x in pair for y in pair if x != y
    ]


def most_of(mine: I64, h: I64, counts: I64) -> F64:
    """For each pair of a looking event's head (a row of mine) and a met event's (the same
    row of h), with how many keys of each category they share (counts), the most the pair
    can add up to (-inf: never a pair: types apart, or dates more than 400 days apart): the
    parts but the words (`most_but_words`), and then the words (`words_part`)."""
    words = words_part(mine[:, WORDS], h[:, WORDS], mine[:, LANGUAGE] == h[:, LANGUAGE])
    return most_but_words(mine, h, counts) + words(counts[:, C_WORDS])


def most_but_words(mine: I64, h: I64, counts: I64) -> F64:
    """most_of without what the pair's words add (-inf: never a pair)."""
    total = np.zeros(len(h), dtype=np.float64)
    # type
    same_type = mine[:, TYPE] == h[:, TYPE]
    related = np.zeros(len(h), dtype=bool)
    for x, y in _related():
        related |= (mine[:, TYPE] == x) & (h[:, TYPE] == y)
    total[~same_type & related] -= 1.5
    never = ~same_type & ~related
    # dates
    a_dated, dated = mine[:, DATED] == 1, h[:, DATED] == 1
    gap = np.maximum(0, np.maximum(h[:, FIRST] - mine[:, LAST], mine[:, FIRST] - h[:, LAST]))
    both = a_dated & dated
    never |= both & (gap > 400)
    days = both & (h[:, PRECISION] == DAY) & (mine[:, PRECISION] == DAY)
    when = np.where(
        gap == 0,
        2.0,
        np.where(
            gap <= resolve.SLACK_DAYS,
            1.5,
            np.where(gap <= 7, -0.5, np.where(gap <= 12, -1.0, np.where(gap <= 25, -2.0, -4.0))),
        ),
    )
    year = (h[:, PRECISION] == YEAR) | (mine[:, PRECISION] == YEAR)
    coarse = np.where(gap == 0, np.where(year, 0.4, 1.0), np.where(gap <= 31, -0.5, -4.0))
    total += np.where(both, np.where(days, when, coarse), 0.0)
    total += _against_report(a_dated & ~dated & (h[:, HAS_TOLD] == 1), mine, h)
    total += _against_report(~a_dated & (mine[:, HAS_TOLD] == 1) & dated, h, mine)
    # publication days
    told = (mine[:, HAS_TOLD] == 1) & (h[:, HAS_TOLD] == 1)
    apart = np.abs(h[:, TOLD] - mine[:, TOLD])
    told_part = np.where(
        apart <= 4, 0.7, np.where(apart <= 30, 0.0, np.where(apart <= 120, -0.7, -1.5))
    )
    total += np.where(told, told_part, 0.0)
    total += _place(mine, h)
    # counts
    counted = (mine[:, HAS_PEOPLE] == 1) & (h[:, HAS_PEOPLE] == 1)
    low = np.minimum(h[:, PEOPLE], mine[:, PEOPLE])
    high = np.maximum(h[:, PEOPLE], mine[:, PEOPLE])
    ratio = low / np.maximum(high, 1)
    close = (high - low <= 2) | (ratio >= 0.75)
    part = np.where(low == high, 1.0, np.where(close, 0.5, np.where(ratio < 0.5, -1.5, -0.5)))
    total += np.where(counted, part, 0.0)
    # instruments, goods, facilities, penalties, targets
    instrument = (mine[:, INSTRUMENT] != 0) & (h[:, INSTRUMENT] != 0)
    same_day = days & (gap <= 1)
    part = np.where(h[:, INSTRUMENT] == mine[:, INSTRUMENT], 2.5, np.where(same_day, -1.5, -5.0))
    total += np.where(instrument, part, 0.0)
    goods = (mine[:, GOODS] == 1) & (h[:, GOODS] == 1)
    total += np.where(goods, np.where(counts[:, C_GOODS] > 0, 0.5, -0.7), 0.0)
    facility = (mine[:, FACILITY] != 0) & (h[:, FACILITY] != 0)
    total += np.where(facility, np.where(h[:, FACILITY] == mine[:, FACILITY], 1.0, -0.5), 0.0)
    penalty = (mine[:, PENALTY] != 0) & (h[:, PENALTY] != 0)
    total += np.where(penalty, np.where(h[:, PENALTY] == mine[:, PENALTY], 0.3, -0.7), 0.0)
    targets = same_type & (mine[:, TYPE] == _hash("sanction"))
    targets &= (mine[:, ACTORS] == 1) & (h[:, ACTORS] == 1)
    total += np.where(targets, np.where(counts[:, C_ACTORS] > 0, 0.7, -2.0), 0.0)
    total += _evidence(mine, h, counts)
    total[never] = -math.inf
    return total


def _against_report(one: np.ndarray, dated: I64, other: I64) -> F64:
    """date_part where one event is dated and the other not: the dates against the other's
    publication day."""
    after = dated[:, FIRST] > other[:, TOLD] + resolve.SLACK_DAYS
    age = other[:, TOLD] - dated[:, LAST]
    part = np.where(after, -3.0, np.where(age <= 60, 0.3, np.where(age > 365, -1.5, -0.5)))
    return np.where(one, part, 0.0)


def _place(mine: I64, h: I64) -> F64:
    """place_part  for placed pairs, 0 for the others (worked out for the placed pairs only:
    most pairs of a large linking have an unplaced event, and the distances cost the most)."""
    placed = np.flatnonzero((mine[:, PLACE] != 0) & (h[:, PLACE] != 0))
    out = np.zeros(len(h), dtype=np.float64)
    if not len(placed):
        return out
    mine, h = mine[placed], h[placed]
    same = (h[:, PLACE] == mine[:, PLACE]) | (
        (h[:, GAZETTEER] == mine[:, GAZETTEER]) & (h[:, GAZETTEER] != 0)
    )
    nested = (mine[:, ADMIN1] != 0) & (h[:, PLACE] == mine[:, ADMIN1])
    nested |= (h[:, ADMIN1] != 0) & (h[:, ADMIN1] == mine[:, PLACE])
    la1, lo1 = _lat_lon(mine)
    la2, lo2 = _lat_lon(h)
    s = np.sin((la2 - la1) / 2) ** 2 + np.cos(la1) * np.cos(la2) * np.sin((lo2 - lo1) / 2) ** 2
    with np.errstate(invalid="ignore"):
        km = 12742 * np.arcsin(np.sqrt(np.minimum(1.0, s)))
    known = ~np.isnan(km)
    near = known & (km <= 60 + 1e-6)
    far = known & (km > 300 + 1e-6)
    province = (h[:, ADMIN1] != 0) & (h[:, ADMIN1] == mine[:, ADMIN1])
    out[placed] = np.where(
        same,
        1.5,
        np.where(
            nested,
            0.8,
            np.where(near, 0.5, np.where(province, 0.3, np.where(far, -1.5, -0.7))),
        ),
    )
    return out


def _evidence(mine: I64, h: I64, counts: I64) -> F64:
    """The most evidence_part can add but the words (words_part)."""
    other_language = h[:, LANGUAGE] != mine[:, LANGUAGE]
    names = (counts[:, C_NAMES] > 0) | (
        other_language & ((counts[:, C_LATIN] > 0) | (counts[:, C_ROMAN] > 0))
    )
    lead = (counts[:, C_LEAD_NAMES] > 0) | (
        other_language & ((counts[:, C_LEAD_LATIN] > 0) | (counts[:, C_LEAD_ROMAN] > 0))
    )
    total = np.where(names, 3.5, np.where(lead, 2.5, 0.0))
    total += np.minimum(2.0, 0.8 * counts[:, C_NUMBERS])
    total += np.minimum(1.5, 0.5 * counts[:, C_LEAD_NUMBERS])
    places = counts[:, C_PLACES]
    total += np.where(places == 1, 0.6, np.where(places > 1, 1.0, 0.0))
    return total


def words_part(mine: I64, theirs: I64, same_language: NDArray[np.bool_]) -> Callable[[I64], F64]:
    """What the words of each pair add, given how many they share (a function of that count):
    mine and theirs, how many words each event has (reports in one language only)."""
    both = same_language & (theirs > 0) & (mine > 0)
    total = mine + theirs

    def part(common: I64) -> F64:
        shared = common / np.maximum(total - common, 1)
        words = np.where(shared >= 0.08 - 1e-9, np.minimum(resolve.WORDS_MOST, 6 * shared), 0.0)
        return np.where(both, words, 0.0)

    return part
