"""Sent away "with no trial" is the sending, not a trial; "in front of hundreds watching"
makes an execution public (Korean); disrespect for the leader is a political charge."""

from __future__ import annotations

from extract_support import events_of


def _ko(text: str) -> list:
    return events_of(text, published="2015-08-03", language="ko")


def test_no_trial_then_a_camp_is_a_detention() -> None:
    found = _ko("지난달 적발된 부대 정치위원은 재판도 없이 가족과 함께 관리소로 끌려갔다.")
    assert [e.type for e in found] == ["detention"]
    assert found[0].penalty is not None and found[0].penalty.kind == "political_prison_camp"


def test_no_legal_process_is_no_trial() -> None:
    found = _ko("체포된 간부 2명은 법적 절차 없이 정치범수용소로 보내졌다.")
    assert "trial" not in [e.type for e in found]


def test_without_trial_in_english() -> None:
    text = "The border commander was sent to a political prison camp without trial, sources said."
    found = events_of(text, published="2015-08-03", language="en")
    assert [e.type for e in found] == ["detention"]


def test_watched_by_hundreds_is_public() -> None:
    found = _ko("군 간부 1명이 지난 3일 수백명이 보는 가운데 총살됐다고 소식통은 전했다.")
    assert [(e.type, e.public) for e in found] == [("execution", True)]


def test_disrespect_is_political() -> None:
    found = _ko("국경경비대 군관 1명이 회의 중 불경을 저질렀다는 이유로 지난 7일 처형됐다.")
    assert found[0].type == "execution" and "political" in found[0].charges


def test_a_buddhist_scripture_is_no_charge() -> None:
    found = _ko("불경을 몰래 소지한 주민 2명이 지난 7일 보위부에 체포됐다.")
    assert found and "political" not in found[0].charges
