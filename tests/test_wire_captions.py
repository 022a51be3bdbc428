"""A news agency's photo caption, a scene told in the present and closed by the day the
picture was taken ("Workers inspect a container seized from the ship in Colon City July 17,
2013."), is page furniture: it tells no event. A report's sentence closed by a full date
stays one."""

from __future__ import annotations

import pytest
from extract_support import events_of, one_event


@pytest.mark.parametrize(
    "caption",
    [
        "Workers inspect a box of rifles seized from a cargo ship in Nampo July 17, 2013.",
        "North Korean soldiers patrol the bank of the Yalu River near Sinuiju, March 3, 2015.",
        "Customs officers check a truck carrying seized copper at Dandong, Liaoning, Oct. 4, 2017.",
    ],
)
def test_an_agency_caption_tells_no_event(caption: str) -> None:
    assert events_of(caption, published="2017-10-05") == []


def test_a_report_closed_by_a_full_date_is_an_event() -> None:
    e = one_event("Police arrested five men in Hyesan on March 3, 2013.", "arrest")
    assert e.date == "2013-03-03"
