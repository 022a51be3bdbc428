"""A vehicle people travel or are caught in is how they went, not goods (reports written for the
project, invented happenings)."""

from __future__ import annotations

from extract_support import one_event


def test_escapees_caught_in_a_car_carry_no_goods() -> None:
    text = "Chinese police arrested six North Korean escapees in a car near Yanji on 4 May.\n"
    event = one_event(text, "arrest", published="2019-05-20", language="en")
    assert event.commodities == []


def test_people_travelling_in_the_same_vehicle_carry_no_goods() -> None:
    text = (
        "Traffic police in Dandong detained five defectors and a Chinese guide travelling in "
        "the same vehicle, an activist said on Friday.\n"
    )
    event = one_event(text, "arrest", published="2019-05-20", language="en")
    assert event.commodities == []


def test_smuggled_cars_are_goods() -> None:
    text = (
        "Police in Sinuiju arrested three traders who smuggled used cars from Dandong on 12 May.\n"
    )
    event = one_event(text, "arrest", published="2019-05-20", language="en")
    assert "vehicles" in event.commodities


def test_a_car_seized_is_goods_of_the_seizure() -> None:
    text = "Customs officers in Dandong seized a car loaded with copper wire on 12 May.\n"
    event = one_event(text, "seizure", published="2019-05-20", language="en")
    assert "vehicles" in event.commodities
