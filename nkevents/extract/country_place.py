"""A country as the place of an event that names no place of its own but the country it
happened in ("were arrested in China", "일본에서 적발된")."""

from __future__ import annotations

import re
from functools import cache

from nkevents.detect.places import (
    PlaceMention,
    actor_country_as_place,
    ko_authorities_acted,
    location_of,
)
from nkevents.extract.context import DocContext
from nkevents.extract.events import Group
from nkevents.extract.mention import Mention
from nkevents.gazetteer import Place, key, load, rules
from nkevents.model import Event, Provenance, Span
from nkevents.romanize import is_hangul

# A country right after the event's word ("were arrested in South Korea"): where it was
_GOVERNED = re.compile(r"\s+(?:in|inside|within)\s+(?:the\s+)?")
# A country's own authorities after its name: "China's police", "Indonesian authorities"
_EN_AUTHORITY = re.compile(r"(?:['’]s)?\s+(\w+)(?:\s+(\w+))?")


def authorities_of(text: str, p: PlaceMention) -> bool:
    """ "중국 공안에 붙잡혔다", "인도네시아 당국에 의해 억류", "China's police detained": the
    country whose authorities acted (not "중국 공안의 협조를 받아", whose help the actor had;
    never North Korea, where every event is unless told elsewhere)."""
    top = p.candidates[0]
    if top.kind != "country" or top.name in rules()["never_placed"]:
        return False
    after = text[p.end : p.end + 12].lstrip(" ")
    for word in rules()["ko_authorities"]:
        if after.startswith(word):
            return not after.startswith("의", len(word))
    found = _EN_AUTHORITY.match(text, p.end, p.end + 40)  # "Thai police", "Thai border police"
    return found is not None and bool(set(found.groups()) & set(rules()["authorities"]))


def _ko_agent(text: str, p: PlaceMention) -> bool:
    """ "베트남 공안이 ... 체포했다", "러시아 국경수비대가 ... 억류했다": a country whose
    authorities are told in Korean as the ones who acted (never North Korea). Only here, as
    a last resort: a town its paragraph names tells where better."""
    top = p.candidates[0]
    if top.name in rules()["never_placed"] or not is_hangul(p.text):
        return False
    return ko_authorities_acted(text, p.end)


# Words between a country (or its adjective) and the event's word when its authorities are
# the verb's subject ("Chinese police detained", "Russia's border guards have detained",
# "Malaysia on Monday expelled", "China forcibly repatriated")
_EN_GAP_WORDS = frozenset(
    (
        "has have had also reportedly recently later then on last this the said it they that "
        "monday tuesday wednesday thursday friday saturday sunday week month year guard guards "
        "service services ministry foreign interior department agents officers public ",
    )[0].split()
)
_EN_BY = re.compile(r"\bby\s+(?:the\s+)?$")
# An expulsion told with its object between the country and the words that send him out
# ("Spain declared the ambassador persona non grata", "Peru gave him 72 hours to leave",
# "the foreign ministry ordered the envoy to leave"): the country is the verb's subject
_EXPEL_WORDS = re.compile(r"(?i)persona non grata|\bto leave\b")
_EXPEL_VERB = re.compile(r"\b(?:declared|gave|given|ordered|told)\b")
_EXPELLED_FROM = re.compile(r"(?i)\bexpelled\s+from\s+(?:the\s+)?$")
# "deported from Poland", "the expulsion of two diplomats from Kuwait": the country sent from
_SENT_FROM = re.compile(r"[^,.;]{0,60}?\bfrom\s+(?:the\s+)?")
_SENT_WORD = ("expel", "expulsion", "deport")
# A country's foreign ministry as the one that sends a diplomat out ("페루 외교부는 ... 추방
# 명령을 내렸다"): only for an expulsion (a ministry that tells of an arrest is no agent)
_KO_FOREIGN_MINISTRY = re.compile(r"\s?(?:외교부|외무부|외무성|정부)\s?(?:이|가|은|는|도)")


def _en_agent(text: str, p: PlaceMention, trigger: Span, event_type: str) -> bool:
    """ "Chinese police detained seven", "Malaysia expelled a diplomat", "... were arrested by
    Thai police": a country or its authorities as the subject (or the passive's agent) of an
    English event word. An adjective counts only before an authority noun (not "Chinese
    traders", "Chinese-made"); never North Korea."""
    top = p.candidates[0]
    if top.name in rules()["never_placed"] or is_hangul(p.text):
        return False
    if event_type == "arrest" and _EXPELLED_FROM.search(text, max(0, p.start - 30), p.start):
        return True  # "were expelled from Pakistan": the country that sent them out
    sent = text[trigger[0] : trigger[1]].lower().startswith(_SENT_WORD)
    if event_type == "arrest" and sent and _SENT_FROM.fullmatch(text, trigger[1], p.start):
        return True
    if p.end <= trigger[0]:
        gap = text[p.end : trigger[0]]
        expel = _EXPEL_WORDS.search(text, trigger[0], trigger[1])
        verb = _EXPEL_VERB.search(gap) if expel else None
        if verb is not None:  # the words after the verb are its object
            if len(re.findall(r"[\w'’-]+", gap[verb.end() :])) > 7:
                return False
            gap = gap[: verb.start()] + " "
        if len(gap) > 60 or not gap[:1].isspace() and not gap.startswith(("'s", "’s")):
            return False
        words = re.findall(r"[\w-]+", gap.lower().removeprefix("'s").removeprefix("’s"))
        authority = set(words) & {*rules()["authorities"], *(["ministry"] if expel else [])}
        # a country bare as the subject is its state: it places an arrest or expulsion
        # ("Malaysia expelled"), not a seizure it ordered far away ("the United States seized")
        noun = event_type == "arrest" and (
            p.text.lower() == top.name.lower() or gap.startswith(("'s", "’s"))
        )
        return (authority or noun) and all(
            w in _EN_GAP_WORDS or w in authority or w.endswith("ly") for w in words
        )
    between = text[trigger[1] : p.start]
    return (
        len(between) < 50
        and bool(_EN_BY.search(between))
        and "," not in between
        and authorities_of(text, p)
    )


