"""Benchmark incremental incident linking: ingest new reports into a large store, with and
without linking.

    .venv/bin/python bench/bench_links.py --events 1000000 --new 10000 [--keep DIR] [--refile]

A store of --events events (two per synthetic report, 2000-2025, day, month or year dates or
none, over 18 provinces or none) is built and its events filed for linking (signatures and
blocks, as a linked store holds them; they are not compared with each other, which would take
hours at this size and does not change what a new event is compared with). With --keep, the
built store is kept and reused, and --refile files it again (after a change to blocking); a
kept store filed before packed rows (migration 0007) gets them from its snapshots once. Then
--new reports arrive (about a fifth of them retell a stored happening in other words, the rest
tell new happenings of 2025) and are stored twice, from copies of that store, as `nkevents
ingest` stores a run (the workers prepare each report's rows, the writer writes them in
batches and transactions of the pipeline's sizes): once without linking, once linking the new
events into incidents at the end of the run (`Store.resolve`, as the run's settle does), or
every --link-every reports. Only storage and linking are measured: a stand-in extractor gives
the events, and the workers' preparing of the rows is printed on its own.

Each report tells each happening in about 40 words of evidence, as real reports do (the 686
events of the 314 real reports cached for evaluation: 39.5 words each, after stop words), 36 of
them its own, drawn from 5,000 made-up words: two reports of different happenings share as
few of them as real ones do (a median share of 0.026 of their words here, 0.014 over the pairs
of real reports in one language; a share of 0.08 or more, where the words start to count as
evidence, 0.07% here, 2.9% there, retellings included). With 12 words of their own (until
2026-12-06), half of the bench's made-up pairs shared 0.06 of their words and 29% 0.08 or
more: the linker suggested 21 links for each new event (real reports: 0.26) and most of the
linking's time went into those.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import get_args

from sqlalchemy import Connection, bindparam, func, select, text, update

sys.path.insert(0, str(Path(__file__).resolve().parent))
import gen_corpus  # noqa: E402

from nkevents import bounds as link_bounds
from nkevents import resolve
from nkevents.extract import extract
from nkevents.model import Document, Event, EventType, Extraction, Location
from nkevents.partial_date import bounds, precision
from nkevents.pipeline import BATCH, WRITE_BATCHES, WRITE_DOCUMENTS
from nkevents.read import read_jsonl
from nkevents.store import Store, open_store, prepare
from nkevents.store import incidents as incident_store
from nkevents.store import ingest as ingest_mod
from nkevents.store import prepare as prepare_mod
from nkevents.store.schema import documents, event_blocks, events, incidents, link_signatures

REAL = Path(__file__).resolve().parent.parent / ".cache" / "real" / "documents.jsonl"

PROVINCES = {
    "Ryanggang": ("Hyesan", 41.40, 128.18),
    "North Hamgyong": ("Chongjin", 41.79, 129.78),
    "North Pyongan": ("Sinuiju", 40.10, 124.40),
    "Chagang": ("Kanggye", 40.97, 126.59),
    "South Hamgyong": ("Hamhung", 39.92, 127.54),
    "Kangwon": ("Wonsan", 39.15, 127.44),
    "Pyongyang": ("Pyongyang", 39.03, 125.75),
    "South Pyongan": ("Pyongsong", 39.25, 125.87),
    "North Hwanghae": ("Sariwon", 38.51, 125.76),
    "South Hwanghae": ("Haeju", 38.04, 125.71),
    "Rason": ("Rajin", 42.25, 130.30),
    "Jilin": ("Yanji", 42.90, 129.51),
    "Liaoning": ("Dandong", 40.12, 124.38),
    "Heilongjiang": ("Harbin", 45.75, 126.65),
    "Gangwon": ("Goseong", 38.38, 128.47),
    "Incheon": ("Yeonpyeong", 37.67, 125.70),
    "Primorsky": ("Vladivostok", 43.12, 131.89),
    "Seoul": ("Seoul", 37.57, 126.98),
}
TYPES: list[EventType] = list(get_args(EventType))  # the record's types, in its order
GIVEN = ["Kim", "Ri", "Pak", "Choe", "Jong", "Kang", "Han", "Yun", "Jang", "Hwang"]
SYLLABLES = [
    f"{c}{v}"
    for c in ("", "b", "ch", "d", "g", "h", "j", "k", "m", "n", "p", "r", "s", "t", "y")
    for v in ("a", "ae", "e", "eo", "i", "o", "u", "yo", "yu", "wa")
]  # 150 syllables: given names of two (22,500) and filler words of two or three
FILLER = [
    "".join(random.Random(i).choices(SYLLABLES, k=2 + i % 2)) for i in range(5000)
]  # the words a report tells its story in: few are shared by two reports of different stories
FILLER_WORDS = 36  # the words of its own a report tells each happening in (see report)
# Dates and places as nkevents extracts them from real reports: over the 862 events of the 381
# real reports cached for evaluation (6 December 2026), 30% dated to the day, 29% to the month,
# 7% to the year, 35% undated; 54% without a province (unplaced, or a whole country), which
# meet every region. (Until then the bench gave 55% days, 20% months, 5% years, 20% undated
# and 20% unplaced, and its new events met about half as many stored ones.)
DAYS, MONTHS, YEARS = 0.30, 0.29, 0.07
UNPLACED = 0.54


def happening(rng: random.Random, first: date, days: int) -> dict[str, object]:
    """One happening: type, day, place, count and the name of one person in it."""
    province = rng.choice(list(PROVINCES))
    return {
        "type": rng.choice(TYPES),
        "day": first + timedelta(days=rng.randrange(days)),
        "province": province,
        "people": rng.randint(1, 40),
        "name": f"{rng.choice(GIVEN)} {rng.choice(SYLLABLES).title()}-{rng.choice(SYLLABLES)}",
    }


def report(i: int, told: list[dict[str, object]], rng: random.Random) -> Document:
    """A synthetic report of about 500 characters telling two happenings."""
    sentences = []
    for h in told:
        town = PROVINCES[str(h["province"])][0]
        filler = " ".join(rng.choices(FILLER, k=FILLER_WORDS))
        sentences.append(
            f"In {town}, {h['name']} and {h['people']} others were part of a {h['type']} "
            f"on {h['day']:%B %d, %Y}. {filler}."
        )
    day = max(date.fromisoformat(str(h["day"])) for h in told) + timedelta(days=rng.randint(1, 5))
    return Document(
        id=f"r{i}",
        text=" ".join(sentences),
        url=f"https://outlet{i % 40}.example/{i}",
        published=day.isoformat(),
        language="en",
    )


TOLD: dict[str, list[dict[str, object]]] = {}


def fake_extract(doc: Document) -> Extraction:
    """The happenings the report was made from, at a precision the report might give."""
    rng = random.Random(doc.id)
    events, offset = [], 0
    for h in TOLD[doc.id]:
        town, lat, lon = PROVINCES[str(h["province"])]
        day = date.fromisoformat(str(h["day"]))
        roll = rng.random()
        when = (  # as real extraction gives them (see DAYS)
            day.isoformat()
            if roll < DAYS
            else f"{day:%Y-%m}"
            if roll < DAYS + MONTHS
            else f"{day:%Y}"
            if roll < DAYS + MONTHS + YEARS
            else None
        )
        end = doc.text.index(".", doc.text.index(".", offset) + 1) + 1  # both its sentences
        events.append(
            Event(
                type=h["type"],  # type: ignore[arg-type]
                date=when,
                location=None
                if rng.random() < UNPLACED
                else Location(town, str(h["province"]), "city", lat, lon),
                people=int(str(h["people"])),
                evidence=[(offset, end)],
            )
        )
        offset = end + 1
    return Extraction(doc.id, True, events)


Clock = list[float]  # seconds: [wall clock, CPU of this process]


def _since(clock: Clock, started: tuple[float, float]) -> None:
    clock[0] += time.perf_counter() - started[0]
    clock[1] += time.process_time() - started[1]


def _now() -> tuple[float, float]:
    return time.perf_counter(), time.process_time()


def rows(doc: Document) -> prepare.Prepared:
    """What a worker sends the writer of a report: its rows, prepared from its extraction."""
    return prepare.prepare(doc, fake_extract(doc))


def extraction_cpu(docs: list[Document]) -> float:
    """CPU seconds nkevents' extractor takes over these reports (what a run's workers spend
    before they prepare the rows; its events are not used: the stand-in's are stored)."""
    started = time.process_time()
    for doc in docs:
        extract(doc)
    return time.process_time() - started


