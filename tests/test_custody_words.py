"""Custody told in other words: an arrest escaped is none ("two others escaped arrest"),
people held now ("were being detained in Dongxing") are the custody of a capture told
already, people put "into the custody of" police are handed over (an arrest, not a trade
even when "shipped back across the border"), and a custom of punishing ("a long tradition
of performing public executions") is no happening."""

from __future__ import annotations

import pytest
from extract_support import events_of, one_event


def _types(text: str) -> list[str]:
    return [e.type for e in events_of(text, published="2015-11-18")]


@pytest.mark.parametrize(
    "text",
    [
        "The activists said two other defectors escaped arrest.",
        "The broker evaded capture in Yanji last week, the group said.",
        "The other nine defectors were being detained in the Chinese city of Dongxing.",
        "North Korea has a long tradition of performing public executions to instill fear.",
        "Criticism of the regime's use of public executions has grown abroad.",
    ],
)
def test_no_arrest_or_execution_told(text: str) -> None:
    assert _types(text) == []


def test_shipped_into_the_custody_of_police_is_a_handover() -> None:
    text = (
        "By October 24, Vietnamese authorities had the group shipped back across the border "
        "and into the custody of Chinese police in the city of Dongxing."
    )
    assert _types(text) == ["arrest"]
    assert one_event(text, "arrest", published="2015-11-18").date == "2015-10-24"


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Police arrested three defectors in Yanji on 4 May.", "arrest"),
        ("Two smugglers shipped copper across the border to Changbai in May.", "smuggling"),
        ("Guards detained two women in Hyesan on 3 May.", "arrest"),
    ],
)
def test_arrests_and_trades_stay(text: str, etype: str) -> None:
    assert etype in _types(text)
