"""Whose count an event takes, as real reports tell it: invented sentences, one per rule."""

from __future__ import annotations

from nkevents.extract import extract
from nkevents.model import Document, Event


def _one(text: str, etype: str) -> Event:
    found = [e for e in extract(Document("t", text, "2019-11-20", language="en")).events]
    typed = [e for e in found if e.type == etype]
    assert len(typed) == 1, [(e.type, e.people) for e in found]
    return typed[0]


def test_two_named_people_are_two() -> None:
    text = "Ms. Han and Ms. Oh have been held since guards detained them near Hoeryong on May 3."
    assert _one(text, "arrest").people == 2


def test_two_named_objects_are_two() -> None:
    text = (
        "Police in Osaka arrested Ri Chol-ho, 51, head of a trading firm, and Pak Nam, 44, "
        "on Monday."
    )
    assert _one(text, "arrest").people == 2


def test_two_places_are_no_people() -> None:
    text = "Hyesan and Musan were searched by police, who arrested a trader on June 2."
    assert _one(text, "arrest").people == 1


def test_a_companion_makes_two() -> None:
    text = "The reporter was sentenced along with her colleague to 12 years of hard labour."
    assert _one(text, "trial").people == 2


def test_the_people_held_are_not_counted_as_smugglers() -> None:
    text = "Police in Dandong detained 10 people and seized 3 kg of heroin smuggled in by boat."
    assert _one(text, "arrest").people == 10
    assert _one(text, "smuggling").people is None


def test_people_held_for_smuggling_are_its_smugglers() -> None:
    text = "Police in Fukuoka arrested two men on Monday for smuggling beer from the North."
    assert _one(text, "smuggling").people == 2


def test_relatives_named_after_the_verb_are_its_people() -> None:
    text = "Security agents in Hyesan arrested a brother and sister on May 3."
    assert _one(text, "arrest").people == 2


def test_the_two_who_crossed_are_two() -> None:
    text = "The two quietly crossed the river near Musan on May 3."
    assert _one(text, "escape").people == 2


def test_a_pair_with_one_determiner_is_two() -> None:
    text = "His secretary and driver were sent to a prison camp in Yodok on May 3."
    assert _one(text, "detention").people == 2
