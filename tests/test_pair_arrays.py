"""A large linking's pairs found and bounded with arrays (nkevents.pair_arrays): the pairs
resolve.pairs_for yields, a bound never below what a pair adds up to, and the links comparing
every pair gives."""

from __future__ import annotations

import random

import numpy as np
import pytest
import scipy.sparse as sp
from test_bounds import _total, generated

from nkevents import bounds, pair_arrays, resolve
from nkevents.resolve import Candidate
from nkevents.store import pair_scoring


def _events(seed: int, n: int) -> list[Candidate]:
    rng = random.Random(seed)
    return [generated(rng, i) for i in range(n)]


def _as_ids(pairs: list[tuple[Candidate, Candidate]]) -> list[tuple[str, str]]:
    return [(a.id, b.id) for a, b in pairs]


@pytest.mark.parametrize("stored", [0, 150])
def test_the_pairs_are_those_pairs_for_yields_each_met_by_the_same_event(stored: int) -> None:
    events = _events(5, 600)
    old, new = events[:stored], events[stored:]
    filed = {c.id: [(key, resolve.region(c)) for key in resolve.blocks(c)] for c in old}
    expected = _as_ids(list(resolve.pairs_for(new, old, filed)))
    looking, met, _ = pair_arrays.pair_indexes(events, stored, filed)
    found = [
        (events[a].id, events[b].id) for a, b in zip(looking.tolist(), met.tolist(), strict=True)
    ]
    assert len(expected) > 2000
    assert sorted(found) == sorted(expected)  # the same pairs, each looked at from one side
    assert looking.tolist() == sorted(looking.tolist())  # by looking event


def test_events_of_one_report_and_crowded_blocks_are_left_as_pairs_for_leaves_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(resolve, "BLOCK_CAP", 7)  # only the latest filed of a block are met
    events = _events(9, 300)
    expected = _as_ids(list(resolve.pairs_for(events, [])))
    looking, met, _ = pair_arrays.pair_indexes(events, 0)
    found = [
        (events[a].id, events[b].id) for a, b in zip(looking.tolist(), met.tolist(), strict=True)
    ]
    assert sorted(found) == sorted(expected)
    assert all(
        events[a].document_id != events[b].document_id for a, b in zip(looking, met, strict=True)
    )


def test_the_bound_of_every_pair_is_never_below_what_it_adds_up_to() -> None:
    events = _events(7, 500)
    keys = pair_arrays.Keys([bounds.pack(c) for c in events])
    looking, met, _ = pair_arrays.pair_indexes(events, 0)
    most = pair_arrays.most(keys, looking, met)
    least, pruned, suggested = bounds.threshold(), 0, 0
    for a, b, bound in zip(looking.tolist(), met.tolist(), most.tolist(), strict=True):
        total = _total(events[a], events[b])
        if total is None:
            continue
        assert bound >= total - 1e-9, (events[a], events[b], bound, total)
        if resolve.compare(events[a], events[b], resolve.SUGGEST) is not None:
            suggested += 1
            assert bound >= least
        elif bound < least:
            pruned += 1
    assert suggested > 200 and pruned > 200  # and it spares comparing some


def test_the_bound_of_a_pair_is_what_bounds_most_gives_for_it() -> None:
    events = _events(13, 300)
    keys = pair_arrays.Keys([bounds.pack(c) for c in events])
    rows = bounds.Packed([bounds.pack(c) for c in events])
    looking, met, _ = pair_arrays.pair_indexes(events, 0)
    most = pair_arrays.most(keys, looking, met)
    for n in range(0, len(looking), 37):
        a, b = int(looking[n]), int(met[n])
        one = bounds.most(events[a], rows, np.array([b], dtype=np.int64))[0]
        assert most[n] == pytest.approx(one) or (most[n] == one == -np.inf)


