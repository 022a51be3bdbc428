"""Find penalties (kind, length in months, facility) in a report's text, English and Korean."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from nkevents.detect.numbers import number_regex, parse_number
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


def phrase_regex(phrases: Any) -> str:
    """An alternation of phrases, longest first, where labor/labour and space/hyphen vary."""
    parts = []
    for phrase in sorted({key(p) for p in phrases}, key=len, reverse=True):
        words = [re.escape(w).replace("labor", "labou?r") for w in phrase.split()]
        parts.append(r"[\s-]+".join(words))
    return "|".join(parts)


@cache
def kinds() -> dict[str, tuple[str, str]]:
    """Every kind phrase (as a key) -> (kind, rule)."""
    table = {key(p): (kind, "lexicon") for kind, ps in data()["kinds"].items() for p in ps}
    table.update({key(p): ("death", "execution") for p in data()["executions"]})
    return table


@cache
def kind_pattern() -> re.Pattern[str]:
    """Facilities first (numbered, named English, named Korean), then the kind phrases."""
    d = data()
    name = r"(?:[A-Z][\w'’]*(?:-[a-z]+)?\s+){1,3}?"
    facility = phrase_regex(d["facilities"])
    korean = "|".join(sorted(d["korean_facilities"], key=len, reverse=True))
    return re.compile(
        rf"(?P<numbered>\b(?P<nk>(?i:{facility}))\s+(?:No\.\s*)?\d+\b)"
        rf"|(?P<named>\b(?P<name>{name})(?P<fk>(?i:{facility}))s?\b(?:\s+Facility\b)?)"
        rf"|(?P<korean>(?<![\uac00-\ud7a3])(?P<kname>[\uac00-\ud7a3]{{1,5}}?)(?P<kk>{korean}))"
        rf"|(?P<kind>(?<![A-Za-z-])(?:(?i:{phrase_regex(kinds())}))(?![A-Za-z-]))"
    )


def facility_kind(noun: str) -> str:
    """The penalty kind served at a facility noun ("kyohwaso" -> forced_labor)."""
    d = data()
    table = {key(k): v for k, v in {**d["facilities"], **d["korean_facilities"]}.items()}
    return str(table.get(key(noun), "other"))


def kind_mention(text: str, match: re.Match[str]) -> PenaltyMention | None:
    """One match of the kind pattern as a penalty mention."""
    group, start, end = match.lastgroup, match.start(), match.end()
    if group == "kind":
        kind, rule = kinds()[key(match.group())]
        return PenaltyMention(start, end, match.group(), kind, None, None, None, rule)
    noun = match.group({"numbered": "nk", "named": "fk", "korean": "kk"}[group or "kind"])
    if group == "named":
        names = match.group("name").split()
        while names and names[0] in data()["not_facility_names"]:
            names.pop(0)
        if not names:
            return generic(text, match.start("fk"), end)
        start = match.start("name") + match.group("name").index(names[0])
    if group == "korean" and match.group("kname") in data()["not_facility_names"]:
        return generic(text, match.start("kk"), end)
    kind = facility_kind(noun)
    facility = text[start:end]
    return PenaltyMention(start, end, facility, kind, None, None, facility, "facility")


def generic(text: str, start: int, end: int) -> PenaltyMention | None:
    """A facility noun without a name ("a correctional labor camp"), as a kind phrase."""
    found = kinds().get(key(text[start:end]))
    if found is None:
        return None
    return PenaltyMention(start, end, text[start:end], found[0], None, None, None, found[1])


# --- lengths of time ---------------------------------------------------------------------

UNIT_MONTHS = {"year": 12, "month": 1, "week": 0.25, "day": 1 / 30, "년": 12, "개월": 1, "달": 1}


@cache
def duration_pattern() -> re.Pattern[str]:
    """ "six months to two years", "a 15-year term", "ten years", "8년에서 10년", "3년 6개월"."""
    n = rf"(?:{number_regex()}|(?i:an?))"
    half = r"(?:\s+and\s+a\s+half)?"
    unit = r"(?i:years?|months?|weeks?|days?)\b"
    joint = r"\s*(?:to|and|or|-|–)\s*"
    ko_n, ko_unit = r"\d{1,3}", r"(?:년|개월|달)"
    return re.compile(
        rf"(?P<range>(?:(?i:between|from)\s+)?(?P<a>{n}){half}(?:[\s-]+(?P<au>{unit}){half})?"
        rf"{joint}(?P<b>{n}){half}[\s-]+(?P<bu>{unit}){half})"
        rf"|(?P<single>(?P<bound>(?i:up\s+to|at\s+least|at\s+most|no\s+more\s+than|more\s+than)"
        rf"\s+)?(?P<c>{n})(?P<ch>{half})[\s-]+(?P<cu>{unit})(?P<cuh>{half}))"
        rf"|(?P<ko_range>(?<!\d)(?P<ka>{ko_n})\s*(?P<kau>{ko_unit})?\s*(?:에서|~|∼|-|부터)\s*"
        rf"(?P<kb>{ko_n})\s*(?P<kbu>{ko_unit}))"
        rf"|(?P<ko_single>(?<!\d)(?P<kc>{ko_n})\s*(?P<kcu>{ko_unit})(?:\s*(?P<kd>\d{{1,2}})\s*개월)?)"
    )


def months(count: str | None, unit: str | None, half: str | None = None) -> int | None:
    """A count of a unit ("fifteen", "years") in whole months (at least one)."""
    value = 1 if count and count.lower() in ("a", "an") else parse_number(count or "")
    if value is None or unit is None:
        return None
    size = UNIT_MONTHS[unit.lower().rstrip("s")] if unit.lower() != "days" else UNIT_MONTHS["day"]
    total = (value + (0.5 if half else 0)) * size
    return max(1, round(total))


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
    else:
        if len(g("kc")) >= 3:
            return None  # "2019년" is a year
        low = months(g("kc"), g("kcu"))
        low = high = None if low is None else low + int(g("kd") or 0)
        return Duration(match.start(), match.end(), low, high)
    if low is not None and high is not None and low > high:
        low = high = low + high  # "two years and six months": one length, not a range
    return Duration(match.start(), match.end(), low, high)


def words_near(text: str, start: int, end: int, before: Any, after: Any) -> bool:
    """Whether `text` just before `start` ends with, or just after `end` starts with, a word."""
    head = " " + " ".join(text[max(0, start - 30) : start].lower().split())
    tail = " ".join(text[end : end + 20].lower().split())
    return any(
        head.endswith(" " + str(b)) or head.endswith(str(b)) and not str(b).isascii()
        for b in before
    ) or any(
        tail.startswith(str(a)) and (not str(a).isascii() or not tail[len(str(a)) :][:1].isalpha())
        for a in after
    )


def durations(text: str) -> list[Duration]:
    """Lengths of time that may be terms: not ages, not "two years ago"."""
    d, found = data(), []
    for match in duration_pattern().finditer(text):
        duration = to_duration(match)
        if duration is None or (duration.min_months is None and duration.max_months is None):
            continue
        if words_near(text, match.start(), match.end(), d["not_term_before"], d["not_term_after"]):
            continue
        found.append(duration)
    return found


# --- joining kinds, lengths and facilities ----------------------------------------------

SENTENCE_END = re.compile(r"[.!?]\s+[A-Z\"“(]|다\.|\n")
WINDOW = 60  # characters between a kind and its length ("15-year term of hard labor")


def near(text: str, a: tuple[int, int], b: tuple[int, int], window: int = WINDOW) -> bool:
    """Whether two spans are within `window` characters in the same sentence."""
    left, right = (a, b) if a[0] <= b[0] else (b, a)
    gap = text[left[1] : right[0]]
    return left[1] <= right[0] and len(gap) <= window and not SENTENCE_END.search(gap)


def attach(text: str, mention: PenaltyMention, free: list[Duration]) -> PenaltyMention:
    """Give a kind that takes a length the nearest free length in its sentence."""
    if mention.kind not in data()["durable"]:
        return mention
    span = (mention.start, mention.end)
    close = [d for d in free if near(text, span, (d.start, d.end))]
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


def is_term(text: str, duration: Duration) -> bool:
    """A bare length read as a sentence: "sentenced to ten years", "6년 형"."""
    d = data()
    return words_near(text, duration.start, duration.end, d["term_before"], d["term_after"])


def merge(text: str, found: list[PenaltyMention]) -> list[PenaltyMention]:
    """Join a kind with its length and a facility of the same kind next to it."""
    out: list[PenaltyMention] = []
    for mention in found:
        last = out[-1] if out else None
        if (
            last is not None
            and last.kind == mention.kind
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


def negated(text: str, mention: PenaltyMention) -> bool:
    """ "spared the death penalty", "사형을 면했다"."""
    d = data()
    return words_near(text, mention.start, mention.end, d["negation_before"], d["negation_after"])


def find_penalties(text: str, language: str | None = None) -> list[PenaltyMention]:
    """Every penalty in `text`, in text order, with its length in months where the text gives
    one ("between six months and two years" -> 6..24, "교화 8년에서 10년" -> 96..120). Life and
    death carry no months; a bare term ("sentenced to ten years", "6년 형") is forced_labor
    (rule `term`); executions carried out are kind death with rule `execution`."""
    free = durations(text)
    found = [m for match in kind_pattern().finditer(text) if (m := kind_mention(text, match))]
    found = [attach(text, m, free) for m in found]
    for duration in free:
        if is_term(text, duration):
            found.append(
                PenaltyMention(
                    duration.start,
                    duration.end,
                    text[duration.start : duration.end],
                    "forced_labor",
                    duration.min_months,
                    duration.max_months,
                    None,
                    "term",
                )
            )
    found.sort(key=lambda m: m.start)
    found = merge(text, found)
    return [replace(m, negated=True) if negated(text, m) else m for m in found]
