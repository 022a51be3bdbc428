"""A Korean country name told as where ("파나마에 억류됐다", "라오스에서 체포됐다") places an
event; a country and a town in it may be one event's places (a headline and its body)."""

from __future__ import annotations

from extract_support import events_of


def _placed(text: str) -> list[tuple[str, str | None]]:
    found = events_of(text, published="2013-08-29", language="ko")
    return sorted((e.type, e.location.name if e.location else None) for e in found)


def test_held_in_a_country() -> None:
    text = "화물선 금별호는 지난달 9일 소총을 숨겨 실은 것이 드러나 파나마에 억류됐다."
    assert _placed(text) == [("seizure", "Panama")]


def test_arrested_in_a_country() -> None:
    assert _placed("탈북자 6명이 지난 3일 라오스에서 체포됐다.") == [("arrest", "Laos")]


def test_a_country_told_to() -> None:
    text = "탈북자 6명이 라오스로 가려다 지난 3일 중국 공안에 체포됐다."
    assert ("arrest", "Laos") not in _placed(text)


def test_headline_country_and_body_town_are_one_seizure() -> None:
    text = (
        "북한 무기 실은 화물기 태국에 억류\n"
        "태국 당국은 지난 11일 방콕 돈므엉 공항에서 북한제 무기를 실은 화물기를 억류하고 "
        "무기를 압수했다."
    )
    assert [t for t, _ in _placed(text)].count("seizure") == 1
