"""A person shot by soldiers or comrades while making their way over a border is shot at,
not put to death: the crossing is the event, no execution."""

from __future__ import annotations

import pytest
from extract_support import events_of


@pytest.mark.parametrize(
    "text",
    [
        "The soldier who defected on Monday was shot by several North Korean soldiers while "
        "making his way over the border, the command said.",
        "A deserter was shot by his comrades as he ran toward the line on Monday.",
        "The guard was shot by pursuing troops while heading for the river, officials said.",
    ],
)
def test_shot_at_while_fleeing_is_no_execution(text: str) -> None:
    assert "execution" not in [e.type for e in events_of(text, language="en")]


def test_the_defection_of_the_one_shot_at_stays() -> None:
    text = (
        "The soldier who defected to the South on Monday was shot by several soldiers while "
        "making his way over the border, the command said on Tuesday."
    )
    assert [e.type for e in events_of(text, language="en")] == ["escape"]


def test_a_firing_squad_is_an_execution() -> None:
    text = "Three smugglers were shot by a firing squad in Hyesan on Monday, a source said."
    assert [e.type for e in events_of(text, language="en")] == ["execution"]
