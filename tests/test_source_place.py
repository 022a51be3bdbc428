"""Where a report's sources are, when it names no other place, is where its happenings were;
a source's home is never taken for the scene of a crime (reports written for the project,
invented happenings)."""

from __future__ import annotations

from nkevents.extract import extract
from nkevents.model import Document


def _events(text: str, language: str = "ko") -> list[tuple[str, str | None]]:
    doc = Document("t", text, published="2021-10-30", language=language)
    return [(e.type, e.location.name if e.location else None) for e in extract(doc).events]


def test_a_korean_trial_told_by_a_provincial_source_is_not_placed_at_the_crime() -> None:
    text = (
        "함경북도 소식통은 28일 “마약 판매와 밀수죄로 붙잡힌 장사꾼들이 이달 초 재판을 "
        "받았다”고 말했다.\n\n한편 혜산에서는 지난달 국경경비대원 2명이 체포됐다.\n"
    )
    assert ("trial", "North Hamgyong") in _events(text)


def test_a_chinese_county_glossed_in_brackets_is_where_its_trial_was() -> None:
    text = (
        "최근 중국 지린(吉林)성 투먼(圖們)현에서 인신매매 혐의로 붙잡힌 탈북민이 징역 "
        "10년형을 선고받은 것으로 전해졌다.\n"
    )
    assert ("trial", "Tumen") in _events(text)


def test_the_sources_province_places_a_trial_told_in_another_paragraph() -> None:
    text = (
        "마약을 팔던 주민들이 최근 재판에서 중형을 선고받았다고 내부 소식통이 전했다.\n\n"
        "함경북도 소식통은 28일 “주모자인 여성은 무기교화형을 받았다”고 말했다.\n"
    )
    assert ("trial", "North Hamgyong") in _events(text)


def test_an_english_source_based_in_a_province_places_an_unplaced_smuggling() -> None:
    text = (
        "Smugglers of used clothing have been bringing goods across the river at night "
        "despite the new rules.\n\n"
        "“Those who smuggle now pay twice the bribe they paid last year,” a source based in "
        "North Hamgyong Province said on Tuesday.\n"
    )
    assert ("smuggling", "North Hamgyong") in _events(text, "en")


def test_a_report_naming_another_town_takes_nothing_from_its_source() -> None:
    text = (
        "마약을 팔던 주민들이 최근 재판에서 중형을 선고받았다고 내부 소식통이 전했다.\n\n"
        "함경북도 소식통은 28일 “회령에서는 지난달 밀수꾼 여러 명이 붙잡혔다”고 말했다.\n"
    )
    assert ("trial", "North Hamgyong") not in _events(text)


def test_a_campaign_told_by_a_provincial_source_stays_nationwide() -> None:
    text = "북한 당국이 이달 들어 휴대전화 단속을 강화했다고 함경북도 소식통이 28일 전했다.\n"
    assert ("crackdown", None) in _events(text)
