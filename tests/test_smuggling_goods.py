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
