"""The most a pair of events can score, for one new event and many stored ones at once.

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
compares the two paths). Keys are compared by 60-bit hashes: two different keys hashing alike
(about one chance in 10**18 for a pair of keys) raise a bound, or, both shared, lower a count.
"""

from __future__ import annotations

import functools
import hashlib
import math

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


def pack(c: Candidate) -> bytes:
    """The packed row of a candidate (see the module's docstring)."""
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
    keys = _keys(c)
    return np.array(head + keys, dtype=np.int64).tobytes()


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


def _query(a: Candidate) -> I64:
    """The tagged hashes a new event looks for among a stored event's keys: its names among
    the names, its romanized Korean words among the Latin names and the reverse (across
    languages), and the same of the lead; its numbers, places, words, goods and targets."""
    found = (
        _tagged(C_NAMES, a.names)
        + _tagged(C_LATIN, a.roman)
        + _tagged(C_ROMAN, a.names | a.singles)
        + _tagged(C_LEAD_NAMES, a.lead_names)
        + _tagged(C_LEAD_LATIN, a.lead_roman)
        + _tagged(C_LEAD_ROMAN, a.lead_names | a.lead_singles)
        + _tagged(C_NUMBERS, a.numbers)
        + _tagged(C_LEAD_NUMBERS, a.lead_numbers)
        + _tagged(C_PLACES, a.places | a.lead_places)
        + _tagged(C_WORDS, a.words)
        + _tagged(C_GOODS, a.commodities)
        + _tagged(C_ACTORS, a.actors)
    )
    return np.array(sorted(set(found)), dtype=np.int64)


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
    n = len(idx)
    total = np.zeros(n, dtype=np.float64)
    # type
    same_type = h[:, TYPE] == _hash(a.type)
    related = np.isin(h[:, TYPE], _related_to(a.type))
    total[~same_type & related] -= 1.5
    never = ~same_type & ~related
    # dates
    dated = h[:, DATED] == 1
    if a.first is not None and a.last is not None:
        first, last = a.first, a.last
        gap = np.maximum(0, np.maximum(h[:, FIRST] - last, first - h[:, LAST]))
        both = dated
        never |= both & (gap > 400)
        days = both & (h[:, PRECISION] == DAY) & (a.precision == "day")
        when = np.where(
            gap == 0,
            2.0,
            np.where(
                gap <= resolve.SLACK_DAYS,
                1.5,
                np.where(
                    gap <= 7, -0.5, np.where(gap <= 12, -1.0, np.where(gap <= 25, -2.0, -4.0))
                ),
            ),
        )
        year = (h[:, PRECISION] == YEAR) | (a.precision == "year")
        coarse = np.where(gap == 0, np.where(year, 0.4, 1.0), np.where(gap <= 31, -0.5, -4.0))
        total += np.where(both, np.where(days, when, coarse), 0.0)
        # the stored event undated, a dated: a's dates against the stored event's report
        told = h[:, HAS_TOLD] == 1
        one = ~dated & told
        age = h[:, TOLD] - last
        after = first > h[:, TOLD] + resolve.SLACK_DAYS
        part = np.where(after, -3.0, np.where(age <= 60, 0.3, np.where(age > 365, -1.5, -0.5)))
        total += np.where(one, part, 0.0)
    elif a.told is not None:  # a undated: the stored event's dates against a's report
        one = dated
        after = h[:, FIRST] > a.told + resolve.SLACK_DAYS
        age = a.told - h[:, LAST]
        part = np.where(after, -3.0, np.where(age <= 60, 0.3, np.where(age > 365, -1.5, -0.5)))
        total += np.where(one, part, 0.0)
    # publication days
    if a.told is not None:
        apart = np.abs(h[:, TOLD] - a.told)
        told_part = np.where(
            apart <= 4, 0.7, np.where(apart <= 30, 0.0, np.where(apart <= 120, -0.7, -1.5))
        )
        total += np.where(h[:, HAS_TOLD] == 1, told_part, 0.0)
    # places
    if a.place:
        total += _place(a, rows, idx, h)
    # counts
    if a.people is not None:
        people = h[:, PEOPLE]
        low, high = np.minimum(people, a.people), np.maximum(people, a.people)
        ratio = low / np.maximum(high, 1)
        close = (high - low <= 2) | (ratio >= 0.75)
        part = np.where(low == high, 1.0, np.where(close, 0.5, np.where(ratio < 0.5, -1.5, -0.5)))
        total += np.where(h[:, HAS_PEOPLE] == 1, part, 0.0)
    counts = _shared(a, rows, idx)
    # instruments, goods, facilities, penalties, targets
    if a.instrument:
        mine = _hash(resolve.code_key(a.instrument))
        theirs = h[:, INSTRUMENT]
        same_day = dated & (h[:, PRECISION] == DAY) & (a.precision == "day")
        if a.first is not None and a.last is not None:
            same_day &= np.maximum(0, np.maximum(h[:, FIRST] - a.last, a.first - h[:, LAST])) <= 1
        else:
            same_day &= False
        part = np.where(theirs == mine, 2.5, np.where(same_day, -1.5, -5.0))
        total += np.where(theirs != 0, part, 0.0)
    if a.commodities:
        shared = counts[:, C_GOODS] > 0
        total += np.where(h[:, GOODS] == 1, np.where(shared, 0.5, -0.7), 0.0)
    if a.facility:
        theirs = h[:, FACILITY]
        mine = _hash(resolve.code_key(a.facility))
        total += np.where(theirs != 0, np.where(theirs == mine, 1.0, -0.5), 0.0)
    if a.penalty_kind:
        theirs = h[:, PENALTY]
        total += np.where(theirs != 0, np.where(theirs == _hash(a.penalty_kind), 0.3, -0.7), 0.0)
    if a.type == "sanction" and a.actors:
        shared = counts[:, C_ACTORS] > 0
        part = np.where(shared, 0.7, -2.0)
        total += np.where(same_type & (h[:, ACTORS] == 1), part, 0.0)
    total += _evidence(a, h, counts)
    total[never] = -math.inf
    return total


