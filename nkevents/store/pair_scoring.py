"""A linking's candidate pairs scored: many new events at once with arrays, few one by one.

A large linking (the final one of a run over an archive) finds and bounds its pairs with arrays
(`nkevents.pair_arrays`) and compares only those that may reach SUGGEST; a small one (a batch
linked against its blocks) meets few pairs, which are compared one by one. Both give the links
comparing every pair gives.
"""

from __future__ import annotations

from collections.abc import Mapping

from nkevents import bounds, pair_arrays, resolve


def score(
    new: list[resolve.Candidate],
    mates: list[resolve.Candidate],
    filed: resolve.Filed,
    packs: Mapping[str, bytes] | None = None,
) -> list[resolve.Link]:
    """Every pair of the new events with each other and with the stored events they meet
    (mates, found in the blocks filed says) scoring at least SUGGEST, best first (packs: the
    packed rows of events, where made already)."""
    if len(new) < pair_arrays.ARRAYS_FROM:
        return resolve.score_pairs(resolve.pairs_for(new, mates, filed))
    fresh = {c.id for c in new}
    events = [c for c in mates if c.id not in fresh]
    looking_from = len(events)
    events += new
    made = packs or {}
    rows = [made.get(c.id) or bounds.pack(c) for c in events]
    return pair_arrays.scored(events, looking_from, filed, rows)


def score_stored(
    new: list[resolve.Candidate],
    stored: list[tuple[pair_arrays.Stored, bytes]],
    filed: resolve.Filed,
    read: pair_arrays.Read,
    packs: Mapping[str, bytes] | None = None,
) -> list[resolve.Link]:
    """What score gives for the new events and the stored events they meet, the stored ones
    given as their packed rows (with their reports): read gives in full, by id, those whose
    bound with a new event may reach SUGGEST, the only ones compared (a large linking into a
    large store met 416,000 stored events, and reading each in full and packing it again was
    half of its time)."""
    made = packs or {}
    events: list[pair_arrays.Met] = [m for m, _ in stored]
    events += new
    rows = [p for _, p in stored] + [made.get(c.id) or bounds.pack(c) for c in new]
    return pair_arrays.scored(events, len(stored), filed, rows, read)
