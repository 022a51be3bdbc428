"""A boat of defectors intercepted by the South is received, not seized; a reward for an
arrest to come is no arrest; "loyalty to Pyongyang" names the government, not a place."""

from __future__ import annotations

from extract_support import events_of


def test_a_boat_of_defectors_intercepted_by_the_south_is_no_seizure_or_arrest() -> None:
    text = (
        "South Korea’s navy intercepted a small wooden boat carrying five North Koreans that "
        "had crossed the Northern Limit Line in the East Sea last week, officials said Thursday."
    )
    events = events_of(text, published="2025-06-05", language="en")
    assert [(e.type, e.people) for e in events] == [("escape", 5)]


def test_a_boat_with_cargo_intercepted_by_the_south_is_still_seized() -> None:
    text = (
        "The South Korean coast guard seized a North Korean freighter carrying 3,000 tons of "
        "coal off Pohang on Monday."
    )
    events = events_of(text, published="2025-06-05", language="en")
    assert "seizure" in [e.type for e in events]


def test_a_reward_for_an_arrest_to_come_is_no_arrest() -> None:
    text = (
        "Agents in Russia are offering a reward of up to $10,000 for information leading to "
        "the arrest of escaped construction workers, sources said."
    )
    assert [e for e in events_of(text, language="en") if e.type == "arrest"] == []


def test_an_arrest_told_after_a_reward_stays() -> None:
    text = (
        "The police offered a reward for tips, and two smugglers were arrested in Hyesan on 3 May."
    )
    (event,) = [e for e in events_of(text, language="en") if e.type == "arrest"]
    assert event.date == "2019-05-03"


def test_loyalty_to_the_capital_is_no_place() -> None:
    text = (
        "Two workers screened for loyalty to Pyongyang escaped from a building site in "
        "Vladivostok on 3 May, a source said."
    )
    (event,) = [e for e in events_of(text, language="en") if e.type == "escape"]
    assert event.location is not None and event.location.name == "Vladivostok"


def test_a_headline_interception_with_the_crossing_told_after_is_no_arrest() -> None:
    text = (
        "ROK navy intercepted wooden boat carrying North Koreans who expressed a wish to be "
        "repatriated\n\n"
        "South Korea’s navy intercepted a small boat carrying three North Koreans that had "
        "crossed the Northern Limit Line last week, raising questions about repatriation "
        "procedures."
    )
    events = events_of(text, published="2025-06-05", language="en")
    assert [(e.type, e.people) for e in events] == [("escape", 3)]


def test_people_sent_back_after_an_interception_are_still_handed_over() -> None:
    text = (
        "The South Korean navy detained two North Koreans who had crossed the sea line and "
        "sent them back through Panmunjom on Friday."
    )
    assert "arrest" in [e.type for e in events_of(text, published="2025-06-05", language="en")]
