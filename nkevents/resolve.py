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

Blocking: an event meets only events of its type family and region near its time: days a few
apart, the month a month-precise date names, or, for an undated event, reports published within
days (`blocks`, `lookups`), so new events are linked incrementally against their blocks.
"""

from __future__ import annotations

import functools
import hashlib
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from nkevents import gazetteer
from nkevents.romanize import fold, from_hangul
from nkevents.vocabulary import load_data


@functools.cache
def _config() -> dict[str, Any]:
    data: dict[str, Any] = load_data("linking.yaml")
    return data


SUGGEST: float = _config()["suggest"]  # pairs at least this likely are suggested to people
AUTO_LINK: float = _config()["auto_link"]  # undecided pairs at least this likely are linked
CENTRE: float = _config()["centre"]  # evidence sum that makes a pair as likely as not
SLACK_DAYS = 2  # reports count days from different time zones, verdicts vs announcements
DAY_REACH = 3  # day-precise events this many days apart meet
PUBLISHED_REACH = 10  # an undated event meets events of reports published this many days apart
BLOCK_CAP = 400  # events of one block and region a new event is compared with, at most
CROWD_FROM: int = _config()["crowd_from"]  # events met from which agreeing says less (crowds)


@dataclass(slots=True)
class Candidate:
    """What resolution needs to know of one event (not frozen: a frozen dataclass of this many
    fields takes five times as long to build, and the linker builds one per stored event it
    meets)."""

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
    places: frozenset[str] = frozenset()  # gazetteer ids of the places the evidence names
    lead_places: frozenset[str] = frozenset()  # the same, of the report's title and lead
    # Worked out once from the fields above, for the many comparisons of one event:
    first: int | None = field(init=False, default=None)  # ordinal of date_start
    last: int | None = field(init=False, default=None)  # ordinal of date_end
    told: int | None = field(init=False, default=None)  # ordinal of the publication day
    keys: frozenset[str] = field(init=False, default=frozenset())  # names, numbers, places
    latin: frozenset[str] = field(init=False, default=frozenset())  # names in Latin letters
    hangul: frozenset[str] = field(init=False, default=frozenset())  # romanized Korean words
    # What agreeing counts for less when the event meets a crowd (see crowds): set when it links
    crowd: float = field(init=False, default=0.0)

    def __post_init__(self) -> None:
        if self.date_start and self.date_end:
            self.first = _day(self.date_start).toordinal()
            self.last = _day(self.date_end).toordinal()
        if (told := _published_day(self.published)) is not None:
            self.told = told.toordinal()
        self.keys = self.names | self.numbers | self.places | self.lead_names
        self.keys |= self.lead_numbers | self.lead_places
        self.latin = self.names | self.singles | self.lead_names | self.lead_singles
        self.hangul = self.roman | self.lead_roman


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


FEATURES = ("names", "singles", "roman", "numbers", "words", "places")
LEAD_FEATURES = ("lead_names", "lead_singles", "lead_roman", "lead_numbers", "lead_places")
LEAD_CHARS = 600


def text_features(text: str) -> dict[str, frozenset[str]]:
    """Names, romanized Korean words, distinctive numbers and content words of an evidence text.

    English names are runs of capitalised words (every two or three in a row: "Vice Premier
    Choe Yong Gon" gives choeyonggon); Korean words of two to four syllables give their
    romanizations, so that 현송월 meets Hyon Song-wol. Numbers leave out single digits and
    years (dates are compared on their own); codes are capitalised letters with digits (Il-76).
    """
    en_stop = _wordlists()[3]
    names: set[str] = set()
    singles: set[str] = set()
    for run in _EN_RUN.findall(text):
        run_names, run_singles = _run_keys(run)
        names.update(run_names)
        singles.update(run_singles)
    words: set[str] = set()
    roman: set[str] = set()
    for found_word in _HANGUL_WORD.findall(text):
        pairs, romanized = _hangul_keys(found_word)
        words.update(pairs)
        roman.update(romanized)
    lowered = (w.lower() for w in _EN_WORD.findall(text))
    words.update(w[:6] for w in lowered if w not in en_stop)  # a crude stem: execut(e, ion)
    numbers: set[str] = set()
    for value in _NUMBER.findall(text):
        value = value.replace(",", "")
        if len(value) < 2 or value.startswith("0") or (1900 <= _as_int(value) <= 2099):
            continue
        numbers.add(value)
    for code in _CODE.findall(text):
        code = code.upper().replace("-", "")
        if not code.isdigit() and code not in {"UN", "US", "NK", "DPRK", "ROK", "AP", "AFP"}:
            numbers.add(code)
    found: tuple[set[str], ...] = (names, singles, roman, numbers, words, named_places(text))
    return {k: frozenset(v) for k, v in zip(FEATURES, found, strict=True)}


@functools.lru_cache(maxsize=65536)
def _run_keys(run: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The name keys (two or three words in a row) and single-word keys of a capitalised run."""
    common, openers = _wordlists()[0], _openers()
    parts = [name_key(p) for p in run.split()]
    while parts and parts[0] in openers:  # "In Hyesan", "The Court": no part of a name
        parts = parts[1:]
    names = []
    for size in (2, 3):
        for i in range(len(parts) - size + 1):
            key = "".join(parts[i : i + size])
            if len(key) >= 6 and key not in common:
                names.append(key)
    return tuple(names), tuple(p for p in parts if len(p) >= 4 and p not in common)


@functools.lru_cache(maxsize=65536)
def _hangul_keys(found: str) -> tuple[frozenset[str], frozenset[str]]:
    """The syllable pairs and the romanizations of a Korean word (without its particle)."""
    common, _, ko_stop, _ = _wordlists()
    stem = ko_stem(found)
    if stem in ko_stop or found in ko_stop:
        return frozenset(), frozenset()
    pairs = frozenset(stem[i : i + 2] for i in range(len(stem) - 1))
    if not 2 <= len(stem) <= 4:
        return pairs, frozenset()
    return pairs, frozenset(k for k in _romanized(stem) if len(k) >= 4 and k not in common)


def named_places(text: str) -> set[str]:
    """Gazetteer ids of the places a text names, in either script (서해 and the Yellow Sea are
    one id), less countries and the places every report names (linking.yaml common_places)."""
    gaz, common = gazetteer.load(), _common_places()
    found: set[str] = set()
    for _, _, variant in gazetteer.match(text):
        options = gaz.lookup(variant)
        if options and len(options) <= 2:  # an ambiguous name says little
            place = options[0].place
            if place.kind != "country" and name_key(place.name) not in common:
                found.add(place.id)
    return found


@functools.cache
def _common_places() -> frozenset[str]:
    return frozenset(name_key(n) for n in _config()["common_places"])


@functools.cache
def _openers() -> frozenset[str]:
    return frozenset(_config()["name_openers"])


def lead_features(text: str) -> dict[str, frozenset[str]]:
    """What the title and lead of a report name: the story's people, places and numbers."""
    found = text_features(text)
    return {f"lead_{k}": found[k] for k in ("names", "singles", "roman", "numbers", "places")}


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
    if a.first is None or b.first is None or a.last is None or b.last is None:
        raise ValueError("days_apart compares dated events")
    return max(0, b.first - a.last, a.first - b.last)


def date_part(a: Candidate, b: Candidate) -> Part | None:
    """Dates at their precision (None: years apart); an undated event happened before its report."""
    dated_a, dated_b = a.first is not None, b.first is not None
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
        told = other.told
        if told is None or dated.first is None or dated.last is None:
            return 0.0, ""
        if dated.first > told + SLACK_DAYS:
            return -3.0, "-date:after the other report"
        age = told - dated.last
        if age <= 60:
            return 0.3, "+date:shortly before the other report"
        return (-1.5, "-date:long before the other report") if age > 365 else (-0.5, "")
    return 0.0, ""


def published_part(a: Candidate, b: Candidate) -> Part:
    """Reports of one happening come out within days of each other."""
    if a.told is None or b.told is None:
        return 0.0, ""
    apart = abs(a.told - b.told)
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
    if _nested(a, b) or _nested(b, a):
        return 0.8, "+place:nested"
    km = _km(a, b)
    if km is not None and km <= 60:
        return 0.5, "+place:near"
    if a.admin1 and b.admin1 and a.admin1.lower() == b.admin1.lower():
        return 0.3, "+place:same province"
    if km is not None and km > 300:
        return -1.5, "-place:far apart"
    return -0.7, "-place:differs"


def _nested(inner: Candidate, outer: Candidate) -> bool:
    """Whether inner lies in outer: outer's place is inner's province (a city and its province;
    a province's own capital, such as Seoul in Seoul, is no province of another place)."""
    return bool(
        inner.admin1
        and outer.place
        and inner.admin1.lower() == outer.place.lower()
        and inner.place != outer.place
    )


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
    """Shared commodities; an instrument (a resolution, a designation) must be the same, unless
    both are told of one day: then one report more likely named the resolution it amends."""
    score, why = 0.0, []
    if a.instrument and b.instrument:
        if code_key(a.instrument) == code_key(b.instrument):
            score, why = 2.5, ["+instrument:same"]
        elif _same_day(a, b):
            score, why = -1.5, ["-instrument:differs on the same day"]
        else:
            score, why = -5.0, ["-instrument:differs"]
    if a.commodities and b.commodities:
        shared = bool(a.commodities & b.commodities)
        score += 0.5 if shared else -0.7
        why.append("+goods:shared" if shared else "-goods:differ")
    return score, ";".join(why)


def _same_day(a: Candidate, b: Candidate) -> bool:
    dated = a.first is not None and b.first is not None
    return dated and a.precision == b.precision == "day" and days_apart(a, b) <= 1


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
    counts = _counts(a, b)
    numbers = a.numbers & b.numbers - counts
    if numbers:
        score += min(2.0, 0.8 * len(numbers))
        why.append("+numbers:" + ",".join(sorted(numbers)[:3]))
    if not names and (story := _lead_names(a, b)):  # the reports tell one story
        score += 2.0 if len(story) == 1 else 2.5
        why.append("+lead names:" + ",".join(sorted(story)[:3]))
    if lead_numbers := (a.lead_numbers & b.lead_numbers) - numbers - counts:
        score += min(1.5, 0.5 * len(lead_numbers))
        why.append("+lead numbers:" + ",".join(sorted(lead_numbers)[:3]))
    if places := (a.places | a.lead_places) & (b.places | b.lead_places):
        score += 0.6 if len(places) == 1 else 1.0
        why.append("+places named:" + ",".join(sorted(places)[:3]))
    if a.language == b.language and a.words and b.words:
        common = len(a.words & b.words)
        shared = common / (len(a.words) + len(b.words) - common)
        if shared >= 0.08:
            score += min(WORDS_MOST, 6 * shared)
            why.append(f"+words:{shared:.2f}")
    return score, ";".join(why)


def _counts(a: Candidate, b: Candidate) -> set[str]:
    """The events' counts as their evidence writes them ("12 people"): people_part has weighed
    them, so a report repeating its count is no second agreement."""
    return {str(n) for n in (a.people, b.people) if n is not None}


def type_part(a: Candidate, b: Candidate) -> Part | None:
    """The same type, or types one happening is told as (an arrest, a detention)."""
    if a.type == b.type:
        return 0.0, ""
    if frozenset((a.type, b.type)) in _related():
        return -1.5, "-type:related"
    return None


@functools.cache
def _related() -> frozenset[frozenset[str]]:
    return frozenset(frozenset(p) for p in _config()["related_types"])


def _may_share(a: Candidate, b: Candidate) -> bool:
    """Whether the evidence of two events may share names, numbers or places (else only
    words can agree)."""
    if not a.keys.isdisjoint(b.keys):
        return True
    return a.language != b.language and not (
        a.latin.isdisjoint(b.hangul) and b.latin.isdisjoint(a.hangul)
    )


WORDS_MOST = 1.5  # the most the words of the evidence add


def compare(a: Candidate, b: Candidate, floor: float | None = None) -> Link | None:
    """The link of two events, or None when they cannot be one happening (or, with floor,
    when they cannot score floor: then the evidence is read only if it may get there)."""
    if a.document_id == b.document_id:
        return None
    kind = type_part(a, b)
    when = date_part(a, b)
    if kind is None or when is None:
        return None
    published, place, people = published_part(a, b), place_part(a, b), people_part(a, b)
    goods, detail = goods_part(a, b), detail_part(a, b)
    parts = [kind, when, published, place, people, goods, detail]
    total = 0 + kind[0] + when[0] + published[0] + place[0] + people[0] + goods[0] + detail[0]
    if crowd := max(a.crowd, b.crowd):
        total -= crowd
        parts.append((-crowd, "-crowded:many alike events met"))
    if floor is not None and not _may_share(a, b):
        most = WORDS_MOST if a.language == b.language else 0.0
        if 1 / (1 + math.exp(CENTRE - total - most)) < floor:
            return None
    parts.append(evidence_part(a, b))
    total += parts[-1][0]
    score = round(1 / (1 + math.exp(CENTRE - total)), 4)
    if floor is not None and score < floor:
        return None
    reasons = [r for p in parts for r in p[1].split(";") if r]
    first, second = (a.id, b.id) if a.id < b.id else (b.id, a.id)
    return Link(first, second, score, reasons)


# --- blocking ---------------------------------------------------------------------------


@functools.lru_cache(maxsize=64)
def family(event_type: str) -> str:
    """The type family an event is blocked in."""
    for name, members in _config()["families"].items():
        if event_type in members:
            return str(name)
    return event_type


@functools.lru_cache(maxsize=4096)
def _days(day: date, reach: int) -> list[str]:
    return [(day + timedelta(days=shift)).isoformat() for shift in range(-reach, reach + 1)]


def _keys(ev: Candidate) -> tuple[list[str], list[str]]:
    return _keys_of(ev.type, ev.date_start, ev.date_end, ev.precision, ev.published)


@functools.lru_cache(maxsize=65536)
def _keys_of(
    event_type: str,
    date_start: str | None,
    date_end: str | None,
    precision: str | None,
    published: str | None,
) -> tuple[list[str], list[str]]:
    """Where an event is filed and where it looks, by the precision of its date.

    A day-precise event is filed by its day (``d``) and month (``dm``) and looks at the days
    within DAY_REACH and at the month-precise events of its month (``m``); a month-precise
    event is filed by its month and looks at the day- and month-precise events of that month;
    a year-precise event meets the others of its year (``y``). Every event is filed by its
    report's publication day (``p``), and an undated or year-precise event by that day too
    (``q``): those look at the events of reports published within PUBLISHED_REACH days
    (``p``), and the others at them (``q``), since reports of one happening come out within
    days of each other. Each looks where the events it may meet are filed, so that a pair
    meets from either side.
    """
    fam = family(event_type)
    told = _published_day(published)
    near = _days(told, PUBLISHED_REACH) if told else []
    filed = [f"{fam}|p|{told.isoformat()}"] if told else []
    dated = bool(date_start and date_end)
    if not dated or precision not in ("day", "month"):  # undated, or only a year
        year = [f"{fam}|y|{(date_start or '')[:4]}"] if dated else []
        filed += [f"{fam}|q|{told.isoformat()}"] if told else []
        return year + filed, year + [f"{fam}|p|{d}" for d in near]
    start = _day(date_start or "")
    month = f"{start.year:04d}-{start.month:02d}"
    looks = [f"{fam}|q|{d}" for d in near] + [f"{fam}|m|{month}"]
    if precision == "month":
        return [f"{fam}|m|{month}", *filed], [f"{fam}|dm|{month}", *looks]
    days = [f"{fam}|d|{d}" for d in _days(start, DAY_REACH)]
    return [f"{fam}|d|{start.isoformat()}", f"{fam}|dm|{month}", *filed], days + looks


def blocks(ev: Candidate) -> list[str]:
    """The blocks an event is filed in (type family, time bucket); see _keys."""
    return _keys(ev)[0]


def lookups(ev: Candidate) -> list[str]:
    """The blocks an event looks in for events it may be one happening with."""
    return _keys(ev)[1]


def crowd_penalty(met: int) -> float:
    """What agreeing on type, time and place counts for less when an event meets this many
    events in its blocks: the odds that one of them is the same happening by chance grow with
    their number (nothing below CROWD_FROM, where the weights were set)."""
    return math.log(met / CROWD_FROM) if met > CROWD_FROM else 0.0


def crowds(new: Sequence[Candidate], filed: Filed) -> None:
    """Set each new event's crowd: crowd_penalty of the events it meets in the blocks it looks
    in (the stored ones filed where filed says, and the new ones), counted as _pairs meets
    them (its region and the unplaced, or every region when unplaced; at most BLOCK_CAP of
    each), itself and its report's events included. A store of a million events met 175 a new
    event where a year of reports meets some ten."""
    sizes: dict[str, Counter[str]] = defaultdict(Counter)
    fresh = {ev.id for ev in new}
    for event_id, filings in filed.items():
        if event_id not in fresh:
            for key, place in filings:
                sizes[key][place] += 1
    for ev in new:
        if (known := filed.get(ev.id)) is not None:
            for key, place in known:
                sizes[key][place] += 1
        else:
            home = region(ev)
            for key in blocks(ev):
                sizes[key][home] += 1
    for ev in new:
        where, met = region(ev), 0
        for key in lookups(ev):
            if (regions := sizes.get(key)) is None:
                continue
            if where == ANY_REGION:
                met += sum(min(BLOCK_CAP, n) for n in regions.values())
            else:
                met += min(BLOCK_CAP, regions[where]) + min(BLOCK_CAP, regions[ANY_REGION])
        ev.crowd = crowd_penalty(met)


def region(ev: Candidate) -> str:
    """The region an event is blocked in: its province, or "?" (unplaced or a whole country),
    which meets every region."""
    return ev.admin1.lower() if ev.admin1 else ANY_REGION


ANY_REGION = "?"


Groups = dict[str, dict[str, list[Candidate]]]
Filed = dict[str, list[tuple[str, str]]]  # event id -> (block, region) it is filed in


def _grouped(events: Iterable[Candidate], filed: Filed | None = None) -> Groups:
    """Events by the blocks they are filed in, then by region (as filed says, for the events it
    names: the blocks a store read them from)."""
    groups: Groups = defaultdict(lambda: defaultdict(list))
    known = filed or {}
    for ev in events:
        if (where := known.get(ev.id)) is not None:
            for key, place in where:
                groups[key][place].append(ev)
            continue
        for key in blocks(ev):
            groups[key][region(ev)].append(ev)
    return groups


def _pairs(
    looking: Iterable[Candidate], groups: Groups, seen: set[tuple[str, str]]
) -> Iterator[tuple[Candidate, Candidate]]:
    """Each pair of a looking event and an event it meets, once: in each block it looks in, an
    event meets the events of its region and the unplaced ones, or, unplaced itself, those of
    every region; at most BLOCK_CAP of each region, the latest filed, so that a crowded block
    costs a bounded time. (One loop, no generator per block: it runs for every pair a store's
    linking scores.)"""
    for a in looking:
        where, aid, adoc = region(a), a.id, a.document_id
        for key in lookups(a):
            regions = groups.get(key)
            if regions is None:
                continue
            if where == ANY_REGION:
                lists: Iterable[list[Candidate] | None] = list(regions.values())
            else:
                lists = (regions.get(where), regions.get(ANY_REGION))
            for members in lists:
                if not members:
                    continue
                if len(members) > BLOCK_CAP:
                    members = members[-BLOCK_CAP:]
                for b in members:
                    bid = b.id
                    pair = (aid, bid) if aid < bid else (bid, aid)
                    if pair not in seen and adoc != b.document_id:
                        seen.add(pair)
                        yield a, b


def candidate_pairs(events: Iterable[Candidate]) -> Iterator[tuple[Candidate, Candidate]]:
    """Each pair of events that meet in a block (type family, time, region), once; an event
    without a region meets every region."""
    every = list(events)
    yield from _pairs(every, _grouped(every), set())


def pairs_for(
    new: Iterable[Candidate], block_mates: Iterable[Candidate], filed: Filed | None = None
) -> Iterator[tuple[Candidate, Candidate]]:
    """Pairs of new events with each other and with the stored events of their blocks (filed
    may say which of their blocks and regions they were found in)."""
    fresh = list(new)
    ids = {ev.id for ev in fresh}
    groups = _grouped([ev for ev in block_mates if ev.id not in ids] + fresh, filed)
    yield from _pairs(fresh, groups, set())


def score_pairs(
    pairs: Iterable[tuple[Candidate, Candidate]], minimum: float = SUGGEST
) -> list[Link]:
    """Every pair scoring at least minimum, best first."""
    links = (compare(a, b, minimum) for a, b in pairs)
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
            if any(refused[x] & left for x in refused.keys() & right):
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
        if link.score >= AUTO_LINK and link.b not in refused.get(link.a, ()):
            join(link.a, link.b, False)
    names: dict[int, str] = {}
    for g in member.values():
        if len(g) > 1 and id(g) not in names:
            names[id(g)] = incident_id(g)
    return {x: names[id(g)] for x, g in member.items() if len(g) > 1}


def incident_id(members: Iterable[str]) -> str:
    """The deterministic id of an incident: a hash of its smallest event id."""
    return "inc-" + hashlib.sha256(min(members).encode()).hexdigest()[:16]
