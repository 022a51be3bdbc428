"""Who: how many people a mention was done to or by (the accused first, never the
audience or the speaker; a named or pronoun subject counts one; pairs and companions)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from functools import cache

from nkevents.detect.numbers import CountMention
from nkevents.detect.numbers import lexicon as number_words
from nkevents.extract.context import DocContext
from nkevents.extract.mention import PERSON_OBJECT_TYPES
from nkevents.model import Span
from nkevents.romanize import is_hangul
from nkevents.vocabulary import load_data

# One named or pronoun subject of a passive verb counts one person ("He was arrested").
_SINGULAR_SUBJECT = re.compile(
    r"(?:\b(?:he|she)\b"
    # "a third was sent to a camp", "the second man had been", "another woman was": one more
    r"|\b(?:(?:[Aa]|[Tt]he) (?:second|third|fourth|fifth|sixth)|[Aa]nother)(?: [a-z]+)?(?=,? )"
    r"|\b(?!(?:The|It|This|That|There|Police|Which|What)\b)[A-Z][a-z]+"
    # described between commas or dashes ("Ri Chol—a trader from Hyesan—has been")
    r"(?: [A-Z][a-z]+){0,3}(?:[,—–][^,—–]{3,120})?[,—–]?)"
    r"(?: |(?<=[—–]))(?:was|had been|has been)\b"
)

# "The driver and a trader who had hired the truck were detained": two people
_PAIR_SUBJECT = re.compile(
    # "A 30-year-old man and his 25-year-old wife": a word of age may stand before each noun
    r"[“\"]?(?:The|A|An|His|Her|Their)\s+(?P<a1>[a-z\d-]+)(?:\s+(?P<a2>[a-z]+))?\s+and\s+"
    r"(?:(?:the|a|an|his|her|their)\s+)?(?P<b1>[a-z\d-]+)\b(?:\s+(?P<b2>[a-z]+)\b)?"
    r"(?![^.;]{0,80}\band\b)"
    r"(?=[^.;]{0,80}\b(?:were|have been|had been)\b)"
)

# A named person right after the verb ("executed Jang Song Thaek", "detained Kim Hak Song").
_NAMED_OBJECT = re.compile(r"\s+(?:[A-Z][a-z]+ ){1,3}[A-Z][a-z]+\b")

# A named person described before the name ("sentenced Dutch engineer Pieter Vos", "held
# Swiss tourist Anna Meier"): a few words of description ending in a person noun, then the name
_NAME_WORDS = r"(?:[A-Z][a-z]+(?:-[a-z]+)? ){1,3}[A-Z][a-z]+\b"


@cache
def _described_object() -> re.Pattern[str]:
    nouns = "|".join(sorted(number_words().singular, key=len, reverse=True))
    return re.compile(
        rf"\s+(?:(?:a|an|the)\s+)?(?:(?:[A-Z][A-Za-z.]*|[a-z-]+)\s+){{0,3}}?(?i:{nouns})"
        rf"\s+{_NAME_WORDS}"
    )


_AMONG = re.compile(r"\s+(?:one )?among\b|\s+one of\b")


@cache
def _one_object() -> re.Pattern[str]:
    """ "caught a North Korean diplomat", "arrested a trader", "sentenced the American": one
    person, the verb's object."""
    nouns = "|".join(sorted(number_words().singular, key=len, reverse=True))
    # "arrested her husband", "executed another official": one too (not one of a pair joined
    # by "and", "his wife and children"; a possessive only before a kin, "his defence chief"
    # being the subject's own man, told elsewhere)
    kin = "daughter|son|wife|husband|mother|father|brother|sister|uncle|aunt|niece|nephew|cousin"
    return re.compile(
        rf"\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+){{0,4}}?(?i:{nouns})\b(?!['’]s)"
        rf"|(?:(?:his|her|their)\s+(?:{kin})|another\s+(?:[\w-]+\s+){{0,2}}?(?i:{nouns}))\b"
        r"(?!['’]s)(?!\s+and\s))"
    )


_SENTENCE_PRONOUN_NOUNS = (
    "soldier|man|woman|defector|suspect|victim|captain|official|officer|agent|teacher|pastor|"
    "student|broker|smuggler|trader|worker|farmer|fisherman|guard|commander|businessman|"
    "missionary"
)


@cache
def _sentence_pronoun() -> re.Pattern[str]:
    """ "He", "She", "The reporter" opening a sentence: one person, its subject."""
    nouns = "|".join(sorted(number_words().singular | set(_SENTENCE_PRONOUN_NOUNS.split("|"))))
    kin = "daughter|son|wife|husband|mother|father|brother|sister|uncle|aunt|niece|nephew"
    return re.compile(
        rf"[“\"]?(?:He|She|Someone|The (?:{nouns})|(?:His|Her|Their) (?:{kin}))\b(?!['’]s)"
    )


@cache
def _described_subject() -> re.Pattern[str]:
    """ "The 40-year-old former soldier", "The Chinese captain of the boat" opening a sentence:
    one person described by a few words, the subject of a passive verb (checked by the caller:
    "The North Korean leader executed ..." is the one who acted)."""
    nouns = "|".join(sorted(number_words().singular | set(_SENTENCE_PRONOUN_NOUNS.split("|"))))
    return re.compile(rf"[“\"]?[Tt]he (?:[\w-]+ ){{1,3}}?(?:{nouns})\b(?!['’]s)")


