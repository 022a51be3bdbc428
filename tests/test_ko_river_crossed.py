"""A Korean border river told as crossed in the finished past ("압록강을 건넜다") is a crossing,
as "압록강을 건너" is; a trade carried over keeps its own arrest."""

from __future__ import annotations

from extract_support import events_of, one_event


def test_a_river_crossed_in_the_past_is_an_escape() -> None:
    text = "일가족 3명이 지난 1일 새벽 압록강을 건넜다."
    event = one_event(text, "escape", language="ko")
    assert (event.date, event.people) == ("2019-11-01", 3)


def test_a_river_crossed_after_the_guard_was_drugged_is_an_escape() -> None:
    text = "혜산시에 살던 부부는 지난 4일 밤 경비대원에게 술을 먹이고 몰래 두만강을 건넜다."
    assert one_event(text, "escape", language="ko").date == "2019-11-04"


def test_smugglers_caught_after_crossing_are_an_arrest() -> None:
    text = "밀수꾼 2명이 지난 3일 구리를 지고 압록강을 건넜다가 체포됐다."
    types = [e.type for e in events_of(text, language="ko")]
    assert "arrest" in types
    assert "escape" not in types
