"""Place mentions in a document and the place each event happened at (the geocoder)."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache, lru_cache

import ahocorasick_rs

from nkevents.detect.dates import STAMP
from nkevents.detect.numbers import number_words
from nkevents.gazetteer import CAMP_KINDS, Entry, Place, load, match, rules
from nkevents.literals import required_literals
from nkevents.model import Location
from nkevents.romanize import fold, is_hangul
from nkevents.vocabulary import load_data

CAMP_ELSEWHERE = 25  # a camp named in a trial or arrest report is where people were sent, mostly
NEAR = 120  # characters: a province or town this close tells which namesake is meant
# Waters and lines that cross provinces take the province of a place named this close
# (characters): a river's stretch is the town's beside it (a province the river runs
# through: `river_provinces`); a sea's or a line's only a town's of the same sentence.
WATERS = {"river": 800, "region": 400, "sea": 400}
SPREAD = 3  # this many different places, equally good, mean the event has no single place
GOVERNS = 40  # the Korean place of the trigger's own clause, over one of an earlier clause
KO_WHERE = 8  # a Korean place written as where (X에서), as English "in X" (when no clause governs)
AFTER_VERB = 3  # the English place after the trigger in its clause, over an equal one before
# Reported at the city they lie in or serve (EVENTS.md; an airfield: corpus/dev/README.md)
SEAT_KINDS = frozenset({"market", "district", "airport"})


@dataclass(slots=True, frozen=True)
class PlaceMention:
    """A place name found in a text, with the places it may mean, best first."""

    start: int
    end: int
    text: str
    candidates: tuple[Place, ...]
    seat: bool = False  # a body's name standing for the town it sits in ("the Central Court")
    region: bool = False  # a foreign town's name told as its region ("Chiang Rai province")


def find_places(text: str) -> list[PlaceMention]:
    """Every place mention of a text in one pass, ranked with the document as context."""
    gaz, folded = load(), _folded(text)  # folded once per document (anaphora read it too)
    hits = match(text, folded)
    entries = [gaz.lookup(v) for _, _, v in hits]
    context = _Context(hits, entries)
    mentions = []
    for (start, end, _), options in zip(hits, entries, strict=True):
        if len(options) == 1:
            mentions.append(PlaceMention(start, end, text[start:end], (options[0].place,)))
            continue
        ranked = sorted(options, key=lambda e: -context.score(text, folded, start, end, e))
        mentions.append(PlaceMention(start, end, text[start:end], tuple(e.place for e in ranked)))
    verbs = rules()["verb_forms"]
    mentions = [
        _as_region(text, m)
        for m in mentions
        if m.text not in verbs
        or not (
            _AFTER_OBJECT.search(text, max(0, m.start - 4), m.start)
            or _BEFORE_BOUND_NOUN.match(text, m.end)
        )
    ]
    seats = _seats(text, folded) + _described(text, folded)
    if not seats:
        return mentions
    kept = [m for m in mentions if not any(s.start < m.end and m.start < s.end for s in seats)]
    return sorted(kept + seats, key=lambda m: m.start)


@cache
def _descriptions() -> tuple[
    ahocorasick_rs.AhoCorasick, dict[str, list[tuple[re.Pattern[str], Place]]]
]:
    """Lines and waters told by description, not by name (the inter-Korean sea border: the
    NLL): the patterns by a literal every match holds, and one automaton over the literals."""
    by_literal: dict[str, list[tuple[re.Pattern[str], Place]]] = {}
    for name, patterns in rules()["described_as"].items():
        place = load().candidates(name)[0].place
        for pattern in patterns:
            for literal in _needs(pattern):  # every match holds one of these
                by_literal.setdefault(literal, []).append((re.compile(pattern), place))
    return ahocorasick_rs.AhoCorasick(list(by_literal)), by_literal


def _described(text: str, folded: str) -> list[PlaceMention]:
    """'the de facto inter-Korean sea border', 'the border dividing the two Koreas',
    'Chinese waters': the line or country the description names, as a mention of it."""
    automaton, by_literal = _descriptions()
    found: list[PlaceMention] = []
    present = set(automaton.find_matches_as_strings(folded))
    for pattern, place in dict.fromkeys(x for lit in present for x in by_literal[lit]):
        for hit in pattern.finditer(text):
            if not any(m.start < hit.end() and hit.start() < m.end for m in found):
                found.append(PlaceMention(hit.start(), hit.end(), hit.group(), (place,)))
    return sorted(found, key=lambda m: m.start)


# "Chiang Rai province": the region a foreign town gives its name to
_REGION_NEXT = re.compile(r"\s(?:[Pp]rovince|[Pp]refecture)\b")


def _as_region(text: str, m: PlaceMention) -> PlaceMention:
    """A foreign town whose region bears its name, followed by a word for a region, names the
    region too (its admin1 is then given: see _named)."""
    top = m.candidates[0]
    if top.country in ("KP", "", None) or top.admin1 != top.name:
        return m
    if not _REGION_NEXT.match(text, m.end):
        return m
    return replace(m, region=True)


# "단속에 나선 것": a verb form after a noun and its particle, not the name it spells
_AFTER_OBJECT = re.compile(r"[가-힣](?:에|로|을|를|에도|로도|에서도)\s$")
# a verb's adnominal form before a bound noun: "수입 나선 듯", "나선 것으로", "나선 바 있다"
_BEFORE_BOUND_NOUN = re.compile(r"\s(?:것|듯|바|지|뒤|후|데)(?![가-힣])|\s(?:것으로|것이|것은)")


@cache
def _seat_patterns() -> tuple[tuple[re.Pattern[str], frozenset[str], Place, bool], ...]:
    """Bodies named without a town that sit in one (the Central Court: Pyongyang); the
    last, named bare ("the Supreme Court"), only where their sentence names no other
    country's court."""
    out = []
    for key, bare in (("seated_in", False), ("seated_in_when_bare", True)):
        for name, patterns in rules()[key].items():
            place = load().candidates(name)[0].place
            for pattern in patterns:
                out.append((re.compile(pattern), _needs(pattern), place, bare))
    return tuple(out)


@cache
def _foreign_court_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    words = rules()["foreign_court_words"]
    return re.compile("|".join(words["after"])), re.compile("|".join(words["sentence"]))


def _foreign_court(text: str, start: int, end: int) -> bool:
    """Whether a court named bare is another country's: a country or capital named right
    after it ("the Supreme Court in Seoul"), or appeals in its sentence."""
    after, sentence = _foreign_court_words()
    return bool(
        after.match(text, end, end + 30) or sentence.search(text, *_sentence_around(text, start))
    )


def _seats(text: str, folded: str) -> list[PlaceMention]:
    """The places of bodies that sit in a town ("North Korea's Supreme Court": Pyongyang);
    the body's whole name is the mention (the country inside it is not a place of its own)."""
    found: list[PlaceMention] = []
    if not any(word in folded for word in rules()["seat_words"]):
        return found  # every body named in seated_in holds one of these words
    for pattern, needs, place, bare in _seat_patterns():
        if needs and not any(x in folded for x in needs):
            continue
        for hit in pattern.finditer(text):
            if bare and _foreign_court(text, hit.start(), hit.end()):
                continue  # "the Supreme Court in Seoul", "upheld on appeal": another country's
            if not any(m.start < hit.end() and hit.start() < m.end for m in found):
                found.append(PlaceMention(hit.start(), hit.end(), hit.group(), (place,), True))
    return found


