"""The place a craft or person set out from ("평양을 출발한", "남포항에서 출항한") is not
where it was held or seized; it stays the start of an escape."""

from __future__ import annotations

from extract_support import events_of


def _placed(text: str) -> list[tuple[str, str | None]]:
    found = events_of(text, published="2013-07-20", language="ko")
    return [(e.type, e.location.name if e.location else None) for e in found]


def test_crew_held_where_they_landed() -> None:
    text = "평양을 출발한 화물기의 승무원 4명이 지난 15일 방콕에서 태국 당국에 억류됐다."
    assert _placed(text) == [("arrest", "Bangkok")]


def test_a_capital_in_apposition_set_out() -> None:
    text = "승무원 4명은 북한 수도 평양을 출발한 화물기가 방콕에 내린 지난 15일 억류됐다."
    assert _placed(text) == [("arrest", "Bangkok")]


def test_no_other_place_leaves_none() -> None:
    text = "남포항에서 출항한 선박의 선원 3명이 지난 15일 해경에 체포됐다."
    assert _placed(text) == [("arrest", None)]


def test_an_escape_keeps_its_start() -> None:
    text = "주민 2명이 지난 15일 청진항을 출발해 목선을 타고 남하했다."
    assert ("escape", "Chongjin") in _placed(text)
