"""An attempt told with an adverb before "to" ("tried in vain to flee", "has sought for
decades to crack down"): a try, not a trial nor the act tried."""

from __future__ import annotations

import pytest
from extract_support import events_of


@pytest.mark.parametrize(
    "text",
    [
        "Guards were questioning the crew near the port, but they tried in vain to flee on Friday.",
        "The two brokers tried unsuccessfully to cross the river near Musan last week.",
        "A soldier tried twice to escape from the camp in March, a source said.",
        "The prisoners tried desperately to get away from their guards on Sunday.",
    ],
)
def test_an_attempt_with_an_adverb_is_no_trial_nor_escape(text: str) -> None:
    types = [e.type for e in events_of(text, language="en")]
    assert "trial" not in types and "escape" not in types, types


@pytest.mark.parametrize(
    "text",
    [
        "The government has sought for decades to crack down on schemes run by trading firms.",
        "Officials have sought for years to arrest the brokers behind the smuggling networks.",
        "The ministry had hoped for months to sanction the two shipping firms.",
    ],
)
def test_an_aim_pursued_for_long_is_no_event(text: str) -> None:
    assert events_of(text, language="en") == []


@pytest.mark.parametrize(
    "text",
    [
        "Two soldiers were tried in absentia by a military court in Pyongyang on Tuesday.",
        "The smugglers were tried again in Hyesan on May 3 and sentenced to ten years.",
    ],
)
def test_a_court_that_tried_people_stays_a_trial(text: str) -> None:
    assert "trial" in [e.type for e in events_of(text, language="en")]