_PASSIVE_AUX = re.compile(r"\b(?:was|has been|had been)\b")

# A clause told by someone, whose subject follows: "Officials said (that) the ..."
_TOLD_THAT = re.compile(r"\b(?:said|says|reported|added|confirmed|learned|that)\s+(?=the\s)")


# Korean: one person named as the subject or object, with no count.
_KO_SINGULAR = re.compile(
    # (씨 after a name, not the last syllable of a word: 날씨 weather, 말씨 speech, 솜씨 skill)
    r"(?:청년|남성|여성|연대장|(?<![날말솜음글불맘])씨|간부|군인|병사|주민|탈북민|장사꾼|남자|여자|목사|선교사|"
    r"부총리|총리|부장|부부장|국장|장관|사령관|지배인|사장|책임자|선장|대사|처장|소장|실장|"
    r"특별대표|외교관|"
    # North Korean ministers and chiefs named by their post ("김 보위상이", "총참모장을")
    r"보위상|외무상|철도상|무력상|국방상|사회안전상|총참모장|총정치국장)"
    r"(?:\([^()]{1,8}\))?(?:이|가|은|는|을|를|도|에게)(?=\s)"
    # "영국 공민 톰슨에게", "국민 박영호를": a title, then the one person's name
    r"|(?:공민|시민|국민|선교사|목사)\s[가-힣]{2,4}(?:씨)?(?:이|가|은|는|을|를|에게)(?=\s)"
)

# A kin of the one told as the subject ("이 남성의 아내도 ... 체포됐다"; not an object, who may
# be the one wronged, "딸을 팔아넘긴"; not 형, a penalty's ending)
_KO_KIN = re.compile(
    r"(?:아내|남편|아들|딸|어머니|아버지|(?<![가-힣])동생|누나|언니|오빠)(?:이|가|은|는|도)(?=\s)"
)
# What joins a kin to others told before it: "아내와 아들, 딸은", "남성과 그의 아내가"
_KO_JOINED_BEFORE = re.compile(r"[와과,]\s?(?:[가-힣]+의\s)?$")

# A quotation opened after a Korean subject: the subject is the one who speaks.
_KO_QUOTE_OPEN = re.compile(r"[“\"]")

# A word of many before the noun ("다수의 북한 주민이", "많은 간부를", "여러 군인이"): no count
_KO_MANY_BEFORE = re.compile(
    r"(?:다수의|많은|여러|일부|수많은|상당수의?|수십\s?명의)\s(?:[가-힣]+\s)?$"
)

# "sentenced him to life", "arrested her at a market": one person, the verb's object (not "her
# husband", a possessive whose noun a companion rule reads)
_PRONOUN_OBJECT = re.compile(
    r"\s+(?:him|her)\b(?=\s*(?:$|[,.;:!?(\"”]|(?:to|in|on|at|for|after|and|with|as|over|last|"
    r"without|from|while|because|during|before|near|since|under|by|early|late|this|that|"
    r"inside|outside|twice|again|yesterday|today)\b))"
)


@cache
def _korean_name() -> re.Pattern[str]:
    """A Korean name with no title before a case ending: the object (을/를/에게) or the
    subject (은/는/이/가) of the event word."""
    names = load_data("people.yaml")["korean_names"]
    last = names["not_last"]
    return re.compile(
        rf"(?<![가-힣])(?P<name>[{names['surnames']}][가-힣](?![{last}])[가-힣])"
        r"(?:씨)?(?:\([^()]{1,8}\))?(?P<case>을|를|에게|은|는|이|가)\s"
    )


@cache
def _not_korean_names() -> frozenset[str]:
    return frozenset(load_data("people.yaml")["korean_names"]["not_names"])


_KO_PASSIVE = re.compile(
    r"[가-힣\s]{0,6}?(?:됐|되었|돼|되|당했|당한|당하|받았|받고|받은|혔|힌|렸|린|졌|진|져)"
)
_KO_NAME_REACH = 30  # characters between the name and the event word


def korean_named(text: str, span: Span, trigger: Span) -> CountMention | None:
    """ "리철을 사형에 처했다", "김철수는 수용소에 보내졌다": one person named just before the
    event word, its object, or its subject when the word is passive; a name the report
    names at least twice (a word of that shape told once is mostly a noun)."""
    found = [
        f
        for f in _korean_name().finditer(text, max(span[0], trigger[0] - 60), trigger[0])
        if trigger[0] - f.end() <= _KO_NAME_REACH and f["name"] not in _not_korean_names()
    ]
    if not found:  # "재판을 열고 박영철을 사형에 처했다": the object told after a judgement's noun
        found = [
            f
            for f in _korean_name().finditer(text, trigger[1], min(span[1], trigger[1] + 30))
            if f["case"] in ("을", "를", "에게") and f["name"] not in _not_korean_names()
        ][:1]
    if not found:
        return None
    name = found[-1]
    if text.count(name["name"]) < 2:
        return None  # a name is told again in a report; a word of that shape once is no name
    if name["case"] in ("은", "는", "이", "가") and not _KO_PASSIVE.match(
        text, trigger[1], trigger[1] + 12
    ):
        return None  # "김철수가 체포했다": the one who acted
    return CountMention(name.start(), name.end(), name.group(), 1, None, False, "ko_named")


