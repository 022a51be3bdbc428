"""One craft or load taken in to be searched is a step of its seizure, no campaign ("the
ship was brought into port for search and inspection"); a number told as large or small
("There were too many people who had crossed the border to ...") counts no happening."""

from __future__ import annotations

import pytest
from extract_support import events_of, one_event


def _types(text: str) -> set[str]:
    return {e.type for e in events_of(text, published="2013-07-16")}


@pytest.mark.parametrize(
    "text",
    [
        "Officials suspected the freighter carried drugs, so it was brought into port for "
        "search and inspection.",
        "The truck was stopped at the bridge for inspection on Monday.",
    ],
)
def test_a_craft_taken_in_for_inspection_is_no_crackdown(text: str) -> None:
    assert "crackdown" not in _types(text)


def test_there_were_too_many_is_no_happening() -> None:
    text = "There were too many people who had crossed the border during the famine to move all."
    assert _types(text) == set()


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("There were five people arrested in Hyesan on 3 May.", "arrest"),
        ("Customs launched inspections of trucks at the Sinuiju bridge in May.", "crackdown"),
    ],
)
def test_counted_arrests_and_campaigns_stay(text: str, etype: str) -> None:
    assert one_event(text, etype, published="2013-07-16").date is not None
