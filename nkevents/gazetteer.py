"""The gazetteer: places of and around North Korea, looked up by any spelling or found in text."""

from __future__ import annotations

import csv
import difflib
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import ahocorasick_rs
import yaml

from nkevents.errors import DataError
from nkevents.romanize import bare, fold, is_hangul, key

# How likely a bare name means a place of this kind, all else equal (cities before
# their namesake mines, camps or markets).
KIND_PRIOR = {
    "special_city": 9,
    "province": 7,
    "city": 8,
    "country": 7,
    "prefecture": 6,
    "county": 6,
    "town": 5,
    "river": 5,
    "region": 5,
    "sea": 5,
    "site": 5,
    "mine": 4,
    "political_prison_camp": 4,
    "labor_camp": 3,
    "border_crossing": 3,
    "port": 3,
    "enterprise": 3,
    "market": 2,
    "district": 2,
    "detention_center": 1,
    "other": 1,
}
SITE_WORDS = frozenset(
    ["airport", "airfield", "stadium", "station", "square", "harbor", "harbour", "port"]
    + ["customs", "court", "hospital"]
)
CAMP_KINDS = frozenset({"political_prison_camp", "labor_camp", "detention_center"})


@dataclass(slots=True, frozen=True)
class Place:
    """One gazetteer row."""

    id: str
    name: str
    kind: str
    admin1: str | None
    admin2: str | None
    country: str
    lat: float | None
    lon: float | None
    precision: str
    actor: bool
    names: tuple[str, ...]
    source: str


@dataclass(slots=True, frozen=True)
class Candidate:
    """A place a spelling may mean, with the variant that matched and how well."""

    place: Place
    variant: str
    score: float

    def to_json(self) -> dict[str, Any]:
        """The JSON line `nkevents places` prints."""
        p = self.place
        return {
            "name": p.name,
            "kind": p.kind,
            "admin1": p.admin1,
            "country": p.country,
            "lat": p.lat,
            "lon": p.lon,
            "gazetteer_id": p.id,
            "variant": self.variant,
        }


@dataclass(slots=True, frozen=True)
class Entry:
    """A place reachable by one key, and how directly (3 its name, 2 a listed name, 1 generated)."""

    place: Place
    quality: int
    score: float  # prior score of this reading of the key: quality first, then kind


def _entry(place: Place, quality: int, own_stem: bool = False) -> Entry:
    """An index entry; a listed name that is the place's own name plus a suffix ranks higher."""
    return Entry(place, quality, quality * 10 + KIND_PRIOR.get(place.kind, 1) + own_stem)


def _float(text: str) -> float | None:
    return float(text) if text else None


def _place(rec: dict[str, str]) -> Place:
    return Place(
        id=rec["id"],
        name=rec["name"],
        kind=rec["kind"],
        admin1=rec["admin1"] or None,
        admin2=rec["admin2"] or None,
        country=rec["country"],
        lat=_float(rec["lat"]),
        lon=_float(rec["lon"]),
        precision=rec["precision"],
        actor=bool(rec["actor"]),
        names=tuple(rec["names"].split("|")),
        source=rec["source"],
    )


