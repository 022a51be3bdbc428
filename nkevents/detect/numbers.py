"""Find counts of people (English and Korean numerals, number words, counters) in a text."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

import ahocorasick

from nkevents.vocabulary import load_data


@dataclass(slots=True, frozen=True)
class CountMention:
    """A number of people: where it is, its value and the noun it counts."""

    start: int
    end: int
    text: str
    value: int
    head: str | None  # the noun counted ("criminals", "North Koreans", "남성"), lower case
    approximate: bool  # "about 80", "20여 명", "at least 23", "dozens"
    rule: str
    audience: bool = False  # the people made to watch, never the people an event concerns


@dataclass(slots=True, frozen=True)
class Lexicon:
    """The number words of data/numbers.yaml as lookups."""

    raw: dict[str, Any]
    values: dict[str, int]  # one..nineteen, twenty..ninety
    scales: dict[str, int]
    people: frozenset[str]
    singular: frozenset[str]
    modifiers: frozenset[str]
    adjectives: frozenset[str]  # modifiers that are not function words ("young", "elderly")
    audience_heads: frozenset[str]
    ko_not_people_after: tuple[str, ...]  # Korean: the audience's or a crime's victims' words
    nationals: frozenset[str]  # "a North Korean", "an Indonesian": one person when no noun follows


FUNCTION_WORDS = frozenset(
    ["of", "the", "those", "these", "its", "their", "his", "her", "and", "number"]
)


@cache
def lexicon() -> Lexicon:
    """The number words, loaded once."""
    raw = load_data("numbers.yaml")
    lower = lambda items: frozenset(str(i).lower() for i in items)  # noqa: E731
    return Lexicon(
        raw=raw,
        values={**raw["units"], **raw["tens"]},
        scales={**raw["scales"], "dozen": raw["dozen"]},
        people=lower(raw["people"]),
        singular=lower(raw["singular"]),
        modifiers=lower(raw["modifiers"]),
        adjectives=lower(raw["modifiers"]) - FUNCTION_WORDS,
        audience_heads=lower(raw["audience_heads"]) | lower(raw["korean"]["audience_heads"]),
        ko_not_people_after=tuple(raw["korean"]["audience_after"])
        + tuple(raw["korean"]["victim_after"]),
        nationals=lower(raw["nationals"]),
    )


def alt(items: Any) -> str:
    """A regex alternation of words, longest first."""
    return "|".join(re.escape(str(w)) for w in sorted(items, key=len, reverse=True))


# --- numbers ----------------------------------------------------------------------------


KOREAN_NUMBER = re.compile(r"[\d\s\uac00-\ud7a3]+")
WORD_SPLIT = re.compile(r"[\s-]+")
DECIMAL = re.compile(r"\d+(?:\.\d+)?")


def parse_number(words: str) -> int | None:
    """ "thirty-six" -> 36, "1,200" -> 1200, "a dozen" -> 12, "2 million", "스무" -> 20, "3만"."""
    text = " ".join(words.strip().lower().replace(",", "").split())
    if not text:
        return None
    if text.isdigit():
        return int(text)
    if KOREAN_NUMBER.fullmatch(text):
        return parse_korean(text.replace(" ", ""))
    return parse_english(text)


def parse_english(text: str) -> int | None:
    """Number words ("one hundred and twenty", "two dozen", "1.5 million") as an int."""
    if text in ("a couple", "a pair"):
        return 2
    if text.startswith("half "):  # "half a dozen"
        whole = parse_english(text[5:])
        return whole // 2 if whole else None
    lex, total, current, previous = lexicon(), 0.0, 0.0, ""
    for token in WORD_SPLIT.split(text):
        if token == "and" and previous not in ("hundred", "thousand", "million"):
            return None  # "six and seven" is two numbers
        previous = token
        if token in ("and", "a", "an"):
            current = current if token == "and" else current or 1
        elif DECIMAL.fullmatch(token):
            current += float(token)
        elif token in lex.values:
            current += lex.values[token]
        elif token in ("hundred", "dozen"):
            current = (current or 1) * lex.scales[token]
        elif token in lex.scales:
            total, current = total + (current or 1) * lex.scales[token], 0
        else:
            return None
    return int(total + current)


def parse_korean(text: str) -> int | None:
    """Korean numerals: native (스무, 스물세), Sino-Korean (삼십) or digits with scales (3만)."""
    korean = lexicon().raw["korean"]
    native = korean["native"]
    if text in native:
        return int(native[text])
    for tens in ("스물", "서른", "마흔", "쉰", "예순", "일흔", "여든", "아흔", "열"):
        if text.startswith(tens) and text[len(tens) :] in native:
            return int(native[tens]) + int(native[text[len(tens) :]])
    total, current = 0, 0
    for number, char in re.findall(r"(\d+)|(\D)", text):
        if number:
            current = int(number)
        elif char in korean["sino"]:
            current = int(korean["sino"][char])
        elif char in korean["scales"]:
            scale = int(korean["scales"][char])
            if scale == 10000:
                total, current = (total + (current or 1)) * scale, 0
            else:
                total, current = total + (current or 1) * scale, 0
        else:
            return None
    return total + current


# --- counts -----------------------------------------------------------------------------


@cache
def number_regex() -> str:
    """A regex (no groups) for a number in digits or English words: "1,200", "thirty-six"."""
    word = alt([*lexicon().values, "hundred", "thousand", "million", "dozen"])
    words = rf"(?:{word})(?:[\s-]+(?:{word}))*"
    hundreds = r"(?:(?<=hundred)|(?<=thousand))\s+and\s+"
    spelled = rf"(?i:(?:an?\s+(?=dozen|hundred|thousand))?{words}(?:{hundreds}{words})?)"
    # "half a dozen" (6), "a couple of", "a pair of" (2)
    two = r"(?i:half\s+a\s+dozen|a\s+(?:couple|pair)(?=\s+of\s))"
    return rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?(?:\s+(?i:million|thousand))?|{two}|{spelled})"


@cache
def english_pattern() -> re.Pattern[str]:
    """One pattern for the English count rules, tried in this order at each position."""
    lex, number = lexicon(), number_regex()
    return re.compile(
        rf"(?P<family>\b(?i:family|group)\s+of\s+"
        rf"(?:(?i:about|around|nearly|almost|some|over|more\s+than|at\s+least|up\s+to)\s+)?"
        rf"(?P<fn>{number})\b)"
        rf"|(?P<member>\b(?P<mn>{number})-(?i:member|strong|person)\s+(?:[a-z-]+\s+){{0,2}}?"
        rf"(?i:family|group|ring|gang|crew|band|team|cell|network|syndicate)\b)"
        rf"|(?P<vague>\b(?P<vn>(?i:{alt(lex.raw['vague'])}|(?:several|a\s+few)\s+(?:hundred|thousand|dozen)))\b)"
        rf"|(?P<number>\b(?P<n>{number})\b(?![-%]|\.\d|:\d))"
        rf"|(?P<singular>\b[Aa]n?\s)"
    )


# A word, a number or a mark; an abbreviation with its points is one word ("a U.S. citizen",
# "two N. Korean soldiers"), not a word and a full stop
TOKEN = re.compile(
    r"\s*((?:[A-Z]\.){2,}|[A-Z]\.(?=\s[A-Z][a-z])|[A-Za-z][\w'’-]*|\d[\d,]*(?:-[A-Za-z][\w'’-]*)?"
    r"|[^\s\w])"
)


def english_head(text: str, pos: int, singular: bool = False) -> tuple[str | None, int]:
    """The person noun a number (or "a"/"an" when `singular`) counts, within a few modifier
    words after `pos`, and where it ends; (None, pos) when there is none."""
    lex = lexicon()
    nouns = lex.singular if singular else lex.people | lex.audience_heads
    modifiers = lex.adjectives if singular else lex.modifiers | lex.values.keys()
    match, limit, previous = TOKEN.match(text, pos), 4 if singular else 7, ""
    while match is not None and limit:
        word, limit, after = match.group(1).lower(), limit - 1, None
        if word in nouns:
            if f"{previous} {word}" in nouns:  # "north koreans"
                return f"{previous} {word}", match.end()
            if not singular and (after := TOKEN.match(text, match.end())) is not None:
                pair = f"{word} {after.group(1).lower()}"
                if pair in nouns:  # "crew members", "north koreans"
                    return pair, after.end()
            return word, match.end()
        if singular and word in lex.nationals and _no_noun_after(text, match.end()):
            return word, match.end()  # "a North Korean and two Japanese", not "a Korean court"
        first = match.group(1)[0]
        # a list of modifiers ("senior army, party and cabinet officials") and an owner
        # ("30 of the minister's aides") stand between a number and its noun
        listed = word == "," and not singular and previous in lex.modifiers
        owner = not singular and word.endswith(("'s", "’s")) and previous in ("the", "his", "her")
        if not (
            word in modifiers or first.isupper() or first.isdigit() or "-" in word[1:]
            or listed or owner
        ):  # fmt: skip
            break
        match, previous = TOKEN.match(text, match.end()), word
    return None, pos


_NOT_NOUNS = frozenset(
    ["and", "or", "who", "was", "were", "is", "has", "had", "with", "in", "from"]
)


def _no_noun_after(text: str, pos: int) -> bool:
    after = TOKEN.match(text, pos)
    if after is None:
        return True
    word = after.group(1)
    return not word[0].isalpha() or word in _NOT_NOUNS or not word[0].islower()


def ends_with_any(text: str, phrases: Any) -> bool:
    """Whether `text` ends with one of the phrases as whole words (any case)."""
    return tail_regex(tuple(phrases)).search(text) is not None


@cache
def tail_regex(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """A regex for "ends with one of these phrases", spaces matching any whitespace."""
    words = "|".join(r"\s+".join(map(re.escape, str(p).split())) for p in phrases)
    return re.compile(rf"(?<![\w])(?:{words})\s*$", re.IGNORECASE)


APPROXIMATE_TAIL = re.compile(
    r"(?:\b(?:about|around|approximately|roughly|some|nearly|almost|over|"
    r"more than|at least|up to|an estimated|several|a few)\s*)+$",
    re.I,
)


RELATIVE_CLAUSE = re.compile(r"^(?:(?:who|that|had|have|were|was)\s+)+")


def _ko_not_people(head: str | None, after: str) -> bool:
    """A Korean count of onlookers ("주민 500명을 모아") or of a crime's victims ("주민 4명을
    살해하고"): never the people an event concerns."""
    return head in lexicon().audience_heads or after.startswith(lexicon().ko_not_people_after)