@functools.lru_cache(maxsize=64)
def _related_to(event_type: str) -> I64:
    found = [_hash(t) for pair in resolve._related() if event_type in pair for t in pair]
    return np.array([t for t in found if t != _hash(event_type)], dtype=np.int64)


def _place(a: Candidate, rows: Packed, idx: I64, h: I64) -> F64:
    """place_part for a placed new event against the stored events (0 where unplaced)."""
    placed = h[:, PLACE] != 0
    same = (h[:, PLACE] == _hash((a.place or "").lower())) | (
        (h[:, GAZETTEER] == _of(a.gazetteer_id)) & (h[:, GAZETTEER] != 0)
    )
    nested = (a.admin1 is not None and a.admin1 != "") & (
        h[:, PLACE] == (_hash(a.admin1.lower()) if a.admin1 else -1)
    )
    nested |= (h[:, ADMIN1] != 0) & (h[:, ADMIN1] == _hash((a.place or "").lower()))
    if a.lat is not None and a.lon is not None:
        la1, lo1 = math.radians(a.lat), math.radians(a.lon)
        la2, lo2 = np.radians(rows.lat[idx]), np.radians(rows.lon[idx])
        s = (
            np.sin((la2 - la1) / 2) ** 2
            + math.cos(la1) * np.cos(la2) * np.sin((lo2 - lo1) / 2) ** 2
        )
        with np.errstate(invalid="ignore"):
            km = 12742 * np.arcsin(np.sqrt(np.minimum(1.0, s)))
        known = ~np.isnan(km)
        near = known & (km <= 60 + 1e-6)
        far = known & (km > 300 + 1e-6)
    else:
        near = far = np.zeros(len(idx), dtype=bool)
    province = (h[:, ADMIN1] != 0) & (h[:, ADMIN1] == (_hash(a.admin1.lower()) if a.admin1 else -1))
    part = np.where(
        same,
        1.5,
        np.where(
            nested,
            0.8,
            np.where(near, 0.5, np.where(province, 0.3, np.where(far, -1.5, -0.7))),
        ),
    )
    return np.where(placed, part, 0.0)


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


def _evidence(a: Candidate, h: I64, counts: I64) -> F64:
    """The most evidence_part can add (names counted as the most they add when any is shared,
    lead numbers with the numbers among them)."""
    other_language = h[:, LANGUAGE] != _of(a.language)
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
    if a.words:
        common = counts[:, C_WORDS]
        mine = len({_hash(w) & ~0xF for w in a.words})
        union = np.maximum(mine + h[:, WORDS] - common, 1)
        shared = common / union
        words = np.where(shared >= 0.08 - 1e-9, np.minimum(resolve.WORDS_MOST, 6 * shared), 0.0)
        total += np.where(~other_language & (h[:, WORDS] > 0), words, 0.0)
    return total
