"""Korean: two people named with 씨, or by two singular nouns, and joined are two; counts of
onlookers (보는 가운데, 지켜봐, led by 을 비롯해) are no one's people; a camp named in
brackets, "정치범수용소(14호 관리소)로 끌려갔다", is a detention, not an arrest."""

from __future__ import annotations

from extract_support import events_of


def _ko(text: str) -> list:
    return events_of(text, published="2011-03-10", language="ko")


def _people(text: str, etype: str) -> list[int | None]:
    return [e.people for e in _ko(text) if e.type == etype]


def test_two_named_with_ssi() -> None:
    text = (
        "당국은 지난 2일 밀수를 한 상인 박모(41)씨와 이를 눈감아 준 보안원 이모(35)씨를 "
        "공개처형했다."
    )
    assert _people(text, "execution") == [2]


def test_one_person_named_twice_is_one() -> None:
    text = "박씨와 함께 일하던 관계자는 박씨가 지난 5일 보위부에 체포됐다고 말했다."
    assert _people(text, "arrest") == [1]


def test_two_singular_nouns_joined() -> None:
    text = "당국은 지난 4일 한국 영화를 돌려 본 청년과 이를 묵인한 보안원을 공개처형했다."
    assert _people(text, "execution") == [2]


def test_the_audience_seen_by_is_no_count() -> None:
    text = "지난 9일 회령에서 주민 수천명이 보는 가운데 밀수꾼 1명이 총살됐다."
    assert _people(text, "execution") == [1]


def test_an_audience_led_by_a_group() -> None:
    text = "당국은 지난 9일 학생 30여명을 비롯해 주민 2천여명을 모아놓고 밀수꾼 3명을 총살했다."
    assert _people(text, "execution") == [3]


def test_a_subheadline_audience() -> None:
    text = (
        "회령서 밀수꾼 공개총살…주민 천명 지켜봐\n"
        "북한 당국이 지난 9일 회령에서 밀수꾼 2명을 공개총살했다."
    )
    assert _people(text, "execution") == [2]


def test_a_camp_in_brackets_is_a_detention() -> None:
    found = _ko("그의 가족은 지난달 요덕 정치범수용소(15호 관리소)로 끌려갔다.")
    assert [e.type for e in found] == ["detention"]
    assert found[0].location is not None and found[0].location.name == "Kwalliso No. 15 Yodok"


def test_a_police_station_in_brackets_is_an_arrest() -> None:
    assert [e.type for e in _ko("그는 지난 3일 무산군 보안서(경찰서)로 끌려갔다.")] == ["arrest"]
