"""The town a headline names places the events its body leaves unplaced (reports written
for the project, invented happenings)."""

from __future__ import annotations

from extract_support import one_event

from nkevents.extract import extract
from nkevents.model import Document


def _events(text: str, title: str, language: str = "en") -> list[tuple[str, str | None]]:
    doc = Document("t", text, published="2021-03-12", language=language, title=title)
    return [(e.type, e.location.name if e.location else None) for e in extract(doc).events]


def test_an_unplaced_arrest_happened_in_the_headline_town() -> None:
    title = "Hyesan police round up phone users"
    text = (
        f"{title}\n\nPolice have arrested at least six people for using Chinese mobile "
        "phones, a source told us on Thursday.\n"
    )
    assert ("arrest", "Hyesan") in _events(text, title)


def test_a_headline_with_two_towns_places_nothing() -> None:
    title = "Hyesan and Musan police round up phone users"
    text = (
        f"{title}\n\nPolice have arrested at least six people for using Chinese mobile "
        "phones, a source told us on Thursday.\n"
    )
    assert ("arrest", None) in _events(text, title)


def test_the_body_place_stands_before_the_headline_town() -> None:
    title = "혜산 보안서, 휴대전화 사용자 단속"
    text = f"{title}\n\n지난 3일 회령시에서 중국 휴대전화를 쓴 주민 3명이 체포됐다.\n"
    assert ("arrest", "Hoeryong") in _events(text, title, "ko")


def test_a_campaign_told_without_a_place_stays_nationwide() -> None:
    text = (
        "Sinuiju traders feel the pinch\n\n"
        "Authorities have launched a crackdown on South Korean goods this month, sources say.\n"
    )
    event = one_event(text, "crackdown", published="2021-03-12", language="en")
    assert event.location is None
