"""Kinds of people and what is done to them, not happenings: a scheme of groups ("Those in
the second group were sentenced to two years"), most of a kind of inmates ("Most camp inmates
had been sentenced to ten years or more"), a participle naming a kind ("built to handle
arrested defectors") and a release told in the plural present ("many are released after two
years"). The same words told of people on a day stay events."""

from __future__ import annotations

import pytest
from extract_support import events_of


def _types(text: str, published: str = "2009-09-01") -> list[str]:
    return [e.type for e in events_of(text, published=published)]


@pytest.mark.parametrize(
    "text",
    [
        "Most camp inmates had been sentenced to between ten years and life.",
        "Those in the second group were sentenced to between six months and two years of labor.",
        "The third category were classified as economic migrants who fled for food.",
        "Those in both groups were sent to labor camps in the north.",
    ],
)
def test_a_kind_of_people_is_no_happening(text: str) -> None:
    assert _types(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The Onsong camp was reorganized in 2009 to exclusively handle arrested defectors.",
        "The report describes the treatment of repatriated women in holding centres.",
    ],
)
def test_a_participle_naming_a_kind_is_no_arrest(text: str) -> None:
    assert "arrest" not in _types(text)


def test_a_release_told_in_the_present_is_no_detention() -> None:
    text = (
        "Those jailed for watching videos are normally imprisoned for four years, "
        "but many are released after two years on holidays like April 15th."
    )
    assert _types(text, "2007-01-25") == []


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Most of the 20 inmates were executed in Chongjin on 3 May.", "execution"),
        ("Those in the group were arrested in Hyesan on 3 May.", "arrest"),
        ("Police arrested defectors in Yanji on 4 May.", "arrest"),
        (
            "The two teachers detained in Hyesan were released on 15 April after a year in prison.",
            "detention",
        ),
    ],
)
def test_told_of_people_on_a_day_they_stay_events(text: str, etype: str) -> None:
    assert etype in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        '"Forced repatriation from China is a pathway to pain and violence," a 2012 study said.',
        "Arbitrary detention, torture and forced labor are inflicted upon many returnees.",
        "Public executions are rare in Pyongyang, the official said.",
    ],
)
def test_a_kind_of_punishment_told_in_the_present_is_no_happening(text: str) -> None:
    assert _types(text, "2013-06-12") == []


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Executions were carried out in Hyesan in March, a source said.", "execution"),
        ("Forced repatriation of the nine defectors was carried out by Laos in May.", "arrest"),
    ],
)
def test_a_punishment_told_as_done_stays_an_event(text: str, etype: str) -> None:
    assert etype in _types(text, "2013-06-12")


@pytest.mark.parametrize(
    "text",
    [
        "Repatriated women are often subjected to invasive body searches.",
        "Deported North Koreans face harsh punishment on their return.",
        "Many repatriated defectors are sent to labour training camps.",
    ],
)
def test_a_participle_naming_a_kind_in_the_present_is_no_hand_over(text: str) -> None:
    assert "arrest" not in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Repatriated on May 3, the nine refugees are now held in Sinuiju.",
        "Arrested on Monday, the two traders are being questioned in Hyesan.",
    ],
)
def test_people_handed_over_on_a_day_stay_an_arrest(text: str) -> None:
    assert "arrest" in _types(text, "2015-06-10")
