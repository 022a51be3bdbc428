"""A date right before the event's own noun ("the March 3 deportation of the nine", "the
May 5 capture of the boat") is the event's date, as "the Feb. 16 incident" is; before another
noun ("the July 21 elections") it names that thing."""

from __future__ import annotations

import pytest
from extract_support import one_event


@pytest.mark.parametrize(
    ("text", "etype", "date"),
    [
        (
            "Officials described the March 3 deportation of the nine defectors, a source said.",
            "arrest",
            "2013-03-03",
        ),
        (
            "Activists condemned the April 9 repatriation of two women from Tumen.",
            "arrest",
            "2013-04-09",
        ),
    ],
)
def test_a_date_before_the_event_noun_is_its_date(text: str, etype: str, date: str) -> None:
    assert one_event(text, etype, published="2013-05-20").date == date


def test_a_date_before_another_noun_is_not_the_events() -> None:
    text = "The July 21 elections were held after police arrested two officials in Hyesan."
    assert one_event(text, "arrest", published="2013-05-20").date is None