def bench_reports(count: int) -> list[Document]:
    """count relevant reports as the bench corpus writes them (bench/gen_corpus.py: titles,
    leads, bodies, quotes and closing lines of the project's own templates, English and
    Korean), for what extracting reports of a real report's make costs."""
    out = []
    for item in gen_corpus.generate(10_000, seed=2):
        if item["bench_relevant"]:
            fields = ("id", "url", "title", "published", "language", "text")
            out.append(Document(**{k: item[k] for k in fields}))
            if len(out) == count:
                break
    return out


def real_reports(path: Path = REAL) -> list[Document]:
    """The real reports cached for evaluation (third-party text, outside git), if any."""
    if not path.exists():
        return []
    with open(path, "rb") as fh:
        items = read_jsonl(fh, str(path))
        return [item for item in items if isinstance(item, Document)]


def write(
    store: Store, docs: list[Document], batch_size: int, link_every: int | None = None
) -> tuple[dict[str, Clock], int]:
    """Store the reports as `nkevents ingest` stores a run (`pipeline.ingest_documents`): the
    workers extract each report and prepare its rows (with what the linker keeps of each event:
    `store.prepare`), the writer writes batches of batch_size, whole batches to a transaction
    up to the pipeline's WRITE_DOCUMENTS; with link_every (0: at the end of the run only, as a
    run links), the events new since the last linking are linked into incidents in the
    transaction that brings the reports written since then to that many, and at the end. The
    time spent storing ("ingest"), linking ("link") and, on the workers, preparing the rows
    ("prepare", in neither of the others), each on the wall clock and in CPU (on a shared
    machine the CPU figures are the steadier); and the number of linkings."""
    spent: dict[str, Clock] = {"ingest": [0.0, 0.0], "link": [0.0, 0.0], "prepare": [0.0, 0.0]}
    linkings = 0
    group: list[tuple[list[ingest_mod.Extracted], list[tuple[str, str]]]] = []
    unlinked = 0
    for start in range(0, len(docs), batch_size):
        started = _now()
        batch = docs[start : start + batch_size]
        group.append(([ingest_mod.Extracted(d, None, None, rows(d)) for d in batch], []))
        _since(spent["prepare"], started)
        last = start + batch_size >= len(docs)
        held = sum(len(b) for b, _ in group)
        if held < WRITE_DOCUMENTS and len(group) < WRITE_BATCHES and not last:
            continue
        started = _now()
        store.write_batches(group, "bench-1")
        _since(spent["ingest"], started)
        unlinked += held
        group = []
        if link_every is not None and (last or (link_every and unlinked >= link_every)):
            started = _now()
            store.resolve()
            _since(spent["link"], started)
            linkings += 1
            unlinked = 0
    return spent, linkings


