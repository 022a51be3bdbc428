"""A crossing interrupted by the arrest ("detained while crossing") gives the arrest only."""

from __future__ import annotations

import pytest

from nkevents.extract import extract
from nkevents.model import Document


def _types(text: str) -> list[str]:
    doc = Document("t", text, title=None, published="2022-09-12", language="en")
    return sorted(e.type for e in extract(doc).events)


@pytest.mark.parametrize(
    "text",
    [
        "Two soldiers were detained on September 3 while crossing the Tumen River near Musan.",
        "A mother and her son were arrested on 4 May as they were swimming across the Yalu.",
        "A farmer was arrested last week when he was crossing the frozen river into China.",
    ],
)
def test_a_crossing_caught_in_the_act_is_the_arrest_only(text: str) -> None:
    assert _types(text) == ["arrest"]


def test_a_crossing_done_before_the_arrest_stays() -> None:
    text = (
        "Three women crossed the Tumen River on 2 May and were arrested by Chinese police "
        "in Yanji a week later."
    )
    assert _types(text) == ["arrest", "escape"]