# ", and a third died while he was being arrested": a new subject between a count and a verb
_NEW_SUBJECT = re.compile(
    r"(?i),\s+(?:and|but|while)\s+(?:a|an|another|one|the other)\s+\w+"
    # "three refugees he had helped, but he did not know the others detained": one speaker
    r"|,\s+(?:and|but|while|although|though)\s+(?:he|she|it|we|I)\b"
    # "Two officials were executed in May; a third was sent to a camp": a clause of its own
    r"|;\s+(?:and\s+|but\s+)?(?:a|an|another|one|the other|he|she|his|her|their)\b"
)


# "공범 1명이 체포되자 ... 도주했다": a count that is the subject of a clause of its own, whose
# verb ends in "-자", "-는데" or "-지만" before the event word (another subject follows)
_KO_OWN_CLAUSE = re.compile(
    r"\s?(?:이|가|은|는|도)\s(?:\S+\s){0,3}?\S*(?:되자|하자|히자|리자|지자|나자|오자|가자|"
    r"됐는데|되었는데|했는데|됐지만|되었지만|했지만)\s"
)


def other_subject(text: str, count_end: int, trigger_start: int) -> bool:
    """Whether another subject stands between a count and a later event word."""
    if count_end >= trigger_start:
        return False
    if _NEW_SUBJECT.search(text, count_end, trigger_start):
        return True
    return bool(_KO_OWN_CLAUSE.match(text, count_end, trigger_start))


def counts_for(person: CountMention, event_type: str) -> bool:
    """Relatives listed one by one are the people of a detention (families sent to camps);
    beside a trial or execution they are mostly made to watch."""
    return person.rule != "kin" or event_type == "detention"


# "The men", "These women": people counted just before, named again as the subject
_THE_PLURAL = re.compile(
    r"[“\"]?(?:The|These|Those|All the|All)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?P<n>[a-z]+s|men|women|children|people|crew)\b"
)


# "가족들은", "체포된 탈북민들이": a plural subject in Korean, its noun before 들
_KO_PLURAL = re.compile(r"(?<![가-힣])(?P<n>[가-힣]{2,5})들(?:은|이|도|과|와)\s")


def korean_same_people(ctx: DocContext, span: Span, trigger: Span) -> CountMention | None:
    """ "박모씨 가족 4명이 강을 건넜다. ... 가족들은 보위부에 수감됐다": the count of the
    few sentences before whose noun the Korean plural subject repeats."""
    found = [
        f
        for f in _KO_PLURAL.finditer(ctx.text, span[0], trigger[0])
        if trigger[0] - f.end() <= KO_PLURAL_REACH
    ]
    if not found:
        return None
    noun = found[-1]["n"]
    same = [
        c
        for c in ctx.counts_before(span[0])
        if c.head == noun and ctx.is_people(c) and c.value > 1 and not c.approximate
    ]
    return replace(same[-1], rule="they") if same else None


KO_PLURAL_REACH = 60  # characters between the plural subject and the event word


def the_same_people(ctx: DocContext, span: Span, trigger: Span) -> CountMention | None:
    """The count of the few sentences before whose noun the sentence's subject repeats."""
    if is_hangul(ctx.text[trigger[0] : trigger[1]]):
        return korean_same_people(ctx, span, trigger)
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


# "They were caught ...", "They received ...", "이들은 ... 체포됐다": a plural pronoun subject of a
# verb done to them (passive, or a penalty received) repeats the people counted just before
_THEY_EN = re.compile(
    r"[“\"]?(?:They|Both of them|Both men|Both women|The two|The pair)\b"
    r"(?=[^.;]{0,60}?\b(?:were|have been|had been|are being|received|got|each got)\b)"
)
_THEY_KO = re.compile(r"[“\"]?(?:이들은|이들이|그들은|그들이|이들도|그들도|두 사람은|두 사람이)\s")
_DONE_TO_KO = re.compile(
    r"[가-힣]{0,3}?(?:돼|됐|되|당했|당한|당하|받았|받고|받은|받아|혔|혀|힌|렸|려)"
)
# "이들은 노동단련대 6개월 처벌을 받았다": a penalty they were given, told after the word
_PUNISHED_KO = re.compile(r"[^.,]{0,12}?(?:처벌|형|선고|판결)(?:을|를)\s?받")
_KO_VERB_END = re.compile(r"[돼됐되해했고며]$")
# "이들은 4월 재판에 회부됐다", "재판을 받았다", "교화소에 수감됐다", "수용소로 보내졌다": a
# trial or a holding they were put to
_TRIED_KO = re.compile(
    r"(?:에|을|를|로|으로)\s?[가-힣]{0,3}?(?:돼|됐|되었|되어|받았|받고|받은|받아|졌|져|혔|려)"
)
# (a told past form only: a joining "적발돼 ... 복역 중이었다" goes on to what they were)
_KO_PASSIVE_END = re.compile(r"(?:됐|되었|당했|혔|렸)$")
# "그는 6월 총살됐다", "그녀는 ... 선고받았다": one person, the subject a verb is done to
_HE_KO = re.compile(r"[“\"]?(?:그는|그녀는|그가|그녀가|그도|그녀도)\s")


# An indirect question after the word: "처형됐는지", "수용소로 보내졌는지", "체포될지"
_KO_ASKED_AFTER = re.compile(r"[^\s.,]{0,3}\s?[^\s.,]{0,6}?(?:는지|을지|ㄹ지|던지|될지|할지)")


