"""The victims of a crime told beside an event are not its people; caught by an agent
("경찰에 잡혔다") is an arrest."""

from __future__ import annotations

from extract_support import events_of


def _of(text: str, etype: str) -> list[int | None]:
    return [
        e.people for e in events_of(text, published="2015-02-10", language="ko") if e.type == etype
    ]


def test_murder_victims_are_not_the_arrested() -> None:
    text = "탈영한 군인 1명이 국경 마을에서 주민 3명을 살해한 뒤 달아났다가 공안에 체포됐다."
    assert _of(text, "arrest") == [1]


def test_victims_killed_with_a_weapon() -> None:
    text = "지난달 강을 건너온 남성 2명이 농가 일가족 5명을 흉기로 살해하고 도주하다 붙잡혔다."
    assert _of(text, "arrest") == [2]


def test_the_executed_still_count() -> None:
    text = "당국은 지난 5일 혜산시 비행장에서 주민 3명을 공개 총살했다."
    assert _of(text, "execution") == [3]


def test_caught_by_police_is_an_arrest() -> None:
    text = "지난 3일 밀수꾼 2명이 압록강 변에서 중국 경찰에 잡혔다."
    assert _of(text, "arrest") == [2]


def test_caught_by_guards_before_a_noun() -> None:
    text = "국경경비대에 잡힌 주민 4명은 도 보위부로 넘겨졌다."
    assert _of(text, "arrest") == [4]


def test_a_date_set_is_no_arrest() -> None:
    text = "재판 날짜가 잡혔다고 소식통은 전했다."
    assert _of(text, "arrest") == []


def test_a_couple_killed_are_victims() -> None:
    text = "탈북한 20대 남성이 지난달 국경 마을에서 노부부를 살해한 뒤 달아났다가 공안에 붙잡혔다."
    assert _of(text, "arrest") == [1]


def test_a_couple_arrested_are_two() -> None:
    assert _of("국경을 넘던 부부가 지난 3일 경비대에 체포됐다.", "arrest") == [2]


def _en(text: str, etype: str) -> list[int | None]:
    found = events_of(text, published="2015-02-10", language="en")
    return [e.people for e in found if e.type == etype]


def test_english_victims_in_a_relative_clause() -> None:
    text = (
        "A deserter who killed four villagers near Helong was caught by Chinese police on Monday."
    )
    assert _en(text, "arrest") == [1]


def test_english_victims_murdered_before_the_arrest() -> None:
    text = "The soldier murdered three residents before he was arrested on Sunday."
    assert _en(text, "arrest") == [1]


def test_english_executed_for_killing() -> None:
    assert _en("Two men were executed for killing three guards.", "execution") == [2]


def test_a_deserter_come_over_to_a_village_is_an_escape() -> None:
    text = "지난달에도 북한 탈영병 1명이 국경 마을에 넘어와 식량을 훔치다 공안에 붙잡혔다."
    types = sorted(e.type for e in events_of(text, published="2015-02-10", language="ko"))
    assert types == ["arrest", "escape"]


def test_money_come_over_is_no_escape() -> None:
    assert _of("탈북민들이 보내온 돈이 지난달 중국에서 넘어왔다.", "escape") == []
