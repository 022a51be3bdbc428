"""A resident of a town who tells is a source of that town; a district the gazetteer does not
know points back at the city named before (reports written for the project, invented
happenings)."""

from __future__ import annotations

from extract_support import events_of


def _places(text: str, language: str = "en") -> list[tuple[str, str | None]]:
    return [
        (e.type, e.location.name if e.location else None)
        for e in events_of(text, language=language)
    ]


def test_a_resident_who_tells_places_an_unplaced_arrest_in_his_town() -> None:
    text = "A resident of Hyesan said three people were arrested last week for using phones."
    assert ("arrest", "Hyesan") in _places(text)


def test_a_resident_told_of_is_still_no_place() -> None:
    text = "The most powerful man in Hyesan was arrested last week for taking bribes."
    assert ("arrest", "Hyesan") not in _places(text)


def test_a_resident_who_tells_gives_way_to_the_place_he_tells_of() -> None:
    text = "A resident of Hyesan said three people were arrested in Musan last week."
    assert ("arrest", "Musan") in _places(text)


def test_an_unknown_district_points_back_at_the_city_before() -> None:
    text = (
        "Police in Chongjin have launched a campaign against drug use.\n"
        "On Tuesday they arrested seven people in the Sunam district.\n"
    )
    assert ("arrest", "Chongjin") in _places(text)


def test_an_unknown_korean_district_points_back_at_the_city_before() -> None:
    text = "청진시 보안서가 마약 단속에 나섰다.\n지난 3일 신암구역에서 주민 7명이 체포됐다.\n"
    assert ("arrest", "Chongjin") in _places(text, "ko")
