"""Evaluate: score extractions against an answer key with the metric of EVENTS.md."""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from functools import cache
from typing import Any

from nkevents.vocabulary import load_data

Json = dict[str, Any]
Value = Any  # a comparable field value: str, int, bool, a sorted tuple of str, or None


@dataclass(slots=True, frozen=True)
class Rules:
    """The normalisation and pairing rules, from nkevents/data/scoring.yaml."""

    scalar_fields: tuple[str, ...]
    set_fields: tuple[str, ...]
    admin_words: frozenset[str]
    admin1_words: frozenset[str]
    facility_words: frozenset[str]
    strip_chars: str
    province_of: Mapping[str, str]
    weights: tuple[tuple[str, float], ...]
    shared_member: float
    required_bonus: float

    @property
    def headline(self) -> tuple[str, ...]:
        """Every field scored, in report order."""
        return ("type", *self.scalar_fields, *self.set_fields)


@cache
def rules() -> Rules:
    """The scoring rules shipped with the package."""
    raw = load_data("scoring.yaml")
    admin = frozenset(raw["admin_words"])
    return Rules(
        scalar_fields=tuple(raw["scalar_fields"]),
        set_fields=tuple(raw["set_fields"]),
        admin_words=admin,
        admin1_words=admin | set(raw["admin1_words"]),
        facility_words=admin | set(raw["facility_words"]),
        strip_chars=raw["strip_chars"],
        province_of={v: k for k, vs in raw["provinces"].items() for v in vs},
        weights=tuple((k, float(w)) for k, w in raw["pairing_weights"].items()),
        shared_member=float(raw["shared_member"]),
        required_bonus=float(raw["required_bonus"]),
    )


def fold(text: object) -> str:
    """Lower case without accents, quotes or dots; hyphens become spaces."""
    text = unicodedata.normalize("NFKD", str(text))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = text.translate({ord(c): None for c in rules().strip_chars})
    return text.replace("-", " ").replace("_", " ")


def norm_place(name: object, drop: frozenset[str] | None = None) -> str | None:
    """A place name reduced to its distinctive words, joined."""
    if not name:
        return None
    drop = rules().admin_words if drop is None else drop
    return "".join(w for w in fold(name).split() if w not in drop) or None


def norm_admin1(name: object) -> str | None:
    """A province or special city, one key per spelling."""
    key = norm_place(name, rules().admin1_words)
    return None if key is None else rules().province_of.get(key, key)


def norm_facility(name: object) -> str | None:
    """A facility name without words such as kyohwaso, camp or No."""
    return norm_place(name, rules().facility_words)


def _location(event: Json) -> Json:
    loc = event.get("location") or {}
    return {"name": loc} if isinstance(loc, str) else loc


def _members(values: Any) -> tuple[str, ...]:
    return tuple(sorted({str(v).lower() for v in values or []}))


def comparable(event: Json) -> dict[str, Value]:
    """The value of each scored field of one event, normalised for comparison."""
    loc, pen = _location(event), event.get("penalty") or {}
    instrument = event.get("instrument")
    return {
        "type": event.get("type"),
        "date": event.get("date") or None,
        "location": norm_place(loc.get("name")),
        "admin1": norm_admin1(loc.get("admin1")),
        "people": event.get("people"),
        "public": event.get("public"),
        "penalty_kind": pen.get("kind"),
        "penalty_min": pen.get("min_months"),
        "penalty_max": pen.get("max_months"),
        "facility": norm_facility(event.get("facility")),
        "instrument": fold(instrument).replace(" ", "") if instrument else None,
        "charges": _members(event.get("charges")),
        "commodities": _members(event.get("commodities")),
    }


def accepted(name: str, gold: Json) -> set[str | None] | None:
    """Every accepted value of a field with alternative names, or None for other fields."""
    if name == "location":
        loc = _location(gold)
        return {norm_place(n) for n in [loc.get("name"), *(loc.get("alt") or [])] if n}
    if name == "facility":
        names = [gold.get("facility"), *(gold.get("facility_alt") or [])]
        return {norm_facility(n) for n in names if n}
    return None


