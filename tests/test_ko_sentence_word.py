"""언도 (a sentence pronounced) is a trial's word, but not inside a longer word that ends in
언 followed by the particle 도: 증언도 (testimony too), 선언도 (a declaration too), 발언도
(a remark too) name no trial. The word itself, alone or in a compound (사형언도), still does.

Every sentence here is invented for the test."""

from __future__ import annotations

import pytest
from extract_support import events_of


def _types(text: str) -> list[str]:
    return [e.type for e in events_of(text, published="2021-06-30", language="ko")]


@pytest.mark.parametrize(
    "text",
    [
        "공개처형 증언도 나왔다.",
        "2019년 회령에서 주민 3명이 공개처형됐다는 탈북민 증언도 있다.",
        "지난 5일 간부 2명의 발언도 문제가 됐다.",
        "당국은 국경 지역 비상사태 선언도 검토하고 있다.",
    ],
)
def test_a_word_ending_in_eon_before_do_names_no_trial(text: str) -> None:
    assert "trial" not in _types(text)


def test_the_word_of_a_sentence_pronounced_stays_a_trial() -> None:
    assert _types("도 재판소는 지난 5일 밀수꾼 2명에게 교화 10년형을 언도했다.") == ["trial"]


def test_a_compound_with_the_word_stays_a_trial() -> None:
    assert "trial" in _types("지난 5일 회령에서 밀수꾼 2명에게 사형언도가 내려졌다.")
