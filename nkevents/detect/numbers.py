"""Find counts of people (English and Korean numerals, number words, counters) in a text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

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
    audience_heads: frozenset[str]


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
        audience_heads=lower(raw["audience_heads"]) | lower(raw["korean"]["audience_heads"]),
    )


def alt(items: Any) -> str:
    """A regex alternation of words, longest first."""
    return "|".join(re.escape(str(w)) for w in sorted(items, key=len, reverse=True))


# --- numbers ----------------------------------------------------------------------------


def parse_number(words: str) -> int | None:
    """ "thirty-six" -> 36, "1,200" -> 1200, "a dozen" -> 12, "2 million", "스무" -> 20, "3만"."""
    text = " ".join(words.strip().lower().replace(",", "").split())
    if not text:
        return None
    if text.isdigit():
        return int(text)
    if re.fullmatch(r"[\d\s\uac00-\ud7a3]+", text):
        return parse_korean(text.replace(" ", ""))
    return parse_english(text)


def parse_english(text: str) -> int | None:
    """Number words ("one hundred and twenty", "two dozen", "1.5 million") as an int."""
    lex, total, current, previous = lexicon(), 0.0, 0.0, ""
    for token in re.split(r"[\s-]+", text):
        if token == "and" and previous not in ("hundred", "thousand", "million"):
            return None  # "six and seven" is two numbers
        previous = token
        if token in ("and", "a", "an"):
            current = current if token == "and" else current or 1
        elif re.fullmatch(r"\d+(?:\.\d+)?", token):
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
    return rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?(?:\s+(?i:million|thousand))?|{spelled})"


@cache
def english_pattern() -> re.Pattern[str]:
    """One pattern for the English count rules, tried in this order at each position."""
    lex, number = lexicon(), number_regex()
    function = {"of", "the", "those", "these", "its", "their", "his", "her", "and", "number"}
    mods = alt(lex.modifiers - function)
    return re.compile(
        rf"(?P<family>\b(?i:family)\s+of\s+(?P<fn>{number})\b)"
        rf"|(?P<vague>\b(?P<vn>(?i:{alt(lex.raw['vague'])}|(?:several|a\s+few)\s+(?:hundred|thousand|dozen)))\b)"
        rf"|(?P<singular>\b[Aa]n?\s+(?:(?:[A-Z][\w'-]*|\w+-\w+|(?i:{mods}))\s+){{0,3}}"
        rf"(?P<sh>(?i:{alt(lex.singular)}))\b)"
        rf"|(?P<number>\b(?P<n>{number})\b(?![-%]|\.\d|:\d))"
    )


TOKEN = re.compile(r"\s*([A-Za-z][\w'’-]*|\d[\d,]*|[^\s\w])")


def english_head(text: str, pos: int) -> tuple[str | None, int]:
    """The person noun a number counts, within a few modifier words after `pos`, and its end."""
    lex, tokens = lexicon(), []
    for match in TOKEN.finditer(text, pos, min(len(text), pos + 80)):
        tokens.append(match)
        if len(tokens) == 7:
            break
    for i, match in enumerate(tokens):
        word = match.group(1).lower()
        if i + 1 < len(tokens):
            pair = f"{word} {tokens[i + 1].group(1).lower()}"
            if pair in lex.people or pair in lex.audience_heads:
                return pair, tokens[i + 1].end()
        if word in lex.people or word in lex.audience_heads:
            return word, match.end()
        first = match.group(1)[0]
        if not (
            word in lex.modifiers
            or word in lex.values
            or first.isupper()
            or first.isdigit()
            or "-" in word[1:]
        ):
            break
    return None, pos


def ends_with_any(text: str, phrases: Any) -> bool:
    """Whether `text` ends with one of the phrases as whole words (lower case)."""
    text = " " + " ".join(text.lower().split())
    return any(text.endswith(" " + str(p)) for p in phrases)


APPROXIMATE_TAIL = re.compile(
    r"(?:\b(?:about|around|approximately|roughly|some|nearly|almost|over|"
    r"more than|at least|up to|an estimated|several|a few)\s*)+$",
    re.I,
)


def english_audience(text: str, start: int, end: int, head: str | None) -> bool:
    """People watching: "herded some 10,000 people", "thousands of residents watched"."""
    raw = lexicon().raw
    if head in lexicon().audience_heads:
        return True
    before = APPROXIMATE_TAIL.sub("", text[max(0, start - 40) : start].rstrip()).rstrip()
    after = text[end : end + 50].lower().lstrip(" ,")
    after = re.sub(r"^(?:(?:who|that|had|have|were|was)\s+)+", "", after)
    return ends_with_any(before, raw["audience_before"]) or after.startswith(
        tuple(str(a) for a in raw["audience_after"])
    )


def english_counts(text: str) -> list[CountMention]:
    """The English count rules over the whole text."""
    found = []
    for match in english_pattern().finditer(text):
        mention = english_mention(text, match)
        if mention is not None:
            found.append(mention)
    return found


def english_mention(text: str, match: re.Match[str]) -> CountMention | None:
    """One English match as a count of people, or None when it counts something else."""
    rule = match.lastgroup or "number"
    if rule == "singular":
        head = match.group("sh").lower()
        return CountMention(match.start(), match.end(), match.group(), 1, head, False, rule)
    raw = match.group({"family": "fn", "vague": "vn", "number": "n"}[rule])
    value = lexicon().raw["vague"].get(raw.lower()) if rule == "vague" else parse_number(raw)
    if rule == "vague" and value is None:
        value = parse_number(raw.split()[-1])
    start, before = match.start(), text[max(0, match.start() - 24) : match.start()]
    if value is None or value == 0 or before.rstrip().endswith(("No.", "No", "$", "#", "Article")):
        return None
    if rule == "number" and re.fullmatch(r"(?:19|20)\d\d", raw):
        return None  # a year, not a count
    head, end = ("family", match.end()) if rule == "family" else english_head(text, match.end())
    approximate = rule == "vague" or ends_with_any(before, lexicon().raw["approximate"])
    if head is None:
        if not (before.lower().endswith("the ") and BARE_VERB.match(text, match.end())):
            return None
        rule, end = "bare", match.end()
    audience = english_audience(text, start, end, head)
    return CountMention(start, end, text[start:end], value, head, approximate, rule, audience)


BARE_VERB = re.compile(r"\s+(?:were|are|was|have|had|who|will|would)\b")


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


def korean_counts(text: str) -> list[CountMention]:
    """Korean counts of people: "13명", "20여 명" (approximate), "다섯 명", "약 150명"."""
    ko, found = lexicon().raw["korean"], []
    for match in korean_pattern().finditer(text):
        value = parse_number(match.group("n"))
        if not value:
            continue
        start, end = match.start(), match.end()
        before, after = text[max(0, start - 8) : start].rstrip(), text[end : end + 12]
        approximate = bool(match.group("q")) or before.endswith(tuple(ko["approximate_before"]))
        approximate = approximate or after.lstrip().startswith(tuple(ko["approximate_after"]))
        head = korean_head(text, start, end)
        audience = head in lexicon().audience_heads or after.startswith(tuple(ko["audience_after"]))
        found.append(
            CountMention(
                start, end, text[start:end], value, head, approximate, "ko_counter", audience
            )
        )
    return found


# --- sums and the entry point -----------------------------------------------------------

JOINED = re.compile(
    r"\s*(?:,\s*)?(?:and|as well as|plus|과|와|및|,)\s*(?:[\uac00-\ud7a3]{1,6}\s*)?$"
)


def sums(found: list[CountMention], text: str) -> list[CountMention]:
    """ "seven men and two women" (9), "남성 7명과 여성 2명" (9): two joined counts added up."""
    extra = []
    for a, b in zip(found, found[1:], strict=False):
        if a.audience or b.audience or a.end > b.start or a.rule == "vague" or b.rule == "vague":
            continue
        if JOINED.fullmatch(text[a.end : b.start]) and (a.head or a.rule == "ko_counter"):
            head = " and ".join(h for h in (a.head, b.head) if h) or None
            approximate = a.approximate or b.approximate
            extra.append(
                CountMention(
                    a.start,
                    b.end,
                    text[a.start : b.end],
                    a.value + b.value,
                    head,
                    approximate,
                    "sum",
                )
            )
    return extra


def find_counts(text: str, language: str | None = None) -> list[CountMention]:
    """Every count of people in `text`, in text order (sums of joined counts included).

    English: digits and number words before a person noun ("36 criminals", "Fifty-five
    people", "four of 31 North Koreans"), "a North Korean soldier" (rule `singular`, 1),
    "family of four", "the six were" (rule `bare`), "dozens of" (rule `vague`, approximate).
    Korean: numerals before 명 ("13명", "20여 명", "다섯 명"). Audiences carry audience=True.
    """
    found: list[CountMention] = []
    if language != "ko":
        found += english_counts(text)
    if language == "ko" or (language is None and re.search(r"\d\s?명|[\uac00-\ud7a3]\s명", text)):
        found += korean_counts(text)
    found.sort(key=lambda c: (c.start, -c.end))
    return sorted(found + sums(found, text), key=lambda c: (c.start, -c.end))


def is_audience(head: str | None) -> bool:
    """Whether a head noun names onlookers ("spectators", "crowd", "군중")."""
    return head is not None and head.lower() in lexicon().audience_heads
