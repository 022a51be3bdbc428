"""A political crime is named when the state judges it: an arrest told beside a trial for one
does not carry it, an arrest told alone for one does (reports written for the project,
invented happenings)."""

from __future__ import annotations

from extract_support import events_of


def _charges(text: str, language: str) -> dict[str, list[str]]:
    return {e.type: e.charges for e in events_of(text, published="2016-03-20", language=language)}


def test_the_arrest_before_a_trial_for_hostile_acts_carries_no_charge() -> None:
    text = (
        "A Canadian aid worker was arrested in Rason on 5 January 2015 after arriving with a "
        "tour group. On 16 December 2015 the Supreme Court sentenced him to life in prison "
        "with hard labour for hostile acts against the state.\n"
    )
    assert _charges(text, "en") == {"arrest": [], "trial": ["political"]}


def test_a_tourist_detained_then_sentenced_for_subversion_is_charged_at_the_verdict() -> None:
    text = (
        "An American tourist was detained at Pyongyang airport on 2 January, state media "
        "said. He was later sentenced to 15 years of hard labour for subversion.\n"
    )
    assert _charges(text, "en") == {"arrest": [], "trial": ["political"]}


def test_a_korean_arrest_before_a_trial_for_subversion_carries_no_charge() -> None:
    text = (
        "캐나다 국적의 김모 목사는 2015년 1월 나선에서 평양으로 이동하다 체포됐다. 최고재판소는 "
        "같은 해 12월 국가전복 음모 혐의로 그에게 무기노동교화형을 선고했다.\n"
    )
    assert _charges(text, "ko") == {"arrest": [], "trial": ["political"]}


def test_an_arrest_told_alone_for_anti_state_leaflets_keeps_its_charge() -> None:
    text = "Police in Hyesan arrested a teacher on 3 May for spreading anti-state leaflets.\n"
    assert _charges(text, "en") == {"arrest": ["political"]}
