"""Incidents in the store: suggestions, decisions that can be undone, the view they give."""

from __future__ import annotations

import dataclasses
import gc
import hashlib
import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import date
from itertools import repeat
from typing import Any, cast

import numpy as np
from sqlalchemy import (
    Connection,
    bindparam,
    case,
    func,
    inspect,
    literal,
    or_,
    select,
    text,
    update,
)

from nkevents import bounds, pair_arrays, resolve
from nkevents.errors import Conflict, NotFound, QueryError
from nkevents.store import bulk, pair_scoring
from nkevents.store.filters import EventFilter
from nkevents.store.records import Decision, Incident, LinkSuggestion, Page
from nkevents.store.review import now
from nkevents.store.schema import (
    documents,
    event_blocks,
    event_commodities,
    events,
    incidents,
    link_decisions,
    link_signatures,
    link_suggestions,
)
from nkevents.store.search import clauses, event_query, record

CHUNK = 5000  # ids per IN list (SQLite allows 32766 parameters)
# The stamp of a signature the writer stored with a new event (prepared where the event was
# extracted: `store.prepare`), before the event was linked: PREPARED + the event's updated_at.
# Linking such an event reads its signature and blocks instead of its report, then stamps it.
PREPARED = "prepared "
CANDIDATE_COLUMNS = (
    events.c.id,
    events.c.document_id,
    func.coalesce(documents.c.outlet, events.c.document_id).label("source"),
    events.c.type,
    events.c.date_start,
    events.c.date_end,
    events.c.time_precision,
    events.c.place,
    events.c.admin1,
    events.c.gazetteer_id,
    events.c.people,
    events.c.instrument,
    events.c.lat,
    events.c.lon,
    events.c.facility,
    events.c.penalty_kind,
    events.c.actors,
    events.c.updated_at,
    documents.c.published,
    documents.c.language,
)


def _chunks(ids: list[str]) -> Iterator[list[str]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]


def _goods(conn: Connection, ids: list[str]) -> dict[str, set[str]]:
    goods: dict[str, set[str]] = defaultdict(set)
    for chunk in _chunks(ids):
        query = select(event_commodities).where(event_commodities.c.event_id.in_(chunk))
        for event_id, commodity in conn.execute(query):
            goods[event_id].add(commodity)
    return goods


def _candidate(
    row: Any, goods: set[str], features: Mapping[str, Iterable[str]]
) -> resolve.Candidate:
    return resolve.Candidate(
        row["id"],
        row["document_id"],
        row["source"],
        row["type"],
        row["date_start"],
        row["date_end"],
        row["time_precision"],
        row["place"],
        row["admin1"],
        row["gazetteer_id"],
        row["people"],
        frozenset(goods),
        row["instrument"],
        row["published"],
        row["language"],
        row["lat"],
        row["lon"],
        row["facility"],
        row["penalty_kind"],
        frozenset(json.loads(row["actors"] or "[]")),
        **{k: frozenset(features.get(k, ())) for k in resolve.FEATURES + resolve.LEAD_FEATURES},
    )


# What the linker keeps of an event when it files it (link_signatures.features): every field of
# its Candidate, in the order Candidate takes them (sets as sorted lists), so that a stored
# event is read back with one lookup and no join (its report, its goods) when a new event meets
# it; its first item names the fields it holds (SNAPSHOT_TAG). A store linked before keeps the
# evidence features alone (a JSON object): those events are read the old way, and snapshots of
# other fields from their reports, until they are linked again.
_INIT = [f for f in dataclasses.fields(resolve.Candidate) if f.init][1:]  # all but the id
SNAPSHOT = tuple(f.name for f in _INIT)
SNAPSHOT_TAG = "c-" + hashlib.sha256(",".join(SNAPSHOT).encode()).hexdigest()[:8]
_SETS = frozenset(i for i, f in enumerate(_INIT) if str(f.type).startswith("frozenset"))


def snapshot(c: resolve.Candidate) -> str:
    """The stored form of a candidate (see SNAPSHOT)."""
    values = [getattr(c, k) for k in SNAPSHOT]
    return json.dumps(
        [SNAPSHOT_TAG, *(sorted(v) if i in _SETS else v for i, v in enumerate(values))],
        ensure_ascii=False,
        separators=(",", ":"),
    )


def from_snapshot(event_id: str, stored: str) -> resolve.Candidate | None:
    """The candidate a snapshot keeps, or None for a signature of another form."""
    values = json.loads(stored)
    if not isinstance(values, list) or not values or values[0] != SNAPSHOT_TAG:
        return None
    fields: list[Any] = [frozenset(v) if i in _SETS else v for i, v in enumerate(values[1:])]
    return resolve.Candidate(event_id, *fields)


def signature(
    text: str,
    spans: list[list[int]],
    title: str | None,
    lead: dict[str, frozenset[str]] | None = None,
) -> dict[str, frozenset[str]]:
    """What the linker keeps of an event's evidence (and its report's title and lead, unless
    lead gives them, worked out for another event of the report)."""
    evidence = " \n".join(text[s:e] for s, e in spans)
    found = resolve.text_features(evidence)
    return found | (lead if lead is not None else lead_of(text, title))


def signature_json(features: Mapping[str, Iterable[str]]) -> str:
    """A signature as link_signatures.features stores it."""
    keys = resolve.FEATURES + resolve.LEAD_FEATURES
    return json.dumps({k: sorted(features.get(k, ())) for k in keys})


def prepared_stamp(stamp: str) -> str:
    """The stamp of a signature stored with a new event (stamp: its updated_at), not linked."""
    return PREPARED + stamp


def lead_of(text: str, title: str | None) -> dict[str, frozenset[str]]:
    """The linker's features of a report's title and lead."""
    return resolve.lead_features(f"{title or ''}\n{text[: resolve.LEAD_CHARS]}")


def _is_prepared() -> Any:
    """Whether an event's stored signature was prepared for it as it is now (SQL)."""
    return link_signatures.c.stamp == literal(PREPARED) + events.c.updated_at


def prepared(conn: Connection, ids: list[str]) -> set[str]:
    """Those of the events whose signature and blocks were stored with them as they are now
    (by the writer), not yet linked."""
    query = select(events.c.id).join(link_signatures, link_signatures.c.event_id == events.c.id)
    query = query.where(_is_prepared())
    found: set[str] = set()
    for chunk in _chunks(ids):
        found.update(conn.execute(query.where(events.c.id.in_(chunk))).scalars())
    return found