class Gazetteer:
    """All places, indexed by every variant key."""

    def __init__(self, rows: list[dict[str, str]]) -> None:
        self.places: tuple[Place, ...] = tuple(_place(r) for r in rows)
        index: dict[str, list[Entry]] = {}
        for place, rec in zip(self.places, rows, strict=True):
            listed, own = {key(n) for n in place.names}, key(place.name)
            for variant in rec["variants"].split("|") + sorted(listed):
                quality = 3 if variant == own else 2 if variant in listed else 1
                entries = index.setdefault(variant, [])
                if not entries or all(e.place is not place for e in entries):
                    stem = quality == 2 and key(bare(variant)) == key(bare(place.name))
                    entries.append(_entry(place, quality, stem))
        self.index = {
            k: (v[0],) if len(v) == 1 else tuple(sorted(v, key=lambda e: -e.score))
            for k, v in index.items()
            if k
        }
        self.by_id = {p.id: p for p in self.places}
        self.short_names = {n for p in self.places for n in p.names if len(n) <= 4}
        self._spaceless: dict[str, list[str]] = {}
        for k in self.index:
            self._spaceless.setdefault(k.replace(" ", "").replace("-", ""), []).append(k)

    def lookup(self, variant: str) -> tuple[Entry, ...]:
        """The places a variant key may mean, best first (no context)."""
        return self.index.get(variant, ())

    def seat(self, place: Place) -> Place | None:
        """The city, town or county a site (market, office) lies in, by its admin2."""
        if not place.admin2:
            return None
        for entry in self.lookup(key(place.admin2)):
            same = entry.place.admin1 == place.admin1
            if same and entry.place.kind in ("city", "special_city", "town", "county"):
                return entry.place
        return None

    def candidates(self, name: str) -> list[Candidate]:
        """Places a written name may mean, best first.

        When no variant matches, a spelling that differs only in spaces and hyphens
        (Pyong Yang), or a single word a letter off (Hoeryoung), gives its places at half score.
        """
        for variant in _tries(name):
            entries = self.lookup(variant)
            if entries:
                return [Candidate(e.place, variant, e.score) for e in entries]
        wanted = key(bare(name))
        close = list(self._spaceless.get(wanted.replace(" ", "").replace("-", ""), ()))
        if not close and " " not in wanted and len(wanted) >= 7 and not is_hangul(wanted):
            keys = [k for k in self.index if k[:1] == wanted[:1] and abs(len(k) - len(wanted)) < 2]
            close = difflib.get_close_matches(wanted, keys, n=3, cutoff=0.88)
        found = {
            e.place.id: Candidate(e.place, v, e.score / 2)
            for v in reversed(close)
            for e in self.lookup(v)
        }
        return sorted(found.values(), key=lambda c: -c.score)


def _tries(name: str) -> list[str]:
    """Keys to try: as given, without suffix, without a Korean ending, without a site word.

    "Hyesan airfield" and "Pyongyang airport" are looked up as the place they name.
    """
    tries = [key(name), key(bare(name))]
    if is_hangul(name):
        tries += [key(name[:cut]) for cut in range(len(name) - 1, 1, -1)]
    head, _, last = key(name).rpartition(" ")
    if head and last in SITE_WORDS:
        tries.append(head)
    return tries


@cache
def load() -> Gazetteer:
    """The packaged gazetteer (read once)."""
    rows = []
    for name in ("gazetteer.csv", "world_places.csv"):
        try:
            text = resources.files("nkevents.data").joinpath(name).read_text("utf-8")
            rows += list(csv.DictReader(text.splitlines()))
        except (OSError, KeyError, ValueError) as err:
            raise DataError(f"{name} cannot be read: {err}") from err
    try:
        return Gazetteer(rows)
    except (KeyError, ValueError) as err:
        raise DataError(f"the gazetteer cannot be read: {err}") from err


def candidates(name: str) -> list[Candidate]:
    """Places a written name may mean, best first (see Gazetteer.candidates)."""
    return load().candidates(name)


# --- matching every variant in running text -----------------------------------------------


@cache
def rules() -> dict[str, Any]:
    """The word lists of place matching and geocoding (nkevents/data/places_rules.yaml)."""
    text = resources.files("nkevents.data").joinpath("places_rules.yaml").read_text("utf-8")
    data: dict[str, Any] = yaml.safe_load(text)
    return data


@cache
def _automaton() -> tuple[ahocorasick_rs.AhoCorasick, tuple[str, ...]]:
    """One Aho-Corasick automaton over the gazetteer's variant keys, and the keys.

    Names that are also common words (places_rules.yaml `not_places`) are left out: they
    still answer `nkevents places`, but are not looked for in running text.
    """
    stop = set(rules()["not_places"])
    keys = tuple(k for k in load().index if k not in stop)
    return ahocorasick_rs.AhoCorasick(keys), keys


@cache
def _tails() -> tuple[str, ...]:
    return tuple(rules()["hangul_tails"])


def _is_hangul(text: str, at: int) -> bool:
    return 0 <= at < len(text) and "\uac00" <= text[at] <= "\ud7a3"


def _hangul_start_ok(text: str, start: int) -> bool:
    """A Hangul name starts a word, or follows a country's name written onto it ("중국연변")."""
    if not _is_hangul(text, start - 1):
        return True
    for head in rules()["hangul_heads"]:
        at = start - len(head)
        if at >= 0 and text.startswith(head, at) and not _is_hangul(text, at - 1):
            return True
    return False


