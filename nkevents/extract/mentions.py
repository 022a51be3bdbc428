"""Event mentions: one event type named in one sentence, with what that sentence says of it."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import cache
from typing import TypeVar

from nkevents.detect.dates import DateMention, dateline
from nkevents.detect.numbers import CountMention
from nkevents.detect.numbers import lexicon as number_words
from nkevents.detect.penalties import PenaltyMention
from nkevents.detect.places import PlaceMention, is_locative, locate
from nkevents.detect.sentences import Sentence
from nkevents.extract import attributes as attr
from nkevents.extract.context import CAPTION_MARKS, DocContext
from nkevents.extract.dating import IMPLICIT_RULES
from nkevents.model import Location, Span
from nkevents.romanize import is_hangul

# Types a trial or an execution in the same sentence speaks for: "arrested for
# smuggling, they were sentenced..." names the charges of the trial, not an arrest.
SUBORDINATE_TO_JUDGEMENT = {"arrest", "smuggling", "escape", "detention", "crackdown", "seizure"}
JUDGEMENT = {"trial", "execution"}
BEFORE_JUDGEMENT = {"arrest", "escape"}  # what led to a judgement, told after it
TARGETS_OF_CRACKDOWN = {"smuggling", "escape"}
# Types that name a charge when the sentence says someone was accused of them.
CHARGE_TYPES = {"smuggling"}
# Types that, named after the judgement, are a happening of their own ("executed; his family
# was sent to a camp") unless the sentence names a penalty (the camp is then the sentence's).
AFTER_JUDGEMENT = {"detention"}
# Types whose own count marks other people than the judged ("150 arrested, 10 of them shot").
OWN_COUNT_TYPES = {"arrest", "detention", "escape"}
# "*" is a continuation sentence, whose type is that of the event it goes on about.
CHARGED_TYPES = {"trial", "execution", "arrest", "crackdown", "detention", "*"}
GOODS_TYPES = {"trial", "execution", "arrest", "smuggling", "seizure", "sanction", "crackdown", "*"}
PUBLIC_TYPES = {"trial", "execution"}
# Types the goods alone make specific: "coal is shipped out through ship-to-ship transfers".
GOODS_ANCHOR_TYPES = {"smuggling", "seizure"}
# Types of acts done to people: their objects may be named by what they did.
ACTS_ON_PEOPLE = {"arrest", "trial", "execution", "detention"}
# Types whose object may be a person named after the verb ("executed Jang Song Thaek").
PERSON_OBJECT_TYPES = {"trial", "execution", "arrest", "detention"}
PENALTY_TYPES = {"trial", "execution", "detention"}
# Measures, whose day of announcement is their date when a Korean sentence tells no other
# (in English "announced on Saturday that it will ..." is read by _announced).
MEASURE_TYPES = {"sanction"}
PEOPLE_TYPES = {"trial", "execution", "arrest", "escape", "smuggling", "detention"}

# One named or pronoun subject of a passive verb counts one person ("He was arrested").
_SINGULAR_SUBJECT = re.compile(
    r"(?:\b(?:he|she)\b|\b(?!(?:The|It|This|That|There|Police|Which|What)\b)[A-Z][a-z]+"
    r"(?: [A-Z][a-z]+){0,3}(?:,[^,]{3,80})?,?)"
    r" (?:was|had been|has been)\b"
)
# "The driver and a trader who had hired the truck were detained": two people
_PAIR_SUBJECT = re.compile(
    r"[“\"]?(?:The|A|An|His|Her|Their)\s+(?P<a1>[a-z]+)(?:\s+(?P<a2>[a-z]+))?\s+and\s+"
    r"(?:(?:the|a|an|his|her|their)\s+)?(?P<b1>[a-z]+)\b(?:\s+(?P<b2>[a-z]+)\b)?"
    r"(?![^.;]{0,80}\band\b)"
    r"(?=[^.;]{0,80}\b(?:were|have been|had been)\b)"
)
# A named person right after the verb ("executed Jang Song Thaek", "detained Kim Hak Song").
_NAMED_OBJECT = re.compile(r"\s+(?:[A-Z][a-z]+ ){1,3}[A-Z][a-z]+\b")
_SENTENCE_PRONOUN_NOUNS = (
    "soldier|man|woman|defector|suspect|victim|captain|official|officer|agent|teacher|pastor|"
    "student|broker|smuggler|trader|worker|farmer|fisherman|guard|commander|businessman|"
    "missionary"
)


@cache
def _sentence_pronoun() -> re.Pattern[str]:
    """ "He", "She", "The reporter" opening a sentence: one person, its subject."""
    nouns = "|".join(sorted(number_words().singular | set(_SENTENCE_PRONOUN_NOUNS.split("|"))))
    return re.compile(rf"[“\"]?(?:He|She|Someone|The (?:{nouns}))\b")


# Korean: one person named as the subject or object, with no count.
_KO_SINGULAR = re.compile(
    r"(?:청년|남성|여성|연대장|씨|간부|군인|병사|주민|탈북민|장사꾼|남자|여자|목사|선교사|"
    r"부총리|총리|부장|부부장|국장|장관|사령관|지배인|사장|책임자|선장|대사|처장|소장)"
    r"(?:\([^()]{1,8}\))?(?:이|가|은|는|을|를|도)(?=\s)"
)
# What stands between the day of an announcement and the act it announces.
_ANNOUNCED = re.compile(r",? (?:that )?(?:it|he|she|they|the \w+) (?:had |has |have )?(?:been )?")
_COMMENTARY = re.compile(
    r"(?:Analysis|Comment|Commentary|Opinion|Editor's note)\s*:|\([^()]{20,}\)$", re.I
)
# A photo caption's credit or mark: "/사진=데일리NK", "(사진=KBS 캡처)", "▲", "사진은 ...",
# "Photo: AP",
# "File Photo by ...", "in a file photo", "image.jpg".
_CAPTION = re.compile(
    r"/\s*사진\s*=|\(사진\s*=|^\s*-?\s*▲|^\s*사진\s*[은:]|사진\s*=\s*\S+(?:\s*DB)?\s*$"
    r"|\bPhoto(?: courtesy of)?\s*:\s*\S|\bPhoto by\b|\bfile photo\b|캡[처쳐]\)?\.?\s*$|\.jpe?g\b",
    re.IGNORECASE | re.MULTILINE,
)


def _caption(text: str, lowered: str, span: Span) -> bool:
    """Whether a sentence stands on a line that is a photo caption."""
    start = text.rfind("\n", 0, span[0]) + 1
    end = text.find("\n", span[1] - 1)
    end = len(text) if end < 0 else end
    if end - start > 400:
        return False
    line = lowered[start:end]
    if not any(word in line for word in CAPTION_MARKS):
        return False
    return bool(_CAPTION.search(text[start:end]))


_SENT = re.compile(
    r"\b(?:sent|taken|transferred|moved|dragged|deported|sentenced|committed|serve|serving|"
    r"served)\b"
    r"|보내|끌려|이송|수감|송치",
    re.IGNORECASE,
)
# A count introduced as the accused: "피고인 6명", "the 36 accused", "six defendants".
_DEFENDANTS = re.compile(r"피고인|\baccused\b|\bdefendants?\b", re.IGNORECASE)
# A count given for every place of a list: "in each city", "각 도시에서".
_EACH_PLACE = re.compile(
    r"\bin each (?:of the \w+ )?(?:city|cities|town|towns|county|counties|province|provinces)\b"
    r"|각 (?:도시|지역|시|군|도)",
    re.IGNORECASE,
)
# A sentence saying what someone was accused of: what it names is a charge.
_CHARGED_WITH = re.compile(
    r"\b(?:accused|charged|convicted|found guilty|suspected) (?:\w+ ){0,2}(?:of|with)\b"
    r"|on charges of|혐의로|혐의를",
    re.IGNORECASE,
)
# The words right before an act that make it what someone is accused of, not an event
_ACCUSED_OF = re.compile(
    r"(?i)\b(?:accused|charged|convicted|suspected|guilty|indicted) (?:\w+ ){0,2}(?:of|with)"
    r"\s+(?:\w+ly\s+)?(?:having\s+)?$"
)
_DEFINITE = re.compile(r"\b(?:the|this) $", re.IGNORECASE)
# "강제북송 우려", "처형될 수 있다", "처형되지 않았다": told after the word in Korean
_KO_HYPOTHETICAL = re.compile(
    r"\S{0,3}\s?(?:우려|가능성|할 수|될 수|위기|위험)|(?:하|되|당하|시키)?지\s?않"
)
# Korean habits and rules told after the word: "...하는 경우가 많다", "...하곤 했다",
# "...해 왔다"; and what can be done: "벌 수 있는" (a verb in -ㄹ before 수 있/없)
_KO_HABITUAL = re.compile(
    r"(?:경우가 (?:많|대부분|적지|흔)|곤 (?:했|한다|하였|하는)|기 일쑤|(?:해|하여|돼|되어) 왔|"
    r"행태를 반복|^\S{0,2}(?:받은|된|당한) 자(?:를|는|가|들|에게|의|\s)|"
    r"(?:될|할|받을|갈|질|릴|게 될) 것(?:이|으로)|(?:할|될) (?:예정|방침|계획))"
)
# A Korean clause about the past or about what is usual: "과거에도 ... 종종 있었지만",
# "코로나 때 국경단속이 강화돼", "... 검거된 일이 있었다"
_KO_BACKGROUND = re.compile(
    r"과거|예전|코로나\s?(?:때|전|이전|이후|기간)|그동안|종종|흔히|평소|자주|늘\s|항상"
)
_KO_ONCE = re.compile(r"[^,.]{0,12}?(?:일이|적이|때가) 있")
_KO_CLAUSE_START = re.compile(r"[,.“”\"]|(?:고|며|면서|는데|지만|으나|했으나)\s")


def _ko_background(text: str, start: int, trigger: Span) -> bool:
    """A Korean trigger in a clause that recalls the past or tells what is usual."""
    if _KO_ONCE.match(text, trigger[1]):
        return True
    lo = max(start, trigger[0] - 40)
    clause = max((m.end() for m in _KO_CLAUSE_START.finditer(text, lo, trigger[0])), default=lo)
    return _KO_BACKGROUND.search(text, clause, trigger[0]) is not None


_KO_CAN = re.compile(r"([가-힣]) (?:수 (?:있|없)|예정|방침|계획)")


# A clause told as done, which ends before the next one: "수감됐으며 ", "체포됐고 ".
_KO_DONE_CLAUSE = re.compile(
    r"(?:[가-힣]{0,2}?[았었였됐했났]|(?<=[았었였됐했났]))(?:으며|고|는데|지만)\s"
)


def _ko_generic(text: str, end: int, stop: int) -> bool:
    """A Korean word followed, in its clause, by a habit or a possibility, not a happening."""
    window = text[end : min(stop, end + 30)]
    cut = min((window.find(c) for c in (",", "“", '"', "다.") if c in window), default=-1)
    window = window[:cut] if cut >= 0 else window
    done = _KO_DONE_CLAUSE.match(text, end, end + len(window))  # "수감됐으며 곧 ... 보내질 것"
    window = window[: done.end() - end] if done else window  # the next clause's, not its
    if _KO_HABITUAL.search(window):
        return True
    can = _KO_CAN.search(window[:14])  # -ㄹ 수 있다, -ㄹ 예정/계획이다 (a final ㄹ)
    return can is not None and (ord(can.group(1)) - 0xAC00) % 28 == 8


_KO_PAST = re.compile(r"(?:됐|되었|했|당했|돼)")
# People named by what they did ("smugglers", "traffickers"): objects, not happenings.
_AGENT_NOUN = re.compile(r"(?:smugglers?|traffickers?|defectors?|brokers?|escapees?)", re.I)
# A date in a clause of its own: "after two tests in July", "since its first test in 2006".
# "since Kim Jong Un took power in December 2011", "2011년 이후": the start of a period
_SINCE = re.compile(r"(?i)\bsince\b(?:\W+\w+){0,6}\W*$")
_UNTIL_BEFORE = re.compile(
    r"(?i)\b(?:until|till|through|to the end of)\s+(?:the\s+)?(?:end\s+of\s+)?$"
)
# "2009년 화폐개혁 이후": a Korean date that starts a period
_KO_SINCE = re.compile(r"\s?(?:[가-힣]+\s?){0,2}(?:이후|이래)")
# "지난 12일부터 ... 끌려갔다": the start of a campaign, not the day of each act in it
_KO_FROM = re.compile(r"\s?부터(?![^.]{0,20}?\d+\s?(?:일|월|년)\s?까지)")
_UNTIL_AFTER = re.compile(r"\s?(?:말|초|중순)?\s?까지")
_BACKGROUND = re.compile(
    r"(?:\b(?:since|after|before|following|until|till|in response to)\b"
    r"(?! (?:dawn|midnight|noon|sunrise|sunset|daybreak|dusk|dark)\b)(?:\W+\w+){1,7}"
    r"|\bfirst\b(?:\W+\w+){0,8}\W+since\W*"
    r"|,\s*adopted\b(?:\W+\w+){0,3})\W*$",
    re.IGNORECASE,
)
_PARTICIPLE = re.compile(
    r"\b(?:sanctions|resolutions?|laws?|bans?|measures?|orders?|rules?) "
    r"(?:imposed|adopted|passed|enacted|introduced|signed|issued)\s+(?:in|on|last|this)\s*$",
    re.IGNORECASE,
)
_NEXT_WORD = re.compile(r" ([A-Za-z]+)")
_NOT_NOUNS = frozenset(
    [
        "of",
        "at",
        "in",
        "on",
        "and",
        "to",
        "when",
        "as",
        "by",
        "for",
        "from",
        "with",
        "after",
        "before",
        "while",
        "that",
        "which",
        "or",
        "but",
    ]
)
# "That day", "이날": the date last named before.
_SAME_DAY = re.compile(
    r"\b(?:that|the same) (?:day|night|morning|afternoon|evening)\b|이날|그날|당일", re.IGNORECASE
)
# "detained at the scene", "seized during the arrests": when the happening just told was
_SAME_TIME = re.compile(
    r"\bat the scene\b|\bon the spot\b|\bduring the (?:arrests?|raids?|search(?:es)?|"
    r"inspections?)\b|현장에서",
    re.IGNORECASE,
)
# A dateline ("SEOUL, Nov. 11 --") dates the report, not the event.

# A date right after a verb of reporting is when the news came, not when it happened.
_REPORTING = re.compile(
    r"(?:said|says|reported|reports|told|announced|added|disclosed|confirmed|revealed|stated|dated|"
    r"released|published|issued|"
    r"wrote|according to \w+)(?: \w+){0,3}? (?:on|in|last|this)?\s*$"
    r"|\b(?:spoke|talked) (?:to|with)(?: [\w'’-]+){0,5}? (?:on|last|this)?\s*$"
    r"|\bquoted as saying by(?: [\w'’-]+){0,5}?\s*$",
    re.IGNORECASE,
)
_PASSIVE_TOLD = re.compile(r"(?i)\b(?:were|was|been|being)\s+told$")
_KO_STAMP = re.compile(r"\s*(?:\(?\d{1,2}:\d{2}|\d{1,2}시\s*\d{1,2}분|자\s)")
_KO_POSTED = re.compile(r"(?:입력|수정|기사입력|등록|승인|(?i:date))\s*:?\s*$")
_KO_OPENS = re.compile(r"(?:^|[.\n:]|다\.)\s*$")
_KO_REPORTING = re.compile(
    r"(?:보도|전했|밝혔|말했|알려|알렸|발표|전하|소식을|밝혀|전해졌|언급|주장|설명|강조|지적|덧붙|"
    r"소식통(?:은|는|이|에 따르면)|에 따르면)"
)
# "8일 대북 단체에 따르면", "17일 함경북도의 한 소식통은", "25일 [자유아시아방송]은": the day
# named before a source that speaks is the day it spoke.
_KO_SOURCE_NEXT = re.compile(
    r"\s*\[?(?:[^\s“”\".]+(?<![다고며서에])\s+){0,3}?[^\s“”\".]*?"
    r"(?:소식통|관계자|단체|매체|방송|통신|신문|일보|데일리NK|RFA|VOA|연합뉴스|대변인|당국자)"
    r"\]?(?:들)?(?:은|는|에 따르면|을 인용해|를 인용해|과의 통화|와의 통화|이 전했|가 전했)"
)
# "19일 국제인권단체 휴먼라이츠워치(HRW)에 따르면": the day a named source said it
_KO_ACCORDING = re.compile(r"\s*(?:[^\s“”\".]+(?<![다고며서])\s+){0,3}?[^\s“”\".]*에 따르면")
# "소식통은 17일 “...”": the day before the quote is when it was said.
_KO_QUOTE_NEXT = re.compile(r"\s*[“\"‘']")


M = TypeVar("M", DateMention, CountMention)


@dataclass(slots=True)
class Mention:
    """An event type named in a sentence, and the attributes found around it."""

    type: str
    sentence: Sentence
    trigger: Span
    strength: str  # "strong" starts an event; "weak" and "subordinate" only add to one
    trigger_text: str = ""
    date: DateMention | None = None
    location: Location | None = None
    location_explicit: bool = False
    people_accused: bool = False  # the count is of the accused ("피고인 6명", "the 36 accused")
    pending: bool = False  # not described yet (weak and continuation mentions wait)
    definite: bool = False  # "the execution", "the trial": the event told already
    korean_past: bool = False  # a Korean trigger in the past ("압수됐다"): one happening
    part: bool = False  # one place of a sentence told for several ("5 in A, 5 in B")
    beside: bool = False  # a weak mention in a sentence that also names a strong one
    another: bool = False  # "Police also tracked down 12 women": told as one more happening
    others: bool = False  # "Other executions were for drug offences": not the one told
    people_part: bool = False  # "the other nine", "나머지 아홉 명": some of the people, not all
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
        penalty = self.penalty is not None and self.type != "execution"
        goods = bool(self.commodities) and self.type in GOODS_ANCHOR_TYPES  # smuggled what
        counted = self.people is not None and self.people.rule != "pronoun"  # "He was ..."
        return (
            penalty
            or goods
            or counted
            or any((self.date, self.location, self.instrument, self.facility))
        )


def sentence_mentions(ctx: DocContext, sentence: Sentence) -> list[Mention]:
    """The event mentions of one sentence, one per type it names."""
    span = (sentence.start, sentence.end)
    if _COMMENTARY.match(ctx.text, span[0], span[1]):
        return []  # an analyst's view, or an outlet's note in brackets: no report of an event
    if ctx.maybe_caption and _caption(ctx.text, ctx.lowered, span):
        return []  # a photo caption is page furniture, never evidence
    strong = _vessels_held(ctx, span, _triggers(ctx, span, weak=False))
    strong = _seized_by_authority(ctx.text, span, strong)
    if ctx.language == "ko":
        strong = _ko_crews_captured(ctx, strong)
    types = {t for t, _ in strong}
    mentions = [describe(ctx, Mention(e, sentence, t, "strong")) for e, t in strong]
    for m in mentions:
        if _talk(m):
            m.strength = "weak"
    for m in mentions:
        if m.strength == "strong":  # "other executions were for human trafficking": a charge
            _judge_strength(ctx, m, [o for o in mentions if o is not m])
    _agents_as_objects(ctx.text, mentions)
    _ko_ban_of_a_sanction(mentions)
    _dates_to_nearest(ctx.text, mentions)
    _counts_to_acts(ctx.text, mentions)
    if _charged(ctx, span):  # "accused of selling medical supplies": the charge of a judgement
        for m in mentions:
            if m.strength == "strong" and m.type in CHARGE_TYPES:
                _subordinate(m, [])
            elif m.strength == "strong" and _ACCUSED_OF.search(
                ctx.text, max(span[0], m.trigger[0] - 40), m.trigger[0]
            ):
                _subordinate(m, [])  # "accused of crossing into the North": the charge
    _reasons_of_measures(ctx.text, mentions)
    _crime_scenes(ctx, mentions)
    _no_borrowed_place_in_the_tail(ctx, mentions)
    for etype, trig in _triggers(ctx, span, weak=True):
        if etype not in types:
            # described later, and only if an event of its type is told somewhere
            mentions.append(
                Mention(etype, sentence, trig, "weak", pending=True, beside=bool(strong))
            )
            types.add(etype)
    if not mentions:
        cue = ctx.lexicon.continuation[ctx.language].search(ctx.text, span[0], span[1])
        if cue:
            mentions.append(Mention("*", sentence, cue.span(), "continuation", pending=True))
    elif mentions[0].strength == "subordinate" and not any(
        m.strength == "strong" for m in mentions
    ):
        # "He was accused of selling medical supplies": the charge of the event just told
        first = mentions[0].trigger
        mentions.append(Mention("*", sentence, first, "continuation", pending=True))
    return [part for m in mentions for part in split_by_place(ctx, m)]


# A ship as the subject of a sentence ("A tanker suspected of ... has been detained")
_VESSEL_SUBJECT = re.compile(
    r"[“\"]?(?:(?:The|A|An|One|Another|Its|Two|Three|Four)\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:ship|vessel|tanker|freighter|cargo ship|boat)s?\b",
    re.IGNORECASE,
)


# The head of a reason clause: "sanctioned for facilitating shipments", "banned because ..."
_REASON_CLAUSE = re.compile(
    r"(?i)\b(?:for|because|over|on (?:suspicion|charges) of|accused of|after|as)\b"
)
MEASURES = {"sanction"}  # measures whose reason may name an offence, not a happening
# "Three men in police uniforms seized a truck": robbers seize, authorities confiscate
_NOT_AUTHORITY = re.compile(
    r"[“\"]?(?:(?:The|A|An|Two|Three|Four|Five|Several|Armed|Masked)\s+)*(?:[\w-]+\s+){0,2}?"
    r"(?:robbers|thieves|bandits|pirates|gunmen|men|gang|criminals|kidnappers|hijackers|"
    r"muggers)\b(?:\s+(?:in|with|wearing|dressed)\b[^,;]{0,40})?\s+(?:had\s+)?$",
    re.IGNORECASE,
)


def _reasons_of_measures(text: str, mentions: list[Mention]) -> None:
    """ "The Treasury sanctioned two firms for facilitating coal shipments": the trade is the
    reason of the measure (the head predicate decides the type), not an event of its own."""
    heads = [m for m in mentions if m.strength == "strong" and m.type in MEASURES]
    for m in mentions:
        if m.strength != "strong" or m.type != "smuggling":
            continue
        for head in heads:
            between = (head.trigger[1], m.trigger[0])
            if 0 <= between[1] - between[0] <= 150 and _REASON_CLAUSE.search(text, *between):
                _subordinate(m, [head.trigger])
                break


def _seized_by_authority(
    text: str, span: Span, found: list[tuple[str, Span]]
) -> list[tuple[str, Span]]:
    """A seizure needs an authority as its doer: robbers who "seized" a truck took it."""
    return [
        (etype, where)
        for etype, where in found
        if not (etype == "seizure" and _NOT_AUTHORITY.search(text, span[0], where[0]))
    ]


# "선원 262명이 나포됐다", "나포한 북한 선원 2명": the crew are people taken, not goods.
_KO_CAPTURE = "나포"


def _ko_crews_captured(ctx: DocContext, found: list[tuple[str, Span]]) -> list[tuple[str, Span]]:
    """A boat's crew captured (나포) with a count of people beside the word is an arrest of
    those people as well as the seizure of their boat."""
    if any(etype == "arrest" for etype, _ in found):
        return found
    text = ctx.text
    for etype, where in found:
        if etype != "seizure" or not text.startswith(_KO_CAPTURE, where[0]):
            continue
        near = (max(0, where[0] - 16), where[1] + 16)
        if any(
            ctx.is_people(c) and near[0] <= c.start and c.end <= near[1]
            for c in ctx.counts_in(near)
        ):
            return [*found, ("arrest", where)]
    return found


def _vessels_held(
    ctx: DocContext, span: Span, found: list[tuple[str, Span]]
) -> list[tuple[str, Span]]:
    """ "India detained a North Korean ship", "the tanker ... has been detained", "Vessel
    suspected of delivering oil detained in Busan": the word is the seizure's (a ship
    held), not an arrest of people (unless people are counted: "a boat with ten aboard")."""
    text = ctx.text
    seized = [where for etype, where in found if etype == "seizure"]
    out = []
    for etype, where in found:
        if etype == "arrest" and any(a <= where[0] < b for a, b in seized):
            continue
        if (
            etype == "arrest"
            and not seized
            and _VESSEL_SUBJECT.match(text, span[0], where[0])
            and not any(ctx.is_people(c) for c in ctx.counts_in(span) if c.start < where[0])
        ):
            etype = "seizure"  # the ship is what was held
        out.append((etype, where))
    return out


def complete(ctx: DocContext, mentions: list[Mention]) -> list[Mention]:
    """Describe the weak and continuation mentions that may join an event; drop the rest."""
    told = {m.type for m in mentions if m.strength == "strong"}
    judged = {m.sentence.start for m in mentions if m.strength == "strong" and m.type in JUDGEMENT}
    out = []
    for m in mentions:
        if m.pending:
            if not (m.type in told or (m.type == "*" and told)):
                continue  # nothing of its type to join
            describe(ctx, m)
            m.pending = False
            if m.beside:
                m.date = m.people = None  # they are the strong mention's of its sentence
                if m.sentence.start in judged:  # "executed in Hyesan for selling the meat"
                    m.location = None
        out.append(m)
    return out


def _judge_strength(ctx: DocContext, m: Mention, others: list[Mention]) -> None:
    """Whether a mention names its own happening or the charge or target of another.

    "Arrested for smuggling, they were sentenced": the arrest and the smuggling are the
    trial's. "Action against border smuggling": the smuggling is the crackdown's target.
    A mention with its own count ("150 arrested, 10 of them executed") stands on its own.
    """
    judgements = [o for o in others if o.type in JUDGEMENT]
    crackdown = next((o for o in others if o.type == "crackdown" and o.strength == "strong"), None)
    ordered = m.type == "crackdown" and _ORDERED.search(ctx.text, m.sentence.start, m.trigger[0])
    if judgements and m.type in SUBORDINATE_TO_JUDGEMENT and not ordered:
        judge = judgements[0]
        if _ko_arrest_of_its_own(ctx, m, judge):
            if judge.date is not None and judge.date.start > m.trigger[1]:
                # "4월 회령시 보안서에 넘겨져 ..., 9월 도 재판소에서": the place before the
                # judgement's own date is the arrest's
                _place(ctx, judge, skip=((m.sentence.start, judge.date.start),))
            if judge.date is not None and m.date is not None and judge.date == m.date:
                judge.date = None  # the arrest's day, not the judgement's
            return
        own_count = m.type in OWN_COUNT_TYPES and m.people is not None and m.people != judge.people
        after = m.trigger[0] > judge.trigger[0]
        sentenced = judge.type == "trial" and bool(ctx.penalties_in(_span(m)))
        penalty_camp = m.type == "detention" and sentenced
        if penalty_camp or (not own_count and not (after and m.type in AFTER_JUDGEMENT)):
            _subordinate(m, [j.trigger for j in judgements])
            return
        _drop_masters_date(m, [j.trigger for j in judgements])
    if (
        crackdown
        and m.type in TARGETS_OF_CRACKDOWN
        and m.trigger[0] > crackdown.trigger[0]
        and not (m.korean_past or _KO_PAST_IN.search(m.trigger_text))  # "틈을 타 달아났다"
    ):
        _subordinate(m, [crackdown.trigger])
        m.date = None  # "action against border smuggling since May": the campaign's date


def _ko_arrest_of_its_own(ctx: DocContext, m: Mention, judge: Mention) -> bool:
    """ "지난해 2월 5일 ... 억류된 뒤 4월 ... 선고받았다", "10월 4일 ... 체포된 김씨에 대한 재판이
    5월 2일": a Korean arrest told before the judgement with a day of its own, not the
    judgement's, is a happening of its own (the first link of the chain)."""
    if ctx.language != "ko" or m.type != "arrest" or m.trigger[0] > judge.trigger[0]:
        return False
    own = m.date
    if own is None or own.start > m.trigger[0]:
        return False
    if any(d.start < m.trigger[0] for d in ctx.dates_in((own.end, m.trigger[0]))):
        return False  # a later date stands nearer the word
    theirs = judge.date is not None and judge.date.value != own.value
    return theirs or bool(_KO_THEN.match(ctx.text, m.trigger[1]))


