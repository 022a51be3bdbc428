"""Korean border crossings that are no escape, and escapes told in forms the word list missed.

A trader going back and forth across the border is told in every ending of the verb
("넘나든다", "넘나드는", "넘나들며"): a trade, never an escape. A border crossed told of a
thing ("국경을 넘은 마약 밀수사건", "국경을 넘는 마약 거래") is a cross-border trade or crime:
no one escaped, and the trade word beside it still counts. Defectors who "탈북해" went on
somewhere escaped, as those who "탈북했다"; people "표류 중인" (adrift, told as a state) crossed
the sea line as those "표류하던" did, as the keys have it.

Every sentence here is invented for the test."""

from __future__ import annotations

import pytest
from extract_support import events_of, one_event


def _types(text: str) -> list[str]:
    return sorted(e.type for e in events_of(text, published="2019-11-20", language="ko"))


@pytest.mark.parametrize(
    "text",
    [
        "이 상인은 경비대에 돈을 쥐여주고 북·중 국경을 넘나든다는 사실을 털어놓았다.",
        "그는 지난해부터 강을 넘나드는 장사로 돈을 모았다고 했다.",
        "장사꾼 한 명은 밤마다 국경을 넘나들며 옷감을 팔았다고 한다.",
    ],
)
def test_going_back_and_forth_across_the_border_is_no_escape(text: str) -> None:
    assert "escape" not in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "공안은 이번 일을 ‘국경을 넘은’ 마약 밀수사건이라고 발표했다.",
        "통신은 이를 '국경을 넘는' 마약 밀매라고만 전했다.",
        "세관은 지난달 국경을 넘는 불법 거래를 여러 건 적발했다고 밝혔다.",
        "경찰은 강을 넘은 물품 대부분이 식량이었다고 밝혔다.",
    ],
)
def test_a_border_crossed_told_of_a_trade_or_goods_is_no_escape(text: str) -> None:
    assert "escape" not in _types(text)


def test_the_trade_told_beside_a_crossing_still_counts() -> None:
    assert _types("공안은 이번 일을 ‘국경을 넘은’ 마약 밀수사건이라고 발표했다.") == ["smuggling"]


@pytest.mark.parametrize(
    "text",
    [
        "지난 3일 국경을 넘은 주민 3명이 중국 공안에 붙잡혔다.",
        "지난 3일 주민 3명이 국경을 넘어 중국으로 갔다.",
    ],
)
def test_people_who_crossed_the_border_still_escaped(text: str) -> None:
    assert "escape" in _types(text)


def test_defectors_who_tal_buk_hae_went_on_escaped() -> None:
    text = "러시아 벌목장에서 일하던 북한 노동자 6명이 지난달 탈북해 한국에 들어왔다."
    escape = one_event(text, "escape", published="2019-11-20", language="ko")
    assert (escape.date, escape.people) == ("2019-10", 6)


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("지난 8일 표류 중인 북한 어선 1척과 선원 6명이 해경에 구조됐다.", 6),
        ("지난 8일 동해에서 표류 중이던 북한 주민 3명이 군에 발견됐다.", 3),
    ],
)
def test_people_adrift_told_as_a_state_crossed_the_sea_line(text: str, people: int) -> None:
    escape = one_event(text, "escape", published="2019-11-20", language="ko")
    assert (escape.date, escape.people) == ("2019-11-08", people)


@pytest.mark.parametrize(
    "text",
    [
        "탈북해 온 주민들은 정착 지원금을 받는다.",
        "표류 중인 선박이 늘었다는 얘기도 나온다.",
    ],
)
def test_no_one_adrift_or_defecting_told(text: str) -> None:
    assert "escape" not in _types(text)
