"""A public or mass trial (공개심판, 군중심판, 공개재판) is a trial, held in public; 심판 alone
(a referee, a verdict of history) is none."""

from __future__ import annotations

import pytest
from extract_support import events_of


def _found(text: str) -> list[tuple[str, str | None, bool | None, int | None]]:
    events = events_of(text, published="2030-04-21", language="ko")
    return [(e.type, e.date, e.public, e.people) for e in events]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "보안서는 지난 5일 혜산시 역전광장에서 밀수꾼 네 명에 대한 공개심판을 열었다.",
            [("trial", "2030-04-05", True, 4)],
        ),
        (
            "당국은 지난달 초 청진에서 주민 여섯 명을 군중심판에 세웠다.",
            [("trial", "2030-03", True, 6)],
        ),
        (
            "당국은 지난달 초 청진에서 주민 여섯 명을 공개 재판에 세웠다.",
            [("trial", "2030-03", True, 6)],
        ),
    ],
)
def test_a_public_or_mass_trial_is_a_public_trial(text: str, found: list) -> None:
    assert _found(text) == found


def test_a_referee_is_no_trial() -> None:
    assert _found("그는 지난 5일 축구 경기의 심판을 맡았다.") == []
