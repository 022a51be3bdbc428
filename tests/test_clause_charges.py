"""Charges, penalties and counts taken from the clause that governs each event word (invented
reports written for the project)."""

from __future__ import annotations

from tests.extract_support import events_of, one_event


def test_a_campaign_s_targets_are_not_the_charges_of_an_arrest_told_after_it() -> None:
    text = (
        "The authorities have launched a crackdown on smuggling, drug dealing and illegal "
        "phone use in North Hamgyong. Police arrested two women in Hoeryong in October for "
        "crossing the border."
    )
    arrest = one_event(text, "arrest", language="en")
    assert "drugs" not in arrest.charges and "illegal_phone" not in arrest.charges
    campaign = one_event(text, "crackdown", language="en")
    assert set(campaign.charges) >= {"smuggling", "drugs", "illegal_phone"}


def test_a_korean_campaign_s_targets_are_not_the_charges_of_an_arrest() -> None:
    text = (
        "당국은 밀수와 마약, 손전화 사용을 뿌리뽑겠다며 대대적인 단속을 벌이고 있다. "
        "지난 10일 혜산시에서 주민 2명이 보안서에 체포됐다."
    )
    arrests = [e for e in events_of(text, language="ko") if e.type == "arrest"]
    assert arrests and all(not e.charges for e in arrests)
