"""One person who fled is the subject of an escape word told in the active voice: "he
escaped to China", "Ri first fled the North", "the soldier who defected on Monday"; a capital
opening the sentence that names nobody ("After fleeing ...") and two joined ("Ri and her uncle
Jo crossed") are not one."""

from __future__ import annotations

import pytest
from extract_support import events_of

from nkevents.extract.argument_people import escaper


def _escapes(text: str) -> list[int | None]:
    return [e.people for e in events_of(text) if e.type == "escape"]


@pytest.mark.parametrize(
    "text",
    [
        "After paying the guards a second time, he escaped to China in June 2011.",
        "Ri first fled North Korea in 1997, during the famine, a rights group said.",
        "The young soldier who defected across the border on Friday was treated in Suwon.",
    ],
)
def test_one_subject_of_an_escape_word_is_one_person(text: str) -> None:
    assert _escapes(text) == [1]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("After fleeing the North in early May, they travelled to Kunming by bus.", "fleeing"),
        ("Officials said that Ri and her uncle Jo crossed the border in May 2018.", "crossed"),
    ],
)
def test_no_lone_person_from_a_capital_or_two_joined(text: str, word: str) -> None:
    start = text.index(word)
    assert escaper(text, (0, len(text)), (start, start + len(word))) is None
