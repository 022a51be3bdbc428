"""The day of a hearing or briefing where a witness or an official told of an event is the
day of telling, not the event's ("her brother was executed in Chongjin, she told the
commission at a hearing in Seoul on Tuesday"); a sentence passed at a hearing keeps the
hearing's day."""

from __future__ import annotations

from extract_support import events_of


def _found(text: str) -> list[tuple[str, str | None]]:
    return [(e.type, e.date) for e in events_of(text, published="2013-10-25")]


def test_the_day_of_a_hearing_where_it_was_told_dates_no_event() -> None:
    text = (
        "Her brother was publicly executed in Chongjin, she told the commission at a hearing "
        "in London on Wednesday."
    )
    assert _found(text) == [("execution", None)]


def test_the_day_of_a_briefing_where_it_was_told_dates_no_event() -> None:
    text = "Two women were arrested in Hyesan, officials told reporters at a briefing on Monday."
    assert _found(text) == [("arrest", None)]


def test_a_sentence_passed_at_a_hearing_keeps_its_day() -> None:
    text = "Kim said he was sentenced to 15 years of hard labour at a hearing on Tuesday."
    assert _found(text) == [("trial", "2013-10-22")]
