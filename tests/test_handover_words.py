"""Hand-overs told with their people between the verb and "over to" ("turned the nine
defectors over to Pyongyang", "handed over two fishermen to the coast guard"): arrests, as
EVENTS.md lists "handed over"; goods handed over are no arrest."""

from __future__ import annotations

import pytest
from extract_support import events_of, one_event


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("The Thai police handed the eight defectors over to China last month.", 8),
        ("Vietnamese border guards handed over three North Korean women to China on 4 May.", 3),
        ("Mongolian officials turned the two escapees over to Chinese police in June.", 2),
        ("The five fishermen were turned over to the North Korean coast guard on 9 April.", 5),
    ],
)
def test_handover_with_its_people_is_an_arrest(text: str, people: int) -> None:
    e = one_event(text, "arrest", published="2013-06-12")
    assert e.people == people


def test_handover_after_a_pronoun_is_an_arrest() -> None:
    text = "Instead, the Cambodian government turned them over to Pyongyang in March."
    assert one_event(text, "arrest", published="2013-06-12").date == "2013-03"


@pytest.mark.parametrize(
    "text",
    [
        "He handed over the goods to a buyer in Sinuiju last week.",
        "The committee turned the factory over to the army in 2011.",
    ],
)
def test_goods_or_property_handed_over_are_no_arrest(text: str) -> None:
    assert "arrest" not in {e.type for e in events_of(text, published="2013-06-12")}