def _ko_expelling(text: str, p: PlaceMention, m: Mention) -> bool:
    """ "페루 외교부는 북한 대사에게 추방 명령을 내렸다": a country's foreign ministry or
    government that sends a diplomat out is where (never North Korea's)."""
    if m.penalty is None or m.penalty.kind != "expulsion" or not is_hangul(p.text):
        return False
    if p.candidates[0].name in rules()["never_placed"] or p.end > m.trigger[0]:
        return False
    return bool(_KO_FOREIGN_MINISTRY.match(text, p.end, p.end + 8))


@cache
def _adjectives() -> tuple[re.Pattern[str], dict[str, Place]]:
    """The agent adjectives before an authority noun ("Chinese police", "Russian border
    guards"), and the country each names."""
    table: dict[str, str] = rules()["agent_adjectives"]
    gaz = load()
    countries = {
        adj: next(e.place for e in gaz.lookup(key(name)) if e.place.kind == "country")
        for adj, name in table.items()
    }
    adjs = "|".join(sorted(map(re.escape, table), key=len, reverse=True))
    nouns = "|".join(map(re.escape, [*rules()["authorities"], "ministry"]))
    pattern = re.compile(rf"\b({adjs})(?=\s+(?:[a-z]+\s+)?(?:{nouns})\b)")
    return pattern, countries


def _adjective_agent(ctx: DocContext, m: Mention) -> PlaceMention | None:
    """ "Chinese police detained seven", "arrested by Vietnamese border guards": the country
    whose authorities, told by its adjective, are the event word's agent."""
    pattern, countries = _adjectives()
    for found in pattern.finditer(ctx.text, m.sentence.start, m.sentence.end):
        place = countries[found.group(1)]
        p = PlaceMention(found.start(), found.end(), found.group(1), (place,))
        if _en_agent(ctx.text, p, m.trigger, m.type):
            return p
    return None


def _named_inside(ctx: DocContext, country: Place) -> bool:
    """Whether the report names a place inside the country (a town, a province): then the
    agents' country stands for who acted, and where is told there or not at all (not for a
    trial: a country's court sits in it, and the town named is the crime's)."""
    return any(
        q.candidates[0].country == country.country and q.candidates[0].kind != "country"
        for q in ctx.places
    )


def countries_as_places(ctx: DocContext, groups: list[Group], events: list[Event]) -> None:
    """An event left without a place is placed in the one country its own strong sentences
    name as where ('in China', '중국에서'): a country that mostly stands for its government
    places nothing before the events are grouped (its sentences would split one happening
    told at a town and in the country), only here, as a last resort."""
    unplaced = {
        "escape",
        *rules()["placed_only_at_sites"],
    }  # an escape's countries: whence, whither
    for g, ev in zip(groups, events, strict=True):
        if ev.location is not None or ev.type in unplaced:
            continue
        by_authorities = ev.type in rules()["placed_by_authorities"]
        by_agents = ev.type in rules()["placed_by_agents"]
        found: dict[str, PlaceMention] = {}
        governed: dict[str, PlaceMention] = {}  # "arrested in South Korea": the verb's own
        for m in g.mentions:
            if m.strength != "strong":
                continue
            for p in ctx.places_in((m.sentence.start, m.sentence.end)):
                top = p.candidates[0]
                if top.kind == "country" and (
                    (top.actor and actor_country_as_place(ctx.text, p, ev.type))
                    or (by_authorities and authorities_of(ctx.text, p))
                    or (
                        by_agents
                        and (
                            _ko_agent(ctx.text, p)
                            or _en_agent(ctx.text, p, m.trigger, ev.type)
                            or _ko_expelling(ctx.text, p, m)
                        )
                        and (ev.type == "trial" or not _named_inside(ctx, top))
                    )
                ):
                    found.setdefault(top.id, p)
                    if _GOVERNED.fullmatch(ctx.text, m.trigger[1], p.start):
                        governed.setdefault(top.id, p)
        if not found and by_agents and not is_hangul(ctx.text[g.mentions[0].trigger[0]]):
            for m in g.mentions:
                agent = _adjective_agent(ctx, m) if m.strength == "strong" else None
                if agent is not None and not _named_inside(ctx, agent.candidates[0]):
                    found[agent.candidates[0].id] = agent
                    break
        if len(found) > 1 and len(governed) == 1:
            found = governed  # "arrested in South Korea for ... while in China": the first
        if len(found) == 1:
            p = next(iter(found.values()))
            ev.location = location_of(ctx.text, ctx.places, p)
            ev.provenance["location"] = Provenance((p.start, p.end), "places.country")
