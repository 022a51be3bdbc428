"""English charge and goods phrases as real reports word them, one invented sentence each."""

from __future__ import annotations

import pytest

from nkevents.extract import extract
from nkevents.extract.attributes import labels, unique
from nkevents.extract.lexicon import lexicon
from nkevents.model import Document, Event


def _charges(sentence: str) -> list[str]:
    return unique(labels(lexicon().charges["en"], sentence, (0, len(sentence))))


def _goods(sentence: str) -> list[str]:
    return unique(labels(lexicon().commodities["en"], sentence, (0, len(sentence))))


def _goods_ko(sentence: str) -> list[str]:
    return unique(labels(lexicon().commodities["ko"], sentence, (0, len(sentence))))


def test_korean_workers_sent_abroad_are_goods_people() -> None:
    assert _goods_ko("새 조치는 회원국들이 북한 노동자를 고용하는 것을 막는다.") == ["people"]
    assert _goods_ko("해외 노동자 두 명이 숙소에서 체포됐다.") == []


def _events(text: str, published: str = "2019-11-20") -> list[Event]:
    return extract(Document("t", text, published=published, language="en")).events


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # offences against the state, the leader or the system are political
        ("The court convicted him of hostilities against the nation.", ["political"]),
        ("They were found guilty of “grave crimes” against the country.", ["political"]),
        ("Prosecutors accused the tourist of hostile acts against the republic.", ["political"]),
        ("State media said she had spread anti-DPRK leaflets.", ["political"]),
        ("The cadre had complained about the leader's farming policies.", ["political"]),
        ("An official who objected to the new directives was shot.", ["political"]),
        ("He was punished for undermining the socialist system.", ["political"]),
        ("Twelve performers labelled dissidents were shot.", ["political"]),
        ("She was accused of anti-regime slogans.", ["political"]),
        # killing a person is murder; beating someone to death is not mere violence
        ("He was tried for the killing of a guard.", ["murder"]),
        ("The two were charged with beating a farm manager to death.", ["murder"]),
        ("The court heard he had beaten a neighbour.", ["violence"]),
        # recordings, dramas and contraband media are foreign media
        ("Three women were shot for copying a South Korean TV drama.", ["foreign_media"]),
        ("Police found illegal recordings in his flat.", ["foreign_media"]),
        ("He was caught distributing foreign films.", ["foreign_media"]),
        # the press of the South is a source, not the offence
        ("China arrested thirty refugees, says South Korean media.", []),
        ("China arrested thirty refugees, South Korean media reported.", []),
        # breaking import and export rules is illegal trade
        ("They were held for illegally importing pine mushrooms.", ["illegal_trade"]),
        ("He is suspected of exporting machine parts illegally.", ["illegal_trade"]),
        ("He broke the foreign exchange and foreign trade law.", ["illegal_trade"]),
        ("Goods were sent in violation of the government's export ban.", ["illegal_trade"]),
        # offences outside the list are other
        ("Two women were shot for fortune-telling.", ["other"]),
        ("The crew were detained for poaching in Russian waters.", ["other"]),
        ("The officials were shot over false reports to the leader.", ["other"]),
        ("A manager was blamed for the harvest failure and shot.", ["other"]),
        ("The singers were held for violating laws on pornography.", ["other"]),
        ("He was detained for illegal entry.", ["other"]),
        # drug trafficking is drugs only; trafficking people stays trafficking
        ("Three men were shot for drug trafficking.", ["drugs"]),
        ("Three men were shot for trafficking methamphetamine.", ["drugs"]),
        ("Three men were shot for trafficking women to China.", ["trafficking"]),
        ("Police seized methamphetamines smuggled in from the North.", ["drugs"]),
        # stealing secrets is espionage, not theft
        ("The engineer was arrested for stealing military secrets.", ["espionage"]),
        ("The engineer was arrested for stealing copper wire.", ["theft"]),
        # a spy agency is who speaks, not a charge
        ("Five officials were executed, South Korea's spy agency said.", []),
        ("Two men were executed as spies.", ["espionage"]),
        # a defection to the North is no defection
        ("The soldier had defected to North Korea in 2015.", []),
        # a campaign against defectors targets defection
        ("China clamped down on North Korean defectors in Yanji.", ["defection"]),
        # a bribe paid to get out is no charge; one taken is
        ("Families often pay a bribe to get a relative out of the labour unit.", []),
        ("She paid bribes to the guards so that her son was freed.", []),
        ("The customs chief was arrested for taking bribes.", ["bribery"]),
    ],
)
def test_charge_phrases(sentence: str, expected: list[str]) -> None:
    assert _charges(sentence) == expected


