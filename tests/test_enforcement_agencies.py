"""An agency or the police named by what they do ("agents of the Drug Enforcement
Administration", "seized by law enforcement", "law enforcement officials") is no campaign;
enforcement strengthened is one."""

from __future__ import annotations

import pytest
from extract_support import events_of, one_event


@pytest.mark.parametrize(
    "text",
    [
        "The men were arrested in September after they offered meth to Drug Enforcement "
        "Administration agents.",
        "That meth was later seized by law enforcement in Manila, officials said.",
        "Law enforcement officials in Dandong arrested three men in May.",
    ],
)
def test_an_agency_named_by_enforcement_is_no_crackdown(text: str) -> None:
    assert "crackdown" not in {e.type for e in events_of(text, published="2013-11-21")}


def test_enforcement_strengthened_is_a_crackdown() -> None:
    text = "North Korea strengthened law enforcement along the border in March to stop smuggling."
    assert one_event(text, "crackdown", published="2013-11-21").charges == ["smuggling"]
