"""Resolve: score pairs of events from different reports as one happening; cluster them.

Reports disagree (one says 11 December, another 12 December; "10여명" and "12"; a city and its
province) and extraction adds its own errors, so no single field decides. Each feature of a pair
adds evidence for or against one happening (`Link.reasons` says which agreed and which did not):
type, dates at their precision and the publication dates, places (same, nested, near by the
gazetteer's coordinates), counts within tolerance, instruments, goods, facilities, and the words
of the evidence sentences: names across scripts (현송월 is romanized to meet Hyon Song-wol),
distinctive numbers, and, within one language, the words themselves. The sum goes through a
logistic curve (`Link.score` is in 0..1): pairs at SUGGEST are shown to people, undecided pairs
at AUTO_LINK are linked by the machine.

Blocking: an event meets only events of its type family whose time windows share a month
(`blocks`: family, month, region), so new events are linked incrementally against their blocks.
"""

from __future__ import annotations

import functools
import hashlib
import math
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from nkevents.romanize import fold, from_hangul
from nkevents.vocabulary import load_data


@functools.cache
def _config() -> dict[str, Any]:
    data: dict[str, Any] = load_data("linking.yaml")
    return data


SUGGEST: float = _config()["suggest"]  # pairs at least this likely are suggested to people
AUTO_LINK: float = _config()["auto_link"]  # undecided pairs at least this likely are linked
CENTRE: float = _config()["centre"]  # evidence sum that makes a pair as likely as not
UNDATED_WINDOW = 60  # days before publication an undated event may have happened
SLACK_DAYS = 2  # reports count days from different time zones, verdicts vs announcements
WEEK_SLACK = 3  # day-precise events this many days apart always share a block
BLOCK_CAP = 400  # events of one block and region a new event is compared with, at most


@dataclass(slots=True, frozen=True)
class Candidate:
    """What resolution needs to know of one event."""

    id: str
    document_id: str
    source: str  # the outlet (or the document when its outlet is unknown)
    type: str
    date_start: str | None
    date_end: str | None
    precision: str | None
    place: str | None = None
    admin1: str | None = None
    gazetteer_id: str | None = None
    people: int | None = None
    commodities: frozenset[str] = frozenset()
    instrument: str | None = None
    published: str | None = None  # the report's publication date (ISO, any precision)
    language: str | None = None
    lat: float | None = None
    lon: float | None = None
    facility: str | None = None
    penalty_kind: str | None = None
    actors: frozenset[str] = frozenset()
    names: frozenset[str] = frozenset()  # keys of names of two or three capitalised words
    singles: frozenset[str] = frozenset()  # keys of single capitalised words (Bangkok)
    roman: frozenset[str] = frozenset()  # romanizations of the evidence's Korean words
    lead_names: frozenset[str] = frozenset()  # the same, of the report's title and lead
    lead_singles: frozenset[str] = frozenset()
    lead_roman: frozenset[str] = frozenset()
    lead_numbers: frozenset[str] = frozenset()
    numbers: frozenset[str] = frozenset()  # distinctive numbers and codes of the evidence
    words: frozenset[str] = frozenset()  # content words of the evidence


@dataclass(slots=True)
class Link:
    """A scored pair (a.id < b.id) and the agreements behind the score."""

    a: str
    b: str
    score: float
    reasons: list[str] = field(default_factory=list)


# --- evidence words ---------------------------------------------------------------------

_EN_RUN = re.compile(r"\b[A-Z][a-z]+(?:[-'][A-Za-z]+)?(?:[ ]+[A-Z][a-z]+(?:[-'][A-Za-z]+)?)*")
_HANGUL_WORD = re.compile(r"[가-힣]{2,8}")
_NUMBER = re.compile(r"(?<![\w.])\d[\d,]*(?:\.\d+)?")
_CODE = re.compile(r"\b[A-Za-z]{1,5}-?\d+[A-Za-z0-9]*\b|\b[A-Z]{2,6}\b")
_EN_WORD = re.compile(r"[A-Za-z][a-z]{3,}")


