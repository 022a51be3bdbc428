"""A happening told again across lede and body is one event."""

from __future__ import annotations

from nkevents.extract import extract
from nkevents.model import Document, Event


def _events(text: str, language: str) -> list[Event]:
    doc = Document("t", text, title=None, published="2019-05-31", language=language)
    return extract(doc).events


def test_the_one_of_the_lede_is_one_of_those_named_in_the_body() -> None:
    # "a senior official" in the lede, "X ... along with four officials" in the body
    text = (
        "North Korea executed a senior trade official earlier this year, a South Korean "
        "newspaper reported on Friday. Ri Chol Nam, the official, was shot by firing squad in "
        "Pyongyang in March along with four of his deputies, the newspaper said."
    )
    found = _events(text, "en")
    assert [(e.type, e.date, e.people) for e in found] == [("execution", "2019-03", 5)]


def test_one_named_with_others_of_another_month_stays_apart() -> None:
    text = (
        "A railway dispatcher was shot in Kilju in March for selling diesel. "
        "Kim Chol, a miner, was shot in Kilju in May along with four others."
    )
    assert len([e for e in _events(text, "en") if e.type == "execution"]) == 2


def test_a_county_and_its_seat_are_one_place() -> None:
    # the lede names the county (무산군), the quote its seat (무산읍)
    text = (
        "함경북도 무산군에서 중국 손전화로 통화하던 주민 5명이 보위부에 잡혀갔다고 소식통이 "
        '전했다. 소식통은 "지난 2일 밤 무산읍에서 주민 다섯 명이 한꺼번에 끌려갔다"고 말했다.'
    )
    assert [e.type for e in _events(text, "ko")] == ["arrest"]


def test_a_korean_passive_participle_refers_back() -> None:
    # "붙잡힌 밀수꾼들은 ... 출신": who the people caught are, not another arrest
    text = (
        '양강도 혜산시에서 밀수꾼 3명이 체포됐다. 소식통은 "지난 4일 혜산시 압록강 기슭에서 '
        '밀수꾼 3명이 국경경비대에 붙잡혔다"고 말했다. 소식통은 "붙잡힌 밀수꾼들은 '
        '김정숙군 출신"이라고 덧붙였다.'
    )
    assert [e.type for e in _events(text, "ko") if e.type == "arrest"] == ["arrest"]


def test_one_of_the_people_told_again_at_the_river_is_the_same_arrest() -> None:
    # the lede counts two, a later sentence tells of one of them caught that day on the bank
    text = (
        '양강도 국경경비대 소속 군인 2명이 밀수를 하다 적발돼 체포됐다. 소식통은 "지난 5일 '
        '군인 2명이 근무 중 밀수를 하다 보위소대에 적발됐다"고 전했다.\n\n'
        "소식통에 따르면 두 사람은 같은 근무조였다.\n\n"
        "상급병사는 사건 당일인 5일 새벽 구리를 넘기려다 압록강 기슭에서 체포됐다."
    )
    found = [e for e in _events(text, "ko") if e.type == "arrest"]
    assert len(found) == 1 and found[0].people == 2


def test_one_person_on_another_day_stays_apart() -> None:
    text = (
        "군인 2명이 지난 5일 밀수를 하다 혜산에서 체포됐다.\n\n"
        "한편 지난 20일에는 다른 부대의 상급병사가 압록강 기슭에서 체포됐다."
    )
    assert len([e for e in _events(text, "ko") if e.type == "arrest"]) == 2


def test_twin_towns_across_the_river_are_one_place() -> None:
    # the arrest told from the Chinese bank (창바이) and from the North Korean one (혜산)
    text = (
        "중국 창바이현 공안이 이달 초 북한 마약 밀수 조직원 4명을 체포했다. 창바이의 한 "
        '소식통은 "혜산에서 빙두를 들여오던 밀수 조직원 4명이 이달 초 붙잡혔다"고 말했다.'
    )
    assert len([e for e in _events(text, "ko") if e.type == "arrest"]) == 1


def test_towns_far_apart_stay_apart() -> None:
    text = (
        "Police in Dandong arrested four North Korean traders on 3 May. "
        "Border guards in Hyesan arrested four smugglers on 3 May."
    )
    assert len([e for e in _events(text, "en") if e.type == "arrest"]) == 2
