"""A Korean word of a type told first as a modifier of the people ("붙잡힌 탈북민 7명이") and
then, later in the sentence, as its verb told as done ("... 강제북송됐다"): the verb tells
the happening, the modifier only who the people are. A later word that is a state or a noun
("구금 중이다", "총살 현장") leaves the modifier as the sentence's word. A Korean word is told
as done with its ending spaced, in the northern spelling, or in a passive of its own
("체포 됐다", "검거되였다", "붙잡혔다", "총살형에 처해졌다").

Every sentence here is invented for the test."""

from __future__ import annotations

import pytest
from extract_support import events_of

from nkevents.extract.context import analyse
from nkevents.extract.triggers import sentence_triggers
from nkevents.model import Document


def _types(text: str) -> list[str]:
    return [e.type for e in events_of(text, published="2024-05-20", language="ko")]


def test_a_modifier_gives_way_to_the_later_verb_of_its_type() -> None:
    found = events_of(
        "중국 공안에 붙잡힌 탈북민 7명이 지난 12일 강제북송됐다.",
        published="2024-05-20",
        language="ko",
    )
    assert [(e.type, e.date, e.people) for e in found] == [("arrest", "2024-05-12", 7)]


def test_a_later_word_of_a_state_keeps_the_modifier() -> None:
    # "구금 중" is the state the people are in, not a happening told as done: the modifier
    # stays the sentence's arrest word, and the holding is the detention's
    text = "지난 9일 강제북송된 주민 200명은 현재 집결소에 구금 중이다."
    assert ("arrest", "강제북송") in _words(text)
    found = events_of(text, published="2024-05-20", language="ko")
    assert [(e.type, e.date, e.people) for e in found] == [("detention", "2024-05-09", 200)]


def test_a_hand_over_after_a_modifier_of_capture() -> None:
    assert "arrest" in _types("러시아에서 체포된 북한 노동자 2명이 지난달 북한으로 추방됐다.")


def _words(text: str) -> list[tuple[str, str]]:
    """The sentence's event words, type and text (one sentence)."""
    ctx = analyse(Document("t", text, published="2024-05-20", language="ko"))
    return [(t, text[a:b]) for t, (a, b) in sentence_triggers(ctx, (0, len(text)), weak=False)]


def test_a_noun_of_the_type_after_the_modifier_keeps_the_modifier() -> None:
    text = "이번에 처형된 주민은 3월 1일 2명이었다고 공개총살 현장을 본 주민이 전했다."
    assert _words(text) == [("execution", "처형")]


def test_a_verb_told_as_done_after_the_modifier_is_the_word() -> None:
    text = "지난달 붙잡힌 탈북민 3명이 지난 12일 북송 됐다."
    assert _words(text) == [("arrest", "북송")]


def test_a_penalty_of_shooting_suffered_is_an_execution_told_as_done() -> None:
    assert "execution" in _types("이들은 지난 3일 재판 직후 현장에서 총살형에 처해졌다.")


@pytest.mark.parametrize(
    "text",
    [
        "지난 5일 혜산에서 주민 2명이 밀수하다 적발되였다.",
        "지난 5일 혜산에서 주민 2명이 밀수하다 적발 됐다.",
        "지난 5일 혜산에서 주민 2명이 밀수하다 적발된 것으로 알려졌다.",
        "지난 5일 혜산에서 주민 2명이 밀수하다 적발당했다.",
        "경비대는 지난 5일 혜산에서 밀수하던 주민 2명을 적발한 것으로 알려졌다.",
        "지난 9일 장마당에서 주민 3명이 단속 됐다.",
        "러시아 당국은 지난 5일 북한 노동자 2명을 추방한 것으로 알려졌다.",
    ],
)
def test_people_caught_in_other_endings(text: str) -> None:
    assert "arrest" in _types(text)


def test_goods_caught_in_another_ending_are_seized() -> None:
    assert _types("지난 9일 장마당에서 휴대전화 20대가 단속된 것으로 알려졌다.") == ["seizure"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a cleft: what was done is the statement ("체포된 건 ...이었다")
        ("체포된 건 지난 5일, 혜산 주민 3명이었다.", ("arrest", "2024-05-05", 3)),
        # the people of a dated word counted as the statement
        ("보위부가 지난 3일 체포한 주민은 모두 5명이다.", ("arrest", "2024-05-03", 5)),
        # a dated modifier that is the report's only telling of its type
        ("지난 3일 체포된 밀수꾼들은 보위부에서 조사를 받고 있다.", ("arrest", "2024-05-03", None)),
        # a headline's count and bare noun
        ("北 국경경비대원 2명 탈북…압록강 건너", ("escape", None, 2)),
    ],
)
def test_a_modifier_that_is_the_telling(text: str, expected: tuple[object, ...]) -> None:
    found = events_of(text, published="2024-05-20", language="ko")
    assert [(e.type, e.date, e.people) for e in found] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # a tally over a period is no one happening
        "2009년 1월부터 11월까지 11개월간 공개 처형된 사람은 16명이었다.",
        # a modifier dated to a year only describes the people
        "지난해 체포된 밀수꾼들은 보위부에서 조사를 받고 있다.",
        # offences listed as what guards stop
        "탈북·밀수 등을 막는 국경경비대 군인들이 교대 근무를 선다.",
    ],
)
def test_a_modifier_that_only_describes(text: str) -> None:
    assert _types(text) == []


def test_a_dated_modifier_beside_the_telling_adds_to_it() -> None:
    text = (
        "보위부는 지난 3일 혜산에서 밀수꾼 4명을 체포했다. "
        "지난 3일 체포된 밀수꾼들은 보위부에서 조사를 받고 있다."
    )
    found = events_of(text, published="2024-05-20", language="ko")
    assert [(e.type, e.date, e.people) for e in found] == [("arrest", "2024-05-03", 4)]