def _done_to_ko(text: str, trigger: Span) -> bool:
    """Whether a Korean event word is told as done to its subject (passive, a penalty or a
    trial received)."""
    if _KO_ASKED_AFTER.match(text, trigger[1]):
        return False  # "처형됐는지 ... 확인되지 않았다": asked, not told as done
    noun = not _KO_VERB_END.search(text, trigger[0], trigger[1])  # "단련대", not "적발돼"
    return bool(
        _DONE_TO_KO.match(text, trigger[1], trigger[1] + 6)
        or _KO_PASSIVE_END.search(text, trigger[0], trigger[1])  # the word holds it: "북송됐"
        or (noun and (_PUNISHED_KO.match(text, trigger[1]) or _TRIED_KO.match(text, trigger[1])))
    )


_THEY_REACH = 80  # characters between the pronoun and the event word


def they_before(ctx: DocContext, span: Span, trigger: Span) -> CountMention | None:
    """The people counted in the two sentences before, for a sentence whose subject is "they"
    and whose event word is done to them ("Two guards were named. They were shot on 2 May")."""
    text = ctx.text
    if is_hangul(text[trigger[0] : trigger[1]]):
        found = _THEY_KO.match(text, span[0], trigger[0])
        if found is None or not _done_to_ko(text, trigger):
            return None
    else:
        found = _THEY_EN.match(text, span[0], trigger[1])  # the trigger may hold "were"
    if found is None or trigger[0] - found.end() > _THEY_REACH:
        return None
    before = [
        c for c in ctx.counts_before(span[0], sentences=2)
        if ctx.is_people(c) and c.value > 1 and not c.approximate
    ]  # fmt: skip
    return replace(before[-1], rule="they") if before else None


# The auxiliary of the event word right before it: "were (later) arrested"
_OWN_AUX = re.compile(
    r"\b(?:were|have been|had been|are being)(?:\s+(?:[a-z]+ly|later|then|also|both|all))*\s*$"
)
_AUX = re.compile(r"(?:were|have been|had been)\b")


def pair_subject(text: str, span: Span, trigger: Span) -> CountMention | None:
    """ "The driver and a trader who had hired the truck were detained": two people."""
    pair = _PAIR_SUBJECT.match(text, span[0], trigger[1])  # the trigger may hold "were"
    if pair is None or pair.end() > trigger[0]:
        return None
    if not (_OWN_AUX.search(text, pair.end(), trigger[0]) or _AUX.match(text, trigger[0])):
        return None  # "His wife and son were made to watch as he was shot": not its subject
    companions = _people_words()["companions"]["en"]
    people = number_words().people | number_words().singular | set(companions)
    if {pair["a1"], pair["b1"]} & set(number_words().values):
        return None  # "his wife and three children": a count, summed elsewhere
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
    r"(?i)\b(?:(?:along|together) )?with (?:his|her) (?:[a-z-]+ ){0,2}?(?:colleague|wife|"
    r"husband|son|daughter|brother|sister|friend|partner|mother|father|accomplice|associate|"
    r"deputy|aide|driver|assistant|secretary|cousin|nephew|niece|uncle|aunt)\b(?!['’]s)"
)


# "Ri Chol, Pak Nam and Kim Song were executed", "executed Ri Chol, 45, Pak Nam and Kim
# Song": three or more people named in a list (an age may follow each name)
_NOT_NAMES = (
    r"(?!(?:But|And|Or|However|Meanwhile|Also|Then|Later|Yet|So|Still|Now|Instead|In|On|At|"
    r"After|Before|When|While|Since|The|This|That|These|Those|Police|Authorities|Officials|"
    r"Sources?|Residents?)\b)"
)
_LISTED = rf"{_NOT_NAMES}{_NAME}(?:,\s*\d{{1,2}})?"
_NAMED_LIST = rf"(?P<list>{_LISTED}(?:,\s+{_LISTED}){{1,5}},?\s+and\s+{_NAME})"
_NAMED_LIST_SUBJECT = re.compile(rf"[“\"]?{_NAMED_LIST}(?:,\s*\d{{1,2}},)?")
_NAMED_LIST_OBJECT = re.compile(rf"\s+{_NAMED_LIST}\b")
_ONE_NAME = re.compile(_NAME)
# the list's own verb: "... were (later) executed" ("have told diplomats" is no event verb)
_LIST_AUX = re.compile(
    r"\s+(?:were|have been|had been|are being)(?:\s+(?:[a-z]+ly|later|then|also|both|all))*\s*"
)


@cache
def _named_and_companion() -> re.Pattern[str]:
    """ "Kim and his wife were arrested", "Park, 42, and her son were": one named person and
    one companion, the subject."""
    en = "|".join(_people_words()["companions"]["en"])
    return re.compile(
        rf"[“\"]?(?!(?:The|This|That|These|Those|Police|Authorities|Officials|He|She)\b)"
        rf"(?P<a>{_NAME}){_APPOSITION}\s+and\s+(?P<b>(?:his|her)\s+(?:[a-z-]+\s+){{0,2}}?"
        rf"(?:{en}))\b(?!['’]s)"
    )