class _Context:
    """What the rest of a document says: the provinces and countries of its clear mentions."""

    def __init__(self, hits: list[tuple[int, int, str]], entries: list[tuple[Entry, ...]]) -> None:
        self.clear: dict[int, tuple[str | None, str]] = {}  # start -> (admin1, country)
        self.at: dict[str | None, list[int]] = {}  # admin1 -> starts, in text order
        for (start, _, _), options in zip(hits, entries, strict=True):
            top = options[0].place
            if len(options) == 1 or options[0].score > options[1].score + 5:
                self.clear[start] = (top.admin1, top.country)
                self.at.setdefault(top.admin1, []).append(start)
        self.countries = Counter(country for _, country in self.clear.values())

    def score(self, text: str, folded: str, start: int, end: int, entry: Entry) -> float:
        """Prior score plus context: province named nearby, country of the document, camp talk."""
        place, score = entry.place, entry.score
        own = self.clear.get(start)
        starts = self.at.get(place.admin1, []) if place.admin1 else []
        if _near(starts, start):
            score += 12
        elif len(starts) > (own is not None and own[0] == place.admin1):
            score += 3
        others = len(self.clear) - (own is not None)
        if others:
            same = self.countries[place.country] - (own is not None and own[1] == place.country)
            score += 4 * same / others
        if place.kind in CAMP_KINDS and _camp_talk(folded, start, end):
            score += 15
        if (
            place.kind == "river"
            and (
                re.match(r"(?i)\W{0,3}rivers?\b", text[end : end + 10])
                or text[max(0, start - 4) : start]
                == "the "  # "across the Tumen": towns take no article
                or re.match(r"\s?강", text[end : end + 2]) is not None
            )
        ):
            score += 15
        return score


def _near(starts: list[int], start: int) -> bool:
    """Whether another mention in `starts` (sorted) lies within NEAR characters of start."""
    i = bisect_left(starts, start - NEAR + 1)
    while i < len(starts) and starts[i] < start + NEAR:
        if starts[i] != start:
            return True
        i += 1
    return False


def _camp_talk(folded: str, start: int, end: int) -> bool:
    """Words just before a name that make it a camp: 'sent to Yodok', 'held at Chongori'
    (not an occasion held there: 'a public trial was held in Hoeryong')."""
    window = folded[max(0, start - 30) : start]
    found = [
        word
        for word in rules()["camp_context"]
        if word in window
        and (
            word not in _CAMP_NOUNS or _CAMP_NOUN_TAIL.match(window, window.rfind(word) + len(word))
        )
    ]
    if found and all(word.startswith("held ") for word in found):
        return not _held_occasion().search(folded, max(0, start - 90), start)
    return bool(found)


# A camp noun makes the name after it a camp only when it heads the name's phrase ("a prison
# camp near Hoeryong", "sent to prison in Hoeryong"), not "Prison for 18 at Hoeryong"
_CAMP_NOUNS = frozenset({"prison", "camp", "kwalliso", "kyohwaso"})
_CAMP_NOUN_TAIL = re.compile(
    r"s?\s*(?:camps?\s*)?(?:\([^()]{0,20}\)\s*)?(?:(?:no\.?\s*)?\d+(?:\s*(?:and|,)\s*\d+)?\s+)?"
    r"(?:in|at|of|near|outside)\s+(?:the\s+)?$"
)


@cache
def _held_occasion() -> re.Pattern[str]:
    words = "|".join(map(re.escape, rules()["occasions_held"]))
    return re.compile(
        rf"(?i)\b(?:{words})\s+(?:was|were|is|are|will\s+be|had\s+been|has\s+been|"
        r"have\s+been)\s+(?:\w+\s+){0,2}?held\s+(?:in|at)\s+(?:[\w'’-]+\s+){0,3}$"
    )


# --- locating an event --------------------------------------------------------------------


@lru_cache(maxsize=4096)
def _preposition(text: str, start: int, reach: int = 4) -> str:
    """The nearest locative or destination word among the few before a mention, if any."""
    head = re.split(r"[.;:!?\n]", text[max(0, start - 50) : start])[-1]
    lists = rules()["locative"] + rules()["destination"] + rules()["path"]
    for word in reversed(re.findall(r"\w+", head.lower())[-reach:]):
        if word in lists:
            return str(word)
    return ""


# "원산에서", and "혜산시 연봉동에서", "청진시 수남시장 앞에서": a place that heads a phrase
# of where (up to two words after it that end in no particle, then 에서); a name glossed in
# brackets before its suffix, "창바이(長白)현에서", "지린(吉林)성에서", is one too
_KO_LOCATIVE = re.compile(
    r"(?:\([^()\n]{1,12}\))?(?:시|군|도|구역|리|동|읍|노동자구|현|성)?"
    r"(?:\s[가-힣0-9]*[가-힣0-9](?<![은는이가을를의와과로도에])){0,2}?\s?에서"
)


def is_locative(text: str, mention: PlaceMention) -> bool:
    """Whether the mention is written as where something happened: 'in Chongjin', '원산에서'."""
    if _KO_LOCATIVE.match(text, mention.end):
        return True
    word = _preposition(text, mention.start, reach=2)
    return word in rules()["locative"] and word != "from"


_KO_ORIGIN = re.compile(r"(?:시|군|도|항)?\s?(?:을|를|에서)\s?(?:출발|출항|떠나|떠난|떠났|이륙)")
# "청진으로", and "신의주 일대로", "혜산 쪽으로": whither, a word for the place's
# surroundings between (not a port: "goods caught coming into a port" were caught there)
_KO_DESTINATION = re.compile(
    r"(?:시|군|도|구역|리|동|읍)?\s?(?:(?:등지|일대|지역|쪽|방향|방면|부근|인근)\s?)?"
    r"(?:으로|로|에게|까지)(?!부터)"
)


@cache
def _sent_on() -> re.Pattern[str]:
    """'sold to buyers in', 'went to markets and restaurants in': a place after a verb of
    sending and its object is where goods or people went, not where the event was (a
    sentence "handed down to" people is no sending)."""
    verbs = "|".join(rules()["destination_verbs"])
    return re.compile(
        rf"(?i)\b(?:{verbs})(?!\s+down\b)\s+(?:\w+\s+){{0,2}}to\b[^.;:!?\n]{{0,60}}"
        r"\b(?:in|at|(?:outskirts|suburbs|edge)\s+of)\s+$"
    )


_DATELINE_DASH = re.compile(
    r"(?:,\s*[A-Z][\w .]{1,30}?)?\s*(?:\([A-Za-z .]{1,20}\)\s*)?(?:--|—|–|(?<=\s)-)\s"
)


# A syndicated copy's date before its dateline: "[June 12, 2013]  SEOUL, South Korea (AP) --"
_DATE_BEFORE_DATELINE = re.compile(
    r"^\s*\[?(?:[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|\d{4}-\d\d-\d\d)\]?\s*"
)


def _is_dateline(text: str, mention: PlaceMention) -> bool:
    """SEOUL, May 30 -- / (서울=연합뉴스) / [서울=뉴시스]: where the report was filed, not where
    it happened."""
    if text[mention.end : mention.end + 1] == "=" and text[mention.start - 1 : mention.start] in (
        "(",
        "[",
        "【",
        "〔",
    ):
        return True  # (서울=연합뉴스), [서울=뉴시스], 【서울=뉴스1】
    line_start = text.rfind("\n", 0, mention.start) + 1
    head = _DATE_BEFORE_DATELINE.sub("", re.sub(rf"^{STAMP}", "", text[line_start : mention.start]))
    if not head.strip() and _DATELINE_DASH.match(text, mention.end):
        return True  # "Seoul — Ten North Koreans ...", "Seoul, South Korea (AP) -- ..."
    return (
        mention.text.isupper()
        and re.fullmatch(r"[A-Z .,/()]*", head) is not None  # nothing, or other dateline cities
        and bool(
            # "MOSCOW, October 1. /TASS/." too: an agency's mark between slashes
            re.match(
                r"[^\n]{0,30}?(--|—|–|\(|/[A-Z][A-Za-z-]+/)|:\s",
                text[mention.end : mention.end + 35],
            )
        )
    )