def unprepare(conn: Connection, ids: Sequence[str]) -> None:
    """Drop the signatures and blocks prepared with these events, which changed before they
    were linked (a correction, a re-extraction, within the second of their stamp): they are
    linked from their reports."""
    sig = link_signatures.c
    for chunk in _chunks(list(ids)):
        waiting = select(sig.event_id).where(
            sig.event_id.in_(chunk), sig.stamp.like(PREPARED + "%")
        )
        found = list(conn.execute(waiting).scalars())
        if found:
            conn.execute(event_blocks.delete().where(event_blocks.c.event_id.in_(found)))
            conn.execute(link_signatures.delete().where(sig.event_id.in_(found)))


Signatures = Mapping[str, Mapping[str, Iterable[str]]]


def fresh_candidates(
    conn: Connection,
    ids: list[str],
    signatures: Signatures | None = None,
    ready: set[str] | frozenset[str] = frozenset(),
    kept: dict[str, tuple[str, bytes]] | None = None,
) -> list[tuple[resolve.Candidate, str]]:
    """Candidates of events the linker has not seen, with stamps: their signatures as given
    (worked out by whoever extracted them, see signature), those in ready with the signatures
    the writer stored with them (prepared), the others read from their reports. kept gains,
    for those in ready prepared with their snapshot and packed row (`store.prepare`), both:
    the linker keeps them as they are."""
    out = []
    given = signatures or {}
    signed = [i for i in ids if i in given]
    goods = _goods(conn, [i for i in ids if i not in ready or i in given])
    base = select(*CANDIDATE_COLUMNS).join(documents, documents.c.id == events.c.document_id)
    for chunk in _chunks(signed):
        for row in conn.execute(base.where(events.c.id.in_(chunk))).mappings():
            candidate = _candidate(row, goods[row["id"]], given[row["id"]])
            out.append((candidate, row["updated_at"]))
    columns = (*CANDIDATE_COLUMNS, events.c.evidence, documents.c.title)
    base = select(*columns).join(documents, documents.c.id == events.c.document_id)
    if ready:  # their signatures come with them, and their reports' texts are not read
        text = case((_is_prepared(), None), else_=documents.c.text).label("text")
        base = base.add_columns(text, link_signatures.c.features, link_signatures.c.packed)
        base = base.outerjoin(link_signatures, link_signatures.c.event_id == events.c.id)
    else:
        base = base.add_columns(documents.c.text)
    leads: dict[str, dict[str, frozenset[str]]] = {}
    rows: list[Any] = []
    for chunk in _chunks([i for i in ids if i not in given]):
        if ready:
            rows += _prepared_rows(conn, base, chunk, ready)
            continue
        query = base.where(events.c.id.in_(chunk)).order_by(events.c.document_id, events.c.id)
        rows += conn.execute(query).mappings()
    older = [r["id"] for r in rows if r["id"] in ready and not r["features"].startswith("[")]
    goods.update(_goods(conn, older))  # prepared before snapshots: read as stored events are
    for row in rows:
        if row["id"] in ready:
            found = from_snapshot(row["id"], row["features"])
            if found is not None and row["packed"] is not None:
                if kept is not None:
                    kept[row["id"]] = (row["features"], row["packed"])
                out.append((found, row["updated_at"]))
                continue
            features = json.loads(row["features"])
        else:
            if (lead := leads.get(row["document_id"])) is None:
                leads.clear()  # rows come by report: only the last one's lead is needed
                lead = leads[row["document_id"]] = lead_of(row["text"], row["title"])
            evidence = json.loads(row["evidence"])
            features = signature(row["text"], evidence, row["title"], lead)
        out.append((_candidate(row, goods[row["id"]], features), row["updated_at"]))
    return out


_SNAPSHOT_HEAD = json.dumps([SNAPSHOT_TAG])[:-1]  # how a snapshot's JSON begins


def _prepared_rows(conn: Connection, base: Any, ids: list[str], ready: Ids) -> list[Any]:
    """The rows of these events as base gives them, in its order (by report): but those in
    ready prepared with their snapshot and packed row, which the linker keeps as they are, are
    read from their signatures alone, without their event and report rows (of 20,000 new
    events: 0.30 -> 0.14 s)."""
    sig = link_signatures.c
    query = (
        select(events.c.id, events.c.updated_at, sig.features, sig.packed)
        .outerjoin(link_signatures, sig.event_id == events.c.id)
        .where(events.c.id.in_(ids))
        .order_by(events.c.document_id, events.c.id)
    )
    rows = list(conn.execute(query).mappings())
    whole = {
        r["id"]
        for r in rows
        if r["id"] not in ready
        or r["packed"] is None
        or not r["features"].startswith(_SNAPSHOT_HEAD)
    }
    if not whole:
        return rows
    found = {r["id"]: r for r in conn.execute(base.where(events.c.id.in_(whole))).mappings()}
    return [
        found[r["id"]] if r["id"] in whole else r
        for r in rows
        if r["id"] in found or r["id"] not in whole
    ]


def stored_candidates(conn: Connection, ids: list[str]) -> list[resolve.Candidate]:
    """Candidates of events already linked, as the linker filed them (not rejected since)."""
    out, older, other = [], [], []
    sig = link_signatures.c
    for chunk in _chunks(ids):
        rejected = select(events.c.id).where(events.c.status == "rejected", events.c.id.in_(chunk))
        left_out = set(conn.execute(rejected).scalars())  # from an index, not the event rows
        query = select(sig.event_id, sig.features).where(
            sig.event_id.in_(chunk),
            sig.stamp.not_like(PREPARED + "%"),  # not linked yet
        )
        for event_id, stored in conn.execute(query):
            if event_id in left_out:
                continue
            if (found := from_snapshot(event_id, stored)) is not None:
                out.append(found)
            elif stored.startswith("{"):
                older.append(event_id)
            else:
                other.append(event_id)
    if older:
        out += _signed_candidates(conn, older)
    if other:
        out += [c for c, _ in fresh_candidates(conn, other)]
    return out


