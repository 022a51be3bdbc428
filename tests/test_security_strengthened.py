"""Controls told as strengthened, reinforced or intensified, and orders that no one may do
something: crackdowns; "defections" in the plural names the offence they target."""

from __future__ import annotations

import pytest
from extract_support import events_of, one_event


@pytest.mark.parametrize(
    "text",
    [
        "North Korea has strengthened its border patrol to stop defections, an official said.",
        "In March the authorities reinforced border security to halt defections.",
        "Border units intensified patrols along the Tumen River in May to stop defections.",
        "In early April the province gave orders that no resident was to flee across the river.",
    ],
)
def test_strengthened_controls_against_defections(text: str) -> None:
    e = one_event(text, "crackdown", published="2013-12-26")
    assert e.charges == ["defection"]


def test_intensified_surveillance_is_dated() -> None:
    text = "Police intensified surveillance of phone users in Hyesan in March."
    assert one_event(text, "crackdown", published="2013-12-26").date == "2013-03"


@pytest.mark.parametrize(
    "text",
    [
        "The army strengthened its position on the hill in June.",
        "In April the leader gave orders to expand the tractor factory.",
        "Defections have fallen sharply since 2012, the ministry said.",
    ],
)
def test_no_crackdown_without_a_control(text: str) -> None:
    assert "crackdown" not in {e.type for e in events_of(text, published="2013-12-26")}
