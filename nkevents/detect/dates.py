"""Find dates in a report's text, resolved against its publication date as ISO prefixes."""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache, lru_cache
from typing import Any

from nkevents.detect.numbers import KeyFinder
from nkevents.vocabulary import load_data


@dataclass(slots=True, frozen=True)
class DateMention:
    """A date in the text: where it is, what it says and the ISO prefix it resolves to."""

    start: int
    end: int
    text: str
    value: str  # "2018-11-12", "2018-11" or "2018": never a made-up day
    rule: str


@dataclass(slots=True, frozen=True)
class Published:
    """A publication date at its own precision."""

    year: int
    month: int | None = None
    day: int | None = None

    def last_day(self) -> date:
        """The latest day the publication date allows."""
        month = self.month or 12
        return date(self.year, month, self.day or _days_in(self.year, month))


@lru_cache(maxsize=256)  # read again for each sentence of a report: its date, once
def parse_published(value: str | None) -> Published | None:
    """`2018-11-21`, `2018-11`, `2018` (or a longer ISO timestamp) as a Published."""
    match = re.match(r"\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", value or "")
    if not match:
        return None
    year, month, day = (int(g) if g else None for g in match.groups())
    assert year is not None
    if month is not None and not 1 <= month <= 12:
        return Published(year)
    if month is not None and day is not None and not 1 <= day <= _days_in(year, month):
        return Published(year, month)
    return Published(year, month, day)


def _days_in(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def iso(year: int, month: int | None = None, day: int | None = None) -> str | None:
    """An ISO prefix, or None when the day does not exist in that month."""
    if month is None:
        return f"{year:04d}"
    if not 1 <= month <= 12:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}"
    if not 1 <= day <= _days_in(year, month):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def shift_month(year: int, month: int, by: int) -> tuple[int, int]:
    """The (year, month) `by` months away."""
    index = year * 12 + month - 1 + by
    return index // 12, index % 12 + 1


# --- resolving a partial date against the publication date -------------------------------


def year_of_day(
    month: int, day: int, pub: Published, future: bool = False, ahead: bool = False
) -> int:
    """The year of a month and day given without one: the publication year unless that
    date would fall more than a month after publication; when the text points forwards
    ("from May") the publication year; when it also speaks of what will be (`ahead`: "will
    ban imports from Jan. 1" in December) the next such day."""
    if pub.month is None:
        return pub.year
    candidate = date(pub.year, month, min(day, _days_in(pub.year, month)))
    if ahead:  # "will ban imports from Jan. 1", told in December: the coming January
        first = date(pub.year, pub.month, 1)
        return pub.year + 1 if candidate < first - timedelta(days=31) else pub.year
    if future:
        return pub.year
    return pub.year if candidate <= pub.last_day() + timedelta(days=31) else pub.year - 1


def year_of_month(month: int, pub: Published, future: bool = False, ahead: bool = False) -> int:
    """The year of a month given without one: the latest such month not after publication
    (the publication year when the text points forwards); when it also speaks of what will
    be ("will last until March", told in December), the next one."""
    if pub.month is None or future and not ahead:
        return pub.year
    if ahead:
        return pub.year + 1 if month < pub.month - 1 else pub.year
    return pub.year if month <= pub.month else pub.year - 1


def day_of_month(day: int, pub: Published, months_back: int = 0) -> str | None:
    """ "the 29th" / "지난 19일": that day of the publication month, or of the month before
    when it would fall after the publication day."""
    if pub.month is None:
        return None
    year, month = shift_month(pub.year, pub.month, -months_back)
    if months_back == 0 and pub.day is not None and day > pub.day:
        year, month = shift_month(year, month, -1)
    return iso(year, month, day)


def weekday_date(weekday: int, pub: Published, mode: str) -> str | None:
    """ "on Tuesday": the Tuesday on or before publication ("last": before; "next": after)."""
    if pub.day is None or pub.month is None:
        return None
    published = date(pub.year, pub.month, pub.day)
    if mode == "next":
        ahead = (weekday - published.weekday()) % 7
        found = published + timedelta(days=ahead)
    else:
        back = (published.weekday() - weekday) % 7
        found = published - timedelta(days=back or (7 if mode == "last" else 0))
    return found.isoformat()


def relative_unit(unit: str, offset: int, pub: Published) -> str | None:
    """ "last month", "this year", "two years ago" at the unit's precision."""
    if unit == "year":
        return iso(pub.year + offset)
    if pub.month is None:
        return None
    if unit == "month":
        return iso(*shift_month(pub.year, pub.month, offset))
    if pub.day is None:
        return None
    day = date(pub.year, pub.month, pub.day) + timedelta(days=offset)
    return day.isoformat()


# --- rules: one regex per rule, joined into one compiled pattern per language -------------


@dataclass(slots=True)
class Hit:
    """One regex match of a rule, with its groups by their short names."""

    groups: dict[str, str]
    text: str
    start: int
    end: int

    def num(self, name: str) -> int | None:
        value = self.groups.get(name)
        return int(value) if value and value.isdigit() else None


Resolver = Callable[[Hit, Published | None, "Words"], str | None]


@dataclass(slots=True, frozen=True)
class Words:
    """The date words of data/dates.yaml."""

    raw: dict[str, Any]
    months: dict[str, int]
    weekdays: dict[str, int]
    future: tuple[str, ...]
    not_year_after: frozenset[str]
    not_year_before: frozenset[str]


@cache
def words() -> Words:
    """The date words, loaded once."""
    raw = load_data("dates.yaml")
    return Words(
        raw=raw,
        months={str(k): int(v) for k, v in raw["months"].items()},
        weekdays={
            str(k): int(v) for k, v in {**raw["weekdays"], **raw["korean"]["weekdays"]}.items()
        },
        future=tuple(str(w).lower() for w in raw["future_cues"] + raw["korean"]["future_cues"]),
        not_year_after=frozenset(str(w).lower() for w in raw["not_year_after"]),
        not_year_before=frozenset(str(w).lower() for w in raw["not_year_before"]),
    )


def alt(items: Any) -> str:
    """A regex alternation of words, longest first."""
    return "|".join(re.escape(str(w)) for w in sorted(items, key=len, reverse=True))


def points_forward(hit: Hit, w: Words) -> bool:
    """A cue just before ("from", "until") or, in Korean, just after ("까지") the date."""
    before = hit.text[max(0, hit.start - 18) : hit.start].lower().rstrip()
    after = hit.text[hit.end : hit.end + 6]
    return any(
        before.endswith(" " + cue) or before == cue or after.lstrip().startswith(cue)
        for cue in w.future
    )


_AHEAD = re.compile(r"(?i)\b(?:will|would|shall|is to|are to|plans? to|set to|due to)\b|예정|할 것")


def speaks_ahead(hit: Hit) -> bool:
    """Whether the clause before a date speaks of what is to come ("will ban ... from")."""
    before = hit.text[max(0, hit.start - 80) : hit.start]
    return bool(_AHEAD.search(re.split(r"[.;!?]\s", before)[-1]))


def month_of(hit: Hit, w: Words) -> int | None:
    name = hit.groups.get("m")
    if name is None:
        return None
    return int(name) if name.isdigit() else w.months.get(name)


def offset_of(word: str | None, table: dict[str, int] | None = None) -> int:
    """-1 for "last", 0 for "this", 1 for "next" (or the Korean word's offset in `table`)."""
    if word is None:
        return 0
    word = " ".join(word.lower().split())
    if table is not None:
        return table.get(word, 0)
    return {"last": -1, "previous": -1, "the previous": -1, "next": 1}.get(word, 0)


def r_full(hit: Hit, pub: Published | None, w: Words) -> str | None:
    """A date that carries its own year ("Dec. 12, 2013", "2013년 12월", "late 2016")."""
    year = hit.num("y")
    if year is None:
        return None
    day = None if hit.groups.get("d2") or hit.groups.get("d3") else hit.num("d")  # days: month
    month = month_of(hit, w)
    if month is None and year_end(hit):
        month = 12  # "the end of 2016", "2016년 말": its last month
    return iso(year, month, day)


# "2016년 말", "지난해 말에": the end of a year, its last month (not 말씀, words)
_KO_YEAR_END = re.compile(r"\s?연?말(?![씀고])")


def year_end(hit: Hit) -> bool:
    """Whether a year is told as its end: "the end of 2016", "by the end of last year",
    "2016년 말", "지난해 말"."""
    part = (hit.groups.get("p") or hit.groups.get("e") or "").lower()
    return part.endswith("end of") or bool(_KO_YEAR_END.match(hit.text, hit.end))


