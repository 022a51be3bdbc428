"""Smuggling told in paraphrase and the goods of illicit trade, English and Korean: one
invented sentence each (the project's own words)."""

from __future__ import annotations

import pytest

from nkevents.extract import extract
from nkevents.extract.attributes import labels, unique
from nkevents.extract.lexicon import lexicon
from nkevents.model import Document, Event


def _events(text: str, language: str = "en", published: str = "2021-06-20") -> list[Event]:
    return extract(Document("t", text, published=published, language=language)).events


def _of(events: list[Event], kind: str) -> list[Event]:
    return [e for e in events if e.type == kind]


def test_a_campaign_against_phones_names_no_goods() -> None:
    events = _events("Police in Hyesan launched a crackdown on Chinese mobile phones in May.")
    (crackdown,) = _of(events, "crackdown")
    assert crackdown.commodities == []


def test_a_campaign_against_smuggled_goods_names_them() -> None:
    events = _events("Customs in Sinuiju launched a crackdown on coal smuggling in May.")
    (crackdown,) = _of(events, "crackdown")
    assert crackdown.commodities == ["coal"]


def test_korean_phone_inspection_names_no_goods() -> None:
    events = _events("보위부가 지난달 회령시에서 휴대전화 단속을 벌였다.", "ko")
    assert all(e.commodities == [] for e in _of(events, "crackdown"))


def _goods(sentence: str, language: str = "en") -> list[str]:
    table = lexicon().commodities[language]
    return unique(labels(table, sentence, (0, len(sentence))))


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        # goods named by their trade name
        ("The trader sold cigarettes and antiques at the river.", "en", ["other"]),
        ("He carried two kilograms of rhino horn in his bag.", "en", ["medicine"]),
        ("The crew hid aluminium and nickel in the hold.", "en", ["minerals"]),
        ("The boat took sea cucumbers and conch across.", "en", ["seafood"]),
        ("A tobacco company paid the fine.", "en", []),
        ("밀수꾼들은 웅담과 인삼을 넘겼다.", "ko", ["medicine"]),
        ("석탄과 철, 알루미늄을 실었다.", "ko", ["coal", "iron_ore", "minerals"]),
        ("철도 공사에 동원됐다.", "ko", []),
        ("주민들은 골동품과 화장품을 팔았다.", "ko", ["other"]),
        ("그는 휴대폰 두 대를 들여왔다.", "ko", ["phones"]),
        ("상인들은 술, 과자를 들여왔다.", "ko", ["food"]),
        ("간부들의 술자리에서 나온 말이다.", "ko", []),
        ("경유와 정유제품을 넘겨받았다.", "ko", ["fuel"]),
        ("중고 옷을 넘기다 잡혔다.", "ko", ["textiles"]),
        # nuclear weapons are a programme, not goods; workers sent abroad are people
        ("결의는 핵무기 개발 중단을 요구했다.", "ko", []),
        ("밀수꾼들은 소총 등 무기를 넘겼다.", "ko", ["weapons"]),
        ("The text caps the number of laborers abroad.", "en", ["people"]),
    ],
)
def test_goods_by_trade_name(sentence: str, language: str, expected: list[str]) -> None:
    assert _goods(sentence, language) == expected


def test_minerals_stays_beside_goods_that_are_not_minerals() -> None:
    events = _events("In May the border unit smuggled minerals to China in exchange for diesel.")
    (smuggling,) = _of(events, "smuggling")
    assert sorted(smuggling.commodities) == ["fuel", "minerals"]


def test_minerals_gives_way_to_the_mineral_it_introduces() -> None:
    events = _events("In May the border unit smuggled minerals such as zinc to China.")
    (smuggling,) = _of(events, "smuggling")
    assert smuggling.commodities == ["zinc"]


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        # sneaked in, or handed to a foreign dealer
        ("지난 3월 양강도 주민 두 명이 중국산 담배를 몰래 들여왔다.", ["other"]),
        ("지난달 국경경비대 군관들이 압수한 염소를 중국 상인에게 넘겼다.", ["other"]),
        # goods made in the North bought or carried abroad
        ("무역회사 대표는 2020년 2월 북한산 무연탄 300t을 수입하면서 원산지를 속였다.", ["coal"]),
        ("선박 두 척이 지난 8월 북한산 철광석을 중국 항구로 운송했다.", ["iron_ore"]),
        # ship-to-ship transfers at sea
        ("유조선이 지난 5월 공해상에서 북한 선박에 경유를 해상 환적한 것으로 확인됐다.", ["fuel"]),
        # drug dealing
        ("그는 2019년 함흥에서 마약장사에 뛰어들었다.", ["drugs"]),
    ],
)
def test_korean_smuggling_told_in_paraphrase(text: str, goods: list[str]) -> None:
    (smuggling,) = _of(_events(text, "ko"), "smuggling")
    assert smuggling.commodities == goods


