"""Tallies and repeats are no one happening: a survey's count ("Of the 100 escapees
interviewed, 60 had witnessed a public execution") and acts done more than once ("had been
detained several times", "was repeatedly detained"). One act on a day stays."""

from __future__ import annotations

import pytest
from extract_support import events_of


def _found(text: str) -> list[tuple[str, str | None, int | None]]:
    return [(e.type, e.date, e.people) for e in events_of(text, published="2019-06-11")]


@pytest.mark.parametrize(
    "text",
    [
        "Of the 120 escapees interviewed, 70 said they had witnessed a public execution.",
        "Of the two hundred women surveyed, most had been detained after crossing the river.",
        "Most respondents said they had seen a public trial in their town.",
        "Many of those interviewed had been detained several times for crossing the border.",
        "She was repeatedly detained by the border police in Musan.",
    ],
)
def test_a_tally_or_a_repeat_is_no_happening(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Three of the men questioned by police were arrested in Musan on May 3.",
            [("arrest", "2019-05-03", 3)],
        ),
        (
            "Guards detained the woman in Musan on May 3, two weeks after she crossed the river.",
            [("arrest", "2019-05-03", 1)],
        ),
    ],
)
def test_one_act_on_a_day_stays(text: str, expected: list[tuple[str, str, int]]) -> None:
    assert [f for f in _found(text) if f[0] == "arrest"] == expected