def _signed_candidates(conn: Connection, ids: list[str]) -> list[resolve.Candidate]:
    """Candidates of events linked with a signature of the older form (features only)."""
    out = []
    goods = _goods(conn, ids)
    base = (
        select(*CANDIDATE_COLUMNS, link_signatures.c.features)
        .join(documents, documents.c.id == events.c.document_id)
        .join(link_signatures, link_signatures.c.event_id == events.c.id)
        .where(events.c.status != "rejected")
    )
    for chunk in _chunks(ids):
        for row in conn.execute(base.where(events.c.id.in_(chunk))).mappings():
            out.append(_candidate(row, goods[row["id"]], json.loads(row["features"])))
    return out


def candidates(conn: Connection) -> list[resolve.Candidate]:
    """Every event that is not rejected, as resolution sees it."""
    ids = list(conn.execute(select(events.c.id).where(events.c.status != "rejected")).scalars())
    return [c for c, _ in fresh_candidates(conn, ids)]


Ids = set[str] | frozenset[str]


def _forget(conn: Connection, ids: list[str], ready: Ids = frozenset()) -> None:
    """Drop what the linker knew of these events: signatures, blocks, suggestions (but the
    signatures and blocks prepared for the events in ready, which have no suggestions yet)."""
    for chunk in _chunks([i for i in ids if i not in ready]):
        conn.execute(link_signatures.delete().where(link_signatures.c.event_id.in_(chunk)))
        conn.execute(event_blocks.delete().where(event_blocks.c.event_id.in_(chunk)))
        conn.execute(link_suggestions.delete().where(link_suggestions.c.event_a.in_(chunk)))
        conn.execute(link_suggestions.delete().where(link_suggestions.c.event_b.in_(chunk)))


# SQLite's planner reads the signatures' stamps and the events' status from their rows (wide:
# snapshots, texts) through the primary keys unless its statistics say better: the covering
# indexes are named (migration 0008; on a million events 7.1 -> 0.5 s).
_CHANGED_SQLITE = text(
    "SELECT events.id FROM events INDEXED BY ix_events_linked LEFT OUTER JOIN link_signatures "
    "INDEXED BY ix_link_signatures_stamp ON link_signatures.event_id = events.id "
    "WHERE events.status != 'rejected' AND (link_signatures.event_id IS NULL "
    "OR link_signatures.stamp != events.updated_at)"
)
_GONE_SQLITE = text(
    "SELECT link_signatures.event_id FROM link_signatures INDEXED BY ix_link_signatures_stamp "
    "LEFT OUTER JOIN events INDEXED BY ix_events_linked ON events.id = link_signatures.event_id "
    "WHERE events.id IS NULL OR events.status = 'rejected'"
)


def _unlinked(conn: Connection) -> tuple[list[str], list[str]]:
    """Events new or changed since they were linked; linked events gone or rejected."""
    sig = link_signatures.c
    gone: Any = select(sig.event_id).outerjoin(events, events.c.id == sig.event_id)
    gone = gone.where(or_(events.c.id.is_(None), events.c.status == "rejected"))
    changed: Any = select(events.c.id).outerjoin(link_signatures, sig.event_id == events.c.id)
    changed = changed.where(
        events.c.status != "rejected",
        or_(sig.event_id.is_(None), sig.stamp != events.c.updated_at),
    )
    if conn.dialect.name == "sqlite" and _has_index(conn, "ix_link_signatures_stamp"):
        changed, gone = _CHANGED_SQLITE, _GONE_SQLITE
    found = list(conn.execute(changed).scalars())
    rejected = _signed_rejected(conn, found)
    if rejected is not None:
        return found, rejected
    return found, list(conn.execute(gone).scalars())


def _signed_rejected(conn: Connection, changed: list[str]) -> list[str] | None:
    """The linked events gone or rejected, when none is gone: the rejected events with a
    signature; None when some signature's event is gone (or the counts cannot tell).

    Counted, not joined: every signature is of a live event, a rejected one or one gone, and
    the live events without one are among the changed (on a million events the join took
    0.3 s, the counts some milliseconds)."""
    sig = link_signatures.c
    query = select(events.c.id).where(events.c.status == "rejected")
    rejected = list(conn.execute(query).scalars())  # few, from an index
    signed: list[str] = []
    for chunk in _chunks(rejected):
        signed += conn.execute(select(sig.event_id).where(sig.event_id.in_(chunk))).scalars()
    unsigned = 0
    for chunk in _chunks(changed):
        query = select(func.count()).where(sig.event_id.in_(chunk))
        unsigned += len(chunk) - int(conn.execute(query).scalar() or 0)
    every = int(conn.execute(select(func.count()).select_from(events)).scalar() or 0)
    signatures = int(conn.execute(select(func.count()).select_from(link_signatures)).scalar() or 0)
    live = every - len(rejected)
    return sorted(signed) if signatures == live - unsigned + len(signed) else None


_BLOCKS_SQLITE = "SELECT block, region, event_id FROM event_blocks WHERE block IN ({ids})"


def _block_mates(conn: Connection, fresh: list[resolve.Candidate]) -> resolve.Filed:
    """Stored events filed in a block a fresh event looks in, in a region it meets: by event,
    the blocks and region it is filed there in (the fresh events left out: those prepared by
    the writer are filed already).

    Rows come by block and region (on SQLite, in the key's order): whether a group is met is
    decided once for its run of rows, and its events share one (block, region) (a large
    linking reads a million rows: 1.26 -> 1.09 s)."""
    if not _any_linked(conn):  # a store's first linking: every event filed is a fresh one
        return {}
    regions: dict[str, set[str]] = defaultdict(set)
    for ev in fresh:
        for key in resolve.lookups(ev):
            regions[key].add(resolve.region(ev))
    mates: resolve.Filed = {}
    found = mates.get
    keys = sorted(regions)
    b = event_blocks.c
    sqlite = conn.dialect.name == "sqlite"
    query = select(b.block, b.region, b.event_id)
    for start in range(0, len(keys), 500):
        chunk = keys[start : start + 500]
        rows: Any = (
            _sqlite_rows(conn, _BLOCKS_SQLITE, chunk, [])
            if sqlite
            else conn.execute(query.where(b.block.in_(chunk)))
        )
        last: tuple[str, str] | None = None
        met = False
        for block, region, event_id in rows:
            if last is None or region != last[1] or block != last[0]:
                last = (block, region)
                wanted = regions[block]
                met = region == resolve.ANY_REGION or resolve.ANY_REGION in wanted
                met = met or region in wanted
            if met:
                if (filings := found(event_id)) is None:
                    mates[event_id] = [last]
                else:
                    filings.append(last)
    for ev in fresh:
        mates.pop(ev.id, None)
    return mates