def _is_metonym(text: str, mention: PlaceMention) -> bool:
    """Pyongyang said / Seoul's spy agency: a capital standing for its government.

    A capital is a place when a preposition governs it (in Pyongyang, to Beijing) or when
    its possessive names a facility (Pyongyang's airport); otherwise it is an actor.
    """
    if mention.text not in rules()["capitals"]:
        return False
    after = re.match(r"['’]s\s+(\w+)(?:\s+(\w+))?", text[mention.end : mention.end + 40])
    if after:  # "Pyongyang's airport", "Pyongyang's Sadong district": a place
        words = rules()["facility_words"]
        return not any((w or "").lower() in words for w in after.groups())
    if _STANCE_TOWARD.search(text, max(0, mention.start - 30), mention.start):
        return True  # "loyalty to Pyongyang", "pressure on Beijing": the government
    if _preposition(text, mention.start, reach=1):
        return False
    if _CAPITAL_NAMED.search(text, max(0, mention.start - 40), mention.start):
        return False  # "near the capital, Seoul": the capital named, a place
    before = text[max(0, mention.start - 20) : mention.start].split()
    return not (before and before[-1].lower() in rules()["capital_as_place_verbs"])


# A capital in apposition to the word capital after a preposition: "near the capital,
# Seoul", "into the Russian capital Moscow"
_CAPITAL_NAMED = re.compile(
    r"(?i)\b(?:in|at|to|near|from|into|outside|around|inside|of|for|toward|towards)\s+"
    r"(?:the\s+)?(?:[\w'’-]+\s+){0,2}capital,?\s+$"
)


# A stance or dealing toward a government: "loyalty to Pyongyang", "ties with Beijing"
_STANCE_TOWARD = re.compile(
    r"(?i)\b(?:loyalty|loyal|allegiance|ties|relations|pressure|defiance|hostility|threats?|"
    r"obedience|closeness|dependence|aid|cash|money|funds|revenue|appeal|appeals|message)"
    r"\s+(?:to|with|on|against|toward|towards|from)\s+$"
)

# After a Korean country name: where ("파나마에서", "라오스에 억류됐다"); its authorities
# ("태국 당국에 억류됐다") tell who acted, and a town named beside tells where
_KO_COUNTRY_WHERE = re.compile(
    r"\s?(?:(?:내|땅|현지)?에서|에\s?(?:억류|구금|수감|체류|머물|숨어|은신|잠입))"
)


def _country_as_place(text: str, mention: PlaceMention) -> bool:
    """'in Laos', 'Indonesian authorities': a country as where, not as who or whence."""
    if is_hangul(mention.text):
        return bool(
            _KO_COUNTRY_WHERE.match(text, mention.end) or _KO_IN_COUNTRY.match(text, mention.end)
        )
    word = _preposition(text, mention.start, reach=2)
    if word in rules()["locative"]:
        return word not in ("from", "near")  # "a reef near Mexico": outside it
    if _IN_COUNTRY.search(text[max(0, mention.start - 30) : mention.start].lower()):
        return True  # "in northeastern China"
    after = re.match(r"\s+(\w+)", text[mention.end : mention.end + 30])
    return after is not None and after.group(1).lower() in rules()["authorities"]


@cache
def _ko_agent() -> re.Pattern[str]:
    words = "|".join(sorted(map(re.escape, rules()["ko_authorities"]), key=len, reverse=True))
    return re.compile(
        rf"\s?(?:{words})\s?(?:이|가|은|는|도|에\s?의해|측은|측이|에\s?(?:체포|억류|구금|적발|붙잡))"
    )


def ko_authorities_acted(text: str, end: int) -> bool:
    """'베트남 공안이 ... 체포했다', '대만 법원은 ... 선고했다', '태국 경찰에 체포됐다': a
    country's authorities as the ones who acted, so the country is where (a town named beside
    is more specific and wins); not '중국 공안의 협조로', whose help they had."""
    return bool(_ko_agent().match(text, end, end + 16))


# "중국에서", and a part of the country between: "중국 동북부에서", "중국 남부 지역에서"
_KO_IN_COUNTRY = re.compile(
    r"\s?(?:(?:동북|서북|동남|서남|남|북|동|서)(?:부|쪽|지역|지방|3성)\s?(?:지역\s?)?)?"
    r"(?:에서|내에서|땅에서|현지에서)"
)
# "in China", and a part of the country between: "in northeastern China", "in the south of"
_IN_COUNTRY = re.compile(
    r"\b(?:in|inside|within)\s+(?:(?:the\s+)?(?:far\s+)?(?:north|south|east|west|central|"
    r"north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+)?$"
)


def actor_country_as_place(text: str, mention: PlaceMention, event_type: str | None) -> bool:
    """'arrested in China', '일본에서 적발된': a country that mostly stands for its government
    is a place where 'in' governs it or 에서 follows it (never North Korea, whose events
    all happen in it; nor a country things were sold on to or set out from, a dateline or
    where speakers sit)."""
    if mention.candidates[0].name in rules()["never_placed"]:
        return False
    if _KO_ORIGIN.match(text, mention.end) or _handed_on(text, mention, event_type):
        return False
    if _is_dateline(text, mention) or _is_seat_of_talk(text, mention):
        return False
    if _is_attribute(text, mention) or source_home(text, mention):
        return False
    if _newspaper().match(text, mention.end, mention.end + 40):
        return False  # "in South Korea's Chosun Ilbo": where a paper is, not the event
    if _KO_IN_COUNTRY.match(text, mention.end):
        return True
    head = text[max(0, mention.start - 30) : mention.start].lower()
    return bool(_IN_COUNTRY.search(head))


# An act of enforcement whose object is the speaker-word before "in X" (up to four words
# between: "detained a senior North Korean diplomat in Pretoria")
_ACTED_ON = re.compile(
    r"\b(?:arrested|detained|caught|expelled|apprehended|nabbed|deported|stopped)\s+"
    r"(?:[\w'’-]+\s+){0,4}?(?:diplomats?|officials?)\s+(?:in|at)\s+$"
)


def _is_seat_of_talk(text: str, mention: PlaceMention) -> bool:
    """'diplomats in Beijing', 'the Seoul-based group', '베이징 주재 대사관': where speakers
    sit or are posted, not events."""
    if re.match(r"-based\b|\s?주재\s", text[mention.end : mention.end + 7]):
        # "the Seoul-based group", "모스크바 주재 대사": where someone is posted; "a
        # Hyesan-based source" is a source's home (ranked low, not left out)
        return not _BASED_SOURCE.match(text, mention.end, mention.end + 40)
    if _teller_home(text, mention):
        return True
    words = re.findall(r"\w+", text[max(0, mention.start - 40) : mention.start].lower())[-3:]
    if len(words) >= 2 and words[-1] in ("in", "at") and words[-2] in rules()["speakers"]:
        # not people counted as the ones acted on: "arrested ten officials in Sinuiju", nor
        # the object of an act of enforcement: "arrested a North Korean diplomat in Pretoria"
        acted_on = (len(words) == 3 and _counted(words[0])) or bool(
            _ACTED_ON.search(text, max(0, mention.start - 70), mention.start)
        )
        return not acted_on or bool(
            _teller_patterns()[1].match(text, mention.end, mention.end + 90)
        )
    return _names_an_occasion(text, mention)


