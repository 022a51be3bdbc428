"""Korean clauses read for who the event was done to and what kind of event it is: victims
of an offence are not the accused, a count opening the next clause is that clause's, a
referral to prosecutors is an arrest, people shot fleeing made an escape, a river crossed to
China and a drift across the sea line are escapes.

Every sentence here is invented for the test."""

from __future__ import annotations

from nkevents.extract import extract
from nkevents.model import Document, Event


def _events(text: str, published: str = "2021-06-20") -> list[Event]:
    return extract(Document("t", text, published=published, language="ko")).events


def _one(text: str, etype: str, published: str = "2021-06-20") -> Event:
    found = [e for e in _events(text, published) if e.type == etype]
    assert len(found) == 1, [(e.type, e.date, e.people) for e in _events(text, published)]
    return found[0]


def test_the_victims_of_a_murder_are_not_the_executed() -> None:
    text = "지난 5일 청진에서 이웃 3명을 살해한 혐의로 40대 남성이 공개 총살됐다."
    assert _one(text, "execution").people == 1


def test_the_crew_killed_before_a_flight_are_not_the_people_sent_back() -> None:
    text = "정부는 지난 2일 그들이 7명의 동료 선원을 살해한 뒤 도주했다며 판문점을 통해 북송했다."
    assert _one(text, "arrest").people != 7


def test_a_count_that_opens_the_next_clause_is_not_the_executions() -> None:
    text = (
        "지난달 함흥에서 주모자 박모 씨가 사형을 선고받아 즉시 총살됐고, 3명은 무기징역을 받았다."
    )
    assert _one(text, "execution").people == 1


def test_a_referral_to_prosecutors_is_an_arrest_not_a_trial() -> None:
    text = "해경은 최근 대북제재를 위반한 혐의로 화물선 선장 1명을 기소 의견으로 검찰에 송치했다."
    assert [e.type for e in _events(text)] == ["arrest"]


def test_people_shot_dead_trying_to_flee_made_an_escape() -> None:
    text = "지난달 말 무산군에서 주민 2명이 탈북을 시도하다 국경경비대 총격에 사망했다."
    escape = _one(text, "escape")
    assert escape.people == 2 and escape.date == "2021-05"


def test_people_caught_trying_to_flee_made_no_escape() -> None:
    text = "지난 4일 회령에서 주민 3명이 탈북을 시도하다 국경경비대에 붙잡혔다."
    assert [e.type for e in _events(text)] == ["arrest"]


def test_a_river_crossed_to_a_chinese_province_is_an_escape() -> None:
    text = (
        "소식통은 경비대원 1명이 지난 3일 밤 무장한 채 강을 건너 중국 랴오닝성으로 향했다고 말했다."
    )
    escape = _one(text, "escape")
    assert escape.date == "2021-06-03"


def test_people_found_adrift_across_the_sea_line_made_an_escape() -> None:
    text = "군 당국은 지난 7일 동해에서 목선을 타고 표류하던 북한 주민 3명을 발견해 조사 중이다."
    escape = _one(text, "escape")
    assert escape.people == 3 and escape.date == "2021-06-07"