def _has_index(conn: Connection, name: str) -> bool:
    """Whether the store has this index (a store not yet upgraded may not)."""
    found = text("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = :name")
    return conn.execute(found, {"name": name}).first() is not None


def _any_linked(conn: Connection) -> bool:
    """Whether any event was linked (a store's first linking meets no stored event)."""
    sig = link_signatures.c
    linked = select(sig.event_id).where(sig.stamp.not_like(PREPARED + "%")).limit(1)
    return conn.execute(linked).first() is not None


def suggest(
    conn: Connection,
    rebuild: bool = False,
    signatures: Signatures | None = None,
) -> tuple[list[str], list[str]]:
    """Link the events new or changed since the last run against their blocks; those events
    and the linked events that are gone.

    Only those events are read from their reports; the events they meet come with the
    signatures stored when they were linked. rebuild forgets everything and links afresh.
    """
    if not inspect(conn).has_table(link_signatures.name):  # a store not yet upgraded
        conn.execute(link_suggestions.delete())
        _insert_links(conn, resolve.suggest(candidates(conn)))
        return [], ["*"]
    if rebuild:
        for table in (link_signatures, event_blocks, link_suggestions):
            conn.execute(table.delete())
    changed, gone = _unlinked(conn)
    ready = prepared(conn, changed)
    _forget(conn, changed + gone, ready)
    if changed:
        _link(conn, changed, signatures, ready)
    return changed, gone


def link_events(conn: Connection, ids: Sequence[str], signatures: Signatures | None = None) -> int:
    """Link these new or changed events against the stored events of their blocks and
    recluster only the incidents they reach; the number of incidents.

    signatures may give, by event id, what `signature` makes of an event's evidence and its
    report's lead (a worker that extracted the report can work it out): those events are then
    not read from their reports. What a writer calls once per written batch, in the batch's
    transaction or after it, with the ids of the events it wrote: no scan of the store. Ids
    of events gone or rejected are forgotten (and then every incident is reclustered). The
    store ends as a full relink would leave it.
    """
    wanted = sorted(set(ids))
    live: list[str] = []
    for chunk in _chunks(wanted):
        query = select(events.c.id).where(events.c.id.in_(chunk), events.c.status != "rejected")
        live += conn.execute(query).scalars()
    gone = sorted(set(wanted) - set(live))
    ready = prepared(conn, live)
    _forget(conn, wanted, ready)
    if live:
        _link(conn, sorted(live), signatures, ready)
    return recluster(conn, None if gone else live)


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector paused: the linker builds many small objects and no cycles,
    and each collection walks every object alive (it took two thirds of the time)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _link(
    conn: Connection,
    changed: list[str],
    signatures: Signatures | None = None,
    ready: set[str] | frozenset[str] = frozenset(),
) -> None:
    """File events the linker has forgotten (or never seen) in their blocks and store their
    links with the events they meet; those in ready come filed, with their signatures."""
    with collector_paused():
        _file_and_score(conn, changed, signatures, ready)


def _file_and_score(
    conn: Connection,
    changed: list[str],
    signatures: Signatures | None,
    ready: set[str] | frozenset[str],
) -> None:
    kept: dict[str, tuple[str, bytes]] = {}  # prepared with snapshots: stamped, kept as made
    fresh = fresh_candidates(conn, changed, signatures, ready, kept)
    new = [c for c, _ in fresh]
    made = [c for c in new if c.id not in kept]
    snapshots = {c.id: snapshot(c) for c in made} | {i: k[0] for i, k in kept.items()}
    packs = {c.id: bounds.pack(c) for c in made} | {i: k[1] for i, k in kept.items()}
    links = _scored(conn, new, _block_mates(conn, new), packs)
    sig = link_signatures.c
    redone = sorted(ready - kept.keys())
    for chunk in _chunks(redone):  # prepared: filed in their blocks, signatures replaced
        conn.execute(link_signatures.delete().where(sig.event_id.in_(chunk)))
    for chunk in _chunks(sorted(kept)):  # linked now: the stamp loses its PREPARED mark
        stamp = func.substr(sig.stamp, len(PREPARED) + 1)
        conn.execute(link_signatures.update().where(sig.event_id.in_(chunk)).values(stamp=stamp))
    rows = [
        {"event_id": c.id, "stamp": stamp, "features": snapshots[c.id], "packed": packs[c.id]}
        for c, stamp in fresh
        if c.id not in kept
    ]
    if rows:
        conn.execute(link_signatures.insert(), rows)
    unfiled = [(c, stamp) for c, stamp in fresh if c.id not in ready]
    blocks = [
        {"block": key, "region": resolve.region(c), "event_id": c.id}
        for c, _ in unfiled
        for key in resolve.blocks(c)
    ]
    if blocks:
        conn.execute(event_blocks.insert(), blocks)
    _insert_links(conn, links)


def _packed(conn: Connection, ids: list[str]) -> dict[str, bytes | None]:
    """The packed rows of the stored events stored_candidates would give (None: an event
    filed without one, read in full)."""
    return {i: packed for i, _, packed in _met(conn, ids)}


# Stored events met per new event (on average over a batch) from which the linker bounds pairs
# before it reads stored events (bounds.most costs about what reading and comparing 5-10 does).
BOUND_FROM = 24
_UNPACKED = bytes(8 * bounds.HEAD)  # the head of an event without a packed row (read in full)


