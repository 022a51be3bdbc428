"""Korean reports of ships held: a vessel kept or barred from leaving is a seizure, not an
arrest of people; a sanctions committee or its panel named as a source is no measure.

Every sentence here is invented for the test."""

from __future__ import annotations

from nkevents.extract import extract
from nkevents.model import Document, Event


def _events(text: str, published: str = "2021-06-20") -> list[Event]:
    return extract(Document("t", text, published=published, language="ko")).events


def _types(text: str, published: str = "2021-06-20") -> list[str]:
    return sorted(e.type for e in _events(text, published))


def test_a_named_ship_held_by_an_authority_is_a_seizure() -> None:
    text = "석탄 3만 톤을 실은 '푸른바다'호가 지난해 8월 필리핀 당국에 의해 억류됐다고 밝혔다."
    assert _types(text) == ["seizure"]
    assert _events(text)[0].date == "2020-08"


def test_a_vessel_the_government_held_is_a_seizure() -> None:
    text = "정부는 지난 3월 이 선박을 부산항에서 억류해 조사를 벌였다."
    assert "arrest" not in _types(text)
    assert "seizure" in _types(text)


def test_a_vessel_kept_from_leaving_port_is_a_seizure() -> None:
    text = "해당 유조선은 지난해 11월부터 출항이 보류된 상태다."
    events = _events(text)
    assert [e.type for e in events] == ["seizure"]


def test_a_crew_held_with_their_boat_is_still_an_arrest() -> None:
    text = "러시아 당국은 지난 5일 어선 1척과 선원 7명을 억류했다."
    assert "arrest" in _types(text)


def test_a_foreigner_held_is_an_arrest() -> None:
    text = "북한은 지난달 10일 평양을 방문한 미국인 관광객 1명을 억류했다."
    assert _types(text) == ["arrest"]


def test_a_sanctions_committees_panel_cited_as_a_source_is_no_sanction() -> None:
    text = (
        "유엔 안보리 대북제재위원회 전문가패널은 최근 보고서에서 철광석을 실은 '새별'호가 "
        "지난해 6월 태국 당국에 의해 억류됐다고 밝혔다."
    )
    assert _types(text) == ["seizure"]


def test_a_designation_by_the_sanctions_committee_is_a_sanction() -> None:
    text = "유엔 안보리 대북제재위원회는 지난 5일 북한 화물선 3척을 제재 대상으로 지정했다."
    events = _events(text)
    assert [e.type for e in events] == ["sanction"]
    assert events[0].date == "2021-06-05"
