"""The offence of helping others over the border, named as a charge or a kind of people
("탈출을 도운 죄", "탈북 방조 혐의", "on charges of helping people flee"), tells no crossing:
no escape event. A crossing told as done stays one."""

from __future__ import annotations

import pytest
from extract_support import events_of


def _types(text: str, language: str) -> list[str]:
    return [e.type for e in events_of(text, language=language)]


@pytest.mark.parametrize(
    "text",
    [
        "이번에 처형된 주민은 5월 3일 2명, 5월 4일 1명이며, 죄목은 ‘국경 탈출을 도운 죄’라고 "
        "현장을 직접 목격한 중국 내 탈북자들은 전한다.",
        "지난 4일 탈북 방조 혐의로 주민 2명이 체포됐다.",
        "회령시 보안서는 도강을 도와준 혐의로 지난 4일 군인 1명을 체포했다.",
    ],
)
def test_a_korean_helped_crossing_is_no_escape(text: str) -> None:
    assert "escape" not in _types(text, "ko")


@pytest.mark.parametrize(
    "text",
    [
        "She was jailed in May for helping three women escape to China.",
        "Two men were publicly executed in Hoeryong on 3 March for helping others escape.",
    ],
)
def test_an_english_helped_crossing_named_as_a_charge_is_no_escape(text: str) -> None:
    assert "escape" not in _types(text, "en")


def test_a_korean_crossing_told_as_done_stays_an_escape() -> None:
    events = events_of("지난 4일 주민 2명이 탈북했다.", language="ko")
    assert [(e.type, e.people) for e in events] == [("escape", 2)]
