"""An undated hand-over told with the day of its telling takes the day the report gives it
elsewhere, when that day came a few days before the telling."""

from __future__ import annotations

from extract_support import events_of


def test_the_day_told_in_the_body_dates_the_lede_s_hand_over() -> None:
    text = (
        "China has repatriated more than 300 North Koreans, sources told a radio station on "
        "Wednesday.\n\n"
        "“At around 8 p.m. on the 9th of this month, the repatriation was carried out through "
        "customs posts along the border,” an activist told the station on Oct. 11."
    )
    events = events_of(text, published="2023-10-12", language="en")
    assert [(e.type, e.date, e.people) for e in events] == [("arrest", "2023-10-09", 300)]


def test_a_hand_over_with_only_the_day_of_telling_keeps_it() -> None:
    text = (
        "South Korea deported two fishermen to the North, the ministry said Thursday. The two "
        "had been captured on 2 November."
    )
    events = events_of(text, published="2019-11-08", language="en")
    assert sorted((e.date or "") for e in events) == ["2019-11-02", "2019-11-07"]


def test_an_older_hand_over_told_apart_does_not_take_the_day() -> None:
    text = (
        "China repatriated 50 North Koreans, the ministry said on Friday. In a separate case, "
        "China repatriated 20 others on 2 August."
    )
    days = sorted((e.date or "") for e in events_of(text, published="2023-10-14", language="en"))
    assert days == ["2023-08-02", "2023-10-13"]


def test_sent_back_with_the_people_after_it_is_a_hand_over() -> None:
    events = events_of("China sent back 300 North Koreans on Monday.", published="2023-10-12")
    assert [(e.type, e.date, e.people) for e in events] == [("arrest", "2023-10-09", 300)]


def test_a_hand_over_urged_against_is_none() -> None:
    assert events_of("Activists urged China not to send back the defectors.", language="en") == []
