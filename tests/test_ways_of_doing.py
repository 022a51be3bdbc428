"""A way a kind of people do things, told after "described how" or "explains how" with a
bare plural ("A former guard described how smugglers paid soldiers to look away"), is a
practice, no happening; told of someone, or with a date of its own, the act stays."""

from __future__ import annotations

import pytest
from extract_support import events_of


def _found(text: str) -> list[tuple[str, str | None]]:
    return [(e.type, e.date) for e in events_of(text, published="2015-06-10")]


@pytest.mark.parametrize(
    "text",
    [
        "A former guard described how smugglers paid soldiers to look away at night.",
        "The testimony of a soldier, who defected in 2014, showed how traffickers bribed guards.",
        "The report explains how local brokers smuggle women across the Tumen.",
    ],
)
def test_a_way_of_doing_is_no_happening(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He described how border guards arrested two smugglers in Musan on May 3.",
            [("arrest", "2015-05-03")],
        ),
        ("He described how the two men were executed in Hyesan.", [("execution", None)]),
    ],
)
def test_an_act_told_of_someone_or_dated_stays(text: str, expected: list[tuple[str, str]]) -> None:
    assert [f for f in _found(text) if f[0] == expected[0][0]] == expected
