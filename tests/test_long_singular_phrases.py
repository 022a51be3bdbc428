"""One person told by a longer noun phrase than a word or two: a described subject opening a
passive sentence, an object with four words before its noun, a name with a long description
between commas (reports written for the project, invented happenings)."""

from __future__ import annotations

from extract_support import one_event


def test_a_described_subject_of_a_passive_verb_is_one_person() -> None:
    text = (
        "The 40-year-old former soldier, whose name was withheld, was detained in Hyesan on "
        "3 May, a source said.\n"
    )
    assert one_event(text, "arrest", published="2015-05-20", language="en").people == 1


def test_a_described_subject_that_acted_is_not_the_people() -> None:
    text = (
        "The North Korean leader executed senior officials in Pyongyang on 12 December, state "
        "media said.\n"
    )
    assert one_event(text, "execution", published="2015-05-20", language="en").people is None


def test_an_object_with_four_words_before_its_noun_is_one_person() -> None:
    text = (
        "Border guards in Hyesan detained a young Chinese timber company driver on 3 May, a "
        "source said.\n"
    )
    assert one_event(text, "arrest", published="2015-05-20", language="en").people == 1


def test_a_name_with_a_long_description_is_one_person() -> None:
    text = (
        "Jon Ri, the 52-year-old former bank clerk whose family had lived in the same "
        "apartment block in Nampo for three generations, was arrested on 3 May, state media "
        "said.\n"
    )
    assert one_event(text, "arrest", published="2015-05-20", language="en").people == 1
