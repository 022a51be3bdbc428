"""Where a teller lives or was met, and a source's home told as a town and its province
(reports written for the project, invented happenings)."""

from __future__ import annotations

from extract_support import events_of

from nkevents.detect.places import find_places, source_home


def _places(text: str, language: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (e.type, e.location.name if e.location else None, e.location.admin1 if e.location else None)
        for e in events_of(text, language=language)
    ]


def test_a_defector_living_in_seoul_who_tells_is_not_the_place() -> None:
    text = (
        "A defector who now lives in Seoul said "
        "her brother was publicly executed in Chongjin in 2018."
    )
    assert ("execution", "Chongjin", "North Hamgyong") in _places(text, "en")


def test_a_refugee_in_seoul_who_told_us_is_not_the_place() -> None:
    text = (
        "A North Korean defector in Seoul told us "
        "that his sister was arrested in Hoeryong last month."
    )
    assert ("arrest", "Hoeryong", "North Hamgyong") in _places(text, "en")


def test_an_appositive_teller_living_in_seoul_is_not_the_place() -> None:
    text = "Lee, a defector living in Seoul, said police in Musan arrested his mother in May."
    assert ("arrest", "Musan", "North Hamgyong") in _places(text, "en")


def test_speaking_from_seoul_is_not_the_place() -> None:
    text = (
        "Speaking from Seoul, a defector said that "
        "five people were arrested in Hyesan for smuggling."
    )
    assert ("arrest", "Hyesan", "Ryanggang") in _places(text, "en")


def test_a_korean_teller_living_in_seoul_is_not_the_place() -> None:
    text = '서울에 사는 탈북민 김씨는 "오빠가 2019년 회령에서 총살됐다"고 말했다.'
    assert ("execution", "Hoeryong", "North Hamgyong") in _places(text, "ko")


def test_where_a_korean_teller_was_met_is_not_the_place() -> None:
    text = '서울에서 만난 탈북민은 "혜산에서 공개처형이 있었다"고 말했다.'
    assert ("execution", "Hyesan", "Ryanggang") in _places(text, "ko")


def test_the_town_a_punished_man_lived_in_stays_his_place() -> None:
    text = "Authorities publicly executed a man living in Wonsan for selling South Korean films."
    assert ("execution", "Wonsan", "Kangwon") in _places(text, "en")


def test_defectors_in_a_chinese_city_who_were_arrested_are_placed_there() -> None:
    text = "Two defectors in Shenyang were arrested by Chinese police last week."
    assert ("arrest", "Shenyang", "Liaoning") in _places(text, "en")


def test_a_seoul_based_group_still_speaks_from_no_place() -> None:
    text = "The Seoul-based group said three people were arrested last week for smuggling."
    assert ("arrest", None, None) in _places(text, "en")


def test_a_source_in_a_town_and_its_province_places_an_unplaced_arrest_in_the_town() -> None:
    text = (
        "A source in Hyesan, Ryanggang Province, said "
        "police arrested three people for using Chinese phones."
    )
    assert ("arrest", "Hyesan", "Ryanggang") in _places(text, "en")


def test_a_hyesan_based_source_places_an_unplaced_arrest() -> None:
    text = "Police arrested three people for using Chinese phones, a Hyesan-based source said."
    assert ("arrest", "Hyesan", "Ryanggang") in _places(text, "en")


def test_a_korean_source_in_a_province_and_town_places_the_arrest_in_the_town() -> None:
    text = '양강도 혜산시 소식통은 "최근 중국 휴대전화를 쓰던 주민 3명이 체포됐다"고 전했다.'
    assert ("arrest", "Hyesan", "Ryanggang") in _places(text, "ko")
    text = "평안북도 신의주 소식통에 따르면 밀수꾼 3명이 체포됐다."
    assert ("arrest", "Sinuiju", "North Pyongan") in _places(text, "ko")


def test_a_word_of_rank_between_a_place_and_its_source_is_no_town() -> None:
    text = "평양 고위급 소식통은 검열이 시작됐다고 말했다."
    (pyongyang,) = [m for m in find_places(text) if m.text == "평양"]
    assert not source_home(text, pyongyang)
    text = "양강도 혜산시 소식통은 검열이 시작됐다고 말했다."
    assert all(source_home(text, m) for m in find_places(text))