@functools.cache
def _wordlists() -> tuple[frozenset[str], tuple[str, ...], frozenset[str], frozenset[str]]:
    c = _config()
    particles = tuple(sorted(c["ko_particles"], key=len, reverse=True))
    return (
        frozenset(c["common_names"]),
        particles,
        frozenset(c["ko_stopwords"]),
        frozenset(c["en_stopwords"]),
    )


@functools.lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """A name folded to its letters: Hyon Song-wol, HYON Songwol -> hyonsongwol."""
    return re.sub(r"[^a-z]", "", fold(name))


def code_key(value: str) -> str:
    """An instrument or facility folded to its letters and digits: UNSCR 2397 -> unscr2397."""
    return re.sub(r"[^a-z0-9]", "", fold(value))


@functools.lru_cache(maxsize=65536)
def ko_stem(word: str) -> str:
    """A Korean word without its trailing particle (현송월이 -> 현송월)."""
    for particle in _wordlists()[1]:
        if word.endswith(particle) and len(word) - len(particle) >= 2:
            return word[: -len(particle)]
    return word


@functools.lru_cache(maxsize=65536)
def _romanized(stem: str) -> frozenset[str]:
    try:
        return frozenset(name_key(r) for r in from_hangul(stem))
    except Exception:  # noqa: BLE001 - a romanizer hiccup must not stop linking
        return frozenset()


FEATURES = ("names", "singles", "roman", "numbers", "words")
LEAD_FEATURES = ("lead_names", "lead_singles", "lead_roman", "lead_numbers")
LEAD_CHARS = 600


def text_features(text: str) -> dict[str, frozenset[str]]:
    """Names, romanized Korean words, distinctive numbers and content words of an evidence text.

    English names are runs of capitalised words (every two or three in a row: "Vice Premier
    Choe Yong Gon" gives choeyonggon); Korean words of two to four syllables give their
    romanizations, so that 현송월 meets Hyon Song-wol. Numbers leave out single digits and
    years (dates are compared on their own); codes are capitalised letters with digits (Il-76).
    """
    common, _, ko_stop, en_stop = _wordlists()
    names: set[str] = set()
    singles: set[str] = set()
    for match in _EN_RUN.finditer(text):
        parts = [name_key(p) for p in match.group().split()]
        for size in (2, 3):
            for i in range(len(parts) - size + 1):
                key = "".join(parts[i : i + size])
                if len(key) >= 6 and key not in common:
                    names.add(key)
        singles |= {p for p in parts if len(p) >= 4 and p not in common}
    words: set[str] = set()
    roman: set[str] = set()
    for match in _HANGUL_WORD.finditer(text):
        stem = ko_stem(match.group())
        if stem in ko_stop or match.group() in ko_stop:
            continue
        words |= {stem[i : i + 2] for i in range(len(stem) - 1)}  # syllable pairs
        if 2 <= len(stem) <= 4:
            roman |= {k for k in _romanized(stem) if len(k) >= 4 and k not in common}
    for match in _EN_WORD.finditer(text):
        word = match.group().lower()
        if word not in en_stop:
            words.add(word[:6])  # a crude stem: execute, executed, execution
    numbers: set[str] = set()
    for match in _NUMBER.finditer(text):
        value = match.group().replace(",", "")
        if len(value) < 2 or value.startswith("0") or (1900 <= _as_int(value) <= 2099):
            continue
        numbers.add(value)
    for match in _CODE.finditer(text):
        code = match.group().upper().replace("-", "")
        if not code.isdigit() and code not in {"UN", "US", "NK", "DPRK", "ROK", "AP", "AFP"}:
            numbers.add(code)
    found: tuple[set[str], ...] = (names, singles, roman, numbers, words)
    return {k: frozenset(v) for k, v in zip(FEATURES, found, strict=True)}


def lead_features(text: str) -> dict[str, frozenset[str]]:
    """What the title and lead of a report name: the story's people, places and numbers."""
    found = text_features(text)
    return {f"lead_{k}": found[k] for k in ("names", "singles", "roman", "numbers")}


