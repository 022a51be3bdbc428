"""Dates told in other common wordings: the year told in words after a month or day ("in
October of last year", "Oct. 3 last year"), "the day before yesterday",
"the following year", "이듬해", "earlier in the month", days joined by a comma ("17, 18일"),
and what must stay apart ("the last days of October" is October, not the days before
publication). Invented phrases, published 2019-11-20 (a Wednesday) unless told."""

from __future__ import annotations

import pytest
from extract_support import events_of

from nkevents.detect.dates import find_dates

PUB = "2019-11-20"

CASES = [
    # the year told in words after a month or a day: the month of that year, one date
    ("In October of last year, a court", ["2018-10"]),
    ("arrested in late October last year.", ["2018-10"]),
    ("from October of last year", ["2018-10"]),
    ("in October this year", ["2019-10"]),
    ("on Oct. 3 last year.", ["2018-10-03"]),
    ("on 3 October of last year", ["2018-10-03"]),
    ("on Sunday, Oct. 3 of last year", ["2018-10-03"]),
    ("in October of 2018.", ["2018-10"]),
    ("in October, 2018", ["2018-10"]),
    ("the day before yesterday", ["2019-11-18"]),
    # "last days of", "last week of": part of the month named, not the days before publication
    ("in the last days of October", ["2019-10"]),
    ("during the last week of October", ["2019-10"]),
    ("in the past days", ["2019-11"]),
    # the year after the one told before it
    ("He was arrested in 2017 and executed the following year.", ["2017", "2018"]),
    ("arrested in May 2017 and shot a year later", ["2017-05", "2018"]),
    ("arrested in May 2017 and executed in March the following year", ["2017-05", "2018-03"]),
    ("2017년 체포된 그는 이듬해 3월 처형됐다", ["2017", "2018-03"]),
    ("그는 2016년 탈북했으나 이듬해 붙잡혔다.", ["2016", "2017"]),
    ("다음해 3월", []),  # no year told before it: no date
    # the month or year the story stands in, else publication's
    ("Earlier in the month, police", ["2019-11"]),
    ("The trial was held on Oct. 20. Earlier in the month, police", ["2019-10-20", "2019-10"]),
    ("The court sat in October 2018. Later in the month, he", ["2018-10", "2018-10"]),
    ("late in the year", ["2019"]),
    # days of one month joined by a comma
    ("지난 17, 18일 혜산", ["2019-11"]),
    ("10월 17, 18일", ["2019-10"]),
    ("지난 3일, 5명이", ["2019-11-03"]),
    # Korean years ago, and days of a month told relative to publication as a range
    ("3년 전 혜산", ["2016"]),
    ("1년 전", ["2018"]),
    ("2년여 전", []),  # some years and more: no one year
    ("처형되기 3년 전", []),  # before another deed, not before publication
    ("2~3년 전", []),  # a range of counts: no one year
    ("2, 3년 전", []),
    ("두세 달 전", []),
    ("지난달 29일~30일 혜산", ["2019-10"]),
    ("이달 3~5일", ["2019-11"]),
    # vague Korean days before publication: the month those days fall in
    ("엊그제 혜산에서", ["2019-11"]),
    ("그제 혜산", ["2019-11-18"]),
    ("십여 일 전 혜산", ["2019-11"]),
    ("열흘여 전", ["2019-11"]),
    ("열흘 전", ["2019-11-10"]),
    # a day of the week before or of publication
    ("지난 주 수요일", ["2019-11-13"]),
    ("지난주 금요일", ["2019-11-15"]),
    ("이번 주 월요일", ["2019-11-18"]),
    # two months of one year as a range or a list: that year, what both agree on
    ("5~6월", ["2019"]),
    ("지난 5, 6월", ["2019"]),
    ("작년 5~6월", ["2018"]),
    ("2018년 5~6월", ["2018"]),
    ("12~1월", []),  # across two years: none
    ("3,000명", []),
    # English, two before publication's; "half a year" is no year
    ("the year before last", ["2017"]),
    ("the month before last", ["2019-09"]),
    ("half a year ago", []),
    ("in late autumn", ["2019"]),
    # a bare month after a month with its year, in one sentence: the story's year
    (
        "He crossed in May 2018, was caught in June and was sentenced in August.",
        ["2018-05", "2018-06", "2018-08"],
    ),
    ("2018년 5월 강을 건넌 그는 6월 체포됐고 8월 북송됐다.", ["2018-05", "2018-06", "2018-08"]),
    ("arrested in October 2017 and executed in March", ["2017-10", "2018-03"]),
    ("지난해 5월 체포돼 6월 처형됐다", ["2018-05", "2018-06"]),
    # not across sentences, not from a period's start, never after publication
    ("In May 2018 he fled. In June police came.", ["2018-05", "2019-06"]),
    ("since May 2018 ... in June", ["2018-05", "2019-06"]),
    # nor from a clause that describes someone: the person's past
    (
        "Kim, who defected in May 2015, said police arrested her brother in March.",
        ["2015-05", "2019-03"],
    ),
    ("탈북한 김씨는 2018년 5월 체포돼 6월 북송됐다", ["2018-05", "2018-06"]),
    (
        "The border shut in January 2020, and on July 14 guards caught him.",
        ["2020-01", "2019-07-14"],
    ),
    ("smuggled since the border shut in January 2018; caught in June", ["2018-01", "2019-06"]),
    ("at the beginning of January this year and in mid-December", ["2019-01", "2018-12"]),
]


