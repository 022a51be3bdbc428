"""A victim or survivor of a trade named by it ("a human trafficking victim testified") is a
kind of person, not a trade told: no smuggling event. The trade told as done stays."""

from __future__ import annotations

import pytest
from extract_support import events_of


def _found(text: str) -> list[tuple[str, int | None]]:
    return [(e.type, e.people) for e in events_of(text, published="2013-10-25")]


@pytest.mark.parametrize(
    "text",
    [
        "A former guard and a human trafficking victim gave evidence to the inquiry on Monday.",
        "Two trafficking survivors spoke at the hearing in Seoul on Wednesday.",
        "The panel heard from a human-trafficking victim who now lives in Busan.",
    ],
)
def test_a_victim_named_by_the_trade_is_no_trade(text: str) -> None:
    assert "smuggling" not in [t for t, _ in _found(text)]


def test_the_trade_told_as_done_stays() -> None:
    text = "Brokers trafficked 12 women from Musan to Heilongjiang in March."
    assert _found(text) == [("smuggling", 12)]