def _scored(
    conn: Connection,
    new: list[resolve.Candidate],
    filed: resolve.Filed,
    packs: Mapping[str, bytes] | None = None,
) -> list[resolve.Link]:
    """The links the new events make with each other and with the stored events of their
    blocks (as resolve.pairs_for and score_pairs give them): a stored event is read in full
    and compared only when the bound worked out from its packed row (nkevents.bounds) may reach
    SUGGEST for a new event that meets it. When the new events meet few stored events each
    (fewer than BOUND_FROM on average), reading them all costs less than the bounds, and all
    are read and compared. Many new events at once (ARRAYS_FROM) find and bound their pairs
    with arrays (`pair_scoring`; packs: packed rows made already)."""
    if len(new) >= pair_arrays.ARRAYS_FROM:
        return _scored_at_once(conn, new, filed, packs)
    resolve.crowds(new, filed)
    if len(filed) < BOUND_FROM * len(new):
        mates = stored_candidates(conn, sorted(filed))
        return pair_scoring.score(new, mates, filed, packs)
    packed = _packed(conn, sorted(filed))
    ids = sorted(packed)
    rows = bounds.Packed([packed[i] or _UNPACKED for i in ids])
    unpacked = np.array([packed[i] is None for i in ids], dtype=bool)
    stored: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for n, event_id in enumerate(ids):  # as resolve._grouped files them, in this order
        for key, where in filed[event_id]:
            stored[key][where].append(n)
    fresh: Counter[tuple[str, str]] = Counter()  # the new events follow them in each group
    for ev in new:
        for key in resolve.blocks(ev):
            fresh[key, resolve.region(ev)] += 1
    groups = {
        key: {where: np.array(m, dtype=np.int64) for where, m in regions.items()}
        for key, regions in stored.items()
    }
    least = bounds.threshold()
    wanted: list[tuple[resolve.Candidate, Any]] = []
    for a in new:
        where = resolve.region(a)
        met = []
        for key in resolve.lookups(a):
            if (regions := groups.get(key)) is None:
                continue
            places = regions if where == resolve.ANY_REGION else (where, resolve.ANY_REGION)
            for place in places:
                if (members := regions.get(place)) is not None:
                    room = max(0, resolve.BLOCK_CAP - fresh[key, place])
                    met.append(members[max(0, len(members) - room) :])
        if not met:
            continue
        idx = np.unique(np.concatenate(met))
        keep = idx[(bounds.most(a, rows, idx) - a.crowd >= least) | unpacked[idx]]
        if len(keep):
            wanted.append((a, keep))
    needed = sorted({ids[n] for _, keep in wanted for n in keep})
    read = {c.id: c for c in stored_candidates(conn, needed)}
    pairs = [(a, read[ids[n]]) for a, keep in wanted for n in keep.tolist() if ids[n] in read]
    among = list(resolve.pairs_for(new, []))  # the new events with each other
    return resolve.score_pairs(pairs + among)


def _scored_at_once(
    conn: Connection,
    new: list[resolve.Candidate],
    filed: resolve.Filed,
    packs: Mapping[str, bytes] | None,
) -> list[resolve.Link]:
    """_scored for many new events: the stored events they meet are read as packed rows, and
    in full only those whose bound with a new event may reach SUGGEST (or that have no packed
    row, filed before there were any)."""
    met = _met(conn, list(filed))
    full: dict[str, resolve.Candidate] = {}
    if any(packed is None for _, _, packed in met):
        unpacked = [i for i, _, packed in met if packed is None]
        full = {c.id: c for c in stored_candidates(conn, unpacked)}
        met = [
            (i, document, bounds.pack(full[i]) if packed is None else packed)
            for i, document, packed in met
            if packed is not None or i in full
        ]
    rows = cast(list[bytes], [packed for _, _, packed in met])  # none is None now
    stored = list(zip(_as_stored(met), rows, strict=True))

    def read(ids: list[str]) -> dict[str, resolve.Candidate]:
        found = {i: full[i] for i in ids if i in full}
        rest = [i for i in ids if i not in full]
        return found | {c.id: c for c in stored_candidates(conn, rest)}

    return pair_scoring.score_stored(new, stored, filed, read, packs)


def _as_stored(met: Sequence[tuple[str, str, Any]]) -> list[pair_arrays.Stored]:
    """The stored events of met rows (id, report, ...) as pair_arrays.Stored (made as its
    constructor makes them, a tuple of id and report, without a Python call for each)."""
    pairs = zip((i for i, _, _ in met), (d for _, d, _ in met), strict=True)
    return list(map(tuple.__new__, repeat(pair_arrays.Stored), pairs))


# The report and packed row of each stored event met: the report from the covering index of the
# events (SQLite's planner would read the event rows), the rows in key order (that of the
# signatures' index the query walks: no sort).
_MET_SQLITE = (
    "SELECT link_signatures.event_id, events.document_id, link_signatures.packed "
    "FROM link_signatures JOIN events INDEXED BY ix_events_linked "
    "ON events.id = link_signatures.event_id WHERE events.status != 'rejected' "
    "AND link_signatures.event_id IN ({ids}) AND link_signatures.stamp NOT LIKE ? "
    "ORDER BY link_signatures.event_id"
)


def _sqlite_rows(conn: Connection, sql: str, ids: list[str], more: list[Any]) -> list[Any]:
    """The rows of a query on SQLite's own cursor, in the connection's transaction: sql holds
    {ids} where the ids go (then the parameters more). Hundreds of thousands of rows read at
    once cost half as much without SQLAlchemy building an IN list of thousands of parameters
    and a row object for each (a large linking reads the packed rows of every event it meets
    and where each is filed)."""
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        return cursor.execute(sql.format(ids=",".join("?" * len(ids))), [*ids, *more]).fetchall()
    finally:
        cursor.close()


Met = list[tuple[str, str, bytes | None]]  # stored events met: id, report, packed row


def _met(conn: Connection, ids: list[str]) -> Met:
    """The report and packed row (None: filed without one) of each of these stored events that
    stored_candidates would give (linked, not rejected), as rows (id, report, packed) in the
    order of their ids (sorted), as SQLite gives them (677,000 stored events met: rows kept in
    a dict by id and put back in order took 0.7 of 2.6 s)."""
    ids = sorted(ids)
    out: Met = []
    if conn.dialect.name == "sqlite" and _has_index(conn, "ix_events_linked"):
        for chunk in _chunks(ids):  # each chunk in order, after the one before
            out += _sqlite_rows(conn, _MET_SQLITE, chunk, [PREPARED + "%"])
        return out
    sig = link_signatures.c
    query: Any = (
        select(sig.event_id, events.c.document_id, sig.packed)
        .join(events, events.c.id == sig.event_id)
        .where(
            sig.event_id.in_(bindparam("ids", expanding=True)),
            sig.stamp.not_like(bindparam("prepared")),  # not linked yet
            events.c.status != "rejected",
        )
    )
    for chunk in _chunks(ids):  # put in Python's order (a database's collation may differ)
        rows = conn.execute(query, {"ids": chunk, "prepared": PREPARED + "%"})
        found = {i: (i, d, p) for i, d, p in rows}
        out += [found[i] for i in chunk if i in found]
    return out


