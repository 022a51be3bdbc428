"""Which event of a report or of a sentence takes a charge or publicity: story-level sharing
and the clause that governs each (invented sentences)."""

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
    text = "그는 1월 나선에서 체포돼 12월 국가전복 음모 혐의로 무기노동교화형을 선고받았다."
    events = {e.type: e.charges for e in events_of(text, language="ko")}
    assert events["trial"] == ["political"]
    assert events["arrest"] == []


def test_a_public_execution_does_not_make_the_trial_beside_it_public() -> None:
    text = "지난 5일 회령시 당국은 주민 1명을 공개처형한 데 이어 16명의 주민들을 징역형에 처했다."
    trials = [e for e in events_of(text, language="ko") if e.type == "trial"]
    assert trials and trials[0].public is None


def test_a_public_arrest_makes_no_execution_public() -> None:
    text = "Four days after his public arrest, the minister was executed on 12 December."
    execution = next(e for e in events_of(text, language="en") if e.type == "execution")
    assert execution.public is None


def test_a_korean_charge_before_a_participle_is_also_the_next_events() -> None:
    text = (
        "지난 9일 회령시에서 주민 1명이 공개총살됐고, 밀수 혐의로 붙잡힌 주민 6명에게는 "
        "교화형이 선고됐다."
    )
    events = {e.type: e.charges for e in events_of(text, language="ko")}
    assert events["trial"] == ["smuggling"]


def test_an_offence_told_after_a_subordinate_arrest_is_also_the_main_events() -> None:
    text = (
        "A family of four was sent to a political prison camp in May after the father was "
        "caught distributing South Korean dramas."
    )
    events = {e.type: e.charges for e in events_of(text, language="en")}
    assert events["detention"] == ["foreign_media"]