def _named_list(ctx: DocContext, span: Span, trigger: Span) -> CountMention | None:
    """Three or more people named in a list, the subject before the verb or its object."""
    text = ctx.text
    found = _NAMED_LIST_SUBJECT.match(text, span[0], trigger[0])
    if found is not None and not (
        _LIST_AUX.fullmatch(text, found.end(), trigger[0])
        or (not text[found.end() : trigger[0]].strip() and _AUX.match(text, trigger[0]))
    ):  # the trigger may hold "were"
        found = None
    if found is None:
        found = _NAMED_LIST_OBJECT.match(text, trigger[1], span[1])
    if found is None:
        return None
    names = list(_ONE_NAME.finditer(text, found.start("list"), found.end("list")))
    places = ctx.places_in(span)
    if any(p.start < n.end() and n.start() < p.end for p in places for n in names):
        return None  # "Hyesan, Musan and Hoeryong were searched": places
    start, end = found.start("list"), found.end("list")
    return CountMention(start, end, text[start:end], len(names), None, False, "pair")


def named_pair(ctx: DocContext, span: Span, trigger: Span) -> CountMention | None:
    """Two people named and joined by "and", as the subject before the verb or its object
    after it (not two places: "Hyesan and Musan were searched"); more named in a list; one
    named with a companion ("Kim and his wife were arrested")."""
    listed = _named_list(ctx, span, trigger)
    if listed is not None:
        return listed
    pair = _NAMED_PAIR.match(ctx.text, span[0], trigger[0])
    if pair is None or trigger[0] - pair.end() > 80:
        pair = _NAMED_OBJECTS.match(ctx.text, trigger[1], span[1])
    if pair is None:
        pair = _named_and_companion().match(ctx.text, span[0], trigger[0])
        if pair is not None and not _OWN_AUX.search(ctx.text, pair.end(), trigger[0]):
            pair = None  # "Kim and his wife were told the news as ... was executed"
    if pair is None:
        return None
    places = ctx.places_in(span)
    if any(p.start < pair.end(g) and pair.start(g) < p.end for p in places for g in "ab"):
        return None
    return CountMention(pair.start("a"), pair.end("b"), pair.group(), 2, None, False, "pair")


# A Korean person told by surname and 씨, the given name often withheld: "김모(45)씨", "윤
# 모 씨", "박철(37)씨"
_KO_MS = r"[가-힣]{1,3}\s?(?:모\s?)?(?:\(\d{1,3}[^()]{0,6}\)\s?)?씨"
# Two of them joined, the second the event word's object or subject: "여성 김모(45)씨와 ...
# 간부 윤모(37)씨를 공개처형했다"
_KO_MS_PAIR = re.compile(
    rf"(?P<a>{_KO_MS})(?:와|과)\s(?!함께|같이)[^.“”\"]{{0,120}}?(?P<b>{_KO_MS})"
    r"(?:를|을|에게|가|이|는|은)\s"
)


def _surname(name: str) -> str:
    return name.split("(")[0].replace(" ", "").removesuffix("씨").removesuffix("모")


def korean_named_pair(text: str, span: Span, trigger: Span) -> CountMention | None:
    """ "여성 김모(45)씨와 ... 보위부 간부 윤모(37)씨를 공개처형했다": two people named with 씨
    and joined, the second right before the event word."""
    for pair in _KO_MS_PAIR.finditer(text, max(span[0], trigger[0] - 200), trigger[0]):
        if trigger[0] - pair.end() <= _KO_NAME_REACH and _surname(pair["a"]) != _surname(
            pair["b"]
        ):  # "박씨와 ... 박씨가": one person told twice
            return CountMention(
                pair.start("a"), pair.end("b"), pair.group(), 2, None, False, "pair"
            )
    return None


@cache
def _ko_joined_names() -> re.Pattern[str]:
    """Two name-shaped words joined, the second with a case ending: "이철수와 박영남을"."""
    names = load_data("people.yaml")["korean_names"]
    sur, last = names["surnames"], names["not_last"]
    one = rf"[{sur}][가-힣](?![{last}])[가-힣]"
    return re.compile(rf"(?<![가-힣])(?P<a>{one})(?:와|과)\s(?P<b>{one})(?:를|을|도|이|가|은|는)\s")


def korean_joined_names(text: str, span: Span, trigger: Span) -> CountMention | None:
    """ "측근 이철수와 박영남도 ... 총살했다": two names joined right before the event word are
    two people, even when the report names them once (two name-shaped words joined by 와/과
    are names; one such word told once is mostly a noun)."""
    for pair in _ko_joined_names().finditer(text, max(span[0], trigger[0] - 80), trigger[0]):
        if trigger[0] - pair.end() > _KO_NAME_REACH:
            continue
        if {pair["a"], pair["b"]} & _not_korean_names():
            continue
        return CountMention(pair.start("a"), pair.end("b"), pair.group(), 2, None, False, "pair")
    return None


@cache
def _ko_noun_pair() -> re.Pattern[str]:
    """Two people named by singular nouns and joined, the second the event word's object or
    subject: "전단을 돌려 본 주민과 이를 묵인한 보위부 간부를 처형했다"."""
    words = load_data("people.yaml")["ko_singular_nouns"]["ko"]
    nouns = "|".join(sorted(words, key=len, reverse=True))
    return re.compile(
        rf"(?<![가-힣])(?P<a>{nouns})(?:과|와)\s(?!함께|같이)(?:[^\s.,“”\"]+\s){{0,6}}?"
        rf"(?P<b>{nouns})(?:를|을|이|가)\s"
    )


