"""A count of people whose noun follows an abbreviation with points ("a U.S. citizen", "two
U.S. journalists", "four young N. Korean soldiers") counts them (reports written for the project,
invented happenings)."""

from __future__ import annotations

import pytest
from extract_support import events_of

from nkevents.detect.numbers import english_counts


@pytest.mark.parametrize(
    ("text", "etype", "people"),
    [
        (
            "Judges in Chongjin sentenced a U.S. citizen to ten years on Tuesday.\n",
            "trial",
            1,
        ),
        ("Soldiers detained two U.K. journalists near the river on 4 May.\n", "arrest", 2),
    ],
)
def test_the_abbreviation_stands_in_the_count(text: str, etype: str, people: int) -> None:
    found = [e for e in events_of(text, "2019-06-20", "en") if e.type == etype]
    assert [e.people for e in found] == [people]


@pytest.mark.parametrize(
    ("text", "value", "head"),
    [
        ("a U.S. citizen was held", 1, "citizen"),
        ("two U.S. journalists were tried", 2, "journalists"),
        ("four young N. Korean soldiers waded over", 4, "soldiers"),
    ],
)
def test_the_count_reads_past_the_points(text: str, value: int, head: str) -> None:
    counts = english_counts(text)
    assert [(c.value, c.head) for c in counts] == [(value, head)]


def test_a_count_after_the_abbreviation_is_its_own() -> None:
    counts = english_counts("Relatives in the U.S. said two farmers were arrested.")
    assert [(c.value, c.head) for c in counts] == [(2, "farmers")]
