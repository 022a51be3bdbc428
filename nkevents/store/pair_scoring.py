"""A linking's candidate pairs scored here, or spread over workers by type family.

Events of different type families never meet (every block is of one family), so the pairs of a
linking fall apart by family, and each family's pairs can be scored anywhere: a worker is sent
the snapshots of the family's new events and of the stored events they meet (strings, cheap to
send; `incidents.snapshot`) with the blocks those were found in, and sends back the links. The
links are the ones scoring here gives, in the same order: within a family the events keep their
order, so each pair is met and scored as it would be here.

What the final linking of a run on a cluster does (`pipeline.ingest`): the workers that
extracted the documents would otherwise wait while the driver scores the pairs alone.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping
from typing import Any

from nkevents import resolve
from nkevents.store.incidents import collector_paused, from_snapshot, snapshot

# Map a function over items, anywhere (a Dask cluster's workers), results in order.
Spread = Callable[[Callable[[Any], Any], list[Any]], list[Any]]
SPREAD_MIN = 5000  # fewer new events are scored here: sending them would cost more than it saves
Snapshots = list[tuple[str, str]]  # (event id, snapshot)
Task = tuple[Snapshots, Snapshots, resolve.Filed]
Found = list[tuple[str, str, float, list[str]]]  # links as tuples: a, b, score, reasons


def score(
    new: list[resolve.Candidate],
    mates: list[resolve.Candidate],
    filed: resolve.Filed,
    spread: Spread | None = None,
    snapshots: Mapping[str, str] | None = None,
) -> list[resolve.Link]:
    """Every pair of the new events with each other and with the stored events they meet
    (mates, found in the blocks filed says) scoring at least SUGGEST, best first; with spread,
    each type family's pairs are scored where spread runs them (snapshots: those of the new
    events, if made already)."""
    if spread is None or len(new) < SPREAD_MIN:
        return resolve.score_pairs(resolve.pairs_for(new, mates, filed))
    found = spread(score_task, family_tasks(new, mates, filed, snapshots or {}))
    links = [resolve.Link(*link) for part in found for link in part]
    return sorted(links, key=lambda k: (-k.score, k.a, k.b))


def family_tasks(
    new: list[resolve.Candidate],
    mates: list[resolve.Candidate],
    filed: resolve.Filed,
    snapshots: Mapping[str, str],
) -> list[Task]:
    """One task per type family of the new events, the largest first (so that workers taking
    them in turn finish about together)."""
    families: dict[str, tuple[Snapshots, Snapshots]] = defaultdict(lambda: ([], []))
    for c in new:
        families[resolve.family(c.type)][0].append((c.id, snapshots.get(c.id) or snapshot(c)))
    fresh = {c.id for c in new}
    for c in mates:
        if c.id not in fresh and (family := resolve.family(c.type)) in families:
            families[family][1].append((c.id, snapshot(c)))
    tasks = [
        (looking, met, {i: list(filed[i]) for i, _ in met if i in filed})
        for looking, met in families.values()
    ]
    return sorted(tasks, key=lambda t: -(len(t[0]) + len(t[1])))


def score_task(task: Task) -> Found:
    """A family's links, from its events' snapshots (what a worker runs)."""
    looking, met, filed = task
    with collector_paused():
        new = [_candidate(i, s) for i, s in looking]
        mates = [_candidate(i, s) for i, s in met]
        links = resolve.score_pairs(resolve.pairs_for(new, mates, filed))
    return [(k.a, k.b, k.score, k.reasons) for k in links]


def _candidate(event_id: str, stored: str) -> resolve.Candidate:
    found = from_snapshot(event_id, stored)
    if found is None:
        raise ValueError(f"event {event_id}: not a snapshot of this version")
    return found