def _counted(word: str) -> bool:
    """Whether an English word counts people ('ten', '10', 'dozens', 'several')."""
    return word.isdigit() or word in _COUNT_WORDS or word in number_words()


_COUNT_WORDS = frozenset({"dozens", "hundreds", "several", "many", "some", "few", "numerous"})


@cache
def _teller_patterns() -> tuple[re.Pattern[str], ...]:
    r = rules()
    return tuple(
        re.compile(r[k])
        for k in ("teller_before", "teller_after", "speaking_from", "ko_met_in")
        + ("residence_before", "ko_residence_after")
    )


def _hangul_name(mention: PlaceMention) -> bool:
    """Whether a mention is written in Hangul (its first letter is a syllable: cheaper than
    `is_hangul` for a name, which is written in one script)."""
    return "\uac00" <= mention.text[-1] <= "\ud7a3" or "\uac00" <= mention.text[0] <= "\ud7a3"


def _teller_home(text: str, mention: PlaceMention) -> bool:
    """ "a defector living in Seoul said", "Lee, a refugee in Seoul, told us", "Speaking
    from Seoul, ...", "서울에서 만난 탈북민은": where someone who tells the story lives or
    was met, not where what they tell happened."""
    before, after, speaking, met, _, _ = _teller_patterns()
    if _hangul_name(mention):
        return bool(met.match(text, mention.end))
    head = text[max(0, mention.start - 60) : mention.start].lower()
    if not head.endswith((" in ", " at ", " from ", " the ")):
        return False  # every phrase ends with one of these words
    if any(w in head for w in _SPEAKING) and speaking.search(head):
        return True
    if not after.match(text, mention.end, mention.end + 90):
        return False  # no word of telling after the place
    if _SOURCE_BEFORE.search(head):
        return False  # "a source based in Ryanggang said": a source's home, ranked low
    return bool(before.search(head))


_SPEAKING = ("speaking", "talking", "interviewed", "writing", "reporting")


def lives_there(text: str, mention: PlaceMention) -> bool:
    """ "a woman who now lives in Seoul", "서울에 사는 탈북민": where someone lives outside
    North Korea, like a source's home the event's place only when nothing else is named (a
    town of the North where someone lives is mostly where they were caught or punished)."""
    if mention.candidates[0].country == "KP":
        return False
    *_, before, after = _teller_patterns()
    if _hangul_name(mention):
        return bool(after.match(text, mention.end))
    head = text[max(0, mention.start - 40) : mention.start].lower()
    return head.endswith((" in ", " the ")) and bool(before.search(head))


@cache
def _occasion_after() -> re.Pattern[str]:
    words = "|".join(rules()["occasions"] + rules()["occasions_named_before"])
    return re.compile(rf"(?:\s+[A-Z][\w-]*){{0,2}}?\s+(?i:{words})\b")


def _names_an_occasion(text: str, mention: PlaceMention) -> bool:
    """'after the Hanoi summit', 'the Asian Games in Hangzhou': a place that names a
    gathering told as a time, not where the event was."""
    if _occasion_after().match(text, mention.end, mention.end + 40):
        return True
    words = re.findall(r"\w+", text[max(0, mention.start - 40) : mention.start].lower())[-3:]
    return (
        len(words) >= 2
        and words[-1] in ("in", "at", "of")
        and (
            words[-2] in rules()["occasions"]
            or (words[-2] == "held" and len(words) == 3 and words[-3] in rules()["occasions"])
        )
    )


@cache
def _attribute() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in rules()["attributes"]))


# "모스크바에서 일했던 노동자", "카라치에 파견됐던 무역일꾼": where people had worked
# before, who they are (not "일하던", people still there)
_KO_HAD_WORKED = re.compile(
    r"(?:에서|에)\s?(?:일했던|근무했던|유학했던|파견됐던|파견되었던|주재했던)\s"
)


def _is_attribute(text: str, mention: PlaceMention) -> bool:
    """'the second most powerful man in Pyongyang': a place that describes a person (not
    one who tells: "a resident of Hyesan said" is a source's home)."""
    if is_hangul(mention.text):
        return bool(_KO_HAD_WORKED.match(text, mention.end))
    if text[max(0, mention.start - 4) : mention.start].lower().rstrip()[-2:] not in ("in", "of"):
        return False  # every attribute phrase ends "in" or "of"
    if not _attribute().search(text[max(0, mention.start - 60) : mention.start].lower()):
        return False
    return not _resident_tells(text, mention)


_RESIDENT_OF = re.compile(r"(?i)\b(?:residents?|inhabitants?)\s+of\s+(?:the\s+)?$")


def _resident_tells(text: str, mention: PlaceMention) -> bool:
    """ "a resident of Hyesan said ...": someone of the place who tells what happened there."""
    if not text.endswith("of ", 0, mention.start) and not text.endswith("the ", 0, mention.start):
        return False  # every phrase ends "of" or "of the"
    return bool(
        _RESIDENT_OF.search(text, max(0, mention.start - 30), mention.start)
        and _teller_patterns()[1].match(text, mention.end, mention.end + 90)
    )


def usable(text: str, mention: PlaceMention) -> bool:
    """Whether a mention may say where an event was (not a dateline, a capital standing for
    its government, a country as an actor, where speakers sit, a person's description or a
    ship's name)."""
    top = mention.candidates[0]
    if top.kind == "country" and (top.actor or not _country_as_place(text, mention)):
        return False
    return not (
        _is_dateline(text, mention)
        or _is_metonym(text, mention)
        or _is_seat_of_talk(text, mention)
        or _is_attribute(text, mention)
        or _is_vessel(text, mention)
        or _names_a_body_or_brand(text, mention)
    )


# "a source in Ryanggang Province", and the province after its town: "a source in Hyesan,
# Ryanggang Province"
_SOURCE_BEFORE = re.compile(
    r"(?i)\bsources?\s+(?:\w+\s+)?(?:based\s+)?(?:in|inside|within|from)\s+(?:the\s+)?"
    r"(?:[\w'’-]+(?:\s[\w'’-]+){0,2},\s+)?$"
)
# "양강도의 한 소식통", and the province before its town: "양강도 혜산시 소식통"
_KO_SOURCE_AFTER = re.compile(
    r"(?:도|시|군)?(?:\s([가-힣]{1,6}(?<![은는이가을를의와과로에])))?"
    r"\s?(?:의\s)?(?:한\s|복수의\s|다른\s)?(?:대북\s|내부\s)?(?:주민\s?)?소식통"
)


@lru_cache(maxsize=1024)
def _names_a_town(word: str) -> bool:
    """Whether a Hangul word is the name of a town or county ("혜산시", "신의주")."""
    return any(c.place.precision in ("town", "county") for c in load().candidates(word))


_BASED_SOURCE = re.compile(r"(?i)-based\s+(?:[a-z]+\s+){0,2}?sources?\b")


def source_home(text: str, mention: PlaceMention) -> bool:
    """'a source in Ryanggang Province', '양강도의 한 소식통', 'a Hyesan-based source':
    where a source lives."""
    ko = _KO_SOURCE_AFTER.match(text, mention.end)
    if ko and (ko.group(1) is None or _names_a_town(ko.group(1))):
        return True  # not "평양 고위급 소식통", a source of rank in the capital
    if text.startswith("-based", mention.end) and _BASED_SOURCE.match(text, mention.end):
        return True
    if _resident_tells(text, mention):
        return True
    return bool(_SOURCE_BEFORE.search(text, max(0, mention.start - 70), mention.start))


@cache
def _body_or_brand() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in rules()["bodies_and_brands"])
    return re.compile(rf"(?i)(?:-(?:registered|flagged|made))?\s+(?:[a-z]+\s+)?(?:{words})\b")


