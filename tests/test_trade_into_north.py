"""Smuggling told as plain trade with the North: goods bought from it, brought into it, or
drugs moved by the load. Invented sentences (the project's own words), English and Korean."""

from __future__ import annotations

import pytest

from nkevents.extract import extract
from nkevents.model import Document


def _types(text: str, language: str = "en") -> list[str]:
    doc = Document("t", text, published="2022-03-10", language=language)
    return [e.type for e in extract(doc).events]


@pytest.mark.parametrize(
    "sentence",
    [
        # goods bought from the North
        "A fishing firm in Osaka imported about 30 tonnes of frozen crab from North Korea "
        "in January, police said on Monday.",
        # goods carried into it
        "Investigators said the tanker made a delivery of diesel last spring from a port "
        "in Taiwan into North Korea's waters.",
        "The broker admitted he had shipped 200 used engines into North Korea in 2020.",
        # drugs by the load
        "The dealer in Yanji received four shipments of methamphetamine from a supplier "
        "last year, the court heard.",
    ],
)
def test_trade_with_the_north_is_smuggling(sentence: str) -> None:
    assert "smuggling" in _types(sentence)


def test_korean_goods_bought_from_the_north_are_smuggling() -> None:
    sentence = "일본의 한 수산업체는 지난 1월 북한으로부터 게 30t을 수입했다고 경찰이 밝혔다."
    assert "smuggling" in _types(sentence, "ko")


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        # the North Korean goods alone, with no trade told
        ("A shop in Dandong displays North Korean products from the North Korean side.", "en"),
        # income, not an import
        ("북한으로부터 돌아온 주민들의 수입이 줄었다고 한다.", "ko"),
        # goods sold to the North, often lawful
        ("러시아 당국은 올해 옥수수 2천t을 북한에 수출했다고 밝혔다.", "ko"),
        # a shipment of aid named by its goods
        ("The charity sent a shipment of rice to flood victims in Sinuiju.", "en"),
    ],
)
def test_lawful_or_no_trade_is_no_smuggling(sentence: str, language: str) -> None:
    assert "smuggling" not in _types(sentence, language)
