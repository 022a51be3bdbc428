"""A large linking's candidate pairs all at once: found as index arrays and bounded with numpy.

When many events are linked at once (the final linking of a run over a whole archive), finding
their pairs one by one (`resolve.pairs_for`) and comparing every pair in Python
(`resolve.compare`) was most of the time, and few pairs reach `resolve.SUGGEST`. Here the
pairs are found with arrays, block by block (`pair_indexes`: the pairs `pairs_for` yields, each
as the first of its two events to look meets it), and the most each pair can score is worked
out for all pairs together (`most`: `bounds.most` over pairs instead of for one new event, the
keys two events share counted with sparse matrices); only the pairs whose bound reaches
SUGGEST are compared. The links are those comparing every pair gives (a test compares them).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from itertools import chain, repeat
from operator import itemgetter
from typing import NamedTuple, cast

import numpy as np
import scipy.sparse as sp
from numpy.typing import NDArray

from nkevents import bounds, resolve
from nkevents.bounds import (
    CATEGORIES,
    F64,
    HEAD,
    I64,
)
from nkevents.resolve import Candidate

ARRAYS_FROM = 2000  # new events from which a linking's pairs are found and bounded here
CHUNK = 200_000  # pairs bounded at once (memory stays some hundred MB)


class Stored(NamedTuple):
    """A stored event a linking meets, before it is read: what finding its pairs needs of it
    (where it is filed comes with the linking's filed)."""

    id: str
    document_id: str


Met = Candidate | Stored
Read = Callable[[list[str]], Mapping[str, Candidate]]  # stored events read in full, by id


def scored(
    events: Sequence[Met],
    looking_from: int,
    filed: resolve.Filed,
    packs: Sequence[bytes],
    read: Read | None = None,
) -> list[resolve.Link]:
    """What `resolve.score_pairs(resolve.pairs_for(events[looking_from:],
    events[:looking_from], filed))` gives (every pair at SUGGEST or above, best first); packs:
    each event's packed row (`bounds.pack`). The stored events (before looking_from) may come
    as Stored, filed where filed says: read gives those of the pairs whose bound reaches
    SUGGEST in full (one it does not give is left out, as gone)."""
    looking, met, crowd = pair_indexes(events, looking_from, filed)
    penalty = np.zeros(len(events), dtype=np.float64)  # a stored event's is 0
    for n, ev in enumerate(events[looking_from:], looking_from):
        assert isinstance(ev, Candidate)  # the events that look are the new ones
        ev.crowd = penalty[n] = resolve.crowd_penalty(int(crowd[n - looking_from]))
    keys = Keys(packs, looking_from)
    least = bounds.threshold()
    kept: list[tuple[int, int]] = []
    for start in range(0, len(looking), CHUNK):
        a, b = looking[start : start + CHUNK], met[start : start + CHUNK]
        floor = least + np.maximum(penalty[a], penalty[b])
        ok = most(keys, a, b, floor) >= floor
        kept.extend(zip(a[ok].tolist(), b[ok].tolist(), strict=True))
    wanted = sorted({events[j].id for _, j in kept if isinstance(events[j], Stored)})
    found = read(wanted) if read is not None and wanted else {}
    pairs: list[tuple[Candidate, Candidate]] = []
    for i, j in kept:
        one, other = events[i], events[j]
        if isinstance(other, Stored):
            if (full := found.get(other.id)) is None:
                continue
            other = full
        assert isinstance(one, Candidate)  # the events that look are the new ones
        pairs.append((one, other))
    return resolve.score_pairs(pairs)


def _ranges(counts: I64) -> I64:
    """0..count-1 for each count, one after another."""
    return np.arange(int(counts.sum())) - np.repeat(np.cumsum(counts) - counts, counts)


class _Numbered:
    """Blocks and regions by number (the unplaced region 0), and an event's list of blocks
    (one list per kind of event, kept by the linker's cache) as numbers, once per list."""

    def __init__(self) -> None:
        self.blocks: dict[str, int] = {}
        self.regions: dict[str, int] = {resolve.ANY_REGION: 0}
        self._memo: dict[int, tuple[list[str], I64]] = {}

    def block(self, name: str) -> int:
        return self.blocks.setdefault(name, len(self.blocks))

    def region(self, name: str) -> int:
        return self.regions.setdefault(name, len(self.regions))

    def of(self, keys: list[str]) -> I64:
        if (known := self._memo.get(id(keys))) is None:  # the list is kept: its id stays its own
            numbers = np.array([self.block(k) for k in keys], dtype=np.int64)
            known = self._memo[id(keys)] = (keys, numbers)
        return known[1]


def _numbered_filings(filings: list[list[tuple[str, str]]], numbered: _Numbered) -> tuple[I64, I64]:
    """The blocks and regions of these filings by number, filing after filing. Each distinct
    (block, region) object is numbered once (the store's rows give the events of a group one
    such object, `incidents._block_mates`: a large linking's million filings are some
    70,000), then the filings by maps over the list, not a call each."""
    every = list(chain.from_iterable(filings))
    objects = list(map(id, every))
    first = dict(zip(objects, every, strict=True))  # each object once (alive in every)
    number = {key: n for n, key in enumerate(first)}
    blocks = np.array([numbered.block(b) for b, _ in first.values()], dtype=np.int64)
    regions = np.array([numbered.region(r) for _, r in first.values()], dtype=np.int64)
    at = np.fromiter(map(number.__getitem__, objects), dtype=np.int64, count=len(objects))
    return blocks[at], regions[at]


def pair_indexes(
    events: Sequence[Met], looking_from: int, filed: resolve.Filed | None = None
) -> tuple[I64, I64, I64]:
    """The pairs `resolve.pairs_for` yields for the events from looking_from on (the new ones)
    with all events (the stored ones first, filed where filed says), as two index arrays: the
    event that looks and the one it meets, by looking event. In each block it looks in, an
    event meets the events of its region and the unplaced ones, or, unplaced itself, those of
    every region: the latest BLOCK_CAP filed of each; the events of its own report never.
    Third, how many events each new event meets, as `resolve.crowds` counts them."""
    known, numbered = filed or {}, _Numbered()
    # where each event is filed, event after event (the stored ones, some hundred thousand, by
    # maps over the list)
    stored = events[:looking_from]
    ids = (
        list(map(itemgetter(0), cast(Sequence[Stored], stored)))
        if all(type(ev) is Stored for ev in stored)
        else [ev.id for ev in stored]
    )
    ids += [ev.id for ev in events[looking_from:]]
    filings: list[list[tuple[str, str]] | None] = list(map(known.get, ids))
    for n, where in enumerate(filings):
        if where is None:
            ev = events[n]
            assert isinstance(ev, Candidate)  # a stored event comes filed
            home = resolve.region(ev)
            filings[n] = [(key, home) for key in resolve.blocks(ev)]
    filed_as = cast(list[list[tuple[str, str]]], filings)  # none is None now
    filed_in, filed_where = _numbered_filings(filed_as, numbered)
    sizes_of = list(map(len, filed_as))
    new = [ev for ev in events[looking_from:] if isinstance(ev, Candidate)]
    assert len(new) == len(events) - looking_from  # the events that look are the new ones
    looks_in = [numbered.of(resolve.lookups(ev)) for ev in new]
    looks_from = [numbered.region(resolve.region(ev)) for ev in new]
    regions = len(numbered.regions)
    empty = np.zeros(0, dtype=np.int64)
    none = np.zeros(len(new), dtype=np.int64)
    if not looks_in or not len(filed_in):
        return empty, empty, none
    # the groups (block x region), each with its events in the order filed, the latest
    # BLOCK_CAP of each
    sizes = np.array(sizes_of, dtype=np.int64)
    filer = np.repeat(np.arange(len(events), dtype=np.int64), sizes)
    group = filed_in * regions + filed_where
    order = np.argsort(group, kind="stable")
    group, filer = group[order], filer[order]
    groups, counts = np.unique(group, return_counts=True)
    if not len(groups):  # nothing filed anywhere (no dates, no publication days)
        return empty, empty, none
    latest = _ranges(counts) >= np.repeat(counts - resolve.BLOCK_CAP, counts)
    members = filer[latest]
    lengths = np.minimum(counts, resolve.BLOCK_CAP)
    begins = np.cumsum(lengths) - lengths
    # each looking event and block it looks in, and the groups it meets there
    sizes = np.array([len(f) for f in looks_in], dtype=np.int64)
    looker = np.repeat(np.arange(looking_from, len(events), dtype=np.int64), sizes)
    block = np.concatenate(looks_in)
    region = np.repeat(np.array(looks_from, dtype=np.int64), sizes)
    index = np.full(int(groups[-1]) + regions + 1, -1, dtype=np.int64)  # group -> its number
    index[groups] = np.arange(len(groups))
    met_in: list[I64] = []
    by: list[I64] = []
    placed = np.flatnonzero(region != 0)
    for wanted in (block[placed] * regions + region[placed], block[placed] * regions):
        at = index[np.minimum(wanted, len(index) - 1)]
        met_in.append(at[at >= 0])
        by.append(placed[at >= 0])
    unplaced = np.flatnonzero(region == 0)  # meets the groups of every region of its blocks
    of_block = np.bincount(groups // regions, minlength=len(numbered.blocks))
    first = np.cumsum(of_block) - of_block
    every = of_block[block[unplaced]]
    met_in.append(np.repeat(first[block[unplaced]], every) + _ranges(every))
    by.append(np.repeat(unplaced, every))
    met, who = np.concatenate(met_in), np.concatenate(by)
    crowd = np.bincount(looker[who] - looking_from, weights=lengths[met], minlength=len(new))
    a = np.repeat(looker[who], lengths[met])
    taken = lengths[met]  # each group met, from where its members begin
    b = members[np.arange(len(a)) + np.repeat(begins[met] - (np.cumsum(taken) - taken), taken)]
    # a report's events are never one happening: the reports of the new events numbered, those
    # of the stored events -1 but where a new event's (a stored event meets only new ones)
    reports = [ev.document_id for ev in events]
    numbers = {report: n for n, report in enumerate(reports[looking_from:])}
    doc = np.fromiter(map(numbers.get, reports, repeat(-1)), dtype=np.int64, count=len(reports))
    apart = doc[a] != doc[b]
    a, b = a[apart], b[apart]
    # each pair once, met by the first of its two events to look (pairs_for's order): sorted
    # by looking event and met event as one number (sorting numbers, not an order of them)
    n = len(events)
    pair = np.sort(a * n + b)
    if len(pair):
        pair = pair[np.concatenate(([True], pair[1:] != pair[:-1]))]
    looking, met = np.divmod(pair, n)
    both = np.flatnonzero((met >= looking_from) & (met < looking))  # met looks too, first
    if len(both):
        back = met[both] * n + looking[both]
        at = np.minimum(np.searchsorted(pair, back), len(pair) - 1)
        keep = np.ones(len(pair), dtype=bool)
        keep[both[pair[at] == back]] = False
        looking, met = looking[keep], met[keep]
    return looking, met, crowd.astype(np.int64)


COLUMNS = 1 << 22  # a key's column: high bits of its hash and its category (see column)


class Keys:
    """Packed rows of many events as arrays: their heads, and sparse event x key matrices, the
    keys each holds and those it looks for (only the events from looking_from on look), whose
    product counts the keys a pair shares; the words apart (most of an event's keys, and worth
    at most WORDS_MOST): counted only for the pairs whose bound with the most words they can
    share reaches the least wanted (some hundred thousand of a large linking's millions), from
    a matrix of those pairs' events only (`word_matrix`). A key's column (`column`) keeps its
    category: two keys that fall in one column count as shared, which can only raise a bound
    (every part of it grows with the keys shared), never lower it."""

    def __init__(self, packs: Sequence[bytes], looking_from: int = 0) -> None:
        # (some hundred thousand events and tens of millions of keys: the arrays are made as
        # small as they can be, each large one costing its pages, and the packed rows are read
        # some thousands at a time, not joined into one buffer of them all)
        n = len(packs)
        sizes = np.fromiter(map(len, packs), dtype=np.int64, count=n) // 8
        rows = np.zeros(n + 1, dtype=np.int64)  # where each event's keys begin, and end
        np.cumsum(sizes - HEAD, out=rows[1:])
        head = np.empty((n, HEAD), dtype=np.int64)
        cols = np.empty(int(rows[-1]), dtype=np.int32)  # the keys' columns, event after event
        word = np.empty(int(rows[-1]), dtype=bool)
        words_of = np.zeros(n, dtype=np.int64)
        for first in range(0, n, _PACKS_AT_ONCE):
            last = min(n, first + _PACKS_AT_ONCE)
            flat = np.frombuffer(b"".join(packs[first:last]), dtype=np.int64)
            starts = np.zeros(last - first, dtype=np.int64)
            starts[1:] = np.cumsum(sizes[first : last - 1])
            heads = (starts[:, None] + np.arange(HEAD)).ravel()
            head[first:last] = flat[heads].reshape(last - first, HEAD)
            held = np.ones(len(flat), dtype=bool)
            held[heads] = False
            found, words = _columns(flat[held])
            cols[rows[first] : rows[last]] = found
            word[rows[first] : rows[last]] = words
            among = np.zeros(len(flat), dtype=bool)  # the words where they stand among the heads
            among[held] = words
            # (counted as bytes: numpy adds booleans into 64 bits twenty times slower)
            words_of[first:last] = np.add.reduceat(among.view(np.uint8), starts, dtype=np.int32)
        self.fields: I64 = np.ascontiguousarray(head.T)  # the heads a field after another
        other_rows = np.zeros(n + 1, dtype=np.int64)
        np.cumsum(sizes - HEAD - words_of, out=other_rows[1:])
        others = cols[~word]
        self.columns = cols  # kept for the words
        self.keys_from, self.keys_to = rows[:-1], rows[1:]
        looks = other_rows.copy()  # the events before looking_from look for nothing
        looks[: looking_from + 1] = other_rows[min(looking_from, n)]
        wanted = others[looks[0] :]
        wanted = (wanted & ~0xF) | _SWAP[wanted & 0xF]
        # only the columns both held and looked for count (most of a store's keys are looked
        # for by no new event): the others are left out of both matrices, which makes their
        # rows, and every product of two, shorter
        looked_for = np.zeros(COLUMNS, dtype=bool)
        looked_for[wanted] = True
        kept = looked_for[others]
        self.held = _matrix(others[kept], _kept_rows(kept, other_rows))
        held = np.zeros(COLUMNS, dtype=bool)
        held[others[kept]] = True
        kept = held[wanted]
        self.wanted = _matrix(wanted[kept], _kept_rows(kept, looks - looks[0]))

    @property
    def head(self) -> I64:
        """Each event's head, a row each (a view of the fields)."""
        return self.fields.T

    def heads(self, events: I64) -> I64:
        """The heads of these events (by number) by column: most_of reads them a field at a
        time (a row's 21 fields apart in memory made each field a pass over every cache line
        of the rows), and a field at a time they are gathered in a third of the time."""
        out = np.empty((len(events), HEAD), dtype=np.int64, order="F")
        for field in range(HEAD):
            np.take(self.fields[field], events, out=out[:, field], mode="clip")
        return out

    def shared(self, a: I64, b: I64) -> I64:
        """How many keys of each category but the words event b holds of those event a looks
        for (a row of CATEGORIES per pair, stored by column)."""
        both = self.wanted[a].multiply(self.held[b]).tocoo()
        slot = (both.col & 0xF).astype(np.int64) * len(a) + both.row  # by column (most reads)
        if (both.data == 1).all():  # (as they nearly always are: counted without weights)
            found = np.bincount(slot, minlength=len(a) * CATEGORIES)
        else:
            found = np.bincount(slot, weights=both.data, minlength=len(a) * CATEGORIES)
        return found.astype(np.int64, copy=False).reshape(CATEGORIES, len(a)).T

    def word_matrix(self, events: I64) -> sp.csr_matrix:
        """An event x column matrix of the words of these events (by number, a row each)."""
        lengths = self.keys_to[events] - self.keys_from[events]
        found = self.columns[np.repeat(self.keys_from[events], lengths) + _ranges(lengths)]
        word = (found & 0xF) == bounds.C_WORDS
        owner = np.repeat(np.arange(len(events), dtype=np.int64), lengths)[word]
        rows = np.zeros(len(events) + 1, dtype=np.int64)
        np.cumsum(np.bincount(owner, minlength=len(events)), out=rows[1:])
        return _matrix(found[word], rows)

    def shared_words(self, a: I64, b: I64) -> I64:
        """How many words events a and b share, pair by pair."""
        events, at = np.unique(np.concatenate((a, b)), return_inverse=True)
        words = self.word_matrix(events)
        both = words[at[: len(a)]].multiply(words[at[len(a) :]])
        total = np.zeros(len(both.data) + 1, dtype=np.int64)
        np.cumsum(both.data, out=total[1:])
        return total[both.indptr[1:]] - total[both.indptr[:-1]]


_SWAP = bounds.SWAP.astype(np.int32)
_PACKS_AT_ONCE = 20_000  # packed rows read into one buffer (some 13 MB)


def _kept_rows(kept: NDArray[np.bool_], rows: I64) -> I64:
    """Where each row begins (and the last ends) once only the entries kept are left."""
    before = np.zeros(len(kept) + 1, dtype=np.int64)
    np.cumsum(kept, out=before[1:])
    return before[rows]


def column(keys: I64) -> NDArray[np.int32]:
    """The columns of tagged key hashes: the high bits of the hash, then the category (the low 4
    bits), COLUMNS in all. A packed row keeps its keys sorted (`bounds.pack`), so that its
    columns come sorted but where two keys share their high bits."""
    return _columns(keys)[0]


def _columns(keys: I64) -> tuple[NDArray[np.int32], NDArray[np.bool_]]:
    """column of these keys, and which are words. (A million keys at a time: whole arrays of
    a large linking's tens of millions took longer in fresh pages than in arithmetic.)"""
    high = COLUMNS.bit_length() - 1 - 4  # bits of the hash kept
    out = np.empty(len(keys), dtype=np.int32)
    word = np.empty(len(keys), dtype=bool)
    for start in range(0, len(keys), 1 << 20):
        part = keys[start : start + (1 << 20)]
        category = part & 0xF
        np.equal(category, bounds.C_WORDS, out=word[start : start + len(part)])
        found = part >> (63 - high)
        found <<= 4
        found |= category
        out[start : start + len(part)] = found
    return out, word


def _matrix(cols: NDArray[np.int32], rows: I64) -> sp.csr_matrix:
    """An event x column matrix of these key columns (rows: where each event's begin, and their
    end), in scipy's canonical form (each row's columns sorted, a key that falls twice in one
    row's column one entry of 2, which the products count as the two entries would): scipy
    multiplies two canonical matrices row by row, and any others through a dense row of every
    column (COLUMNS) per product, which took ten times as long. The keys of a packed row come
    sorted by column (see column): only the rows where they do not are sorted, and the keys
    falling in one column summed (scipy's sum_duplicates sorts every row, and took longer than
    building the matrices). cols is sorted in place."""
    n = len(rows) - 1
    data = np.ones(len(cols), dtype=np.int16)
    down = np.zeros(len(cols), dtype=bool)  # a column not after the one before in its row
    if len(cols) > 1:
        np.less_equal(cols[1:], cols[:-1], out=down[1:])
        down[rows[:-1][rows[:-1] < len(cols)]] = False
    if (bad := np.flatnonzero(down)).size:
        unsorted = np.unique(np.searchsorted(rows, bad, side="right") - 1)
        lengths = rows[unsorted + 1] - rows[unsorted]
        at = np.repeat(rows[unsorted], lengths) + _ranges(lengths)
        of = np.repeat(unsorted, lengths)
        cols[at] = cols[at][np.lexsort((cols[at], of))]
        again = np.zeros(len(at), dtype=bool)  # a column its row had just before
        again[1:] = (cols[at][1:] == cols[at][:-1]) & (of[1:] == of[:-1])
        if again.any():
            first = np.maximum.accumulate(np.where(again, 0, np.arange(len(at))))
            np.add.at(data, at[first[again]], 1)
            keep = np.ones(len(cols), dtype=bool)
            keep[at[again]] = False
            cols, data = cols[keep], data[keep]
            removed = np.zeros(n + 1, dtype=np.int64)
            np.cumsum(np.bincount(of[again], minlength=n), out=removed[1:])
            rows = rows - removed
    found = sp.csr_matrix(
        (data, cols.astype(np.int32, copy=False), rows.astype(np.int32)), shape=(n, COLUMNS)
    )
    found.has_canonical_format = True
    return found


def most(keys: Keys, a: I64, b: I64, least: float | F64 | None = None) -> F64:
    """For each pair (events a[i] looking, b[i] met), the most it can add up to: what
    `bounds.most` works out for a[i] and the stored event b[i] (-inf: never a pair). With
    least (one for all pairs or one each), a pair whose bound with the most words it can share
    falls below it keeps that bound: its words are not counted."""
    ha, hb = keys.heads(a), keys.heads(b)
    counts = keys.shared(a, b)
    base = bounds.most_but_words(ha, hb, counts)
    mine, theirs = ha[:, bounds.WORDS], hb[:, bounds.WORDS]
    words = bounds.words_part(mine, theirs, ha[:, bounds.LANGUAGE] == hb[:, bounds.LANGUAGE])
    common = np.minimum(mine, theirs)
    bound = base + words(common)
    near = np.flatnonzero(bound >= least) if least is not None else np.arange(len(a))
    if len(near):
        common[near] = keys.shared_words(a[near], b[near])
        bound[near] = (base + words(common))[near]
    return bound