def r_day_of_year(hit: Hit, pub: Published | None, w: Words) -> str | None:
    """ "Oct. 3 last year", "3 October of last year": the day in the year told relative to
    publication."""
    if pub is None:
        return None
    day = None if hit.groups.get("d2") or hit.groups.get("d3") else hit.num("d")
    return iso(pub.year + offset_of(hit.groups.get("r")), month_of(hit, w), day)


def r_month_day(hit: Hit, pub: Published | None, w: Words) -> str | None:
    """ "Nov. 12", "Monday, May 27", "8월 30일": the year inferred from publication."""
    month, day = month_of(hit, w), hit.num("d")
    if pub is None or month is None or day is None or not 1 <= month <= 12:
        return None
    forward = points_forward(hit, w)
    year = year_of_day(month, day, pub, forward, forward and speaks_ahead(hit))
    return iso(year, month, None if hit.groups.get("d2") or hit.groups.get("d3") else day)


def r_month(hit: Hit, pub: Published | None, w: Words) -> str | None:
    """ "in early March", "since May", "10월 말까지": the latest such month (or the next one
    when the text points forwards)."""
    month = month_of(hit, w)
    if pub is None or month is None or not 1 <= month <= 12:
        return None
    forward = points_forward(hit, w)
    return iso(year_of_month(month, pub, forward, forward and speaks_ahead(hit)), month)


def r_named_month(hit: Hit, pub: Published | None, w: Words) -> str | None:
    """ "last December", "this March", "지난 3월": the month relative to publication."""
    month, offset = month_of(hit, w), offset_of(hit.groups.get("r"))
    if pub is None or pub.month is None or month is None or not 1 <= month <= 12:
        return None
    if hit.groups.get("r") == "지난":
        offset = -1
        if month == pub.month and _past_in_month(hit, pub):
            return iso(pub.year, month, hit.num("d"))  # "지난 5월 초", told on 25 May
    if offset < 0:
        year = pub.year if month < pub.month else pub.year - 1
    elif offset > 0:
        year = pub.year if month > pub.month else pub.year + 1
    else:
        year = pub.year
    return iso(year, month, hit.num("d"))


_KO_EARLY = re.compile(r"\s*(?P<p>초순|상순|초|중순)")


def _past_in_month(hit: Hit, pub: Published) -> bool:
    """Whether the day or part of the publication month a date names is already past."""
    day = hit.num("d")
    if pub.day is None:  # told in a report dated only to this month: a day of it is past
        return day is not None
    if day is not None:
        return day <= pub.day
    part = _KO_EARLY.match(hit.text, hit.end)
    if part is None:
        return False
    return pub.day > (20 if part["p"] == "중순" else 10)


def r_month_of_year(hit: Hit, pub: Published | None, w: Words) -> str | None:
    """ "February this year", "November of last year"."""
    if pub is None:
        return None
    return iso(pub.year + offset_of(hit.groups.get("r")), month_of(hit, w))


def r_day(hit: Hit, pub: Published | None, w: Words) -> str | None:
    """ "on the 29th", "지난 19일", "25일": that day of the publication month (or the one
    before), or of last month ("the 22nd of last month", "지난달 22일")."""
    day = hit.num("d")
    if pub is None or day is None:
        return None
    relative = hit.groups.get("r")
    table = w.raw["korean"]["months"] if relative in w.raw["korean"]["months"] else None
    back = -offset_of(relative, table)
    if back == 0 and relative and pub.month is not None:
        return iso(pub.year, pub.month, day)  # "this month": no rolling back
    return day_of_month(day, pub, back)


def r_days(hit: Hit, pub: Published | None, w: Words) -> str | None:
    """ "17~19일", "3월 2~4일": days of one month, as that month."""
    first, day = hit.num("a"), hit.num("d")
    if first is None or day is None or first > day:
        return None
    if hit.groups.get("m"):
        last = r_full(hit, pub, w) if hit.groups.get("y") else r_month_day(hit, pub, w)
    else:
        last = r_day(hit, pub, w)
    return last[:7] if last else None


def r_relative(hit: Hit, pub: Published | None, w: Words) -> str | None:
    """ "last month", "this year", "earlier this month", "last week"."""
    if pub is None:
        return None
    unit, offset = hit.groups["u"].lower(), offset_of(hit.groups.get("r"))
    if unit == "week":
        return week_value(pub, offset)
    if unit == "year" and year_end(hit):
        return iso(pub.year + offset, 12)  # "at the end of last year"
    return relative_unit(unit, offset, pub)


def r_of_the_unit(hit: Hit, pub: Published | None, w: Words) -> str | None:
    """ "since the start of the month", "by the end of the year": the month or year of
    publication, the one the report stands in."""
    if pub is None:
        return None
    return relative_unit(hit.groups["u"].lower(), 0, pub)


def week_value(pub: Published, offset: int) -> str | None:
    """A calendar week relative to publication, as the month (or year) that holds its
    working days, Monday to Friday (a weekend across a month's end does not blur it); the
    week of publication ("this week", "이번 주") only up to the day of publication, the days
    told being past."""
    if pub.month is None or pub.day is None:
        return None
    published = date(pub.year, pub.month, pub.day)
    monday = published - timedelta(days=published.weekday() - 7 * offset)
    friday = monday + timedelta(days=4)
    if offset == 0:
        friday = min(friday, published)
    if (monday.year, monday.month) == (friday.year, friday.month):
        return iso(monday.year, monday.month)
    return iso(monday.year) if monday.year == friday.year else None


# Counts that say "a few": about three, and never a day of their own ("a few days ago" is
# the month those days fall in)
VAGUE_COUNTS = {"few": 3, "several": 3, "couple": 2}


def r_ago(hit: Hit, pub: Published | None, w: Words) -> str | None:
    """ "two years ago", "a month ago", "three days ago"; "a week ago" and "a few days ago"
    give their month, "a few months ago" its year (when the months it may be share one)."""
    from nkevents.detect.numbers import parse_number

    said = hit.groups["n"].lower()
    vague = VAGUE_COUNTS.get(said)
    count = 1 if said in ("a", "an") else vague or parse_number(hit.groups["n"])
    if pub is None or count is None:
        return None
    unit = hit.groups["u"].lower().rstrip("s")
    if unit == "fortnight":
        unit, count = "day", 14 * count
        vague = vague or count
    if unit == "year" and vague:
        return None  # "a few years ago": no year is told
    if unit == "month" and vague:
        if pub.month is None:
            return None
        near, far = shift_month(pub.year, pub.month, -2), shift_month(pub.year, pub.month, -6)
        return iso(near[0]) if near[0] == far[0] else None
    if unit == "week" or unit == "day" and vague:  # no day is told, only the month
        if pub.month is None or pub.day is None:
            return None
        days = count * (7 if unit == "week" else 1)
        then = date(pub.year, pub.month, pub.day) - timedelta(days=days)
        return iso(then.year, then.month)
    return relative_unit(unit, -count, pub)


def r_weekday(hit: Hit, pub: Published | None, w: Words) -> str | None:
    """ "on Tuesday", "last Thursday", "from Tuesday", "지난 수요일"."""
    cue = (hit.groups.get("r") or "").lower()
    if cue == "from" and _RANGE_NEXT.match(hit.text, hit.end):
        cue = ""  # "from Thursday to Monday": a range told of the past, as both ends are
    if cue == "until" and _PAST_NOT_UNTIL.search(hit.text, max(0, hit.start - 80), hit.start):
        cue = ""  # "did not disclose it until Sunday": the past Sunday it came out
    mode = "last" if cue in ("last", "지난") else "next" if cue in NEXT_WEEKDAY else "on"
    if pub is None:
        return None
    return weekday_date(w.weekdays[hit.groups["w"]], pub, mode)


# A past deed held off until a day ("did not disclose until Sunday", "wasn't freed until")
_PAST_NOT_UNTIL = re.compile(
    r"(?i)\b(?:did\s+not|didn['’]t|was\s+not|wasn['’]t|were\s+not|weren['’]t|had\s+not|"
    r"hadn['’]t)\b[^.;!?]*$"
)


NEXT_WEEKDAY = frozenset(["next", "from", "until", "by", "starting", "다음"])
_RANGE_NEXT = re.compile(r"\s+(?:to|until|till|through)\s+(?:last\s+)?[A-Z]")


def r_year(hit: Hit, pub: Published | None, w: Words) -> str | None:
    """A year on its own ("in 2016", "since 2011"), unless it numbers or counts a thing."""
    before = hit.text[max(0, hit.start - 16) : hit.start]
    if before.endswith(("$", "#", "/", "-", "No.", "No. ")):
        return None
    previous = before.split()[-1].lower() if before.split() else ""
    after = hit.text[hit.end : hit.end + 16].split()
    following = after[0].lower().strip(".,;:)") if after else ""
    if previous in w.not_year_after or following in w.not_year_before:
        return None
    return r_full(hit, pub, w)


