"""Find penalties (kind, length in months, facility) in a report's text, English and Korean."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

import ahocorasick

from nkevents import gazetteer
from nkevents.detect.numbers import KeyFinder, number_regex, number_words, parse_number
from nkevents.model import Span
from nkevents.vocabulary import load_data


@dataclass(slots=True, frozen=True)
class PenaltyMention:
    """A penalty in the text: its kind, its length in months and where it is served."""

    start: int
    end: int
    text: str
    kind: str  # from vocabulary.yaml `penalties`
    min_months: int | None
    max_months: int | None
    facility: str | None  # as the report names it: "Huiyang-ri Correctional Labor Camp"
    rule: str  # lexicon, facility, term, execution (+ "+duration" when a length was joined)
    negated: bool = False  # "사형을 면했다", "spared the death penalty"
    # still to come: "will be sent to a prison camp", "곧 교화소로 보내질 것" (a penalty not yet
    # imposed, or where a sentence just passed will be served)
    to_come: bool = False


@dataclass(slots=True, frozen=True)
class Duration:
    """A length of time in months (a range when min < max; either end may be open)."""

    start: int
    end: int
    min_months: int | None
    max_months: int | None


@cache
def data() -> dict[str, Any]:
    """The penalty words of data/penalties.yaml, loaded once."""
    return dict(load_data("penalties.yaml"))


def key(phrase: str) -> str:
    """A phrase as a lookup key: lower case, "labour" as "labor", hyphens as spaces."""
    return " ".join(phrase.lower().replace("labour", "labor").replace("-", " ").split())


@cache
def kinds() -> dict[str, tuple[str, str]]:
    """Every kind phrase (as a key) -> (kind, rule)."""
    table = {key(p): (kind, "lexicon") for kind, ps in data()["kinds"].items() for p in ps}
    table.update({key(p): ("death", "execution") for p in data()["executions"]})
    return table


CUE = "\0cue"  # automaton value of a term cue ("sentenced to", "형"): durations are near


def variants(phrase: str) -> set[str]:
    """A key phrase as written: "labor"/"labour", words joined by a space or a hyphen."""
    forms = [""]
    for i, word in enumerate(phrase.split()):
        spellings = {word, word.replace("labor", "labour")}
        joins = [""] if i == 0 else [" ", "-"]
        forms = [f + j + w for f in forms for j in joins for w in spellings]
    return set(forms)


@cache
def automaton() -> ahocorasick.Automaton:
    """Kind phrases, facility nouns and term cues, for one fast pass over lower-cased text."""
    d, found = data(), ahocorasick.Automaton()
    phrases = set(kinds()) | {key(f) for f in d["facilities"]} | set(d["korean_facilities"])
    for phrase in phrases:
        for form in variants(phrase):
            found.add_word(form, (len(form), phrase))
    for cue in [*d["term_before"], *d["term_after"]]:
        for form in variants(key(str(cue))):
            if form not in found:
                found.add_word(form, (len(form), CUE))
    found.make_automaton()
    return found


@cache
def facility_kinds() -> dict[str, str]:
    """Facility noun (as a key) -> the penalty kind served there."""
    d = data()
    return {key(k): str(v) for k, v in {**d["facilities"], **d["korean_facilities"]}.items()}


NUMBERED = re.compile(r"\s+(?:No\.\s*)?\d+\b")
_KO_NUMBERED = re.compile(
    r"(?:(?P<town>[가-힣]{1,5})(?<![은는이가을를의에서도와과로])\s)?(?P<no>\d{1,3})\s?호\s?(?:노동\s?)?$"
)
_KO_NAME_APART = re.compile(r"(?<![가-힣])([가-힣]{1,4}(?:리|동|읍|군))\s$")
NAME_WORD = re.compile(r"(?<![\w'’-])([A-Z][\w'’]*(?:-[a-z]+)?) $")
HANGUL_NAME = re.compile(r"[\uac00-\ud7a3]{1,5}$")
# A Korean name set apart by a space ("전거리 교화소", "개천 1호 교화소" is numbered apart): a
# word that ends in no particle ("주민들이 교화소에" names none)
PLACE_ENDINGS = ("리", "동", "군", "읍", "시", "구")  # the last syllable of a Korean place name
HANGUL_NAME_SPACED = re.compile(
    r"(?<![\uac00-\ud7a3])[\uac00-\ud7a3]{2,5}(?<![이가은는을를에의로와과도고며서만들]) $"
)


def kind_mentions(text: str) -> tuple[list[PenaltyMention], list[tuple[int, int]]]:
    """Every kind phrase and facility of the text, in text order, and the spans of term
    cues ("sentenced to", "형")."""
    low = text.lower()
    if len(low) != len(text):
        low = text  # a rare character changes length when lower-cased: keep offsets right
    found, cues = [], []
    for last, (length, phrase) in automaton().iter_long(low):
        start, end = last + 1 - length, last + 1
        if not bounded(low, start, end):
            continue
        if phrase == CUE:
            cues.append((start, end))
        elif (mention := kind_mention(text, start, end)) is not None:
            found.append(mention)
    return found, cues


def bounded(low: str, start: int, end: int) -> bool:
    """Whether an English phrase stands as whole words (Korean phrases always do)."""
    before = low[start - 1] if start else " "
    after = low[end] if end < len(low) else " "
    if not low[start].isascii():
        return True
    return not (before.isascii() and (before.isalpha() or before == "-")) and not (
        after.isascii() and (after.isalpha() or after == "-")
    )


def kind_mention(text: str, start: int, end: int) -> PenaltyMention | None:
    """The phrase text[start:end] as a facility (when named or numbered) or a kind."""
    noun = key(text[start:end])
    if noun in facility_kinds():
        numbered = NUMBERED.match(text, end) if text[start].isupper() else None
        name_start = facility_name(text, start)
        if numbered or name_start is not None:
            begin = start if numbered or name_start is None else name_start
            stop = numbered.end() if numbered else end
            if text.startswith(" Facility", stop):
                stop += len(" Facility")
            facility = text[begin:stop]
            kind = facility_kinds()[noun]
            return PenaltyMention(begin, stop, facility, kind, None, None, facility, "facility")
    found = kinds().get(noun)
    if found is None and facility_kinds().get(noun) not in (None, "other", "prison"):
        found = (facility_kinds()[noun], "lexicon")  # "an unnamed correctional labor camp"
    if found is None:
        return None
    return PenaltyMention(start, end, text[start:end], found[0], None, None, None, found[1])


def facility_name(text: str, start: int) -> int | None:
    """Where the name before a facility noun begins ("Huiyang-ri", "개천"), or None."""
    stop = data()["not_facility_names"]
    if not text[start].isascii():
        # "12호 교화소", "개천 1호 교화소", "22호 노동 교화소": a number names the facility,
        # with the town before it if one stands there
        numbered = _KO_NUMBERED.search(text, max(0, start - 16), start)
        if numbered:
            town = numbered.group("town")
            return numbered.start("town") if town and town not in stop else numbered.start("no")
        # "전거리 교화소", "'요덕 관리소'": a place word of a village or county apart from it
        apart = _KO_NAME_APART.search(text, max(0, start - 8), start)
        if apart and apart.group(1) not in stop:
            return apart.start(1)
        name = HANGUL_NAME.search(text, max(0, start - 5), start)
        if name is None:  # set apart by a space: a place's name ("전거리", "개천"), not "모두"
            spaced = HANGUL_NAME_SPACED.search(text, max(0, start - 7), start)
            told = spaced.group().strip() if spaced else ""
            if told and (told.endswith(PLACE_ENDINGS) or gazetteer.candidates(told)):
                name = spaced
        return name.start() if name and name.group().strip() not in stop else None
    words: list[re.Match[str]] = []
    pos = start
    while len(words) < 3 and (word := NAME_WORD.search(text, max(0, pos - 30), pos)):
        words.append(word)
        pos = word.start()
    while words and words[-1].group(1) in stop:
        words.pop()
    return words[-1].start() if words else None


@cache
def holding_nouns() -> tuple[str, ...]:
    """The nouns of a holding centre, lower-cased: the literal test before its pattern."""
    return tuple(str(w).lower() for w in data()["holding_nouns"])


@cache
def _holding_pattern() -> re.Pattern[str]:
    """An agency's name, then a holding centre's noun ("보위부 집결소", "police holding center")."""

    def alternation(words: list[str]) -> str:
        forms = {f for w in words for f in variants(key(str(w)))}
        return "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))

    d = data()
    return re.compile(
        rf"(?i)(?<![\w-])(?:{alternation(d['holding_agencies'])})(?:'s)?\s?"
        rf"(?:{alternation(d['holding_nouns'])})(?![a-z])"
    )


def holding_facility(text: str, lowered: str, start: int, end: int) -> tuple[str, Span] | None:
    """The first holding centre named by its agency in text[start:end] ("보위부 구류장에
    갇혔다", "held at a State Security holding center"), as the report names it, or None."""
    if not any(w in lowered[start:end] for w in holding_nouns()):
        return None
    found = _holding_pattern().search(text, start, end)
    if found is None or text[max(0, found.start() - 1) : found.start()] in _AGENCY_JOINS:
        return None  # "보위부‧안전부 구류장": the centres of two agencies, no one facility
    return found.group(), (found.start(), found.end())


_AGENCY_JOINS = ("‧", "·", "・", "/", ",", "、")


# --- lengths of time ---------------------------------------------------------------------

UNIT_MONTHS = {
    "decade": 120,
    "year": 12,
    "month": 1,
    "week": 0.25,
    "day": 1 / 30,
    "년": 12,
    "개월": 1,
    "달": 1,
}


@cache
def duration_pattern() -> re.Pattern[str]:
    """ "six months to two years", "a 15-year term", "ten years", "8년에서 10년", "3년 6개월"."""
    n = rf"(?:{number_regex()}|(?i:an?))"
    half = r"(?:[\s-]+and[\s-]+a[\s-]+half)?"
    unit = r"(?i:decades?|years?|months?|weeks?|days?)\b"
    joint = r"\s*(?:to|and|or|-|–)\s*"
    ko_n, ko_unit = r"\d{1,3}", r"(?:년|개월|달)"
    return re.compile(
        rf"(?P<range>(?:(?i:between|from)\s+)?(?P<a>{n}){half}(?:[\s-]+(?P<au>{unit}){half})?"
        rf"{joint}(?P<b>{n}){half}[\s-]+(?P<bu>{unit}){half})"
        rf"|(?P<single>(?P<bound>(?i:up\s+to|at\s+least|at\s+most|no\s+more\s+than|more\s+than)"
        rf"\s+)?(?P<c>{n})(?P<ch>{half})[\s-]+(?P<cu>{unit})(?P<cuh>{half}))"
        rf"|(?P<ko_range>(?<!\d)(?P<ka>{ko_n})\s*(?P<kau>{ko_unit})?\s*(?:에서|~|∼|-|부터)\s*"
        rf"(?:(?:작게는|적게는|낮게는|최소|최저|많게는|최고|최대)\s*)?"  # "18년에서 작게는 5년"
        rf"(?P<kb>{ko_n})\s*(?P<kbu>{ko_unit}))"
        rf"|(?P<ko_single>(?<!\d)(?P<kc>{ko_n})\s*(?P<kcu>{ko_unit})(?:\s*(?P<kd>\d{{1,2}})\s*개월"
        r"|(?P<khalf>\s?반)(?=[\s,.을의이에]|으로|$))?)"
    )


def months(count: str | None, unit: str | None, half: str | None = None) -> int | None:
    """A count of a unit ("fifteen", "years") in whole months (at least one)."""
    value = 1 if count and count.lower() in ("a", "an") else parse_number(count or "")
    if value is None or unit is None:
        return None
    size = UNIT_MONTHS[unit.lower().rstrip("s")] if unit.lower() != "days" else UNIT_MONTHS["day"]
    total = (value + (0.5 if half else 0)) * size
    return max(1, round(total))


_KO_AT_MOST = re.compile(r"(?:최고|최대|최장)\s?$")
_KO_BOUND_AFTER = re.compile(r"\s?(이하|까지|이상)(?![가-힣]{2})")


def to_duration(match: re.Match[str]) -> Duration | None:
    """One match of the duration pattern in months."""
    g, rule = match.group, match.lastgroup
    if rule == "single":
        value = months(g("c"), g("cu"), g("ch") or g("cuh"))
        bound = " ".join((g("bound") or "").lower().split())
        low = None if bound in ("up to", "at most", "no more than") else value
        high = None if bound in ("at least", "more than") else value
        return Duration(match.start(), match.end(), low, high)
    if rule == "range":
        low, high = months(g("a"), g("au") or g("bu")), months(g("b"), g("bu"))
    elif rule == "ko_range":
        low, high = months(g("ka"), g("kau") or g("kbu")), months(g("kb"), g("kbu"))
        if low is not None and high is not None and low > high:
            low, high = high, low  # "최고 18년에서 작게는 5년": the longest told first
    else:
        if len(g("kc")) >= 3:
            return None  # "2019년" is a year
        low = months(g("kc"), g("kcu"), g("khalf"))
        low = high = None if low is None else low + int(g("kd") or 0)
        # "최고 15년", "최대 10년", "15년 이하": the longest; "10년 이상": the shortest
        if _KO_AT_MOST.search(match.string, max(0, match.start() - 4), match.start()):
            low = None
        elif told := _KO_BOUND_AFTER.match(match.string, match.end()):
            low, high = (None, high) if told.group(1) != "이상" else (low, None)
        return Duration(match.start(), match.end(), low, high)
    if low is not None and high is not None and low > high:
        low = high = low + high  # "two years and six months": one length, not a range
    return Duration(match.start(), match.end(), low, high)


@cache
def near_patterns(before: tuple[str, ...], after: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    """Regexes for "text ends with one of `before`" and "text starts with one of `after`"."""

    def phrase(p: str) -> str:
        return r"\s+".join(map(re.escape, p.split())) or re.escape(p)

    def bounded(p: str) -> str:
        return phrase(p) + (r"(?![A-Za-z])" if p[-1:].isalpha() and p.isascii() else "")

    tail = "|".join(phrase(p) for p in sorted(before, key=len, reverse=True))
    head = "|".join(bounded(p) for p in sorted(after, key=len, reverse=True))
    return (
        re.compile(rf"(?<![A-Za-z])(?:{tail})\s*$", re.IGNORECASE),
        re.compile(rf"\s*(?:{head})", re.IGNORECASE),
    )


# near_patterns by the word lists themselves (data(): loaded once, never changed), kept with
# them so that their ids stay theirs: building and hashing the tuples of words for the cache
# cost more than the search
_NEAR: dict[tuple[int, int], tuple[Any, Any, tuple[re.Pattern[str], ...]]] = {}


def words_near(text: str, start: int, end: int, before: Any, after: Any) -> bool:
    """Whether `text` just before `start` ends with, or just after `end` starts with, a word."""
    known = _NEAR.get((id(before), id(after)))
    if known is None or known[0] is not before or known[1] is not after:
        patterns = near_patterns(tuple(map(str, before)), tuple(map(str, after)))
        known = _NEAR[(id(before), id(after))] = (before, after, patterns)
    tail, head = known[2]
    return bool(tail.search(text, max(0, start - 30), start) or head.match(text, end, end + 30))


@cache
def duration_keys() -> KeyFinder:
    """Where a length of time can start: digits, number words, "a", "between", "up to" ..."""
    words = [
        *number_words(),
        "a ",
        "an ",
        "between",
        "from",
        "up to",
        "at least",
        "at most",
        "no more than",
        "more than",
    ]
    return KeyFinder({v for w in words for v in (w, w.title())})


def windows(spans: list[tuple[int, int]], size: int, length: int) -> list[tuple[int, int]]:
    """The spans widened by `size` characters each way, merged where they overlap."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        start, end = max(0, start - size), min(length, end + size)
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def durations(text: str, near: list[tuple[int, int]] | None = None) -> list[Duration]:
    """Lengths of time that may be terms (not ages, not "two years ago"), looked for only
    within reach of the spans `near` (kinds and term cues) when given."""
    spans = windows(near, WINDOW + 20, len(text)) if near is not None else [(0, len(text))]
    if not spans:
        return []
    keys = [at for at, _ in duration_keys().keys(text)]
    found: list[Duration] = []
    for begin, stop in spans:
        found += durations_at(text, keys[bisect_left(keys, begin) : bisect_left(keys, stop)])
    return found


_FOR = re.compile(r"(?i)\bfor\s+$")
# a month's name (or its short form) just before a number: the number is a day of it
_DAY_OF_MONTH = re.compile(
    r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?\s+$"
)


def durations_at(text: str, keys: list[int]) -> list[Duration]:
    """The lengths of time starting at these keys."""
    d, found, covered = data(), [], 0
    for at in keys:
        if at < covered:
            continue
        match = duration_pattern().match(text, at)
        if match is None:
            continue
        if match.lastgroup == "range" and _DAY_OF_MONTH.search(text, max(0, at - 10), at):
            covered = match.start("b")  # "on May 3 to seven years": the day, then the term
            continue
        covered = match.end()
        duration = to_duration(match)
        if duration is None or (duration.min_months is None and duration.max_months is None):
            continue
        spent = _FOR.search(text, max(0, match.start() - 5), match.start())  # "for six months"
        if not spent and words_near(
            text, match.start(), match.end(), d["not_term_before"], d["not_term_after"]
        ):
            continue
        found.append(duration)
    return found


# --- joining kinds, lengths and facilities ----------------------------------------------

SENTENCE_END = re.compile(r"[.!?]\s+[A-Z\"“(]|다\.|\n")
WINDOW = 60  # characters between a kind and its length ("15-year term of hard labor")


def near(text: str, a: tuple[int, int], b: tuple[int, int], window: int = WINDOW) -> bool:
    """Whether two spans are within `window` characters in the same sentence."""
    left, right = (a, b) if a[0] <= b[0] else (b, a)
    if not 0 <= right[0] - left[1] <= window:
        return False
    return not SENTENCE_END.search(text, left[1], right[0])


def start_of(duration: Duration) -> int:
    return duration.start


def attach(
    text: str,
    mention: PenaltyMention,
    free: list[Duration],
    kinds: Sequence[PenaltyMention] = (),
) -> PenaltyMention:
    """Give a kind that takes a length the nearest free length in its sentence, unless
    another kind stands between them ("노동단련대는 노동단련형 6개월": the second kind's)."""
    if mention.kind not in data()["durable"]:
        return mention
    span, first = (mention.start, mention.end), bisect_left(free, mention.start - 200, key=start_of)
    close = [
        d
        for d in free[first : bisect_right(free, mention.end + WINDOW, key=start_of)]
        if near(text, span, (d.start, d.end)) and not _kind_between(kinds, mention, d)
    ]
    if not close:
        return mention
    best = min(close, key=lambda d: min(abs(d.start - mention.end), abs(mention.start - d.end)))
    free.remove(best)
    start, end = min(mention.start, best.start), max(mention.end, best.end)
    return replace(
        mention,
        start=start,
        end=end,
        text=text[start:end],
        min_months=best.min_months,
        max_months=best.max_months,
        rule=mention.rule + "+duration",
    )


def _kind_between(kinds: Sequence[PenaltyMention], mention: PenaltyMention, d: Duration) -> bool:
    """Whether another kind stands between a kind and a length."""
    left, right = (mention.end, d.start) if mention.end <= d.start else (d.end, mention.start)
    return any(left <= k.start and k.end <= right for k in kinds if k is not mention)


def is_term(text: str, duration: Duration) -> bool:
    """A bare length read as a sentence: "sentenced to ten years", "6년 형", "sentenced her
    two accomplices to 15 years"."""
    d = data()
    if _SENTENCED_TO.search(text, max(0, duration.start - SENTENCED_REACH), duration.start):
        return True
    return words_near(text, duration.start, duration.end, d["term_before"], d["term_after"])


# "sentenced a trader to", "condemned the two brothers to": the verb, its object, then the
# penalty (a kind phrase such as "sentenced to death" needs them side by side)
_SENTENCED_TO = re.compile(
    r"(?i)\b(?:sentenc(?:ed|es|ing)|condemn(?:ed|s|ing))\s+(?!to\b)(?:[\w'’,-]+\s+){1,24}?to\s+$"
)
_SENTENCED_OBJECT = re.compile(
    r"(?i)\b(?:sentenc(?:ed|es|ing)|condemn(?:ed|s|ing))\s+(?!to\b)(?:[\w'’,-]+\s+){1,8}?to\s+"
    r"(?P<kind>death|life\b|be (?:shot|executed|hanged)\b)"
)
SENTENCED_REACH = 200  # characters from the verb to the length it gives (its object
# may name the charges: "sentenced 12 defendants on charges of ... to eight years")


def _sentenced_to_kinds(text: str) -> list[PenaltyMention]:
    """ "sentenced a trader to death", "condemned the two men to life": a death or life
    sentence told with the object between the verb and the penalty."""
    if "sentenc" not in text.lower() and "condemn" not in text.lower():
        return []
    found = []
    for m in _SENTENCED_OBJECT.finditer(text):
        if SENTENCE_END.search(text, m.start(), m.end()):
            continue
        word = m.group("kind").lower()
        kind = "life" if word == "life" else "death"
        start, end = m.start("kind"), m.end("kind")
        found.append(PenaltyMention(start, end, text[start:end], kind, None, None, None, "lexicon"))
    return found


def _sentenced_cues(text: str) -> list[tuple[int, int]]:
    """The "to" of "sentenced <someone> to": a length may follow it."""
    if "sentenc" not in text.lower() and "condemn" not in text.lower():
        return []
    return [
        (m.end() - 3, m.end())
        for m in re.finditer(
            r"(?i)\b(?:sentenc(?:ed|es|ing)|condemn(?:ed|s|ing))\s+(?!to\b)(?:[\w'’,-]+\s+){1,24}?to\s",
            text,
        )
    ]


def _joined_kind(last: PenaltyMention, mention: PenaltyMention) -> str | None:
    """The kind of two penalties side by side when they may be one: the same kind, or a
    camp named with no kind of its own beside the kind told of it ("Camp 16, a political
    prison camp", "a labour camp, Camp 5")."""
    if last.kind == mention.kind:
        return last.kind
    named, told = (last, mention) if last.facility else (mention, last)
    if (
        named.facility
        and not told.facility
        and named.kind == "other"
        and not told.rule.startswith("execution")
    ):
        return told.kind
    return None


def merge(text: str, found: list[PenaltyMention]) -> list[PenaltyMention]:
    """Join a kind with its length and a facility of the same kind next to it (a camp
    named with no kind takes the kind told beside it)."""
    out: list[PenaltyMention] = []
    for mention in found:
        last = out[-1] if out else None
        kind = None if last is None else _joined_kind(last, mention)
        if (
            last is not None
            and kind is not None
            and near(text, (last.start, last.end), (mention.start, mention.end), 40)
            and not (last.facility and mention.facility)
            and (
                bool(last.facility) != bool(mention.facility)
                or last.min_months != mention.min_months
            )
            and (last.min_months is None or mention.min_months is None)
        ):
            out[-1] = replace(
                last,
                kind=kind,
                end=mention.end,
                text=text[last.start : mention.end],
                min_months=last.min_months if last.min_months is not None else mention.min_months,
                max_months=last.max_months if last.max_months is not None else mention.max_months,
                facility=last.facility or mention.facility,
                rule=last.rule + "+" + mention.rule,
            )
        else:
            out.append(mention)
    return out


# What an offence carries, told as the subject "the penalty for ... is" ("the penalty for
# selling stolen fuel is three to seven years of hard labour", "밀수에 대한 처벌은 최고
# 사형이다"): a law's penalty, not one imposed
_PENALTY_FOR = re.compile(
    r"(?i)\b(?:punishments?|penalt(?:y|ies))\s+for\s+[^.;:]{0,80}?\s+"
    r"(?:is|are|ranges?(?:\s+from)?|can\s+be|could\s+be|include|includes)\s+(?:\w+\s+){0,2}$"
    r"|에\s?대한\s?(?:처벌|형량|형벌)(?:은|는)\s[^.]{0,30}?$"
)
LAW_REACH = 120  # characters before a penalty where "the punishment for ... is" may stand


def negated(text: str, mention: PenaltyMention) -> bool:
    """ "spared the death penalty", "사형을 면했다"; "the penalty for ... is" (a law's)."""
    d = data()
    if words_near(text, mention.start, mention.end, d["negation_before"], d["negation_after"]):
        return True
    before = max(0, mention.start - LAW_REACH)
    told = text[before : mention.start]
    if "for" not in told and "대한" not in told:
        return False
    return _PENALTY_FOR.search(text, before, mention.start) is not None


def to_come(text: str, mention: PenaltyMention) -> bool:
    """ "will soon be sent to a prison camp", "곧 정치범수용소로 보내질 것"."""
    if future_before().search(text, max(0, mention.start - 80), mention.start):
        return True
    head = near_patterns((), tuple(map(str, data()["to_come_after"])))[1]
    return bool(head.match(text, mention.end, mention.end + 30))


@cache
def future_before() -> re.Pattern[str]:
    """ "will soon be sent to a", "is expected to be sentenced to": a penalty to come."""
    d = data()
    aux = "|".join(r"\s+".join(map(re.escape, str(a).split())) for a in d["future_aux"])
    verbs = "|".join(map(re.escape, map(str, d["future_verbs"])))
    return re.compile(
        rf"(?i)\b(?:{aux})\s+(?:(?:soon|likely|probably|later|then|eventually|also)\s+)?be\s+"
        rf"(?:(?:{verbs})\s+(?:to|into|in)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){{0,2}})?$"
    )


def find_penalties(text: str, language: str | None = None) -> list[PenaltyMention]:
    """Every penalty in `text`, in text order, with its length in months where the text gives
    one ("between six months and two years" -> 6..24, "교화 8년에서 10년" -> 96..120). Life and
    death carry no months; a bare term ("sentenced to ten years", "6년 형") is forced_labor
    (rule `term`); executions carried out are kind death with rule `execution`."""
    kinds_found, cues = kind_mentions(text)
    kinds_found += [
        k
        for k in _sentenced_to_kinds(text)
        if not any(o.start < k.end and k.start < o.end for o in kinds_found)
    ]
    kinds_found.sort(key=lambda m: m.start)
    cues += _sentenced_cues(text)
    free = durations(text, cues + [(m.start, m.end) for m in kinds_found])
    found = [attach(text, m, free, kinds_found) for m in kinds_found]
    found += [_term(text, d, "forced_labor", "term") for d in free if is_term(text, d)]
    found.extend(_elided_terms(text, found, free))
    found.sort(key=lambda m: m.start)
    found = [_short_term(m) for m in merge(text, found)]
    found = [replace(m, negated=True) if negated(text, m) else m for m in found]
    return [replace(m, to_come=True) if to_come(text, m) else m for m in found]


def _short_term(mention: PenaltyMention) -> PenaltyMention:
    """A term too short for its kind is served as the shorter kind ("six months in a labour
    camp": reform through labour runs a year or more, so this is labour training)."""
    short = data()["short_terms"]
    if (
        mention.kind != short["kind"]
        or mention.max_months is None
        or mention.max_months >= short["below_months"]
    ):
        return mention
    return replace(mention, kind=short["as"], rule=mention.rule + "+short")


_ELIDED = re.compile(
    r"(?i),?\s*(?:and|while|with)\s+(?:the\s+)?(?:other|others|rest|remaining)\b[^.;]{0,30}\bto\s*$"
)
ELIDED_REACH = 160  # characters from the penalty whose verb the elided term shares


def _elided_terms(
    text: str, found: list[PenaltyMention], free: list[Duration]
) -> list[PenaltyMention]:
    """ "sentenced two to fifteen years of reform through labour, and the other nine to
    between five and ten years": the second length shares the first one's verb and kind."""
    out = []
    for duration in free:
        if any(m.start <= duration.start < m.end for m in found):
            continue
        head = text[max(0, duration.start - 60) : duration.start]
        if not _ELIDED.search(head):
            continue
        before = [
            m for m in found
            if m.end <= duration.start and duration.start - m.end < ELIDED_REACH
            and m.min_months is not None
        ]  # fmt: skip
        if before:
            out.append(_term(text, duration, before[-1].kind, "term+elided"))
    return out


def _term(text: str, duration: Duration, kind: str, rule: str) -> PenaltyMention:
    """A bare length of time read as a penalty of a kind."""
    span = text[duration.start : duration.end]
    return PenaltyMention(
        duration.start, duration.end, span, kind, duration.min_months, duration.max_months,
        None, rule,
    )  # fmt: skip