def english_audience(text: str, start: int, end: int, head: str | None) -> bool:
    """People watching: "herded some 10,000 people", "thousands of residents watched"."""
    raw = lexicon().raw
    if head in lexicon().audience_heads:
        return True
    before = APPROXIMATE_TAIL.sub("", text[max(0, start - 40) : start].rstrip()).rstrip()
    after = text[end : end + 50].lower().lstrip(" ,")
    after = RELATIVE_CLAUSE.sub("", after)
    return ends_with_any(
        before, (*raw["audience_before"], *raw["victim_before"])
    ) or after.startswith(tuple(str(a) for a in raw["audience_after"]))


DIGITS = re.compile(r"[0-9]+")


class KeyFinder:
    """Where rules may start: digit runs and whole-word key words, found with one
    Aho-Corasick pass in C (Python's regex engine is slow at many alternatives), so the
    full rules run only at these keys."""

    def __init__(self, words: Any, digits: bool = True) -> None:
        self.digits = digits
        self.automaton = ahocorasick.Automaton()
        for word in words:
            self.automaton.add_word(str(word), str(word))
        self.automaton.make_automaton()

    def keys(self, text: str) -> list[tuple[int, str]]:
        """(start, key) in text order; a digit run's key is its first digit."""
        found = {m.start(): "0" for m in DIGITS.finditer(text)} if self.digits else {}
        for last, word in self.automaton.iter_long(text):
            found.setdefault(last + 1 - len(word), word)
        return [
            (start, word)
            for start, word in sorted(found.items())
            if not (start and text[start - 1].isascii() and text[start - 1].isalnum())
        ]


