"""A Korean witness who tells of a happening lends it nothing: the year in the parenthesis
after the witness's name ("이모(40세, 2012년 입국) 씨") is when the witness came, not when the
happening was, and the witness who speaks before a quotation ("김씨는 “...”고 말했다") is the
source, not one of its people."""

from __future__ import annotations

import pytest
from extract_support import events_of, one_event


@pytest.mark.parametrize("bio", ["(40세, 2012년 입국)", "(2012년 탈북)", "(1980년생)"])
def test_the_year_of_a_witness_is_no_date_of_the_happening(bio: str) -> None:
    text = (
        "북한 회령시에서 공개처형이 집행됐다. "
        f"회령 출신 탈북자 이모{bio} 씨는 처형 현장이 회령시 남문동이라고 확인했다."
    )
    event = one_event(text, "execution", language="ko")
    assert event.date is None


def test_a_year_told_as_the_happening_still_dates_it() -> None:
    text = "보위부는 2012년 혜산에서 주민 3명을 체포했다."
    assert one_event(text, "arrest", language="ko").date == "2012"


def test_the_witness_who_speaks_is_not_counted() -> None:
    text = "목격자 김씨는 “지난 3일 혜산에서 공개처형이 있었다”고 말했다."
    event = one_event(text, "execution", language="ko")
    assert event.people is None
    assert event.date == "2019-11-03"


def test_one_person_named_inside_the_quotation_is_still_counted() -> None:
    text = "소식통은 “지난 3일 혜산에서 한 여성이 공개처형됐다”고 말했다."
    assert one_event(text, "execution", language="ko").people == 1


def test_a_subject_without_a_quotation_is_still_counted() -> None:
    events = events_of("지난 3일 혜산에서 한 남성이 체포됐다.", language="ko")
    assert [(e.type, e.people) for e in events] == [("arrest", 1)]
