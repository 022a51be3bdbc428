"""A town that names a camp ("Hoeryong": the town and Kwalliso No. 22) is the town where an
occasion was held there, the camp where people are held or sent (reports written for the
project, invented happenings)."""

from __future__ import annotations

from extract_support import events_of

from nkevents.detect.places import find_places


def _places(text: str) -> list[tuple[str, str | None]]:
    return [
        (e.type, e.location.name if e.location else None) for e in events_of(text, language="en")
    ]


def test_a_trial_held_in_a_town_with_a_camp_is_in_the_town() -> None:
    text = "A public trial was held in Hoeryong last week for three smugglers."
    assert ("trial", "Hoeryong") in _places(text)


def test_an_execution_held_at_a_town_with_a_camp_is_in_the_town() -> None:
    text = "A public execution was held at Hoeryong on Friday."
    assert ("execution", "Hoeryong") in _places(text)
    text = "A public trial was held in Hamgyong Bukdo's Hoeryong on Sunday."
    assert ("trial", "Hoeryong") in _places(text)


def test_people_held_in_a_town_with_a_camp_are_in_the_camp() -> None:
    text = "Prisoners were held in Hoeryong for months."
    assert ("detention", "Kwalliso No. 22 Hoeryong") in _places(text)


def test_people_sent_to_the_camp_in_a_town_are_held_in_the_camp() -> None:
    text = "He was sent to the political prison camp in Hoeryong in 2010."
    assert ("detention", "Kwalliso No. 22 Hoeryong") in _places(text)


def test_a_prison_term_before_a_town_does_not_make_it_its_camp() -> None:
    title = "Prison terms for 18 at Hoeryong show trial"
    text = f"{title}\n\nEighteen people were given prison terms at a public trial in Hoeryong.\n"
    assert ("trial", "Hoeryong") in [
        (e.type, e.location.name if e.location else None) for e in events_of(text, language="en")
    ]


def test_a_camp_noun_heading_the_phrase_still_names_the_camp() -> None:
    (hoeryong,) = [m for m in find_places("a prison camp near Hoeryong") if "Hoeryong" in m.text]
    assert hoeryong.candidates[0].name == "Kwalliso No. 22 Hoeryong"
    text = "satellite images of political prison camp (kwalliso) 15 at Yodok"
    (yodok,) = [m for m in find_places(text) if m.text == "Yodok"]
    assert yodok.candidates[0].name == "Kwalliso No. 15 Yodok"