def r_korean_year(hit: Hit, pub: Published | None, w: Words) -> str | None:
    """ "지난해", "올해 3월", "작년 8월 5일": a year relative to publication."""
    after = 1 if hit.groups["r"] in w.raw["korean"]["following_year"] else 0
    if after or hit.groups["r"] in w.raw["korean"]["that_year"]:
        if _HANGUL.match(hit.text, hit.end):
            return None  # "같은 해역", "그 해상": a word that starts with the year's syllable
        year = _year_told_before(hit, pub, w)
        year = None if year is None else year + after  # "이듬해": the year after it
    else:
        year = (
            None if pub is None else pub.year + offset_of(hit.groups["r"], w.raw["korean"]["years"])
        )
    if year is None:
        return None
    if not hit.groups.get("m") and year_end(hit):
        return iso(year, 12)  # "지난해 말": the last month of last year
    return iso(year, month_of(hit, w), hit.num("d") if hit.groups.get("m") else None)


_EN_YEAR_TOLD = re.compile(
    r"\b((?:19|20)\d\d)\b(?!\s*(?:-|–|to)\s*\d)|\b(?i:(last|this|next) year)\b"
)


def r_that_year(hit: Hit, pub: Published | None, w: Words) -> str | None:
    """ "in December that year", "later that year", "the same year": the year last told before
    it in the text ("arrested in January 2015 and sentenced in December that year": 2015);
    "the following year", "a year later", "in March the following year": the year after it."""
    told = list(_EN_YEAR_TOLD.finditer(hit.text, max(0, hit.start - 600), hit.start))
    if not told:
        return None
    last = told[-1]
    if last.group(1):
        year = int(last.group(1))
    elif pub is not None:
        year = pub.year + offset_of(last.group(2).split()[0].lower())
    else:
        return None
    year += 1 if hit.groups.get("x") else 0
    return iso(year, month_of(hit, w) if hit.groups.get("m") else None)


def r_before_last(hit: Hit, pub: Published | None, w: Words) -> str | None:
    """ "the year before last", "the month before last": two years (months) before
    publication's."""
    return None if pub is None else relative_unit(hit.groups["u"].lower(), -2, pub)


def r_in_the_unit(hit: Hit, pub: Published | None, w: Words) -> str | None:
    """ "earlier in the month", "late in the year": the month (year) last told before it in
    the text ("On March 20 ... Earlier in the month, ...": March), else publication's."""
    unit = hit.groups["u"].lower()
    before = hit.text[max(0, hit.start - 600) : hit.start]
    if unit == "year":
        if _EN_YEAR_TOLD.search(before):
            return r_that_year(hit, pub, w)
        return None if pub is None else iso(pub.year)
    told = list(_month_told().finditer(before))
    if not told:
        return relative_unit("month", 0, pub) if pub is not None else None
    month = w.months[told[-1]["m"]]
    if told[-1]["y"]:
        return iso(int(told[-1]["y"]), month)
    return None if pub is None else iso(year_of_month(month, pub), month)


@cache
def _month_told() -> re.Pattern[str]:
    """A month named in English text, with the year told after it if any."""
    return re.compile(
        rf"\b(?P<m>{alt(words().months)})\b\.?(?:\s+\d{{1,2}}\b)?(?:,?\s+(?P<y>(?:19|20)\d\d))?"
    )


_HANGUL = re.compile(r"[가-힣]")
_KO_YEAR_TOLD = re.compile(r"((?:19|20)\d\d)\s*년|(지난\s?해|작년|올해|금년|재작년|올\s?들어)")


def _year_told_before(hit: Hit, pub: Published | None, w: Words) -> int | None:
    """ "그 해 3월": the year of the last year told before it in the text ("지난해 1월")."""
    told = list(_KO_YEAR_TOLD.finditer(hit.text, max(0, hit.start - 600), hit.start))
    if not told:
        return None
    last = told[-1]
    if last.group(1):
        return int(last.group(1))
    if pub is None:
        return None
    return pub.year + offset_of(last.group(2), w.raw["korean"]["years"])


_KO_MONTH_TOLD = re.compile(r"(?:((?:19|20)\d\d)\s*년\s*)?(1[0-2]|[1-9])\s*월")


def r_same_month(hit: Hit, pub: Published | None, w: Words) -> str | None:
    """ "2017년 9월 10일부터 같은 달 24일까지": a day of the month last told before it."""
    told = list(_KO_MONTH_TOLD.finditer(hit.text, max(0, hit.start - 300), hit.start))
    if not told:
        return None
    last = told[-1]
    year = int(last.group(1)) if last.group(1) else _year_told_before(hit, pub, w)
    if year is None and pub is not None:
        year = pub.year
    if year is None:
        return None
    return iso(year, int(last.group(2)), hit.num("d"))


def r_korean_days_ago(hit: Hit, pub: Published | None, w: Words) -> str | None:
    """ "엿새 전", "3일 전": that many days before publication; "며칠 전", "수일 전" (a few
    days) and "열흘 전쯤" (about then) the month those days fall in."""
    if (
        hit.groups.get("f")
        or hit.groups.get("t")
        or _ABOUT_END.search(hit.text, hit.start, hit.end)
    ):
        if pub is None or pub.month is None or pub.day is None:
            return None
        back = 10 if hit.groups.get("t") else VAGUE_COUNTS["few"]  # "십여 일 전": ten and more
        then = date(pub.year, pub.month, pub.day) - timedelta(days=back)
        return iso(then.year, then.month)
    count = w.raw["korean"]["day_counts"].get(hit.groups.get("k", "")) or hit.num("d")
    if pub is None or count is None:
        return None
    return relative_unit("day", -count, pub)


def r_korean_units_ago(hit: Hit, pub: Published | None, w: Words) -> str | None:
    """ "두 달 전", "3주 전", "일주일 전", "보름 전": the month that many weeks or months
    before publication falls in (no day is told); "3년 전" the year that many years before
    ("2년여 전", some years and more, none)."""
    if pub is not None and hit.groups.get("u") == "년":
        n = hit.groups.get("n", "")
        count = int(n) if n.isdigit() else w.raw["korean"]["unit_counts"].get(n)
        return None if count is None or hit.groups.get("a") else iso(pub.year - count)
    if pub is None or pub.month is None:
        return None
    if hit.groups.get("y"):  # "반년 전": half a year
        return iso(*shift_month(pub.year, pub.month, -6))
    if hit.groups.get("h") or hit.groups.get("w"):
        days = 15 if hit.groups.get("h") else 7
    else:
        n = hit.groups.get("n", "")
        count = int(n) if n.isdigit() else w.raw["korean"]["unit_counts"].get(n)
        if count is None:
            return None
        if hit.groups.get("u", "").startswith("주"):
            days = 7 * count
        else:
            return iso(*shift_month(pub.year, pub.month, -count))
    if pub.day is None:
        return None
    then = date(pub.year, pub.month, pub.day) - timedelta(days=days)
    return iso(then.year, then.month)


def r_holiday(hit: Hit, pub: Published | None, w: Words) -> str | None:
    """ "설 명절을 앞두고", "지난해 추석", "ahead of the Lunar New Year": the month of that
    holiday ("설날", "추석 당일", "Chuseok Day": its day), the latest one not more than a month
    after publication unless a year is told."""
    name = hit.groups["h"]
    fixed = w.raw["fixed_holidays"].get(name.replace("’", "'"))
    table = w.raw["lunar_holidays"]["chuseok" if name.startswith(("추석", "Chu")) else "seollal"]
    if fixed is not None:
        table = {year: fixed for year in range(1946, 2100)}
    year = hit.num("y")
    if year is None and pub is not None:
        which = hit.groups.get("r")
        offset = offset_of(which, w.raw["korean"]["years"]) if which and not which.isascii() else 0
        year = pub.year + (offset if which and not which.isascii() else offset_of(which))
        if which is None and pub.month is not None and year in table:
            when = date.fromisoformat(f"{year}-{table[year]}")
            if when > pub.last_day() + timedelta(days=31):
                year -= 1
    if year is None or year not in table:
        return None
    day = f"{year}-{table[year]}"
    return day if hit.groups.get("q") or name.endswith("설날") else day[:7]


def r_weekend(hit: Hit, pub: Published | None, w: Words) -> str | None:
    """ "over the weekend", "last weekend": the Saturday and Sunday just before publication
    (the one it falls on, when published on one), as the month (or year) that holds both."""
    if pub is None or pub.month is None or pub.day is None or speaks_ahead(hit):
        return None  # "will meet at the weekend": one to come
    published = date(pub.year, pub.month, pub.day)
    sunday = published - timedelta(days=(published.weekday() + 1) % 7)
    saturday = sunday - timedelta(days=1)
    if (saturday.year, saturday.month) == (sunday.year, sunday.month):
        return iso(sunday.year, sunday.month)
    return iso(sunday.year) if saturday.year == sunday.year else None


