"""The date of an event chosen by fitted weights, as extract/place_scoring.py chooses its
place: the date the rules gave (or none), "no date", the day, month and year of publication,
and each date written in or near the sentences that tell the event are candidates; each is
described by yes-or-no and small numeric features, and the one with the highest weighted sum
wins where it scores more than a margin above the rules' choice.

The weights are fitted by `scripts/fit_dates.py` (logistic regression, cross-validated over
reports) and kept, as feature names and numbers only, in `nkevents/data/weights/date.json`.
Scoring is a dot product. Word lists: `data/date_choice.yaml`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from nkevents.detect.dates import DateMention
from nkevents.extract import weights_file
from nkevents.extract.context import DocContext
from nkevents.extract.events import Group
from nkevents.model import Event, Provenance, Span
from nkevents.vocabulary import load_data

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
# date rules of nkevents.detect.dates that count from the day of publication
RELATIVE_RULES = frozenset(
    {
        "relative",
        "ago",
        "today",
        "yesterday",
        "weekday",
        "weekend",
        "recent",
        "ko_lately",
        "ko_past_day",
        "ko_past_month",
        "ko_yesterday",
        "ko_days_ago",
        "ko_week",
        "ko_weekday",
        "ko_d",
        "ko_m",
        "ko_y",
        "ko_same_month",
    }
)
_WORDS = ("recent", "ongoing", "past", "perfect", "told")
_KINDS = ("none", "pub_day", "pub_month", "pub_year")

# Every feature, in the order of the weights file.
FEATURES: tuple[str, ...] = (
    *_KINDS,
    *(f"{k}_{w}" for k in _KINDS for w in _WORDS),
    *(f"{k}_{t}" for k in ("none", "pub_month") for t in TYPES),
    *(
        f"{k}_{f}"
        for k in _KINDS
        for f in ("rule", "no_date_near", "korean", "lede", "headline", "others_dated")
    ),
    "rule",
    "rule_derived",
    "rule_only",
    "mention",
    "mention_rule",
    "in_sentence",
    "in_strong_sentence",
    "same_clause",
    "after_trigger",
    "token_distance",
    "sentence_distance",
    "before_event",
    "headline",
    "relative_rule",
    "recent_rule",
    "other_event",
    "other_event_value",
    "repeats",
    "day",
    "month",
    "year",
    "coarsened",
    "months_to_publication",
    "after_publication",
    "korean",
)


@dataclass(slots=True)
class Candidate:
    """One date an event may have (None: no date) and its features."""

    value: str | None
    features: dict[str, float] = field(default_factory=dict)
    span: Span | None = None  # the date mention standing for it


@dataclass(slots=True, frozen=True)
class Weights:
    """Fitted weights, whether extraction uses them, and the margin over the rules' choice."""

    intercept: float
    weights: dict[str, float]
    adopted: bool
    margin: float = 0.0
    # added to the score of "no date" when choosing: a date is worth giving when it is right
    # less often than not, since a date left out costs as much as a wrong one (F1)
    none_bias: float = 0.0

    def score(self, features: dict[str, float]) -> float:
        """The weighted sum of a candidate's features (with the bias of "no date")."""
        bias = self.none_bias if features.get("none") else 0.0
        return (
            bias + self.intercept + sum(self.weights.get(k, 0.0) * v for k, v in features.items())
        )


@cache
def weights() -> Weights:
    """The weights in `nkevents/data/weights/date.json`."""
    return weights_from(weights_file.read("date"))


def weights_from(raw: dict[str, Any]) -> Weights:
    """Weights from the JSON object of a weights file (names must be known features)."""
    return Weights(
        float(raw["intercept"]),
        weights_file.named(raw, FEATURES, "date"),
        bool(raw.get("adopted", False)),
        float(raw.get("margin", 0.0)),
        float(raw.get("none_bias", 0.0)),
    )


@cache
def _words() -> dict[tuple[str, str], re.Pattern[str]]:
    raw = load_data("date_choice.yaml")
    edge = {"en": r"\b"}  # English words whole; Korean endings stand inside words
    return {
        (name, lang): re.compile(
            "|".join(f"{edge.get(lang, '')}(?:{p}){edge.get(lang, '')}" for p in parts),
            re.IGNORECASE,
        )
        for name in _WORDS
        for lang, parts in raw[name].items()
    }


