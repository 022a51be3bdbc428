"""A death while people are questioned or taken away in custody is a death in custody (a
detention), told without any word of holding: "북한으로 압송되던 중 음독 자살했다",
"심문 과정에서 구타로 숨졌다", "died during interrogation".

All sentences are invented for the project."""

from __future__ import annotations

import pytest
from extract_support import events_of


def _kinds(text: str, language: str) -> list[tuple[str, int | None]]:
    return sorted((e.type, e.people) for e in events_of(text, "2017-07-22", language))


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "탈북자 일가족 4명이 중국 공안에 체포돼 북한으로 압송되던 중 소지하던 독약을 마시고 "
            "모두 자살했다.",
            "ko",
            [("arrest", 4), ("detention", 4)],
        ),
        (
            "보위부의 심문 과정에서 경비대원 1명이 혹독한 구타에 숨졌다고 소식통이 전했다.",
            "ko",
            [("detention", 1)],
        ),
        (
            "A family of four arrested by Chinese police in Kunming killed themselves with poison "
            "while being sent back to North Korea.",
            "en",
            [("arrest", 4), ("detention", 4)],
        ),
        (
            "A border guard died during interrogation by state security agents in Hyesan last "
            "month.",
            "en",
            [("detention", 1)],
        ),
    ],
)
def test_death_in_custody_on_the_way(
    text: str, language: str, expected: list[tuple[str, int | None]]
) -> None:
    assert _kinds(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("그는 조사 과정에서 혐의를 모두 인정했다.", "ko"),
        ("The man died while fishing near Sinuiju.", "en"),
    ],
)
def test_no_death_in_custody(text: str, language: str) -> None:
    assert _kinds(text, language) == []
