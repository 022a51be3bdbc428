"""Korean: dates listed and counted as so many times are one happening each; a campaign
going on "on a large scale" is of the report's month; "nothing new" tells a habit; the
adverb 비단 ("not only") is no silk."""

from __future__ import annotations

from extract_support import events_of


def _ko(text: str, published: str = "2013-06-05") -> list:
    return events_of(text, published=published, language="ko")


def test_two_months_two_times() -> None:
    text = "당국은 지난 1월과 3월 두 차례에 걸쳐 회령에서 탈북자 색출 검열을 벌였다."
    found = sorted((e.type, e.date) for e in _ko(text))
    assert found == [("crackdown", "2013-01"), ("crackdown", "2013-03")]


def test_two_months_of_arrests() -> None:
    text = "보위부는 지난 3월 4일과 5월 17일 두 번에 걸쳐 무산에서 밀수꾼들을 체포했다."
    found = sorted(e.date for e in _ko(text) if e.type == "arrest")
    assert found == ["2013-03-04", "2013-05-17"]


def test_two_days_of_one_month_are_that_month() -> None:
    text = "선박 1척이 지난달 4일과 17일 두 차례에 걸쳐 공해에서 석탄을 밀수출했다."
    found = [e.date for e in _ko(text) if e.type == "smuggling"]
    assert found == ["2013-05"]


def test_days_of_another_act_are_not_split() -> None:
    text = "당국은 지난 2월 3일과 19일 두 차례 핵실험 이후 국경 밀수를 집중 단속하고 있다."
    assert len([e for e in _ko(text) if e.type == "crackdown"]) == 1


def test_a_large_scale_campaign_going_on_is_of_the_month() -> None:
    text = "국가보위부가 국경경비대 군인들에 대한 검열을 대대적으로 벌이고 있다고 소식통이 전했다."
    found = [e for e in _ko(text) if e.type == "crackdown"]
    assert [e.date for e in found] == ["2013-06"]


def test_nothing_new_is_a_habit() -> None:
    text = "경비대원들이 뇌물을 받고 밀수와 도강을 눈감아 주는 것은 어제 오늘 일이 아니다."
    assert _ko(text) == []


def test_not_only_is_no_silk() -> None:
    text = "밀수꾼 3명이 지난 2일 체포됐는데, 이는 비단 혜산만의 일이 아니라고 소식통은 말했다."
    assert all("textiles" not in e.commodities for e in _ko(text))


def test_silk_smuggled_is_textiles() -> None:
    text = "밀수꾼 3명이 지난 2일 비단 300필을 중국에 넘기다 체포됐다."
    assert any("textiles" in e.commodities for e in _ko(text))


def test_what_happens_time_and_again() -> None:
    text = (
        "국경 일대에서는 북한 군인이 강을 건너 농가의 식량을 훔치다가 체포되는 경우가 "
        "종종 발생하고 있다."
    )
    assert _ko(text) == []


def test_a_usual_outcome_beside_a_campaign_told() -> None:
    text = (
        "소식통은 “증거가 없으면 석방되는 경우가 많아 당국이 이달부터 밀수 현장을 덮쳐 "
        "단속하고 있다”고 말했다."
    )
    assert [e.type for e in _ko(text)] == ["crackdown"]