def test_korean_goods_sneaked_in_as_a_description_are_no_happening() -> None:
    text = "주민들은 몰래 들여온 중국산 휴대전화로 가족과 연락해 왔다."
    assert _of(_events(text, "ko"), "smuggling") == []


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        ("In 2019 a Singapore firm sold tobacco products to North Korea.", ["other"]),
        ("The diplomat was caught in May for illegal rhino horn trading.", ["medicine"]),
    ],
)
def test_english_smuggling_told_in_paraphrase(text: str, goods: list[str]) -> None:
    (smuggling,) = _of(_events(text), "smuggling")
    assert smuggling.commodities == goods


@pytest.mark.parametrize(
    "text",
    [
        "이달 들어 강 연안에서 이뤄지는 밀무역에 대해 세관 당국이 강력한 단속을 펴고 있다.",
        "세관은 지난 3일 북한산 석탄 밀수 단속을 강화했다.",
    ],
)
def test_korean_trade_named_before_the_campaign_is_its_target(text: str) -> None:
    events = _events(text, "ko")
    assert _of(events, "smuggling") == []
    (crackdown,) = _of(events, "crackdown")
    assert crackdown.charges == ["smuggling"]


def test_korean_trade_told_as_an_act_before_an_arrest_stays() -> None:
    text = "지난 5일 혜산시 주민 두 명이 구리를 밀수하다 단속돼 보위부에 넘겨졌다."
    assert len(_of(_events(text, "ko"), "smuggling")) == 1


def test_a_trial_for_drug_dealing_names_no_goods() -> None:
    events = _events("A Hamhung court sentenced two women to ten years in June for selling drugs.")
    (trial,) = _of(events, "trial")
    assert trial.commodities == []


def test_a_trial_for_smuggling_names_its_goods() -> None:
    events = _events("A Hyesan court sentenced two men to ten years in June for smuggling copper.")
    (trial,) = _of(events, "trial")
    assert trial.commodities == ["copper"]


def test_an_execution_for_theft_names_what_was_stolen() -> None:
    events = _events("A mine guard was executed in Musan in June for stealing copper wire.")
    (execution,) = _of(events, "execution")
    assert execution.commodities == ["copper"]


def test_a_theft_alone_is_no_smuggling() -> None:
    events = _events("In March the visitor admitted stealing a banner from a hotel corridor.")
    assert _of(events, "smuggling") == []


def test_goods_stolen_and_sold_are_smuggling() -> None:
    events = _events("In March two guards stole cable from the mine and sold it in the market.")
    (smuggling,) = _of(events, "smuggling")
    assert smuggling.date == "2021-03"


def test_korean_trade_told_as_rampant_is_no_happening() -> None:
    text = "요즘 압록강 연안에서는 토끼와 닭 밀수도 성행하고 있다고 한다."
    assert _of(_events(text, "ko"), "smuggling") == []


def test_illicit_traders_are_people_not_a_trade() -> None:
    text = "Prosecutors in 2019 seized assets of illicit traders such as arms dealers."
    assert _of(_events(text), "smuggling") == []


def test_goods_the_trade_named_before_join_it_from_another_paragraph() -> None:
    text = (
        "Smuggling of coal, herbs and rice booms along the Yalu\n\n"
        "Since early March, traders in Hyesan have smuggled coal and medicinal herbs to China"
        " in growing amounts, a source said in March.\n\n"
        "The traders have smuggled rice across the frozen river in March as well, the source said."
    )
    (smuggling,) = _of(_events(text), "smuggling")
    assert sorted(smuggling.commodities) == ["coal", "food", "medicine"]


def test_other_goods_in_another_paragraph_are_another_trade() -> None:
    text = (
        "In March a tanker passed diesel to a North Korean vessel at sea, the panel said.\n\n"
        "In March a freighter smuggled rifles and ammunition to a port in Africa."
    )
    assert len(_of(_events(text), "smuggling")) == 2


def test_goats_are_goods() -> None:
    assert _goods("Guards sold forty goats to a Chinese buyer.") == ["other"]


@pytest.mark.parametrize(
    "text",
    [
        "세관은 이번 단속에서 폐기물 밀수, 농산품 밀수 등을 차단할 계획이다.",
        "담배와 화장품의 밀무역 행위도 단속 대상에 지난달 포함됐다.",
        "당국은 지난달 밀무역에 활용되는 도로 입구를 막았다.",
        "세관은 지난 3일 밀수 조직에 대해 단속을 강화했다.",
    ],
)
def test_korean_trade_named_as_a_kind_is_no_happening(text: str) -> None:
    assert _of(_events(text, "ko"), "smuggling") == []


def test_traffickers_named_as_a_kind_of_people_are_no_trade() -> None:
    text = "Prosecutors use forfeiture to take the homes of illicit traders like drug traffickers."
    assert _of(_events(text), "smuggling") == []


def test_korean_people_named_by_their_trade_start_no_trade() -> None:
    text = "지난주 국경경비대 간부 여럿이 밀수꾼들로부터 뇌물을 받은 사실이 드러났다."
    assert _of(_events(text, "ko"), "smuggling") == []