def test_charges_pass_to_some_of_the_same_people() -> None:
    text = (
        "Police in Hyesan arrested 40 people in May for selling mobile phones to Chinese "
        "traders. Two of them were executed in public on June 3."
    )
    execution = next(e for e in _events(text) if e.type == "execution")
    assert "illegal_phone" in execution.charges  # two of the forty


def test_charges_do_not_pass_to_other_people() -> None:
    text = (
        "A trader was executed in public in Hyesan on June 3 for selling mobile phones. "
        "His wife and three children were sent to a prison camp in Yodok."
    )
    detention = next(e for e in _events(text) if e.type == "detention")
    assert detention.people == 4 and detention.charges == []  # the family did nothing


def test_an_arrest_abroad_has_no_defection_charge() -> None:
    text = "Chinese police arrested eight North Koreans trying to defect in Shenyang on May 2."
    arrest = next(e for e in _events(text) if e.type == "arrest")
    assert arrest.charges == []


def test_an_arrest_at_home_keeps_its_defection_charge() -> None:
    text = "State security arrested eight people in Hyesan on May 2 for trying to defect."
    arrest = next(e for e in _events(text) if e.type == "arrest")
    assert arrest.charges == ["defection"]


def test_an_arrest_not_placed_in_a_story_of_arrests_abroad_has_no_defection_charge() -> None:
    text = (
        "Chinese police arrested eight North Koreans trying to defect in Shenyang on May 2. "
        "Two more who had tried to defect were arrested on May 9, a pastor said."
    )
    assert [e.charges for e in _events(text) if e.type == "arrest"] == [[], []]


def test_crossing_into_the_north_is_an_escape_charged_other() -> None:
    text = "A 40-year-old South Korean man crossed into North Korea on Monday, state media said."
    escape = next(e for e in _events(text) if e.type == "escape")
    assert escape.charges == ["other"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Smugglers brought in second-hand clothes from Dandong.", ["textiles"]),
        ("The ring sold precious metals to Chinese buyers.", ["minerals"]),
        ("They shipped computers and laptops across the river.", ["electronics"]),
        ("A measuring device that could guide missiles was sent.", ["electronics"]),
        ("Police seized beer, mushrooms and chocolate snacks.", ["food"]),
        ("Traders moved lubricant oil and special steel.", ["other"]),
        ("Tankers carried diesel and crude oil.", ["fuel"]),
        ("The boxes held cosmetics, soap and shampoo.", ["other"]),
        ("They exported food and other items to the North.", ["food", "other"]),
        ("Customs found deer antler in the bags.", ["medicine"]),
        ("The court ordered the forfeiture of $1.2 million in funds.", ["cash"]),
        # weapons programmes and weapons of mass destruction are no goods traded
        ("Containers held items related to chemical weapons.", ["other"]),
        ("The sanctions target its nuclear weapons programme.", []),
        ("The ship broke the arms embargo.", ["weapons"]),
        # a soap opera is no soap
        ("He watched South Korean soap operas.", []),
        # workers sent abroad are the goods of that trade; sent home they are none
        ("Pyongyang has been sending sawmill workers to logging camps.", ["people"]),
        ("The resolution orders states to send North Korean workers home.", []),
        ("The freighter's hold held crates of missile parts.", ["weapons"]),
    ],
)
def test_goods_phrases(sentence: str, expected: list[str]) -> None:
    assert _goods(sentence) == expected


def test_goods_seized_beside_an_arrest_are_the_seizures() -> None:
    text = "Port police in Nakhodka arrested four sailors and confiscated heroin from their cabin."
    by_type = {e.type: e for e in _events(text)}
    assert by_type["seizure"].commodities == ["drugs"]
    assert by_type["arrest"].commodities == []


def test_an_arrest_for_goods_told_apart_from_the_seizure_keeps_them() -> None:
    text = (
        "Police in Hyesan arrested three traders last week for selling smuggled medicines. "
        "Officers seized two boxes of pills in the raid."
    )
    arrest = next(e for e in _events(text) if e.type == "arrest")
    assert arrest.commodities == ["medicine"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A grainy photo of the market was posted online.", []),
        ("The film was fine-grained and shaky.", []),
        ("Traders moved grain and maize across the river.", ["crops"]),
        ("Sacks of grains were seized at the port.", ["crops"]),
    ],
)
def test_grain_is_a_word_not_a_stem(sentence: str, expected: list[str]) -> None:
    assert _goods(sentence) == expected
