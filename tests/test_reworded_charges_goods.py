"""Charges and goods told in other common words than the ones the rules were first written
for: one invented sentence each, and the same words where they name no charge or goods."""

from __future__ import annotations

import pytest
from extract_support import one_event

from nkevents.extract.attributes import labels, unique
from nkevents.extract.lexicon import lexicon


def _charges(sentence: str, language: str = "en") -> list[str]:
    return unique(labels(lexicon().charges[language], sentence, (0, len(sentence))))


def _goods(sentence: str, language: str = "en") -> list[str]:
    return unique(labels(lexicon().commodities[language], sentence, (0, len(sentence))))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("She was held for using a Chinese cellphone.", ["illegal_phone"]),
        ("He was arrested for phoning relatives in the South.", ["illegal_phone"]),
        ("She was detained for calling her son in South Korea.", ["illegal_phone"]),
        ("Police found ten kilograms of ice in his house.", ["drugs"]),
        ("He was shot for collaborating with South Korean intelligence.", ["espionage"]),
        ("Three women were held for illegally crossing into China.", ["defection"]),
        ("He was caught moving goods across the border at night.", ["smuggling"]),
        (
            "A woman was held for selling her neighbour's daughter to a Chinese man.",
            ["trafficking"],
        ),
        (
            "Soldiers were shot for deserting and fleeing toward the border.",
            ["desertion", "defection"],
        ),
        ("He was shot for allegedly passing information to South Korea.", ["espionage"]),
        # killing an animal is no murder
        ("Two men were held for killing a state-owned ox.", []),
        ("He was tried for killing his neighbour.", ["murder"]),
        # a call to kin in China, made from the South, is no phone offence in the North
        ("A refugee in Seoul phoned her sister in China last week.", []),
    ],
)
def test_english_charges_reworded(sentence: str, expected: list[str]) -> None:
    assert _charges(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("공장 설비를 훔쳐 판 지배인이 체포됐다.", ["theft"]),
        ("구리를 중국에 몰래 넘긴 주민이 체포됐다.", ["smuggling"]),
        ("장마당에서 쌀을 몰래 거래한 상인이 붙잡혔다.", ["illegal_trade"]),
        ("중국산 스마트폰을 쓰던 주민이 체포됐다.", ["illegal_phone"]),
        ("국경을 넘으려던 주민 2명이 붙잡혔다.", ["defection"]),
        ("괴뢰 정보원과 연계된 혐의로 2명이 총살됐다.", ["espionage"]),
        ("이웃을 죽인 남성이 공개총살됐다.", ["murder"]),
        ("국가 소유의 전선을 잘라 판 주민이 체포됐다.", ["theft"]),
        ("부대를 이탈해 국경으로 도주한 군인 3명이 총살됐다.", ["desertion", "defection"]),
        ("기업소 자재를 팔아먹은 지배인이 체포됐다.", ["theft"]),
        # a crossing told as done, a phone named as no offence: no charge
        ("국경을 넘어 온 상인이 시장에 나타났다.", []),
        ("스마트폰 가격이 올랐다.", []),
    ],
)
def test_korean_charges_reworded(sentence: str, expected: list[str]) -> None:
    assert _charges(sentence, "ko") == expected


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        ("Police confiscated 40 cellphones from a trader.", "en", ["phones"]),
        ("They moved petrol and kerosene into the North.", "en", ["fuel"]),
        ("Traders smuggled octopus, shrimp and abalone to China.", "en", ["seafood"]),
        ("Police seized 5 kilograms of ice from a dealer.", "en", ["drugs"]),
        ("스마트폰 30대가 압수됐다.", "ko", ["phones"]),
        ("강냉이를 중국으로 밀수하던 주민이 체포됐다.", "ko", ["crops"]),
        ("갈탄을 몰래 팔던 주민이 체포됐다.", "ko", ["coal"]),
        ("미역과 다시마를 중국에 밀수출했다.", "ko", ["seafood"]),
        ("금덩이를 밀수하던 주민이 체포됐다.", "ko", ["gold"]),
        ("보안서는 금광석 10kg을 압수했다.", "ko", ["gold"]),
        ("위안화 3만 위안을 압수했다.", "ko", ["cash"]),
        ("보안원들은 창고에서 달러화를 찾아 압수했다.", "ko", ["cash"]),
        ("Police confiscated 5,000 US dollars from a smuggler.", "en", ["cash"]),
        ("중국산 담배와 술을 압수했다.", "ko", ["other", "food"]),
        # people named by the drug they deal in are no goods
        ("Police said the two drug traffickers had fled to Yanji.", "en", []),
        ("Police seized drugs from two dealers.", "en", ["drugs"]),
        # foreign money earned or exchanged is no goods seized
        ("주민들은 모은 외화를 집값으로 썼다.", "ko", []),
        ("The ice on the river was thin.", "en", []),
    ],
)
def test_goods_reworded(sentence: str, language: str, expected: list[str]) -> None:
    assert _goods(sentence, language) == expected


def test_reworded_charges_reach_the_event() -> None:
    arrest = one_event(
        "Security agents in Musan arrested a woman in May for using a Chinese cellphone "
        "to call her daughter in Seoul.",
        "arrest",
        language="en",
    )
    assert arrest.charges == ["illegal_phone"]
    seizure = one_event(
        "보안서는 지난 5일 혜산에서 금광석 10kg을 압수했다.", "seizure", language="ko"
    )
    assert seizure.commodities == ["gold"]


def test_a_truck_ridden_in_is_no_goods_of_a_trade() -> None:
    arrest = one_event(
        "Police in Hyesan arrested two smugglers of copper in a truck on May 3.",
        "arrest",
        language="en",
    )
    assert arrest.commodities == ["copper"]


def test_trucks_that_carry_a_trade_s_goods_are_none_of_them() -> None:
    assert _goods("Dozens of trucks loaded with squid waited at the bridge for a week.") == [
        "seafood"
    ]