# A measure of goods before a name: "400 cartons of Arirang", "two bottles of Taedonggang"
_MEASURED = re.compile(
    r"(?i)\b(?:cartons?|packs?|packets?|bottles?|cans?|crates?|cases|sacks?|barrels?)\s+of\s+"
    r"(?:the\s+)?$"
)


def _names_a_body_or_brand(text: str, mention: PlaceMention) -> bool:
    """'a Singapore firm', 'Taedonggang beer': a place in the name of a company, a school or
    a product is not where an event was; nor is a capital as the subject of a Korean
    sentence ('베이징이 조치를 취해야'), which is its government."""
    capital = mention.candidates[0].name in rules()["capitals"] and not mention.seat
    if capital and _KO_SUBJECT.match(text, mention.end):
        return True
    if _KO_AFFILIATION.match(text, mention.end, mention.end + 24):
        return True  # "삭주군 청수노동자구 소속 경비대원": whom they serve under, not where
    if _MODEL_NUMBER.match(text, mention.end) or _KO_SUMMIT.match(text, mention.end):
        return True  # "화성-14형 미사일", "Hwasong-15"; "하노이 북미정상회담": a name, a meeting
    if _newspaper().match(text, mention.end, mention.end + 40):
        return True  # "the Moscow Times reported", "도쿄(東京)신문이": a paper, not a place
    if _MEASURED.search(text, max(0, mention.start - 24), mention.start):
        return True  # "1,000 cartons of Amrokgang": a brand measured out, not a place
    return bool(_body_or_brand().match(text, mention.end, mention.end + 40))


@cache
def _newspaper() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in rules()["newspapers"])
    return re.compile(
        rf"\)?(?:\s?\([^()\n]{{1,12}}\))?(?:['’]s(?:\s+[A-Z][\w-]*){{1,2}}?)?\s?(?:{words})(?![a-z])"
    )


_KO_SUBJECT = re.compile(r"(?:이|가|은|는)\s")
_MODEL_NUMBER = re.compile(r"-\d")
_KO_SUMMIT = re.compile(r"\s?(?:[가-힣·]+\s?){0,2}(?:정상)?회담")
_KO_AFFILIATION = re.compile(r"(?:\s[가-힣\d]+){0,2}\s소속\s")


_QUOTES = frozenset("'‘\"“")
_NUMBERED_NAME = re.compile(r"\s?(?:호\s?)?\d+['’\"”]")
_VESSEL = re.compile(r"(?i)\b(?:tanker|vessel|ship|freighter|boat|trawler|barge|m/v|mv)\s+$")


def _is_vessel(text: str, mention: PlaceMention) -> bool:
    """'the tanker Saebyol', '천마산호', "'신평 6'": a ship named after a place."""
    before = text[max(0, mention.start - 20) : mention.start]
    quoted = text[mention.start - 1 : mention.start] in _QUOTES
    if quoted and _NUMBERED_NAME.match(text, mention.end):
        return True  # "'신평 6'", "the 'Chongjin 2'": a ship's name, quoted, with its number
    return bool(_VESSEL.search(before)) or text[mention.end : mention.end + 1] == "호"


@cache
def _ko_whence() -> re.Pattern[str]:
    nouns = "|".join(map(re.escape, rules()["ko_people_of_a_town"]))
    word = r"[가-힣]+(?<![은는이가을를의와과로에서])"  # a word that ends in no particle
    return re.compile(
        # a province or county may come first, the town after it ("황해도 옹진군 출신")
        r"(?:시|군|도|구역)?(?:\s[가-힣]{1,6}?(?:시|군|구역)?(?<![은는이가을를의와과로에서]))?\s?(?:"
        r"출신"  # "옹진군 출신으로"
        rf"|(?:의)?\s(?:{word}\s)?(?:{nouns})"  # "개성시 장사꾼", "평성의 화폐 장사꾼"
        # "옹진에서 금을 들고와서"
        r"|에서\s(?:[가-힣]+\s){0,3}?(?:들고|가지고|싣고)\s?(?:와|온|왔|들어)"
        # "청진에서 온 여성", "평양에서 파견된 검열단"
        r"|에서\s?(?:온|왔|들어온|올라온|내려온|파견된|파견돼|파견되어)(?![가-힣])"
        r")"
    )


def whence_people_came(text: str, mention: PlaceMention) -> bool:
    """ "옹진군 출신", "개성시 장사꾼 2명", "옹진에서 금을 들고 와서": a Korean place that tells
    whence people or their goods came. It may place an event that names no other place,
    but it does not tell a happening apart from one told at the place it happened."""
    return is_hangul(mention.text) and bool(_ko_whence().match(text, mention.end))


def set_out_from(text: str, mention: PlaceMention) -> bool:
    """ "평양을 출발한 수송기", "남포항에서 출항한 배": the place a craft or person set out from,
    the event's place only for an escape (whose start it is)."""
    if _KO_ORIGIN.match(text, mention.end):
        return True
    # "북한 수도 평양을 출발한": the name told after it in apposition set out
    named = _KO_APPOSED.match(text, mention.end)
    return bool(named and _KO_ORIGIN.match(text, named.end()))


_KO_APPOSED = re.compile(r"\s[가-힣]{2,6}(?=(?:시|군|도|항)?\s?(?:을|를|에서)\s?)")


def _specific(place: Place, event_type: str | None) -> float:
    if place.kind in CAMP_KINDS and event_type != "detention":
        return CAMP_ELSEWHERE
    return float(rules()["specificity"].get(place.kind, 30))


def _rank(
    text: str, mention: PlaceMention, chosen: list[PlaceMention], event_type: str | None
) -> float:
    """How well a mention answers 'where did this event happen'."""
    place = mention.candidates[0]
    score = _specific(place, event_type)
    before = _preposition(text, mention.start)
    if _went_to(text, mention, event_type) or before in rules()["path"]:
        score -= 30
    elif before == "from" and _people_from().search(
        text, max(0, mention.start - 40), mention.start
    ):
        score -= 8  # "two women from Hyesan were arrested in Changbai": whence they came
    elif before == "from" and any(_told_in(text, m) for m in chosen):
        pass  # "a team from Pyongyang arrested ten in Sinuiju": whence, beside a where
    elif before == "of" and _member_of().search(text, max(0, mention.start - 40), mention.start):
        pass  # "a manager of the Musan Mining Complex was arrested in Chongjin": whose
    elif before in rules()["locative"]:
        score += 8
    elif whence_people_came(text, mention):
        score -= 8  # "옹진에서 금을 들고 와서 혜산에서 넘기려던": whence they came
    if event_type != "escape" and _KO_ORIGIN.match(text, mention.end):
        score -= (
            30  # "평양을 출발한 수송기": where it set out from (an escape's start is its place)
        )
    if source_home(text, mention) or lives_there(text, mention):
        score -= 40  # where a source or someone lives: the event's place only if nothing else is
    if mention.seat and event_type not in rules()["seated_types"]:
        score -= 5  # "tried by the Central Court and shot in Hyesan": the town told for itself
    same = sum(1 for m in chosen if m.candidates[0].id == place.id)
    score += min(4, 2 * (same - 1))
    provinces = {m.candidates[0].admin1 for m in chosen if m.candidates[0].kind == "province"}
    if place.kind != "province" and place.admin1 in provinces:
        score += 3
    return score


def _told_in(text: str, mention: PlaceMention) -> bool:
    """Whether an English mention is written as where ('in Sinuiju', 'at Hyesan'), not
    whence ('from Pyongyang')."""
    before = _preposition(text, mention.start)
    return before != "from" and before in rules()["locative"]