_CLAUSE_BREAK = re.compile(r"[,;:()]|\b(?:and|but|while|after|before|when|which|who)\b|[고며데]\s")
_WORD = re.compile(r"\w+")


def _sentence_index(ctx: DocContext, at: int) -> int:
    lo, hi = 0, len(ctx.sentences)
    while lo < hi:  # the last sentence starting at or before `at`
        mid = (lo + hi) // 2
        if ctx.sentences[mid].start <= at:
            lo = mid + 1
        else:
            hi = mid
    return max(lo - 1, 0)


def _precision(value: str) -> dict[str, float]:
    return {("day" if len(value) == 10 else "month" if len(value) == 7 else "year"): 1.0}


def _months(value: str) -> int:
    return int(value[:4]) * 12 + (int(value[5:7]) - 1 if len(value) >= 7 else 6)


def _when(value: str, published: str | None) -> dict[str, float]:
    if not published:
        return {}
    gap = _months(published) - _months(value)
    return {
        "months_to_publication": math.log1p(abs(gap)) / 3,
        "after_publication": float(value[: len(published)] > published[: len(value)]),
    }


def candidates(
    ctx: DocContext,
    g: Group,
    ev: Event,
    others: Sequence[Event] = (),
) -> list[Candidate]:
    """The dates an event may have, "no date" and the dates of publication, each with its
    features (`others`: the report's other events)."""
    text, published = ctx.text, ctx.published
    korean = float(ctx.language == "ko")
    told = {m.sentence.start: m.sentence for m in g.mentions}
    strong = {m.sentence.start for m in g.mentions if m.strength == "strong"}
    own = sorted({_sentence_index(ctx, s) for s in told})
    near = {i for k in own for i in range(k - 2, k + 2) if 0 <= i < len(ctx.sentences)}
    near.add(0)  # the headline or first line
    rule_at = ev.provenance.get("date")
    rule_span = rule_at.span if rule_at is not None else None
    other_spans = {p.span for e in others if (p := e.provenance.get("date")) is not None}
    other_values = {e.date for e in others if e.date}
    other_sentences = {a for e in others for a, _ in e.evidence}
    found: list[tuple[DateMention, int]] = []
    for i in sorted(near):
        s = ctx.sentences[i]
        found.extend((d, i) for d in ctx.dates_in((s.start, s.end)))
    counts: dict[str, int] = {}
    for d, _ in found:
        counts[d.value] = counts.get(d.value, 0) + 1
    out: list[Candidate] = []
    for d, i in found:
        f: dict[str, float] = {"mention": 1.0, **_precision(d.value), **_when(d.value, published)}
        s = ctx.sentences[i]
        inside = s.start in told
        f["in_sentence"] = float(inside)
        f["in_strong_sentence"] = float(s.start in strong)
        f["sentence_distance"] = math.log1p(min(abs(i - k) for k in own)) / 2
        f["before_event"] = float(i < own[0])
        f["headline"] = float(i == 0)
        if inside:
            triggers = [m.trigger for m in g.mentions if m.sentence.start == s.start]
            t = min(triggers, key=lambda t: abs(t[0] - d.start))
            a, b = (d.end, t[0]) if d.start < t[0] else (t[1], d.start)
            between = text[a:b] if a < b else ""
            f["same_clause"] = float(not _CLAUSE_BREAK.search(between))
            f["after_trigger"] = float(d.start > t[0])
            f["token_distance"] = math.log1p(len(_WORD.findall(between))) / 3
        f["relative_rule"] = float(d.rule in RELATIVE_RULES)
        f["recent_rule"] = float(d.rule in ("recent", "ko_lately"))
        f["other_event"] = float(
            (d.start, d.end) in other_spans or (not inside and s.start in other_sentences)
        )
        f["other_event_value"] = float(d.value in other_values)
        f["repeats"] = math.log1p(counts[d.value] - 1)
        f["korean"] = korean
        if d.value == ev.date:
            f["rule"] = 1.0
            f["mention_rule"] = float(
                rule_span is not None and rule_span[0] <= d.start < rule_span[1]
            )
        out.append(Candidate(d.value, {k: v for k, v in f.items() if v}, (d.start, d.end)))
        if inside and len(d.value) == 10:  # its month: a day the report may not stand by
            month = {**f, **_when(d.value[:7], published), "coarsened": 1.0, "day": 0.0}
            month.update(month=1.0, rule=float(d.value[:7] == ev.date), mention_rule=0.0)
            month["other_event_value"] = float(d.value[:7] in other_values)
            out.append(
                Candidate(d.value[:7], {k: v for k, v in month.items() if v}, (d.start, d.end))
            )
    evidence = " ".join(text[s.start : s.end] for s in told.values())
    words = _words()
    said = {
        w: float(bool(p.search(evidence))) for (w, lang), p in words.items() if lang == ctx.language
    }
    no_date_near = float(not any(c.features.get("in_sentence") for c in out))
    lede = float(own[0] <= 2)
    headline = float(own[0] == 0)
    others_dated = float(any(e.date for e in others))
    kinds: list[tuple[str, str | None]] = [("none", None)]
    if published:
        kinds += [
            ("pub_day", published[:10]),
            ("pub_month", published[:7]),
            ("pub_year", published[:4]),
        ]
        kinds = [
            (k, v)
            for k, v in kinds
            if v is None or len(v) == {"pub_day": 10, "pub_month": 7}.get(k, 4)
        ]
    for kind, value in kinds:
        f = {kind: 1.0, **{f"{kind}_{w}": on for w, on in said.items()}}
        f[f"{kind}_no_date_near"] = no_date_near
        f[f"{kind}_korean"] = korean
        f[f"{kind}_lede"] = lede
        f[f"{kind}_headline"] = headline
        f[f"{kind}_others_dated"] = others_dated
        if kind in ("none", "pub_month"):
            f[f"{kind}_{ev.type}"] = 1.0
        if value is not None:
            f.update(_precision(value))
            f.update(_when(value, published))
        if value == ev.date:
            f["rule"] = 1.0
            f[f"{kind}_rule"] = 1.0
        out.append(Candidate(value, {k: v for k, v in f.items() if k in FEATURES and v}))
    if ev.date is not None and not any(c.value == ev.date for c in out):
        f = {"rule": 1.0, "rule_only": 1.0, **_precision(ev.date), **_when(ev.date, published)}
        f["rule_derived"] = float(rule_at is not None and rule_at.rule.count(".") > 1)
        f["korean"] = korean
        out.append(Candidate(ev.date, {k: v for k, v in f.items() if v}, rule_span))
    return out