def number_words() -> list[str]:
    """The English number words (one ... ninety, hundred, thousand, million, dozen)."""
    lex = lexicon()
    return [*lex.values, *lex.scales]


@cache
def english_keys() -> KeyFinder:
    """Where an English count can start: digits, number words, "a "/"an ", "dozens", "family"."""
    lex = lexicon()
    words = [*lex.values, *lex.scales, *lex.raw["vague"], "several", "family", "group", "a ", "an "]
    words += ["half "]  # "half a dozen"
    return KeyFinder({v for w in words for v in (str(w), str(w).title())} - {"tens of thousands"})


def english_counts(text: str) -> list[CountMention]:
    """The English count rules at each key of the text."""
    found, pattern, covered = [], english_pattern(), 0
    for at, _ in english_keys().keys(text):
        if at < covered:
            continue
        match = pattern.match(text, at)
        if match is None:
            continue
        covered = match.end()
        mention = english_mention(text, match)
        if mention is not None:
            found.append(mention)
    return found


def english_mention(text: str, match: re.Match[str]) -> CountMention | None:
    """One English match as a count of people, or None when it counts something else."""
    rule = match.lastgroup or "number"
    if rule == "singular":
        head, end = english_head(text, match.end(), singular=True)
        if head is None or SPEAKER.match(text, end):
            return None  # "an official said": who speaks is no one the event was done to
        if head in lexicon().raw["pair_heads"]:  # "a married couple": two, a number
            if text.startswith(" of", end):
                return None  # "a couple of": counted by the number rule
            return CountMention(match.start(), end, text[match.start() : end], 2, head, False,
                                "number")  # fmt: skip
        return CountMention(match.start(), end, text[match.start() : end], 1, head, False, rule)
    if rule == "member":  # "a seven-member family", "a 12-strong smuggling ring"
        value = parse_number(match.group("mn"))
        if not value:
            return None
        end = match.end()
        return CountMention(match.start(), end, text[match.start() : end], value, "family",
                            False, "family")  # fmt: skip
    raw = match.group({"family": "fn", "vague": "vn", "number": "n"}[rule])
    start, before = match.start(), text[max(0, match.start() - 24) : match.start()]
    if before.rstrip().endswith(("No.", "No", "$", "#", "Article")):
        return None
    if rule == "number" and raw.isdigit() and _MONTH_BEFORE.search(before):
        return None  # "March 6 Bangladesh's customs officers": a day, not a count
    if rule == "number" and raw.isdigit() and _MONTH_AFTER.match(text, match.end()):
        return None  # "on 3 May and its passengers": a day, not a count
    if rule == "number" and len(raw) == 4 and raw[:2] in ("19", "20") and raw.isdigit():
        return None  # a year, not a count
    if rule == "family":  # "a family of four", "the group of 42" (of 42 people: a number)
        head, end = match.group().split()[0].lower(), match.end()
        noun, after = english_head(text, match.end())
        if head == "group" and noun is not None:
            rule, start, head, end = "number", match.start("fn"), noun, after
    else:
        head, end = english_head(text, match.end())
    if head is None:
        of_them = OF_THEM.match(text, match.end()) if rule == "number" else None
        if of_them and SPEAKER.match(text, of_them.end()):
            return None  # "two of them told reporters"
        if of_them and (parse_number(raw) or 0) > 1:  # "two of them were shot" ("one of
            # them" is as often a boat or a speaker as a person)
            rule, head, end = "bare", "people", of_them.end()
        elif rule == "number" and bare_subject(text, match.start(), match.end()):
            rule, head, end = "bare", "people", match.end()  # "Five were shot dead"
        elif not (
            before.lower().endswith(BARE_BEFORE)
            and (
                BARE_VERB.match(text, match.end())
                or (BARE_OBJECT.search(before) and BARE_AFTER_OBJECT.match(text, match.end()))
            )
        ) and not (
            # "Police arrested two after a gunfight": a bare number right after the verb
            rule == "number"
            and BARE_DIRECT_OBJECT.search(before)
            and BARE_AFTER_OBJECT.match(text, match.end())
        ):
            return None
        else:
            rule, head, end = "bare", "people", match.end()  # "the six were": six people
    elif SPEAKER.match(text, end):
        return None  # "two officials told reporters"
    value = count_value(raw, rule)
    if not value:
        return None
    if head in lexicon().raw["pair_heads"]:
        value *= 2  # "two couples": four people
    approximate = rule == "vague" or ends_with_any(before, lexicon().raw["approximate"])
    if match.lastgroup == "family":  # "a group of nearly ten"
        told = text[match.start() : match.start("fn")]
        approximate = approximate or ends_with_any(told, lexicon().raw["approximate"])
    audience = english_audience(text, start, end, head)
    return CountMention(start, end, text[start:end], value, head, approximate, rule, audience)


