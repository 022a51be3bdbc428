"""A squad formed, or agents sent abroad, to hunt people down is a drive of its own (a
crackdown), and a squad named for its task ("체포조") arrests no one by its name.

All sentences are invented for the project."""

from __future__ import annotations

import pytest
from extract_support import events_of


def _types(text: str, language: str) -> list[str]:
    return sorted(e.type for e in events_of(text, "2015-08-25", language))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("북한 측이 보위부 요원 수십명을 중국에 보내 탈북한 군인 6명을 찾고 있다.", "ko"),
        ("보위부는 탈북자 체포조를 중국 선양에 파견해 도망친 일가족을 쫓고 있다.", "ko"),
        ("국가보위성은 지난달 중국말에 능한 청년들로 탈북자 ‘미행조’를 새로 조직했다.", "ko"),
        (
            "North Korea sent dozens of security agents to China to track down the six "
            "soldiers, a source said.",
            "en",
        ),
    ],
)
def test_hunt_abroad_is_a_crackdown(text: str, language: str) -> None:
    assert _types(text, language) == ["crackdown"]


def test_ko_arrest_then_questioning_is_an_arrest() -> None:
    assert _types("경찰은 지난 3일 밀수꾼 2명을 체포조사했다.", "ko") == ["arrest"]


def test_ko_a_career_as_an_agent_is_no_hunt() -> None:
    assert _types("그는 보위부 요원을 지낸 뒤 중국으로 건너갔다.", "ko") == []
