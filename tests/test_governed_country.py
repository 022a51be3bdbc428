"""A country right after the event's word ("have been arrested in South Korea for ... while
they were in China") is where it happened, when the sentence names another; forcing others
into prostitution is the prostitution charge, being forced into it none."""

from __future__ import annotations

from extract_support import one_event

TEXT = (
    "Two refugees from North Korea have been arrested in South Korea for forcing fellow "
    "fugitives into prostitution while they were in China, police said on Tuesday."
)


def test_the_country_after_the_verb_is_the_place() -> None:
    e = one_event(TEXT, "arrest", published="2011-04-12")
    assert e.location is not None and e.location.name == "South Korea"


def test_forcing_others_into_prostitution_is_the_charge() -> None:
    assert one_event(TEXT, "arrest", published="2011-04-12").charges == ["prostitution"]


def test_victims_forced_into_prostitution_are_not_charged() -> None:
    text = "Three women who were forced into prostitution in Yanji were arrested there in May."
    assert one_event(text, "arrest", published="2011-04-12").charges == []
