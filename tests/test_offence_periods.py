"""A period of the offence ("for selling cows from 2017 to February") does not date an
execution: the shooting restated with it joins the execution told with its day."""

from __future__ import annotations

from extract_support import events_of


def test_the_offence_s_period_does_not_split_the_execution() -> None:
    text = (
        "Nine people were publicly executed in Hyesan on August 30. They were shot for "
        "killing and selling more than 2,000 state cows from 2017 to February this year."
    )
    events = events_of(text, published="2023-09-05", language="en")
    assert [(e.type, e.date, e.people) for e in events] == [("execution", "2023-08-30", 9)]


def test_an_execution_in_early_march_keeps_its_month() -> None:
    events = events_of("The two were executed in Chongjin in early March.", published="2023-09-05")
    assert [(e.type, e.date) for e in events] == [("execution", "2023-03")]


def test_a_range_not_told_as_the_offence_s_still_gives_what_its_ends_agree_on() -> None:
    text = "Seven people were executed in Hyesan between 2012 and 2014."
    assert [(e.type, e.date) for e in events_of(text, language="en")] == [("execution", None)]
