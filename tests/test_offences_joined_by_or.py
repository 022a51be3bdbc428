"""An offence named beside another with "or" is a kind of act, not one told as done: "밀수나
마약 사용으로 붙잡힌 사람들", "탈북이나 밀수를 막고", "밀수를 하거나 탈북을 시도하는 주민",
"people caught for smuggling or defection". No smuggling or escape is made of it; an arrest
told in the same sentence stays, with both offences as its charges. What people were caught
doing ("구리를 밀수하거나 탈북하다 체포된") and goods joined by "or" ("copper or zinc") are no
such kind."""

from __future__ import annotations

import pytest
from extract_support import events_of


def _types(text: str) -> list[str]:
    return [e.type for e in events_of(text, published="2021-06-01")]


@pytest.mark.parametrize(
    "text",
    [
        "국경경비대 군인 6명은 주민들의 탈북이나 밀수를 막고 있었다.",
        "국경경비대는 주민들의 탈북이나 밀수를 막기 위해 초소를 새로 지었다.",
        "이 교화소에는 밀수나 마약 사용으로 붙잡힌 사람들이 갇혀 있다고 한다.",
        "수용소에는 밀수나 마약 사용으로 붙잡힌 주민 200여 명이 갇혀 있다.",
        "The camp in Chongori holds people caught for smuggling or defection.",
    ],
)
def test_an_offence_joined_by_or_is_no_happening(text: str) -> None:
    types = _types(text)
    assert "smuggling" not in types
    assert "escape" not in types


def test_the_arrest_beside_them_keeps_both_offences_as_charges() -> None:
    text = "지난해 국경에서 밀수나 도강을 하던 주민 6명이 적발됐다고 한다."
    events = events_of(text, "2021-06-01")
    assert [e.type for e in events] == ["arrest"]
    assert events[0].people == 6
    assert set(events[0].charges) == {"smuggling", "defection"}


@pytest.mark.parametrize(
    "text",
    [
        # what the people caught were doing: the acts of the capture
        "지난 3월 혜산에서 구리를 밀수하거나 탈북하다 체포된 주민 5명이 재판을 받았다.",
        # goods joined by "or", not offences
        "On 3 May, two traders smuggled copper or zinc across the Yalu River near Hyesan.",
        "지난 5일 혜산에서 주민 3명이 구리를 밀수하다 체포됐다.",
    ],
)
def test_an_act_told_as_done_stays(text: str) -> None:
    assert "smuggling" in _types(text)
