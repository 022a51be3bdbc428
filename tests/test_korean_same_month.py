"""A Korean day told as "of the same month" takes the month told before it, not the month
of publication. Every sentence here is invented for the test."""

from __future__ import annotations

from nkevents.detect.dates import find_dates
from nkevents.extract import extract
from nkevents.model import Document, Event


def _events(text: str, published: str) -> list[Event]:
    return extract(Document("t", text, published=published, language="ko")).events


def test_a_day_of_the_same_month_takes_the_month_told_before() -> None:
    text = (
        "해경에 따르면 이 선박은 2019년 5월 3일부터 같은 달 20일까지 공해상에서 북한 "
        "선박에 경유를 옮겨 실었다."
    )
    trade = [e for e in _events(text, "2021-02-10") if e.type == "smuggling"]
    assert len(trade) == 1 and trade[0].date is not None
    assert trade[0].date.startswith("2019-05")


def test_same_month_after_a_month_and_day_without_a_year() -> None:
    found = find_dates("3월 2일 체포됐고 같은 달 20일 재판을 받았다", "2021-06-20", "ko")
    assert [(d.text, d.value) for d in found] == [
        ("3월 2일", "2021-03-02"),
        ("같은 달 20일", "2021-03-20"),
    ]
