"""The mentions stage: the event types each sentence names, each filled from its own
clause (triggers -> strength -> arguments -> one mention per place), then the weak and
continuation mentions that may join an event."""

from __future__ import annotations

import re

from nkevents.detect.sentences import Sentence
from nkevents.extract.arguments import (
    charges_to_clauses,
    crime_scenes,
    describe,
    no_borrowed_place_in_the_tail,
)
from nkevents.extract.context import DocContext
from nkevents.extract.mention import JUDGEMENT, Mention
from nkevents.extract.offence_charges import crossings_charged
from nkevents.extract.per_place import split_by_place
from nkevents.extract.strength import (
    agents_as_objects,
    counts_to_acts,
    dates_to_nearest,
    is_talk,
    judge_strength,
    ko_ban_of_a_sanction,
    subordinate,
    tells_charges,
)
from nkevents.extract.trades import ko_goods_brought_caught, trade_told, trades_caught
from nkevents.extract.triggers import (
    crossings_for_trade,
    is_caption,
    is_wire_caption,
    ko_crews_captured,
    ko_goods_caught,
    ko_measure_told,
    ko_taken_away,
    ko_vessels_held,
    reasons_of_measures,
    seized_by_authority,
    sentence_triggers,
    vessels_held,
)
from nkevents.model import Span

# Types that name a charge when the sentence says someone was accused of them.
CHARGE_TYPES = {"smuggling"}

_COMMENTARY = re.compile(
    r"(?:Analysis|Comment|Commentary|Opinion|Editor's note)\s*:|\([^()]{20,}\)$", re.I
)

# The plain word of a trade: told with its goods after "accused of", still a trade told
# ("accused of smuggling copper to China"), where "accused of selling medicine to a trader"
# only names what the judgement was for.
_SMUGGLED = re.compile(r"(?i)smuggl")

# The words right before an act that make it what someone is accused of, not an event
_ACCUSED_OF = re.compile(
    r"(?i)\b(?:accused|charged|convicted|suspected|guilty|indicted) (?:\w+ ){0,2}(?:of|with)"
    r"\s+(?:\w+ly\s+)?(?:having\s+)?$"
)


def sentence_mentions(ctx: DocContext, sentence: Sentence) -> list[Mention]:
    """The event mentions of one sentence, one per type it names."""
    span = (sentence.start, sentence.end)
    if _COMMENTARY.match(ctx.text, span[0], span[1]):
        return []  # an analyst's view, or an outlet's note in brackets: no report of an event
    if ctx.maybe_caption and is_caption(ctx.text, ctx.lowered, span):
        return []  # a photo caption is page furniture, never evidence
    if ctx.language == "en" and is_wire_caption(ctx.text, span):
        return []  # "Workers inspect the seized cargo in Colon City July 17, 2013."
    strong = vessels_held(ctx, span, sentence_triggers(ctx, span, weak=False))
    strong = seized_by_authority(ctx.text, span, strong)
    strong = trades_caught(ctx, span, strong)  # "caught smuggling rice into China"
    if ctx.language == "ko":
        strong = ko_vessels_held(ctx, span, ko_goods_caught(ctx, span, strong))
        strong = ko_crews_captured(ctx, ko_taken_away(ctx, strong))
    types = {t for t, _ in strong}
    # most sentences read name no strong event: none of the rules between has work then
    mentions = _strong_mentions(ctx, sentence, strong) if strong else []
    for etype, trig in sentence_triggers(ctx, span, weak=True):
        if etype not in types and (
            _one_more_did(ctx, span, trig)
            or (etype == "smuggling" and ko_goods_brought_caught(ctx, trig, span[0]))
        ):
            # "Another soldier crossed on 21 December": one more of the kind told before
            mentions.append(describe(ctx, Mention(etype, sentence, trig, "strong")))
            types.add(etype)
            continue
        if etype not in types:
            # described later, and only if an event of its type is told somewhere
            mentions.append(
                Mention(etype, sentence, trig, "weak", pending=True, beside=bool(strong))
            )
            types.add(etype)
    if all(m.strength == "weak" for m in mentions):  # "... took place on July 14 at the
        # border city of X": a weak word of another type ("border") does not stop it
        cue = ctx.first_cue(span)
        if cue and not _other_antecedent(ctx.text, span, cue[0], mentions):
            mentions.append(Mention("*", sentence, cue, "continuation", pending=True))
    elif mentions[0].strength == "subordinate" and not any(
        m.strength == "strong" for m in mentions
    ):
        # "He was accused of selling medical supplies": the charge of the event just told
        first = mentions[0].trigger
        mentions.append(Mention("*", sentence, first, "continuation", pending=True))
    return [part for m in mentions for part in split_by_place(ctx, m)]


