"""An English happening told in the present perfect with no time of its own is news just in:
the month of publication ("Ten North Koreans have been detained in China", "has been
sentenced to life"). Not a habit, a count of times, a period or a hand-over. Invented reports,
published 2019-11-20."""

from __future__ import annotations

import pytest
from extract_support import events_of

PUB = "2019-11-20"


def _dates(text: str, etype: str) -> list[str | None]:
    return sorted((e.date for e in events_of(text, published=PUB) if e.type == etype), key=str)


@pytest.mark.parametrize(
    ("text", "etype", "dates"),
    [
        ("Ten North Koreans have been detained in China, two sources said.", "arrest", ["2019-11"]),
        (
            "Chinese police have arrested a group of eight North Korean defectors in Kunming.",
            "arrest",
            ["2019-11"],
        ),
        (
            "A North Korean man who sold foreign films has been sentenced to death, a radio "
            "station reported.",
            "trial",
            ["2019-11"],
        ),
        # a time of its own is kept
        ("Ten North Koreans have been detained in China since October.", "arrest", [None]),
        ("Ten North Koreans were detained in China on Nov. 3.", "arrest", ["2019-11-03"]),
    ],
)
def test_news_just_in(text: str, etype: str, dates: list[str | None]) -> None:
    assert _dates(text, etype) == dates


@pytest.mark.parametrize(
    "text",
    [
        "He has been arrested several times for smuggling copper.",
        "Several traders have been caught smuggling copper across the river in recent years.",
        "Police have detained dozens of smugglers since the border reopened.",
    ],
)
def test_habits_counts_and_periods_take_no_month(text: str) -> None:
    """A habit, a count of times, years past: no one time (the event may also be dropped)."""
    assert all(e.date is None for e in events_of(text, published=PUB))


def test_simple_past_with_no_time_stays_undated() -> None:
    """Told in the simple past with no time, the happening may be of any day before."""
    assert _dates("Chinese police arrested a group of eight North Korean defectors.", "arrest") == [
        None
    ]