_MONTH_BEFORE = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s*$|\b(?:January|February|March|"
    r"April|May|June|July|August|September|October|November|December)\s*$"
)


_MONTH_AFTER = re.compile(
    r"\s+(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b\.?|\s+(?:January|February|March|"
    r"April|May|June|July|August|September|October|November|December)\b"
)


def count_value(raw: str, rule: str) -> int | None:
    """The value of a number ("thirty-six") or a vague plural ("dozens" -> 12)."""
    if rule != "vague":
        return parse_number(raw)
    value = lexicon().raw["vague"].get(raw.lower())
    return int(value) if value is not None else parse_number(raw.split()[-1])


# "the six were", "the two illegally crossed", "all 12 were": a number that stands for people
BARE_BEFORE = ("the ", "all ", "all the ", "both ", "the other ", "the remaining ")
# "Police arrested the three in Hyesan", "executed all four on Monday": a bare number as the
# object of an event verb
BARE_OBJECT = re.compile(
    r"(?i)\b(?:arrested|detained|caught|executed|shot|sentenced|tried|held|deported|"
    r"repatriated|sent|jailed|released)\s+(?:the|all|all the|both)\s+$"
)
BARE_DIRECT_OBJECT = re.compile(
    r"(?i)\b(?:arrest(?:ed|s)?|detain(?:ed|s)?|caught|catches|execute[ds]|jail(?:ed|s)?|"
    r"apprehend(?:ed|s)?|nab(?:bed|s)|capture[ds])\s+$"  # "North Korea executes 3 over"
)
BARE_AFTER_OBJECT = re.compile(
    r"\s*(?:$|[,.;:]|(?:in|on|at|to|for|after|near|last|this|over|with|without|and)\b)"
)
BARE_VERB = re.compile(
    r"(?:\s+(?:[a-z]+ly\s+)?|,\s+(?=who\b))(?:were|are|was|have|had|who|will|would|received|"
    r"crossed|fled|"
    r"escaped|defected|returned|tried|attempted)\b"
)
# "two of them", "three of those": a part of the people told before, counted
OF_THEM = re.compile(r"\s+of\s+(?:them|those|these|whom)\b(?!\s+(?:who|that)\b)")

# A number that opens its clause and is the subject of a passive verb ("Five were shot dead
# and two were wounded", "In May, two were arrested", "Four more were caught"): that many.
BARE_CLAUSE = re.compile(r"(?:[.;:!?]\s*|,\s*|\b(?:and|but|while|whereas|then)\s+)$")
BARE_PASSIVE = re.compile(
    r"(?:\s+more)?\s+(?:[a-z]+ly\s+)?(?:were|had been|have been|are being|were later|were then)\s+"
    r"(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|wn|ght|ot|eld|ent|ung)\b"
)


# A headline's bare number before a participle: "3 executed for smuggling", "Five arrested"
BARE_HEADLINE = re.compile(
    r"\s+(?:publicly\s+|secretly\s+)?(?:executed|arrested|detained|caught|shot|sentenced|jailed|"
    r"repatriated|deported|nabbed|held|killed)\b(?!\s+(?:by|the|a|an|his|her|their)\b)"
)


def bare_subject(text: str, start: int, end: int) -> bool:
    """Whether a bare number opens its clause as the subject of a passive verb (or opens a
    headline before a participle)."""
    at_start = start == 0 or text[start - 1] == "\n"
    if at_start and BARE_HEADLINE.match(text, end):
        return True
    return bool(
        (at_start or BARE_CLAUSE.search(text, max(0, start - 12), start))
        and BARE_PASSIVE.match(text, end)
    )