def _insert_links(conn: Connection, links: list[resolve.Link]) -> None:
    # in key order: each row goes in at the end of the table's key index (in score order,
    # where the ids fall at random, inserting the links of a large linking took twice as long)
    rows = [
        (k.a, k.b, k.score, json.dumps(k.reasons)) for k in sorted(links, key=lambda k: (k.a, k.b))
    ]
    bulk.insert_rows(conn, link_suggestions, ("event_a", "event_b", "score", "reasons"), rows)


def active_decisions(conn: Connection) -> list[Decision]:
    """Decisions not undone, oldest first (a later decision on the same pair wins)."""
    query = (
        select(link_decisions)
        .where(link_decisions.c.undone_at.is_(None))
        .order_by(link_decisions.c.id)
    )
    return [decision(r) for r in conn.execute(query).mappings()]


def decision(row: Any) -> Decision:
    """A Decision from its row."""
    return Decision(
        row["id"],
        row["event_a"],
        row["event_b"],
        bool(row["same"]),
        row["user_name"],
        row["at"],
        row["undone_at"],
        row["undone_by"],
    )


def link_new(conn: Connection, signatures: Signatures | None = None) -> int:
    """Link what is new or changed and recluster only the incidents it touches; the number of
    incidents (a removed event reclusters everything). signatures: as for link_events."""
    first = inspect(conn).has_table(link_signatures.name) and not _any_linked(conn)
    changed, gone = suggest(conn, signatures=signatures)
    # The first linking of a store concerns every event: they are clustered all at once, not by
    # walking the components of each.
    return recluster(conn, None if gone or first else changed)


# SQLite's planner takes an incident id to match every event when the statistics were gathered
# before there were incidents (incident_id all NULL), and then scans the events for the members
# of an incident: there the index is named.
_MEMBERS_SQLITE = text(
    "SELECT id FROM events INDEXED BY ix_events_incident WHERE incident_id IN :incidents"
).bindparams(bindparam("incidents", expanding=True))


def _members(
    conn: Connection, ids: list[str], expanded: set[str], placed: set[str] | None = None
) -> list[str]:
    """The events of the incidents these events are in, but of the incidents in expanded
    (read before: their members are known), which gains those read now; placed gains those
    of these events in an incident."""
    query = select(events.c.id, events.c.incident_id).where(
        events.c.id.in_(ids), events.c.incident_id.is_not(None)
    )
    rows = conn.execute(query).all()
    if placed is not None:
        placed.update(i for i, _ in rows)
    found = sorted({inc for _, inc in rows} - expanded)
    expanded.update(found)
    if not found:
        return []
    if conn.dialect.name == "sqlite":
        return list(conn.execute(_MEMBERS_SQLITE, {"incidents": found}).scalars())
    return list(conn.execute(select(events.c.id).where(events.c.incident_id.in_(found))).scalars())


def component(
    conn: Connection,
    seeds: set[str],
    accepted: list[tuple[str, str]],
    placed: set[str] | None = None,
) -> tuple[set[str], list[resolve.Link]]:
    """The seeds and every event joined to them by a link at AUTO_LINK, an accepted decision or
    a shared incident, transitively: what reclustering the seeds can change; and the links at
    AUTO_LINK among them (the only ones clustering joins by). placed gains the events of the
    component in an incident (each is asked once)."""
    partners: dict[str, set[str]] = defaultdict(set)
    for a, b in accepted:
        partners[a].add(b)
        partners[b].add(a)
    ls = link_suggestions.c
    strong = select(ls.event_a, ls.event_b, ls.score).where(ls.score >= resolve.AUTO_LINK)
    links: dict[tuple[str, str], float] = {}
    seen, frontier = set(seeds), set(seeds)
    expanded: set[str] = set()  # incidents whose members are in seen
    while frontier:
        found: set[str] = set()
        for chunk in _chunks(sorted(frontier)):
            for column in (ls.event_a, ls.event_b):
                for a, b, score in conn.execute(strong.where(column.in_(chunk))):
                    links[a, b] = score
                    found.add(a)
                    found.add(b)
            found.update(_members(conn, chunk, expanded, placed))
        for x in frontier:
            found |= partners[x]
        frontier = found - seen
        seen |= found
    return seen, [resolve.Link(a, b, score) for (a, b), score in links.items()]


def recluster(conn: Connection, seeds: list[str] | None = None) -> int:
    """Recompute the incident view from suggestions and decisions; the number of incidents.

    With seeds, only the events reclustering them can change (see component) are recomputed.
    Clustering joins by links at AUTO_LINK alone, so only those are read.
    """
    with collector_paused():
        return _recluster(conn, seeds)


def _recluster(conn: Connection, seeds: list[str] | None) -> int:
    latest = {frozenset((d.event_a, d.event_b)): d for d in active_decisions(conn)}
    accepted = [(d.event_a, d.event_b) for d in latest.values() if d.same]
    rejected = [(d.event_a, d.event_b) for d in latest.values() if not d.same]
    scope: set[str] | None = None
    placed: set[str] | None = None  # of the scope, the events in an incident
    if seeds is None:
        ls = link_suggestions.c
        strong = select(ls.event_a, ls.event_b, ls.score).where(ls.score >= resolve.AUTO_LINK)
        links = [resolve.Link(a, b, score) for a, b, score in conn.execute(strong)]
    else:
        placed = set()
        scope, links = component(conn, set(seeds), accepted, placed)
        accepted = [p for p in accepted if p[0] in scope]
    involved = sorted({x for k in links for x in (k.a, k.b)} | {x for p in accepted for x in p})
    documents_of: dict[str, str] = {}
    for chunk in _chunks(involved):
        query = select(events.c.id, events.c.document_id).where(
            events.c.id.in_(chunk), events.c.status != "rejected"
        )
        documents_of.update(dict(conn.execute(query).all()))
    inside = (
        documents_of if scope is None else {k: v for k, v in documents_of.items() if k in scope}
    )
    links = [k for k in links if k.a in inside and k.b in inside]
    grouped = resolve.clusters(links, accepted, rejected, inside)
    mapping = {e: i for e, i in grouped.items() if e in inside}
    write_view(conn, mapping, scope, seeds or (), placed)
    return int(conn.execute(select(func.count()).select_from(incidents)).scalar() or 0)


VIEW_COLUMNS = (
    events.c.id,
    events.c.incident_id,
    events.c.sources,
    events.c.type,
    events.c.date,
    events.c.place,
    events.c.admin1,
    events.c.document_id,
    func.coalesce(documents.c.outlet, events.c.document_id).label("source"),
    events.c.date_start,
    events.c.date_end,
    events.c.people,
    events.c.penalty_kind,
    events.c.penalty_min_months,
    events.c.penalty_max_months,
)


