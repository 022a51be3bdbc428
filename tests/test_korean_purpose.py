"""Korean clauses that tell what an act was for or what a rule makes a duty: the act is not
done. Every sentence here is invented for the test."""

from __future__ import annotations

from nkevents.extract import extract
from nkevents.model import Document, Event


def _events(text: str, published: str = "2021-11-02") -> list[Event]:
    return extract(Document("t", text, published=published, language="ko")).events


def test_a_search_to_arrest_a_deserter_arrests_no_one() -> None:
    text = "보위국은 달아난 병사를 체포하기 위해 열흘간 수색에 나섰지만 그를 찾지 못했다."
    assert "arrest" not in [e.type for e in _events(text)]


def test_an_arrest_made_for_a_purpose_is_still_an_arrest() -> None:
    text = "보안서는 지난 3일 밀수 경로를 캐기 위해 혜산의 상인 2명을 체포했다."
    arrests = [e for e in _events(text) if e.type == "arrest"]
    assert len(arrests) == 1 and arrests[0].people == 2


def test_a_hunt_for_the_capture_of_fugitives_is_no_arrest() -> None:
    text = "당국은 탈북자 검거를 위해 국경 마을마다 숙박 검열을 벌이고 있다."
    assert "arrest" not in [e.type for e in _events(text)]


def test_holding_made_a_duty_by_a_resolution_holds_nothing() -> None:
    text = "새 결의는 제재 위반이 의심되는 선박의 억류를 의무화하고 정제유 공급 상한을 낮췄다."
    assert "seizure" not in [e.type for e in _events(text)]
    assert "arrest" not in [e.type for e in _events(text)]
