"""North Koreans sent out or taken in abroad, told in other words: a diplomat expelled,
declared persona non grata or ordered to leave is an arrest with the penalty `expulsion`; a
country, or its authorities told by their adjective, that acted places the arrest when no
town is named."""

from __future__ import annotations

import pytest
from extract_support import events_of, one_event


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("Ruritania expelled a North Korean diplomat on Monday over smuggled cigarettes.", None),
        ("Norway declared the North Korean envoy persona non grata on Friday.", None),
        ("Peru on Tuesday gave the North Korean ambassador 72 hours to leave the country.", None),
        ("네팔 정부는 5일 북한 외교관 2명을 추방했다고 밝혔다.", "Nepal"),
        ("스페인 정부는 북한 대사를 기피인물로 지정했다고 밝혔다.", "Spain"),
        ("페루 당국은 지난달 밀주를 팔던 북한 외교관에 대해 출국 조치를 내렸다.", "Peru"),
    ],
)
def test_a_diplomat_sent_out_is_an_arrest_with_expulsion(text: str, where: str | None) -> None:
    e = one_event(text, "arrest", published="2017-03-20")
    assert e.penalty is not None and e.penalty.kind == "expulsion"
    if where is not None:
        assert e.location is not None and e.location.name == where
    assert e.charges == [] or "smuggling" in e.charges


@pytest.mark.parametrize(
    "text",
    [
        "베트남 공안에 체포된 탈북민 8명이 지난 9일 중국으로 추방됐다.",
        "Some 30 North Korean workers were expelled from Poland on 3 May.",
    ],
)
def test_a_handover_told_as_expulsion_keeps_no_penalty(text: str) -> None:
    e = one_event(text, "arrest", published="2017-06-20")
    assert e.penalty is None


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("Vietnamese police detained eight North Korean defectors on Saturday.", "Vietnam"),
        ("Mongolian border guards have detained six North Korean women last week.", "Mongolia"),
        ("Six North Korean women were arrested by Laotian police on Saturday.", "Laos"),
        ("Bangladeshi police arrested a North Korean trade official carrying gold bars.", None),
    ],
)
def test_authorities_told_by_their_adjective_place_the_arrest(text: str, where: str | None) -> None:
    e = one_event(text, "arrest", published="2017-06-20")
    assert e.location is not None
    assert e.location.name == (where or "Bangladesh")


@pytest.mark.parametrize(
    "text",
    [
        "Security agents arrested three traders with Chinese-made phones on Saturday.",
        "Chinese traders said security agents arrested a smuggler on Saturday.",
        "Police arrested two smugglers who sold Chinese phones to Chinese traders on Saturday.",
    ],
)
def test_an_adjective_that_is_not_an_authority_places_nothing(text: str) -> None:
    for e in events_of(text, published="2017-06-20"):
        assert e.location is None or e.location.name != "China"


@pytest.mark.parametrize(
    ("text", "where", "people"),
    [
        ("Norway declared the North Korean envoy persona non grata on Friday.", "Norway", 1),
        ("The Polish foreign ministry ordered North Korea's ambassador to leave.", "Poland", 1),
        ("Three North Korean embassy officials were expelled from Chile on 2 May.", "Chile", 3),
        ("Peru on Tuesday gave the North Korean consul 48 hours to leave the country.", "Peru", 1),
    ],
)
def test_an_expulsion_told_around_its_object_keeps_country_and_envoy(
    text: str, where: str, people: int
) -> None:
    e = one_event(text, "arrest", published="2017-03-20")
    assert e.penalty is not None and e.penalty.kind == "expulsion"
    assert e.location is not None and e.location.name == where
    assert e.people == people


def test_a_person_stopped_at_an_airport_is_caught() -> None:
    text = "A North Korean man was stopped at Vladivostok airport with 3 kilograms of gold."
    e = one_event(text, "arrest", published="2017-03-20")
    assert e.location is not None and e.location.name == "Vladivostok"


@pytest.mark.parametrize(
    "text",
    [
        "The shipment was stopped at the airport on 2 May.",
        "Trade was stopped at customs for a week in May.",
        "The ministry ordered the factory to leave the riverside by June.",
    ],
)
def test_goods_stopped_or_orders_to_move_are_no_arrest(text: str) -> None:
    assert "arrest" not in {e.type for e in events_of(text, published="2017-06-20")}


@pytest.mark.parametrize(
    ("text", "where", "people"),
    [
        ("Poland expels North Korean envoy over smuggled cigarettes", "Poland", 1),
        ("The expulsion of three North Korean diplomats from Peru came on 2 May.", "Peru", 3),
        ("Some 25 North Korean workers were deported from Poland on 2 May.", "Poland", 25),
        ("네팔 외교부는 지난 2일 북한 외교관에게 추방 명령을 내렸다.", "Nepal", 1),
        ("일본 해상보안청은 지난 2일 북한 어선 선원 3명을 체포했다고 밝혔다.", "Japan", 3),
    ],
)
def test_sent_out_from_a_country_is_placed_there(text: str, where: str, people: int) -> None:
    e = one_event(text, "arrest", published="2017-06-20")
    assert e.location is not None and e.location.name == where
    assert e.people == people


def test_a_foreign_ministry_telling_of_an_arrest_places_nothing() -> None:
    text = "한국 외교부는 탈북민 5명이 지난 2일 체포된 사실을 확인했다고 밝혔다."
    for e in events_of(text, published="2017-06-20"):
        assert e.location is None or e.location.name != "South Korea"