def korean_noun_pair(text: str, span: Span, trigger: Span) -> CountMention | None:
    """ "주민과 보위부 간부를 공개처형했다": two people, one of each noun."""
    for pair in _ko_noun_pair().finditer(text, max(span[0], trigger[0] - 120), trigger[0]):
        if trigger[0] - pair.end() <= _KO_NAME_REACH:
            return CountMention(
                pair.start("a"), pair.end("b"), pair.group(), 2, None, False, "pair"
            )
    return None


def kin_object(ctx: DocContext, span: Span, trigger: Span) -> CountMention | None:
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


# Relatives named as the subject of the event word: "His wife and son were arrested",
# "어머니와 딸이 체포됐다"
_KIN_PASSIVE = re.compile(
    r"\s+(?:were|have been|had been|are being)(?:\s+(?:[a-z]+ly|later|then|also|both|all))*\s*"
)
_KO_KIN_CASE = re.compile(r"(?:이|가|은|는|도)\s")
# a word between that ends a clause or opens another subject ("지켜보는 가운데 김씨가")
_KO_KIN_CLAUSE_END = re.compile(
    r"(?<!같)(?<!에)[가-힣](?:는|은|가|이|고|며|자|데|면|던|서)\s|[,;]\s"
)
# the event word told as a verb done to or by them
_KO_KIN_VERB = re.compile(r"[가-힣]{0,2}?(?:됐|되|돼|당|받|혔|혀|힌|렸|려|린|졌|져|진|했|하|해)")
_KIN_REACH = 40  # characters between the relatives and the event word


def kin_subject(ctx: DocContext, span: Span, trigger: Span) -> CountMention | None:
    """Relatives listed one by one as the subject of the event word ("A mother and her two
    children were caught", "남편과 아내가 탈북하다 체포됐다"): they are its people, whatever
    the event (elsewhere, beside a trial or execution, they are mostly made to watch)."""
    text = ctx.text
    for p in ctx.persons_in(span):
        if p.rule != "kin" or p.end > trigger[0] or trigger[0] - p.end > _KIN_REACH:
            continue
        if is_hangul(p.text[-1]):
            case = _KO_KIN_CASE.match(text, p.end)
            if (
                case
                and _KO_KIN_VERB.match(text, trigger[1])  # "총살됐다", not "처형장 앞줄에"
                and not _KO_KIN_CLAUSE_END.search(text, case.end(), trigger[0])
            ):
                return p
        elif (verb := _KIN_PASSIVE.match(text, p.end)) and verb.end() >= trigger[0]:
            return p  # their own verb: not "His wife and son were made to watch as he was shot"
    return None


@cache
def _ko_one_and_companion() -> re.Pattern[str]:
    """ "김모씨와 그의 아내가", "여성과 딸이": one person and one companion, the subject or
    object right before the event word."""
    ko = "|".join(_people_words()["companions"]["ko"])
    one = "씨|남성|여성|남자|여자|간부|주민|군인|상인|밀수꾼|브로커"
    return re.compile(
        rf"(?:{one})(?:\([^()]{{1,8}}\))?(?:와|과)\s?(?:그의\s?|그\s|그녀의\s?)?(?:{ko})"
        r"(?:이|가|은|는|을|를|도)\s"
    )


def korean_one_and_companion(text: str, span: Span, trigger: Span) -> CountMention | None:
    """ "김모씨와 그의 아내가 체포됐다": two people."""
    for found in _ko_one_and_companion().finditer(text, max(span[0], trigger[0] - 60), trigger[0]):
        if trigger[0] - found.end() <= _KO_NAME_REACH and not _KO_KIN_CLAUSE_END.search(
            text, found.end(), trigger[0]
        ):
            return CountMention(found.start(), found.end(), found.group(), 2, None, False, "pair")
    return None


def with_companion(text: str, span: Span, one: CountMention | None) -> CountMention | None:
    """ "He was sentenced along with his deputy", "arrested a trader and his son": the one
    person and the companion."""
    if one is None or one.value != 1 or one.rule == "kin":
        return one
    found = _COMPANION.search(text, span[0], span[1]) or _and_companion().match(
        text, one.end, span[1]
    )
    if found is None:
        return one
    return replace(one, value=2, rule="pair")


@cache
def _people_words() -> dict[str, dict[str, list[str]]]:
    raw = load_data("people.yaml")
    return {"companions": raw["companions"], "pairs": raw["pairs"]}


@cache
def _and_companion() -> re.Pattern[str]:
    """ " and his wife", "과 그의 딸이", "와 아들을": one companion right after a person."""
    en = "|".join(_people_words()["companions"]["en"])
    ko = "|".join(_people_words()["companions"]["ko"])
    return re.compile(
        rf"(?i)\s+and\s+(?:his|her)\s+(?:[a-z-]+\s+){{0,2}}?(?:{en})\b(?!['’]s)"
        rf"|(?:과|와)\s?(?:그의\s?|그\s)?(?:{ko})(?:이|가|은|는|을|를|도|와|과)(?=\s)"
    )


@cache
def _pair_word() -> re.Pattern[str]:
    en = "|".join(sorted(_people_words()["pairs"]["en"], key=len, reverse=True))
    ko = "|".join(sorted(_people_words()["pairs"]["ko"], key=len, reverse=True))
    return re.compile(
        rf"[“\"]?(?i:{en})\s+(?:were|have been|had been|are|was|has been)\b"
        rf"|(?<![가-힣])(?:{ko})(?:가|이|는|은|를|을|도)?(?=\s)"
    )


