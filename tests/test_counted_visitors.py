"""Journalists, tourists, missionaries and the like counted by number are the people of the
event (reports written for the project, invented happenings)."""

from __future__ import annotations

import pytest
from extract_support import one_event


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Officials are questioning two journalists detained on the border, a daily said.", 2),
        ("Three tourists were arrested in Rason on 4 May for taking photographs.", 3),
        ("North Korea detained four missionaries near Sinuiju on 4 May, a church group said.", 4),
    ],
)
def test_counted_visitors_are_the_people(text: str, people: int) -> None:
    event = one_event(text + "\n", "arrest", published="2017-05-08", language="en")
    assert event.people == people
