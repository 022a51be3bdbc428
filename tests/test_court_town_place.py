"""A town or province that heads a court's name is where its trial was, not the scene of
the crime the court judged (reports written for the project, invented happenings)."""

from __future__ import annotations

from extract_support import one_event


def test_a_city_peoples_court_tried_where_it_sits() -> None:
    text = "혜산시 인민재판소는 밀수꾼 3명에게 노동교화형을 선고했다."
    event = one_event(text, "trial", language="ko")
    assert event.location is not None and event.location.name == "Hyesan"


def test_a_provincial_court_tried_in_its_province() -> None:
    text = "함경북도 재판소는 마약 밀매자 2명에게 무기노동교화형을 선고했다."
    event = one_event(text, "trial", language="ko")
    assert event.location is not None and event.location.admin1 == "North Hamgyong"


def test_a_town_by_the_charge_is_still_the_crime_scene() -> None:
    text = "혜산 밀수꾼 3명이 평양에서 열린 재판에서 노동교화형을 선고받았다."
    event = one_event(text, "trial", language="ko")
    assert event.location is not None and event.location.name == "Pyongyang"
