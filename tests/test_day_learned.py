"""The day people learned of a happening ("learned Monday that a boat had been seized") is
when the news came, not the happening's date."""

from __future__ import annotations

import pytest
from extract_support import one_event


@pytest.mark.parametrize(
    ("text", "etype", "date"),
    [
        (
            "Fishermen in Dalian learned Monday that a boat had been seized by North Koreans "
            "this month.",
            "seizure",
            "2013-05",
        ),
        (
            "Relatives learned on Friday that two brothers had been arrested in Hyesan.",
            "arrest",
            None,
        ),
        ("Police arrested two brothers in Hyesan on Friday.", "arrest", "2013-05-17"),
    ],
)
def test_the_day_learned_is_not_the_events(text: str, etype: str, date: str | None) -> None:
    assert one_event(text, etype, published="2013-05-20").date == date