# "억류된 뒤", "체포된 후": the arrest came first, the next verb tells what followed
_KO_THEN = re.compile(r"[가-힣]{0,3}\s?(?:뒤|후)\s")


# "after Kim ordered a crackdown on the city": a campaign someone set going is a happening
# of its own, not the background of a judgement.
_ORDERED = re.compile(
    r"(?i)\b(?:ordered|launched|began|started|announced|stepped up|carried out|conducted)"
    r"(?:\s+(?:a|an|the|its|his|new|major|sweeping|special|intensive))*\s*$"
)


# A Korean trigger that holds its own past tense ("달아났", "도주했"): one happening.
_KO_PAST_IN = re.compile(r"[았었났했됐]")


# Plural nouns ("executions", "trials") often speak of a kind of happening, not of one.
_PLURAL_NOUN = re.compile(
    r"(?:trials|executions|arrests|crackdowns|sanctions|defections|seizures|"
    r"inspections|sentences|detentions|escapes|purges)$",
    re.IGNORECASE,
)


def _talk(m: Mention) -> bool:
    """A plural noun with no count and no place and date of its own is talk of a kind."""
    if not _PLURAL_NOUN.search(m.trigger_text):
        return False
    if m.penalty is not None and m.penalty.min_months is not None or m.facility:
        return False
    return m.people is None and not (m.date and m.location_explicit)


