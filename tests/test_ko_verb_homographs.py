"""Hangul place names that are also verb forms (invented sentences): 나선 (Rason) is the verb
"set out" after a particle ("작업에도 나선") or before a bound noun ("수입 나선 듯",
"나선 것으로"), and the place elsewhere ("나선시에서", "나선 지역"); 씨 is "Mr./Ms." after a
name, not the last syllable of a word (날씨, 말씨)."""

from __future__ import annotations

import pytest
from extract_support import events_of

from nkevents.detect.places import find_places


@pytest.mark.parametrize(
    "text",
    [
        "당국은 밀수꾼 색출 작업에도 나선 것으로 확인됐다",
        "중국은 곡물 수입 나선 듯 보인다",
        "보위부가 단속에 나선 것으로 전해졌다",
        "군 기강 확립에 나선 바 있다",
    ],
)
def test_the_verb_is_no_place(text: str) -> None:
    assert "나선" not in [p.text for p in find_places(text)]


@pytest.mark.parametrize(
    "text", ["나선시에서 밀수꾼 2명이 체포됐다", "나선 지역 주민이 붙잡혔다", "나선에서 밀수꾼이"]
)
def test_the_place_is_found(text: str) -> None:
    assert [p.candidates[0].name for p in find_places(text)] == ["Rason"]


@pytest.mark.parametrize(
    "text",
    [
        "날씨가 추워지면서 지난 3일 혜산시에서 밀수꾼들이 체포됐다.\n",
        "주민들의 말씨가 수상하다는 신고로 지난 3일 혜산시에서 밀수꾼들이 체포됐다.\n",
    ],
)
def test_a_word_ending_in_ssi_is_no_person(text: str) -> None:
    # 날씨 (weather), 말씨 (speech): not "Mr. X", so no count of one person
    events = [e for e in events_of(text, published="2021-04-14", language="ko")]
    assert [e.people for e in events if e.type == "arrest"] == [None]


def test_a_surname_with_ssi_is_one_person() -> None:
    text = "지난 3일 혜산시에서 최 씨가 밀수 혐의로 체포됐다.\n"
    events = [e for e in events_of(text, published="2021-04-14", language="ko")]
    assert [e.people for e in events if e.type == "arrest"] == [1]
