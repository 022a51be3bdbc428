"""Korean goods turned up in a search ("가방을 열어본 결과 금괴 170개가 나왔다", "배를 수색하자
마약이 나왔다") are a seizure of those goods; a result or a finding that comes out ("그 결과가
나왔다") is none.

Every sentence here is invented for the test."""

from __future__ import annotations

import pytest
from extract_support import events_of, one_event


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        ("지난 5일 세관 직원이 여행 가방을 열어본 결과, 금괴 120개가 나왔다.", "gold"),
        ("지난 5일 경비대가 작은 배를 수색하자 마약 2kg이 나왔다.", "drugs"),
    ],
)
def test_goods_turned_up_in_a_search_are_seized(text: str, goods: str) -> None:
    seizure = one_event(text, "seizure", published="2019-11-20", language="ko")
    assert seizure.date == "2019-11-05"
    assert goods in seizure.commodities


@pytest.mark.parametrize("text", ["조사 결과가 지난 5일 나왔다.", "그 결과가 나왔다고 한다."])
def test_a_result_that_comes_out_is_no_seizure(text: str) -> None:
    assert events_of(text, published="2019-11-20", language="ko") == []