# "a network of activists and smugglers": people listed by what they do, no happening
_LISTED = re.compile(r"(?i)(?:\b(?:and|or|of)|,)\s+$")


def _agents_as_objects(text: str, mentions: list[Mention]) -> None:
    """ "Police arrested five smugglers": the smugglers are who was arrested, not an event;
    "a network of activists and smugglers" names people, not a happening."""
    acts = [m for m in mentions if m.strength == "strong" and m.type in ACTS_ON_PEOPLE]
    for m in mentions:
        if m.strength != "strong" or not _AGENT_NOUN.fullmatch(m.trigger_text):
            continue
        if _LISTED.search(text, max(m.sentence.start, m.trigger[0] - 6), m.trigger[0]):
            m.strength = "weak"
            continue
        before = [a.trigger for a in acts if a.trigger[0] < m.trigger[0]]
        if before:
            _subordinate(m, before)


def _ko_ban_of_a_sanction(mentions: list[Mention]) -> None:
    """ "안보리는 결의안에서 북한 노동자 고용을 금지했다": a ban told with a sanction is what
    the sanction bans, not a campaign of its own."""
    if not any(m.type == "sanction" and m.strength == "strong" for m in mentions):
        return
    for m in mentions:
        if m.type == "crackdown" and m.trigger_text.startswith("금지"):
            m.strength = "subordinate"


