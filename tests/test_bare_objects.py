"""A bare number right after a verb of arrest counts the people arrested."""

from __future__ import annotations

import pytest
from extract_support import one_event


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Police arrested two after a gunfight in Changbai County on July 28, 2016.", 2),
        ("Guards detained three near Musan on 3 May.", 3),
        ("Security agents arrested five in Hyesan last week.", 5),
    ],
)
def test_a_bare_number_after_the_verb_counts(text: str, people: int) -> None:
    assert one_event(text, "arrest", language="en").people == people


def test_a_number_with_its_noun_after_the_verb_counts_as_before() -> None:
    assert one_event("Police arrested two traders in Hyesan on 3 May.", "arrest").people == 2
