"""The last gate of extraction: whether each assembled event is kept, by fitted weights.

Each event, once every stage has filled it, is described by what the pipeline already knows
of it (its type, how strong and how many its mentions are, the flags the realis and story
stages set on them, which fields it has, where in the report it is told, whether another
event of its type is told and how alike the two are, the report's language); a logistic
model scores it, and events scored below the fitted threshold are dropped as spurious.

The weights are fitted by `scripts/fit_keep.py` (logistic regression over reports held out
in turn, the threshold chosen by held-out events F1) and kept, as feature names and numbers
only, in `nkevents/data/weights/keep.json`. Scoring is a dot product: no learning library is
needed at run time. While the file says it is not adopted, every event is kept.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from nkevents.extract import weights_file
from nkevents.extract.events import Group
from nkevents.extract.mention import Mention
from nkevents.model import Event

TYPES = (
    "trial",
    "execution",
    "arrest",
    "detention",
    "escape",
    "smuggling",
    "seizure",
    "crackdown",
    "sanction",
)

# Flags the mention stages set: any of the event's mentions carrying one
FLAGS = (
    "definite",
    "korean_past",
    "part",
    "beside",
    "another",
    "one_more",
    "others",
    "people_part",
    "members",
    "spread_total",
    "spread_part",
    "people_accused",
    "location_explicit",
)

FIELDS = (
    "date",
    "location",
    "people",
    "public",
    "charges",
    "penalty",
    "facility",
    "commodities",
    "instrument",
    "actors",
)

FEATURES: tuple[str, ...] = (
    *(f"type_{t}" for t in TYPES),
    "korean",
    "strong_mentions",
    "weak_mentions",
    "continuations",
    "mentions",
    "sentences",
    "paragraphs",
    "first_strong",
    "verb",
    "noun_plural",
    "anchored",
    *(f"flag_{f}" for f in FLAGS),
    *(f"has_{f}" for f in FIELDS),
    "date_day",
    "date_year_only",
    "date_years_before",
    "date_implicit",
    "date_after_published",
    "place_country",
    "people_many",
    "headline_only",
    "first_paragraph",
    "position",
    "events_in_report",
    "same_type",
    "same_type_before",
    "alike_date",
    "alike_place",
    "alike_people",
    "shares_sentence",
    "quoted",
    "hedged",
    "fields",
    "bare",
    "undated_noisy",
    "progressive",
    "in_quote",
)

# The types most often found where no happening is told (talk of a practice, a policy)
NOISY = frozenset({"smuggling", "crackdown", "escape"})
IMPLICIT = ("ko_lately", "recent", "ongoing", "holiday", "campaign", "chain_month")

_INDEX = {name: i for i, name in enumerate(FEATURES)}

_QUOTES = re.compile(r"[\"“”「」『』]|(?<!\w)'(?=\w)")
_HEDGES = re.compile(
    r"(?i)\b(?:reportedly|allegedly|rumou?r(?:s|ed)?|said to have|believed to have|may have"
    r"|unconfirmed|it is unclear|could not be (?:confirmed|verified))\b"
    r"|소문|알려졌|전해졌|것으로 보인|추정|확인되지 않"
)
_VERB_END = re.compile(r"(?:ed|en|ught|eld|hot|ent|ung|ut)$")


@dataclass(slots=True, frozen=True)
class Weights:
    """A fitted keep model: intercept, weight of each feature, the drop threshold (on the
    probability of being a real event) and whether extraction applies it."""

    intercept: float
    weights: tuple[float, ...]
    threshold: float
    adopted: bool

    def probability(self, line: list[float]) -> float:
        """The model's probability that an event described by `line` is a real one."""
        z = self.intercept + sum(w * v for w, v in zip(self.weights, line, strict=True) if v)
        return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))


@cache
def weights() -> Weights:
    """The weights in `nkevents/data/weights/keep.json`."""
    return weights_from(weights_file.read("keep"))


def weights_from(raw: dict[str, Any]) -> Weights:
    """Weights from the JSON object of a weights file (names must be known features)."""
    given = weights_file.named(raw, FEATURES, "keep")
    return Weights(
        float(raw["intercept"]),
        tuple(given.get(name, 0.0) for name in FEATURES),
        float(raw.get("threshold", 0.0)),
        bool(raw.get("adopted", False)),
    )


def describe(
    text: str,
    language: str,
    published: str | None,
    headlines: set[int],
    groups: list[Group],
    events: list[Event],
) -> list[list[float]]:
    """One line of FEATURES per event (groups[i] the mentions of events[i]; `headlines` the
    starts of the sentences that repeat the report's title)."""
    size = max(1, len(text))
    by_type: dict[str, list[int]] = {}
    for i, e in enumerate(events):
        by_type.setdefault(e.type, []).append(i)
    sentences = [{m.sentence.start for m in g.mentions} for g in groups]
    lines = []
    for i, (g, e) in enumerate(zip(groups, events, strict=True)):
        line = [0.0] * len(FEATURES)
        _put(line, f"type_{e.type}", 1.0)
        _put(line, "korean", float(language == "ko"))
        _mentions(line, g.mentions)
        for name in FIELDS:
            _put(line, f"has_{name}", float(_has(e, name)))
        _dates(line, e, published)
        if e.location is not None and (
            e.location.kind == "country" or e.location.precision == "country"
        ):
            _put(line, "place_country", 1.0)
        _put(line, "people_many", float((e.people or 0) > 1))
        starts = sentences[i]
        first = min(starts)
        _put(line, "headline_only", float(starts <= headlines))
        _put(line, "first_paragraph", float(min(m.sentence.paragraph for m in g.mentions) == 0))
        _put(line, "position", first / size)
        _put(line, "events_in_report", math.log1p(len(events) - 1))
        same = [j for j in by_type[e.type] if j != i]
        _put(line, "same_type", float(bool(same)))
        _put(line, "same_type_before", float(any(j < i for j in same)))
        if same:
            _put(line, "alike_date", float(any(_alike_date(e, events[j]) for j in same)))
            _put(line, "alike_place", float(any(_alike_place(e, events[j]) for j in same)))
            _put(line, "alike_people", float(any(e.people == events[j].people for j in same)))
            _put(line, "shares_sentence", float(any(starts & sentences[j] for j in same)))
        told = [text[m.sentence.start : m.sentence.end] for m in g.mentions]
        _put(line, "quoted", float(any(_QUOTES.search(t) for t in told)))
        _put(line, "hedged", float(any(_HEDGES.search(t) for t in told)))
        filled = sum(_has(e, name) for name in FIELDS)
        _put(line, "fields", float(filled))
        _put(line, "bare", float(not (e.date or e.location or e.people)))
        _put(line, "undated_noisy", float(e.type in NOISY and not e.date))
        lead = next((m for m in g.mentions if m.strength == "strong"), g.mentions[0])
        _put(line, "progressive", float(_PROGRESSIVE.search(lead.trigger_text) is not None))
        _put(line, "in_quote", float(_in_quote(text, lead)))
        lines.append(line)
    return lines


_PROGRESSIVE = re.compile(r"(?i)ing\b|고 있|하고$|하는$")


def _in_quote(text: str, m: Mention) -> bool:
    """Whether the mention's word stands inside quotation marks opened in its sentence."""
    before = text[m.sentence.start : m.trigger[0]]
    curly = before.count("“") > before.count("”")
    straight = before.count('"') % 2 == 1
    return curly or straight or before.count("「") > before.count("」")


def _put(line: list[float], name: str, value: float) -> None:
    line[_INDEX[name]] = value


def _mentions(line: list[float], mentions: list[Mention]) -> None:
    strong = [m for m in mentions if m.strength == "strong"]
    _put(line, "strong_mentions", math.log1p(len(strong)))
    _put(
        line,
        "weak_mentions",
        math.log1p(sum(m.strength in ("weak", "subordinate") for m in mentions)),
    )
    _put(line, "continuations", math.log1p(sum(m.strength == "continuation" for m in mentions)))
    _put(line, "mentions", math.log1p(len(mentions)))
    _put(line, "sentences", math.log1p(len({m.sentence.start for m in mentions})))
    _put(line, "paragraphs", math.log1p(len({m.sentence.paragraph for m in mentions})))
    _put(line, "first_strong", float(mentions[0].strength == "strong"))
    words = [m.trigger_text.lower() for m in (strong or mentions)]
    _put(
        line,
        "verb",
        float(any(m.korean_past for m in mentions) or any(_VERB_END.search(w) for w in words)),
    )
    _put(line, "noun_plural", float(all(w.endswith("s") for w in words)))
    _put(line, "anchored", float(any(m.anchored for m in strong)))
    for flag in FLAGS:
        _put(line, f"flag_{flag}", float(any(getattr(m, flag) for m in mentions)))


def _has(e: Event, name: str) -> bool:
    value = getattr(e, name)
    return value is not None and value != []


def _dates(line: list[float], e: Event, published: str | None) -> None:
    if not e.date:
        return
    _put(line, "date_day", float(len(e.date) == 10))
    _put(line, "date_year_only", float(len(e.date) == 4))
    rule = e.provenance.get("date")
    _put(line, "date_implicit", float(rule is not None and any(k in rule.rule for k in IMPLICIT)))
    if published and published[:4].isdigit() and e.date[:4].isdigit():
        years = int(published[:4]) - int(e.date[:4])
        _put(line, "date_years_before", float(min(max(years, 0), 5)))
        _put(line, "date_after_published", float(e.date[:10] > published[:10]))


def _alike_date(a: Event, b: Event) -> bool:
    if not a.date or not b.date:
        return False
    return a.date.startswith(b.date) or b.date.startswith(a.date)


def _alike_place(a: Event, b: Event) -> bool:
    return a.location is not None and b.location is not None and a.location.name == b.location.name


def keep_events(
    text: str,
    language: str,
    published: str | None,
    headlines: set[int],
    groups: list[Group],
    events: list[Event],
    record: list[list[float]] | None = None,
) -> list[Event]:
    """The events the fitted gate keeps (all of them while it is not adopted); with
    `record`, each event's feature line is appended to it and none is dropped (for fitting)."""
    w = weights()
    if not events or (record is None and not w.adopted):
        return events
    lines = describe(text, language, published, headlines, groups, events)
    if record is not None:
        record.extend(lines)
        return events
    return [e for e, line in zip(events, lines, strict=True) if w.probability(line) >= w.threshold]