# A verb of saying right after a count: the speakers, not the people of the event.
SPEAKER = re.compile(
    r"(?:,\s*)?\s+(?:said|says|told|added|noted|explained|reported|confirmed|claimed|"
    r"recalled|stated)\b"
)


# --- Korean -----------------------------------------------------------------------------


@cache
def korean_pattern() -> re.Pattern[str]:
    """Numerals (digits, 천/만 scales, native words) before the counter 명."""
    ko = lexicon().raw["korean"]
    native = alt(ko["native"])
    counters = alt(ko["counters"])
    return re.compile(
        rf"(?<![\w,])(?P<n>\d{{1,3}}(?:,\d{{3}})+|\d+(?:\s?[천만]\s?\d*)*|(?:{native})+)"
        rf"\s?(?P<q>여)?\s?(?:{counters})(?!{alt(ko['not_counter_after'])})"
    )


def korean_matches(text: str) -> list[re.Match[str]]:
    """The Korean pattern tried only just before each counter (a fast literal search)."""
    counters, pattern, found = lexicon().raw["korean"]["counters"], korean_pattern(), []
    for counter in re.finditer("|".join(map(re.escape, counters)), text):
        end = counter.end()
        window = pattern.finditer(text, max(0, counter.start() - 16), end + 1)
        found += [m for m in window if m.end() == end]
    return found


HANGUL = re.compile(r"[\uac00-\ud7a3]")
HANGUL_WORD = re.compile(r"([\uac00-\ud7a3]+)\s*$")


def korean_head(text: str, start: int, end: int) -> str | None:
    """The noun before a Korean count ("남성 7명", "탈북민 약 600명") or after it ("10명의 X")."""
    ko = lexicon().raw["korean"]
    before = text[max(0, start - 20) : start].rstrip()
    for word in ko["approximate_before"]:
        before = before.removesuffix(word).rstrip()
    match = HANGUL_WORD.search(before)
    particles = tuple(ko["particles"])
    if match and match.group(1) not in ko["not_heads"] and not match.group(1).endswith(particles):
        return match.group(1)
    after = re.match(r"의\s*([\uac00-\ud7a3]+)", text[end : end + 20])
    if after:
        word = after.group(1)
        ends = (*particles, "이", "가")
        return next((word[: -len(p)] for p in ends if word.endswith(p) and len(word) > 2), word)
    return None


_RANGE_BEFORE = re.compile(r"\d\s?[~∼〜～-]\s?$")


def korean_counts(text: str) -> list[CountMention]:
    """Korean counts of people: "13명", "20여 명" (approximate), "다섯 명", "약 150명"."""
    ko, found = lexicon().raw["korean"], []
    for match in korean_matches(text):
        value = parse_number(match.group("n"))
        if not value:
            continue
        start, end = match.start(), match.end()
        before, after = text[max(0, start - 8) : start].rstrip(), text[end : end + 12]
        approximate = bool(match.group("q")) or before.endswith(tuple(ko["approximate_before"]))
        approximate = approximate or after.lstrip().startswith(tuple(ko["approximate_after"]))
        approximate = approximate or bool(_RANGE_BEFORE.search(before))  # "5∼6명": a range
        head = korean_head(text, start, end)
        audience = _ko_not_people(head, after)
        found.append(
            CountMention(
                start, end, text[start:end], value, head, approximate, "ko_counter", audience
            )
        )
    return found


# "지배인이 간부 3명과 함께 총살됐다": the three and the subject named before them
KO_TOGETHER = re.compile(r"\s*(?:과|와)\s*함께")
KO_SUBJECT_BEFORE = re.compile(r"[\uac00-\ud7a3](?:이|가|은|는)\s[^.,;“”\"]{0,30}$")


# "박모씨와 그의 동료 2명이", "김씨와 일행 3명": one person, then companions counted
KO_ONE_AND = re.compile(
    r"(?:씨|[\uac00-\ud7a3]모씨|남성|여성|남자|여자)(?:와|과)\s?(?:그의\s?|그\s|그녀의\s?)?"
    r"(?:동료|일행|공범|자녀|아들|딸|친구|부하|가족|동생|형제)\s?(?:들\s?)?$"
)

# "김모씨 외 3명", "간부 박씨 외에 동료 2명": one person and so many besides them
KO_ONE_BESIDES = re.compile(
    r"(?:씨|남성|여성|남자|여자|간부|군인|병사|상인|밀수꾼|브로커|선장)\s?(?:\([^()]{1,8}\)\s?)?"
    r"외(?:에)?\s?(?:[\uac00-\ud7a3]{1,4}\s?)?$"
)

# "부부와 자녀 2명": a couple, then their children counted
KO_PAIR_AND = re.compile(
    r"(?<![\uac00-\ud7a3])부부(?:와|과)\s?(?:그\s|그들의\s?)?(?:자녀|아들|딸|자식|아이)\s?(?:들\s?)?$"
)


