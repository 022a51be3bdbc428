"""A Korean official held at home under guard ("가택연금", "연금됐다") is a detention, as a
dismissed official sent away is; a pension ("국민연금", "연금 수령") is none.

Every sentence here is invented for the test."""

from __future__ import annotations

import pytest
from extract_support import events_of, one_event


def test_house_arrest_told_as_a_state_is_a_detention() -> None:
    text = "정보당국은 박 모 부장이 비리 혐의로 가택연금 상태라고 국회에 보고했다."
    held = one_event(text, "detention", published="2017-02-27", language="ko")
    assert held.people == 1


def test_house_arrest_told_as_done_is_a_dated_detention() -> None:
    text = "지난 5월 당 간부 1명이 허위 보고 때문에 연금됐다고 소식통이 전했다."
    held = one_event(text, "detention", published="2019-11-20", language="ko")
    assert (held.date, held.people) == ("2019-05", 1)


@pytest.mark.parametrize(
    "text",
    ["국민연금 가입자가 지난달 크게 늘었다.", "퇴직한 간부들은 연금 수령도 못 한다고 한다."],
)
def test_a_pension_is_no_detention(text: str) -> None:
    assert events_of(text, published="2019-11-20", language="ko") == []


def test_a_minister_named_by_his_post_is_one_person_held() -> None:
    text = "정보당국은 김 모 보위상이 허위 보고 혐의로 가택연금 상태라고 보고했다."
    held = one_event(text, "detention", published="2017-02-27", language="ko")
    assert held.people == 1
    text = "지난달 북한의 철도상이 총살됐다고 소식통이 전했다."
    assert one_event(text, "execution", published="2019-11-20", language="ko").people == 1