def pair_word(text: str, span: Span, trigger: Span) -> CountMention | None:
    """ "The pair were detained", "Both were arrested", "부부가 체포됐다": two people, the
    subject of the event word (within a few words of it)."""
    found = _pair_word().search(text, span[0], trigger[1])
    if found is None or trigger[0] - found.end() > 60 or found.start() > trigger[0]:
        return None
    english = not is_hangul(found.group()[-1])
    if english and text[span[0] : found.start()].strip(' “"'):
        return None  # an English pair word opens its sentence
    if not english and text.startswith(number_words().ko_not_people_after, found.end() - 1):
        return None  # "70대 부부를 살해한 뒤 ... 붙잡혔다": the crime's victims
    return CountMention(found.start(), found.end(), found.group(), 2, None, False, "pair_word")


def title_cased(text: str, span: Span) -> bool:
    """Whether the sentence is a headline set in title case ("Defectors Arrested On Drug Use
    Charges"): every longer word capitalized, the verb too, so capitals there name nobody."""
    words = [w for w in text[span[0] : span[1]].split() if len(w) > 3 and w[0].isalpha()]
    return len(words) >= 4 and all(w[0].isupper() for w in words)


def singular_subject(text: str, span: Span, trigger: Span, event_type: str) -> CountMention | None:
    after = _NAMED_OBJECT.match(text, trigger[1], span[1])
    if after is not None and title_cased(text, span):
        after = None  # "Defectors Arrested On Drug Use": a headline's capitals, not a name
    if after is None:
        after = _described_object().match(text, trigger[1], span[1])
    if after is None and text[trigger[0] : trigger[1]].lower().endswith(("ed", "caught")):
        after = _one_object().match(text, trigger[1], span[1])
    if after is None:
        after = _PRONOUN_OBJECT.match(text, trigger[1], span[1])
    if after and event_type in PERSON_OBJECT_TYPES:  # "detained Kim Hak Song", not "Sam Jong 2"
        return CountMention(
            after.start(), after.end(), after.group(), 1, None, False, "named_object"
        )
    he = _HE_KO.match(text, span[0], trigger[0])
    if he and _KO_QUOTE_OPEN.search(text, he.end(), trigger[0]):
        he = None  # "그는 “... 판결을 받은 사람들도 ...”": the one who speaks
    if he and trigger[0] - he.end() <= _THEY_REACH and _done_to_ko(text, trigger):
        return CountMention(he.start(), he.end(), he.group(), 1, None, False, "ko_pronoun")
    ko = _KO_SINGULAR.search(text, span[0], trigger[0])
    quote = ko and _KO_QUOTE_OPEN.search(text, ko.end(), trigger[0])
    if quote:
        # "탈북자 이모 씨는 “... 공개처형이 있었다”고 말했다": the one who speaks, outside the
        # quotation that tells the happening, is its source (one inside it may be its people)
        ko = _KO_SINGULAR.search(text, quote.end(), trigger[0])
    if ko and _KO_MANY_BEFORE.search(text, max(span[0], ko.start() - 12), ko.start()):
        ko = None  # "다수의 북한 주민이", "여러 간부를": many, not one
    if ko is None:
        ko = _KO_KIN.search(text, span[0], trigger[0])
        if ko and _KO_JOINED_BEFORE.search(text, max(span[0], ko.start() - 12), ko.start()):
            ko = None  # "남성과 그의 아내가", "아내와 아들, 딸은": one of those joined
    if ko:
        return CountMention(ko.start(), ko.end(), ko.group(), 1, None, False, "ko_singular")
    if event_type in PERSON_OBJECT_TYPES and is_hangul(text[trigger[0] : trigger[1]]):
        named = korean_named(text, span, trigger)
        if named:
            return named
    pronoun = _sentence_pronoun().match(text, span[0], trigger[0])
    if pronoun is None:  # "The 40-year-old former soldier, whose name was withheld, was held"
        pronoun = _described_subject().match(text, span[0], trigger[0])
        if pronoun and not _PASSIVE_AUX.search(text, pronoun.end(), trigger[1]):
            pronoun = None
    if pronoun is None:  # "Officials said the unidentified man was apprehended"
        told = _TOLD_THAT.search(text, span[0], trigger[0])
        pronoun = _described_subject().match(text, told.end()) if told else None
        if pronoun and not _PASSIVE_AUX.search(text, pronoun.end(), trigger[1]):
            pronoun = None
    if pronoun and trigger[0] - pronoun.end() <= 80:  # the subject of this verb
        return CountMention(span[0], pronoun.end(), pronoun.group(), 1, None, False, "pronoun")
    before = text[span[0] : trigger[1]]  # the trigger may hold the verb ("was caught")
    matches = list(_SINGULAR_SUBJECT.finditer(before))
    match = matches[-1] if matches else None
    if match is None:
        return escaper(text, span, trigger) if event_type == "escape" else None
    gap = trigger[0] - (span[0] + match.end())
    stop = trigger[0] + 4 if text.startswith("and ", trigger[0]) else trigger[0]  # "and dragged"
    if gap > 30 and not (gap <= 90 and _SAME_SUBJECT.fullmatch(text, span[0] + match.end(), stop)):
        return None
    if _AMONG.match(text, span[0] + match.end(), trigger[0]):
        return None  # "Ri was among those arrested": one of a count told elsewhere
    start = span[0] + match.start()
    return CountMention(
        start, span[0] + match.end(), match.group(), 1, None, False, "singular_subject"
    )


