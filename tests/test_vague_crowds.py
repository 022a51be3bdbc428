"""A crowd counted without a number before a perfect ("tens of thousands of North Koreans
have fled to China"): a running total of escapes, not one escape."""

from __future__ import annotations

import pytest
from extract_support import events_of


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds-of-thousands of North Koreans have fled their homeland across the border.",
        "Tens of thousands of people have escaped to China, where most live in hiding.",
        "Thousands have defected to the South, a ministry official said.",
    ],
)
def test_a_crowd_that_has_fled_is_no_escape(text: str) -> None:
    assert [e.type for e in events_of(text, language="en") if e.type == "escape"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Three soldiers have fled across the Tumen River near Musan, a source said.",
        "Hundreds of residents fled the town on May 3 after the flood, officials said.",
        "Thousands of people have fled across the border since Monday, officials said.",
    ],
)
def test_a_counted_or_dated_flight_stays_an_escape(text: str) -> None:
    assert "escape" in [e.type for e in events_of(text, language="en")]
