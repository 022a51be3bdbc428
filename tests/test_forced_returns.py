"""People returned against their will, named after the verb ("forcibly returned 60
refugees", "returned 12 defectors to the North"), are handed over: an arrest. A return
told of a kind of people ("after being forcibly returned") and a person's own return are not."""

from __future__ import annotations

import pytest
from extract_support import events_of


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("China forcibly returned 60 North Korean refugees on April 26.", 60),
        ("Rights groups said Beijing forcibly returned more than 500 North Korean defectors.", 500),
        ("Chinese police returned 12 North Korean defectors to the North last week.", 12),
        ("Laos forcefully returned nine young escapees in late May, a pastor said.", 9),
    ],
)
def test_people_returned_against_their_will_are_handed_over(text: str, people: int) -> None:
    arrests = [e for e in events_of(text, language="en") if e.type == "arrest"]
    assert [e.people for e in arrests] == [people]


@pytest.mark.parametrize(
    "text",
    [
        "Many women end up in labour camps after being forcibly returned from China.",
        "He returned to Pyongyang in May after a trip to Moscow.",
        "The delegation returned to Beijing on Friday without a deal.",
    ],
)
def test_a_return_that_is_no_hand_over(text: str) -> None:
    assert [e.type for e in events_of(text, language="en") if e.type == "arrest"] == []