def write_unfiled(store: Store, docs: list[Document], batch_size: int) -> None:
    """Store the reports without what the writer prepares for linking (their signatures, read
    from their reports, would take 20 minutes at a million; `file_store` files them as a linked
    store holds them)."""
    real = prepare_mod.signature, prepare_mod.lead_of
    prepare_mod.signature = lambda *args, **kwargs: {}  # type: ignore[assignment]
    prepare_mod.lead_of = lambda *args, **kwargs: {}  # type: ignore[assignment]
    try:
        write(store, docs, batch_size)
    finally:
        prepare_mod.signature, prepare_mod.lead_of = real
    with store.engine.begin() as conn:
        conn.execute(link_signatures.delete())
        conn.execute(event_blocks.delete())


def _light(conn: Connection) -> list[tuple[resolve.Candidate, str]]:
    """Every stored event as blocking sees it (no features), with its stamp."""
    query = select(
        events.c.id,
        events.c.type,
        events.c.date_start,
        events.c.date_end,
        events.c.time_precision,
        events.c.admin1,
        events.c.updated_at,
        documents.c.published,
    ).join(documents, documents.c.id == events.c.document_id)
    out = []
    for i, kind, start, end, exact, admin1, stamp, told in conn.execute(query):
        seen = resolve.Candidate(i, "", "", kind, start, end, exact, admin1=admin1, published=told)
        out.append((seen, stamp))
    return out


def _new_candidates(docs: list[Document]) -> list[resolve.Candidate]:
    """The new reports' events as blocking sees them."""
    out = []
    for doc in docs:
        for ev in fake_extract(doc).events:
            start, end = bounds(ev.date) if ev.date else (None, None)
            admin1 = ev.location.admin1 if ev.location else None
            exact = precision(ev.date) if ev.date else None
            out.append(
                resolve.Candidate(
                    doc.id,
                    "",
                    "",
                    ev.type,
                    start,
                    end,
                    exact,
                    admin1=admin1,
                    published=doc.published,
                )
            )
    return out


