"""A political crime is named when the state judges it: an arrest told beside a trial for one
does not carry it, an arrest told alone for one does (reports written for the project,
invented happenings)."""

from __future__ import annotations

from extract_support import events_of


def _charges(text: str, language: str) -> dict[str, list[str]]:
    return {e.type: e.charges for e in events_of(text, published="2012-03-20", language=language)}


def test_the_arrest_before_a_trial_for_hostile_acts_carries_no_charge() -> None:
    text = (
        "A Swedish engineer was arrested in Chongjin on 8 March 2011 while touring a port. On "
        "2 September 2011 the Supreme Court sentenced him to ten years of hard labour for "
        "hostile acts against the state.\n"
    )
    assert _charges(text, "en") == {"arrest": [], "trial": ["political"]}


def test_a_businessman_detained_then_sentenced_for_subversion_is_charged_at_the_verdict() -> None:
    text = (
        "A New Zealand businessman was detained at Sinuiju station on 12 February, state media "
        "said. He was later sentenced to eight years of hard labour for subversion.\n"
    )
    assert _charges(text, "en") == {"arrest": [], "trial": ["political"]}


def test_a_korean_arrest_before_a_trial_for_hostile_acts_carries_no_charge() -> None:
    text = (
        "독일 국적의 박모 씨는 2011년 3월 청진에서 신의주로 가던 중 체포됐다. 최고재판소는 같은 해 "
        "9월 반국가 적대행위 혐의로 그에게 10년 노동교화형을 선고했다.\n"
    )
    assert _charges(text, "ko") == {"arrest": [], "trial": ["political"]}


def test_an_arrest_told_alone_for_anti_state_leaflets_keeps_its_charge() -> None:
    text = "Police in Hyesan arrested a teacher on 3 May for spreading anti-state leaflets.\n"
    assert _charges(text, "en") == {"arrest": ["political"]}