def _dates_to_nearest(text: str, mentions: list[Mention]) -> None:
    """ "Choe, arrested with a man, said she had crossed into China in 2007": a date goes to
    the event word nearest it, not to every event of the sentence."""
    strong = [m for m in mentions if m.strength == "strong"]
    for m in strong:
        if m.date is None:
            continue
        lo, hi = sorted((m.trigger[0], m.date.start))
        between = [
            o
            for o in strong
            if o.type != m.type and lo < o.trigger[0] < hi and _ends_clause(text, o)
        ]
        if between:
            m.date = None  # another event's word stands between this one and the date
        elif _verb_after(m, strong):
            m.date = (
                None  # Korean puts a date before its verb: "단속이 강화돼 23일 20명이 체포됐다"
            )


def _verb_after(m: Mention, strong: list[Mention]) -> bool:
    """Whether, in Korean, another event's word follows this one's date (whose verb it is)."""
    if m.date is None or not is_hangul(m.trigger_text) or m.trigger[1] > m.date.start:
        return False
    return any(o.type != m.type and o.trigger[0] >= m.date.end for o in strong)


_REASON = re.compile(r"(?i)\b(?:for|of|over)\s+(?:illegally\s+)?$")
# Types whose count is of goods traders only when no act on people tells it better.
TRADE_TYPES = {"smuggling"}


def _counts_to_acts(text: str, mentions: list[Mention]) -> None:
    """ "Police detained 10 people and seized drugs smuggled in": the ten are who was
    detained, not a count of smugglers (the count goes to the act told nearest it), unless
    the trade is what they were held for ("arrested two men for smuggling beer")."""
    acts = [m for m in mentions if m.strength == "strong" and m.type in ACTS_ON_PEOPLE]
    for m in mentions:
        if m.type not in TRADE_TYPES or m.people is None:
            continue
        if _REASON.search(text, max(0, m.trigger[0] - 12), m.trigger[0]):
            continue
        at = m.people.start
        if any(
            a.people is not None
            and a.people.start == at
            and abs(a.trigger[0] - at) < abs(m.trigger[0] - at)
            for a in acts
        ):
            m.people = None


