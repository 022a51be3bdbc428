"""A place that names a gathering told as a time, or a dateline ended by a colon, is not
where the event happened."""

from __future__ import annotations

import pytest
from extract_support import events_of


@pytest.mark.parametrize(
    "text",
    [
        "Shortly after the Hanoi summit, two officials were arrested, a source said.",
        "China sent back 50 North Koreans right after the end of the Asian Games in Hangzhou.",
        "China deported 70 North Koreans shortly after the Hangzhou Asian Games, sources said.",
        "Days before the Beijing Olympics, police detained 12 North Koreans, a group said.",
    ],
)
def test_a_gathering_told_as_a_time_places_nothing(text: str) -> None:
    places = [e.location.name for e in events_of(text, language="en") if e.location]
    assert not {"Hanoi", "Hangzhou", "Beijing"} & set(places), places


def test_a_place_that_is_the_event_s_stays() -> None:
    text = "Police arrested two traders in Hyesan during the spring festival, a source said."
    events = [e for e in events_of(text, language="en") if e.type == "arrest"]
    assert [e.location.name for e in events if e.location] == ["Hyesan"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("SEOUL: Ten North Koreans have been detained in Shenyang, two sources said.", "Shenyang"),
        ("SEOUL: Ten North Koreans have been detained in China, two sources said.", "China"),
    ],
)
def test_a_dateline_with_a_colon_is_where_the_report_was_filed(text: str, place: str) -> None:
    (event,) = [e for e in events_of(text, language="en") if e.type == "arrest"]
    assert event.location is not None and event.location.name == place


@pytest.mark.parametrize(
    "text",
    [
        "The envoy, who prepared the Hanoi meeting, was executed by firing squad, a paper said.",
        "Two aides were arrested after the failed Moscow visit, a source said.",
        "The interpreter was sent to a prison camp after the Beijing trip in May.",
    ],
)
def test_a_meeting_or_visit_named_by_its_place_places_nothing(text: str) -> None:
    places = [e.location.name for e in events_of(text, language="en") if e.location]
    assert not {"Hanoi", "Moscow", "Beijing"} & set(places), places


def test_a_meeting_in_a_town_is_where_it_was_held() -> None:
    text = "Security officials warned residents at a meeting in Hyesan on Monday, a source said."
    places = [e.location.name for e in events_of(text, language="en") if e.location]
    assert places == ["Hyesan"], places


def test_one_execution_told_with_a_meeting_and_its_place() -> None:
    text = (
        "The official, who laid the groundwork for the Hanoi meeting, was executed by firing "
        "squad. He was executed in March at Mirim Airport along with four other officials."
    )
    executions = [e for e in events_of(text, language="en") if e.type == "execution"]
    assert [e.people for e in executions] == [5]
