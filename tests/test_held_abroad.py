"""People held abroad in a report that tells their capture are the capture's custody, not a
detention of their own; a camp at home stays a detention (reports written for the project,
invented happenings)."""

from __future__ import annotations

import pytest
from extract_support import events_of


def _types(text: str, language: str) -> list[str]:
    return sorted(e.type for e in events_of(text, "2017-08-10", language))


@pytest.mark.parametrize(
    "text",
    [
        "Chinese border police arrested twelve North Koreans near Yanji last week, a pastor "
        "said.\n\nTwo of those now kept at a holding centre in Tumen are children, he "
        "added.\n",
        "Police in China detained nine escapees on a bus on 2 August.\n\n"
        "The group is now held in a detention centre in Dandong, Liaoning province, "
        "relatives said.\n",
    ],
)
def test_held_in_china_after_the_capture_is_one_arrest(text: str) -> None:
    assert _types(text, "en") == ["arrest"]


def test_held_in_china_gives_the_arrest_no_second_event_in_korean() -> None:
    text = (
        "중국 공안이 지난 2일 탈북민 9명을 체포했다.\n\n"
        "이들은 현재 랴오닝성 단둥의 구류장에 수감돼 있다고 소식통은 전했다.\n"
    )
    assert _types(text, "ko") == ["arrest"]


def test_a_camp_at_home_stays_a_detention() -> None:
    text = (
        "State security agents arrested a trader in Hyesan on 3 May.\n\n"
        "His wife was sent to the Kyohwaso No. 12 Chongori camp in North Hamgyong.\n"
    )
    assert "detention" in _types(text, "en")


def test_held_abroad_with_no_capture_told_stays_a_detention() -> None:
    text = "Five North Koreans have been held in a detention centre in Dandong since June.\n"
    assert "arrest" not in _types(text, "en")