def _ends_clause(text: str, m: Mention) -> bool:
    """Whether a mention's word can own a date: any English trigger; in Korean, where the
    date of a chain of clauses ("지난 5일 ... 적발돼 ... 넘겨졌다") belongs to all of them,
    only a verb that closes its sentence or quote ("달아났다"), not a noun or a link."""
    if not is_hangul(m.trigger_text):
        return True
    return bool(_KO_FINITE.match(text, m.trigger[1]))


# A Korean verb ending that closes a sentence or a quoted one, a few syllables on.
_KO_FINITE = re.compile(r"[가-힣]{0,4}?다(?:고|\.|\s|$|\")")


def _charged(ctx: DocContext, span: Span) -> bool:
    """Whether the sentence tells what someone was accused or convicted of."""
    if not _has_any(ctx.lowered[span[0] : span[1]], _CHARGED_WORDS):
        return False
    return bool(_CHARGED_WITH.search(ctx.text, span[0], span[1]))


def _subordinate(m: Mention, masters: list[Span]) -> None:
    m.strength = "subordinate"
    m.people = None  # the sentence's count is the master's
    m.location = None  # and so is its place
    _drop_masters_date(m, masters)


def _drop_masters_date(m: Mention, masters: list[Span]) -> None:
    if m.date and _closer_to_any(m.date.start, masters, m.trigger):
        m.date = None  # a date that stands by another event's word is that event's


def _span(m: Mention) -> Span:
    return (m.sentence.start, m.sentence.end)


def split_by_place(ctx: DocContext, m: Mention) -> list[Mention]:
    """ "5 in Taehongdan county and 5 in North Hamgyong were executed": one event per place."""
    if m.strength != "strong" or m.type not in PEOPLE_TYPES:
        return [m]
    if m.people is not None and _EACH_PLACE.search(ctx.text, *_span(m)):
        return _each_place(ctx, m)
    pairs = _place_counts(ctx, _span(m))
    if len({p.candidates[0].id for p, _ in pairs}) < 2:
        return [m]  # one place named twice is one event
    parts = []
    for place, count in pairs:
        loc = locate(ctx.text, ctx.places, [(place.start, place.end)], m.type)
        if loc is not None:
            parts.append(replace(m, location=loc, people=count, location_explicit=True, part=True))
    return parts or [m]


def _each_place(ctx: DocContext, m: Mention) -> list[Mention]:
    """ "Ten people were executed in each city. Places named included Chongjin, Sariwon...":
    one event per town named in this sentence or the next, each with the count."""
    following = [s for s in ctx.sentences if s.start >= m.sentence.start][:2]
    where = (m.sentence.start, following[-1].end)
    towns = {
        p.candidates[0].id: p
        for p in ctx.places_in(where)
        if p.candidates[0].precision in ("town", "county")
    }
    if len(towns) < 2:
        return [m]
    parts = []
    for place in towns.values():
        loc = locate(ctx.text, ctx.places, [(place.start, place.end)], m.type)
        if loc is not None:
            parts.append(replace(m, location=loc, location_explicit=True, part=True))
    return parts or [m]


def _place_counts(ctx: DocContext, span: Span) -> list[tuple[PlaceMention, CountMention]]:
    counts = [c for c in ctx.counts_in(span) if c.rule != "sum" and ctx.is_people(c)]
    places = ctx.places_in(span)
    pairs = []
    for c in counts:
        before = [p for p in places if p.end <= c.start and c.start - p.end <= 12]
        if before:
            pairs.append((before[-1], c))
    return pairs


def _closer_to_any(at: int, others: list[Span], own: Span) -> bool:
    return any(abs(o[0] - at) < abs(own[0] - at) for o in others)


def _triggers(ctx: DocContext, span: Span, weak: bool) -> list[tuple[str, Span]]:
    lex, lang = ctx.lexicon, ctx.language
    found = ctx.matches_in("weak_triggers" if weak else "triggers", span)
    if not found:
        return []
    blocked = [m.span() for m in lex.not_triggers[lang].finditer(ctx.text, span[0], span[1])]
    first: dict[str, Span] = {}
    hypothetical = lex.hypothetical[lang]
    for label, where in found:
        if any(b[0] <= where[0] < b[1] for b in blocked):
            continue
        if lang == "en" and hypothetical.search(ctx.text, max(span[0], where[0] - 40), where[0]):
            continue
        if lang == "ko" and _KO_HYPOTHETICAL.match(ctx.text, where[1], min(span[1], where[1] + 8)):
            continue  # Korean says it after the word: "강제북송 우려", "처형될 수 있다"
        if lang == "ko" and _ko_generic(ctx.text, where[1], span[1]):
            continue  # "빼돌려 돈을 벌 수 있는 곳", "석방되는 경우가 많다", "체포해 왔다"
        if lang == "ko" and _ko_background(ctx.text, span[0], where):
            continue  # "과거에도 단속이 종종 있었지만", "코로나 때 단속이 강화돼"
        first.setdefault(label, where)
    return list(first.items())


def describe(ctx: DocContext, m: Mention) -> Mention:
    """Fill a mention's attributes from its sentence."""
    span = (m.sentence.start, m.sentence.end)
    text, lex, lang = ctx.text, ctx.lexicon, ctx.language
    m.trigger_text = text[m.trigger[0] : m.trigger[1]]
    m.definite = bool(_DEFINITE.search(text, max(span[0], m.trigger[0] - 4), m.trigger[0]))
    m.korean_past = bool(_KO_PAST.match(text, m.trigger[1]))
    before = ctx.lowered[span[0] : m.trigger[0]]
    m.another = _has_any(before, _ANOTHER_WORDS) and bool(
        _ANOTHER.search(text, span[0], m.trigger[0])
    )
    m.others = bool(_OTHERS.search(text, max(span[0], m.trigger[0] - 12), m.trigger[0]))
    dates = [d for d in ctx.dates_in(span) if d.rule not in IMPLICIT_RULES]  # see dating.py
    told = [d for d in dates if not _reported(ctx, d)]
    if m.type in JUDGEMENT:  # "executed 23 since Kim took power in December 2011": a period
        told = [d for d in told if not _SINCE.search(text, max(span[0], d.start - 50), d.start)]
    if lang == "ko" and m.type not in ("crackdown", "sanction"):  # "2024년 이후 ...": a period
        told = [
            d for d in told if not (_KO_SINCE.match(text, d.end) or _KO_FROM.match(text, d.end))
        ]
    if m.type == "crackdown":  # "will go on until the end of October": when it is to end
        told = [
            d
            for d in told
            if not _UNTIL_BEFORE.search(text, max(0, d.start - 12), d.start)
            and not _UNTIL_AFTER.match(text, d.end)
        ]
    m.date = _best_date(text, m.trigger, _ranges(told, text))
    if m.date is not None and lang == "ko":
        m.date = _days_later(text, m.date, m.trigger)
    if m.date is not None and m.type in JUDGEMENT and _background(text, m.date, m.trigger):
        m.date = None  # "executed after being arrested on August 17": the arrest's day
    if m.date is None:
        m.date = _announced(text, dates, m.trigger)
    if m.date is None and m.type in MEASURE_TYPES and lang == "ko":  # "20일 외교부에 따르면"
        m.date = next((d for d in dates if len(d.value) == 10), None)  # the day it was made known
    same_day = _SAME_DAY.search(text, span[0], span[1]) if m.date is None else None
    if same_day:  # "1일 당국에 따르면 이날 저녁": the day named just before, even a day of telling
        earlier = [d for d in dates if d.end <= same_day.start() and len(d.value) == 10]
        m.date = earlier[-1] if earlier else _previous_date(ctx, span[0])
    if m.date is None and _SAME_TIME.search(text, span[0], span[1]):
        m.date = _previous_date(ctx, span[0], day=False)
    if m.date is None and m.type == "crackdown" and lang == "ko":
        m.date = _ongoing(ctx, m.trigger)
    if m.type in PEOPLE_TYPES:
        counts = _outermost(
            c
            for c in ctx.counts_in(span)
            if ctx.is_people(c) and not _other_subject(text, c.end, m.trigger[0])
        )
        relatives = m.type == "detention"  # the only type relatives count for (_counts_for)
        kin = [p for p in ctx.persons_in(span) if p.rule == "kin"] if relatives else []
        counts = [  # "his wife and two children": three, not the two
            next((p for p in kin if p.start <= c.start and c.end <= p.end), c) for c in counts
        ]
        whole = [c for c in counts if not _SUBSET.search(text, max(span[0], c.start - 16), c.start)]
        m.people = _pair_subject(text, span, m.trigger) or _nearest(m.trigger, whole or counts)
        if m.people is None:  # "The men, who said they were fishermen, were taken into custody"
            m.people = _the_same_people(ctx, span, m.trigger)
        if m.people is None and m.type in PERSON_OBJECT_TYPES | {"escape"}:
            m.people = (
                _named_pair(ctx, span, m.trigger)
                or _kin_object(ctx, span, m.trigger)
                or _singular_subject(text, span, m.trigger, m.type)
                or _nearest(m.trigger, [p for p in ctx.persons_in(span) if _counts_for(p, m.type)])
            )
            m.people = _with_companion(text, span, m.people)
        if m.people is not None:
            around = text[max(span[0], m.people.start - 8) : m.people.end + 12]
            m.people_accused = bool(_DEFENDANTS.search(around))
            m.people_part = _parts(ctx, span)
    penalties = [
        p
        for p in ctx.penalties_in(span)
        if not (
            p.negated
            or _has_any(ctx.lowered[span[0] : p.start], _HABITUAL_WORDS)
            and _HABITUAL.search(text, span[0], p.start)
        )
    ]
    if m.type in PENALTY_TYPES and penalties:
        kinds = [p for p in penalties if m.type != "detention" or p.kind != "death"]
        if _sent(ctx, m) and kinds:  # a detention's penalty is its camp, not a killing nearby
            m.penalty = _one_range(kinds)
        fac = next((p for p in penalties if p.facility), None)
        if fac and fac.facility:
            m.facility = (fac.facility, (fac.start, fac.end))
    if m.type in CHARGED_TYPES:
        m.charges = ctx.labels_in("charges", span)
    if m.type in GOODS_TYPES:
        m.commodities = ctx.labels_in("commodities", span)
    m.actors = ctx.labels_in("actors", span)
    if m.type in PUBLIC_TYPES:
        m.public = attr.is_public(lex, lang, text, span)
    if m.type == "sanction":
        found = attr.instruments(lex, text, span)
        m.instrument = found[0] if found else None
    _place(ctx, m)
    return m


