"""A court's sentence told in other words than "sentenced": a term given or handed to people,
jailed for life, a Korean term told as handed down (형이 내려졌다) or received in months, and a
death sentence by shooting passed but not yet carried out (invented reports)."""

from __future__ import annotations

import pytest
from extract_support import events_of, one_event


@pytest.mark.parametrize(
    ("text", "language", "penalty"),
    [
        (
            "A court in Hyesan on May 3 gave him 15 years of reform through labour for smuggling.",
            "en",
            ("forced_labor", 180, 180),
        ),
        (
            "On May 3 a Hyesan court handed the traders terms of up to 15 years in prison.",
            "en",
            ("prison", None, 180),
        ),
        (
            "The official was jailed for life in Pyongyang on May 3 for bribery.",
            "en",
            ("life", None, None),
        ),
        (
            "혜산에서 지난 3일 밀수꾼에게 노동교화 15년형이 내려졌다.",
            "ko",
            ("forced_labor", 180, 180),
        ),
        (
            "혜산에서 지난 3일 휴대전화를 쓴 주민들에게 6개월에서 1년의 노동단련형이 내려졌다.",
            "ko",
            ("labor_training", 6, 12),
        ),
        ("혜산에서 지난 3일 밀수꾼이 로동단련형 6개월을 받았다.", "ko", ("labor_training", 6, 6)),
        (
            "A Hyesan smuggler was handed a 10-year prison term on May 3.",
            "en",
            ("prison", 120, 120),
        ),
        ("The dealer was given the death penalty in Hyesan on May 3.", "en", ("death", None, None)),
        (
            "A Hyesan court on May 3 ordered the smuggler to serve eight years of hard labor.",
            "en",
            ("forced_labor", 96, 96),
        ),
    ],
)
def test_a_term_told_otherwise_is_a_trial(text: str, language: str, penalty: tuple) -> None:
    trial = one_event(text, "trial", language=language)
    assert trial.penalty is not None
    assert (trial.penalty.kind, trial.penalty.min_months, trial.penalty.max_months) == penalty


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("He was sentenced to death by firing squad in Hyesan on May 3.", "en"),
        ("A Hamhung court on May 3 condemned the two drug dealers to face a firing squad.", "en"),
        ("혜산에서 지난 3일 마약 밀매범이 총살형을 선고받았다.", "ko"),
        ("혜산에서 지난 3일 마약 밀매범 2명이 총살 판결을 받았다.", "ko"),
    ],
)
def test_a_death_sentence_by_shooting_is_a_trial_not_an_execution(text: str, language: str) -> None:
    events = events_of(text, language=language)
    assert [e.type for e in events] == ["trial"]
    assert events[0].penalty is not None and events[0].penalty.kind == "death"


@pytest.mark.parametrize(
    ("text", "language", "etype"),
    [
        ("The smuggler faced a firing squad in Hyesan on May 3.", "en", "execution"),
        ("혜산에서 지난 3일 밀수꾼 2명에 대한 총살형이 집행됐다.", "ko", "execution"),
    ],
)
def test_a_shooting_carried_out_stays_an_execution(text: str, language: str, etype: str) -> None:
    assert etype in [e.type for e in events_of(text, language=language)]


def test_money_handed_over_years_ago_is_no_trial() -> None:
    events = events_of(
        "Police arrested a broker in Hyesan on May 3; he had handed the money to a smuggler "
        "two years ago.",
        language="en",
    )
    assert "trial" not in [e.type for e in events]


@pytest.mark.parametrize(
    ("text", "penalty"),
    [
        (
            "혜산시 재판소는 지난 3일 밀수 혐의로 기소된 주민에게 노동교화형 15년을 선고했다.",
            ("forced_labor", 180, 180),
        ),
        (
            "서울중앙지법은 지난 3일 대북 밀반출 혐의로 기소된 업자에게 징역 3년을 선고했다.",
            ("prison", 36, 36),
        ),
    ],
)
def test_the_indicted_are_told_the_sentence_passed_on_them(text: str, penalty: tuple) -> None:
    trial = one_event(text, "trial", language="ko")
    assert trial.penalty is not None
    assert (trial.penalty.kind, trial.penalty.min_months, trial.penalty.max_months) == penalty


def test_an_indictment_told_alone_is_still_a_trial() -> None:
    trial = one_event(
        "검찰은 지난 3일 밀수 혐의로 무역업자 2명을 기소했다.", "trial", language="ko"
    )
    assert trial.people == 2
