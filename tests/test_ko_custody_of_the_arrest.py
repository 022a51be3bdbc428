"""Korean custody after a capture (reports written for the project, invented happenings):
people caught and then held for questioning in the same sentence are one arrest; a
sentence served after the capture stays a detention of its own."""

from __future__ import annotations

import pytest
from extract_support import events_of


@pytest.mark.parametrize(
    "text",
    [
        (
            "지난 3일 만포에서 밀수꾼 1명이 체포돼 보위부 감옥에 수감돼 조사를 받고 있다고 "
            "소식통이 전했다.\n"
        ),
        (
            "소식통은 “지난달 초 신의주의 한 부부가 구리를 밀수하려다 보안서에 체포됐다”며 "
            "“남편은 풀려났지만 아내는 지금도 구류돼 있다”고 전했다.\n"
        ),
        "지난 3일 회령시에서 여성 2명이 체포돼 구류장에 갇혀 조사를 받고 있다.\n",
    ],
)
def test_held_for_questioning_after_a_capture_is_the_arrest(text: str) -> None:
    events = events_of(text, published="2021-04-14", language="ko")
    assert [e.type for e in events].count("arrest") == 1
    assert "detention" not in [e.type for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "지난 3일 만포에서 밀수꾼 1명이 체포돼 교화소에 수감됐다고 소식통이 전했다.\n",
        "지난 3일 회령시에서 여성 2명이 체포돼 노동단련대에 수감됐다.\n",
    ],
)
def test_a_sentence_served_after_a_capture_stays_a_detention(text: str) -> None:
    events = events_of(text, published="2021-04-14", language="ko")
    assert "detention" in [e.type for e in events]


def test_held_without_a_capture_told_stays_a_detention() -> None:
    text = "지난 3일부터 혜산시 보위부 구류장에 수감돼 있던 여성이 숨졌다고 소식통이 전했다.\n"
    events = events_of(text, published="2021-04-14", language="ko")
    assert "detention" in [e.type for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "지난 3일 혜산시에서 주민 1명이 체포돼 보위부 구류장에서 조사를 받다가 숨졌다.\n",
        "지난 3일 혜산시에서 주민 1명이 체포돼 감옥에 수감됐다가 사망했다.\n",
    ],
)
def test_a_death_in_custody_after_a_capture_stays_a_detention(text: str) -> None:
    events = events_of(text, published="2021-04-14", language="ko")
    assert sorted(e.type for e in events) == ["arrest", "detention"]
