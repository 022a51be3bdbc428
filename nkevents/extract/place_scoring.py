"""The place of an event chosen by fitted weights: each place its report names near the
event's evidence is a candidate, and so is "no place"; each candidate is described by
yes-or-no and small numeric features, and the one with the highest weighted sum wins.

The weights are fitted by `scripts/fit_weights.py` (logistic regression on the tune split of
the shared real corpus and the project's own real set) and kept, as feature names and numbers
only, in `nkevents/data/weights/place.json`. Scoring is a dot product: no learning library is
needed at run time. The rules' own choice (`detect.places.locate`, through the mentions) is one
feature among the others, so the weights say when to keep it and when another place is better.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from nkevents.detect.places import (
    PlaceMention,
    listed_side_by_side,
    location_of,
    mention_facts,
    set_out_from,
    specificity,
)
from nkevents.extract import weights_file
from nkevents.extract.context import DocContext
from nkevents.extract.events import Group
from nkevents.extract.mention import Mention
from nkevents.gazetteer import CAMP_KINDS
from nkevents.model import Event, Location, Provenance

WATER_KINDS = frozenset({"river", "sea", "region"})
# event types a "no place" candidate is told apart by
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
_FACTS = (
    "dateline",
    "metonym",
    "speakers_seat",
    "describes_person",
    "vessel",
    "body_or_brand",
    "country_as_actor",
    "source_home",
    "went_to",
    "handed_on",
    "locative",
    "from",
    "destination",
    "path",
    "ko_locative",
    "ko_destination",
    "ko_origin",
)
# Every feature, in the order of the weights file.
FEATURES: tuple[str, ...] = (
    "none",
    "none_rule",
    "none_no_place_in_evidence",
    "none_korean",
    *(f"none_{t}" for t in TYPES),
    "rule",
    "rule_borrowed",
    "rule_anaphor",
    "usable",
    "other_event_sentence",
    "same_type_elsewhere",
    "shares_date",
    *_FACTS,
    "in_evidence",
    "in_strong_sentence",
    "same_clause",
    "near_trigger",
    "after_trigger",
    "token_distance",
    "sentence_distance",
    "paragraph_distance",
    "in_headline",
    "in_first_paragraph",
    "mentions_in_report",
    "mentions_in_evidence",
    "holds_another",
    "inside_another",
    "listed",
    "spread",
    "country",
    "province",
    "county",
    "town",
    "site",
    "camp",
    "water",
    "foreign",
    "china",
    "south_korea",
    "specificity",
    "seat",
    "seat_trial",
    "camp_detention",
    "from_escape",
    "destination_escape",
    "korean",
)

# a clause break between a trigger and a place: punctuation, a conjunction, a Korean
# connective ending (-고, -며, -으며, -는데)
_CLAUSE_BREAK = re.compile(r"[,;:()]|\b(?:and|but|while|after|before|when|which|who)\b|[고며데]\s")
_WORD = re.compile(r"\w+")


@dataclass(slots=True)
class Candidate:
    """A place an event may have happened at (None: no place), with its features."""

    location: Location | None
    features: dict[str, float] = field(default_factory=dict)
    span: tuple[int, int] | None = None  # the mention standing for it


@dataclass(slots=True, frozen=True)
class Weights:
    """Fitted weights: one number per feature name, the intercept, whether extraction uses
    them, and how far above the rules' choice another candidate must score to replace it."""

    intercept: float
    weights: dict[str, float]
    adopted: bool
    margin: float = 0.0

    def score(self, features: dict[str, float]) -> float:
        """The weighted sum of a candidate's features."""
        return self.intercept + sum(self.weights.get(k, 0.0) * v for k, v in features.items())


@cache
def weights() -> Weights:
    """The weights in `nkevents/data/weights/place.json`."""
    return weights_from(weights_file.read("place"))


def weights_from(raw: dict[str, Any]) -> Weights:
    """Weights from the JSON object of a weights file (names must be known features)."""
    return Weights(
        float(raw["intercept"]),
        weights_file.named(raw, FEATURES, "place"),
        bool(raw.get("adopted", False)),
        float(raw.get("margin", 0.0)),
    )


def _sentence_index(ctx: DocContext, at: int) -> int:
    lo, hi = 0, len(ctx.sentences)
    while lo < hi:  # the last sentence starting at or before `at`
        mid = (lo + hi) // 2
        if ctx.sentences[mid].start <= at:
            lo = mid + 1
        else:
            hi = mid
    return max(0, lo - 1)