def _lead_names(a: Candidate, b: Candidate) -> set[str]:
    """Names the two reports' leads share (across scripts when their languages differ)."""
    shared = set(a.lead_names & b.lead_names)
    if a.language != b.language:
        shared |= (a.lead_names | a.lead_singles) & b.lead_roman
        shared |= (b.lead_names | b.lead_singles) & a.lead_roman
    return shared


def _as_int(value: str) -> int:
    try:
        return int(float(value))
    except ValueError:
        return 0


# --- features ---------------------------------------------------------------------------

Part = tuple[float, str]


def _day(iso: str) -> date:
    return date.fromisoformat(iso)


def _published_day(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return _day(published[:10]) if len(published) >= 10 else None
    except ValueError:
        return None


def days_apart(a: Candidate, b: Candidate) -> int:
    """Days between two dated events' intervals (0 when they meet)."""
    a0, a1 = _day(a.date_start or ""), _day(a.date_end or "")
    b0, b1 = _day(b.date_start or ""), _day(b.date_end or "")
    return max(0, (b0 - a1).days, (a0 - b1).days)


def date_part(a: Candidate, b: Candidate) -> Part | None:
    """Dates at their precision (None: years apart); an undated event happened before its report."""
    dated_a, dated_b = bool(a.date_start and a.date_end), bool(b.date_start and b.date_end)
    if dated_a and dated_b:
        gap = days_apart(a, b)
        if gap > 400:
            return None
        if a.precision == b.precision == "day":
            if gap == 0:
                return 2.0, "+date:same day"
            if gap <= SLACK_DAYS:
                return 1.5, f"+date:{gap} day apart"
            if gap <= 12:
                return (-0.5 if gap <= 7 else -1.0), f"-date:{gap} days apart"
            return (-2.0, "-date:weeks apart") if gap <= 25 else (-4.0, "-date:a month apart")
        if gap == 0:
            coarse = "year" if "year" in (a.precision, b.precision) else "month"
            return (0.4, "+date:same year") if coarse == "year" else (1.0, "+date:same month")
        return (-0.5, "-date:next month") if gap <= 31 else (-4.0, "-date:months apart")
    if dated_a != dated_b:
        dated, other = (a, b) if dated_a else (b, a)
        told = _published_day(other.published)
        if told is None:
            return 0.0, ""
        start = _day(dated.date_start or "")
        if start > told + timedelta(days=SLACK_DAYS):
            return -3.0, "-date:after the other report"
        age = (told - _day(dated.date_end or "")).days
        if age <= 60:
            return 0.3, "+date:shortly before the other report"
        return (-1.5, "-date:long before the other report") if age > 365 else (-0.5, "")
    return 0.0, ""


def published_part(a: Candidate, b: Candidate) -> Part:
    """Reports of one happening come out within days of each other."""
    pa, pb = _published_day(a.published), _published_day(b.published)
    if pa is None or pb is None:
        return 0.0, ""
    apart = abs((pa - pb).days)
    if apart <= 4:
        return 0.7, "+published:within days"
    if apart <= 30:
        return 0.0, ""
    return (-0.7, "-published:weeks apart") if apart <= 120 else (-1.5, "-published:months apart")


def _km(a: Candidate, b: Candidate) -> float | None:
    if None in (a.lat, a.lon, b.lat, b.lon):
        return None
    la1, lo1, la2, lo2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))  # type: ignore[arg-type]
    h = (
        math.sin((la2 - la1) / 2) ** 2
        + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    )
    return 12742 * math.asin(math.sqrt(min(1.0, h)))


def place_part(a: Candidate, b: Candidate) -> Part:
    """Same place, nested (a city in the other's province), near, or far apart."""
    if not (a.place and b.place):
        return 0.0, ""
    if (a.gazetteer_id and a.gazetteer_id == b.gazetteer_id) or a.place.lower() == b.place.lower():
        return 1.5, "+place:same"
    names = {a.place.lower(), b.place.lower()}
    if (a.admin1 and a.admin1.lower() in names) or (b.admin1 and b.admin1.lower() in names):
        return 0.8, "+place:nested"
    km = _km(a, b)
    if km is not None and km <= 60:
        return 0.5, "+place:near"
    if a.admin1 and b.admin1 and a.admin1.lower() == b.admin1.lower():
        return 0.3, "+place:same province"
    if km is not None and km > 300:
        return -1.5, "-place:far apart"
    return -0.7, "-place:differs"