def rules_choice(cands: list[Candidate]) -> Candidate:
    """The candidate the rules chose (no date when they chose none)."""
    return next(c for c in cands if c.features.get("rule"))


def choose(cands: list[Candidate], w: Weights) -> Candidate:
    """The best-scored candidate (the first of equals), where it scores more than the
    weights' margin above the best-scored candidate of the rules' value; else that one."""
    best = max(cands, key=lambda c: w.score(c.features))
    rule = max((c for c in cands if c.features.get("rule")), key=lambda c: w.score(c.features))
    return best if w.score(best.features) > w.score(rule.features) + w.margin else rule


def date_events(
    ctx: DocContext,
    groups: list[Group],
    events: list[Event],
    record: list[list[Candidate]] | None = None,
    w: Weights | None = None,
) -> None:
    """Choose each event's date by the fitted weights (when adopted). With `record`, the
    rules' dates are kept and the candidates of every event are appended to it, in event
    order (for fitting)."""
    w = w or weights()
    if not w.adopted and record is None:
        return
    for g, ev in zip(groups, events, strict=True):
        others = [e for e in events if e is not ev]
        cands = candidates(ctx, g, ev, others)
        if record is not None:
            record.append(cands)
            continue
        best = choose(cands, w)
        if best.value == ev.date:
            continue
        ev.date = best.value
        if best.value is None:
            ev.provenance.pop("date", None)
        else:
            where = best.span or (ev.evidence[0] if ev.evidence else (0, 0))
            ev.provenance["date"] = Provenance(where, "date.weights")
