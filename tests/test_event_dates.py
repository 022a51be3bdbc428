"""Which date an event takes: the date of its own clause, at the precision the text gives
(reports written for the project, invented happenings)."""

from __future__ import annotations

from extract_support import events_of, one_event


def test_a_korean_crossing_keeps_its_day_when_a_later_day_is_the_arrests() -> None:
    # the 4th is the crossing's (its verb comes first); the 7th is the arrest's
    text = (
        "지난 4일 회령시에서 강을 건넌 주민 3명이 탈북한지 사흘 만인 7일 중국 공안에 "
        "체포됐다고 소식통이 전했다.\n"
    )
    found = {e.type: e.date for e in events_of(text, published="2021-05-10", language="ko")}
    assert found["escape"] == "2021-05-04"
    assert found["arrest"] == "2021-05-07"


def test_the_time_of_another_thing_is_no_continuation_of_the_event() -> None:
    # "사장 당시": when he was a manager, long before; not "at that time" of the shooting
    text = (
        "양강도에서 밀수꾼 한 명이 공개 총살됐다고 소식통이 전했다.\n\n"
        "그는 2001년 무역회사 사장 당시 모범 일꾼으로 표창을 받은 것으로 알려졌다.\n"
    )
    event = one_event(text, "execution", published="2020-03-08", language="ko")
    assert event.date != "2001"