def _trigger_facts(ctx: DocContext, p: PlaceMention, triggers: list[Mention]) -> dict[str, float]:
    """How a place stands to the nearest trigger of the event in its own sentence."""
    own = [m for m in triggers if m.sentence.start <= p.start < m.sentence.end]
    if not own:
        return {}
    m = min(own, key=lambda m: abs(m.trigger[0] - p.start))
    a, b = (p.end, m.trigger[0]) if p.start < m.trigger[0] else (m.trigger[1], p.start)
    between = ctx.text[a:b] if a < b else ""
    tokens = len(_WORD.findall(between))
    return {
        "same_clause": float(not _CLAUSE_BREAK.search(between)),
        "near_trigger": float(tokens <= 3),
        "after_trigger": float(p.start > m.trigger[0]),
        "token_distance": math.log1p(tokens) / 3,
    }


def candidates(
    ctx: DocContext,
    g: Group,
    ev: Event,
    others: frozenset[int] = frozenset(),
    kin: frozenset[int] = frozenset(),
) -> list[Candidate]:
    """The places an event may have happened at, and no place, each with its features
    (`others`: the starts of the sentences that start other events; `kin`: those that tell
    other events of its type)."""
    text, places = ctx.text, ctx.places
    sentences = {m.sentence.start: m.sentence for m in g.mentions}
    strong = {m.sentence.start for m in g.mentions if m.strength == "strong"}
    paragraphs = {s.paragraph for s in sentences.values()}
    near = {q for p in paragraphs for q in (p - 1, p, p + 1)} | {0}
    evidence_index = sorted(_sentence_index(ctx, s) for s in sentences)
    pool: dict[str, list[tuple[PlaceMention, int, bool]]] = {}
    for p in places:
        i = _sentence_index(ctx, p.start)
        s = ctx.sentences[i] if ctx.sentences else None
        if s is None or s.paragraph not in near:
            continue
        inside = s.start in sentences and p.start < s.end
        if ev.type != "escape" and set_out_from(text, p):
            continue  # "평양을 출발한 수송기가 방콕에서 억류됐다": where it came from, not where
        key = p.candidates[0].id
        pool.setdefault(key, []).append((p, i, inside))
    in_evidence = [p for group in pool.values() for p, _, inside in group if inside]
    usable_inside = {p.candidates[0].id for p in in_evidence if ctx.usable(p)}
    counts: dict[str, int] = {}
    for p in places:
        counts[p.candidates[0].id] = counts.get(p.candidates[0].id, 0) + 1
    rule = ev.location
    borrowed = float(rule is not None and not any(m.location_explicit for m in g.mentions))
    out: list[Candidate] = []
    ko = float(ctx.language == "ko")
    for key, group in pool.items():
        # the mention standing for the candidate: in the evidence and usable, else nearest
        def rank(item: tuple[PlaceMention, int, bool]) -> tuple[bool, bool, int]:
            p, i, inside = item
            gap = min(abs(i - e) for e in evidence_index) if evidence_index else 99
            return (not inside, not ctx.usable(p), gap)

        p, i, inside = min(group, key=rank)
        top = p.candidates[0]
        loc = location_of(text, places, p)
        is_rule = rule is not None and (
            (rule.gazetteer_id is not None and rule.gazetteer_id in (loc.gazetteer_id, top.id))
            or rule.name in (loc.name, top.name)
        )
        facts = mention_facts(text, p, ev.type)
        f: dict[str, float] = {k: float(v) for k, v in facts.items() if v}
        f.update(_trigger_facts(ctx, p, g.mentions) if inside else {})
        s = ctx.sentences[i]
        gap = min(abs(i - e) for e in evidence_index) if evidence_index else 9
        para_gap = min(abs(s.paragraph - q) for q in paragraphs) if paragraphs else 9
        rest = [q for q in in_evidence if q.candidates[0].id != key]
        names = {q.candidates[0].name for q in rest}
        f.update(
            {
                "rule": float(is_rule),
                "rule_borrowed": float(is_rule) * borrowed,
                "usable": float(ctx.usable(p)),
                "other_event_sentence": float(s.start in others and s.start not in sentences),
                "same_type_elsewhere": float(s.start in kin and s.start not in sentences),
                "shares_date": float(
                    ev.date is not None
                    and any(d.value == ev.date for d in ctx.dates_in((s.start, s.end)))
                ),
                "in_evidence": float(inside),
                "in_strong_sentence": float(inside and s.start in strong),
                "sentence_distance": min(gap, 5) / 5,
                "paragraph_distance": min(para_gap, 3) / 3,
                "in_headline": float(i == 0),
                "in_first_paragraph": float(s.paragraph == ctx.sentences[0].paragraph),
                "mentions_in_report": math.log1p(counts.get(key, 1)) / 3,
                "mentions_in_evidence": min(sum(1 for _, _, x in group if x), 3) / 3,
                "holds_another": float(
                    any(
                        top.name in (q.candidates[0].admin1, q.candidates[0].country)
                        for q in rest
                        if q.candidates[0].name != top.name
                    )
                ),
                "inside_another": float(top.admin1 in names or top.country in names),
                "listed": float(inside and listed_side_by_side(text, p, in_evidence)),
                "spread": float(len(usable_inside) >= 3),
                "country": float(top.kind == "country"),
                "province": float(top.kind in ("province", "prefecture")),
                "county": float(top.precision == "county"),
                "town": float(top.precision == "town"),
                "site": float(top.precision == "site" and top.kind not in CAMP_KINDS),
                "camp": float(top.kind in CAMP_KINDS),
                "water": float(top.kind in WATER_KINDS),
                "foreign": float(top.country not in ("KP", "")),
                "china": float(top.country == "CN"),
                "south_korea": float(top.country == "KR"),
                "specificity": specificity(top, ev.type) / 60,
                "seat": float(p.seat),
                "seat_trial": float(p.seat and ev.type == "trial"),
                "camp_detention": float(top.kind in CAMP_KINDS and ev.type == "detention"),
                "from_escape": float(ev.type == "escape" and facts["from"]),
                "destination_escape": float(
                    ev.type == "escape" and (facts["destination"] or facts["ko_destination"])
                ),
                "korean": ko,
            }
        )
        chosen = rule if is_rule and rule is not None else loc
        out.append(Candidate(chosen, {k: v for k, v in f.items() if v}, (p.start, p.end)))
    if rule is not None and not any(c.features.get("rule") for c in out):
        anaphor = {"rule": 1.0, "rule_anaphor": 1.0, "rule_borrowed": borrowed, "korean": ko}
        out.append(Candidate(rule, {k: v for k, v in anaphor.items() if v}))
    none = {
        "none": 1.0,
        "none_rule": float(rule is None),
        "none_no_place_in_evidence": float(not usable_inside),
        "none_korean": ko,
        f"none_{ev.type}": 1.0,
    }
    out.append(Candidate(None, {k: v for k, v in none.items() if k in FEATURES and v}))
    return out


