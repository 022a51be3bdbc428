"""Two Korean name-shaped words joined by 와/과 right before the event word ("측근 이철수와
박영남도 ... 총살했다") are two people, even when the report names them once; the leaders
(김정은, 김여정) are never counted, and a single name told once stays uncounted.

Every sentence here is invented for the test."""

from __future__ import annotations

import pytest
from extract_support import one_event


@pytest.mark.parametrize(
    "text",
    [
        "지난달 북한은 이철수와 박영남을 공개 총살했다.",
        "지난달 북한은 측근 이철수와 박영남도 간부들이 지켜보는 가운데 총살했다.",
    ],
)
def test_two_names_joined_are_two_people(text: str) -> None:
    execution = one_event(text, "execution", published="2019-11-20", language="ko")
    assert execution.people == 2


def test_a_name_told_once_stays_uncounted() -> None:
    text = "지난달 북한은 이철수를 총살했다."
    assert one_event(text, "execution", published="2019-11-20", language="ko").people is None