def file_store(store: Store, new: list[Document], full: bool) -> int:
    """File the stored events for linking as a linked store holds them; the number of
    signatures read from their reports.

    Every event is filed in its blocks. With full, every event's signature is read from its
    report (about a millisecond each: 20 minutes at a million); else only the events the new
    reports' events can meet (those filed in a block they look in) get theirs, and the rest a
    stand-in that no new event ever reads: the new events meet and read the same either way.
    """
    with store.engine.begin() as conn:
        stored = _light(conn)
        rows = [
            {"block": key, "region": resolve.region(c), "event_id": c.id}
            for c, _ in stored
            for key in resolve.blocks(c)
        ]
        for start in range(0, len(rows), 100_000):
            conn.execute(event_blocks.insert(), rows[start : start + 100_000])
        looked = {key for c in _new_candidates(new) for key in resolve.lookups(c)}
        wanted = sorted(c.id for c, _ in stored if full or not looked.isdisjoint(resolve.blocks(c)))
        stand_in = {c.id: stamp for c, stamp in stored}
        for start in range(0, len(wanted), 50_000):
            found = incident_store.fresh_candidates(conn, wanted[start : start + 50_000])
            signatures = [
                {
                    "event_id": c.id,
                    "stamp": stamp,
                    "features": incident_store.snapshot(c),
                    "packed": link_bounds.pack(c),
                }
                for c, stamp in found
            ]
            conn.execute(link_signatures.insert(), signatures)
            for c, _ in found:
                del stand_in[c.id]
        rest = [{"event_id": i, "stamp": stamp, "features": "{}"} for i, stamp in stand_in.items()]
        for start in range(0, len(rest), 100_000):
            conn.execute(link_signatures.insert(), rest[start : start + 100_000])
        conn.execute(text("ANALYZE"))
    return len(wanted)


def pack_store(store: Store) -> int:
    """Give the snapshots of a store filed before packed rows (migration 0007) theirs, as
    filing now writes them; the number packed."""
    sig = link_signatures.c
    done = 0
    with store.engine.begin() as conn:
        query = select(sig.event_id, sig.features).where(
            sig.packed.is_(None), sig.features.like('["c-%')
        )
        rows = []
        for event_id, features in conn.execute(query).all():
            if (found := incident_store.from_snapshot(event_id, features)) is not None:
                rows.append({"key": event_id, "packed": link_bounds.pack(found)})
        stmt = update(link_signatures).where(sig.event_id == bindparam("key"))
        for start in range(0, len(rows), 50_000):
            conn.execute(stmt.values(packed=bindparam("packed")), rows[start : start + 50_000])
            done += len(rows[start : start + 50_000])
    return done


def make_reports(
    count: int, start: int, rng: random.Random, first: date, days: int
) -> list[Document]:
    """Reports of two fresh happenings each."""
    docs = []
    for i in range(start, start + count):
        told = [happening(rng, first, days), happening(rng, first, days)]
        TOLD[f"r{i}"] = told
        docs.append(report(i, told, rng))
    return docs