def people_part(a: Candidate, b: Candidate) -> Part:
    """Counts within tolerance ('10여명' and 12 agree; 9 and 30 do not)."""
    if a.people is None or b.people is None:
        return 0.0, ""
    if a.people == b.people:
        return 1.0, "+people:same"
    low, high = sorted((a.people, b.people))
    if high - low <= 2 or low / high >= 0.75:
        return 0.5, "+people:close"
    return (-1.5, "-people:differ") if low / high < 0.5 else (-0.5, "-people:differ")


def goods_part(a: Candidate, b: Candidate) -> Part:
    """Shared commodities; an instrument (a resolution, a designation) must be the same."""
    if a.instrument and b.instrument:
        if code_key(a.instrument) != code_key(b.instrument):
            return -5.0, "-instrument:differs"
        return 2.5, "+instrument:same"
    if not (a.commodities and b.commodities):
        return 0.0, ""
    if a.commodities & b.commodities:
        return 0.5, "+goods:shared"
    return -0.7, "-goods:differ"


def detail_part(a: Candidate, b: Candidate) -> Part:
    """The same facility or penalty; for sanctions, the same targets."""
    score, why = 0.0, []
    if a.facility and b.facility:
        same = code_key(a.facility) == code_key(b.facility)
        score += 1.0 if same else -0.5
        why.append("+facility:same" if same else "-facility:differs")
    if a.penalty_kind and b.penalty_kind:
        same = a.penalty_kind == b.penalty_kind
        score += 0.3 if same else -0.7
        why.append("+penalty:same" if same else "-penalty:differs")
    if a.type == b.type == "sanction" and a.actors and b.actors:
        same = bool(a.actors & b.actors)
        score += 0.7 if same else -2.0
        why.append("+target:same" if same else "-target:differs")
    return score, ";".join(why)


def evidence_part(a: Candidate, b: Candidate) -> Part:
    """Names (across scripts), distinctive numbers and, in one language, the words shared."""
    score, why = 0.0, []
    names = a.names & b.names
    if a.language != b.language:
        names |= (a.names | a.singles) & b.roman
        names |= (b.names | b.singles) & a.roman
    if names:
        score += 2.5 if len(names) == 1 else 3.5
        why.append("+names:" + ",".join(sorted(names)[:3]))
    numbers = a.numbers & b.numbers
    if numbers:
        score += min(2.0, 0.8 * len(numbers))
        why.append("+numbers:" + ",".join(sorted(numbers)[:3]))
    if not names and (story := _lead_names(a, b)):  # the reports tell one story
        score += 2.0 if len(story) == 1 else 2.5
        why.append("+lead names:" + ",".join(sorted(story)[:3]))
    if lead_numbers := (a.lead_numbers & b.lead_numbers) - numbers:
        score += min(1.5, 0.5 * len(lead_numbers))
        why.append("+lead numbers:" + ",".join(sorted(lead_numbers)[:3]))
    if a.language == b.language and a.words and b.words:
        shared = len(a.words & b.words) / len(a.words | b.words)
        if shared >= 0.08:
            score += min(1.5, 6 * shared)
            why.append(f"+words:{shared:.2f}")
    return score, ";".join(why)


def type_part(a: Candidate, b: Candidate) -> Part | None:
    """The same type, or types one happening is told as (an arrest, a detention)."""
    if a.type == b.type:
        return 0.0, ""
    if {a.type, b.type} in [set(p) for p in _config()["related_types"]]:
        return -1.5, "-type:related"
    return None


def compare(a: Candidate, b: Candidate) -> Link | None:
    """The link of two events, or None when they cannot be one happening."""
    if a.document_id == b.document_id:
        return None
    kind = type_part(a, b)
    when = date_part(a, b)
    if kind is None or when is None:
        return None
    parts = [kind, when, published_part(a, b), place_part(a, b), people_part(a, b)]
    parts += [goods_part(a, b), detail_part(a, b), evidence_part(a, b)]
    total = sum(p[0] for p in parts)
    reasons = [r for p in parts for r in p[1].split(";") if r]
    first, second = sorted((a.id, b.id))
    return Link(first, second, round(1 / (1 + math.exp(CENTRE - total)), 4), reasons)