def r_season(hit: Hit, pub: Published | None, w: Words) -> str | None:
    """ "last summer", "this spring", "in the autumn of 2017", 지난 가을, 올봄: the year of
    that season (the latest one begun by publication when no word says which)."""
    year = hit.num("y")
    if year is not None:
        return iso(year)
    first, last = w.raw["seasons"][hit.groups["s"].lower()]
    if pub is None:
        return None
    which = (hit.groups.get("r") or "").lower()
    if which in ("this", "올"):
        return iso(pub.year)
    if pub.month is None:
        return None
    if which in ("last", "past", "지난"):  # the latest one over by publication
        return iso(pub.year if pub.month > last else pub.year - 1)
    if which == "next":
        return iso(pub.year if pub.month < first else pub.year + 1)
    return iso(pub.year if pub.month >= first else pub.year - 1)


def r_korean_month(hit: Hit, pub: Published | None, w: Words) -> str | None:
    """ "지난달", "이달 초": a month relative to publication."""
    if pub is None or pub.month is None:
        return None
    offset = offset_of(hit.groups["r"], w.raw["korean"]["months"])
    return iso(*shift_month(pub.year, pub.month, offset))


RECENT_DAYS = {
    "day": 1,
    "days": 3,
    "week": 7,
    "weeks": 28,
    "month": 30,
    "months": 90,
    "일": 1,
    "주": 7,
    "개월": 30,
    "달": 30,
}


def r_recent(hit: Hit, pub: Published | None, w: Words) -> str | None:
    """ "in recent weeks", "over the past two weeks", "최근 3주": the month (or year) that holds
    the whole stretch before publication."""
    from nkevents.detect.numbers import parse_number

    if pub is None or pub.month is None or pub.day is None:
        return None
    unit, count = hit.groups["u"].lower(), hit.groups.get("n")
    if count is None and re.match(r"[가-힣](?<![간동사새])", hit.text[hit.end : hit.end + 1]):
        return None  # "최근 주민들": residents, not weeks
    if count is None:
        days = RECENT_DAYS[unit]
    else:
        number = (
            3
            if count.lower() in ("few", "several", "몇")
            else 2
            if "couple" in count.lower()
            else parse_number(count)
        )
        if number is None:
            return None
        days = number * RECENT_DAYS[unit.rstrip("s")]
    end = date(pub.year, pub.month, pub.day)
    start = end - timedelta(days=days)
    if (start.year, start.month) == (end.year, end.month):
        return iso(end.year, end.month)
    return iso(end.year) if start.year == end.year else None


def r_lately(hit: Hit, pub: Published | None, w: Words) -> str | None:
    """ "최근 (들어)": lately, the month of publication (corpus/real/README.md)."""
    if pub is None or pub.month is None:
        return None
    return iso(pub.year, pub.month)


# (others: the day itself)
RELATIVE_DAYS = {
    "어제": -1,
    "그제": -2,
    "그저께": -2,
    "yesterday": -1,
    "the day before yesterday": -2,
}


def r_this_year(hit: Hit, pub: Published | None, w: Words) -> str | None:
    """ "올 들어": the year of publication."""
    return None if pub is None else iso(pub.year)


def r_korean_year_part(hit: Hit, pub: Published | None, w: Words) -> str | None:
    """ "올 초", "연초에": the year of publication; "지난 연말" the last month of the year before
    it, and "연말" alone that month when told in December (this one) or in January or
    February (the one just past); in other months it may be the coming one, and gives none."""
    if pub is None:
        return None
    if hit.groups.get("b"):
        return iso(pub.year)
    if hit.groups.get("r"):
        return iso(pub.year - 1, 12)
    if pub.month == 12:
        return iso(pub.year, 12)
    return iso(pub.year - 1, 12) if pub.month is not None and pub.month <= 2 else None


def r_korean_week_day(hit: Hit, pub: Published | None, w: Words) -> str | None:
    """ "지난주 수요일", "이번 주 월요일": that day of the week before or of publication."""
    if pub is None or pub.month is None or pub.day is None:
        return None
    published = date(pub.year, pub.month, pub.day)
    monday = published - timedelta(days=published.weekday())
    if hit.groups["r"] == "지난":
        monday -= timedelta(days=7)
    return (monday + timedelta(days=w.weekdays[hit.groups["w"]])).isoformat()


def r_month_range(hit: Hit, pub: Published | None, w: Words) -> str | None:
    """ "5~6월", "지난 5, 6월", "작년 5~6월", "2018년 5~6월": two months of one year, as that
    year (what both agree on)."""
    first, last = hit.num("a"), hit.num("m")
    if first is None or last is None or first >= last:
        return None
    year = hit.num("y")
    if year is None and hit.groups.get("r") and pub is not None:
        year = pub.year + offset_of(hit.groups["r"], w.raw["korean"]["years"])
    if year is None and pub is not None:
        year = year_of_month(last, pub, points_forward(hit, w))
    return None if year is None else iso(year)


def r_korean_week(hit: Hit, pub: Published | None, w: Words) -> str | None:
    """ "지난주", "이번 주": the week before or of publication, as the month that holds it."""
    if pub is None:
        return None
    return week_value(pub, -1 if hit.groups["r"] == "지난" else 0)


def r_korean_day(hit: Hit, pub: Published | None, w: Words) -> str | None:
    """ "어제", "오늘", "today": a day relative to publication; "today" in a report dated
    only to its month or year is that month or year."""
    if pub is None:
        return None
    if hit.groups["r"] == "엊그제":  # a day or two ago, or lately: the month of those days
        if pub.month is None or pub.day is None:
            return None
        then = date(pub.year, pub.month, pub.day) - timedelta(days=2)
        return iso(then.year, then.month)
    offset = RELATIVE_DAYS.get(" ".join(hit.groups["r"].lower().split()), 0)
    if offset == 0 and pub.day is None:
        return iso(pub.year, pub.month)
    return relative_unit("day", offset, pub)


# --- the patterns ------------------------------------------------------------------------

DAY = r"(?P<d>[12]\d|3[01]|0?[1-9])"
ABOUT = "쯤|께|경"  # "열흘 전쯤", "보름 전께": about then
_ABOUT_END = re.compile(rf"(?:{ABOUT})(?:에)?$")
ORD = r"(?:st|nd|rd|th)"
YEAR = r"(?P<y>(?:19|20)\d\d)(?!\d|,\d)"
ISO = r"\b(?P<y>(?:19|20)\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<d>[0-3]\d)\b"
DOTTED = r"\b(?P<y>(?:19|20)\d\d)\.\s?(?P<m>1[0-2]|0?[1-9])\.\s?(?P<d>[12]\d|3[01]|0?[1-9])(?!\d)"
CUES = "in|since|from|until|till|by|during|through|throughout|before|after|between|and|or|to|of"


def _fixed_holidays(w: Words, english: bool) -> str:
    """The names of the North's fixed holidays of one language, as an alternation ("Kim Jong
    Il's birthday" also with a curly apostrophe)."""
    names = [str(n) for n in w.raw["fixed_holidays"] if str(n).isascii() == english]
    return alt(names).replace("'", "['’]")


