"""A Korean wire dateline in square brackets is where the report was filed, not where the
happening was. Every sentence here is invented for the test."""

from __future__ import annotations

from nkevents.extract import extract
from nkevents.model import Document


def test_a_bracketed_dateline_city_is_no_place_of_the_event() -> None:
    text = (
        "[부산=뉴시스] 박영희 기자 = 북한산 아연 30톤을 중국산으로 속여 들여온 무역업자 "
        "2명이 지난달 세관에 체포됐다."
    )
    events = extract(Document("t", text, published="2023-05-10", language="ko")).events
    assert events
    assert all(e.location is None or e.location.name != "Busan" for e in events)


def test_a_bracketed_dateline_in_lenticular_brackets_too() -> None:
    text = "【서울=뉴스1】 김민수 기자 = 탈북민 3명이 지난 2일 중국 공안에 체포됐다."
    events = extract(Document("t", text, published="2023-05-10", language="ko")).events
    assert [e.type for e in events] == ["arrest"]
    assert events[0].location is None or events[0].location.name != "Seoul"
