"""A memory from childhood told by a child's age ("Her father was executed when she was
eight", "when I was 12 years old") is the teller's life story, no happening the report
tells, whatever day the telling is dated by. An age of a youth or a span of time after
"when he was" does not make it one."""

from __future__ import annotations

import pytest
from extract_support import events_of


def _found(text: str) -> list[tuple[str, str | None]]:
    return [(e.type, e.date) for e in events_of(text, published="2013-10-25")]


@pytest.mark.parametrize(
    "text",
    [
        "Her father was executed when she was eight, she told the hearing on Tuesday.",
        "My uncle was sent to a political prison camp when I was 12 years old.",
        "When I was ten, my mother was arrested for selling rice at the market.",
    ],
)
def test_a_childhood_memory_is_no_happening(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested him in Hyesan on October 3 when he was 17.",
        "Police arrested him in Hyesan on October 3, when he was 2 years into his term.",
    ],
)
def test_an_arrest_on_a_day_stays(text: str) -> None:
    assert _found(text) == [("arrest", "2013-10-03")]