def english_rules(w: Words) -> list[tuple[str, str, Resolver]]:
    """The English rules, most specific first (at one position the first that matches wins)."""
    month = rf"\b(?P<m>{alt(w.months)})\b\.?"
    weekday = rf"\b(?P<w>{alt(w.raw['weekdays'])})"
    part = rf"(?:\b(?P<p>(?i:{alt(w.raw['month_parts'])}))[\s-]+)"
    day = rf"{DAY}{ORD}?(?!:\d)\b"
    # "June 3-5", "June 3 and 4", "June 3 to 5": days of one month, told as that month (a
    # second number that counts something, "June 3 to 15 years", is no day)
    days = (
        rf"{day}(?:\s*[-–]\s*(?P<d2>[0-3]?\d)\b|\s+(?:and|to|or|through)\s+(?P<d3>[0-3]?\d)"
        r"(?=\s*(?:[.,;:)\n]|$)|\s+(?:in|at|near|when|after|before|while)\b))?"
    )
    rel = r"(?P<r>(?i:last|this|next))"
    cue = rf"(?:\b(?P<c>(?i:{CUES}))\s+)?"  # a cue before, left out of the date's text
    of_year = rf",?\s+(?:of\s+)?{rel}\s+(?i:year)\b"  # "of last year", "this year"
    return [
        ("iso", ISO, r_full),
        ("mdy", rf"(?:{weekday},?\s+)?{month}\s+{days},?\s+{YEAR}", r_full),
        ("dmy", rf"(?:{weekday},?\s+)?\b{day}\s+(?:of\s+)?{month},?\s+{YEAR}", r_full),
        ("md_of_year", rf"(?:{weekday},?\s+)?{month}\s+{days}{of_year}", r_day_of_year),
        ("dm_of_year", rf"\b(?:the\s+)?{day}\s+(?:of\s+)?{month}{of_year}", r_day_of_year),
        ("md", rf"(?:{weekday},?\s+)?{month}\s+{days}", r_month_day),
        ("dm", rf"\b(?:the\s+)?{day}\s+(?:of\s+)?{month}", r_month_day),
        # (a cue before: "In October of last year", not "In October" and "last year" apart)
        ("month_of_year", rf"{cue}{part}?{month}{of_year}", r_month_of_year),
        (
            "month_that_year",
            rf"(?:\b(?P<c>(?i:{CUES}))\s+)?{part}?{month},?\s+(?:of\s+)?"
            r"(?:(?i:that|the\s+same|that\s+same)|(?P<x>(?i:the\s+following)))\s+(?i:year)\b",
            r_that_year,
        ),
        ("my", rf"{cue}{part}?{month},?\s+(?:of\s+)?{YEAR}", r_full),
        ("part_year", rf"{part}{YEAR}\b", r_full),
        ("day_of_month", rf"\b(?i:the)\s+{DAY}{ORD}\s+of\s+{rel}\s+month\b", r_day),
        ("month_on_day", rf"\b{rel}\s+month\s+on\s+the\s+{DAY}{ORD}\b", r_day),
        ("named_month", rf"{part}?\b{rel}\s+{month}(?<!\.)(?!\.?\s*\d)", r_named_month),
        ("month", rf"(?:\b(?P<c>(?i:{CUES}))\s+)?{part}?{month}(?<!\.)(?!\.?\s*\d)", r_month),
        (
            "ordinal_day",
            # "from the 4th to 8th": the end of a range after an ordinal needs no "the"
            rf"\b(?P<c>(?i:on|since|from|until|till|by|before|after|of|around|about|between|"
            rf"(?<=\d(?:st|nd|rd|th) )(?:to|through|and)))\s+(?:the\s+)?{DAY}{ORD}\b"
            rf"(?!\s+(?:of\b|{alt(w.months)}\b|{alt(w.raw['not_ordinal_before'])}))",
            r_day,
        ),
        (
            "relative",
            rf"\b(?:(?P<e>(?i:earlier|later|early|late|(?:the\s+)?end\s+of))\s+)?{rel}"
            r"\s+(?P<u>(?i:year|month|week))\b(?!\s+of\b)",  # not "the last week of October"
            r_relative,
        ),
        (
            "of_the_unit",
            # ("since" left out of the date's text, so it starts a period before it; the other
            # cues kept: "from Feb. 19 until the end of the year" is no range of two dates)
            r"\b(?:(?P<c>(?i:since))|(?i:from|at|in|by|until))\s+the\s+"
            r"(?P<e>(?i:start|beginning|middle|end))"
            r"\s+of\s+the\s+(?P<u>(?i:month|year))\b",
            r_of_the_unit,
        ),
        (
            "ago",
            r"(?<!half )\b(?P<n>(?i:an?|[a-z]+|\d+))\s+(?:(?i:of)\s+)?"  # not "half a year ago"
            r"(?P<u>(?i:years?|months?|weeks?|days?|fortnights?))\s+ago\b",
            r_ago,
        ),
        (
            "recent",
            r"\b(?P<r>(?i:past|last|recent))\s+(?:(?P<n>(?i:[a-z]+|\d+|couple\s+of))\s+)?"
            r"(?P<u>(?i:days|weeks|months|week|month))\b(?!\s+of\b)",  # "the last days of May"
            r_recent,
        ),
        (
            "weekend",
            r"(?:(?i:last|this|this\s+past|the\s+past)\s+|(?i:over|during|at)\s+the\s+)"
            r"(?i:weekend)\b(?!\s+(?i:markets?|editions?|class(?:es)?|shifts?|jobs?|schools?))",
            r_weekend,
        ),
        (
            "season",
            r"(?:(?P<r>(?i:last|this|next|past))\s+|(?i:in|during|over|through|by)\s+the\s+"
            r"(?:(?i:early|late)\s+)?|(?i:early|late)\s+in\s+the\s+|(?i:in|by)\s+(?i:early|late)\s+)"
            r"(?P<s>(?i:spring|summer|autumn|fall))\b(?!\s+of\s+(?!(?:19|20)\d\d))"
            rf"(?:,?\s+(?:of\s+)?{YEAR})?",
            r_season,
        ),
        (
            "holiday",
            rf"(?:(?P<r>(?i:last|this))\s+(?:year['’]s\s+)?|{YEAR}\s+)?(?:the\s+)?"
            rf"(?P<h>Lunar New Year|Seollal|Chuseok|Chusok|{_fixed_holidays(w, True)})"
            r"(?:['’]s)?(?:\s+(?P<q>[Dd]ay)\b)?",
            r_holiday,
        ),
        (
            "that_year",
            r"\b(?i:(?:(?:later|earlier|early|late)\s+(?:in\s+)?|in\s+|during\s+|by\s+the\s+end\s+of\s+)"
            r"(?:that|the\s+same|that\s+same)\s+year)\b",
            r_that_year,
        ),
        (
            "before_last",  # "the year before last", "the month before last"
            r"\b(?i:the)\s+(?P<u>(?i:year|month))\s+(?i:before\s+last)\b",
            r_before_last,
        ),
        (
            "in_the_unit",  # "earlier in the month", "late in the year"
            r"\b(?i:earlier|later|early|late)\s+(?i:in\s+the)\s+(?P<u>(?i:month|year))\b",
            r_in_the_unit,
        ),
        (
            "year_after",  # "the following year", "a year later": the year after the one told
            r"\b(?P<x>(?i:the\s+following\s+year|a\s+year\s+later))\b",
            r_that_year,
        ),
        ("yesterday", r"\b(?P<r>(?i:the\s+day\s+before\s+yesterday|yesterday))\b", r_korean_day),
        (
            "today",
            r"\b(?P<r>(?i:today|tonight|this morning|this afternoon|this evening))\b(?!['’]s)",
            r_korean_day,
        ),
        (
            "weekday",
            rf"(?:\b(?P<r>(?i:last|next|this|on|from|until|since|by|starting))\s+)?"
            rf"{weekday}\b(?!,?\s+(?:the\s+)?(?:{alt(w.months)}|\d))",
            r_weekday,
        ),
        ("year", rf"\b{YEAR}\b", r_year),
    ]


