"""A ship or plane told as the one held is a seizure, not an arrest of people (Korean)."""

from __future__ import annotations

from extract_support import events_of


def _types(text: str, published: str = "2013-05-20") -> list[str]:
    return sorted(e.type for e in events_of(text, published=published, language="ko"))


def test_a_named_ship_held_is_a_seizure() -> None:
    text = "화물선 백두봉호는 지난달 3일 소총과 탄약을 숨겨 실은 것이 드러나 인도네시아에 억류됐다."
    assert _types(text) == ["seizure"]


def test_a_plane_held_is_a_seizure() -> None:
    text = "북한제 포탄을 싣고 떠난 수송기가 필리핀 당국에 억류됐다."
    assert _types(text) == ["seizure"]


def test_a_headline_without_particle() -> None:
    assert _types("북한산 석탄 실은 선박 베트남에 억류") == ["seizure"]


def test_crew_counted_before_stays_an_arrest() -> None:
    text = "선원 7명이 탄 어선이 러시아 국경수비대에 억류됐다."
    assert "arrest" in _types(text)


def test_people_held_stay_an_arrest() -> None:
    assert _types("북한 주민 4명이 중국 공안에 억류됐다.") == ["arrest"]


def test_words_ending_in_ho_are_no_ship() -> None:
    text = "보위부는 탈북을 도운 번호 주인을 찾아내 억류했다."
    assert "seizure" not in _types(text)


def test_korean_reading_of_dandong() -> None:
    text = "탈북자 3명이 지난 5일 중국 단동에서 공안에 체포됐다."
    found = events_of(text, published="2013-05-20", language="ko")
    arrests = [e for e in found if e.type == "arrest"]
    assert arrests and arrests[0].location is not None
    assert (arrests[0].location.name, arrests[0].location.admin1) == ("Dandong", "Liaoning")


def test_arms_secretly_loaded_are_a_trade_of_their_own() -> None:
    text = "화물선 백두봉호는 지난달 3일 소총과 탄약을 몰래 실은 것이 드러나 인도네시아에 억류됐다."
    assert _types(text) == ["seizure", "smuggling"]