def view_rows(
    conn: Connection, ids: list[str], scope: set[str] | None, placed: set[str] | None = None
) -> Iterator[Any]:
    """Rows of events listed in ids, and of events already in an incident (within scope: those
    placed names, when it names them; else every event of the scope)."""
    base = select(*VIEW_COLUMNS).join(documents, documents.c.id == events.c.document_id)
    if scope is not None:
        wanted = scope if placed is None else (set(ids) | placed) & scope
        for chunk in _chunks(sorted(wanted)):
            yield from conn.execute(base.where(events.c.id.in_(chunk))).mappings()
        return
    yield from conn.execute(base.where(events.c.incident_id.is_not(None))).mappings()
    for chunk in _chunks(ids):
        query = base.where(events.c.incident_id.is_(None), events.c.id.in_(chunk))
        yield from conn.execute(query).mappings()


def write_view(
    conn: Connection,
    mapping: dict[str, str],
    scope: set[str] | None = None,
    touched: Iterable[str] = (),
    placed: set[str] | None = None,
) -> None:
    """Store incident ids and source counts on events (where they changed) and the incidents.

    With a scope, only its events and their incidents are rewritten, and of those only the
    incidents whose members changed or hold an event of touched (one whose fields may have);
    placed may name the events of the scope in an incident: only those and the events mapped
    are read (of the bench's 23,800 events reclustered, 7,540 were in an incident after it:
    recluster 0.85 -> 0.66 s)."""
    members: dict[str, list[Any]] = defaultdict(list)
    changed: list[dict[str, Any]] = []
    before: dict[str | None, set[str]] = defaultdict(set)
    upgraded = inspect(conn).has_table(link_signatures.name)  # else a store before 0003
    for row in view_rows(conn, list(mapping), scope, placed):
        before[row["incident_id"]].add(row["id"])
        if row["id"] in mapping:
            members[mapping[row["id"]]].append(row)
        elif row["incident_id"] is not None:  # left its incident
            changed.append({"key": row["id"], "incident_id": None, "sources": 1})
    kept: set[str] = set()
    if scope is None:
        conn.execute(incidents.delete())
    else:
        moved = set(touched)
        kept = {
            inc
            for inc, rows in members.items()
            if before.get(inc) == {r["id"] for r in rows} and moved.isdisjoint(before[inc])
        }
        gone = (set(before) - {None}) | set(members)
        for chunk in _chunks(sorted(gone - kept)):  # type: ignore[arg-type]
            conn.execute(incidents.delete().where(incidents.c.id.in_(chunk)))
    written = []
    for inc, rows in members.items():
        if inc in kept:
            continue
        sources = len({r["source"] for r in rows})
        changed += [
            {"key": r["id"], "incident_id": inc, "sources": sources}
            for r in rows
            if (r["incident_id"], r["sources"]) != (inc, sources)
        ]
        row = summary(inc, rows, sources)
        if not upgraded:
            row = {k: v for k, v in row.items() if k not in ("people", "disagree")}
        written.append(row)
    if written:
        conn.execute(incidents.insert(), written)
    if changed:  # by id: each update finds its row near the last one's
        changed.sort(key=lambda c: c["key"])
        stmt = update(events).where(events.c.id == bindparam("key"))
        conn.execute(
            stmt.values(incident_id=bindparam("incident_id"), sources=bindparam("sources")), changed
        )


def summary(inc: str, rows: list[Any], sources: int) -> dict[str, Any]:
    """The incidents-table row of one incident: the most precise date and place among its
    events, the count most give, and the fields its reports disagree on."""
    dated = sorted((r for r in rows if r["date"]), key=lambda r: -len(r["date"]))
    placed = [r for r in rows if r["place"]]
    counts = Counter(r["people"] for r in rows if r["people"] is not None)
    people = max(counts, key=lambda n: (counts[n], n)) if counts else None
    return {
        "id": inc,
        "type": rows[0]["type"],
        "date": dated[0]["date"] if dated else None,
        "place": placed[0]["place"] if placed else None,
        "admin1": next((r["admin1"] for r in rows if r["admin1"]), None),
        "events": len(rows),
        "documents": len({r["document_id"] for r in rows}),
        "sources": sources,
        "people": people,
        "disagree": json.dumps(disagreements(rows)),
    }


def disagreements(rows: list[Any]) -> list[str]:
    """The fields two reports of one incident give differently: dates that cannot meet, counts
    beyond tolerance, places neither the same nor nested, different penalties (or terms).

    Each is decided from a few extremes or distinct values, not from every pair of events: an
    incident the machine chained from thousands of events took seconds pair by pair.
    """
    out = []
    for field_name, differ in (
        ("date", _dates_differ),
        ("people", _counts_differ),
        ("place", _places_differ),
        ("penalty", _penalties_differ),
    ):
        given = [r for r in rows if r[_COLUMN[field_name]] is not None]
        if len(given) > 1 and differ(given):
            out.append(field_name)
    return out


_COLUMN = {"date": "date_start", "people": "people", "place": "place", "penalty": "penalty_kind"}


def _dates_differ(rows: list[Any]) -> bool:
    """Whether two of the dates are more than SLACK_DAYS apart (intervals that do not meet):
    the latest start against the earliest end is the widest gap of any two."""
    latest = max(date.fromisoformat(r["date_start"]) for r in rows)
    earliest = min(date.fromisoformat(r["date_end"] or r["date_start"]) for r in rows)
    return (latest - earliest).days > resolve.SLACK_DAYS


def _counts_differ(rows: list[Any]) -> bool:
    """Whether two counts differ beyond tolerance (more than 2 apart and under three quarters
    of each other): if the smallest and the largest do not, no two between them do."""
    low, high = min(r["people"] for r in rows), max(r["people"] for r in rows)
    return high - low > 2 and (not high or low / high < 0.75)


def _penalties_differ(rows: list[Any]) -> bool:
    """Whether two penalties differ in kind or term."""
    keys = ("penalty_kind", "penalty_min_months", "penalty_max_months")
    return len({tuple(r[k] for k in keys) for r in rows}) > 1


