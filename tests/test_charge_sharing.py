"""Which events of a report take the charges of its main event (story-level sharing)."""

from __future__ import annotations

from extract_support import events_of

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


def test_each_event_of_a_korean_sentence_takes_the_charge_told_before_its_word() -> None:
    text = (
        "지난 5일 회령시에서 주민 1명이 마약 거래 혐의로 공개처형됐고, 밀수 혐의로 체포된 "
        "3명은 교화형을 받았다."
    )
    events = {e.type: e.charges for e in events_of(text, language="ko")}
    assert events["execution"] == ["drugs"]
    assert events["arrest"] == ["smuggling"]


def test_an_english_charge_is_the_event_word_before_it() -> None:
    text = (
        "On 5 May a man was executed in Hoeryong for drug dealing, and sixteen others were "
        "sent to prison."
    )
    events = {e.type: e.charges for e in events_of(text, language="en")}
    assert events["execution"] == ["drugs"]
    assert events["detention"] == []


def test_a_korean_arrest_told_before_the_charge_of_its_sentence_has_none_of_it() -> None:
    text = "그는 1월 나선에서 체포돼 같은 해 12월 국가전복 음모 혐의로 무기노동교화형을 선고받았다."
    events = {e.type: e.charges for e in events_of(text, language="ko")}
    assert events["trial"] == ["political"]
    assert events["arrest"] == []