def korean_rules(w: Words) -> list[tuple[str, str, Resolver]]:
    """The Korean rules, most specific first."""
    ko = w.raw["korean"]
    month, day = r"(?P<m>1[0-2]|0?[1-9])\s*월", rf"{DAY}\s*일"
    # a length of days ("40일 만에", "3일 동안", "10일여", "사흘 전"), not a day of the month;
    # after a space only as a word of its own ("3일 여성", "지난 3일 간부들", "3일 전국"
    # are days)
    ends = r"(?:에|의|이|을|은|는|도|로|만|부터|까지|인|쯤|께|경)?(?![가-힣])"
    not_day = (
        rf"(?!(?:{alt(ko['not_day_before'])})|\s+(?:{alt(ko['not_day_before'])}){ends}"
        rf"|\s*(?:전|후){ends})"
    )
    return [
        ("ko_iso", ISO, r_full),
        ("ko_dotted", DOTTED, r_full),
        (
            "ko_holiday",
            rf"(?:{YEAR}\s*년\s*|(?P<r>{alt(ko['years'])})\s*)?(?:음력\s?)?"
            rf"(?P<h>음력\s?설(?:날)?|구정|추석|{_fixed_holidays(w, False)})(?:\s*(?P<q>당일|날))?",
            r_holiday,
        ),
        (
            "ko_day_range",
            rf"(?<![\d.])(?:{YEAR}\s*년\s*|(?P<r>{alt(ko['months'])})\s*)?(?:{month}\s*)?"
            r"(?P<a>[12]\d|3[01]|0?[1-9])\s*(?:(?:일\s*)?[~∼·]|,\s?)\s*"
            rf"{day}{not_day}",
            r_days,
        ),
        (
            "ko_month_range",  # "5~6월", "지난 5, 6월", "작년 5~6월", "2018년 5~6월"
            rf"(?<![\d.])(?:{YEAR}\s*년\s*|(?P<r>{alt(ko['years'])})\s*|지난\s*)?"
            r"(?P<a>1[0-2]|[1-9])\s*(?:월\s*)?(?:[~∼·]|,\s?)\s*(?P<m>1[0-2]|[1-9])\s*월",
            r_month_range,
        ),
        ("ko_ymd", rf"{YEAR}\s*년\s*{month}\s*{day}", r_full),
        ("ko_ym", rf"{YEAR}\s*년\s*{month}", r_full),
        # (not a person's year in a parenthesis after the name, "(32세, 2001년 입국)", "(1990년생)")
        ("ko_y", rf"{YEAR}\s*년(?!\s*(?:대|간|동안))(?!\s*(?:입국|탈북|출생|생)\s*\))", r_full),
        (
            "ko_year",
            rf"(?P<r>{alt([*ko['years'], *ko['that_year'], *ko['following_year']])})"
            rf"(?:\s*{month}(?:\s*{day})?)?",
            r_korean_year,
        ),
        # "올 들어", "올들어": since the start of this year (올 alone, never after a syllable:
        # "돌아올 들어" is no year)
        ("ko_this_year", r"(?<![가-힣])올\s?들어", r_this_year),
        ("ko_same_month", rf"(?:같은|그)\s?달\s*{day}{not_day}", r_same_month),
        ("ko_month_day", rf"(?P<r>{alt(ko['months'])})\s*{day}", r_day),
        ("ko_month", rf"(?P<r>{alt(ko['months'])})", r_korean_month),
        ("ko_past_month", rf"(?P<r>지난)\s*{month}(?:\s*{day})?", r_named_month),
        ("ko_past_day", rf"지난\s*{day}{not_day}", r_day),
        (
            "ko_days_ago",
            rf"(?<!기\s)(?:(?P<k>{alt(ko['day_counts'])})|(?<![\d.~∼]){DAY}\s*일|"
            rf"(?<![가-힣])(?P<f>며칠|수일)|(?<![가-힣])(?P<t>십여\s?일|열흘\s?남짓|열흘여))\s?전"
            rf"(?:{ABOUT})?(?:에)?(?![가-힣])",
            r_korean_days_ago,
        ),
        ("ko_md", rf"(?<![\d.]){month}\s*{day}", r_month_day),
        (
            "ko_m",
            rf"(?<![\d.])(?P<m>1[0-2]|[1-9])\s*월(?!\s*\d{{1,2}}\s*(?:일|[~∼,\-]))(?:\s*(?P<p>{alt(ko['parts'])}))?",
            r_month,
        ),
        ("ko_d", rf"(?<![\d~∼.\-])(?<!약 )(?<!수)(?<!몇 ){day}{not_day}", r_day),
        ("ko_weekday", rf"(?:(?P<r>지난|다음|이번)\s*)?(?P<w>{alt(ko['weekdays'])})", r_weekday),
        # (엊그제, a day or two ago or lately: the month those days fall in)
        (
            "ko_yesterday",
            r"(?P<r>엊그제|(?<!엊)그제|어제|그저께|오늘|금일)(?![날의])",
            r_korean_day,
        ),
        ("ko_season", r"(?P<r>지난|올)\s?(?P<s>봄|여름|가을)", r_season),
        (
            "ko_units_ago",
            # (not before another deed: "처형되기 3년 전")
            # (nor a range of counts: "2~3년 전", "2, 3년 전", "두세 달 전")
            r"(?<![\d.~∼])(?<!\d,\s)(?<!\d,)(?<!두)(?<!기\s)"
            r"(?:(?P<n>\d{1,2}|한|두|세|석|네|넉|다섯|여섯)\s?(?P<u>주일?|개월|달|년)|"
            r"일(?P<w>주일)|(?P<h>보름)|(?P<y>반년))\s?(?P<a>여\s?)?전"
            rf"(?:{ABOUT})?(?:에)?(?![가-힣])",
            r_korean_units_ago,
        ),
        (
            "ko_week_day",
            rf"(?P<r>지난|이번)\s?주\s*(?P<w>{alt(ko['weekdays'])})",
            r_korean_week_day,
        ),
        ("ko_week", r"(?P<r>지난|이번)\s?주(?=\s|에|말|초|$|[,.])", r_korean_week),
        (
            "ko_year_part",
            # 연초 alone is also tobacco: only with a particle of time after it
            r"(?<![가-힣])(?<!해\s)(?<!년\s)(?:(?P<b>올\s?초|연초(?=에|부터|께|경|쯤))|(?:(?P<r>지난)\s?)?연말"
            r"(?![가-힣])|(?:(?P<e>지난)\s?)?연말(?=에|께|경|쯤|연시))",
            r_korean_year_part,
        ),
        ("ko_recent", r"최근\s*(?:(?P<n>\d+|몇|한|두|세|네)\s*)?(?P<u>주|일|개월|달)", r_recent),
        (
            "ko_lately",
            r"최근(?!\s*(?:까지|몇|수|\d|한|두|세|네|년|[0-9]))(?=\s*(?:들어|에|[가-힣]))",
            r_lately,
        ),
    ]


@dataclass(slots=True, frozen=True)
class Compiled:
    """One language's rules as a single pattern, with each rule's resolver and groups."""

    pattern: re.Pattern[str]
    resolvers: dict[str, Resolver]
    groups: dict[str, list[tuple[str, str]]]  # rule -> [(group in pattern, short name)]
    prefixed: bool  # whether a match may start at prefix words before the key


def compile_rules(rules: list[tuple[str, str, Resolver]]) -> Compiled:
    """Join the rules into one alternation; inner groups get the rule's name as a prefix."""
    parts, groups = [], {}
    for name, regex, _ in rules:
        renamed = regex.replace("(?P<", f"(?P<{name}__")
        parts.append(f"(?:{renamed})(?P<{name}>)")  # a marker at the end: see resolve()
        groups[name] = [
            (g, g.split("__", 1)[1]) for g in re.findall(rf"\(\?P<({name}__\w+)>", renamed)
        ]
    prefixed = not all(name.startswith("ko_") for name, _, _ in rules)
    return Compiled(re.compile("|".join(parts)), {n: r for n, _, r in rules}, groups, prefixed)


# Which rules can match at each kind of key word (with the prefix words before it).
KEY_RULES = {
    "digit": "iso dmy dm_of_year dm part_year day_of_month ordinal_day ago holiday year "
    "ko_iso ko_dotted ko_holiday ko_month_range ko_ymd ko_ym ko_y ko_day_range ko_days_ago "
    "ko_units_ago ko_md ko_m ko_d",
    "month": "mdy md_of_year md month_of_year month_that_year my named_month month",
    "weekday": "mdy dmy md_of_year md weekday",
    "rel": "month_on_day relative named_month weekday recent today season holiday that_year "
    "year_after in_the_unit before_last",
    "season": "season",
    "weekend": "weekend",
    "holiday": "holiday",
    "yesterday": "yesterday today",
    "ago": "ago",
    "of_the": "of_the_unit",
    "word": "ko_day_range ko_month_range ko_week_day ko_this_year ko_same_month ko_days_ago "
    "ko_year ko_month_day ko_month ko_past_month "
    "ko_past_day ko_week ko_weekday ko_yesterday ko_recent ko_lately ko_season ko_units_ago "
    "ko_holiday ko_year_part",
}


@cache
def compiled(language: str, key_kind: str) -> Compiled:
    """The rules of a language ("en" or "ko") that can start at one kind of key, as one
    pattern, built once."""
    w, wanted = words(), KEY_RULES[key_kind].split()
    rules = korean_rules(w) if language == "ko" else english_rules(w)
    return compile_rules([rule for rule in rules if rule[0] in wanted])


def key_kind(key: str) -> str:
    """The kind of a key word: digit, month, weekday, rel, yesterday, ago or word."""
    w = words()
    if key[0].isdigit():
        return "digit"
    if key in w.months:
        return "month"
    if key in w.weekdays:
        return "weekday" if key.isascii() else "word"
    lower = key.lower()
    if lower.startswith("the ") and lower.endswith((" month", " year")):
        return "of_the"
    if lower in ("today", "tonight"):
        return "yesterday"
    if lower in ("spring", "summer", "autumn", "fall"):
        return "season"
    if lower == "weekend":
        return "weekend"
    if lower in ("lunar new year", "seollal", "chuseok", "chusok", "day of the s", "kim il"):
        return "holiday"
    if lower == "kim jong":
        return "holiday"
    return lower if lower in ("yesterday", "ago") else "rel" if lower.isascii() else "word"


HANGUL = re.compile(r"[\uac00-\ud7a3]")


