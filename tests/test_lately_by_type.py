"""Korean 최근 (lately) as an event's only time, by type (extract/dating.py): an arrest or a
trial takes the month of publication; a campaign the year of publication, as an English
campaign told "recently" is dated; a trade or an execution stays undated, as English
"recently" leaves it."""

from __future__ import annotations

import pytest
from extract_support import one_event


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        (
            "최근 보위부가 회령에서 중국 휴대전화를 쓰던 주민 3명을 체포했다고 소식통이 전했다.",
            "arrest",
        ),
        (
            "최근 청진시 재판소가 마약을 판 주민 2명에게 징역 5년을 선고했다고 소식통이 전했다.",
            "trial",
        ),
    ],
)
def test_an_arrest_or_trial_told_lately_is_of_the_month_of_publication(
    text: str, etype: str
) -> None:
    assert one_event(text, etype, published="2021-03-15", language="ko").date == "2021-03"


def test_a_campaign_told_lately_is_of_the_year_of_publication() -> None:
    text = (
        "최근 북한 당국이 양강도 국경 지역에서 밀수 단속을 대대적으로 강화했다고 소식통이 전했다."
    )
    event = one_event(text, "crackdown", published="2021-03-15", language="ko")
    assert event.date == "2021"
    assert event.provenance["date"].rule.endswith("campaign_year")


def test_a_campaign_told_as_going_on_now_keeps_the_month() -> None:
    # "벌이고 있다": going on as the report is written
    text = "최근 보안서가 혜산 장마당에서 불법 영상물 단속을 벌이고 있다고 소식통이 전했다."
    assert one_event(text, "crackdown", published="2021-03-15", language="ko").date == "2021-03"


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        (
            "최근 신의주 주민들이 압록강을 건너 중국산 약품을 밀수하고 있다고 소식통이 전했다.",
            "smuggling",
        ),
        ("최근 함흥에서 인신매매범 한 명이 공개 총살됐다고 소식통이 전했다.", "execution"),
    ],
)
def test_a_trade_or_execution_told_lately_stays_undated(text: str, etype: str) -> None:
    assert one_event(text, etype, published="2021-03-15", language="ko").date is None


def test_a_date_of_its_own_wins_over_lately() -> None:
    text = "최근 혜산에서 지난 4일 밀수꾼 2명이 공개 총살됐다고 소식통이 전했다."
    assert one_event(text, "execution", published="2021-03-15", language="ko").date == (
        "2021-03-04"
    )