def test_korean_trade_told_beside_its_traders_is_one() -> None:
    text = "지난 3월 혜산의 밀수 상인들은 강 건너에서 북한산 구리를 들여와 판매했다."
    (smuggling,) = _of(_events(text, "ko"), "smuggling")
    assert smuggling.commodities == ["copper"]


@pytest.mark.parametrize(
    ("text", "language", "goods"),
    [
        ("In April two porters snuck cigarettes across the river near Manpo.", "en", ["other"]),
        (
            "In April the unit traded copper for rice with Chinese merchants.",
            "en",
            ["copper", "food"],
        ),
        ("지난 4월 주민 세 명이 구리를 중국에 몰래 팔아 돈을 벌었다.", "ko", ["copper"]),
        ("지난달 상인 두 명이 강을 건너 중국산 휴대폰을 들여왔다.", "ko", ["phones"]),
    ],
)
def test_goods_carried_or_sold_across_the_border(
    text: str, language: str, goods: list[str]
) -> None:
    (smuggling,) = _of(_events(text, language), "smuggling")
    assert sorted(smuggling.commodities) == goods


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("In April two soldiers snuck across the river near Manpo.", "en"),
        ("In April a broker ferried three women across the river.", "en"),
    ],
)
def test_people_sneaked_across_are_no_goods(text: str, language: str) -> None:
    assert _of(_events(text, language), "smuggling") == []


def test_people_crossing_the_river_carry_no_goods() -> None:
    text = "지난달 주민 두 명이 강을 건너 중국으로 탈북했다."
    assert _of(_events(text, "ko"), "smuggling") == []


def test_korean_via_is_no_diesel() -> None:
    assert _goods("화물기는 방콕을 경유해 남아시아로 향했다.", "ko") == []
    assert _goods("유조선이 경유 300톤을 넘겼다.", "ko") == ["fuel"]


@pytest.mark.parametrize(
    ("text", "language", "goods"),
    [
        ("In 2018 the firm shipped coal to Nampho despite the UN ban.", "en", ["coal"]),
        ("화물선 두 척이 지난 5월 제재를 위반해 석탄을 남포항에서 실어 날랐다.", "ko", ["coal"]),
    ],
)
def test_trade_told_as_breaking_sanctions(text: str, language: str, goods: list[str]) -> None:
    (smuggling,) = _of(_events(text, language), "smuggling")
    assert smuggling.commodities == goods


@pytest.mark.parametrize(
    ("text", "language", "goods"),
    [
        (
            "In May a Dandong restaurant bought goats from North Korean border guards.",
            "en",
            ["other"],
        ),
        ("혜산시 보위부가 지난 5일 중국 업자로부터 경유 3톤을 넘겨받았다.", "ko", ["fuel"]),
    ],
)
def test_goods_bought_across_the_border(text: str, language: str, goods: list[str]) -> None:
    (smuggling,) = _of(_events(text, language), "smuggling")
    assert smuggling.commodities == goods


def test_korean_trade_told_of_a_person_a_judgement_only_describes() -> None:
    text = "지난달 총살된 박씨는 공장이 멈추자 구리 밀수에 뛰어든 것으로 전해졌다."
    (smuggling,) = _of(_events(text, "ko"), "smuggling")
    assert smuggling.commodities == ["copper"]


def test_korean_trade_named_as_the_charge_of_a_judgement_stays_its_charge() -> None:
    text = "지난달 혜산시에서 밀수한 혐의로 주민 두 명이 총살됐다."
    events = _events(text, "ko")
    assert _of(events, "smuggling") == []
    (execution,) = _of(events, "execution")
    assert execution.charges == ["smuggling"]


def test_korean_charge_told_as_a_trade_in_named_goods_is_the_trade_too() -> None:
    # like "accused of smuggling copper to China": the goods make the trade a happening
    text = "지난달 혜산시에서 구리를 밀수한 혐의로 주민 두 명이 총살됐다."
    events = _events(text, "ko")
    (trade,) = _of(events, "smuggling")
    assert trade.commodities == ["copper"]
    (execution,) = _of(events, "execution")
    assert execution.charges == ["smuggling"]


def test_a_later_sentence_bringing_in_goods_adds_them_to_the_trade() -> None:
    text = (
        "In May border guards in Hyesan ran a smuggling ring along the river, a source said. "
        "They have been bringing in laptops and cosmetics."
    )
    (smuggling,) = _of(_events(text), "smuggling")
    assert sorted(smuggling.commodities) == ["electronics", "other"]


def test_people_brought_in_for_questioning_are_no_goods() -> None:
    text = (
        "In May border guards in Hyesan ran a smuggling ring along the river, a source said. "
        "Two drivers were brought in for questioning about the cars."
    )
    (smuggling,) = _of(_events(text), "smuggling")
    assert smuggling.commodities == []