def find_dates(text: str, published: str | None, language: str | None = None) -> list[DateMention]:
    """Every date in `text` that resolves to an ISO prefix, in text order.

    Relative dates ("on the 29th", "last month", "지난 19일") resolve against `published`
    (`2018-11-21`, `2018-11` or `2018`); without it only dates that carry a year are found.
    `language` "en" or "ko" picks the rules; None runs the Korean ones too when the text
    holds Hangul.
    """
    pub = parse_published(published)
    if language == "ko":
        return years_carried(text, scan(text, pub, "ko"), pub)
    found = scan(text, pub, "en")
    if language is None and HANGUL.search(text):
        found = merge(scan(text, pub, "ko"), found)
    return years_carried(text, found, pub)


# Dates that tell their year (in figures or in words: "May 2018", "지난해 5월", "October of
# last year"), and bare months whose year was only guessed from the publication date
_YEAR_TOLD = frozenset(
    {"mdy", "dmy", "my", "iso", "ko_iso", "ko_dotted", "ko_ymd", "ko_ym", "ko_year"}
    | {"month_of_year", "md_of_year", "dm_of_year"}
)
BARE_MONTH = frozenset({"month", "md", "ko_m", "ko_md"})
_SENTENCE_BREAK = re.compile(r"[.!?]\s|다\.|\n")
# a date that starts a period ("since May 2018", "2018년 5월부터") or stands in a clause of
# what came before or after ("since Beijing closed the border in January 2020")
_PERIOD_BEFORE = re.compile(
    r"(?i)\b(?:since|from|until|between|after|before|following)\b(?:\W+\w+){0,8}\W*$"
)
# a date in a relative clause that describes someone ("Kim, who defected in May 2015, said
# ..."): the person's past, not the story's time
_DESCRIBING_BEFORE = re.compile(r"(?i),\s+(?:who|whose|which)\b[^,;.]*$")
_PERIOD_AFTER = re.compile(r"\s?(?:(?:초|말|중순|초순|하순|께|경)\s?)?(?:부터|이후|이래|까지)")


def years_carried(text: str, found: list[DateMention], pub: Published | None) -> list[DateMention]:
    """A bare month told after a month with its year in the same sentence ("crossed in May
    2018, was caught in June and sentenced in August", "2018년 5월 ... 6월 체포됐고"): the
    story's year, not the one guessed from publication (the year after it when the month
    comes before the told one: "arrested in October 2017 and executed in March"), never one
    after publication."""
    if len(found) < 2 or not any(d.rule in BARE_MONTH for d in found):
        return found
    out, told = [], None
    for d in found:
        if told is not None and _SENTENCE_BREAK.search(text, told.end, d.start):
            told = None
        if d.rule in _YEAR_TOLD and len(d.value) >= 7:
            period = (
                _PERIOD_BEFORE.search(text, max(0, d.start - 60), d.start)
                or _PERIOD_AFTER.match(text, d.end)
                or _DESCRIBING_BEFORE.search(text, max(0, d.start - 80), d.start)
            )
            told = None if period else d
        elif told is not None and d.rule in BARE_MONTH and d.value[:4] != told.value[:4]:
            year, month = int(told.value[:4]), int(told.value[5:7])
            year += 1 if int(d.value[5:7]) < month else 0
            value = f"{year:04d}{d.value[4:]}"
            if pub is None or value[:7] <= pub.last_day().isoformat()[:7]:
                d = replace(d, value=value)
        out.append(d)
    return out


def merge(first: list[DateMention], second: list[DateMention]) -> list[DateMention]:
    """Both lists in text order; a mention of `second` overlapping one of `first` is dropped."""
    out, covered = [], [(d.start, d.end) for d in first]
    i = 0
    for mention in second:
        while i < len(covered) and covered[i][1] <= mention.start:
            i += 1
        if i == len(covered) or covered[i][0] >= mention.end:
            out.append(mention)
    return sorted(first + out, key=lambda d: d.start)


@cache
def keys(language: str) -> KeyFinder:
    """The words every rule of a language starts at (or just after): digits, month and
    weekday names, last/this/next, 지난, 올해 ... The full rules run only at these keys."""
    w, ko = words(), words().raw["korean"]
    if language == "ko":
        literals = [*ko["years"], *ko["that_year"], *ko["months"], *ko["weekdays"], "지난"]
        literals += ko["following_year"]
        literals += ["이번", "어제", "그제"]
        literals += ["그저께", "오늘", "금일", "엊그제", "십여", *ko["day_counts"]]
        literals.append("최근")
        literals += [f"올{g}{s}" for s in ("봄", "여름", "가을") for g in ("", " ")]
        counts = ("한", "두", "세", "네", "다섯", "여섯")
        literals += [f"{n}{g}{u}" for n in counts for g in ("", " ") for u in ("달", "주")]
        # 설날 alone is also the solar New Year's Day the North keeps: only the lunar one counts
        literals += ["일주일", "보름", "구정", "추석", "음력", "며칠", "수일", "반년"]
        literals += ["올 초", "올초", "연초", "연말", "같은 달", "같은달", "그 달", "그달"]
        literals += ["올들어", "올 들어"]
        literals += [str(n)[:2] for n in w.raw["fixed_holidays"] if not str(n).isascii()]
        literals += [f"{n}{g}달" for n in ("석", "넉") for g in ("", " ")]
    else:
        literals = [*w.months, *w.raw["weekdays"], "ago"]
        words_ = ["last", "this", "next", "yesterday", "today", "tonight", "past", "recent"]
        words_ += ["spring", "summer", "autumn", "fall", "weekend"]
        literals += ["Lunar New Year", "Seollal", "Chuseok", "Chusok", "that year", "same year"]
        literals += ["following year", "year later", "in the month", "in the year", "before last"]
        literals += ["Day of the S", "Kim Il", "Kim Jong"]  # the fixed holidays' first words
        literals += [v for r in words_ for v in (r, r.title())]
        literals += [
            f"the {part} of the {unit}"
            for part in ("start", "beginning", "middle", "end")
            for unit in ("month", "year")
        ]
    return KeyFinder(literals)


@cache
def prefixes() -> frozenset[str]:
    """Words that may open a rule before its key ("on the 29th", "in early March")."""
    w = words()
    found = {"on", "the", "last", "this", "next", "earlier", "later", "previous", "same"}
    found |= {"around", "about", "over", "during", "within", "past", "at"}
    found |= set(CUES.split("|")) | {d.lower() for d in w.raw["weekdays"]}
    found |= {part for phrase in w.raw["month_parts"] for part in str(phrase).split()}
    found |= {"year", "years", "month", "months", "week", "weeks", "day", "days", "a", "an"}
    found |= {*VAGUE_COUNTS, "of", "fortnight"}
    found |= {str(n) for n in load_data("numbers.yaml")["units"]}
    return frozenset(found)


def starts(text: str, key: int) -> list[int]:
    """Where a rule may start for a key: up to four prefix words back, earliest first."""
    found, pos, known = [key], key, prefixes()
    for _ in range(4):
        end = pos
        while end > 0 and text[end - 1] in " ,-\t\n":
            end -= 1
        begin = end
        while begin > 0 and text[begin - 1].isalpha():
            begin -= 1
        if begin == end or text[begin:end].lower() not in known:
            break
        found.append(pos := begin)
    return found[::-1]


def scan(text: str, pub: Published | None, language: str) -> list[DateMention]:
    """Run one language's rules at each key of the text and resolve each match."""
    w, found, covered = words(), [], 0
    for at, key in keys(language).keys(text):
        if at < covered:
            continue
        rules = compiled(language, key_kind(key))
        for start in starts(text, at) if rules.prefixed else (at,):
            match = rules.pattern.match(text, start)
            if match is not None and match.end() > at:
                covered = match.end()
                mention = resolve(match, rules, text, pub, w)
                if mention is not None:
                    found.append(mention)
                break
    if any(d.rule in FROM_SPEAKING for d in found):
        return speakers_days(text, found, language)
    return found


# Days counted from the day of speaking ("어제", "사흘 전", "three days ago", "today"): in
# the words of a speaker whose day the report gives ("소식통은 16일 “사흘 전 ...”", "told us
# on March 16 that ... three days ago") they count from that day, not from publication.
FROM_SPEAKING = frozenset(
    {"today", "yesterday", "ko_yesterday", "ko_days_ago", "ago"}
    # and weeks, months and years counted from then ("이달 초", "지난달", "last week"), which
    # differ when the speaker spoke in the month before publication
    | {"ko_month", "ko_month_day", "ko_week", "ko_units_ago", "relative", "ko_year", "weekend"}
    | {"ko_week_day"}
)
_SAID_BEFORE = re.compile(
    r"(?i)\b(?:said|says|told(?:\s+\w+){0,3}?|spoke(?:\s+\w+){0,4}?|added|explained)\s+(?:on\s+)?$"
)
_THEN_TOLD = re.compile(r"(?i)\s*(?:that\b|:\s*[\"“]?|,?\s*[\"“])")
# "..., a source said on Tuesday.", "...체포됐다고 소식통이 16일 전했다": told after the words
_KO_TOLD_AFTER = re.compile(
    r"\s*(?:에\s)?(?:[가-힣()]+\s){0,3}?(?:전했|밝혔|말했|전해왔|설명했|덧붙였)"
)
_KO_SAID_CLAUSE = re.compile(r"(?:다|라|냐)고\s")
_KO_QUOTE_OPENS = re.compile(r"[^\"“”.]{0,40}?[\"“]")