def _place(ctx: DocContext, m: Mention, skip: tuple[Span, ...] = ()) -> None:
    """Where the mention's event happened, leaving out the places named inside `skip`."""
    span = _span(m)
    if m.facility and m.type != "detention":  # the camp and its town are where people were sent
        skip = (*skip, _camp_and_town(ctx, m.facility[1]))
    m.location = ctx.locate(span, m.type, skip)
    m.location_explicit = any(
        not any(a <= p.start < b for a, b in skip) for p in ctx.places_in(span)
    )


def _no_borrowed_place_in_the_tail(ctx: DocContext, mentions: list[Mention]) -> None:
    """ "A court sentenced him, ten months after he was taken into custody": an arrest or
    escape told after the judgement of its sentence happened before it, elsewhere; it takes
    no place from the paragraph (that place is the judgement's)."""
    for m in mentions:
        span = _span(m)
        if m.location is None or any(ctx.usable(p) and not p.seat for p in ctx.places_in(span)):
            continue
        if m.type in BEFORE_JUDGEMENT and any(
            o.type in JUDGEMENT and o.strength == "strong" and o.trigger < m.trigger
            for o in mentions
        ):
            m.location = None


def _crime_scenes(ctx: DocContext, mentions: list[Mention]) -> None:
    """ "A man who sold two women from the Samjiyon site was sentenced": a place that stands
    by the word of the charge is where the crime was, not where the judgement was."""
    charges = [o.trigger for o in mentions if o.strength == "subordinate"]
    if not charges:
        return
    for m in mentions:
        if m.strength != "strong" or m.location is None:
            continue
        span = _span(m)
        scenes = tuple(
            (p.start, p.end)
            for p in ctx.places_in(span)
            if _closer_to_any(p.start, charges, m.trigger)
            and not is_locative(ctx.text, p)  # "a trial of smugglers in Chongjin" is there
            and not p.seat  # a court that tried the case is where the trial was
        )
        if scenes:
            _place(ctx, m, scenes)


# "the Huiyang-ri Correctional Labor Camp (kyohwaso, a re-education camp) in Hamhung"
_CAMP_TOWN = re.compile(
    r"(?:[^()\n]{0,80}\))?(?:\s*\([^()]{0,80}\))?\s*(?:in|near|at|of|outside)\s+(?:the\s+)?"
)


def _camp_and_town(ctx: DocContext, camp: Span) -> Span:
    """The camp's name and the town written just after it, as where people were sent."""
    after = _CAMP_TOWN.match(ctx.text, camp[1])
    if after:
        town = next((p for p in ctx.places if p.start == after.end()), None)
        if town is not None:
            return (camp[0], town.end)
    return camp


# "Such people used to be sent to labour camps; now they are shot": a penalty of the past
# practice told beside this one, not this event's.
_HABITUAL = re.compile(r"(?i)예전에는|예전엔|과거에는|\bin the past\b|\bused to\b|\bformerly\b")

# "the other nine", "나머지 아홉 명": a part of the people told before, not all of them
_REMAINDER = re.compile(
    r"(?i)\b(?:the\s+)?(?:other|remaining|rest of the)\s+(?:\d+|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty)\b|나머지"
)


def _parts(ctx: DocContext, span: Span) -> bool:
    """ "Two got fifteen years and the other nine five to ten": a sentence that shares its
    people out in parts (a remainder beside another count) tells no count of all of them."""
    if not _has_any(ctx.lowered[span[0] : span[1]], _REMAINDER_WORDS):
        return False
    rest = _REMAINDER.search(ctx.text, span[0], span[1])
    if rest is None:
        return False
    return any(not rest.start() <= c.start < rest.end() + 8 for c in ctx.counts_in(span))


# "Other executions", "other arrests": happenings of the kind other than the one told.
_OTHERS = re.compile(r"(?i)\b(?:other|others|further|more)\s+$|다른\s*$")


def _has_any(lowered: str, words: tuple[str, ...]) -> bool:
    """A cheap test before a costly pattern: whether any of its literal words is there."""
    return any(w in lowered for w in words)


_CHARGED_WORDS = ("accused", "charged", "convicted", "guilty", "suspected", "charges of", "혐의")
_ANOTHER_WORDS = ("also", "separate", "another", "별도로", "또한", "따로")
_HABITUAL_WORDS = ("예전", "과거에는", "in the past", "used to", "formerly")
_REMAINDER_WORDS = ("other", "remaining", "rest of", "나머지")

# Words before an event's verb that tell one more happening of its kind.
_ANOTHER = re.compile(
    r"(?i)\b(?:also|separately|in another case|in a separate case)\b|별도로|또한|따로"
)


# "five defectors, including two teenagers": a part of the people counted beside it
_SUBSET = re.compile(r"(?i)\bincluding\s+(?:some\s+)?$|\d+\s?명\s?(?:중|가운데)(?:에서)?\s?$")

# ", and a third died while he was being arrested": a new subject between a count and a verb
_NEW_SUBJECT = re.compile(r"(?i),\s+(?:and|but|while)\s+(?:a|an|another|one|the other)\s+\w+")


def _other_subject(text: str, count_end: int, trigger_start: int) -> bool:
    """Whether another subject stands between a count and a later event word."""
    return count_end < trigger_start and bool(_NEW_SUBJECT.search(text, count_end, trigger_start))


def _counts_for(person: CountMention, event_type: str) -> bool:
    """Relatives listed one by one are the people of a detention (families sent to camps);
    beside a trial or execution they are mostly made to watch."""
    return person.rule != "kin" or event_type == "detention"


# "The men", "These women": people counted just before, named again as the subject
_THE_PLURAL = re.compile(
    r"[“\"]?(?:The|These|Those|All the|All)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?P<n>[a-z]+s|men|women|children|people|crew)\b"
)


def _the_same_people(ctx: DocContext, span: Span, trigger: Span) -> CountMention | None:
    """The count of the few sentences before whose noun the sentence's subject repeats."""
    found = _THE_PLURAL.match(ctx.text, span[0], trigger[0])
    if found is None or found["n"] not in number_words().people:
        return None  # "The authorities said": not people counted before
    noun = found["n"]
    same = [
        c
        for c in ctx.counts_before(span[0])
        if c.head and c.head.lower().split()[-1] == noun and ctx.is_people(c) and c.value > 1
    ]
    return same[-1] if same else None


