"""A Korean range told to its end with 사이 ("21일부터 27일 사이에") is one date, as precise
as both ends agree; "부터" alone starts a campaign."""

from __future__ import annotations

from extract_support import events_of


def _dates(text: str, etype: str) -> list[str | None]:
    found = events_of(text, published="2013-03-26", language="ko")
    return [e.date for e in found if e.type == etype]


def test_range_between_days_of_a_month() -> None:
    text = "당국은 지난 2월 21일부터 27일 사이에 청진에서 마약사범 2명을 공개처형했다."
    assert _dates(text, "execution") == ["2013-02"]


def test_range_across_months() -> None:
    text = "당국은 지난 1월 28일부터 2월 3일 사이에 혜산에서 밀수꾼 5명을 체포했다."
    assert _dates(text, "arrest") == ["2013"]


def test_range_until() -> None:
    text = "당국은 지난 3월 4일부터 9일까지 회령에서 밀수꾼 5명을 체포했다."
    assert _dates(text, "arrest") == ["2013-03"]


def test_months_across_a_year_between() -> None:
    text = "당국은 지난해 11월부터 올해 1월 사이에 무산에서 밀수꾼 5명을 체포했다."
    assert _dates(text, "arrest") == [None]


def test_from_a_day_with_another_range_later_is_a_campaign() -> None:
    text = (
        "안전부는 지난 12일부터 단속을 벌이고 있는데 17~19일 사이에만 30명이 노동단련대로 끌려갔다."
    )
    found = events_of(text, published="2021-04-22", language="ko")
    assert [e.date for e in found if e.type == "detention"] == ["2021-04"]