def speakers_days(text: str, found: list[DateMention], language: str) -> list[DateMention]:
    """Dates counted from the day of speaking, counted from the speaker's day where the text
    gives it; one in a quote whose speaker's day is unknown is dropped (`SPEAKERS_DAY`)."""
    out = []
    for d in found:
        if d.rule in FROM_SPEAKING:
            day = _speaking_day(text, found, d, language)
            if day is not None:
                piece = text[d.start : d.end + 6]  # with what follows it: "지난해 말"
                again = [
                    x
                    for x in scan(piece, parse_published(day), language)
                    if x.rule == d.rule and x.start == 0
                ]
                if again:
                    out.append(replace(d, value=again[0].value))
                    continue
        if d.value != SPEAKERS_DAY:
            out.append(d)
    return out


def _speaking_day(text: str, found: list[DateMention], d: DateMention, language: str) -> str | None:
    """The day of speaking of the words a date stands in: a day told just before the quote
    or the "that" clause it opens ("소식통은 16일 “...", "said on Monday that ...")."""
    after = [s for s in found if len(s.value) == 10 and s.start >= d.end]
    if after and _told_after(text, d, after[0], language):
        return after[0].value
    told = [s for s in found if len(s.value) == 10 and s.end <= d.start and s is not d]
    if not told:
        return None
    s = told[-1]
    if language == "ko":
        opens = _KO_QUOTE_OPENS.match(text, s.end)
        if opens is None or opens.end() > d.start or _closes(text, opens.end(), d.start):
            return None
        return s.value
    if not _SAID_BEFORE.search(text, max(0, s.start - 40), s.start):
        return None
    then = _THEN_TOLD.match(text, s.end)
    if then is None or then.end() > d.start or _closes(text, then.end(), d.start):
        return None
    return s.value


def _told_after(text: str, d: DateMention, s: DateMention, language: str) -> bool:
    """Whether a day after the words a date stands in is the day they were told ("...
    three days ago, a source said on Tuesday", "사흘 전 ... 체포됐다고 소식통이 16일 전했다")."""
    between = text[d.end : s.start]
    if re.search(r"[.!?]\s", between):
        return False  # another sentence
    if language == "ko":
        return bool(_KO_SAID_CLAUSE.search(between)) and bool(_KO_TOLD_AFTER.match(text, s.end))
    return "," in between and bool(_SAID_BEFORE.search(text, max(0, s.start - 40), s.start))


def _closes(text: str, start: int, end: int) -> bool:
    """Whether a quotation closes between two offsets."""
    return "”" in text[start:end] or text.count('"', start, end) % 2 == 1


def resolve(
    match: re.Match[str], rules: Compiled, text: str, pub: Published | None, w: Words
) -> DateMention | None:
    """One rule match as a date mention, or None when it resolves to no date."""
    rule = match.lastgroup or ""
    groups = {short: v for full, short in rules.groups[rule] if (v := match.group(full))}
    start = match.end(f"{rule}__c") if "c" in groups else match.start()
    start += len(text[start : match.end()]) - len(text[start : match.end()].lstrip())
    if rule == "month" and "c" not in groups and "p" not in groups:
        return None  # a bare month name may be a person ("May") or a verb: want a cue
    if is_stamp(text, start, match.end(), rule in ("iso", "ko_iso")):
        return None
    if rule in DAY_OF_SPEAKING and speaks_ahead(Hit({}, text, start, 0)):
        return None  # "will release it today"
    if rule in DAY_OF_SPEAKING and _quoted(text, start):  # "“today”": the speaker's day
        return DateMention(start, match.end(), text[start : match.end()], SPEAKERS_DAY, rule)
    value = rules.resolvers[rule](Hit(groups, text, start, match.end()), pub, w)
    if value is None:
        return None
    return DateMention(start, match.end(), text[start : match.end()], value, rule)


# Days told relative to the day of speaking ("today", "yesterday", "오늘"): the publication's
# day only outside a quote; inside one, the speaker's day (`speakers_days`), or none when
# the report does not give it.
DAY_OF_SPEAKING = frozenset({"today", "yesterday", "ko_yesterday"})
SPEAKERS_DAY = ""  # the value of a day in a quote until its speaker's day is known


def _quoted(text: str, at: int) -> bool:
    """Whether an open quotation mark stands before `at` in the text given."""
    before = text[:at]
    curly = before.count("“") > before.count("”")
    return curly or before.count('"') % 2 == 1


# "2021-02-26 06:32", "date 2019-03-21": when a page was posted (its furniture), not a date
# the report tells of.
_CLOCK_AFTER = re.compile(r"\s*\d{1,2}:\d\d")
_STAMP_BEFORE = re.compile(
    r"(?:^|\n)\s*date\s+$|(?i:published|updated|posted|written|입력|수정|등록|송고시간|기사입력)"
    r"\s*:?\s*(?:[A-Z][a-z]+day,\s*)?$"
)
STAMP = r"(?:\s*date \d{4}-\d\d-\d\d\s+)?"  # a page's date stamp before a dateline


def is_stamp(text: str, start: int, end: int, iso_date: bool = True) -> bool:
    """Whether the date at start..end is a page's posting stamp: after a label ("PUBLISHED :",
    "입력"), or an ISO date with a clock time after it."""
    before = text[max(0, start - 24) : start]
    return bool(iso_date and _CLOCK_AFTER.match(text, end) or _STAMP_BEFORE.search(before))


# "SEOUL, Oct. 3, 2023 --", "SEOUL, May 19 (Yonhap) --", "July 11 (UPI) --", "MANPO, North
# Korea, Nov. 18 (Yonhap) --", "HANOI, June 9 Harbour police ...": where and when a report was
# filed, at the head of a line
_DATELINE = re.compile(
    rf"{STAMP}(?:(?:[A-Z][A-Za-z .]+, ){{0,2}}[A-Z][a-z]{{2,8}}\.? \d{{1,2}}(?:, \d{{4}})? ?"
    r"(?:\([A-Z][A-Za-z .]{1,20}\) ?)?(?:--|—|–| - )"
    # "HANOI, June 9 Harbour police ...": a city in capitals, the day, the lede with no dash
    rf"|[A-Z][A-Z .]+[A-Z], [A-Z][a-z]{{2,8}}\.? \d{{1,2}}(?:, \d{{4}})? (?=[A-Z])"
    # a syndicated copy's date before the city: "[June 12, 2013]  SEOUL, South Korea (AP) --"
    r"|\[?[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}\]?\s+[A-Z][A-Za-z .]+(?:, [A-Z][A-Za-z .]+)? ?"
    r"(?:\([A-Z][A-Za-z .]{1,20}\) ?)?(?:--|—|–| - ))"
)
DATELINE_REACH = 400  # characters: a dateline stands in a report's first lines (after a title)


def dateline(text: str, at: int) -> re.Match[str] | None:
    """The dateline of the line holding offset `at`, when that line is among the first."""
    line = text.rfind("\n", 0, at) + 1
    found = _DATELINE.match(text, line, line + 80)
    if found and line >= DATELINE_REACH and not _AGENCY_DASH.search(found.group()):
        return None  # deep in a report, only an agency's mark shows a dateline
    return found


# "SEOUL, April 29 (UPI) --": an agency named between the day and the dash, a dateline even
# below a long run of page furniture (menus, captions)
_AGENCY_DASH = re.compile(
    r"^[A-Z][A-Z .]+, [A-Z][a-z]{2,8}\.? \d{1,2} \([A-Z][A-Za-z .]{1,20}\) ?(?:--|—|–)"
)


def dateline_date(text: str) -> str | None:
    """The full date a report's dateline gives ("SEOUL, Oct. 3, 2023 -" is 2023-10-03)."""
    for line in re.finditer(r"^", text[:DATELINE_REACH], re.MULTILINE):
        found = _DATELINE.match(text, line.start(), line.start() + 80)
        if found:
            dates = [d for d in find_dates(found.group(), None, "en") if len(d.value) == 10]
            return dates[0].value if dates else None
    return None