# --- blocking ---------------------------------------------------------------------------


def family(event_type: str) -> str:
    """The type family an event is blocked in."""
    for name, members in _config()["families"].items():
        if event_type in members:
            return str(name)
    return event_type


def window(ev: Candidate) -> tuple[date, date] | None:
    """The days an event may have happened in: its date, else the months before its report."""
    if ev.date_start and ev.date_end:
        return _day(ev.date_start), _day(ev.date_end)
    told = _published_day(ev.published)
    if told is None:
        return None
    return told - timedelta(days=UNDATED_WINDOW), told


def _months(start: date, end: date) -> list[str]:
    out, year, month = [], start.year, start.month
    while (year, month) <= (end.year, end.month):
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def _weeks(day: date) -> list[str]:
    """The ISO weeks of the days around a day: two day-precise events up to WEEK_SLACK days
    apart (more, across a week's end) share one."""
    found: list[str] = []
    for shift in range(-WEEK_SLACK, WEEK_SLACK + 1):
        year, week, _ = (day + timedelta(days=shift)).isocalendar()
        if (key := f"{year:04d}-W{week:02d}") not in found:
            found.append(key)
    return found


def _keys(ev: Candidate) -> tuple[list[str], list[str]]:
    """Where an event is filed and where it looks, by the precision of its date.

    A day-precise event is filed by the weeks around its day (and its month, for coarser
    dates to find it); a month-, year-precise or undated event (its window: the months before
    its report) by its months or year. Each looks where the events it may meet are filed, so
    that a pair meets from either side.
    """
    fam = family(ev.type)
    span = window(ev)
    if span is None:  # neither date nor publication date: nothing to place it in time
        return [], []
    start, end = span
    months = _months(start, end)
    years = sorted({m[:4] for m in months})
    coarse = (
        [f"{fam}|m|{m}" for m in months]
        + [f"{fam}|y|{y}" for y in years]
        + [f"{fam}|u|{m}" for m in months]
    )
    if ev.date_start and ev.precision == "day":
        weeks = [f"{fam}|d|{w}" for w in _weeks(start)]
        return weeks + [f"{fam}|dm|{months[0]}"], weeks + coarse
    dm = [f"{fam}|dm|{m}" for m in months]
    if not ev.date_start:
        return [f"{fam}|u|{m}" for m in months], dm + coarse
    if ev.precision == "month":
        return [f"{fam}|m|{m}" for m in months], dm + coarse
    return [f"{fam}|y|{y}" for y in years], dm + coarse


def blocks(ev: Candidate) -> list[str]:
    """The blocks an event is filed in (type family, time bucket); see _keys."""
    return _keys(ev)[0]


def lookups(ev: Candidate) -> list[str]:
    """The blocks an event looks in for events it may be one happening with."""
    return _keys(ev)[1]


def region(ev: Candidate) -> str:
    """The region an event is blocked in: its province, or "?" (unplaced or a whole country),
    which meets every region."""
    return ev.admin1.lower() if ev.admin1 else ANY_REGION


ANY_REGION = "?"


Groups = dict[str, dict[str, list[Candidate]]]


def _grouped(events: Iterable[Candidate]) -> Groups:
    """Events by the blocks they are filed in, then by region."""
    groups: Groups = defaultdict(lambda: defaultdict(list))
    for ev in events:
        for key in blocks(ev):
            groups[key][region(ev)].append(ev)
    return groups


def _meeting(regions: dict[str, list[Candidate]], where: str) -> Iterator[Candidate]:
    """The events of a block that an event of region where meets (at most BLOCK_CAP of each
    region, the latest filed, so that a crowded block costs a bounded time)."""
    if where == ANY_REGION:
        for members in regions.values():
            yield from members[-BLOCK_CAP:]
        return
    yield from regions.get(where, [])[-BLOCK_CAP:]
    yield from regions.get(ANY_REGION, [])[-BLOCK_CAP:]


