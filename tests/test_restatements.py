"""A happening told again across lede and body is one event."""

from __future__ import annotations

from nkevents.extract import extract
from nkevents.model import Document, Event


def _events(text: str, language: str) -> list[Event]:
    doc = Document("t", text, title=None, published="2019-05-31", language=language)
    return extract(doc).events


def test_the_one_of_the_lede_is_one_of_those_named_in_the_body() -> None:
    # "a senior official" in the lede, "X ... along with four officials" in the body
    text = (
        "North Korea executed a senior trade official earlier this year, a South Korean "
        "newspaper reported on Friday. Ri Chol Nam, the official, was shot by firing squad in "
        "Pyongyang in March along with four of his deputies, the newspaper said."
    )
    found = _events(text, "en")
    assert [(e.type, e.date, e.people) for e in found] == [("execution", "2019-03", 5)]


def test_one_named_with_others_of_another_month_stays_apart() -> None:
    text = (
        "A railway dispatcher was shot in Kilju in March for selling diesel. "
        "Kim Chol, a miner, was shot in Kilju in May along with four others."
    )
    assert len([e for e in _events(text, "en") if e.type == "execution"]) == 2