def _strong_mentions(
    ctx: DocContext, sentence: Sentence, strong: list[tuple[str, Span]]
) -> list[Mention]:
    """The mentions of a sentence's strong triggers, described and judged together."""
    span = (sentence.start, sentence.end)
    mentions = [describe(ctx, Mention(e, sentence, t, "strong")) for e, t in strong]
    for m in mentions:
        if is_talk(m, ctx.text):
            m.strength = "weak"
    for m in mentions:
        if m.strength == "strong":  # "other executions were for human trafficking": a charge
            judge_strength(ctx, m, [o for o in mentions if o is not m])
    agents_as_objects(ctx, mentions)
    ko_ban_of_a_sanction(mentions)
    dates_to_nearest(ctx, mentions)
    counts_to_acts(ctx.text, mentions)
    if tells_charges(ctx, span):  # "accused of selling medical supplies": the charge of a judgement
        for m in mentions:
            if m.strength == "strong" and m.type in CHARGE_TYPES:
                if (_SMUGGLED.match(m.trigger_text) or ctx.language == "ko") and trade_told(ctx, m):
                    continue  # "accused of smuggling copper to China": the trade is told
                subordinate(m, [])
            elif m.strength == "strong" and _ACCUSED_OF.search(
                ctx.text, max(span[0], m.trigger[0] - 40), m.trigger[0]
            ):
                subordinate(m, [])  # "accused of crossing into the North": the charge
    crossings_charged(ctx, mentions)  # "arrested for crossing the border", "탈북한 죄로"
    reasons_of_measures(ctx.text, mentions)
    charges_to_clauses(ctx, mentions)  # several events in one sentence: each its own charges
    crossings_for_trade(ctx.text, ctx.language, mentions)
    if ctx.language == "ko":
        ko_measure_told(ctx.text, mentions)
    crime_scenes(ctx, mentions)
    no_borrowed_place_in_the_tail(ctx, mentions)
    return mentions


# "Another soldier crossed", "A second trader later sold": one more person of the kind did
# it, the verb right after the subject
_ONE_MORE_DID = re.compile(
    r"(?i)\W*(?:(?:in|on|later|then|earlier)\b[^,]{0,30},\s*)?(?:another|a (?:second|third))"
    r"\s+[\w-]+(?:\s+[\w-]+)?\s+(?:(?:also|later|then|too)\s+)?$"
)
_PAST_VERB = re.compile(r"(?i)^[a-z]+(?:ed|sold)$")


def _one_more_did(ctx: DocContext, span: Span, trigger: Span) -> bool:
    """Whether a weak English verb is told of "another" one of a kind, as its subject's verb:
    a happening of its own, told as one more of those told before."""
    if ctx.language != "en" or not _PAST_VERB.match(ctx.text[trigger[0] : trigger[1]]):
        return False
    return _ONE_MORE_DID.fullmatch(ctx.text, span[0], trigger[0]) is not None


# Acts whose charges a charge word beside them in their sentence tells
ACTS_CHARGED = frozenset({"trial", "execution", "arrest", "detention"})


def complete(ctx: DocContext, mentions: list[Mention]) -> list[Mention]:
    """Describe the weak and continuation mentions that may join an event; drop the rest."""
    told = {m.type for m in mentions if m.strength == "strong"}
    judged = {m.sentence.start for m in mentions if m.strength == "strong" and m.type in JUDGEMENT}
    acted = {
        m.sentence.start for m in mentions if m.strength == "strong" and m.type in ACTS_CHARGED
    }
    out = []
    for m in mentions:
        if m.pending:
            if not (m.type in told or (m.type == "*" and told)):
                continue  # nothing of its type to join
            describe(ctx, m, dated=not m.beside)
            m.pending = False
            if m.beside:
                m.date = m.people = None  # they are the strong mention's of its sentence
                if m.sentence.start in judged:  # "executed in Hyesan for selling the meat"
                    m.location = None
                if m.type == "trial" and m.sentence.start in acted:
                    # "살인죄로 1명이 총살됐다", "arrested on charges of theft": the charge
                    # word tells the act beside it what it was for, not a trial told elsewhere
                    m.charges = []
        out.append(m)
    return out


# "..., which took place on 13 February": the relative clause goes on about the noun before it
_RELATIVE = re.compile(r"(?i)\b(?:which|that)\s+(?:\w+\s+)?$")
ANTECEDENT_REACH = 40  # characters before "which" where its noun stands

# Cues that tell an act of the authorities themselves, whatever noun their clause describes
_OWN_ACT = re.compile(r"(?i)(?:was|were) (?:raided|intercepted|stopped)\b")


def _other_antecedent(text: str, span: Span, cue: int, mentions: list[Mention]) -> bool:
    """A relative clause ("the bombing, which took place in May") goes on about its
    antecedent: when no event word stands there, it dates another happening."""
    rel = _RELATIVE.search(text, max(span[0], cue - 20), cue)
    if rel is None or _OWN_ACT.match(text, cue):
        return False  # "a shop which was raided by border police": the cue tells the act itself
    reach = max(span[0], rel.start() - ANTECEDENT_REACH)
    return not any(reach <= m.trigger[0] < rel.start() for m in mentions)
