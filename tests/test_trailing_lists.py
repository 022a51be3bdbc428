"""One verb whose items are told after it, each with its own count and date ("80 were
repatriated on 29 August, along with 40 others on 18 September, and nearly 50 in July
2021"): one happening per item."""

from __future__ import annotations

import pytest
from extract_support import events_of


def test_items_after_the_verb_are_happenings_of_their_own() -> None:
    text = (
        "A rights group confirmed that on 29 August 2023, 80 North Koreans were forcibly "
        "repatriated, along with 40 others on 18 September, and nearly 50 North Koreans in "
        "July 2021."
    )
    arrests = [e for e in events_of(text, "2023-10-20", "en") if e.type == "arrest"]
    assert sorted(e.date or "" for e in arrests) == ["2021-07", "2023-08-29", "2023-09-18"]
    assert {e.date: e.people for e in arrests}["2023-08-29"] == 80


def test_executions_listed_after_the_verb() -> None:
    text = (
        "Twelve smugglers were executed in Hyesan in March 2019, and nine smugglers in "
        "Hoeryong in June 2019, a source said."
    )
    executions = [e for e in events_of(text, language="en") if e.type == "execution"]
    assert sorted((e.date, e.people) for e in executions) == [("2019-03", 12), ("2019-06", 9)]


@pytest.mark.parametrize(
    "text",
    [
        # who told it and when: no item
        "A soldier who crossed the border on Wednesday has said he wants to defect, an "
        "official said on Thursday.",
        # one date for the whole sentence
        "Police arrested 12 traders in Hyesan on May 3, along with their two drivers.",
    ],
)
def test_one_happening_stays_one(text: str) -> None:
    events = events_of(text, language="en")
    assert len([e for e in events if e.type in ("arrest", "escape")]) == 1, events
