"""Which event takes a charge or a list of goods when several are told near each other
(invented reports)."""

from __future__ import annotations

import pytest
from extract_support import events_of, one_event


def test_a_charge_word_beside_an_execution_is_not_the_next_trial_s() -> None:
    events = events_of(
        "지난 5일 청진에서 살인죄로 1명이 총살됐다. "
        "같은 날 마약 사범 3명에게는 교화 10년이 선고됐다.",
        language="ko",
    )
    trial = next(e for e in events if e.type == "trial")
    execution = next(e for e in events if e.type == "execution")
    assert trial.charges == ["drugs"]
    assert execution.charges == ["murder"]


def test_an_arrest_s_charge_still_reaches_a_trial_told_without_one() -> None:
    events = events_of(
        "Police in Hyesan arrested a trader on charges of smuggling copper on May 3. "
        "A court in Hyesan sentenced him to ten years of hard labour on June 9.",
        language="en",
    )
    trial = next(e for e in events if e.type == "trial")
    assert trial.charges == ["smuggling"]


def test_a_list_of_goods_after_the_arrest_of_smugglers_is_theirs() -> None:
    arrest = one_event(
        "혜산에서 지난 3일 밀수꾼 2명이 체포됐다. 이들이 넘긴 물건은 구리, 아연, 약초 등이다.",
        "arrest",
        language="ko",
    )
    assert sorted(arrest.commodities) == ["copper", "medicine", "zinc"]


def test_a_list_of_goods_after_an_arrest_for_another_offence_is_not_its() -> None:
    events = events_of(
        "혜산에서 지난 3일 한국 영화를 본 주민 2명이 체포됐다. "
        "시장에서 팔리는 물건은 쌀, 옥수수, 구리 등이다.",
        language="ko",
    )
    arrest = next(e for e in events if e.type == "arrest")
    assert arrest.commodities == []


def test_goods_of_a_clause_set_against_the_event_are_not_its() -> None:
    seizure = one_event(
        "Chinese customs seized 20 tonnes of zinc at Dandong on May 3, while North Korean "
        "traders continued to ship seafood through Nampo.",
        "seizure",
        language="en",
    )
    assert seizure.commodities == ["zinc"]


def test_a_clause_of_while_doing_is_the_event_s_own() -> None:
    arrest = one_event(
        "Border guards arrested a man near Hyesan on May 3, while trying to carry copper "
        "across the river.",
        "arrest",
        language="en",
    )
    assert arrest.commodities == ["copper"]


@pytest.mark.parametrize(
    ("text", "language", "charges", "goods"),
    [
        (
            "In Hyesan, where copper smuggling is rampant, police arrested two women on May 3 "
            "for watching South Korean dramas.",
            "en",
            ["foreign_media"],
            [],
        ),
        (
            "구리 밀수가 성행하는 혜산에서 지난 3일 한국 드라마를 본 주민 2명이 체포됐다.",
            "ko",
            ["foreign_media"],
            [],
        ),
        (
            "The man, who had once sold drugs, was arrested in Hyesan on May 3 for smuggling "
            "copper.",
            "en",
            ["smuggling"],
            ["copper"],
        ),
        # told without a word of an older time, the clause is the offence of the arrest
        (
            "A woman, who had smuggled copper into China, was arrested in Hyesan on May 3.",
            "en",
            ["smuggling"],
            ["copper"],
        ),
    ],
)
def test_offences_of_an_older_case_or_of_the_place_are_no_charge(
    text: str, language: str, charges: list[str], goods: list[str]
) -> None:
    arrest = one_event(text, "arrest", language=language)
    assert arrest.charges == charges
    assert arrest.commodities == goods


def test_a_korean_charge_told_after_the_execution_is_not_its() -> None:
    events = events_of(
        "혜산에서 지난 3일 마약을 판 주민은 총살됐고, 휴대전화로 한국과 통화한 주민은 체포됐다.",
        language="ko",
    )
    execution = next(e for e in events if e.type == "execution")
    assert execution.charges == ["drugs"]


def test_a_korean_charge_of_the_arrest_that_led_to_the_execution_is_its() -> None:
    execution = one_event(
        "혜산에서 지난 3일 구리 밀수 혐의로 체포된 주민 2명이 공개 총살됐다.",
        "execution",
        language="ko",
    )
    assert execution.charges == ["smuggling"]


def test_charges_before_a_clause_set_against_the_event_are_not_its() -> None:
    events = events_of(
        "A man caught with methamphetamine was arrested in Hamhung on May 5, while his brother "
        "was executed the same day for murder.",
        language="en",
    )
    execution = next(e for e in events if e.type == "execution")
    assert execution.charges == ["murder"]