def same(name: str, gold: Json, gold_value: Value, sys_value: Value) -> bool:
    """Whether a system value of one field agrees with the gold event."""
    names = accepted(name, gold)
    if names is None:
        return bool(gold_value == sys_value)
    return sys_value is not None and sys_value in names


def similarity(gold: Json, system: Json) -> float:
    """How much a system event agrees with a gold event, for pairing them."""
    g, s = comparable(gold), comparable(system)
    score = sum(
        weight
        for name, weight in rules().weights
        if g[name] is not None and s[name] is not None and same(name, gold, g[name], s[name])
    )
    shared = len(set(g["commodities"]) & set(s["commodities"]))
    shared += len(set(g["charges"]) & set(s["charges"]))
    return score + rules().shared_member * shared


def align(gold_events: list[Json], sys_events: list[Json]) -> dict[int, int]:
    """Pair gold with system events of the same type, best agreement first (gold -> system)."""
    candidates = [
        (similarity(g, s) + (0.0 if g.get("optional") else rules().required_bonus), gi, si)
        for gi, g in enumerate(gold_events)
        for si, s in enumerate(sys_events)
        if g.get("type") == s.get("type")
    ]
    # highest agreement first; ties go to the earliest gold, then the earliest system event
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    pairs: dict[int, int] = {}
    for _, gi, si in candidates:
        if gi not in pairs and si not in pairs.values():
            pairs[gi] = si
    return pairs


@dataclass(slots=True, frozen=True)
class Figures:
    """Precision, recall and F1 of one tally, rounded as the scorer prints them."""

    p: float
    r: float
    f1: float
    correct: int
    gold: int
    system: int

    def to_json(self) -> Json:
        """The figures as a JSON object (the keys of shared/eval/score.py)."""
        return asdict(self)


@dataclass(slots=True)
class Tally:
    """Counts of right claims, things to find and claims made."""

    correct: int = 0
    gold: int = 0
    system: int = 0

    def add(self, correct: int, gold: int, system: int) -> None:
        """Add counts."""
        self.correct += correct
        self.gold += gold
        self.system += system

    def figures(self) -> Figures:
        """P/R/F1; nothing to find and nothing claimed counts as perfect."""
        p = self.correct / self.system if self.system else float(not self.gold)
        r = self.correct / self.gold if self.gold else float(not self.system)
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        return Figures(round(p, 4), round(r, 4), round(f1, 4), self.correct, self.gold, self.system)


@dataclass(slots=True)
class Tallies:
    """Everything counted while scoring a set of documents."""

    relevance: Tally = field(default_factory=Tally)
    events: Tally = field(default_factory=Tally)
    by_type: defaultdict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    by_field: defaultdict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    per_doc: dict[str, Tally] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Score:
    """The figures of one evaluation (same content as shared/eval/score.py --json)."""

    documents: int
    missing_documents: list[str]
    relevance: Figures
    events: Figures
    slots: Figures
    by_type: dict[str, Figures]
    by_field: dict[str, Figures]
    per_doc: dict[str, Figures]

    @property
    def slot_f1(self) -> float:
        """The headline figure: F1 over every field of every event."""
        return self.slots.f1

    def to_json(self, per_doc: bool = True) -> Json:
        """The score as the JSON object shared/eval/score.py prints."""
        out: Json = {
            "documents": self.documents,
            "missing_documents": self.missing_documents,
            "relevance": self.relevance.to_json(),
            "events": self.events.to_json(),
            "slot_f1": self.slot_f1,
            "slots": self.slots.to_json(),
            "by_type": {k: v.to_json() for k, v in self.by_type.items()},
            "by_field": {k: v.to_json() for k, v in self.by_field.items()},
        }
        if per_doc:
            out["per_doc"] = {k: v.to_json() for k, v in self.per_doc.items()}
        return out


