"""Table-driven tests of the date detector: one line per phrase."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from nkevents.detect.dates import find_dates, parse_published

CASES = [
    # phrase, published, the values found (in text order)
    ("from 10am on November 12", "2018-11", ["2018-11-12"]),
    ("on November 12", "2019-01-03", ["2018-11-12"]),
    ("on the 29th", "2018-11", ["2018-11-29"]),
    ("on the 29th", "2018-11-20", ["2018-10-29"]),
    ("on the 12th", "2018-11-20", ["2018-11-12"]),
    ("on the 22nd of last month", "2015-09-07", ["2015-08-22"]),
    ("last month on the 22nd", "2015-09-07", ["2015-08-22"]),
    ("last month", "2013-12-13", ["2013-11"]),
    ("last month", "2019-01", ["2018-12"]),
    ("last year", "2017-05-08", ["2016"]),
    ("this year", "2018-11", ["2018"]),
    ("earlier this year", "2015-05-13", ["2015"]),
    ("earlier this month", "2013-11-11", ["2013-11"]),
    ("next year", "2017-09", ["2018"]),
    ("in early March", "2017-05-10", ["2017-03"]),
    ("in early March", "2017-02-10", ["2016-03"]),
    ("in late September", "2017-10-13", ["2017-09"]),
    ("in mid-August", "2017-10-13", ["2017-08"]),
    ("since May", "2017-06-30", ["2017-05"]),
    ("from August", "2023-10", ["2023-08"]),
    ("In February, China", "2011-06-17", ["2011-02"]),
    ("at the end of last November", "2017-02-18", ["2016-11"]),
    ("last December", "2015-06-23", ["2014-12"]),
    ("last December", "2021-08-27", ["2020-12"]),
    ("this March", "2021-08-27", ["2021-03"]),
    ("next March", "2021-08-27", ["2022-03"]),
    ("February this year", "2023-09-06", ["2023-02"]),
    ("November of last year", "2023-09-06", ["2022-11"]),
    ("on Tuesday", "2015-06-23", ["2015-06-23"]),
    ("on Tuesday", "2023-10-25", ["2023-10-24"]),
    ("on Wednesday", "2019-08-01", ["2019-07-31"]),
    ("on Thursday", "2025-01-12", ["2025-01-09"]),
    ("last Thursday", "2011-09-13", ["2011-09-08"]),
    ("last Tuesday", "2011-09-13", ["2011-09-06"]),
    ("from Tuesday", "2017-08-14", ["2017-08-15"]),
    ("on Tuesday", "2018-11", []),
    ("on Tuesday", None, []),
    ("Thursday, Dec. 12", "2013-12-13", ["2013-12-12"]),
    ("on Sunday, Dec. 8", "2013-12-13", ["2013-12-08"]),
    ("on Monday, May 27", "2013-05-30", ["2013-05-27"]),
    ("Nov. 12", "2018-11", ["2018-11-12"]),
    ("on Aug. 30", "2023-09-06", ["2023-08-30"]),
    ("from Aug. 15", "2017-08-14", ["2017-08-15"]),
    ("on Dec. 26", "2025-01-12", ["2024-12-26"]),
    ("on Sept. 21", "2017-12-23", ["2017-09-21"]),
    ("since Dec. 21, when", "2017-12-31", ["2017-12-21"]),
    ("(Jan. 7-10)", "2019-01-17", ["2019-01"]),
    ("Dec. 12, 2013", None, ["2013-12-12"]),
    ("December 31, 2017", "2017-02-18", ["2017-12-31"]),
    ("made public on 11 March 2019", None, ["2019-03-11"]),
    ("the 12th of November", "2018-11-20", ["2018-11-12"]),
    ("in November 2019", None, ["2019-11"]),
    ("In April 2016 Beijing", None, ["2016-04"]),
    ("in September 2013", "2015-09", ["2013-09"]),
    ("in late 2016", None, ["2016"]),
    ("mid-2019", None, ["2019"]),
    ("2018-11-12", None, ["2018-11-12"]),
    ("in 2016", None, ["2016"]),
    ("since 2011", None, ["2011"]),
    ("between 2012 and 2014", None, ["2012", "2014"]),
    ("a year ago", "2019-05-10", ["2018"]),
    ("two years ago", "2019-05-10", ["2017"]),
    ("three months ago", "2019-05-10", ["2019-02"]),
    ("yesterday", "2019-05-10", ["2019-05-09"]),
    ("last week", "2019-05-16", ["2019-05"]),
    # this week: Monday up to the day of publication (its days told are past), so a week whose
    # Friday falls in the next month is still the month of publication when told before then
    ("arrested this week", "2030-01-31", ["2030-01"]),
    ("이번 주 체포됐다", "2030-04-30", ["2030-04"]),
    ("arrested this week", "2030-05-15", ["2030-05"]),
    ("arrested last week", "2030-01-31", ["2030-01"]),
    # not dates
    ("Resolution 2321", "2017-02-18", []),
    ("UN Resolution No. 2321", None, []),
    ("Executive Order 13810", None, []),
    ("Announcement No. 2017", None, []),
    ("at 10am", "2018-11-12", []),
    ("from 10:30", "2018-11-12", []),
    ("a 25-year-old woman", "2013-01-17", []),
    ("aged 15 to 23", "2013-05-30", []),
    ("two years of forced labor", "2018-11", []),
    ("the mid-1990s", "2018-11", []),
    ("the 1990s", "2018-11", []),
    ("2,100 head of cattle", "2023-09-06", []),
    ("1,292 of them", "2015-06-15", []),
    ("2000 tons of coal", None, []),
    ("Theresa May said", "2018-11", []),
    ("they may march", "2018-11", []),
    ("the 10th anniversary", "2018-11-20", []),
    ("the past year", "2018-11-20", []),
    # Korean
    ("지난 19일", "2023-12-21", ["2023-12-19"]),
    ("지난 22일", "2023-12-21", ["2023-11-22"]),
    ("지난달 22일", "2019-02-01", ["2019-01-22"]),
    ("지난달 28일", "2019-02-01", ["2019-01-28"]),
    ("지난달 말", "2021-05", ["2021-04"]),
    ("이달 5일", "2021-05-03", ["2021-05-05"]),
    ("올해 3월", "2021-06-25", ["2021-03"]),
    ("올해 3월 5일", "2021-06-25", ["2021-03-05"]),
    ("작년", "2019-02-01", ["2018"]),
    ("지난해 가을", "2019-02-01", ["2018"]),
    ("지난해 8월", "2019-02-01", ["2018-08"]),
    ("2023년 8월 30일", None, ["2023-08-30"]),
    ("2023년 8월", None, ["2023-08"]),
    ("2023년", None, ["2023"]),
    ("1990년대", None, []),
    ("8월 30일", "2023-12-21", ["2023-08-30"]),
    ("1월 18일", "2019-02-01", ["2019-01-18"]),
    ("4월 25일", "2021-05", ["2021-04-25"]),
    ("지난 3월부터", "2021-06-25", ["2021-03"]),
    ("10월 말까지", "2021-06-25", ["2021-10"]),
    ("10월에", "2021-06-25", ["2020-10"]),
    ("25일 보도했다", "2021-06-25", ["2021-06-25"]),
    ("현지 소식통이 20일 전했다", "2021-05", ["2021-05-20"]),
    ("전날인 15일", "2019-03-22", ["2019-03-15"]),
    ("지난 9일 밤", "2023-10-13", ["2023-10-09"]),
    ("약 40일 만에", "2021-05", []),
    ("3일 전에", "2021-05-20", ["2021-05-17"]),
    ("처형되기 3일 전에", "2021-05-20", []),
    ("3년 동안", "2021-05-20", []),
    ("6개월", "2021-05-20", []),
    ("지난 수요일", "2023-10-13", ["2023-10-11"]),
    ("어제", "2023-10-13", ["2023-10-12"]),
    ("2023.10.13 보도", "2023-10-20", ["2023-10-13"]),
    ("on the morning of the 15th", "2019-03-20", ["2019-03-15"]),
    ("around the 10th", "2019-03-20", ["2019-03-10"]),
    ("one of the 10th graders", "2019-03-20", []),
    ("early this month", "2019-03-20", ["2019-03"]),
    ("late last year", "2019-03-20", ["2018"]),
    ("on Dec. 3", "2019-03-20", ["2018-12-03"]),
    ("이달 초", "2019-03-20", ["2019-03"]),
    ("in recent weeks", "2015-06-15", ["2015"]),
    ("in recent weeks", "2015-06-30", ["2015-06"]),
    ("over the past two weeks", "2019-03-20", ["2019-03"]),
    ("in the last two months", "2019-03-20", ["2019"]),
    ("in the past two years", "2019-03-20", []),
    ("최근 3주 사이", "2021-06-25", ["2021-06"]),
    ("최근 3주 사이", "2021-06", []),
    ("지난 14일께", "2019-03-20", ["2019-03-14"]),
    ("오는 10월", "2021-06-25", ["2021-10"]),
    ("지난 2월", "2021-06-25", ["2021-02"]),
    # 올 들어 / 올들어: since the start of this year (not after a syllable: a verb's ending)
    ("올 들어 밀수 단속이 강화됐다", "2030-06-11", ["2030"]),
    ("올들어 세 명이 체포됐다", "2030-06", ["2030"]),
    ("돌아올 들어", "2030-06-11", []),
    # a day of the publication month in a report dated only to that month: already past
    ("지난 3월 1일 체포됐다", "2030-03", ["2030-03-01"]),
    ("지난 3월 1일 체포됐다", "2030-03-20", ["2030-03-01"]),
    ("지난 3월 25일 체포됐다", "2030-03-20", ["2029-03-25"]),
    ("arrested on March 1", "2030-03", ["2030-03-01"]),
    # the year last told before: "that year", "the same year", 같은 해
    ("caught in May 2014 and tried in October that year", "2016-03-02", ["2014-05", "2014-10"]),
    ("held in 2012 and sentenced in June of the same year", "2016-03-02", ["2012", "2012-06"]),
    ("fled in 2013 and was caught later that year", "2016-03-02", ["2013", "2013"]),
    ("fled last year and was caught in early March that year", "2016-03-02", ["2015", "2015-03"]),
    ("2014년 3월 체포돼 같은 해 9월 재판을 받았다", "2016-03-02", ["2014-03", "2014-09"]),
    ("2014년 3월 체포돼 같은해 9월 재판을 받았다", "2016-03-02", ["2014-03", "2014-09"]),
    ("in that year's report", "2016-03-02", []),
    # the end of a year is its last month ("late" is not told so exactly)
    ("지난해 말 체포됐다", "2021-06-15", ["2020-12"]),
    ("2019년 말 처형됐다", "2021-06-15", ["2019-12"]),
    ("2019년 말씀", "2021-06-15", ["2019"]),
    ("at the end of last year", "2021-06-15", ["2020-12"]),
    ("by the end of 2019", "2021-06-15", ["2019-12"]),
    ("late last year", "2021-06-15", ["2020"]),
    ("late 2019", "2021-06-15", ["2019"]),
    # a length of days is no day of the month
    ("10일 내에 돌려보낸다", "2016-03-02", []),
    ("보름 안에, 7일 안에 보내진다", "2016-03-02", []),
    # "같은 해": the year told before it; "같은 해역" is a sea area, "그 해상" the sea there
    ("2016년 3월 체포돼 같은 해 9월 선고받았다", "2021-06-25", ["2016-03", "2016-09"]),
    ("2016년 3월 체포돼 같은해 9월 선고받았다", "2021-06-25", ["2016-03", "2016-09"]),
    ("2016년 3월 나포된 배가 같은 해역에서 또 발견됐다", "2021-06-25", ["2016-03"]),
    ("2016년 그 해상에서 발견됐다", "2021-06-25", ["2016"]),
    # a few days, weeks or months ago: the month they fall in (never a day), the year when
    # the months a few may be share one, and no year for "a few years ago"
    ("they were caught a few days ago", "2019-05-17", ["2019-05"]),
    ("they were caught several days ago", "2019-05-02", ["2019-04"]),
    ("held a couple of days ago", "2019-05-17", ["2019-05"]),
    ("she fled a fortnight ago", "2019-05-10", ["2019-04"]),
    ("raided a few weeks ago", "2019-05-17", ["2019-04"]),
    ("shot a few months ago", "2019-11-20", ["2019"]),
    ("shot a few months ago", "2019-03-20", []),
    ("he left a few years ago", "2019-05-17", []),
    ("며칠 전 체포됐다", "2019-05-17", ["2019-05"]),
    ("수일 전에 붙잡혔다", "2019-05-02", ["2019-04"]),
    ("며칠 전부터 단속하고 있다", "2019-05-17", []),
    ("열흘 전쯤 처형됐다", "2019-05-17", ["2019-05"]),
    ("보름 전께 탈북했다", "2019-05-17", ["2019-05"]),
    ("석 달 전 체포됐다", "2019-05-17", ["2019-02"]),
    ("반년 전 체포됐다", "2019-05-17", ["2018-11"]),
    # "today" in a report dated only to its month or year: that month or year
    ("Today, the Treasury sanctioned two firms", "2023", ["2023"]),
    ("오늘 발표했다", "2023-04", ["2023-04"]),
    # the year's end and start in Korean; 연초 alone is also tobacco
    ("지난 연말 체포됐다", "2019-05-17", ["2018-12"]),
    ("연말에 단속이 강화됐다", "2019-01-10", ["2018-12"]),
    ("연말에 단속이 강화됐다", "2019-12-20", ["2019-12"]),
    ("연말까지 끝낸다", "2019-05-17", []),
    ("작년 연말 체포됐다", "2019-12-20", ["2018-12"]),
    ("올 초 처형됐다", "2019-05-17", ["2019"]),
    ("연초에 시작됐다", "2019-05-17", ["2019"]),
    ("연초 밀수가 늘었다", "2019-05-17", []),
    # the North's holidays of fixed date: the month (the day with 당일), as anchors
    ("태양절을 앞두고 단속이 시작됐다", "2019-05-17", ["2019-04"]),
    ("광명성절 당일 처형됐다", "2019-05-17", ["2019-02-16"]),
    ("당창건기념일을 앞두고", "2019-05-17", ["2018-10"]),
    ("ahead of Kim Jong Il's birthday", "2019-05-17", ["2019-02"]),
    ("Kim Jong Un said", "2019-05-17", []),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_find_dates(text: str, published: str | None, expected: list[str]) -> None:
    assert [d.value for d in find_dates(text, published)] == expected


@pytest.mark.parametrize(
    ("value", "parts"),
    [
        ("2018-11-21", (2018, 11, 21)),
        ("2018-11", (2018, 11, None)),
        ("2018", (2018, None, None)),
        ("2018-11-21T10:00:00Z", (2018, 11, 21)),
        ("2018-02-30", (2018, 2, None)),
    ],
)
def test_parse_published(value: str, parts: tuple[int, int | None, int | None]) -> None:
    pub = parse_published(value)
    assert pub is not None and (pub.year, pub.month, pub.day) == parts


def test_offsets_point_at_the_date() -> None:
    text = "The trial was held on the 22nd of last month at the stadium."
    (mention,) = find_dates(text, "2015-09-07", "en")
    assert text[mention.start : mention.end] == mention.text == "the 22nd of last month"
    assert mention.rule == "day_of_month"


def test_no_invented_day_without_publication_day() -> None:
    assert [d.value for d in find_dates("on Monday and last week", "2018-11")] == []


def test_korean_language_skips_english_rules() -> None:
    assert [d.value for d in find_dates("지난 19일 on Nov. 3", "2023-12-21", "ko")] == [
        "2023-12-19"
    ]


def findable(shared: Path, field: str, values: Callable[[dict[str, Any]], list[Any]]) -> float:
    """The share of required gold `field` values of the dev corpus that the detector finds."""
    folder = shared / "corpus" / "dev"
    docs = [json.loads(line) for line in (folder / "documents.jsonl").open(encoding="utf-8")]
    golds = [json.loads(line) for line in (folder / "gold.jsonl").open(encoding="utf-8")]
    hits = total = 0
    for doc, gold in zip(docs, golds, strict=True):
        found = values(doc)
        for event in gold["events"]:
            if event.get(field) is not None and not event.get("optional"):
                total += 1
                hits += event[field] in found
    return hits / total


def test_dev_gold_dates_are_findable(shared_dir: Path) -> None:
    def values(doc: dict[str, Any]) -> list[Any]:
        return [d.value for d in find_dates(doc["text"], doc.get("published"), doc.get("language"))]

    assert findable(shared_dir, "date", values) >= 0.90  # 0.93 when written


def test_seed_zinc_trial_date(shared_dir: Path) -> None:
    line = (shared_dir / "corpus" / "seed" / "documents.jsonl").read_text(encoding="utf-8")
    doc = json.loads(line.splitlines()[0])
    values = [d.value for d in find_dates(doc["text"], doc["published"], "en")]
    assert "2018-11-12" in values and "2016-12" in values and "2021" not in values


def test_a_dateline_gives_the_reports_date() -> None:
    from nkevents.detect.dates import dateline_date

    assert dateline_date("Title\n\nSEOUL, Oct. 3, 2023 - Police said.") == "2023-10-03"
    assert dateline_date("SEOUL, Dec. 16 -- The court said.") is None  # no year: no date
    assert dateline_date("Police in Seoul said on Oct. 3, 2023.") is None


def test_a_city_in_capitals_and_a_day_before_the_lede_is_a_dateline() -> None:
    from nkevents.detect.dates import dateline

    text = "Title\nHANOI, June 9 Harbour police stopped a freighter at dawn."
    assert dateline(text, text.index("June")) is not None
    # a sentence that begins with a place and a day is none
    text = "Title\nIn Hanoi, June 9 was a quiet day."
    assert dateline(text, text.index("June")) is None
    text = "Title\nHanoi, June 9 Harbour police stopped a freighter."
    assert dateline(text, text.index("June")) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("raids since the start of the month", "2025-01"),
        ("Since the beginning of the year, 30 were held", "2025"),
        ("to be finished by the end of the month", "2025-01"),
    ],
)
def test_the_start_of_the_month_is_the_month_of_the_report(text: str, expected: str) -> None:
    assert [d.value for d in find_dates(text, "2025-01-20", "en")] == [expected]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("China would ban imports of textiles from Jan. 1", "2017-12-01", "2018-01-01"),
        ("the measures will last until March", "2017-12-01", "2018-03"),
        ("China suspended coal imports from Feb. 19", "2017-12-23", "2017-02-19"),
        ("China will stop importing coal from Tuesday", "2017-08-14", "2017-08-15"),
    ],
)
def test_a_date_ahead_is_read_forward_only_when_the_text_speaks_ahead(
    text: str, published: str, expected: str
) -> None:
    assert [d.value for d in find_dates(text, published, "en")] == [expected]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # counted from the day the speaker spoke, when the report gives it
        (
            '소식통은 16일 "사흘 전 혜산에서 2명이 체포됐다"고 말했다.',
            "ko",
            ["2021-03-16", "2021-03-13"],
        ),
        ('소식통은 16일 "어제 공개재판이 열렸다"고 말했다.', "ko", ["2021-03-16", "2021-03-15"]),
        ('소식통은 16일 "오늘 공개재판이 열렸다"고 말했다.', "ko", ["2021-03-16", "2021-03-16"]),
        ("사흘 전 2명이 체포됐다고 소식통이 16일 전했다.", "ko", ["2021-03-13", "2021-03-16"]),
        (
            "A source told us on March 16 that two were caught three days ago.",
            "en",
            ["2021-03-16", "2021-03-13"],
        ),
        (
            'A resident said on Monday: "Yesterday two were caught here."',
            "en",
            ["2021-03-15", "2021-03-14"],
        ),
        (
            "Two were caught three days ago, a source said on Tuesday.",
            "en",
            ["2021-03-13", "2021-03-16"],
        ),
        # from publication otherwise; a quote's "yesterday" with no day of speaking is none
        ("Two were caught three days ago.", "en", ["2021-03-15"]),
        ('소식통은 "어제 2명이 체포됐다"고 말했다.', "ko", []),
        ("어제 2명이 체포됐다.", "ko", ["2021-03-17"]),
    ],
)
def test_days_counted_from_the_day_of_speaking(
    text: str, language: str, expected: list[str]
) -> None:
    assert [d.value for d in find_dates(text, "2021-03-18", language)] == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a source who spoke on 31 March of "this month", in a report of 2 April: March
        ('소식통은 31일 "이달 초 2명이 체포됐다"고 말했다.', "ko", ["2021-03-31", "2021-03"]),
        ('소식통은 31일 "지난달 2명이 체포됐다"고 말했다.', "ko", ["2021-03-31", "2021-02"]),
        ("이달 초 2명이 체포됐다고 소식통이 31일 전했다.", "ko", ["2021-03", "2021-03-31"]),
        (
            "A source said on March 30 that two were caught earlier this month.",
            "en",
            ["2021-03-30", "2021-03"],
        ),
        ("이달 초 2명이 체포됐다.", "ko", ["2021-04"]),  # no day of speaking: publication's
        # read again with what follows it: the end of last year is still its last month
        ('소식통은 16일 "지난해 말 2명이 체포됐다"고 말했다.', "ko", ["2021-03-16", "2020-12"]),
    ],
)
def test_months_counted_from_the_day_of_speaking(
    text: str, language: str, expected: list[str]
) -> None:
    assert [d.value for d in find_dates(text, "2021-04-02", language)] == expected


def test_a_past_deed_held_off_until_a_weekday_is_the_past_one() -> None:
    published = "2013-05-20"  # a Monday
    past = find_dates("Beijing did not disclose the capture until Sunday.", published, "en")
    assert [d.value for d in past] == ["2013-05-19"]
    ahead = find_dates("The market will stay shut until Sunday.", published, "en")
    assert [d.value for d in ahead] == ["2013-05-26"]
