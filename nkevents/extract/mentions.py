"""Event mentions: one event type named in one sentence, with what that sentence says of it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from nkevents.detect.dates import DateMention
from nkevents.detect.numbers import CountMention
from nkevents.detect.penalties import PenaltyMention
from nkevents.detect.places import locate
from nkevents.detect.sentences import Sentence
from nkevents.extract import attributes as attr
from nkevents.extract.context import DocContext
from nkevents.model import Location, Span

# Types a trial or an execution in the same sentence speaks for: "arrested for
# smuggling, they were sentenced..." names the charges of the trial, not an arrest.
SUBORDINATE_TO_JUDGEMENT = {"arrest", "smuggling", "escape", "detention", "crackdown", "seizure"}
JUDGEMENT = {"trial", "execution"}
CHARGED_TYPES = {"trial", "execution", "arrest", "crackdown", "detention"}
GOODS_TYPES = {"trial", "execution", "arrest", "smuggling", "seizure", "sanction", "crackdown"}
PUBLIC_TYPES = {"trial", "execution"}
PENALTY_TYPES = {"trial", "execution", "detention"}

# A date right after a verb of reporting is when the news came, not when it happened.
_REPORTING = re.compile(
    r"(?:said|says|reported|reports|told|announced|added|disclosed|confirmed|revealed|stated|"
    r"wrote|according to \w+)(?: \w+){0,3}? (?:on|in|last|this)?\s*$",
    re.IGNORECASE,
)
_KO_REPORTING = re.compile(r"(?:보도|전했|밝혔|말했|알려|전하)")


@dataclass(slots=True)
class Mention:
    """An event type named in a sentence, and the attributes found around it."""

    type: str
    sentence: Sentence
    trigger: Span
    strength: str  # "strong" starts an event; "weak" and "subordinate" only add to one
    date: DateMention | None = None
    location: Location | None = None
    location_span: Span | None = None
    people: CountMention | None = None
    penalty: PenaltyMention | None = None
    public: bool | None = None
    charges: list[str] = field(default_factory=list)
    commodities: list[str] = field(default_factory=list)
    actors: list[str] = field(default_factory=list)
    instrument: tuple[str, Span] | None = None
    facility: tuple[str, Span] | None = None

    @property
    def anchored(self) -> bool:
        """Whether the mention says something specific enough to stand as its own event."""
        return any(
            (self.date, self.location, self.people, self.penalty, self.instrument, self.facility)
        )


def sentence_mentions(ctx: DocContext, sentence: Sentence) -> list[Mention]:
    """The event mentions of one sentence, one per type it names."""
    span = (sentence.start, sentence.end)
    strong = _triggers(ctx, span, weak=False)
    types = {t for t, _ in strong}
    judged = bool(types & JUDGEMENT)
    mentions = []
    for etype, trig in strong:
        strength = "subordinate" if judged and etype in SUBORDINATE_TO_JUDGEMENT else "strong"
        mentions.append(describe(ctx, Mention(etype, sentence, trig, strength)))
    for etype, trig in _triggers(ctx, span, weak=True):
        if etype not in types:
            mentions.append(describe(ctx, Mention(etype, sentence, trig, "weak")))
            types.add(etype)
    return mentions


def _triggers(ctx: DocContext, span: Span, weak: bool) -> list[tuple[str, Span]]:
    lex, lang = ctx.lexicon, ctx.language
    pattern = (lex.weak_triggers if weak else lex.triggers)[lang]
    blocked = [m.span() for m in lex.not_triggers[lang].finditer(ctx.text, span[0], span[1])]
    first: dict[str, Span] = {}
    for label, where in attr.labels(pattern, ctx.text, span):
        if any(b[0] <= where[0] < b[1] for b in blocked):
            continue
        first.setdefault(label, where)
    return list(first.items())


def describe(ctx: DocContext, m: Mention) -> Mention:
    """Fill a mention's attributes from its sentence."""
    span = (m.sentence.start, m.sentence.end)
    text, lex, lang = ctx.text, ctx.lexicon, ctx.language
    m.date = _nearest(m.trigger, [d for d in ctx.dates_in(span) if not _reported(ctx, d)])
    m.people = _nearest(m.trigger, [c for c in ctx.counts_in(span) if ctx.is_people(c)])
    penalties = ctx.penalties_in(span)
    if m.type in PENALTY_TYPES and penalties:
        m.penalty = penalties[0]
        fac = next((p for p in penalties if p.facility), None)
        if fac and fac.facility:
            m.facility = (fac.facility, (fac.start, fac.end))
    if m.type == "execution" and m.penalty is None:
        m.penalty = None  # the record's penalty for an execution is set when the event is built
    if m.type in CHARGED_TYPES:
        m.charges = attr.unique(attr.labels(lex.charges[lang], text, span))
    if m.type in GOODS_TYPES:
        m.commodities = attr.unique(attr.labels(lex.commodities[lang], text, span))
    m.actors = attr.unique(attr.labels(lex.actors[lang], text, span))
    if m.type in PUBLIC_TYPES:
        m.public = attr.is_public(lex, lang, text, span)
    if m.type == "sanction":
        found = attr.instruments(lex, text, span)
        m.instrument = found[0] if found else None
    if not (m.facility and m.type != "detention"):
        m.location = locate(text, ctx.places, [span], m.type)
    return m


def _reported(ctx: DocContext, date: DateMention) -> bool:
    before = ctx.text[max(0, date.start - 40) : date.start]
    if ctx.language == "ko":
        after = ctx.text[date.end : date.end + 12]
        return bool(_KO_REPORTING.search(after)) and "일" in date.text
    return bool(_REPORTING.search(before))


def _nearest(trigger: Span, items: list) -> object | None:  # type: ignore[type-arg]
    if not items:
        return None
    return min(items, key=lambda item: abs(item.start - trigger[0]))