def main() -> None:
    """Build (or reuse) the store, then time the new reports with and without linking."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--new", type=int, default=10_000, help="new reports")
    parser.add_argument("--keep", help="directory for the SQLite files (default: temporary)")
    parser.add_argument(
        "--refile", action="store_true", help="file the kept store's events for linking again"
    )
    parser.add_argument(
        "--full", action="store_true", help="read every stored event's signature when filing"
    )
    parser.add_argument(
        "--build", action="store_true", help="only build (and file) the store, for --keep"
    )
    parser.add_argument(
        "--link-every",
        type=int,
        default=0,
        metavar="N",
        help="link the new events in the transaction that brings the reports written since the "
        "last linking to N (transactions of up to 8,000), as ingest(link_every=N) does (default "
        "0: once, at the end of the run, as `nkevents ingest` links a run)",
    )
    args = parser.parse_args()
    rng = random.Random(1)
    folder = Path(args.keep or tempfile.mkdtemp(prefix="nkevents-links-"))
    raw = folder / f"links-{args.events}-raw.db"  # the events, not yet filed for linking
    base = folder / f"links-{args.events}.db"
    old = make_reports(args.events // 2, 0, rng, date(2000, 1, 1), 26 * 365)
    if not raw.exists() and (args.refile or not base.exists()):  # the raw store is kept to refile
        store = open_store(f"sqlite:///{raw}.tmp")
        started = time.perf_counter()
        write_unfiled(store, old, 1000)
        store.close()
        Path(f"{raw}.tmp").rename(raw)
        print(f"built {args.events:,} events in {time.perf_counter() - started:.0f} s")
    fresh = make_reports(int(args.new * 0.8), len(old), rng, date(2025, 1, 1), 365)
    retold = []
    for i in range(args.new - len(fresh)):  # the same happenings, told again by other outlets
        number = len(old) + len(fresh) + i
        TOLD[f"r{number}"] = TOLD[old[rng.randrange(len(old))].id]
        retold.append(report(number, TOLD[f"r{number}"], rng))
    new = fresh + retold
    rng.shuffle(new)
    if args.refile or not base.exists():
        shutil.copy(raw, f"{base}.tmp")
        store = open_store(f"sqlite:///{base}.tmp")
        started = time.perf_counter()
        read = file_store(store, new, args.full)
        store.close()
        Path(f"{base}.tmp").rename(base)
        print(
            f"filed them for linking in {time.perf_counter() - started:.0f} s "
            f"({read:,} signatures read from their reports)"
        )
    else:
        store = open_store(f"sqlite:///{base}")
        if packed := pack_store(store):
            print(f"packed {packed:,} snapshots of a store filed before packed rows")
        store.close()
    if args.build:
        return
    runs = []
    for linking in (False, True):
        copy = folder / f"links-{args.events}-{'with' if linking else 'without'}.db"
        shutil.copy(base, copy)
        store = open_store(f"sqlite:///{copy}")
        spent, times = write(store, new, BATCH, args.link_every if linking else None)
        runs.append(spent)
        (stored, stored_cpu), (linked, linked_cpu) = spent["ingest"], spent["link"]
        label = "with linking" if linking else "without linking"
        extra = ""
        if linking:
            with store.engine.connect() as conn:
                found = conn.execute(select(func.count()).select_from(incidents)).scalar()
            every = (
                f"{times} times, in the first transaction of every {args.link_every:,} reports"
                if args.link_every
                else "once, at the end"
            )
            extra = (
                f" + link {linked:.1f} s (CPU {linked_cpu:.1f} s; linked {every}; {found:,} "
                "incidents)"
            )
        print(
            f"{args.new:,} new reports into {args.events:,} events, {label}: "
            f"ingest {stored:.1f} s (CPU {stored_cpu:.1f} s){extra}; the workers' preparing of "
            f"their rows took {spent['prepare'][1]:.1f} CPU s more"
        )
        store.close()
        copy.unlink()
    without, with_links = runs
    for i, clock in ((0, "wall clock"), (1, "CPU")):
        alone = without["ingest"][i]
        added = with_links["ingest"][i] + with_links["link"][i] - alone
        own = with_links["link"][i] / with_links["ingest"][i]
        print(
            f"linking adds {100 * added / alone:.0f}% to the storing ({clock}; "
            f"{100 * own:.0f}% of the linking run's own storing)"
        )
    # A run extracts the reports too (its workers): the ingest a user waits for, in CPU
    # (extract, prepare, store), with the extraction of reports of three makes.
    stored = without["ingest"][1] + without["prepare"][1]
    added = with_links["ingest"][1] + with_links["link"][1] - without["ingest"][1]
    extract(new[0])  # the extractor's data loaded before any is timed
    makes = [
        ("the made-up reports themselves (their text only carries the evidence)", new),
        (
            "as many relevant reports of the bench corpus (bench/gen_corpus.py)",
            bench_reports(len(new)),
        ),
    ]
    if real := real_reports():
        makes.append((f"the {len(real)} real reports cached for evaluation, scaled", real))
    for label, docs in makes:
        each = extraction_cpu(docs) / len(docs)
        size = sum(len(d.text) for d in docs) / len(docs)
        spent = each * len(new)
        print(
            f"ingest with extraction at the cost of {label}: {1000 * each:.2f} CPU ms and "
            f"{size:,.0f} characters a report, {spent:.1f} CPU s for {len(new):,}; linking adds "
            f"{100 * added / (spent + stored):.0f}%"
        )


if __name__ == "__main__":
    main()
