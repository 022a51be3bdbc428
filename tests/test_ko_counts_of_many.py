"""Korean counts of one person: the numeral 한 stands alone ("한 주민이"), never as the last
syllable of 북한 or 남한 ("북한 주민" counts no one by itself), and a word of many before the
noun ("다수의 북한 주민이", "여러 간부가", "많은 주민이") leaves the count open.

Every sentence here is invented for the test."""

from __future__ import annotations

import pytest
from extract_support import one_event

from nkevents.detect.numbers import korean_singulars


def test_the_last_syllable_of_bukhan_is_no_numeral() -> None:
    assert korean_singulars("다수의 북한 주민이 송환됐다") == []
    assert [c.value for c in korean_singulars("한 주민이 체포됐다")] == [1]


@pytest.mark.parametrize(
    "text",
    [
        "지난 3일 다수의 북한 주민이 중국에서 북한으로 송환됐다.",
        "지난 3일 여러 간부가 보위부에 체포됐다.",
        "지난 3일 많은 주민이 단속에 걸려 체포됐다.",
    ],
)
def test_many_people_leave_the_count_open(text: str) -> None:
    assert one_event(text, "arrest", published="2019-11-20", language="ko").people is None


@pytest.mark.parametrize(
    "text", ["지난 3일 한 주민이 체포됐다.", "지난 3일 회령에서 20대 청년이 체포됐다."]
)
def test_one_person_still_counts_one(text: str) -> None:
    assert one_event(text, "arrest", published="2019-11-20", language="ko").people == 1
