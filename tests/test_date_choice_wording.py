"""Which date an event takes when a day of telling or a count of days stands near it, told in
other common wordings: the day a speaker spoke ("Speaking to reporters on Friday", "In an
interview with the radio on Friday", "소식통은 지난 15일 방송에 “...”"), a day counted on
("a week later", "사흘 만에"), and a period's start ("Since early 2018, he had been ...").
Invented reports, published 2019-11-20 (a Wednesday)."""

from __future__ import annotations

import pytest
from extract_support import events_of

PUB = "2019-11-20"


def _dates(text: str, etype: str) -> list[str | None]:
    return sorted((e.date for e in events_of(text, published=PUB) if e.type == etype), key=str)


@pytest.mark.parametrize(
    ("text", "etype", "dates"),
    [
        # the day of telling, in a participle or an interview, is not the happening's
        (
            "Speaking to reporters on Friday, a ministry official confirmed that a North Korean "
            "ship had been seized in early October.",
            "seizure",
            ["2019-10"],
        ),
        (
            "In an interview with NK News on Friday, a defector said his cousin was executed "
            "in 2015.",
            "execution",
            ["2015"],
        ),
        (
            "Interviewed on Friday, a defector said his cousin was executed in Hyesan in 2015.",
            "execution",
            ["2015"],
        ),
        (
            '양강도 소식통은 지난 15일 자유아시아방송에 "이달 초 혜산에서 밀수꾼 3명이 '
            '체포됐다"고 전했다.',
            "arrest",
            ["2019-11"],
        ),
        # a day counted on from the day told before it in the sentence
        (
            "Two soldiers were detained on Nov. 3, and a week later they were executed.",
            "execution",
            ["2019-11-10"],
        ),
        (
            "Two soldiers were detained on Nov. 3, and a week later they were executed.",
            "arrest",
            ["2019-11-03"],
        ),
        (
            "The man was arrested on Oct. 4 and was executed three weeks later.",
            "execution",
            ["2019-10-25"],
        ),
        ("지난 4일 체포된 이 여성은 사흘 만에 처형됐다.", "execution", ["2019-11-07"]),
        ("지난 4일 붙잡힌 남성은 일주일 만에 총살됐다.", "execution", ["2019-11-11"]),
        # a day told after the count is the happening's own
        (
            "The two were arrested on Nov. 3. A week later, on Nov. 12, they were executed.",
            "execution",
            ["2019-11-12"],
        ),
        # two months joined by "and", the year told in words after the second: that year
        (
            "Police arrested two women in Hyesan in October and November last year.",
            "arrest",
            ["2018"],
        ),
        ("지난해 10월과 11월 혜산에서 밀수꾼 3명이 체포됐다.", "arrest", ["2018"]),
        # a catching in the act of a crossing shares its day
        (
            "Two teenagers were caught crossing the Tumen River on Saturday night, sources said.",
            "arrest",
            ["2019-11-16"],
        ),
        (
            "Two teenagers were arrested while crossing the Tumen River on Saturday.",
            "arrest",
            ["2019-11-16"],
        ),
        # a Korean range whose ends are parts of two months: what both agree on
        ("지난 6월 말에서 7월 초 사이 혜산에서 밀수꾼 3명이 체포됐다.", "arrest", ["2019"]),
        ("지난 9월 말부터 10월 초 사이 혜산에서 밀수꾼 3명이 체포됐다.", "arrest", ["2019"]),
        # where a period starts is no date of what went on since
        ("Since early 2018, he had been smuggling copper across the river.", "smuggling", [None]),
    ],
)
def test_date_choice(text: str, etype: str, dates: list[str | None]) -> None:
    assert _dates(text, etype) == dates


def test_the_day_of_a_telling_still_dates_what_it_announced() -> None:
    """ "said on Thursday it had seized": the day told is the day it was done."""
    text = "Japan's coast guard said Tuesday it had seized a North Korean boat."
    assert _dates(text, "seizure") == ["2019-11-19"]


@pytest.mark.parametrize(
    ("text", "dates", "people"),
    [
        # a list's items told after the verb, each with its own day and one person or more
        (
            "Police arrested two women in Hyesan on Oct. 22 and a third on Oct. 29.",
            ["2019-10-22", "2019-10-29"],
            [2, 1],
        ),
        (
            "Police arrested two women in Hyesan on Oct. 22 and another three on Oct. 29.",
            ["2019-10-22", "2019-10-29"],
            [2, 3],
        ),
        (
            "Police arrested two women on Oct. 22, three men on Oct. 25 and a teacher on Oct. 29.",
            ["2019-10-22", "2019-10-25", "2019-10-29"],
            [2, 3, 1],
        ),
        # not a list: "another" with a noun of its own is no person
        (
            "Police arrested two traders in Sinuiju in May, a month before another raid in June.",
            ["2019-05"],
            [2],
        ),
        # not a list: a count of days with no item of its own
        (
            "Police arrested two women on Oct. 22 and a week later released them.",
            ["2019-10-22"],
            [2],
        ),
    ],
)
def test_list_items_told_after_the_verb(text: str, dates: list[str], people: list[int]) -> None:
    found = sorted((e.date, e.people) for e in events_of(text, published=PUB) if e.type == "arrest")
    assert found == list(zip(dates, people, strict=True))


def test_a_korean_day_told_as_the_happenings_time_is_its_date() -> None:
    """ "체포한 것은 지난 12일 새벽이었다고 소식통은 전했다": the day is what the arrest's time
    was, not the day the source told it; "통일부는 12일 ... 밝혔다" stays a day of telling."""
    text = "보위부가 밀수꾼 3명을 체포한 것은 지난 12일 새벽이었다고 소식통은 전했다."
    assert _dates(text, "arrest") == ["2019-11-12"]
    assert _dates("통일부는 12일 밀수꾼 3명이 체포됐다고 밝혔다.", "arrest") == [None]


def test_a_korean_day_told_at_a_meeting_is_the_day_of_telling() -> None:
    """ "국정원은 19일 국회 정보위원회에서 “...”고 보고했다": the day of the report; the
    happening takes its own time, told in the quote."""
    text = '국정원은 19일 국회 정보위원회에서 "올해 들어 공개처형이 10여 건 있었다"고 보고했다.'
    assert _dates(text, "execution") == ["2019"]