def _pairs(
    looking: Iterable[Candidate], groups: Groups, seen: set[tuple[str, str]]
) -> Iterator[tuple[Candidate, Candidate]]:
    for a in looking:
        where = region(a)
        for key in lookups(a):
            if key not in groups:
                continue
            for b in _meeting(groups[key], where):
                pair = (a.id, b.id) if a.id < b.id else (b.id, a.id)
                if a.document_id != b.document_id and pair not in seen:
                    seen.add(pair)
                    yield a, b


def candidate_pairs(events: Iterable[Candidate]) -> Iterator[tuple[Candidate, Candidate]]:
    """Each pair of events that meet in a block (type family, time, region), once; an event
    without a region meets every region."""
    every = list(events)
    yield from _pairs(every, _grouped(every), set())


def pairs_for(
    new: Iterable[Candidate], block_mates: Iterable[Candidate]
) -> Iterator[tuple[Candidate, Candidate]]:
    """Pairs of new events with each other and with the stored events of their blocks."""
    fresh = list(new)
    ids = {ev.id for ev in fresh}
    groups = _grouped([ev for ev in block_mates if ev.id not in ids] + fresh)
    yield from _pairs(fresh, groups, set())


def score_pairs(
    pairs: Iterable[tuple[Candidate, Candidate]], minimum: float = SUGGEST
) -> list[Link]:
    """Every pair scoring at least minimum, best first."""
    links = (compare(a, b) for a, b in pairs)
    return sorted(
        (k for k in links if k and k.score >= minimum), key=lambda k: (-k.score, k.a, k.b)
    )


def suggest(events: Iterable[Candidate], minimum: float = SUGGEST) -> list[Link]:
    """Every pair of the events scoring at least minimum, best first."""
    return score_pairs(candidate_pairs(events), minimum)


# --- clustering -------------------------------------------------------------------------


def clusters(
    links: Iterable[Link],
    accepted: Iterable[tuple[str, str]],
    rejected: Iterable[tuple[str, str]],
    documents: dict[str, str] | None = None,
) -> dict[str, str]:
    """Event id -> incident id, for events in incidents of two or more.

    Accepted pairs always join; undecided links at or above AUTO_LINK join best first, unless the
    join would put a rejected pair, or (when documents maps events to their documents) two
    events of one report, into one incident: a report tells a happening once, so two of its
    events in one incident mean a chain of links went astray. Computed afresh from the
    decisions, so undoing a decision undoes its effect.
    """
    refused: dict[str, set[str]] = defaultdict(set)
    for x, y in rejected:
        refused[x].add(y)
        refused[y].add(x)
    doc_of = documents or {}
    member: dict[str, set[str]] = {}
    docs: dict[int, set[str]] = {}  # id() of a member set -> the documents of its events

    def group(x: str) -> set[str]:
        if x not in member:
            member[x] = {x}
            docs[id(member[x])] = {doc_of[x]} if x in doc_of else set()
        return member[x]

    def join(a: str, b: str, forced: bool) -> None:
        left, right = group(a), group(b)
        if left is right:
            return
        if len(left) < len(right):
            left, right = right, left
        if not forced:
            if any(refused[x] & left for x in right if x in refused):
                return
            if docs[id(left)] & docs[id(right)]:
                return
        left |= right
        docs[id(left)] |= docs.pop(id(right))
        for x in right:
            member[x] = left

    for a, b in accepted:
        join(a, b, True)
    for link in sorted(links, key=lambda k: (-k.score, k.a, k.b)):
        if link.score >= AUTO_LINK and link.b not in refused[link.a]:
            join(link.a, link.b, False)
    names: dict[int, str] = {}
    for g in member.values():
        if len(g) > 1 and id(g) not in names:
            names[id(g)] = incident_id(g)
    return {x: names[id(g)] for x, g in member.items() if len(g) > 1}


def incident_id(members: Iterable[str]) -> str:
    """The deterministic id of an incident: a hash of its smallest event id."""
    return "inc-" + hashlib.sha256(min(members).encode()).hexdigest()[:16]