def _places_differ(rows: list[Any]) -> bool:
    """Whether two places are neither the same nor one in the other's province (compared once
    for each distinct place and province)."""
    given = list({(r["place"].lower(), r["admin1"].lower() if r["admin1"] else None) for r in rows})
    return any(
        a[0] != b[0] and a[1] != b[0] and b[1] != a[0]
        for i, a in enumerate(given)
        for b in given[i + 1 :]
    )


def summaries(conn: Connection, ids: list[str]) -> dict[str, dict[str, Any]]:
    """The incidents-table rows of these incidents (best values, sources, disagreements)."""
    out = {}
    for chunk in _chunks(sorted(set(ids))):
        for row in conn.execute(select(incidents).where(incidents.c.id.in_(chunk))).mappings():
            out[row["id"]] = dict(row) | {"disagree": json.loads(row["disagree"] or "[]")}
    return out


def incident_from_row(conn: Connection, row: Any) -> Incident:
    """An Incident (without events and links) from its row."""
    query = select(events.c.id, events.c.document_id).where(events.c.incident_id == row["id"])
    members = conn.execute(query.order_by(events.c.id)).all()
    return Incident(
        row["id"],
        row["type"],
        row["date"],
        row["place"],
        row["admin1"],
        row["sources"],
        [m[0] for m in members],
        sorted({m[1] for m in members}),
        row.get("people"),
        json.loads(row.get("disagree") or "[]"),
    )


def list_incidents(conn: Connection, flt: EventFilter, min_events: int) -> Page[Incident]:
    """Incidents with an event matching the filters, most sources first."""
    matching = select(events.c.incident_id).where(*clauses(flt, conn.dialect.name))
    where = [incidents.c.id.in_(matching), incidents.c.events >= min_events]
    total = conn.execute(select(func.count()).select_from(incidents).where(*where)).scalar() or 0
    order = (incidents.c.sources.desc(), incidents.c.events.desc(), incidents.c.id)
    rows = conn.execute(
        select(incidents).where(*where).order_by(*order).limit(flt.limit).offset(flt.offset)
    )
    return Page(
        [incident_from_row(conn, r) for r in rows.mappings()], int(total), flt.limit, flt.offset
    )


def get_incident(conn: Connection, incident_id: str) -> Incident:
    """One incident with its events and the links among them."""
    row = conn.execute(select(incidents).where(incidents.c.id == incident_id)).mappings().first()
    if row is None:
        raise NotFound(f"no incident {incident_id!r}")
    inc = incident_from_row(conn, row)
    flt = EventFilter(incident=incident_id, status="all", sort="date")
    inc.events = [record(r) for r in conn.execute(event_query(flt, conn.dialect.name)).mappings()]
    inc.links = [
        s
        for s in suggestions(conn, None, False, 10_000)
        if {s.event_a, s.event_b} <= set(inc.event_ids)
    ]
    return inc


def suggestions(
    conn: Connection, event_id: str | None, undecided: bool, limit: int
) -> list[LinkSuggestion]:
    """Scored suggestions with the decision taken on each pair, best first."""
    latest = {frozenset((d.event_a, d.event_b)): d for d in active_decisions(conn)}
    query = select(link_suggestions).order_by(
        link_suggestions.c.score.desc(), link_suggestions.c.event_a
    )
    if event_id:
        query = query.where(
            or_(link_suggestions.c.event_a == event_id, link_suggestions.c.event_b == event_id)
        )
    out = []
    for r in conn.execute(query).mappings():
        taken = latest.get(frozenset((r["event_a"], r["event_b"])))
        if undecided and taken:
            continue
        verdict = None if taken is None else ("same" if taken.same else "different")
        out.append(
            LinkSuggestion(
                r["event_a"], r["event_b"], r["score"], json.loads(r["reasons"]), verdict
            )
        )
        if len(out) >= limit:
            break
    return out


def decide(conn: Connection, event_a: str, event_b: str, same: bool, user: str) -> Decision:
    """Store a decision on a pair of events and recompute the incident view."""
    if event_a == event_b or not user.strip():
        raise QueryError("a decision needs two different events and a user name")
    found = conn.execute(select(func.count()).where(events.c.id.in_([event_a, event_b]))).scalar()
    if found != 2:
        raise NotFound(f"no event {event_a!r} or {event_b!r}")
    a, b = sorted((event_a, event_b))
    row = {"event_a": a, "event_b": b, "same": same, "user_name": user, "at": now()}
    new_id = conn.execute(link_decisions.insert().values(**row)).inserted_primary_key[0]  # type: ignore[index]
    recluster(conn, [a, b])
    return get_decision(conn, int(new_id))


def undo(conn: Connection, decision_id: int, user: str) -> Decision:
    """Mark a decision undone and recompute the incident view."""
    if get_decision(conn, decision_id).undone_at:
        raise Conflict(f"decision {decision_id} is already undone")
    values = {"undone_at": now(), "undone_by": user}
    conn.execute(update(link_decisions).where(link_decisions.c.id == decision_id).values(**values))
    undone = get_decision(conn, decision_id)
    recluster(conn, [undone.event_a, undone.event_b])
    return get_decision(conn, decision_id)


def incident_links(conn: Connection) -> Iterator[dict[str, Any]]:
    """Each incident as links.py reads it: its events as [the reader's document id, ordinal]."""
    query = (
        select(events.c.incident_id, documents.c.source_id, events.c.ordinal)
        .join(documents, documents.c.id == events.c.document_id)
        .where(events.c.incident_id.is_not(None), events.c.status != "rejected")
        .where(events.c.stale.is_(False))
        .order_by(events.c.incident_id, documents.c.source_id, events.c.ordinal)
    )
    members: dict[str, list[list[Any]]] = defaultdict(list)
    for inc, source_id, ordinal in conn.execute(query):
        members[inc].append([source_id, ordinal])
    for inc, evs in members.items():
        yield {"incident": inc, "events": evs}


def get_decision(conn: Connection, decision_id: int) -> Decision:
    """One decision by id."""
    row = (
        conn.execute(select(link_decisions).where(link_decisions.c.id == decision_id))
        .mappings()
        .first()
    )
    if row is None:
        raise NotFound(f"no decision {decision_id}")
    return decision(row)


def list_decisions(conn: Connection, event_id: str | None) -> list[Decision]:
    """Decisions, newest first."""
    query = select(link_decisions).order_by(link_decisions.c.id.desc())
    if event_id:
        query = query.where(
            or_(link_decisions.c.event_a == event_id, link_decisions.c.event_b == event_id)
        )
    return [decision(r) for r in conn.execute(query).mappings()]
