"""Where an event was, and what it was for, told by the words around its word: a country
right after it ("have been arrested in South Korea for ... while they were in China") is where
it happened when the sentence names another; a sentence "handed down to" people at a trial in
a town is placed there; forcing others into prostitution is the prostitution charge, being
forced into it none."""

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


def test_a_sentence_handed_down_at_a_trial_is_placed_there() -> None:
    text = "Heavy punishments were handed down to eighteen people at a public trial in Hyesan."
    e = one_event(text, "trial", published="2013-03-07")
    assert e.location is not None and e.location.name == "Hyesan"


def test_goods_handed_to_a_buyer_are_not_placed_at_the_buyers_town() -> None:
    text = "Police arrested a smuggler in Hyesan who had handed copper to a trader in Changbai."
    e = one_event(text, "arrest", published="2013-03-07")
    assert e.location is not None and e.location.name == "Hyesan"
