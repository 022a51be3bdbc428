"""The day a source told the news is not the day of the happening it told: a Korean source
who "전해왔다" (sent word) on a day, a day named "오늘(20일)" before the verb that reports, an
attribution after a quote ("“...,” said a border-based source on May 3."), and a dateline
naming the city and its country ("MANPO, North Korea, Nov. 18 (Yonhap) --")."""

from __future__ import annotations

import pytest
from extract_support import events_of, one_event


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        (
            "양강도 혜산시에서 마약 밀매업자 3명이 공개재판에서 중형에 처해졌다고 내부 소식통이 "
            "19일 전해왔다.",
            "trial",
        ),
        ("한국 언론은 오늘(20일) 해경이 밀수 혐의로 선장을 구속했다고 보도했다.", "arrest"),
    ],
)
def test_a_korean_day_of_telling_dates_nothing(text: str, etype: str) -> None:
    assert one_event(text, etype, published="2019-11-20", language="ko").date is None


def test_an_attribution_after_a_quote_is_the_day_of_telling() -> None:
    text = (
        "“Copper concentrate from the mine is being smuggled into China every night,” said a "
        "Hyesan-based source on November 14. Smugglers pay the guards."
    )
    assert one_event(text, "smuggling", published="2019-11-20").date is None


def test_a_speakers_own_clause_keeps_its_date() -> None:
    text = "“We had some hope,” said one woman who fled across the Tumen River in 2018."
    assert one_event(text, "escape", published="2019-11-20").date == "2018"


def test_a_dateline_with_city_and_country_is_the_pages_day() -> None:
    text = (
        "MANPO, North Korea, Nov. 18 (Yonhap) -- Border guards arrested two smugglers near the "
        "river, officials said."
    )
    assert one_event(text, "arrest", published="2019-11-18").date is None
    # the day the text gives the arrest is still its own
    dated = (
        "MANPO, North Korea, Nov. 18 (Yonhap) -- Border guards arrested two smugglers on Nov. 9."
    )
    assert [e.date for e in events_of(dated, published="2019-11-18")] == ["2019-11-09"]


def test_todays_as_a_name_is_no_day() -> None:
    # "오늘의 ..." (today's ...) names a newsletter or a column, not the day of a happening
    text = (
        "한 대북 단체는 30일 소식지 '오늘의 국경소식'에서 혜산 주민 1명이 이달 중순께 "
        "압록강을 건너다 총격을 당해 숨졌다고 전했다."
    )
    assert one_event(text, "escape", published="2011-11-30", language="ko").date == "2011-11"
