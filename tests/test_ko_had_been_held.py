"""A Korean word of custody told of the people in a clause before the sentence's own word of
the same type ("억류됐던 탈북민 200명이 ... 송환됐다": those who had been held were sent back)
only says who they were: the later word tells the happening, its date and its count.

Every sentence here is invented for the test."""

from __future__ import annotations

import pytest
from extract_support import events_of, one_event


@pytest.mark.parametrize(
    "text",
    [
        "중국 지린성에 억류됐던 탈북민 200여명이 지난 9일 밤 북한으로 강제 송환됐다.",
        "인권단체는 중국에 억류됐던 탈북민 200여명이 지난 9일 밤 북한으로 송환됐다고 주장했다.",
    ],
)
def test_people_who_had_been_held_and_were_sent_back_are_one_dated_handover(text: str) -> None:
    handover = one_event(text, "arrest", published="2019-11-20", language="ko")
    assert (handover.date, handover.people) == ("2019-11-09", 200)


def test_people_once_caught_and_caught_again_are_the_later_arrest() -> None:
    text = "지난달 단속됐던 주민 3명이 지난 5일 다시 체포됐다."
    arrest = one_event(text, "arrest", published="2019-11-20", language="ko")
    assert (arrest.date, arrest.people) == ("2019-11-05", 3)


def test_a_word_of_custody_alone_in_its_sentence_stays() -> None:
    text = "지난 5일 체포됐던 주민 3명은 보위부에 넘겨졌다."
    assert [e.type for e in events_of(text, published="2019-11-20", language="ko")] == ["arrest"]
