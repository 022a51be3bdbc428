"""The day a source told of a happening, or the day a law was made, does not date it."""

from __future__ import annotations

from extract_support import events_of, one_event


def test_according_to_a_source_on_a_day_is_the_day_of_telling() -> None:
    text = (
        "According to a source in the province on 12 April, the authorities executed a man "
        "in Musan. The man was shot in late March."
    )
    event = one_event(text, "execution", language="en")
    assert event.date == "2019-03"


def test_according_to_without_a_source_clause_keeps_the_event_s_day() -> None:
    text = "According to police two traders were arrested in Hyesan on 3 May."
    assert one_event(text, "arrest", language="en").date == "2019-05-03"


def test_a_day_said_before_the_act_still_dates_it() -> None:
    text = "The ministry said on Thursday that it had seized 20 tons of coal in Nampo."
    assert one_event(text, "seizure", language="en").date == "2019-11-14"


def test_the_day_a_law_was_made_does_not_date_an_act_under_it() -> None:
    text = (
        "In late April, the authorities publicly executed a man in Wonsan who sold USB drives "
        "of South Korean dramas. According to a source in the province on 20 May, the man was "
        "executed under the thought law implemented late last year."
    )
    event = one_event(text, "execution", language="en")
    assert event.date == "2019-04"


def test_a_law_s_own_day_stays_with_the_law() -> None:
    text = "The man was executed under the law adopted in December 2020, a source said."
    events = events_of(text, language="en")
    assert [(e.type, e.date) for e in events] == [("execution", None)]


def test_a_named_outlet_with_its_initials_opening_a_sentence_tells_the_day_of_telling() -> None:
    text = (
        "On December 19, crowds were made to watch the execution of a young man in Hyesan. "
        "The man was shot by firing squad.\n"
        "On December 20, Radio Free Asia (RFA) reported on the December 19 execution."
    )
    events = events_of(text, published="2023-12-28", language="en")
    assert [(e.type, e.date) for e in events] == [("execution", "2023-12-19")]


def test_a_name_opening_a_sentence_that_is_the_event_s_subject_keeps_the_day() -> None:
    text = "On December 20, Hyesan police arrested two traders."
    event = one_event(text, "arrest", published="2023-12-28", language="en")
    assert event.date == "2023-12-20"