@cache
def _people_from() -> re.Pattern[str]:
    words = [str(w) for w in load_data("people.yaml")["people"] if str(w).isascii()]
    return re.compile(
        rf"(?i)\b(?:{'|'.join(map(re.escape, words))})\s+(?:\w+\s+)?from\s+(?:the\s+)?$"
    )


@cache
def _member_of() -> re.Pattern[str]:
    """People told as of a body or site ('a manager of the', 'workers of')."""
    words = [str(w) for w in load_data("people.yaml")["people"] if str(w).isascii()]
    words += rules()["roles"]
    return re.compile(rf"(?i)\b(?:{'|'.join(map(re.escape, words))})\s+of\s+(?:the\s+|a\s+)?$")


def _sent_on_before(text: str, at: int) -> bool:
    window = text[max(0, at - 90) : at]
    return " to " in window and bool(_sent_on().search(window))


def _went_to(text: str, mention: PlaceMention, event_type: str | None) -> bool:
    """A place written as where someone or something went, for an event that is not an
    arrival there (an escape ends where people went; a detention at its camp)."""
    place = mention.candidates[0]
    if event_type == "escape" or (place.kind in CAMP_KINDS and event_type == "detention"):
        return False
    before = _preposition(text, mention.start)
    if before in rules()["locative"]:
        return _sent_on_before(text, mention.start)
    return before in rules()["destination"] or bool(_KO_DESTINATION.match(text, mention.end))


def told_as_whither(text: str, mention: PlaceMention) -> bool:
    """ "driven to a barracks on the edge of Hyesan", "신의주 일대로 넘겼다": a place
    told only as where someone or something went, which places no happening told beside it."""
    return _went_to(text, mention, None)


def _handed_on(text: str, mention: PlaceMention, event_type: str | None) -> bool:
    """A place written as where the goods or people of a sale or sending were received, or
    a camp people were sent to, told beside another event (a trial)."""
    if mention.candidates[0].kind in CAMP_KINDS:  # "sent to the camp in Hoeryong": held there
        return event_type != "detention" and _went_to(text, mention, event_type)
    if event_type == "escape" or _preposition(text, mention.start) not in rules()["locative"]:
        return False
    return _sent_on_before(text, mention.start)


def _in_spans(mention: PlaceMention, spans: list[tuple[int, int]]) -> bool:
    return any(s <= mention.start and mention.end <= e for s, e in spans)


Usable = Callable[[PlaceMention], bool]


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


@cache
def _needs(pattern: str) -> frozenset[str]:
    """Literals one of which every match of a pattern holds (empty: none known)."""
    return frozenset(required_literals(pattern) or ())


@lru_cache(maxsize=4)
def _folded(text: str) -> str:
    """The folded text of a document (same offsets), once per document."""
    return fold(text)


Anaphora = tuple[tuple[str, tuple[tuple[frozenset[str], re.Pattern[str]], ...]], ...]


@cache
def _anaphora() -> tuple[Anaphora, frozenset[str]]:
    """The anaphora rules by precision (each phrase's literals and its pattern), and all
    their literals."""
    table = tuple(
        (precision, tuple((_needs(phrase), _compiled(phrase)) for phrase in phrases))
        for precision, phrases in rules()["anaphora"].items()
    )
    return table, frozenset(x for _, phrases in table for needs, _ in phrases for x in needs)


def _anaphor(
    text: str,
    mentions: list[PlaceMention],
    spans: list[tuple[int, int]],
    usable: Usable,
    within: bool = False,
) -> PlaceMention | None:
    """'the city', 'Songbong-dong' in the evidence's paragraph (or, `within`, in the evidence
    itself): the last such place before."""
    whole = _folded(text)
    table, literals = _anaphora()
    paragraphs = [  # each with the phrases' literals it holds, found once
        (start, end, {x for x in literals if x in whole[start:end]})
        for start, end in ((s if within else text.rfind("\n", 0, s) + 1, e) for s, e in spans)
    ]
    for precision, phrases in table:
        for start, end, present in paragraphs:
            for needs, pattern in phrases:
                if needs and needs.isdisjoint(present):
                    continue  # none of the literals every match holds is there
                found = pattern.search(whole, start, end)
                if not found:
                    continue
                limit = found.start()
                for m in reversed(mentions):
                    if (
                        m.end <= limit
                        and not m.seat
                        and m.candidates[0].precision == precision
                        and (usable(m) or _the_city_filed(text, m, found.group()))
                        and not _went_to(text, m, None)  # not 'a truck bound for Dandong'
                    ):
                        return m
    return None


_THE_CITY = re.compile(r"(?i)(?:the|this) (?:(?:port|border|same) )?(?:city|town)")


def _the_city_filed(text: str, mention: PlaceMention, phrase: str) -> bool:
    """ "HYESAN -- Six smugglers were arrested in the city": the city a report was filed
    from is the one "the city" points back at (a dateline is no place of its own)."""
    return (
        bool(_THE_CITY.fullmatch(phrase))
        and _is_dateline(text, mention)
        and not (
            _is_metonym(text, mention)
            or _is_seat_of_talk(text, mention)
            or _is_attribute(text, mention)
            or _is_vessel(text, mention)
            or _names_a_body_or_brand(text, mention)
        )
    )


_ENDS_SENTENCE = re.compile(r"[.!?다]\W*$")


def _paragraph_place(
    text: str,
    mentions: list[PlaceMention],
    spans: list[tuple[int, int]],
    usable: Usable,
    seated: bool = False,
) -> PlaceMention | None:
    """The town or site the evidence's paragraph names: the last before it, else the first after."""
    start, end = min(s for s, _ in spans), max(e for _, e in spans)
    para_start = text.rfind("\n", 0, start) + 1
    para_end = text.find("\n", end)
    para_end = len(text) if para_end < 0 else para_end
    headline = para_end - para_start < 150 and not _ENDS_SENTENCE.search(text, para_start, para_end)
    if not text[:para_start].strip() and not headline:  # a lede: the next paragraph says where
        para_end = text.find("\n", para_end + 2) if para_end < len(text) else para_end
        para_end = len(text) if para_end < 0 else para_end
    named = [
        m for m in mentions
        if para_start <= m.start < para_end
        and (seated or not m.seat)
        and _preposition(text, m.start) not in rules()["destination"] + rules()["path"]
        and usable(m)
        and not _went_to(text, m, None)  # "driven to a barracks on the edge of X"
    ]  # fmt: skip
    towns = [m for m in named if m.candidates[0].precision in ("site", "town", "county")]
    towns = [m for m in towns if m.candidates[0].kind not in WATERS] or towns  # a town by a river
    before = [m for m in towns if m.start < start]
    after = [m for m in towns if m.start >= end]
    pick = before[-1] if before else after[0] if after else None
    return pick if pick is None or _alone(text, pick, named) else None


# "in Seoul, Tokyo, London and Washington": names listed side by side, known or not
_NAME = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
_LIST = re.compile(rf"{_NAME}(?:\s*,\s*{_NAME})*\s*,?\s+(?:and|or)\s+{_NAME}")


def _listed_with_unknowns(text: str, mention: PlaceMention, known: list[PlaceMention]) -> bool:
    """Whether a place is listed side by side with names the gazetteer does not know."""
    after, before = (
        text[mention.end : mention.end + 5],
        text[max(0, mention.start - 5) : mention.start],
    )
    if (
        "," not in after + before
        and " and" not in " " + after + before
        and "or " not in after + before
    ):
        return False  # no list around it
    start = max(0, mention.start - 120)
    for found in _LIST.finditer(text, start, mention.end + 120):
        if not found.start() <= mention.start and mention.end <= found.end():
            continue
        names = len(re.findall(_NAME, found.group()))
        inside = sum(1 for m in known if found.start() <= m.start < found.end())
        return names > inside
    return False