def _pair_subject(text: str, span: Span, trigger: Span) -> CountMention | None:
    """ "The driver and a trader who had hired the truck were detained": two people."""
    pair = _PAIR_SUBJECT.match(text, span[0], trigger[0])
    if pair is None:
        return None
    people = number_words().people
    a = {pair["a1"], pair["a2"]} & people
    b = {pair["b1"], pair["b2"]} & people
    if not (a and b):
        return None
    end = pair.end("b2") if pair["b2"] in people else pair.end("b1")
    return CountMention(pair.start(), end, text[pair.start() : end], 2, None, False, "pair")


_NAME = r"(?:(?:Mr|Ms|Mrs|Miss|Dr)\.?\s+)?[A-Z][a-z]+(?:(?: [A-Z]|-[A-Za-z])[a-z]+){0,2}"
_APPOSITION = r"(?:,[^.;]{1,80}?,)?"
# "Ri and Pak were detained", "Ms. Han and Ms. Oh have been held": two named people
_NAMED_PAIR = re.compile(
    rf"[“\"]?(?!(?:The|This|That|These|Those|Police|Authorities|Officials)\b)(?P<a>{_NAME})"
    rf"{_APPOSITION}\s+and\s+(?P<b>{_NAME}){_APPOSITION}\s+(?:were|have|had|are|both)\b"
)
# "arrested Ri Chol, 61, a trader, and Pak Nam, 42": two named objects
_NAMED_OBJECTS = re.compile(rf"\s+(?P<a>{_NAME}){_APPOSITION}\s+and\s+(?P<b>{_NAME})\b")
# "sentenced along with her colleague": the one subject and one companion
_COMPANION = re.compile(
    r"(?i)\b(?:along|together) with (?:his|her) (?:[a-z-]+ ){0,2}?(?:colleague|wife|husband|son|"
    r"daughter|brother|sister|friend|partner|mother|father|accomplice|associate|deputy|aide|"
    r"driver|assistant|secretary|cousin|nephew|niece|uncle|aunt)\b"
)


def _named_pair(ctx: DocContext, span: Span, trigger: Span) -> CountMention | None:
    """Two people named and joined by "and", as the subject before the verb or its object
    after it (not two places: "Hyesan and Musan were searched")."""
    pair = _NAMED_PAIR.match(ctx.text, span[0], trigger[0])
    if pair is None or trigger[0] - pair.end() > 80:
        pair = _NAMED_OBJECTS.match(ctx.text, trigger[1], span[1])
    if pair is None:
        return None
    places = ctx.places_in(span)
    if any(p.start < pair.end(g) and pair.start(g) < p.end for p in places for g in "ab"):
        return None
    return CountMention(pair.start("a"), pair.end("b"), pair.group(), 2, None, False, "pair")


def _kin_object(ctx: DocContext, span: Span, trigger: Span) -> CountMention | None:
    """ "arrested a brother and sister", "executed his wife and son": the relatives named
    right after the verb are its people (elsewhere they are mostly made to watch)."""
    return next(
        (
            p
            for p in ctx.persons_in(span)
            if p.rule == "kin" and 0 <= p.start - trigger[1] <= 12 and not is_hangul(p.text)
        ),
        None,
    )


def _with_companion(text: str, span: Span, one: CountMention | None) -> CountMention | None:
    """ "He was sentenced along with his deputy": the one subject and the companion."""
    if one is None or one.value != 1 or one.rule == "kin":
        return one
    found = _COMPANION.search(text, span[0], span[1])
    if found is None:
        return one
    return replace(one, value=2, rule="pair")


def _singular_subject(text: str, span: Span, trigger: Span, event_type: str) -> CountMention | None:
    after = _NAMED_OBJECT.match(text, trigger[1], span[1])
    if after and event_type in PERSON_OBJECT_TYPES:  # "detained Kim Hak Song", not "Sam Jong 2"
        return CountMention(
            after.start(), after.end(), after.group(), 1, None, False, "named_object"
        )
    ko = _KO_SINGULAR.search(text, span[0], trigger[0])
    if ko:
        return CountMention(ko.start(), ko.end(), ko.group(), 1, None, False, "ko_singular")
    pronoun = _sentence_pronoun().match(text, span[0], trigger[0])
    if pronoun and trigger[0] - pronoun.end() <= 80:  # the subject of this verb
        return CountMention(span[0], pronoun.end(), pronoun.group(), 1, None, False, "pronoun")
    before = text[span[0] : trigger[1]]  # the trigger may hold the verb ("was caught")
    matches = list(_SINGULAR_SUBJECT.finditer(before))
    match = matches[-1] if matches else None
    if match is None or trigger[0] - (span[0] + match.end()) > 30:
        return None
    start = span[0] + match.start()
    return CountMention(
        start, span[0] + match.end(), match.group(), 1, None, False, "singular_subject"
    )


# "대대적인 수색을 벌이고 있다": a campaign going on as the report is written
_KO_ONGOING = re.compile(
    r"[가-힣]{0,3}\s?(?:을|를|에)?\s?(?:(?:벌이고|실시하고|진행하고|펼치고|강화하고) 있|"
    r"나섰|나서고|나선 것|들어갔|착수했|돌입했)"
)


def _ongoing(ctx: DocContext, trigger: Span) -> DateMention | None:
    """A Korean campaign told as going on now ("수색을 벌이고 있다") with no date of its own
    is dated by the month of the report."""
    if not ctx.published or len(ctx.published) < 7:
        return None
    found = _KO_ONGOING.match(ctx.text, trigger[1])
    if found is None:
        return None
    return DateMention(trigger[0], found.end(), found.group(), ctx.published[:7], "ongoing")


# "지난 17일 체포됐으며 3일 만에 처형됐다": the day counted on from the date told
_KO_DAYS_LATER = re.compile(r"(\d{1,2})일 만에")


def _days_later(text: str, found: DateMention, trigger: Span) -> DateMention:
    """A Korean day followed, before the trigger, by "N일 만에" is N days before the event."""
    if len(found.value) != 10 or not found.end <= trigger[0] <= found.end + 40:
        return found
    later = _KO_DAYS_LATER.search(text, found.end, trigger[0])
    if later is None:
        return found
    day = date.fromisoformat(found.value) + timedelta(days=int(later.group(1)))
    return replace(found, value=day.isoformat(), rule="days_later")


def _announced(text: str, dates: list[DateMention], trigger: Span) -> DateMention | None:
    """ "said on Thursday it had seized": the day it was announced is the day it was done."""
    found = next((d for d in dates if _ANNOUNCED.fullmatch(text, d.end, trigger[0])), None)
    return replace(found, rule="announced") if found else None


def _previous_date(ctx: DocContext, before: int, day: bool = True) -> DateMention | None:
    """The last date told before, not a reporting date (a full day when `day`)."""
    told = [
        d
        for d in ctx.dates_before(before)
        if (len(d.value) == 10 or not day)
        and d.rule not in IMPLICIT_RULES
        and not _reported(ctx, d)
    ]
    return told[-1] if told else None


def _one_range(penalties: list[PenaltyMention]) -> PenaltyMention:
    """The sentence's penalty: its best-told kind, over the range of all its terms of that kind
    ("two got fifteen years, the other nine five to ten": 60 to 180 months)."""
    life = [p for p in penalties if p.kind == "life"]
    if life and any(is_hangul(p.text) for p in life):  # "6명은 무기노동교화형, 3명은 15년": life
        return life[0]
    best = max(penalties, key=lambda p: (p.min_months is not None, -p.start))
    same = [p for p in penalties if p.kind == best.kind]
    lows = [p.min_months for p in same if p.min_months is not None]
    highs = [p.max_months for p in same if p.max_months is not None]
    if not lows:
        return best
    return replace(best, min_months=min(lows), max_months=max(highs) if highs else best.max_months)


def _sent(ctx: DocContext, m: Mention) -> bool:
    """A camp is a penalty only for people sent to it, not for a camp closed or mapped."""
    if m.type != "detention":
        return True
    return bool(_SENT.search(ctx.text, m.sentence.start, m.sentence.end))


def is_reported(ctx: DocContext, date: DateMention) -> bool:
    """Whether a date is the day a report or a source told of the event (see _reported)."""
    return _reported(ctx, date)


