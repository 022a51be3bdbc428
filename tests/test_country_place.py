"""A country as the place of an event that names no town (extract.country_place)."""

from __future__ import annotations

from nkevents.detect.places import actor_country_as_place, find_places
from nkevents.extract import extract
from nkevents.model import Document


def _places(text: str, language: str = "en") -> list[tuple[str, str | None]]:
    doc = Document(id="t", text=text, language=language, published="2019-05-02")
    return [(e.type, e.location.name if e.location else None) for e in extract(doc).events]


def test_an_event_told_only_in_a_country_is_placed_there() -> None:
    assert _places("Two North Korean workers were arrested in Japan last month.") == [
        ("arrest", "Japan")
    ]
    assert _places("북한 노동자 2명이 지난달 일본에서 체포됐다.", "ko") == [("arrest", "Japan")]


def test_a_town_named_beside_the_country_wins() -> None:
    assert _places("Two North Korean workers were arrested in Osaka, Japan, last month.") == [
        ("arrest", "Osaka")
    ]


def test_a_country_set_out_from_or_escaped_from_places_nothing() -> None:
    text = "러시아에서 출항한 선박이 석탄을 옮겨 실었다."
    found = [m for m in find_places(text) if m.candidates[0].name == "Russia"]
    assert found and not actor_country_as_place(text, found[0], "smuggling")
    assert _places("Three North Koreans escaped to China in March.") == [("escape", None)]


def test_north_korea_is_never_the_place() -> None:
    text = "Two officials were arrested in North Korea last month."
    found = [m for m in find_places(text) if m.candidates[0].name == "North Korea"]
    assert found and not actor_country_as_place(text, found[0], "arrest")


def test_a_countrys_waters_are_the_country() -> None:
    assert _places("Japanese coast guards seized a North Korean boat in Chinese waters.") == [
        ("seizure", "China")
    ]


def test_a_campaign_waged_by_a_countrys_authorities_is_placed_in_that_country() -> None:
    text = "중국 당국이 이달 들어 접경 지역의 밀무역 단속을 크게 강화했다."
    assert _places(text, "ko") == [("crackdown", "China")]
    text = "말레이시아 당국은 이달 북한 노동자에 대한 단속을 강화했다."
    assert _places(text, "ko") == [("crackdown", "Malaysia")]
    text = "China's border police have stepped up a crackdown on smuggling."
    assert _places(text) == [("crackdown", "China")]


def test_authorities_that_only_helped_or_made_an_arrest_place_nothing() -> None:
    # the helpers' country is not where the campaign was waged
    text = "보위부가 중국 공안의 협조를 받아 탈북자 색출 단속을 강화했다."
    assert _places(text, "ko") == [("crackdown", None)]
    # an arrest is placed at a town told elsewhere, never at the country of the police
    text = "탈북 여성 2명이 지난달 중국 공안에 붙잡혔다.\n\n이들은 옌지의 한 식당에서 일해왔다."
    assert ("arrest", "China") not in _places(text, "ko")
    # told nowhere else, the police's country is where (the keys' convention for abroad)
    assert _places("탈북 여성 2명이 지난달 중국 공안에 붙잡혔다.", "ko") == [("arrest", "China")]
    # nor a smuggling the police uncovered
    assert _places("일본 경찰은 북한산 송이버섯을 밀수한 혐의를 적발했다.", "ko") == [
        ("smuggling", None)
    ]