def _alone(text: str, pick: PlaceMention, named: list[PlaceMention]) -> bool:
    """Whether a town is the only place its sentence names, but for what holds it: not so
    in '5 in Taehongdan, 5 in North Hamgyong', 'a church in Dandong, soil near Yongbyon' or
    'hearings in Seoul, Tokyo and London'."""
    if _listed_with_unknowns(text, pick, named):
        return False
    start = max(text.rfind(stop, 0, pick.start) for stop in (". ", ".\n", "다.", "? ", "! ")) + 1
    stops = [at for stop in (". ", ".\n", "다.") if (at := text.find(stop, pick.end)) >= 0]
    end = min(stops, default=len(text))
    place = _reported_place(pick.candidates[0])
    for m in named:
        other = _reported_place(m.candidates[0])  # two districts of one city are one place
        if not start <= m.start < end or other.kind in WATERS or other.precision == "country":
            continue
        holds = other.id == place.id or other.name == place.admin1
        beside = other.admin1 == place.admin1 and "site" in (other.precision, place.precision)
        if not (holds or beside):
            return False
    return True


def _named(mentions: list[PlaceMention], admin1: str | None) -> bool:
    """Whether the text names this foreign first-level region (강원 names South Korea's
    Gangwon as well as the North's Kangwon), on its own or at the head of a town's name
    ("강원 고성")."""
    return any(
        p.name == admin1
        for m in mentions
        for p in m.candidates
        if p.kind in ("province", "prefecture") or m.region
    ) or any(_region_at_head(m.text, admin1) for m in mentions if " " in m.text)


@lru_cache(maxsize=1024)
def _region_at_head(name: str, admin1: str | None) -> bool:
    """Whether a place's name begins with a name of the region it lies in ("강원 고성")."""
    first = name.split()[0]
    return any(
        e.place.name == admin1 and e.place.kind in ("province", "prefecture")
        for e in load().candidates(first)
    )


def _sentence_around(text: str, at: int) -> tuple[int, int]:
    """The bounds of the sentence holding an offset (a full stop, 다. or a line break ends it)."""
    start = max(text.rfind(stop, 0, at) for stop in (". ", ".\n", "다.", "? ", "! ", "\n")) + 1
    stops = [x for stop in (". ", ".\n", "다.", "\n") if (x := text.find(stop, at)) >= 0]
    return start, min(stops, default=len(text))


def _own_admin1(place: Place, mentions: list[PlaceMention]) -> str | None:
    """Province of a place; for a foreign place only when the text names its region, or
    where the region goes without saying (a Chinese border city's province, a city that is a
    region of its own)."""
    if place.country != "KP" and place.kind not in ("province", "prefecture"):
        if place.admin1 in rules()["admin1_always"]:
            return place.admin1
        if place.country in rules()["admin1_own_region"] and place.admin1 == place.name:
            return place.admin1
        return place.admin1 if _named(mentions, place.admin1) else None
    return place.admin1


def _admin1(
    text: str, place: Place, mentions: list[PlaceMention], at: int, usable: Usable
) -> str | None:
    """Province of a place as the text supports it; for waters and lines, the nearest place's."""
    if place.kind not in WATERS or place.admin1:
        return _own_admin1(place, mentions)
    start, end = _sentence_around(text, at) if place.kind != "river" else (0, len(text))
    nearby = [
        m for m in mentions
        if m.candidates[0].precision in ("site", "town", "county")
        and m.candidates[0].kind not in {*WATERS, *CAMP_KINDS, "border_crossing"}
        and start <= m.start < end
        and abs(m.start - at) < WATERS[place.kind]
    ]  # fmt: skip
    nearby.sort(key=lambda m: abs(m.start - at))
    owned = (_own_admin1(m.candidates[0], mentions) for m in nearby if usable(m))
    banks = rules()["river_provinces"].get(place.name)
    return next((a for a in owned if a and (banks is None or a in banks)), None)


def _location(
    text: str, place: Place, mentions: list[PlaceMention], at: int, usable: Usable
) -> Location:
    """The Location of a place; a foreign region only when the text names it."""
    return Location(
        name=place.name,
        admin1=_admin1(text, place, mentions, at, usable),
        kind=place.kind,
        lat=place.lat,
        lon=place.lon,
        country=place.country or None,
        precision=place.precision,
        gazetteer_id=place.id,
    )


def locate(
    text: str,
    mentions: list[PlaceMention],
    spans: list[tuple[int, int]],
    event_type: str | None = None,
    memo: dict[int, bool] | None = None,
    trigger: int | None = None,
) -> Location | None:
    """The most specific place the evidence spans support, or None when they name none.

    Evidence that names no place but points back at one ("the city", a neighbourhood) or
    sits in a paragraph that named a town or site before is placed there. `memo` keeps
    whether each mention (by start) is usable across the calls for one text.
    """
    memo = {} if memo is None else memo

    def fits(m: PlaceMention) -> bool:  # datelines, metonyms...: judged once, when needed
        if m.start not in memo:
            memo[m.start] = usable(text, m)
        return memo[m.start]

    seated = event_type in rules()["seated_types"]  # a court's seat is only where it tried
    tried_here = seated or event_type in rules()["seated_in_evidence"]  # or, told with it, killed
    lo, hi = min((s for s, _ in spans), default=0), max((e for _, e in spans), default=-1)
    chosen = [
        m
        for m in mentions  # the bounds first: most of a report's places are far from its spans
        if lo <= m.start
        and m.end <= hi
        and _in_spans(m, spans)
        and fits(m)
        and (tried_here or not m.seat)
    ]
    if event_type in rules()["not_placed_by_source_home"]:  # a campaign a local source tells
        chosen = [m for m in chosen if not source_home(text, m)]
    if event_type not in (None, "escape"):  # "평양을 출발한 수송기가 방콕에서 억류됐다"
        chosen = [m for m in chosen if not set_out_from(text, m)]
    if not chosen and (not spans or event_type in rules()["placed_by_text_only"]):
        return None
    if not chosen:
        own = event_type in rules()["placed_without_paragraph"]  # a nationwide campaign
        ref = _anaphor(text, mentions, spans, fits, within=own)
        if not own:
            ref = ref or _paragraph_place(text, mentions, spans, fits, seated)
        place = _reported_place(ref.candidates[0]) if ref else None
        return _location(text, place, mentions, ref.start, fits) if place and ref else None
    best = _best(text, mentions, chosen, spans, event_type, fits, trigger)
    if best is None:
        return None
    if event_type in rules()["placed_only_at_sites"] and best.candidates[0].precision != "site":
        return None
    place = _crossing_side(best) or _reported_place(best.candidates[0])
    return _location(text, place, mentions, best.start, fits)


