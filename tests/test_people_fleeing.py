"""People named by a crossing they are making ("the defectors fleeing the regime", "those
fleeing the country") are a kind of people, no escape told; counted people fleeing, or a
crossing told as a verb, stay a happening."""

from __future__ import annotations

import pytest
from extract_support import events_of


@pytest.mark.parametrize(
    ("text", "types"),
    [
        (
            "The defectors fleeing the regime have been held in detention centres in "
            "Liaoning, a missionary said.",
            ["detention"],
        ),
        ("Officials in Seoul said the city had sheltered people fleeing the country.", []),
    ],
)
def test_people_named_by_their_flight_are_no_escape(text: str, types: list[str]) -> None:
    assert sorted(e.type for e in events_of(text)) == types


@pytest.mark.parametrize(
    "text",
    [
        "Five soldiers fleeing across the Tumen River were shot by guards on May 3.",
        "Two women fled across the Tumen River on May 3 and were arrested in Yanji.",
    ],
)
def test_counted_people_fleeing_stay_an_escape(text: str) -> None:
    assert "escape" in {e.type for e in events_of(text)}
