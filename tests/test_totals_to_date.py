"""A count that runs up to now ("the thousands repatriated from China to date") is a total,
not one happening."""

from __future__ import annotations

import pytest
from extract_support import events_of


@pytest.mark.parametrize(
    "text",
    [
        "A 2014 inquiry found that most of the tens of thousands of North Koreans repatriated "
        "from China to date were tortured.",
        "Some 300 smugglers have been arrested along the river to date, the ministry said.",
        "Officials said 40 vessels were seized to date under the measure.",
    ],
)
def test_a_count_to_date_is_no_event(text: str) -> None:
    assert events_of(text, language="en") == []


def test_a_dated_arrest_stays() -> None:
    text = "Police in Hyesan arrested 12 smugglers on May 3, a source said."
    assert [e.type for e in events_of(text, language="en")] == ["arrest"]