@cache
def korean_groups_pattern() -> re.Pattern[str]:
    """Korean counts not told with 명: couples ("부부 두 쌍", "두 쌍의 부부": twice the number),
    families and gangs by their size ("4인 가족", "3인조"), vague tens ("수십 명")."""
    ko = lexicon().raw["korean"]
    n = rf"(?:\d{{1,3}}|{alt(ko['native'])})"
    return re.compile(
        rf"(?P<pair>부부\s?(?P<pa>{n})\s?쌍|(?P<pb>{n})\s?쌍의\s?부부)"
        rf"|(?P<size>(?<![\d\w])(?P<sn>\d{{1,2}}|{alt(ko['native'])})\s?인\s?(?:가족|조|일가))"
        rf"|(?P<vague>(?P<vn>{alt(ko['vague'])})\s?(?P<vq>여)?\s?명)"
        # "삼남매", "3형제": siblings counted by a number joined to the noun (not 사형제, the
        # death penalty system)
        rf"|(?P<sib>(?<![가-힣\d])(?P<sibn>[2-9]|[삼오육칠팔])\s?(?P<sibh>남매|형제|자매)"
        rf"(?:가|이|는|은|를|을|도|와|과|의)?(?=\s))"
        # ("밀수를 한 상인": 한 is the verb's "who did", after its object, not one)
        rf"|(?P<native>(?<![가-힣])(?<![을를]\s)(?P<nn>{alt(ko['native'])})\s(?P<nh>{alt(ko['counted_nouns'])})"
        rf"(?:들)?(?:이|가|은|는|을|를|도|와|과)?(?=\s))"
    )


def korean_groups(text: str) -> list[CountMention]:
    """The counts of `korean_groups_pattern` in the text."""
    ko, found = lexicon().raw["korean"], []
    for m in korean_groups_pattern().finditer(text):
        head: str | None
        if m.lastgroup == "pair":
            value = (parse_number(m.group("pa") or m.group("pb")) or 0) * 2
            head, approximate, rule = "부부", False, "ko_pairs"
        elif m.lastgroup == "sib":  # "삼남매가", "3형제를"
            value = parse_number(m.group("sibn")) or 0
            head, approximate, rule = m.group("sibh"), False, "ko_native"
        elif m.lastgroup == "native":  # "두 형제가", "세 자매를"
            value = parse_number(m.group("nn")) or 0
            head, approximate, rule = m.group("nh"), False, "ko_native"
        elif m.lastgroup == "size":
            value = parse_number(m.group("sn")) or 0
            head, approximate, rule = "가족", False, "ko_family"
        else:
            value = int(ko["vague"][m.group("vn")])
            head, approximate, rule = korean_head(text, m.start(), m.end()), True, "ko_vague"
        after = text[m.end() : m.end() + 12]
        audience = _ko_not_people(head, after)
        if value:
            found.append(
                CountMention(
                    m.start(), m.end(), m.group(), value, head, approximate, rule, audience
                )
            )
    return found


def korean_with_others(found: list[CountMention], text: str) -> list[CountMention]:
    """ "그는 동료 2명과 함께 체포됐다", "박씨와 그의 동료 2명이", "김모씨 외 2명": the
    companions and the one person, three people; "부부와 자녀 2명": four."""
    out = []
    for c in found:
        companions = KO_ONE_AND.search(text, max(0, c.start - 24), c.start) or (
            KO_TOGETHER.match(text, c.end)
            and KO_SUBJECT_BEFORE.search(text, max(0, c.start - 40), c.start)
        )
        if not c.audience and KO_PAIR_AND.search(text, max(0, c.start - 16), c.start):
            c = replace(c, value=c.value + 2, rule="ko_and_others")
        elif not c.audience and (
            companions or KO_ONE_BESIDES.search(text, max(0, c.start - 24), c.start)
        ):
            c = replace(c, value=c.value + 1, rule="ko_and_others")
        out.append(c)
    return out


# --- sums and the entry point -----------------------------------------------------------

# "a trader and two others", "Kim along with four other officials": the others and the one
OTHERS_BEFORE = re.compile(
    r"(?i)\b(?:and|(?:along|together)\s+with|with)\s+$|\b(?:along|together)\s+with\s+(?:his|her)\s+$"
)
OTHERS = re.compile(r"(?i)\bothers?\b|\bof (?:his|her|their)\b")  # "three of his deputies"
# "Ri Chol and four accomplices": a person named by a name of two or three words, then a count
NAMED_AND = re.compile(
    r"(?<![\w.])(?!(?:The|North|South|In|On|At|By|For|Of|From)\b)[A-Z][a-z]+"
    r"(?:[ -][A-Z][a-z]+|-[a-z]+){1,2}(?:,\s*\d{1,2})?,?\s+(?:and|along\s+with|together\s+with)"
    r"\s+$"
)
# "shot along with three of his deputies": the one and the three
ALONG_WITH = re.compile(r"(?i)\b(?:along|together)\s+with\s+(?:(?:his|her)\s+)?$")


@cache
def one_and_theirs() -> re.Pattern[str]:
    """ "the woman and her three children", "The head and seven employees of a firm": one
    person named by "the" and a singular noun before the others counted ("a woman", a count
    of its own, is summed with them)."""
    nouns = alt(lexicon().singular)
    return re.compile(
        rf"(?i)\bthe\s+(?:[\w'’-]+\s+){{0,2}}?(?:{nouns})\s+and\s+(?:(?:his|her|its|their)\s+)?$"
    )