def _best(
    text: str,
    mentions: list[PlaceMention],
    chosen: list[PlaceMention],
    spans: list[tuple[int, int]],
    event_type: str | None,
    usable: Usable,
    trigger: int | None = None,
) -> PlaceMention | None:
    """The evidence's best-ranked mention; None for a figure spread over several places."""
    ranks = {m.start: _rank(text, m, chosen, event_type) for m in chosen}
    governing = _governing(text, chosen, trigger)
    if governing is not None:
        ranks[governing.start] += GOVERNS  # "X에서 건넌 ... Y에서 체포돼": Y, the verb's own
    else:  # "신의주에서", as "in Sinuiju": over "단둥과 마주한", "평양에 사는"
        for m in chosen:
            if _hangul_name(m) and _ko_where_alone(text, m):
                ranks[m.start] += KO_WHERE
    complement = _verbs_own(text, chosen, trigger)
    if complement is not None:
        ranks[complement.start] += AFTER_VERB  # "officials in X arrested five in Y": Y
    best = max(chosen, key=lambda m: (ranks[m.start], -m.start))
    tied = {m.candidates[0].id for m in chosen if ranks[m.start] == ranks[best.start]}
    if len(tied) >= SPREAD or _listed(text, best, chosen):
        return None
    if _handed_on(text, best, event_type):
        return None  # "sold to buyers in Heilongjiang": only where someone or something went
    if (
        event_type in rules()["not_placed_whither"]
        and not best.seat
        and _went_to(text, best, event_type)
    ):
        return None  # "마약을 평양 등지로 날랐던" beside a trial: whither the goods went
    top = best.candidates[0]
    if top.kind == "province" or (top.kind in CAMP_KINDS and event_type != "detention"):
        inner = _paragraph_place(
            text, mentions, spans, usable, event_type in rules()["seated_types"]
        )
        if (
            inner
            and inner.candidates[0].kind not in CAMP_KINDS
            and (top.kind != "province" or inner.candidates[0].admin1 == top.admin1)
        ):
            return inner  # "sources in Ryanggang Province", "sent to a camp": the town
    return best


# "단둥과 헤이룽장성 무단장에서도", "함북 청진, 황북 사리원 등 곳곳에서": a list before a
# place, or 등 after it: its phrase of where holds more than the place
_KO_LIST_BEFORE = re.compile(
    r"(?:과|와|및|,|·)\s?(?:[가-힣]+(?:성|도)\s|(?:함|평|황)(?:북|남)\s|(?:양강|자강|강원)\s)?$"
)


def _ko_where_alone(text: str, m: PlaceMention) -> bool:
    """Whether a Korean place heads a phrase of where of its own ("신의주에서"), not
    whence people came nor one of a list."""
    where = _KO_LOCATIVE.match(text, m.end)
    if where is None or "등" in where.group().split() or whence_people_came(text, m):
        return False
    return not _KO_LIST_BEFORE.search(text, max(0, m.start - 16), m.start)


_AND = re.compile(r"\s*(?:,|and|or|와|과|및|·|/)\s*(?:the\s+)?")


# "삼봉리 57반에서", "연변조선족 자치구의 한 농촌에서": a place that heads a phrase of where
# (the shortest such phrase: "평양에서 파견된 검열단이 혜산에서" holds two)
_KO_WHERE = re.compile(r"서(?=\s)|[^\s.,]*?(?:\s+[^\s.,]+){0,3}?(?:에서|에선)")  # 회령서: 회령에서


# Words that open another clause between an English verb and a place after it
_CLAUSE_OPENER = re.compile(
    r"(?i)[.;!?]|\b(?:who|whom|which|that|after|before|when|while|because|since|where|"
    r"whose|and then|then|but|as)\b"
)


def _verbs_own(text: str, chosen: list[PlaceMention], trigger: int | None) -> PlaceMention | None:
    """The English place written as where ('in Y', 'at Y') first after the trigger in its own
    clause: of places equally good, the verb's own ("officials from the Central Committee in
    Pyongyang arrested five cadres in Hyesan": Hyesan)."""
    if trigger is None:
        return None
    for m in chosen:
        if m.start <= trigger or _hangul_name(m) or m.start - trigger > 80:
            continue
        if _told_in(text, m) and not _CLAUSE_OPENER.search(text, trigger, m.start):
            return m
        return None
    return None


def _governing(text: str, chosen: list[PlaceMention], trigger: int | None) -> PlaceMention | None:
    """The Korean place written as where ('X에서') nearest before the trigger's verb, when
    the sentence has another such place before it: the place of the verb's own clause."""
    if trigger is None:
        return None
    phrases = [
        (m, found.end())
        for m in chosen
        if m.end <= trigger and (found := _KO_WHERE.match(text, m.end, m.end + 30))
    ]
    if not phrases:
        return None
    nearest = phrases[-1][0]
    if not any(end <= nearest.start for _, end in phrases):
        return None  # no phrase of where closes before it: one clause ("혜산시 재판소 앞에서")
    between = text[nearest.end : trigger]
    return nearest if len(between) <= 60 and not re.search(r"[.!?]|다\s", between) else None


def _listed(text: str, best: PlaceMention, chosen: list[PlaceMention]) -> bool:
    """'the Yalu and Tumen rivers', '단둥, 훈춘 등': places of one kind listed side by side
    tell where something ran along or through, not one place where it happened."""
    kind = best.candidates[0].kind
    for m in chosen:
        if m.candidates[0].id == best.candidates[0].id or m.candidates[0].kind != kind:
            continue
        first, second = (m, best) if m.start < best.start else (best, m)
        if _AND.fullmatch(text, first.end, second.start):
            return True
    return False


def _crossing_side(mention: PlaceMention) -> Place | None:
    """A crossing written as two towns (the Dandong-Sinuiju customs) is placed at the first."""
    if mention.candidates[0].kind != "border_crossing":
        return None
    first = re.split(r"\s*[-–—]\s*", mention.text)[0]
    found = load().candidates(first) if first != mention.text else []
    return found[0].place if found and found[0].place.precision == "town" else None


def _reported_place(place: Place) -> Place:
    """Markets and urban districts are reported at their city (EVENTS.md guidelines)."""
    if place.kind in SEAT_KINDS:
        return load().seat(place) or place
    return place


# --- what a mention says of itself, for scoring places with fitted weights -------------------


def mention_facts(text: str, mention: PlaceMention, event_type: str | None) -> dict[str, bool]:
    """The yes-or-no facts the rules above read about one mention, by name, for
    `extract.place_scoring` (which weighs them with fitted weights instead of ordering them)."""
    top = mention.candidates[0]
    before = _preposition(text, mention.start)
    near = _preposition(text, mention.start, reach=2)
    return {
        "dateline": _is_dateline(text, mention),
        "metonym": _is_metonym(text, mention),
        "speakers_seat": _is_seat_of_talk(text, mention),
        "describes_person": _is_attribute(text, mention),
        "vessel": _is_vessel(text, mention),
        "body_or_brand": _names_a_body_or_brand(text, mention),
        "country_as_actor": top.kind == "country"
        and (top.actor or not _country_as_place(text, mention)),
        "source_home": source_home(text, mention),
        "went_to": _went_to(text, mention, event_type),
        "handed_on": _handed_on(text, mention, event_type),
        "locative": near in rules()["locative"] and near != "from",
        "from": near == "from",
        "destination": before in rules()["destination"],
        "path": before in rules()["path"],
        "ko_locative": bool(_KO_LOCATIVE.match(text, mention.end)),
        "ko_destination": bool(_KO_DESTINATION.match(text, mention.end)),
        "ko_origin": bool(_KO_ORIGIN.match(text, mention.end)),
    }


def specificity(place: Place, event_type: str | None) -> float:
    """How specific a place is for an event (site 60 ... country 10; camps low but for a
    detention), as the rules rank it."""
    return _specific(place, event_type)


def location_of(text: str, mentions: list[PlaceMention], mention: PlaceMention) -> Location:
    """The Location an event placed at this mention gets (a market at its city, a crossing
    at its first town, a river with the province of a town beside it)."""

    def fits(m: PlaceMention) -> bool:
        return usable(text, m)

    place = _crossing_side(mention) or _reported_place(mention.candidates[0])
    return _location(text, place, mentions, mention.start, fits)


def listed_side_by_side(text: str, mention: PlaceMention, others: list[PlaceMention]) -> bool:
    """'the Yalu and Tumen rivers', '단둥, 훈춘 등': listed beside a place of its kind."""
    return _listed(text, mention, others)
