"""A Korean event noun told as the topic, its date and its own verb in one clause
("공개처형은 지난 7일 ... 집행됐으며, 가족들은 관리소로 끌려갔다"): the date is the event's,
even though another event's word follows in the next clause."""

from __future__ import annotations

from extract_support import events_of, one_event


def test_the_topic_keeps_the_date_of_its_own_clause() -> None:
    text = "공개처형은 지난 7일 평양의 사격장에서 집행됐으며, 가족들은 관리소로 끌려갔다."
    assert one_event(text, "execution", language="ko").date == "2019-11-07"


def test_the_topic_keeps_its_date_before_a_told_clause_with_a_comma() -> None:
    text = "재판은 지난 5일 혜산시 경기장에서 열렸고, 주민 2명이 체포됐다."
    assert one_event(text, "trial", language="ko").date == "2019-11-05"


def test_a_date_in_the_clause_of_the_next_verb_is_still_that_verb_s() -> None:
    events = events_of("단속이 강화돼 23일 20명이 체포됐다.", language="ko")
    arrests = [e for e in events if e.type == "arrest"]
    assert [(e.date, e.people) for e in arrests] == [("2019-10-23", 20)]