def with_others(found: list[CountMention], text: str) -> list[CountMention]:
    """ "X and N others" counts N + 1 when X is no count of its own (a name, "a business
    executive"); after a count ("five men and two others") the sum adds them up instead."""
    out = []
    for i, c in enumerate(found):
        along = ALONG_WITH.search(text, max(0, c.start - 20), c.start)
        named = NAMED_AND.search(text, max(0, c.start - 44), c.start)
        counted_noun = c.head is not None and c.rule == "number"
        if counted_noun and one_and_theirs().search(text, max(0, c.start - 60), c.start):
            c = replace(c, value=c.value + 1, rule="and_others")
        elif counted_noun and (OTHERS.search(c.text) or along or named):
            joiner = OTHERS_BEFORE.search(text, max(0, c.start - 20), c.start)
            prev = found[i - 1] if i else None
            counted = prev is not None and JOINED.fullmatch(text[prev.end : c.start]) is not None
            if joiner and not counted:
                c = replace(c, value=c.value + 1, rule="and_others")
                if (
                    prev is not None
                    and prev.value == 1
                    and ALONG_GAP.fullmatch(text, prev.end, c.start)
                ):  # "a mine worker along with four others": one count over both
                    c = replace(c, start=prev.start, text=text[prev.start : c.end])
        out.append(c)
    return out


# The words between one person counted and the others joined to them
ALONG_GAP = re.compile(r"(?i),?\s+(?:along|together)\s+with\s+")


JOINED = re.compile(
    r"\s*(?:,\s*)?(?:and|as well as|plus|과|와|및|,)\s*(?:(?:his|her|their)\s+)?"  # "and her"
    r"(?:(?:[\uac00-\ud7a3]{1,4}\s+)?([\uac00-\ud7a3]{1,6})\s*)?$"  # "3명, 여성 주민 4명"
)


def sums(found: list[CountMention], text: str) -> list[CountMention]:
    """ "seven men and two women" (9), "남성 7명과 여성 2명" (9): two joined counts added up;
    a longer list ("two brokers, a driver and four defectors", 7) gives its total too."""
    extra: list[CountMention] = []
    runs: list[list[CountMention]] = []
    for a, b in zip(found, found[1:], strict=False):
        vague = a.rule.endswith("vague") or b.rule.endswith("vague")
        if a.audience or b.audience or a.end > b.start or vague:
            continue
        joined = JOINED.fullmatch(text[a.end : b.start])
        between = joined.group(1) if joined else None
        if between and between.endswith(tuple(lexicon().raw["korean"]["particles"])):
            continue  # "대홍단군에서 5명, 함경북도에서 5명": two places, not one group
        if joined and (a.head or a.rule == "ko_counter"):
            extra.append(_total([a, b], text))
            if runs and runs[-1][-1] is a:
                runs[-1].append(b)
            else:
                runs.append([a, b])
    breakdowns = [run for run in runs if _breakdown(run, text)]
    if breakdowns:  # "nine people, six men and three women": nine, told and then broken down
        heads = {id(run[0]) for run in breakdowns}
        extra = [e for e in extra if not any(e.start == run[0].start for run in breakdowns)]
        runs = [run for run in runs if id(run[0]) not in heads]
        extra += [replace(_total(run, text), value=run[0].value) for run in breakdowns]
    return extra + [_total(run, text) for run in runs if len(run) > 2]


_BREAKDOWN_JOINT = re.compile(r"\s*[,(:—–-]\s*")


def _breakdown(run: list[CountMention], text: str) -> bool:
    """Whether a run opens on a count that the counts after it, set off by a comma or a
    dash, break down ("nine people, six men and three women")."""
    return (
        len(run) > 2
        and _BREAKDOWN_JOINT.fullmatch(text, run[0].end, run[1].start) is not None
        and run[0].value == sum(c.value for c in run[1:])
        # the whole named generally, or the parts by sex or age ("three miners, a driver
        # and two guards" are six)
        and (
            (run[0].head or "") in _GENERAL_HEADS
            or all((c.head or "") in _SEX_AGE_HEADS for c in run[1:])
        )
    )


_GENERAL_HEADS = frozenset(["people", "persons", "individuals", "north koreans", "명", "사람"])
_SEX_AGE_HEADS = frozenset(
    ["men", "women", "man", "woman", "boys", "girls", "boy", "girl", "children", "child",
     "adults", "minors", "teenagers", "남성", "여성", "남자", "여자", "어린이", "아이"]
)  # fmt: skip


def _total(counts: list[CountMention], text: str) -> CountMention:
    """One count over joined counts, from the first one's start to the last one's end."""
    start, end = counts[0].start, counts[-1].end
    head = " and ".join(c.head for c in counts if c.head) or None
    approximate = any(c.approximate for c in counts)
    value = sum(c.value for c in counts)
    return CountMention(start, end, text[start:end], value, head, approximate, "sum")


