"""What whoever is caught must do is no happening; fish caught are no arrest; a crossing
into a named county over the border is an escape."""

from __future__ import annotations

import pytest
from extract_support import events_of, one_event


@pytest.mark.parametrize(
    "text",
    [
        "Traders caught by the border police normally have to pay a fine of 5,000 yuan.",
        "North Korean fishing boats must immediately return to the North after being detained.",
        "When caught by the coast guard, Chinese trawlers have to pay a fee before release.",
        "Smugglers usually need to bribe the guards once they are arrested.",
    ],
)
def test_a_duty_of_whoever_is_caught_is_no_event(text: str) -> None:
    assert events_of(text, language="en") == []


def test_a_dated_arrest_beside_a_duty_stays() -> None:
    text = "Police arrested two traders in Hyesan on 3 May; they must pay a fine after being held."
    assert one_event(text, "arrest", language="en").date == "2019-05-03"


@pytest.mark.parametrize(
    "text",
    [
        "The company has been buying crabs caught by North Korean fishermen for years.",
        "Squid caught off the east coast is sold in the markets of Yanji.",
        "The fish was caught by Chinese trawlers in the Yellow Sea.",
    ],
)
def test_fish_caught_are_no_arrest(text: str) -> None:
    assert [e for e in events_of(text, language="en") if e.type == "arrest"] == []


def test_fishermen_caught_by_a_coast_guard_are_arrested() -> None:
    text = "Two fishermen were caught by the coast guard off Sinuiju on 3 May."
    assert one_event(text, "arrest", language="en").people == 2


@pytest.mark.parametrize(
    ("text", "place", "people"),
    [
        (
            "Six armed North Korean soldiers have crossed into the Changbai Korean Autonomous "
            "County in China, prompting a search.",
            "Changbai",
            6,
        ),
        ("Two soldiers crossed into Helong City on Monday.", "Helong", 2),
    ],
)
def test_a_crossing_into_a_named_county_is_an_escape(text: str, place: str, people: int) -> None:
    event = one_event(text, "escape", language="en")
    assert event.location is not None and event.location.name == place
    assert event.people == people


def test_a_crossing_into_an_unnamed_city_is_not_one() -> None:
    assert events_of("The smugglers crossed into the city at night.", language="en") == []
