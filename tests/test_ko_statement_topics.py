"""A Korean event word as what a statement is about ("탈북자 북송과 관련해 발표하고 있다", a
photo caption of a briefing) tells no happening; a happening told beside such a phrase stays.

Every sentence here is invented for the test."""

from __future__ import annotations

from extract_support import events_of


def _types(text: str) -> list[str]:
    return [e.type for e in events_of(text, published="2019-11-20", language="ko")]


def test_a_briefing_about_a_repatriation_tells_none() -> None:
    text = "대변인이 13일 서울에서 열린 브리핑에서 탈북자 북송과 관련해 발표하고 있다."
    assert _types(text) == []
    assert _types("장관은 처형과 관련한 질문에 답하지 않았다.") == []


def test_an_arrest_told_beside_a_topic_stays() -> None:
    assert _types("지난 3일 밀수와 관련해 주민 3명이 체포됐다.") == ["arrest"]