def count(name: str, value: Value) -> int:
    """How many things a field value claims: members of a set, else 0 or 1."""
    if name in rules().set_fields:
        return len(value)
    return 0 if value is None else 1


def agreed(name: str, gold: Json, g: Value, s: Value | None) -> int:
    """How many gold values of one field the paired system value gets right."""
    if s is None:
        return 0
    if name in rules().set_fields:
        return len(set(g) & set(s))
    return int(g is not None and same(name, gold, g, s))


def is_relevant(doc: Json) -> bool:
    """A document's relevance; without the flag, whether it has a required event."""
    default = any(not e.get("optional") for e in doc.get("events") or [])
    return bool(doc.get("relevant", default))


def _count_gold(tallies: Tallies, doc: Tally, gold: Json, system: Json | None) -> None:
    hit = system is not None
    kind = str(gold.get("type"))
    for target in (tallies.events, tallies.by_type[kind], doc):
        target.add(int(hit), 1, 0)
    g = comparable(gold)
    s = comparable(system) if system is not None else None
    for name in rules().headline:
        ok = agreed(name, gold, g[name], s[name] if s is not None else None)
        tallies.by_field[name].add(ok, count(name, g[name]), 0)


def _count_system(tallies: Tallies, doc: Tally, system: Json) -> None:
    for target in (tallies.events, tallies.by_type[str(system.get("type"))], doc):
        target.add(0, 0, 1)
    s = comparable(system)
    for name in rules().headline:
        tallies.by_field[name].add(0, 0, count(name, s[name]))


def score_document(tallies: Tallies, gold_doc: Json, sys_doc: Json) -> None:
    """Count one document: relevance, events found and every field of them."""
    gold_events, sys_events = gold_doc.get("events") or [], sys_doc.get("events") or []
    g_rel, s_rel = is_relevant(gold_doc), bool(sys_doc.get("relevant", bool(sys_events)))
    tallies.relevance.add(int(g_rel and s_rel), int(g_rel), int(s_rel))
    pairs = align(gold_events, sys_events)
    doc = tallies.per_doc.setdefault(str(gold_doc.get("id")), Tally())
    for gi, gold in enumerate(gold_events):
        if not gold.get("optional"):
            si = pairs.get(gi)
            _count_gold(tallies, doc, gold, None if si is None else sys_events[si])
    optional_hits = {si for gi, si in pairs.items() if gold_events[gi].get("optional")}
    for si, system in enumerate(sys_events):
        if si not in optional_hits:  # a passing mention found: neither rewarded nor penalised
            _count_system(tallies, doc, system)


def score(gold_docs: Mapping[str, Json], sys_docs: Mapping[str, Json]) -> Score:
    """Score system extractions against gold, both keyed by document id."""
    tallies = Tallies()
    for doc_id, gold_doc in gold_docs.items():
        sys_doc = sys_docs.get(doc_id)
        if sys_doc is None:
            tallies.missing.append(doc_id)
            sys_doc = {"id": doc_id, "relevant": False, "events": []}
        score_document(tallies, {**gold_doc, "id": doc_id}, sys_doc)
    return _summarise(len(gold_docs), tallies)


def _summarise(documents: int, tallies: Tallies) -> Score:
    overall = Tally()
    for name in rules().headline:
        t = tallies.by_field[name]
        overall.add(t.correct, t.gold, t.system)
    return Score(
        documents=documents,
        missing_documents=tallies.missing,
        relevance=tallies.relevance.figures(),
        events=tallies.events.figures(),
        slots=overall.figures(),
        by_type={k: tallies.by_type[k].figures() for k in sorted(tallies.by_type)},
        by_field={k: tallies.by_field[k].figures() for k in rules().headline},
        per_doc={k: v.figures() for k, v in tallies.per_doc.items()},
    )
