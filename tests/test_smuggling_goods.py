"""Smuggling told in paraphrase and the goods of illicit trade, English and Korean: one
invented sentence each (the project's own words)."""

from __future__ import annotations

from nkevents.extract import extract
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