def rules_choice(cands: list[Candidate]) -> Candidate:
    """The candidate the rules chose (no place when they chose none)."""
    rule = next((c for c in cands if c.features.get("rule")), None)
    return rule or next(c for c in cands if c.features.get("none"))


def choose(cands: list[Candidate], w: Weights) -> Candidate:
    """The best-scored candidate (the first of equals), where it scores more than the
    weights' margin above the rules' choice; else the rules' choice."""
    best = max(cands, key=lambda c: w.score(c.features))
    rule = rules_choice(cands)
    return best if w.score(best.features) > w.score(rule.features) + w.margin else rule


def place_events(
    ctx: DocContext,
    groups: list[Group],
    events: list[Event],
    record: list[list[Candidate]] | None = None,
    w: Weights | None = None,
) -> None:
    """Choose each event's place by the fitted weights (when adopted). With `record`, the
    rules' places are kept and the candidates of every event are appended to it, in event
    order (for fitting: the rules' choice is then a feature of its candidate)."""
    w = w or weights()
    if not w.adopted and record is None:
        return
    starts = [{m.sentence.start for m in g.mentions if m.strength == "strong"} for g in groups]
    for i, (g, ev) in enumerate(zip(groups, events, strict=True)):
        others = frozenset(x for j, own in enumerate(starts) if j != i for x in own)
        kin = frozenset(
            x for j, own in enumerate(starts) if j != i and groups[j].type == g.type for x in own
        )
        if any(m.part for m in g.mentions):  # one place of a sentence told for several
            if record is not None:
                record.append([])
            continue
        cands = candidates(ctx, g, ev, others, kin)
        if record is not None:
            record.append(cands)
            continue
        best = choose(cands, w)
        if best.location is ev.location:
            continue
        ev.location = best.location
        if best.location is None:
            ev.provenance.pop("location", None)
        else:
            if best.span is not None:
                ev.provenance["location"] = Provenance(best.span, "places.weights")
