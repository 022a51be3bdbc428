"""Wire copy hard-wrapped at a fixed width: its line breaks inside a sentence are read as the
spaces they stand for, whatever the next line opens with (reports written for the project,
invented happenings)."""

from __future__ import annotations

from extract_support import one_event

from nkevents.detect.sentences import hard_wrapped, unwrapped

WRAPPED = (
    "Coast Guard Holds Crew Of Drifting North Korean Fishing Boat\n"
    "TOKYO, May 3 (Wire) - Japanese coast guard officers in the port of Maizuru detained 14 North\n"
    "Korean fishermen whose wooden boat had drifted ashore in a storm,\n"
    "officials said on Tuesday. The men told investigators that their engine\n"
    "had failed two weeks earlier and that they had run out of food and\n"
    "water.\n"
)


def test_a_count_cut_by_the_wrap_is_read_whole() -> None:
    event = one_event(WRAPPED, "arrest", published="2016-05-06", language="en")
    assert event.people == 14


def test_a_day_cut_by_the_wrap_is_read_whole() -> None:
    text = (
        "SEOUL, May 9 (Wire) - Police in Busan said on Friday they had arrested a ship's cook "
        "on May\n3 after finding North Korean copper wire hidden in his cabin, and\n"
        "that the captain was being questioned about the cargo as\n"
        "well, a spokesman said. The wire had been loaded in a port\n"
        "in the North, he said.\n"
    )
    event = one_event(text, "arrest", published="2016-05-09", language="en")
    assert event.date == "2016-05-03"
    assert event.commodities == ["copper"]


def test_breaks_inside_sentences_become_spaces_and_offsets_stand() -> None:
    text = unwrapped(WRAPPED)
    assert len(text) == len(WRAPPED)
    assert "detained 14 North Korean fishermen" in text
    assert "in a storm, officials said" in text
    assert text.startswith("Coast Guard Holds Crew Of Drifting North Korean Fishing Boat\nTOKYO")
    assert "on Tuesday. The men" in text
    assert text.endswith("food and water.\n")  # a sentence's end stays a break


def test_a_text_with_breaks_only_between_paragraphs_is_left_as_it_is() -> None:
    text = (
        "Police in Hyesan arrested five traders on 3 May.\n"
        "The traders had carried copper across the river into China\n"
        "Officials said the case was under investigation.\n"
    )
    assert not hard_wrapped(text)
    assert unwrapped(text) is text
