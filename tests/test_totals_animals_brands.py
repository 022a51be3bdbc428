"""A total over part of a year is no happening; killing animals is no murder; a brand
measured out in cartons is no place."""

from __future__ import annotations

from extract_support import events_of, one_event


def test_a_total_over_half_a_year_is_no_escape() -> None:
    text = (
        "Hunger drives residents to flee. In the first half of last year, 96 people fled "
        "south, and in 2022 there were 180 successful escapes."
    )
    assert events_of(text, published="2025-03-01", language="en") == []


def test_an_escape_dated_in_the_first_half_of_a_month_stays() -> None:
    text = "Two soldiers fled across the Tumen River near Musan on 3 May."
    assert one_event(text, "escape", language="en").people == 2


def test_killing_and_selling_state_cattle_is_theft_not_murder() -> None:
    text = (
        "Six people were publicly executed in Hyesan on 30 August. They were shot for "
        "killing and selling more than 500 state cows."
    )
    event = one_event(text, "execution", published="2023-09-05", language="en")
    assert "murder" not in event.charges
    assert "theft" in event.charges


def test_killing_a_person_is_still_murder() -> None:
    text = "A man was executed in Hyesan on 30 August for killing his wife."
    assert one_event(text, "execution", language="en").charges == ["murder"]


def test_a_brand_measured_in_cartons_is_no_place() -> None:
    text = (
        "Customs in Busan seized a container of cigarettes on 21 June. The cargo included "
        "1,000 cartons of Amrokgang."
    )
    event = one_event(text, "seizure", language="en")
    assert event.location is not None and event.location.name == "Busan"


def test_a_count_of_times_is_a_total() -> None:
    text = "A 2021 report found the state has publicly executed people at least 27 times by 2018."
    assert events_of(text, published="2023-09-05", language="en") == []


def test_raids_counted_on_one_day_leave_the_arrest() -> None:
    text = "Police raided the market in Hyesan three times on 3 May and arrested 12 traders."
    assert one_event(text, "arrest", language="en").people == 12
