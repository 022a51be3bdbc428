"""An event word in a clause that describes a place by what its people did there ("sent
back to the regime they had fled"): where they come from, no happening of its own."""

from __future__ import annotations

import pytest
from extract_support import events_of


@pytest.mark.parametrize(
    "text",
    [
        "China has forcibly returned 600 North Korean refugees to the government they had "
        "successfully fled, rights groups say.",
        "On Monday the nine women were sent back to the country they escaped from.",
        "Police handed the family over to the regime she fled as a teenager.",
    ],
)
def test_the_place_they_fled_tells_no_escape(text: str) -> None:
    types = [e.type for e in events_of(text, language="en")]
    assert "escape" not in types and "arrest" in types, types


@pytest.mark.parametrize(
    "text",
    [
        "Two soldiers fled across the border to China on Monday, a source said.",
        "They had fled the country by boat on June 2, officials said.",
    ],
)
def test_a_flight_told_as_such_stays_an_escape(text: str) -> None:
    assert "escape" in [e.type for e in events_of(text, language="en")]
