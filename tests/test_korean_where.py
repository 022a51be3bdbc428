"""Korean places and days inside longer phrases (reports written for the project, invented
happenings): a town that heads a phrase of where, a headline's "X서", a day before a noun."""

from __future__ import annotations

import pytest
from extract_support import one_event

from nkevents.detect.dates import find_dates


@pytest.mark.parametrize(
    "text",
    [
        # the town heads a phrase of where, the neighbourhood after it unknown to the gazetteer
        "혜산시 연봉동에서 지난 5일 마약 밀매범 1명이 공개 처형됐다고 소식통이 전했다.\n",
        "혜산시 공설운동장에서 지난 5일 밀수꾼 1명이 총살됐다고 소식통이 전했다.\n",
    ],
)
def test_a_town_before_a_neighbourhood_is_where_even_beside_a_charge(text: str) -> None:
    event = one_event(text, "execution", published="2021-03-12", language="ko")
    assert event.location is not None and event.location.name == "Hyesan"
    assert event.date == "2021-03-05"


def test_a_headline_place_written_with_seo_is_where() -> None:
    # "회령서": 회령에서, as headlines write it
    text = (
        "회령서 공개재판\n\n지난 8일 열린 공개재판에서 인신매매범 2명에게 교화 15년이 선고됐다.\n"
    )
    event = one_event(text, "trial", published="2021-03-12", language="ko")
    assert event.location is not None and event.location.name == "Hoeryong"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("장마당에서 지난 3일 여성 2명이 체포됐다", ["2021-03-03"]),  # 여성, not 3일여
        ("지난 3일 간부들이 체포됐다", ["2021-03-03"]),  # 간부, not 3일간
        ("지난 3일 전국적으로 단속이 시작됐다", ["2021-03-03"]),  # 전국, not 3일 전
        ("3일 만에 체포됐다", []),
        ("3일 동안에 조사했다", []),
        ("3일 간 조사했다", []),
        ("10일여 만에 풀려났다", []),
    ],
)
def test_a_day_before_a_noun_is_a_day_and_a_length_is_none(text: str, expected: list[str]) -> None:
    assert [d.value for d in find_dates(text, "2021-03-12", "ko")] == expected


def test_a_chinese_city_written_with_its_suffix_is_that_city() -> None:
    text = "중국 랴오닝성 단둥시에서 지난 3일 탈북민 2명이 공안에 체포됐다.\n"
    event = one_event(text, "arrest", published="2021-03-12", language="ko")
    assert event.location is not None and event.location.name == "Dandong"


def test_sinwon_alone_is_the_word_for_identity_not_the_county() -> None:
    # "신원 확인": an identity check; 신원군 would still be the county
    text = "중국 공안은 지난 3일 신원 확인 끝에 탈북민 2명을 체포했다.\n"
    event = one_event(text, "arrest", published="2021-03-12", language="ko")
    assert event.location is None or event.location.name != "Sinwon"


@pytest.mark.parametrize(
    "text",
    [
        "지난 3일 연탄을 훔쳐 판 주민 2명이 체포됐다.\n",  # 연탄: briquettes, not Yontan
        "지난 3일 당 세포 비서 2명이 체포됐다.\n",  # 세포: a party cell, not Sepho
        "지난 3일 인민위원회 위원 2명이 체포됐다.\n",  # 위원: a member, not Wiwon
        "지난 3일 연안 경비대가 밀수꾼 2명을 체포했다.\n",  # 연안: the coast, not Yonan
    ],
)
def test_a_common_word_that_spells_a_county_places_nothing(text: str) -> None:
    event = one_event(text, "arrest", published="2021-03-12", language="ko")
    assert event.location is None, event.location


def test_a_headline_of_two_clauses_gives_each_its_own_place_and_count() -> None:
    # "회령서 ...…무산에선 3명 ...": the execution in Hoeryong, the three sent from Musan
    title = "회령서 공개처형…무산에선 3명 단련대행"
    text = (
        f"{title}\n함경북도 회령시에서 지난 5일 공개재판이 열려 구리 밀매 혐의로 주민 1명이 "
        "총살됐다고 소식통이 9일 전했다. 한편 보위부는 지난달 중순 무산군에서 중국 상인과 "
        "몰래 거래하던 주민 3명을 체포했다. 이들은 노동단련대 6개월 처벌을 받았다고 소식통은 "
        "덧붙였다.\n"
    )
    execution = one_event(text, "execution", published="2025-08-12", language="ko")
    assert execution.people == 1
    detention = one_event(text, "detention", published="2025-08-12", language="ko")
    assert detention.location is not None and detention.location.name == "Musan"