def _hangul_end_ok(text: str, end: int) -> bool:
    """A Hangul name may be followed by a particle or a known noun, not by any syllable."""
    if end >= len(text) or not "\uac00" <= text[end] <= "\ud7a3":
        return True
    return text.startswith(_tails(), end)


def _hangul_tail(text: str, end: int) -> bool:
    """Whether a Korean particle or a known noun follows a name written in Latin letters."""
    return "\uac00" <= text[end] <= "\ud7a3" and text.startswith(_tails(), end)


def _latin_ok(text: str, start: int, end: int) -> bool:
    """Word boundaries on both sides (or a Korean particle after: "NLL을", "DMZ에서"), a
    capital first letter; short names in their own case."""
    if start > 0 and text[start - 1].isalnum():
        return False
    if end < len(text) and text[end].isalnum() and not _hangul_tail(text, end):
        return False
    word = text[start:end]
    if not word[0].isupper():
        return False
    return len(word) > 4 or word.isupper() or word in load().short_names


def _accept(text: str, start: int, end: int) -> bool:
    first = text[start]
    if first.isascii():
        return first.isalpha() and _latin_ok(text, start, end)
    if "\uac00" <= first <= "\ud7a3":
        return _hangul_start_ok(text, start) and _hangul_end_ok(text, end)
    return not first.isalpha() or not first.islower()  # a Latin letter with marks: a capital


def _raw_matches(text: str, folded: str) -> list[tuple[int, int, str]]:
    """All acceptable (start, end, variant) hits, overlapping."""
    hits = []
    automaton, keys = _automaton()
    for index, start, end in automaton.find_matches_as_indexes(folded, overlapping=True):
        if text[start].islower():
            continue  # most hits in running text: words that merely contain a name
        if _accept(text, start, end):
            hits.append((start, end, keys[index]))
    return hits


def _longest(hits: list[tuple[int, int, str]], size: int) -> list[tuple[int, int, str]]:
    """Non-overlapping hits, the longest winning, in text order."""
    if len(hits) < 2:
        return hits
    taken, used = [], bytearray(size)
    for hit in sorted(hits, key=lambda h: (h[0] - h[1], h[0])):
        if used.find(1, hit[0], hit[1]) < 0:
            taken.append(hit)
            used[hit[0] : hit[1]] = b"\x01" * (hit[1] - hit[0])
    return sorted(taken)


def match(text: str, folded: str | None = None) -> list[tuple[int, int, str]]:
    """The matching pass: (start, end, variant) of every place name, longest winning; a
    city of the world table only where the text tells it as where (`world_locative`)."""
    hits = _longest(_raw_matches(text, fold(text) if folded is None else folded), len(text))
    world = _world_cities()
    if any(h[2] in world for h in hits):
        hits = [h for h in hits if h[2] not in world or world_locative(text, h[0], h[1])]
    return hits


@cache
def _world_cities() -> frozenset[str]:
    """Keys that name only cities of the world table (data/world_places.csv)."""
    return frozenset(
        k
        for k, entries in load().index.items()
        if all(e.place.id.startswith("w-gn-") for e in entries)
    )


@cache
def _world_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], tuple[str, ...]]:
    data = rules()["world_locative"]
    before = re.compile(data["en_before"] + r"$")  # its prepositions in any case, names capitalised
    not_before = re.compile(data["not_before"], re.IGNORECASE)
    after = re.compile(data["en_after"])
    return before, not_before, after, tuple(data["ko_after"])


def world_locative(text: str, start: int, end: int) -> bool:
    """Whether a foreign city is told as where: "in/at/near Karachi", "Karachi airport",
    "Karachi police", "카라치에서", "카라치 공항", "카라치 경찰" (a city named as where goods
    went, a person is from or lives, "her sister in London", places nothing)."""
    before, not_before, after, ko_after = _world_patterns()
    if text[end : end + 1] == "-":
        return False  # "the Washington-led talks": a compound, no place
    if before.search(text, max(0, start - 40), start):
        return not not_before.search(text, max(0, start - 40), start)
    if after.match(text, end, end + 40):
        return True
    rest = text[end : end + 8].lstrip(" ")
    return rest.startswith(ko_after)
