"""A facility named only as where a trade or a seizure took place holds no one: the facility
is that happening's place, not a detention of its own; a facility where people are held, sent
or serving stays a detention (invented sentences)."""

from __future__ import annotations

from extract_support import events_of


def _types(text: str, language: str) -> list[str]:
    return sorted(e.type for e in events_of(text, published="2020-06-01", language=language))


def test_guards_smuggling_at_a_camp_give_the_trade_only() -> None:
    text = "Guards at the Chongori kyohwaso smuggled 30 kilograms of copper into China on May 3.\n"
    events = events_of(text, published="2020-06-01", language="en")
    assert [e.type for e in events] == ["smuggling"]
    place = events[0].location
    assert place is not None and place.kind == "labor_camp"


def test_a_seizure_at_a_camp_gives_the_seizure_only() -> None:
    text = "Police seized 2 kilograms of methamphetamine at the Hoeryong kyohwaso on May 3.\n"
    events = events_of(text, published="2020-06-01", language="en")
    assert [e.type for e in events] == ["seizure"]
    assert events[0].location is not None and events[0].location.admin1 == "North Hamgyong"


def test_people_sent_to_the_camp_stay_a_detention() -> None:
    text = (
        "Smugglers were arrested and sent to the Chongori kyohwaso on May 3 after "
        "smuggling copper.\n"
    )
    assert "detention" in _types(text, "en")


def test_people_sent_to_a_camp_alone_stay_a_detention() -> None:
    assert _types("He was sent to the Chongori kyohwaso in May 2019.\n", "en") == ["detention"]


def test_korean_seizure_at_a_camp_gives_the_seizure_only() -> None:
    text = "보위부는 5월 3일 회령 교화소에서 필로폰 2킬로그램을 압수했다.\n"
    assert _types(text, "ko") == ["seizure"]


def test_korean_guards_smuggling_at_a_camp_give_the_trade_only() -> None:
    text = "5월 3일 전거리 교화소 경비원들이 구리 30킬로그램을 중국으로 밀수했다.\n"
    assert _types(text, "ko") == ["smuggling"]


def test_korean_people_locked_up_in_the_camp_stay_a_detention() -> None:
    text = "보위부는 5월 3일 밀수꾼 2명을 회령 교화소에 수감하고 구리를 압수했다.\n"
    assert "detention" in _types(text, "ko")


def test_korean_holding_cell_with_a_verb_of_holding_stays_a_detention() -> None:
    text = "보위원들은 5월 3일 그를 보위부 구류장에 감금한 후 그의 집에서 외화를 몰수했다.\n"
    assert "detention" in _types(text, "ko")