@cache
def korean_singular() -> re.Pattern[str]:
    """ "20대 청년", "한 남성": one person, marked by an age decade or the numeral 한 (not an
    owner, "한 주민의 집에 모여": whose house, not who; not the last syllable of 북한)."""
    nouns = alt(lexicon().raw["korean"]["singular"])
    # the numeral stands alone: not the end of 북한, 남한 ("북한 주민이" counts no one)
    return re.compile(rf"(?:[1-9]0대\s*|(?<![가-힣])한\s+)(?P<h>{nouns})(?!들|의)")


def korean_singulars(text: str) -> list[CountMention]:
    """The ko_singular rule over the text."""
    return [
        CountMention(m.start(), m.end(), m.group(), 1, m.group("h"), False, "ko_singular")
        for m in korean_singular().finditer(text)
        if not (m.start() and text[m.start() - 1].isdigit())
    ]


@cache
def kin_pattern() -> re.Pattern[str]:
    """Two or more relatives named one by one: "his wife, son and daughter", "아내와 아들, 딸"."""
    kin = rf"(?:{_KIN_SOME}|{alt(lexicon().raw['kin'])})"
    joint = r"(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*(?:와|과|,)\s*)(?:(?:his|her|their)\s+)?"
    return re.compile(rf"{kin}(?:{joint}{kin})+(?![A-Za-z])")


# "two children", "three sons": relatives counted within an enumeration
_KIN_SOME = (
    r"(?:two|three|four|five|six|[2-9])\s+(?:children|sons|daughters|brothers|sisters|"
    r"grandchildren|relatives)"
)


@cache
def kin_keys() -> KeyFinder:
    return KeyFinder(lexicon().raw["kin"], digits=False)


def _small_number(word: str) -> int:
    words = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
    return int(word) if word.isdigit() else words[word.lower()]


def kin_counts(text: str) -> list[CountMention]:
    """The `kin` rule: the number of relatives an enumeration names."""
    table, found, covered = lexicon().raw["kin"], [], 0
    for at, _ in kin_keys().keys(text):
        match = kin_pattern().match(text, at) if at >= covered else None
        if match is None or (at and text[at - 1].isalpha() and text[at].isascii()):
            continue
        covered = match.end()
        some = list(re.finditer(_KIN_SOME, match.group()))
        rest = re.sub(_KIN_SOME, " ", match.group())
        value = sum(int(table[n]) for n in re.findall(alt(table), rest))
        value += sum(_small_number(m.group().split()[0]) for m in some)
        found.append(
            CountMention(match.start(), match.end(), match.group(), value, "family", False, "kin")
        )
    return found


def find_counts(text: str, language: str | None = None) -> list[CountMention]:
    """Every count of people in `text`, in text order (sums of joined counts included).

    English: digits and number words before a person noun ("36 criminals", "Fifty-five
    people", "four of 31 North Koreans"), "a North Korean soldier" (rule `singular`, 1),
    "family of four", "the six were" (rule `bare`), "dozens of" (rule `vague`, approximate).
    Korean: numerals before 명 ("13명", "20여 명", "다섯 명"). Audiences carry audience=True.
    """
    found: list[CountMention] = []
    if language != "ko":
        found += with_others(english_counts(text), text)
    if language == "ko" or (language is None and HANGUL.search(text)):
        found += korean_with_others(korean_counts(text), text) + korean_groups(text)
        found = _ko_audience_led(text, found)
    found.sort(key=lambda c: (c.start, -c.end))
    return sorted(found + sums(found, text), key=lambda c: (c.start, -c.end))


# A Korean count that leads an audience's count ("가족 50여명을 비롯해 주민 500여명을 모아")
_KO_LEADS = re.compile(r"(?:을|를)\s?비롯(?:해|하여|한)\s")
LEAD_REACH = 30  # characters from the leading count to the audience's


def _ko_audience_led(text: str, found: list[CountMention]) -> list[CountMention]:
    """ "납북자 가족 50여명을 비롯해 주민 500여명을 모아놓고": the count the audience's count
    is led by is of the audience too."""
    audiences = [c for c in found if c.audience]
    if not audiences:
        return found
    out = []
    for c in found:
        if (
            not c.audience
            and _KO_LEADS.match(text, c.end)
            and any(0 <= a.start - c.end <= LEAD_REACH for a in audiences)
        ):
            c = replace(c, audience=True)
        out.append(c)
    return out


def find_persons(text: str, language: str | None = None) -> list[CountMention]:
    """People named without a numeral, in text order: "20대 청년", "한 남성" (rule
    `ko_singular`, 1) and relatives listed one by one ("his wife, son and daughter",
    "아내와 아들, 딸": rule `kin`, 3). Kept apart from find_counts: they are often not the
    people an event was done to (a relative made to watch, one of six defendants)."""
    found = kin_counts(text)
    if language == "ko" or (language is None and HANGUL.search(text)):
        found += korean_singulars(text)
    return sorted(found, key=lambda c: (c.start, -c.end))


def is_audience(head: str | None) -> bool:
    """Whether a head noun names onlookers ("spectators", "crowd", "군중")."""
    return head is not None and head.lower() in lexicon().audience_heads
