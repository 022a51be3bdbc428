"""Group event mentions into events (one per happening) and build the records."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field, replace
from datetime import date

from nkevents.detect.dates import DateMention
from nkevents.detect.numbers import CountMention
from nkevents.extract.mention import JUDGEMENT, Mention
from nkevents.model import Event, Location, Penalty, Provenance, Span

PRECISION_RANK = {"site": 0, "town": 1, "county": 2, "province": 3, "region": 4, "country": 5}
# The Security Council acts by sanctions only: named at another event, it is no actor of it.
UN_ACTORS = {"un_security_council"}
GOODS_SHARED = {"smuggling", "seizure"}
MINERALS = {
    "zinc",
    "gold",
    "silver",
    "copper",
    "lead",
    "iron_ore",
    "coal",
    "molybdenum",
    "rare_earths",
    "tungsten",
    "magnesite",
    "minerals",
}
CHARGED = {"trial", "execution", "arrest", "crackdown", "detention"}
TRADE_CHARGES = {"smuggling", "illegal_trade", "theft", "trafficking"}
# Types that name goods only when their offence is the trade in them (or their theft, or
# trafficking in people): a crackdown on coal smuggling names coal, one on phones none.
GOODS_WHEN_TRADED = {"crackdown", "trial", "execution"}
# An arrest told with charges names goods only when one of them is a trade in them (drugs
# too): held for murder, phone calls or bribes, the fish or car beside it is no good of its.
# In the keyed real reports (tune, own, pooled blind sets), 2 of 41 arrests charged with
# neither carry goods, against 29 of 58 charged with a trade or drugs.
GOODS_WHEN_CHARGED = {"arrest"}
# Types whose people trafficked are never goods: a trial, execution or arrest for trafficking in
# people tells the offence by its charge (trafficking), and the women sold are its victims; the
# trade itself (a smuggling event) and a measure on workers sent abroad keep them. In the keyed
# real reports (tune, own, pooled blind sets), 1 of 513 such events carries them as goods (1
# of the 15 charged with trafficking); the system gave them to 13 (12 wrongly), in 8 reports.
PEOPLE_NOT_GOODS = {"trial", "execution", "arrest"}
GOODS_CHARGES = TRADE_CHARGES | {"drugs"}

# Events served or held in a facility: a judgement, a killing there, a holding.
HELD_TYPES = {"trial", "execution", "detention"}


@dataclass(slots=True)
class Group:
    """The mentions judged to speak of one happening."""

    type: str
    mentions: list[Mention] = field(default_factory=list)
    doc_instruments: list[tuple[str, Span]] = field(default_factory=list)

    def first(self, attr: str) -> Mention | None:
        """The first mention that has a value for an attribute."""
        return next((m for m in self.mentions if getattr(m, attr)), None)


def group_mentions(mentions: list[Mention]) -> list[Group]:
    """In text order: strong mentions start or join events; the others only join one nearby."""
    groups: list[Group] = []
    early: list[Mention] = []
    last: Group | None = None
    for m in mentions:
        if m.strength == "continuation":
            _continue(groups, last, m)
            continue
        if _sentence_to_camp(m) and _judged_last(groups, m):
            m.type, m.strength = "trial", "weak"  # "both are sent to a labour camp": the sentence
            m.location = None  # the camp is not where the trial was
        strong = m.strength == "strong"
        if not strong:
            _keep_own_date(m)
        target = _compatible_group(groups, m, nearby=not strong)
        if target is not None:
            target.mentions.append(m)
        elif (strong or m.spread_part) and _starts_event(m) and not _told_before(groups, m):
            target = Group(m.type, [m])
            groups.append(target)
        else:
            early.append(m)  # told before the event it adds to: tried again at the end
        last = target or last
    for m in early:
        target = _compatible_group(groups, m, nearby=True)
        if target is not None:
            target.mentions.append(m)
            target.mentions.sort(key=lambda x: x.sentence.start)
    return groups


# How far from a weak word its sentence's date may stand and still date the event it adds to.
WEAK_DATE_REACH = 60


# Restating nouns of the types counted most often twice: "the arrest", "the repatriation".
_RESTATED_TYPES = {"arrest", "execution"}


def _told_before(groups: list[Group], m: Mention) -> bool:
    """ "... a crowd gathered to watch the deportation": an arrest or execution named by a noun
    with "the" after an event of its type refers back to one told, even with a day of its
    telling; it starts no event of its own (the verb, "were repatriated on ...", does)."""
    if m.type not in _RESTATED_TYPES or not m.definite or m.another or m.spread_part:
        return False
    if any(_parts_of_one(o, m) for g in groups for o in g.mentions):
        return False  # "The executions took place in A, where ..., and in B, where ...": B's
    # part keeps the sentence's noun, but its sibling part was told as another happening
    word = m.trigger_text.lower()
    if word.endswith("ed") or _PARTICIPLE.search(word):
        return False
    return any(g.type == m.type for g in groups)


def _keep_own_date(m: Mention) -> None:
    """A weak word ("suspected of", "the arrests") adds to an event told elsewhere; a date
    far from it in its sentence dates something else ("in response to the test in May")."""
    if m.date is not None and abs(m.date.start - m.trigger[0]) > WEAK_DATE_REACH:
        m.date = None


# Counts that name again people told of before ("Both were sent to a camp", "They were"):
# no people of the mention's own.
ANAPHORIC_RULES = {"pair_word", "they"}


def _sentence_to_camp(m: Mention) -> bool:
    own_people = m.people is not None and m.people.rule not in ANAPHORIC_RULES
    return m.type == "detention" and m.penalty is not None and not (m.date or own_people)


# What a sentence to a camp may follow as the same people's judgement
_JUDGED = {"trial", "execution"}


def _judged_last(groups: list[Group], m: Mention) -> bool:
    """Whether the happening told last before a sentence to a camp with no people of its own
    is a judgement nearby ("Two were shot and the rest were tried. They were sent to a camp"),
    not an arrest told after it ("... 주민 3명을 체포했다. 이들은 노동단련대 6개월 처벌을
    받았다": the people arrested, a link of their own chain)."""
    if not any(g.type == "trial" and _near(g, m) for g in groups):
        return False
    told = [g for g in groups if g.mentions[0].sentence.start < m.sentence.start]
    last = max(told, key=lambda g: g.mentions[-1].sentence.start, default=None)
    return last is None or last.type in _JUDGED or last.mentions[-1].sentence == m.sentence


# A continuation that tells the authorities' own act goes on about an act of theirs
_RAIDED = re.compile(r"(?i)(?:was|were) raided\b")
_RAID_TYPES = {"arrest", "seizure", "crackdown"}


def _continue(groups: list[Group], last: Group | None, m: Mention) -> None:
    """A sentence that goes on about the events of the sentence before ("The raid took
    place on June 20" after "guards seized a boat caught smuggling")."""
    if last is None or not _near(last, m):
        return
    prev = last.mentions[-1]
    new_paragraph = m.sentence.paragraph > prev.sentence.paragraph
    if new_paragraph and m.sentence.start - prev.sentence.end > 400:
        return
    told_there = [g for g in groups if g.mentions[-1].sentence == prev.sentence] or [last]
    if _RAIDED.match(m.trigger_text) and not any(g.type in _RAID_TYPES for g in told_there):
        # "rooms which were raided by border police on Sunday": the arrest's, not the flight's
        raids = [g for g in groups if g.type in _RAID_TYPES and _near(g, m)]
        told_there = raids[-1:] or told_there
    for g in told_there:
        _join(g, replace(m, type=g.type))


def _join(g: Group, m: Mention) -> None:
    """Add a continuation; what contradicts the event is detail (another place named in
    passing, the day a source spoke), so it is dropped, the conflicting value first."""
    for field_name in ("location", "people", "date"):
        if _fits(g, m):
            break
        setattr(m, field_name, None)
    if _fits(g, m):
        g.mentions.append(m)


def _starts_event(m: Mention) -> bool:
    if m.type == "crackdown":  # the noisiest type: it must say when or against what
        # (a manhunt is one operation after people who fled, whatever it says: a squad
        # formed or agents sent abroad to hunt them down are one too)
        return bool(m.date or m.charges or _HUNT.search(m.trigger_text))
    return m.anchored or _definite(m) or _specific(m)


_HUNT = re.compile(
    r"(?i)^manhunts?\b|^(?:sent|dispatched|deployed)\b.*\bto (?:hunt|track|catch|arrest|find"
    r"|search for|capture|round up)$|(?:파견|보내|보냈|급파|조직|편성|구성|꾸렸|꾸린|꾸려)$"
)


# Verbs ("was executed", "defected") name one happening; plural nouns ("executions") may be talk.
_SPECIFIC_TYPES = {"execution", "arrest", "escape", "seizure", "detention"}


# Past participles that do not end in -ed: "taken into custody", "caught", "shot"
_PARTICIPLE = re.compile(r"\b(?:taken|caught|held|shot|hung|sent|brought|put|fled|seized)\b")


def _specific(m: Mention) -> bool:
    word = m.trigger_text.lower()
    # "shipped to prison camps": a detention's verb leads the phrase
    led = m.type == "detention" and word.split(" ", 1)[0].endswith("ed")
    verb = word.endswith("ed") or led or bool(_PARTICIPLE.search(word))
    return m.type in _SPECIFIC_TYPES and (verb or m.korean_past)


def _definite(m: Mention) -> bool:
    """A measure told with the body that took it and what it covers, or with the body and
    a verb of its own ("OFAC sanctioned four entities", "Japan barred North Korean ships",
    "재무부는 ... 제재 명단에 올렸다"): one measure taken. A state told as taking it
    ("Japan", "한국 정부는") stands for its body with a verb, not with goods alone."""
    if m.type != "sanction" or not (m.actors or m.un_named or m.taker):
        return False
    if m.commodities and m.actors:
        return True
    if _MEASURE_TAKEN.search(m.trigger_text) is not None:
        return True
    return m.korean_past or m.measure_done


# A measure's own verb in the past: "sanctioned", "designated", "imposed", "blacklisted",
# "placed ... on the SDN list", "barred ships from its ports", "slapped sanctions on"
_MEASURE_TAKEN = re.compile(
    r"(?i)^(?:sanctioned|designated|imposed|blacklisted|froze|placed|added|put|barred|banned|"
    r"suspended|halted|stopped|slapped|unveiled|levied|announced|capped|extended|expanded|"
    r"hit|targeted)\b|\b(?:was|were|been) sanctioned\b"
    # a headline's present ("UN slaps new sanctions", "US sanctions three firms")
    # (not a present that may be a habit: "Washington imposes sanctions on countries that ...")
    r"|^(?:slaps|blacklists|designates|freezes)\b"
    r"|^(?:u\.?s\.?|treasury|ofac|washington|japan|tokyo|seoul|eu|uk|britain|australia|"
    r"canada) sanctions$"
)


def _compatible_group(groups: list[Group], m: Mention, nearby: bool = False) -> Group | None:
    for g in reversed(groups):
        if g.type != m.type:
            continue
        if nearby and not _near(g, m):
            continue
        if _fits(g, m):
            return g
    return None


NEAR_PARAGRAPHS = 2
FAR_PARAGRAPHS = 4


def _near(g: Group, m: Mention) -> bool:
    gap = NEAR_PARAGRAPHS
    return any(abs(o.sentence.paragraph - m.sentence.paragraph) <= gap for o in g.mentions)


def _compatible(a: Mention, b: Mention) -> bool:
    if b.others and b.strength != "strong":
        return False  # "other executions were for drug offences": not this one
    if b.one_more and a.sentence.start != b.sentence.start and not _same_day(a, b):
        return False  # "Another man was shot", "in a separate case": not the one told before
    if a.date and b.date and not _same_date(a.date, b.date, a.type in JUDGEMENT):
        return False
    # "The execution was carried out near the Tumen": told again; not two parts of one
    # sentence split apart ("The executions took place in A, where ..., and in B, where ...")
    definite = (a.definite or b.definite) and not _parts_of_one(a, b)
    told = a.location_explicit and b.location_explicit  # a place inferred from the paragraph
    if (
        a.location is not None
        and b.location is not None
        and told
        and not definite
        and not _same_place(a.location, b.location, journey=a.type == "escape")
        and not _route(a.location, b.location)
    ):
        return False
    if a.instrument and b.instrument and a.instrument[0] != b.instrument[0]:
        return False
    if a.type == "sanction" and _un(a) != _un(b) and a.actors and b.actors:
        return False
    if _other_sentence(a, b):
        return False
    if a.people and b.people and a.people.value != b.people.value and (a.part or b.part):
        return False  # one place's count of a distributive sentence is not the total
    if (a.spread_total and b.spread_part) or (a.spread_part and b.spread_total):
        return False  # "80 in seven cities" and "in Wonsan": the total and one place's part
    if (
        a.people
        and b.people
        and not _same_count(a.people, b.people)
        and not _headline(a, b)
        and not _one_of_them(a.people, b.people)
        and not (_same_day(a, b) and _one_of_many(a.people, b.people))
    ):
        far = abs(a.sentence.paragraph - b.sentence.paragraph) >= FAR_PARAGRAPHS
        # "three smugglers" then "two soldiers"; not "those executed included a salesman"
        other_kind = _other_kinds(a.people, b.people) and not (a.members or b.members)
        return not (far or (a.date and b.date) or b.another or other_kind)
    return True


# Count nouns that may name any of the people told (a part or all of them): "people",
# "women", "others"; a role noun ("smugglers", "soldiers") names who they are.
_ANY_PEOPLE = frozenset(
    {
        "people", "persons", "person", "others", "individuals", "men", "women", "man", "woman",
        "north koreans", "residents", "citizens", "members", "of them", "adults", "children",
    }
)  # fmt: skip


def _other_kinds(a: CountMention, b: CountMention) -> bool:
    """Whether two counts of English role nouns name other people ("three smugglers", "two
    soldiers"), not some of the same ("three people", "two women")."""
    if a.head is None or b.head is None or not a.head.isascii() or not b.head.isascii():
        return False
    ha, hb = a.head.lower(), b.head.lower()
    if ha in _ANY_PEOPLE or hb in _ANY_PEOPLE:
        return False
    return ha.rstrip("s") != hb.rstrip("s")


def _parts_of_one(a: Mention, b: Mention) -> bool:
    """Two parts a sentence was split into (by place, list item or clause)."""
    return a.part and b.part and a.sentence.start == b.sentence.start


def _same_day(a: Mention, b: Mention) -> bool:
    """Whether two mentions name the same day."""
    return bool(a.date and b.date and len(a.date.value) == 10 and a.date.value == b.date.value)


def _headline(a: Mention, b: Mention) -> bool:
    """A headline names one person ("Singer executed") who may be one of the people the body
    counts: its one is no other count."""
    return "headline" in (a.people.rule if a.people else "", b.people.rule if b.people else "")


# Counts of "X along with four others", "X 등 5명": the one named and the rest
_WITH_OTHERS = {"and_others", "ko_and_others"}


def _one_of_them(a: CountMention, b: CountMention) -> bool:
    """ "A senior official was executed" and "Kim, the envoy, was executed along with four
    officials": the one of a singular noun is the one named among the others."""
    return any(
        x.rule == "singular" and x.value == 1 and y.rule in _WITH_OTHERS and y.value > 1
        for x, y in ((a, b), (b, a))
    )


# Counts of one person named by a noun or a name ("상급병사는", "the captain", "Kim")
_ONE_PERSON = {
    "singular", "singular_subject", "named_object", "ko_singular", "ko_named", "headline"
}  # fmt: skip


def _one_of_many(a: CountMention, b: CountMention) -> bool:
    """ "2명이 지난 5일 적발됐다" and "상급병사는 ... 그날 체포됐고": on the same day, one
    person told of by a noun is one of the people counted."""
    return any(x.value == 1 and x.rule in _ONE_PERSON and y.value > 1 for x, y in ((a, b), (b, a)))


def _route(a: Location, b: Location) -> bool:
    """A border river beside a town or province: where on its bank, one place told two ways
    ("압록강 기슭에서" and "양강도"; not a sea, which holds far places)."""
    return "river" in (a.kind, b.kind)


def _other_sentence(a: Mention, b: Mention) -> bool:
    """ "Two were sentenced to death; the other nine were given life terms": some of the
    people, with another penalty, were another judgement."""
    if a.penalty is None or b.penalty is None or a.penalty.kind == b.penalty.kind:
        return False
    return a.people_part or b.people_part


# How far apart two counts may be when one of them is rounded ("400여 명", "about 400").
ROUNDING = 0.1


def _same_count(a: CountMention, b: CountMention) -> bool:
    """Whether two counts may be of the same people: equal, or one rounded and close
    ("400여 명" in the lede, "420여 명" in the body)."""
    if a.value == b.value:
        return True
    rounded = a.approximate or b.approximate
    if rounded and abs(a.value - b.value) <= ROUNDING * max(a.value, b.value):
        return True
    return _within_round(a, b) or _within_round(b, a)


def _within_round(a: CountMention, b: CountMention) -> bool:
    """ "10여 명" and "12명", "more than ten" and "twelve": a rounded count of ten or more
    reaches up to the next round number of its leading digit (10 to 19, 400 to 499)."""
    if not a.approximate or b.approximate or a.value < 10:
        return False
    unit = 10 ** (len(str(a.value)) - 1)
    return a.value <= b.value < a.value + unit


def _fits(g: Group, m: Mention) -> bool:
    """Whether a mention agrees with every mention of a group and trades its goods."""
    return all(_compatible(other, m) for other in g.mentions) and not _other_goods(g, m)


def _other_goods(g: Group, m: Mention) -> bool:
    """Smuggling of other goods told in another paragraph is another trade (oil and coal by
    ship-to-ship transfers; arms to Yemen); goods the trade told so far named, in any of its
    sentences, are its own ("coal and herbs ..., and livestock ..." after a headline naming
    all three)."""
    if m.type not in GOODS_SHARED or g.type not in GOODS_SHARED:
        return False
    if all(o.sentence.paragraph == m.sentence.paragraph for o in g.mentions):
        return False
    theirs = _kinds_of_goods([c for o in g.mentions for c in o.commodities])
    ours = _kinds_of_goods(m.commodities)
    return bool(theirs) and bool(ours) and not theirs & ours


def _kinds_of_goods(goods: list[str]) -> set[str]:
    """Goods with every mineral and ore as one kind ("zinc" and "minerals" agree); the
    craft and vehicles that carry goods, and goods named as "other", tell no trade apart."""
    return {"minerals" if g in MINERALS else g for g in goods if g not in ("other", "vehicles")}


def _un(m: Mention) -> bool:
    return bool(set(m.actors) & UN_ACTORS)


# How many days before a weekday's date ("on Thursday", resolved from the publication day)
# the calendar date of the same happening may fall: a report tells on Thursday of a
# sentence passed on the Tuesday.
WEEKDAY_SLACK = 3


def _same_date(a: DateMention, b: DateMention, judgement: bool) -> bool:
    """Whether two dates may be one happening's: nested, or, for a trial or execution, a
    weekday's date a few days after a calendar date (the day a ruling was made known, the
    day it was given)."""
    if _nested(a.value, b.value):
        return True
    if not judgement or (a.rule == "weekday") == (b.rule == "weekday"):
        return False
    told, on = (a, b) if a.rule == "weekday" else (b, a)
    if len(told.value) != 10 or len(on.value) != 10:
        return False
    gap = (_day(told.value) - _day(on.value)).days
    return 0 < gap <= WEEKDAY_SLACK


def _day(value: str) -> date:
    return date.fromisoformat(value)


def _nested(x: str, y: str) -> bool:
    return x.startswith(y) or y.startswith(x)


_ROUTES = {"river", "sea", "region"}  # waters and lines crossed on the way to a town


def _same_place(a: Location, b: Location, journey: bool = False) -> bool:
    """Whether two places may be one event's; on a journey (an escape) a line or water
    crossed and the town reached are."""
    if a.name == b.name or (journey and (a.kind in _ROUTES or b.kind in _ROUTES)):
        return True
    if a.admin1 and a.admin1 == b.admin1 and "site" in (a.precision, b.precision):
        return True  # a mine or camp and the town it stands in
    if a.admin1 and a.admin1 == b.admin1 and "prefecture" in (a.kind, b.kind):
        return True  # a prefecture and a town of its province (towns name no prefecture)
    if a.admin1 and a.admin1 == b.admin1 and _seat_of(a.name, b.name):
        return True  # a county and its seat named after it ("Musan", "Musan-up")
    if _close(a, b):
        return True  # towns facing each other across a border river ("Hyesan", "Changbai")
    if "country" in (a.kind, b.kind) and a.country and a.country == b.country:
        return True  # a country and a town in it ("태국에 억류", "방콕에서 억류")
    return a.name in (b.admin1, b.country) or b.name in (a.admin1, a.country)


# Towns this close (km) are one place for a happening: twin towns across a border river.
TWIN_KM = 6.0


def _close(a: Location, b: Location) -> bool:
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return False
    # an equirectangular distance is exact enough at a few kilometres
    dy = (a.lat - b.lat) * 111.2
    dx = (a.lon - b.lon) * 111.2 * math.cos(math.radians((a.lat + b.lat) / 2))
    return math.hypot(dx, dy) <= TWIN_KM


def _seat_of(x: str, y: str) -> bool:
    return x.startswith(y + "-") or y.startswith(x + "-")


def build_event(g: Group) -> Event:
    """The event record of a group, with evidence and per-field provenance."""
    ev = Event(type=g.type)  # type: ignore[arg-type]
    prov: dict[str, Provenance] = {}
    _set_date(ev, g, prov)
    _set_location(ev, g, prov)
    _set_people(ev, g, prov)
    _set_penalty(ev, g, prov)
    ev.public = _public(g)
    ev.charges = _union(m.charges for m in g.mentions) if g.type in CHARGED else []
    ev.commodities = _commodities(g)
    if "drugs" in ev.charges and "trafficking" in ev.charges and "people" not in ev.commodities:
        ev.charges.remove("trafficking")  # "trafficking N. Korean meth": the drugs trade
    if g.type in PEOPLE_NOT_GOODS and "people" in ev.commodities:
        ev.commodities.remove("people")  # "tried for selling women": the charge, no goods
    ev.actors = _union(m.actors for m in g.mentions)
    if g.type != "sanction":  # "smuggled in breach of Security Council sanctions": not its body
        ev.actors = [a for a in ev.actors if a not in UN_ACTORS]
    elif not ev.actors and any(m.un_named for m in g.mentions):
        ev.actors = sorted(UN_ACTORS)  # "the UN imposed new sanctions", no other body named
    inst = g.first("instrument")
    if inst and inst.instrument:
        ev.instrument = inst.instrument[0]
        prov["instrument"] = Provenance(inst.instrument[1], "lexicon.instrument")
    fac = g.first("facility")
    if fac and fac.facility and g.type in HELD_TYPES:  # a capture's holding is the detention's
        ev.facility = fac.facility[0]
        prov["facility"] = Provenance(fac.facility[1], "penalty.facility")
    if ev.type == "sanction" and _us_measure(ev) and (ev.instrument or "").startswith("UNSCR"):
        ev.instrument = None  # "OFAC designated two firms ... in violation of Resolution 2375"
        prov.pop("instrument", None)
    if ev.type == "sanction" and ev.instrument is None:
        _nearest_instrument(ev, g, prov)
    ev.evidence = _evidence(g)
    ev.provenance = prov
    ev.confidence = _confidence(g)
    return ev


def _us_measure(ev: Event) -> bool:
    """A measure of a US body and of no UN body: made under US law, never a resolution."""
    return any(a.startswith("us_") for a in ev.actors) and not any(
        a in UN_ACTORS for a in ev.actors
    )


def _nearest_instrument(ev: Event, g: Group, prov: dict[str, Provenance]) -> None:
    """A national measure that implements a resolution named elsewhere in the report. A
    US body's designation is made under US law: it takes an executive order named, never a
    Security Council resolution ("OFAC designated two firms", a report that also names
    resolution 2375 for what the firms broke)."""
    found = g.doc_instruments
    if _us_measure(ev):
        found = [item for item in found if item[0].startswith("US ")]
    if not found:
        return
    at = g.mentions[0].sentence.start
    form, span = min(found, key=lambda item: abs(item[1][0] - at))
    ev.instrument = form
    prov["instrument"] = Provenance(span, "lexicon.instrument.nearest")


def _date_rank(m: Mention) -> tuple[int, bool, bool]:
    assert m.date is not None
    said = m.date.rule in ("announced", "weekday")  # the day made known, if nothing better
    return (len(m.date.value), not said, m.strength == "strong")


def _set_date(ev: Event, g: Group, prov: dict[str, Provenance]) -> None:
    dated = [m for m in g.mentions if m.date]
    if not dated:
        return
    best = max(dated, key=_date_rank)
    assert best.date is not None
    if g.type == "trial" and len(best.date.value) == 10:
        best = _verdict_day(best, dated)
    best = _whole_month(best, g.mentions)
    when = best.date
    assert when is not None
    ev.date = when.value
    prov["date"] = Provenance((when.start, when.end), f"date.{when.rule}")


def _whole_month(best: Mention, mentions: list[Mention]) -> Mention:
    """A day told for fewer people than the happening counts dates a part of it, or some of
    its people, not the whole ("수십 명이 지난달 초 체포됐다 ... 9일에는 상인 14명이
    단속됐다", "16명을 징역형에 처한 ... 5일 공개재판이 열렸고 범인 1명을 처형했다"): the
    event keeps the month the whole is told in, or else the month of that day."""
    assert best.date is not None
    if len(best.date.value) != 10 or best.people is None:
        return best
    part = _at_most(best.people)
    wholes = [
        m
        for m in mentions
        if m is not best
        and m.strength == "strong"
        and m.people is not None
        and _at_least(m.people) > part
    ]
    if not wholes:
        return best
    month = best.date.value[:7]
    told = next((m for m in wholes if m.date is not None and m.date.value == month), None)
    if told is not None:
        return told
    return replace(best, date=replace(best.date, value=month, rule=f"{best.date.rule}.part_month"))


# "수십 명", "dozens": a count told by its order of magnitude, at least twice its floor
_ORDER_OF = re.compile(r"(?i)수십|수백|수천|dozens|hundreds|thousands|scores")


def _at_least(count: CountMention) -> int:
    vague = count.approximate and _ORDER_OF.search(count.text)
    return count.value * 2 if vague else count.value


def _at_most(count: CountMention) -> int:
    """ "20여 명", "about 80": up to half as many again."""
    return count.value + count.value // 2 if count.approximate else count.value


def _verdict_day(best: Mention, dated: list[Mention]) -> Mention:
    """A trial told on days close together ("his trial had begun on June 11", "sentenced
    on Friday", 14 June) is dated by the last: the day the court gave its sentence."""
    assert best.date is not None
    first = date.fromisoformat(best.date.value)
    later = [
        m
        for m in dated
        if m.date is not None
        and len(m.date.value) == 10
        and 0 < (date.fromisoformat(m.date.value) - first).days <= 7
    ]
    return max(later, key=lambda m: m.date.value if m.date else "") if later else best


def _set_location(ev: Event, g: Group, prov: dict[str, Provenance]) -> None:
    placed = [m for m in g.mentions if m.location]
    if not placed:
        return
    placed = (
        [m for m in placed if m.strength == "strong" and m.location_explicit]
        or [m for m in placed if m.location_explicit]
        or placed
    )
    best = min(placed, key=lambda m: PRECISION_RANK.get(m.location.precision or "", 9))  # type: ignore[union-attr]
    ev.location = best.location
    prov["location"] = Provenance((best.sentence.start, best.sentence.end), "places.locate")


SINGULAR_RULES = {
    "singular", "singular_subject", "named_object", "ko_singular", "pronoun", "headline"
}  # fmt: skip


def _set_people(ev: Event, g: Group, prov: dict[str, Provenance]) -> None:
    counted_all = [m for m in g.mentions if m.people and m.strength != "continuation"]
    numeric = [m for m in counted_all if m.people and m.people.rule not in SINGULAR_RULES]
    sentenced = [
        m for m in numeric if m.penalty and m.penalty.min_months is not None and not m.people_part
    ]
    accused = [m for m in numeric if m.people_accused]
    ranked = accused or sentenced or numeric or counted_all
    counted = ranked[0] if ranked else None
    if counted and counted.people and counted.people.approximate:
        # "10여 명" in the lede, "12명" in the body: the exact count of the same people
        first = counted.people
        counted = next(
            (
                m
                for m in ranked
                if m.people and not m.people.approximate and _same_count(first, m.people)
            ),
            counted,
        )
    if counted and counted.people and counted.people.rule.endswith("vague"):
        # "dozens of traders", "수십 명": no number told; another mention's exact count of
        # them, else none (the keys leave a vague count null)
        counted = next(
            (m for m in counted_all if m.people and not m.people.rule.endswith("vague")), None
        )
    if counted and counted.people:
        ev.people = counted.people.value
        prov["people"] = Provenance((counted.people.start, counted.people.end), counted.people.rule)


def _set_penalty(ev: Event, g: Group, prov: dict[str, Provenance]) -> None:
    if g.type == "execution":
        ev.penalty = Penalty("death")
        return
    penalties = [m.penalty for m in g.mentions if m.penalty]
    if penalties:
        p = max(penalties, key=lambda p: (p.min_months is not None, -p.start))
        # "two got fifteen years, the other nine five to ten years": one range for the trial
        same = [x for x in penalties if x.kind == p.kind]
        lows = [x.min_months for x in same if x.min_months is not None]
        highs = [x.max_months for x in same if x.max_months is not None]
        ev.penalty = Penalty(p.kind, min(lows) if lows else None, max(highs) if highs else None)
        prov["penalty"] = Provenance((p.start, p.end), p.rule)


def _public(g: Group) -> bool | None:
    """Held in public when its sentences say so, unless more of them say it was not
    ("비공개 총살" in the headline and the lead, "공개 총살 지시" once in a sub-headline)."""
    values = [m.public for m in g.mentions if m.public is not None]
    if not values:
        return None
    return values.count(True) >= values.count(False)


def _commodities(g: Group) -> list[str]:
    """Goods named where the event is (weak sentences only when those say nothing)."""
    strong = _union(m.commodities for m in g.mentions if m.strength == "strong")
    every = _union(m.commodities for m in g.mentions)
    goods = every if g.type == "sanction" else strong or every  # a measure lists its goods
    if g.type in GOODS_WHEN_TRADED and not any(TRADE_CHARGES & set(m.charges) for m in g.mentions):
        return []  # a campaign against phones, a trial for drug use: the offence is a charge
    if g.type in GOODS_WHEN_CHARGED and _charged_without_trade(g):
        return []
    if "minerals" in goods and MINERALS.intersection(goods) - {"minerals"}:
        goods.remove("minerals")  # "minerals" is for when no specific one is named
    return goods


def _charged_without_trade(g: Group) -> bool:
    charged = [m.charges for m in g.mentions if m.charges]
    return bool(charged) and not any(GOODS_CHARGES.intersection(c) for c in charged)


def _union(lists: object) -> list[str]:
    out: dict[str, None] = {}
    for items in lists:  # type: ignore[attr-defined]
        out.update(dict.fromkeys(items))
    return list(out)


def _evidence(g: Group) -> list[Span]:
    spans = {(m.sentence.start, m.sentence.end) for m in g.mentions}
    return sorted(spans)


def _confidence(g: Group) -> float:
    strong = sum(m.strength == "strong" for m in g.mentions)
    return round(min(0.95, 0.5 + 0.15 * strong), 2)


def absorb_trials(groups: list[Group], text: str = "") -> list[Group]:
    """A trial that only sentenced to death the people an execution killed is that execution:
    told in one sentence with it, or carried out at once ("the sentence was carried out
    immediately", "사형은 곧바로 집행됐다"), wherever the report tells it."""
    executions = [g for g in groups if g.type == "execution"]
    kept = []
    for g in groups:
        if g.type == "trial" and executions and _death_only(g):
            target = next(
                (
                    e
                    for e in executions
                    if _shares_sentence(e, g) and not _more_tried(g, e) and not _dated_apart(g, e)
                ),
                None,
            )
            if target is None and text:
                target = next((e for e in executions if _at_once(e, g, text)), None)
            if target is not None:
                target.mentions.extend(m for m in g.mentions if m not in target.mentions)
                continue
        kept.append(g)
    return kept


def _more_tried(trial: Group, execution: Group) -> bool:
    """ "11 people were tried and two were executed": the trial counts more people than the
    execution killed, so it is a happening of its own (with its own count). A count told in a
    sentence of the execution ("the trial ended with the shooting of two") is the killed, not
    the tried."""
    shot_in = {m.sentence.start for m in execution.mentions if m.strength == "strong"}
    strong = [
        (m.sentence.start, m.people.value)
        for m in trial.mentions
        if m.people and m.strength == "strong"
    ]
    own = [value for at, value in strong if at not in shot_in]
    tried = own or [value for _, value in strong]
    killed = [m.people.value for m in execution.mentions if m.people and m.strength == "strong"]
    return bool(tried and killed) and min(tried) > max(killed)


# The death sentence carried out as soon as it was passed
_AT_ONCE = re.compile(
    r"(?i)\b(?:immediately|at once|on the spot|summarily|right after the (?:trial|verdict))\b"
    r"|즉시|곧바로|그 자리에서|현장에서"
)


def _at_once(execution: Group, trial: Group, text: str) -> bool:
    """Whether the execution is told as done at once after a death sentence, of the same
    people (or of an unstated number), so the trial is its sentencing, not another."""
    counts = {m.people.value for m in (*execution.mentions, *trial.mentions) if m.people}
    if len(counts) > 1:
        return False
    return any(
        m.strength == "strong" and _AT_ONCE.search(text, m.sentence.start, m.sentence.end)
        for m in execution.mentions
    )


def _dated_apart(trial: Group, execution: Group) -> bool:
    """ "Tried in September and executed in October": the trial and the shooting told with
    dates of their own that differ are two links of the chain, not one happening."""
    tried = {m.date.value for m in trial.mentions if m.strength == "strong" and m.date}
    shot = {m.date.value for m in execution.mentions if m.strength == "strong" and m.date}
    return bool(tried and shot) and all(not _nested(a, b) for a in tried for b in shot)


def _death_only(g: Group) -> bool:
    kinds = {m.penalty.kind for m in g.mentions if m.penalty}
    return kinds <= {"death"}


def _shares_sentence(a: Group, b: Group) -> bool:
    sa = {m.sentence.start for m in a.mentions if m.strength == "strong" or m.definite}
    if any(m.sentence.start in sa for m in b.mentions):
        return True
    # "재판을 열고 사형에 처했다": the death the trial gave is the execution's own word there,
    # unless the execution is told on another day ("9월 사형을 선고받았다" and shot in November)
    said = {m.sentence.start for m in a.mentions}
    days = [m.date for m in a.mentions if m.strength == "strong" and m.date]
    return any(
        m.sentence.start in said
        and m.penalty is not None
        and m.penalty.kind == "death"
        and not any(m.date and not _nested(m.date.value, d.value) for d in days)
        for m in b.mentions
        if m.strength == "strong"
    )
