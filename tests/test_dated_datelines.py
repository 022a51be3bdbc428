"""A syndicated copy's date before its dateline ("[June 12, 2013]  SEOUL, South Korea (AP)
--"): the city is where the report was filed and the date the day it was, neither the event's."""

from __future__ import annotations

import pytest
from extract_support import one_event


@pytest.mark.parametrize(
    "head",
    [
        "[March 3, 2015]  SEOUL, South Korea (AP) --",
        "March 3, 2015 SEOUL (AP) --",
        "[Mar. 3, 2015] TOKYO, Japan (AP) --",
    ],
)
def test_dated_dateline_gives_neither_place_nor_date(head: str) -> None:
    lede = "Police in North Korea arrested 12 copper smugglers last month."
    text = f"Traders held in the north\n\n{head} {lede}"
    e = one_event(text, "arrest", published="2015-03-03")
    assert e.location is None
    assert e.date == "2015-02"


def test_a_date_opening_the_lede_keeps_the_city_named_in_it() -> None:
    text = "Traders held\n\n[March 3, 2015] Police in Seoul arrested two smugglers on 1 March."
    e = one_event(text, "arrest", published="2015-03-03")
    assert e.location is not None and e.location.name == "Seoul"
    assert e.date == "2015-03-01"


def test_an_agency_dateline_below_page_furniture_gives_no_date() -> None:
    menu = "A menu line of the page that runs on long enough to fill a good part of a screen.\n"
    text = (
        "Ten smugglers shot, sources say\n\n"
        + menu * 5
        + "\nSEOUL, April 29 (UPI) -- North Korea has executed ten smugglers in 2015, "
        "according to South Korea's intelligence service."
    )
    assert one_event(text, "execution", published="2015-04-29").date == "2015"
