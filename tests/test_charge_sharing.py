"""Which events of a report take the charges of its main event (story-level sharing)."""

from __future__ import annotations

from nkevents.extract.story import share_charges
from nkevents.model import Event


def _campaign(date: str) -> Event:
    spans = [(0, 10), (20, 30), (40, 50), (60, 70)]
    return Event(type="crackdown", date=date, charges=["political"], evidence=spans)


def test_a_campaign_lends_no_charge_to_what_happened_before_it() -> None:
    earlier = Event(type="execution", date="2012", people=14, evidence=[(100, 120)])
    events = [_campaign("2014"), earlier]
    share_charges(events)
    assert earlier.charges == []


def test_a_campaign_lends_its_charge_to_an_arrest_during_it() -> None:
    during = Event(type="arrest", date="2014-05", people=3, evidence=[(100, 120)])
    events = [_campaign("2014"), during]
    share_charges(events)
    assert during.charges == ["political"]
