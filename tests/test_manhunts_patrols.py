"""A manhunt is one operation whatever it says of its date or target; patrols sent out to
watch for an offence are a campaign; patrol cars are no goods."""

from __future__ import annotations

from extract_support import events_of


def test_a_manhunt_after_a_crossing_is_a_crackdown() -> None:
    text = (
        "Four armed soldiers have crossed into Helong County in China, prompting the police "
        "to go on a manhunt for several days."
    )
    types = sorted(e.type for e in events_of(text, language="en"))
    assert types == ["crackdown", "escape"]


def test_patrols_mobilized_against_smuggling_are_a_crackdown_without_goods_of_cars() -> None:
    text = (
        "After the ban on seafood exports, the authorities mobilized patrol cars along the "
        "river in Dandong to monitor smuggling activities."
    )
    (event,) = [e for e in events_of(text, language="en") if e.type == "crackdown"]
    assert event.charges == ["smuggling"]
    assert "vehicles" not in event.commodities


def test_patrol_cars_seen_are_no_event() -> None:
    assert events_of("Police patrol cars were seen near the market.", language="en") == []
