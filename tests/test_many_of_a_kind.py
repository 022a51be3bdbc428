"""Talk of many happenings of a kind lends nothing to the one told; a failed escape attempt
names the offence of defection."""

from __future__ import annotations

import pytest
from extract_support import events_of, one_event


@pytest.mark.parametrize(
    "talk",
    [
        "A radio station reminds us of numerous executions for distributing South Korean films "
        "or illegal trading.",
        "There have been many executions in recent years for selling foreign films.",
        "Rights groups have documented dozens of executions for watching South Korean dramas.",
    ],
)
def test_talk_of_many_lends_no_charges(talk: str) -> None:
    text = (
        "A firing squad executed three men in Haeju on 19 February after a failed escape "
        "attempt. " + talk
    )
    event = one_event(text, "execution", published="2025-03-01", language="en")
    assert event.charges == ["defection"]


def test_a_count_of_arrests_on_a_day_stays() -> None:
    text = "Dozens of arrests were made in Hyesan on 3 May."
    assert [e.type for e in events_of(text, language="en")] == ["arrest"]


def test_an_escape_from_a_camp_is_no_defection() -> None:
    text = "A prisoner was executed in Chongjin on 3 May after an escape attempt from the camp."
    assert "defection" not in one_event(text, "execution", language="en").charges
