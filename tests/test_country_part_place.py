"""A country told with the part of it where something happened ("in northeastern China",
"중국 동북부에서") is the event's place as a last resort, as the country told bare is
(reports written for the project, invented happenings)."""

from __future__ import annotations

from extract_support import events_of


def _places(text: str, language: str) -> list[tuple[str, str | None]]:
    return [
        (e.type, e.location.name if e.location else None)
        for e in events_of(text, language=language)
    ]


def test_arrests_in_northeastern_china_are_placed_in_china() -> None:
    text = "Nine North Koreans were arrested in northeastern China last month."
    assert ("arrest", "China") in _places(text, "en")


def test_arrests_in_a_korean_part_of_china_are_placed_in_china() -> None:
    assert ("arrest", "China") in _places("중국 동북부에서 탈북민 9명이 공안에 체포됐다.", "ko")
    text = "중국 남부 지역에서 탈북민 5명이 체포된 것으로 알려졌다."
    assert ("arrest", "China") in _places(text, "ko")


def test_goods_sold_to_a_part_of_china_do_not_place_an_arrest_there() -> None:
    text = "Police arrested five smugglers who had sold copper to northeastern China."
    assert ("arrest", "China") not in _places(text, "en")