@pytest.mark.parametrize("stored", [0, 200])
def test_many_new_events_are_linked_as_comparing_every_pair_links_them(
    stored: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    events = _events(21, 900)
    old, new = events[:stored], events[stored:]
    filed = {c.id: [(key, resolve.region(c)) for key in resolve.blocks(c)] for c in old}
    resolve.crowds(new, filed)
    assert max(c.crowd for c in new) > 0  # crowded: the arrays count the crowds alike
    every = resolve.score_pairs(resolve.pairs_for(new, old, filed))
    for c in new:
        c.crowd = -1.0  # the arrays set them again
    monkeypatch.setattr(pair_arrays, "ARRAYS_FROM", 10)
    monkeypatch.setattr(pair_arrays, "CHUNK", 1000)  # several chunks
    found = pair_scoring.score(new, old, filed)
    assert len(every) > 100
    assert [(k.a, k.b, k.score, k.reasons) for k in found] == [
        (k.a, k.b, k.score, k.reasons) for k in every
    ]


def test_events_filed_nowhere_meet_no_one() -> None:
    # no date and no publication day: an event is filed in no block and meets no one
    events = [
        Candidate(f"e{i}", f"d{i}", f"o{i}", "arrest", None, None, None, language="en")
        for i in range(30)
    ]
    assert list(resolve.pairs_for(events, [])) == []
    looking, met, _ = pair_arrays.pair_indexes(events, 0)
    assert len(looking) == len(met) == 0
    assert pair_arrays.scored(events, 0, {}, [bounds.pack(c) for c in events]) == []


def test_keys_falling_in_one_column_count_as_often_as_they_fall(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # With few columns, many keys of one event share a column (as hash collisions would): the
    # count of keys shared is what the matrices built by COO (summing each column) give.
    monkeypatch.setattr(pair_arrays, "COLUMNS", 1 << 7)
    events = _events(31, 200)
    packs = [bounds.pack(c) for c in events]
    keys = pair_arrays.Keys(packs)
    rows = [np.frombuffer(p, dtype=np.int64)[bounds.HEAD :] for p in packs]
    row = np.repeat(np.arange(len(packs)), [len(r) for r in rows])
    every = np.concatenate(rows)
    shape = (len(packs), 1 << 7)
    word = (every & 0xF) == bounds.C_WORDS  # the words have a matrix of their own

    def matrix(keys: np.ndarray, of: np.ndarray) -> sp.csr_matrix:
        return sp.csr_matrix((np.ones(len(keys)), (of, pair_arrays.column(keys))), shape=shape)

    summed, words = matrix(every[~word], row[~word]), matrix(every[word], row[word])
    wanted = matrix(bounds.wanted(every[~word]), row[~word])
    assert summed.max() > 1 and words.max() > 1  # keys of one event fell in one column
    # the columns both held and looked for are kept (no other can be shared)
    both = sp.diags(((summed.sum(axis=0) > 0) & (wanted.sum(axis=0) > 0)).A1.astype(float))
    assert (keys.held != summed @ both).nnz == 0 and (keys.wanted != wanted @ both).nnz == 0
    every_word = keys.word_matrix(np.arange(len(packs)))
    assert (every_word != words).nnz == 0
    a = np.arange(len(packs), dtype=np.int64)
    b = a[::-1].copy()
    expected = wanted[a].multiply(summed[b]).tocoo()
    count = np.zeros((len(a), bounds.CATEGORIES), dtype=np.int64)
    np.add.at(count, (expected.row, expected.col & 0xF), expected.data.astype(np.int64))
    assert keys.shared(a, b).tolist() == count.tolist() and count.sum() > len(a)
    shared_words = np.asarray(words[a].multiply(words[b]).sum(axis=1)).ravel()
    assert keys.shared_words(a, b).tolist() == shared_words.tolist() and shared_words.sum() > 0
    for built in (keys.held, keys.wanted, every_word):  # canonical, as scipy would make it
        canonical = built.copy()
        canonical.has_canonical_format = False
        canonical.sum_duplicates()
        assert built.indices.tolist() == canonical.indices.tolist()
        assert built.indptr.tolist() == canonical.indptr.tolist()
        assert built.data.tolist() == canonical.data.tolist()


def test_key_columns_keep_the_category_and_follow_the_hash() -> None:
    # Sorted hashes give sorted columns (a packed row's keys come sorted), each its category.
    keys = np.sort(np.array([(h << 4) | c for h, c in ((5, 3), (1 << 40, 9), (1 << 58, 2))]))
    found = pair_arrays.column(keys)
    assert (found & 0xF).tolist() == (keys & 0xF).tolist()
    assert (np.diff(found) > 0).all() and (found < pair_arrays.COLUMNS).all()


def test_a_row_with_unsorted_and_repeated_columns_is_sorted_and_summed() -> None:
    # Keys of one row out of order and twice in a column: the matrix has them sorted, once,
    # with their counts; the rows around keep theirs.
    hi = 1 << 59  # a bit the columns keep
    keys = np.array([3, hi | 2, hi | 2, 5, 1, hi | 1, 7], dtype=np.int64)
    rows = np.array([0, 1, 5, 7], dtype=np.int64)
    built = pair_arrays._matrix(pair_arrays.column(keys).astype(np.int32), rows)
    expected = sp.csr_matrix(
        (np.ones(len(keys)), (np.repeat([0, 1, 2], [1, 4, 2]), pair_arrays.column(keys))),
        shape=built.shape,
    )
    assert (built != expected).nnz == 0
    assert built.indptr.tolist() == [0, 1, 4, 6]
    assert built.data.tolist() == [1, 1, 1, 2, 1, 1]


def test_only_the_events_that_look_look_for_keys() -> None:
    events = _events(37, 60)
    keys = pair_arrays.Keys([bounds.pack(c) for c in events], looking_from=40)
    assert keys.wanted[:40].nnz == 0 and keys.wanted[40:].nnz > 0 and keys.held[:40].nnz > 0


def test_words_are_counted_only_for_pairs_that_may_reach_the_least() -> None:
    # Bounded with the most words a pair can share, a pair below the least keeps that bound;
    # the others get the bound with their words counted, as bounds.most gives it.
    events = _events(41, 300)
    keys = pair_arrays.Keys([bounds.pack(c) for c in events])
    looking, met, _ = pair_arrays.pair_indexes(events, 0)
    exact = pair_arrays.most(keys, looking, met)
    least = bounds.threshold()
    staged = pair_arrays.most(keys, looking, met, least)
    assert (staged >= exact).all() and (staged > exact).any()
    near = staged >= least
    assert (staged[near] == exact[near]).all() and (exact[~near] < least).all()


@pytest.mark.parametrize("stored", [0, 200])
def test_the_arrays_count_the_events_met_as_crowds_does(stored: int) -> None:
    # Each new event's crowd (the events it meets in its blocks, at most BLOCK_CAP of a block
    # and region, unplaced ones meeting every region) is the same counted either way.
    events = _events(23, 700)
    old, new = events[:stored], events[stored:]
    filed = {c.id: [(key, resolve.region(c)) for key in resolve.blocks(c)] for c in old}
    resolve.crowds(new, filed)
    expected = [c.crowd for c in new]
    _, _, met = pair_arrays.pair_indexes(old + new, stored, filed)
    assert [resolve.crowd_penalty(int(n)) for n in met] == pytest.approx(expected)
    assert any(expected) and not all(expected)


def test_keys_no_new_event_looks_for_are_left_out_and_every_count_stays() -> None:
    # Stored events hold many keys no new event looks for: the held matrix leaves them out,
    # and the keys each pair shares are those of the whole matrices.
    events = _events(43, 400)
    packs = [bounds.pack(c) for c in events]
    keys = pair_arrays.Keys(packs, looking_from=380)
    rows = [np.frombuffer(p, dtype=np.int64)[bounds.HEAD :] for p in packs]
    row = np.repeat(np.arange(len(packs)), [len(r) for r in rows])
    every = np.concatenate(rows)
    other = (every & 0xF) != bounds.C_WORDS
    shape = (len(packs), pair_arrays.COLUMNS)
    held = sp.csr_matrix(
        (np.ones(int(other.sum())), (row[other], pair_arrays.column(every[other]))), shape=shape
    )
    looking = row[other] >= 380
    wanted = sp.csr_matrix(
        (
            np.ones(int(looking.sum())),
            (row[other][looking], pair_arrays.column(bounds.wanted(every[other][looking]))),
        ),
        shape=shape,
    )
    assert keys.held.nnz < held.nnz  # some stored keys are looked for by no new event
    a = np.repeat(np.arange(380, 400, dtype=np.int64), 380)
    b = np.tile(np.arange(380, dtype=np.int64), 20)
    expected = wanted[a].multiply(held[b]).tocoo()
    count = np.zeros((len(a), bounds.CATEGORIES), dtype=np.int64)
    np.add.at(count, (expected.row, expected.col & 0xF), expected.data.astype(np.int64))
    assert count.sum() > 0 and keys.shared(a, b).tolist() == count.tolist()


def test_packed_rows_read_a_few_at_a_time_give_the_same_keys(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The packed rows are read some at a time: heads, matrices and words are those of one read.
    events = _events(47, 120)
    packs = [bounds.pack(c) for c in events]
    whole = pair_arrays.Keys(packs, looking_from=100)
    monkeypatch.setattr(pair_arrays, "_PACKS_AT_ONCE", 7)
    parts = pair_arrays.Keys(packs, looking_from=100)
    assert (parts.head == whole.head).all() and (parts.fields == whole.fields).all()
    assert (parts.held != whole.held).nnz == 0 and (parts.wanted != whole.wanted).nnz == 0
    every = np.arange(len(packs), dtype=np.int64)
    assert (parts.word_matrix(every) != whole.word_matrix(every)).nnz == 0
    assert parts.word_matrix(every).nnz > 0 and whole.held.nnz > 0
