"""A capital is its government when nothing makes it a place ("Pyongyang said", "urged
Seoul"); named in apposition to "capital" after a preposition, or after a verb of going
through or about it, it is the place where something happened."""

from __future__ import annotations

import pytest

from nkevents.detect.places import find_places, usable


def _usable(text: str, name: str) -> bool:
    (mention,) = [p for p in find_places(text) if p.text == name]
    return usable(text, mention)


@pytest.mark.parametrize(
    ("text", "name", "place"),
    [
        # named in apposition to "capital" after a preposition: a place
        (
            "A cyclist was stopped at a checkpoint near the capital, Seoul, on Sunday.",
            "Seoul",
            True,
        ),
        ("Two couriers were held in the capital Pyongyang for a week.", "Pyongyang", True),
        ("The envoy flew on into the Russian capital, Moscow, on Friday.", "Moscow", True),
        # the object of a verb of going through or about the city: a place
        (
            "The engineer was stopped as she was touring Pyongyang with a delegation.",
            "Pyongyang",
            True,
        ),
        ("Police questioned the couple before they left Seoul by train.", "Seoul", True),
        # the government: as the subject, as the one urged, in apposition with no preposition
        ("Pyongyang said the two couriers had confessed.", "Pyongyang", False),
        ("The ministry urged Pyongyang to hand back the trawler.", "Pyongyang", False),
        ("The capital, Pyongyang, has denied the account.", "Pyongyang", False),
    ],
)
def test_a_capital_is_a_place_or_its_government(text: str, name: str, place: bool) -> None:
    assert _usable(text, name) is place


def test_an_arrest_near_the_capital_named_in_apposition_is_placed_there() -> None:
    from extract_support import events_of

    text = (
        "Officials said the courier was arrested at a bus terminal in the capital, Pyongyang, "
        "on June 9 with two bags of foreign cash.\n"
    )
    (event,) = events_of(text, published="2024-06-20", language="en")
    assert event.type == "arrest"
    assert event.location is not None and event.location.name == "Pyongyang"
