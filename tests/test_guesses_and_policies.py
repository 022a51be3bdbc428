"""A guess and a line followed are no happenings: an act told after "it seems likely that"
or "it is possible that" is not reported as done, and an act named as what a policy does
("a policy of forcible repatriation under a 1986 protocol") is a practice, whatever year
the sentence gives. Told plainly, the same acts stay events."""

from __future__ import annotations

import pytest
from extract_support import events_of


def _found(text: str) -> list[tuple[str, str | None]]:
    return [(e.type, e.date) for e in events_of(text, published="2017-10-02")]


@pytest.mark.parametrize(
    "text",
    [
        "It seems likely that the cobalt was smuggled out through Nampo by sea.",
        "It is possible that the six fishermen were detained in Chongjin in August.",
        "It appears probable that the ledger was seized when the office was searched.",
        "Investigators said it was likely that the two brokers were arrested in Yanji in May.",
    ],
)
def test_a_guess_is_no_happening(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The government maintains a policy of forcible repatriation under a 1986 protocol.",
        "Beijing kept up its policy of detaining refugees and sending them back in 2016.",
        "Such policies of arresting returnees date from the famine of the 1990s.",
    ],
)
def test_an_act_named_by_a_policy_is_no_happening(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The cobalt was smuggled out through Nampo in August, and it is likely that "
            "more shipments will follow.",
            [("smuggling", "2017-08")],
        ),
        (
            "Police detained six fishermen in Chongjin in August under the new border policy.",
            [("arrest", "2017-08")],
        ),
    ],
)
def test_the_same_acts_told_plainly_stay(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected
