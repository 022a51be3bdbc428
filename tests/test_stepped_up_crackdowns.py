"""A campaign against people who flee: "China has intensified its crackdown on refugees"
names what it targets (defection) and is one measure; the plural told with a verb of
stepping up ("is intensifying its crackdowns on escapees") is the authority's act, not talk
of a kind. Crackdowns told as a kind stay out."""

from __future__ import annotations

import pytest
from extract_support import events_of


def _found(text: str) -> list[tuple[str, list[str]]]:
    return [(e.type, e.charges) for e in events_of(text, published="2017-09-01")]


@pytest.mark.parametrize(
    "text",
    [
        "Beijing has intensified its crackdown on North Korean refugees, activists said.",
        "China is intensifying its crackdowns on escapees in the border region, a group said.",
        "Chinese police have stepped up their crackdowns on North Korean refugees in Yanbian.",
    ],
)
def test_a_stepped_up_campaign_against_people_who_flee_is_one_crackdown(text: str) -> None:
    assert _found(text) == [("crackdown", ["defection"])]


@pytest.mark.parametrize(
    "text",
    [
        "Crackdowns on refugees are common in the border region.",
        "Refugees said the crossings had become harder.",
    ],
)
def test_talk_of_a_kind_stays_out(text: str) -> None:
    assert _found(text) == []