def _reported(ctx: DocContext, date: DateMention) -> bool:
    found = dateline(ctx.text, date.start)
    if found and date.start < found.end():
        return True
    before = ctx.text[max(0, date.start - 40) : date.start]
    if ctx.language == "ko":
        if _KO_STAMP.match(ctx.text, date.end) or _KO_POSTED.search(
            ctx.text, max(0, date.start - 8), date.start
        ):
            return True  # "2021-02-26 06:32:14", "입력 2011년 9월 24일", "18일자": the page's
        day = "일" in date.text
        if day and (
            _KO_SOURCE_NEXT.match(ctx.text, date.end, date.end + 40)
            or _KO_ACCORDING.match(ctx.text, date.end, date.end + 40)
            or _KO_QUOTE_NEXT.match(ctx.text, date.end)
        ):
            return True
        verb = _KO_REPORTING.search(ctx.text, date.end, date.end + 35)
        told = verb and not ctx.lexicon.triggers["ko"].search(ctx.text, date.end, verb.start())
        if told and "일" in date.text:  # "RFA도 20일 이번 처형 소식을 전했다"
            return True
        # "통일부는 13일 ... 밝혔다": the speaker, the day, what was said
        sentence_end = ctx.text.find("다.", date.end)
        ending = ctx.text[max(date.end, sentence_end - 12) : sentence_end + 2]
        topic = ctx.text[max(0, date.start - 2) : date.start]
        said = bool(_KO_REPORTING.search(ending)) and date.rule == "ko_d"  # on a day, not "이달"
        # "통일부는 13일 ... 밝혔다", and "25일 [방송]은 ... 보도했다" (the day opens the sentence)
        opens = _KO_OPENS.search(ctx.text, max(0, date.start - 3), date.start) is not None
        return said and (topic.rstrip().endswith(("는", "은")) or opens)
    found = _REPORTING.search(before)
    if found is None:
        return False
    # "residents were told at a lecture last week": they were warned then, not the press
    return not _PASSIVE_TOLD.search(before[: found.start() + 4])


_YEAR = re.compile(r"\d{4}")
_RANGE_JOIN = re.compile(r"\s*(?:and|to|until|through|-|–|—|~|부터|에서)\s*")
_RANGE_START = re.compile(r"(?:between|from)\s*$", re.IGNORECASE)


def _ranges(dates: list[DateMention], text: str) -> list[DateMention]:
    """ "between 2012 and 2014": one date, as precise as both ends agree (here none)."""
    out: list[DateMention] = []
    skip: set[int] = set()
    for i, d in enumerate(dates):
        if i in skip:
            continue
        nxt = dates[i + 1] if i + 1 < len(dates) else None
        joined = nxt and _RANGE_JOIN.fullmatch(text, d.end, nxt.start)
        if (
            nxt
            and joined
            and (
                _RANGE_START.search(text, max(0, d.start - 9), d.start)
                or d.text.lower().startswith(("from ", "between "))  # the cue inside the date
                or text[d.end : nxt.start].strip() in ("-", "–", "~", "부터")
            )
        ):
            skip.add(i + 1)
            first = d.value
            if not _YEAR.search(d.text) and _YEAR.search(nxt.text):
                first = nxt.value[:4] + first[4:]  # "between March and May 2014": one year
            common = _common_prefix(first, nxt.value)
            if common:
                out.append(replace(d, end=nxt.end, value=common, rule="range"))
            continue
        out.append(d)
    return out


def _common_prefix(a: str, b: str) -> str | None:
    parts = []
    for x, y in zip(a.split("-"), b.split("-"), strict=False):
        if x != y:
            break
        parts.append(x)
    return "-".join(parts) or None


def _best_date(text: str, trigger: Span, dates: list[DateMention]) -> DateMention | None:
    """The sentence's date of this happening: not one of a background clause, then the most
    precise ("On Aug. 5, after two tests in July, ... adopted"), then the nearest."""
    dates = [d for d in dates if not _names_a_thing(text, d) and not _describes(text, d, trigger)]
    if not dates:
        return None

    def rank(d: DateMention) -> tuple[bool, bool, int, int]:
        background = bool(_BACKGROUND.search(text, max(0, d.start - 60), d.start))
        lo, hi = (d.end, trigger[0]) if d.end <= trigger[0] else (trigger[1], d.start)
        other_clause = bool(_CLAUSE_BREAK.search(text, lo, hi))
        return (background, other_clause, -len(d.value), abs(d.start - trigger[0]))

    before = [d for d in dates if d.end <= trigger[0]] if len(dates) > 1 else []
    if len(before) >= 2 and _KO_MODIFIER.match(text, trigger[1]):
        # "지난 21일 지난해 11월 ... 체포된 밀수꾼 9명에 대한 재판": a Korean verb that
        # describes a noun takes the date just before it in its clause; the earlier date is
        # the main verb's
        nearest = before[-1]
        if not _KO_CLAUSE_END.search(text, nearest.end, trigger[0]):
            return nearest
    return min(dates, key=rank)


_KO_MODIFIER = re.compile(r"(?:된|한|당한|됐던|했던|되었던)\s")
_KO_CLAUSE_END = re.compile(r"[,.“”\"]|(?:고|며|면서|는데|지만)\s")
# Where one clause of a sentence ends and another begins: a date across it is another
# clause's ("“지난 12일부터 단속을 벌이고 있다”면서 “17~19일 사이에 23명이 끌려갔다”").
_CLAUSE_BREAK = re.compile(
    r";|다[”\"]?\s*(?:며|면서)|[”\"]\s*(?:며|면서|고)\s*[“\"]"
    r"|,\s+(?:and|but|while|whereas)\s"
)


def _background(text: str, d: DateMention, trigger: Span) -> bool:
    """Whether a date after the trigger stands in a background clause ("after being
    arrested on August 17") of its own."""
    return d.start > trigger[1] and bool(
        _BACKGROUND.search(text, max(trigger[1], d.start - 60), d.start)
    )


def _names_a_thing(text: str, d: DateMention) -> bool:
    """ "the July 21 elections", "the Dec. 22 resolution": a date that names something else
    (not "the Feb. 16 incident", which names the happening itself)."""
    if _PARTICIPLE.search(text, max(0, d.start - 30), d.start):
        return True  # "sanctions imposed in 2017": the date of the sanctions
    if text[d.start - 1 : d.start] == "(" and is_hangul(text[d.start - 2 : d.start - 1]):
        return True  # "5차 핵실험(2016년 9월)": the date of the thing just named
    if _OF_A_PUBLICATION.match(text, d.end):
        return True  # "yesterday's edition": when a paper came out
    before = text[max(0, d.start - 4) : d.start].lower()
    after = _NEXT_WORD.match(text, d.end)
    word = after.group(1).lower() if after else ""
    if word in _HAPPENINGS:
        return False
    return before.endswith(("the ", "'s ")) and bool(word) and word not in _NOT_NOUNS


_OF_A_PUBLICATION = re.compile(
    r"['’]s\s+(?:\w+\s+){0,2}?(?:edition|issue|paper|newspaper|report|broadcast|article|"
    r"editorial|column|bulletin|newscast|program|programme)\b",
    re.IGNORECASE,
)
_HAPPENINGS = frozenset(
    {"incident", "case", "crossing", "defection", "arrest", "arrests", "execution", "raid"}
    | {"executions", "raids", "trial", "shooting", "seizure", "crackdown", "escape"}
)
# ", who escaped in 2023,": a relative clause that describes a person (one that describes a
# measure, "Resolution 2371, which the Council adopted on Aug. 5", dates the measure)
_RELATIVE_OPEN = re.compile(r",\s+(?:who|whose)\b[^,;.]*$", re.IGNORECASE)


def _describes(text: str, d: DateMention, trigger: Span) -> bool:
    """Whether a date stands in a relative clause that describes someone or something,
    and the trigger stands outside it ("Kang, who escaped in 2023, said three were shot")."""
    opened = _RELATIVE_OPEN.search(text, max(0, d.start - 80), d.start)
    if opened is None:
        return False
    ends = [at for stop in (",", ". ", ";") if (at := text.find(stop, d.end)) >= 0]
    end = min(ends, default=len(text))
    return not opened.start() < trigger[0] < end


def _outermost(counts: Iterable[CountMention]) -> list[CountMention]:
    """ "Four foreigners and one Chinese national": the sum, not its parts."""
    found = list(counts)
    return [
        c for c in found
        if not any(o is not c and o.start <= c.start and c.end <= o.end for o in found)
    ]  # fmt: skip


def _nearest(trigger: Span, items: list[M]) -> M | None:
    if not items:
        return None
    return min(items, key=lambda item: abs(item.start - trigger[0]))