# One who fled is the subject of the verb, not its object: "he escaped to China", "Park first
# fled", "the soldier who defected on Monday"
_ESCAPER_EN = re.compile(
    r"(?:\b(?:he|she|He|She)|(?<![.\w])(?!(?:The|They|It|This|That|These|Those|Many|Some|Others|"
    r"North|South|Most|Few|All|Both|Families|People|After|Before|When|While|Since|Then|Later|"
    r"Also|But|And|Once|If|As|Having|Upon|Without|Instead|Even|Just)\b)[A-Z][a-z]+)"
    r"(?:\s+(?:first|later|finally|then|eventually|successfully|also|had|has|once|again))*\s+$"
)


@cache
def _who_fled() -> re.Pattern[str]:
    """ "The North Korean soldier who defected": one person described, then "who"."""
    nouns = "|".join(sorted(number_words().singular | set(_SENTENCE_PRONOUN_NOUNS.split("|"))))
    return re.compile(
        rf"(?:\b[Tt]he|\b[Aa]n?) (?:[\w-]+ ){{0,3}}?(?:{nouns}),? who"
        r"(?:\s+(?:had|has|first|later))?\s+$"
    )


def escaper(text: str, span: Span, trigger: Span) -> CountMention | None:
    """The one person who fled, the subject of an escape word told in the active voice."""
    if is_hangul(text[trigger[0] : trigger[1]]):
        return None  # "그가 ... 건너갔다" is often no flight ("중국이 국경을 넘어 발전했다")
    start = max(span[0], trigger[0] - 80)
    hit = _ESCAPER_EN.search(text, start, trigger[0]) or _who_fled().search(text, start, trigger[0])
    if hit is None or _JOINED.search(text, max(span[0], hit.start() - 60), hit.start()):
        return None  # "Choi and her uncle Kang crossed": two, joined
    return CountMention(hit.start(), hit.end(), hit.group(), 1, None, False, "singular_subject")


_JOINED = re.compile(r"\band\b(?![^,]*,)")


# "he was fired from all posts at a meeting and dragged away": verbs of one subject joined by
# "and", with no other subject or clause between
_SAME_SUBJECT = re.compile(
    r"(?![^;:]*(?:[,;:]\s+(?:he|she|they|it|the|a|an|his|her|their)\b|\band\s+(?:he|she|they|"
    r"it|the|a|an|his|her|their)\b|\b(?:who|which|that|whom)\b))[^;:]*\band\s+(?:was\s+|then\s+"
    r"|later\s+)?$"
)


# A headline or timeline entry that names one person before a bare participle ("Defence
# minister Ri Chol (pictured) executed", "2014: Tourist from Ohio detained"): that person.
_HEADLINE_LEAD = re.compile(r"[“\"]?(?:(?:\d{4}|[A-Z][a-z]{2}\.? \d{1,2})\s*[:–—-]\s*)?")
_HEADLINE_END = re.compile(r"\s*(?:\([^()]{1,24}\)\s*)?$")
_NO_OBJECT = re.compile(
    r"\s*(?:$|[,.;:!?(]|(?:in|on|at|for|by|after|over|near|as|amid|while|using|with|without|"
    r"during|under|following|before)\b)"
)
_NAME_HEAD = re.compile(r"(?:[A-Z][a-z]+(?: [A-Z][a-z]+|-[A-Za-z][a-z]*){1,2})$")
_FINITE = re.compile(r"\b(?:was|were|is|are|has|have|had|will|would)\b")
_POSTMODIFIER = re.compile(r"\s+(?:from|of|in|at|with)\s.*$")
_PLURAL_WORDS = re.compile(r"(?i)\b(?:and|with|their|two|three|four|five|several|many|dozens)\b")


def headline_subject(ctx: DocContext, span: Span, trigger: Span) -> CountMention | None:
    """One person named before a bare participle that opens its line, with no object after."""
    text = ctx.text
    word = text[trigger[0] : trigger[1]]
    if not word.endswith("ed") or " " in word or not _NO_OBJECT.match(text, trigger[1]):
        return None
    if _FINITE.search(text, trigger[1], span[1]):
        return None  # "A pastor arrested in May was sentenced": a participle of the subject
    lead = _HEADLINE_LEAD.match(text, span[0], trigger[0])
    start = lead.end() if lead else span[0]
    subject = _HEADLINE_END.sub("", text[start : trigger[0]])
    if not subject or len(subject) > 70 or _PLURAL_WORDS.search(subject):
        return None
    head = _POSTMODIFIER.sub("", subject)  # "teacher from Ohio": the teacher
    if head.split()[-1].lower().rstrip(",") in number_words().singular:
        return CountMention(start, start + len(subject), subject, 1, None, False, "headline")
    if _NAME_HEAD.search(head) is None or not head[0].isupper():
        return None
    if any(start <= p.start < start + len(head) for p in ctx.places_in(span)):
        return None  # "North Korea executed": a country, not a person
    return CountMention(start, start + len(subject), subject, 1, None, False, "headline")


def outermost(counts: Iterable[CountMention]) -> list[CountMention]:
    """ "Four foreigners and one Chinese national": the sum, not its parts."""
    found = list(counts)
    return [
        c for c in found
        if not any(o is not c and o.start <= c.start and c.end <= o.end for o in found)
    ]  # fmt: skip
