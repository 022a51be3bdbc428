"""A plea entered at a first hearing ("pleaded not guilty on Tuesday") is a court
proceeding, a trial; people bought from a trafficker or broker ("acquired 40 women from
brokers") are a trade in people, smuggling with goods `people`. The habit ("women are often
bought") and other things acquired are neither."""

from __future__ import annotations

import pytest
from extract_support import events_of, one_event


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("The four men pleaded not guilty to drug charges on Tuesday in New York.", "2013-11-19"),
        ("Two sailors were arraigned in Panama City on 2 August on arms charges.", "2013-08-02"),
    ],
)
def test_a_plea_or_arraignment_is_a_trial(text: str, date: str) -> None:
    assert one_event(text, "trial", published="2013-11-21").date == date


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Over two years the pair acquired 40 North Korean women from Chinese brokers.", 40),
        ("In 2010 the couple bought two girls from a trafficker in Yanji, police said.", 2),
    ],
)
def test_people_bought_are_traded(text: str, people: int) -> None:
    e = one_event(text, "smuggling", published="2013-11-21")
    assert e.commodities == ["people"]
    assert e.people == people


@pytest.mark.parametrize(
    "text",
    [
        "Women are often bought from brokers in Jilin.",
        "He acquired the company from its founder in 2009.",
    ],
)
def test_no_trade_in_a_habit_or_a_purchase_of_things(text: str) -> None:
    assert "smuggling" not in {e.type for e in events_of(text, published="2013-11-21")}