@pytest.mark.parametrize(("text", "values"), CASES)
def test_date_wording(text: str, values: list[str]) -> None:
    assert [d.value for d in find_dates(text, PUB)] == values


def test_since_the_start_of_the_year_starts_a_period() -> None:
    """The cue is no part of the date's text, so "since" before it starts a period: acts
    done since then have no one date."""
    found = find_dates("since the start of the year", PUB)
    assert [(d.text, d.value) for d in found] == [("the start of the year", "2019")]
    # another cue stays in the text: a measure "from Feb. 19 until the end of the year" starts
    # on its day, no range of two dates
    found = find_dates("from Feb. 19 until the end of the year", PUB)
    assert [d.text for d in found] == ["Feb. 19", "until the end of the year"]
    text = "Police in Hyesan have arrested dozens of smugglers since the start of the year."
    assert [e.date for e in events_of(text, published=PUB) if e.type == "arrest"] == [None]


def _dates(text: str, etype: str) -> list[str | None]:
    return sorted((e.date for e in events_of(text, published=PUB) if e.type == etype), key=str)


@pytest.mark.parametrize(
    ("text", "etype", "dates"),
    [
        (
            "In October of last year, a court in Chongjin sentenced four people to death.",
            "trial",
            ["2018-10"],
        ),
        (
            "Police arrested two women in Hyesan for selling phones on Oct. 3 of last year.",
            "arrest",
            ["2018-10-03"],
        ),
        (
            "Earlier in the month, police in Hyesan arrested two women for selling phones.",
            "arrest",
            ["2019-11"],
        ),
        (
            "He was arrested in Hyesan in March 2017 and executed the following year.",
            "execution",
            ["2018"],
        ),
        ("2017년 체포된 그는 이듬해 3월 처형됐다.", "execution", ["2018-03"]),
        ("지난 17, 18일 혜산에서 밀수꾼 3명이 체포됐다.", "arrest", ["2019-11"]),
        (
            "He crossed the river in May 2018, was arrested in Shenyang in June and was "
            "sentenced in August.",
            "trial",
            ["2018-08"],
        ),
        ("2018년 5월 강을 건너 탈북한 그는 6월 중국 공안에 체포됐다.", "arrest", ["2018-06"]),
        # a later clause of the sentence too: the hand-over's month of the story's year
        (
            "2018년 5월 강을 건너 탈북한 그는 6월 중국 공안에 체포됐고 8월 북송됐다.",
            "arrest",
            ["2018-06", "2018-08"],
        ),
    ],
)
def test_event_dates_in_other_wordings(text: str, etype: str, dates: list[str]) -> None:
    assert _dates(text, etype) == dates
