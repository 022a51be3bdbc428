"""What is done to a kind of people, told in the present or as a possibility, is no event."""

from __future__ import annotations

import pytest

from nkevents.extract import extract
from nkevents.model import Document, Event


def _events(text: str) -> list[Event]:
    doc = Document("t", text, title=None, published="2022-06-01", language="en")
    return extract(doc).events


@pytest.mark.parametrize(
    "text",
    [
        "China routinely returns the North Koreans it catches, and those sent back face "
        "harsh punishment, including imprisonment in labour camps.",
        "North Koreans repatriated from China typically face interrogation and detention.",
        "Those found watching foreign films can be sent to labour camps or even executed.",
        "Repatriated defectors are usually interrogated by the Ministry of State Security.",
        "People caught smuggling are fined or sent to labour training camps.",
        "Smuggling across the Yalu has long been a lifeline for border towns.",
        "Labour camps are not managed by the security ministry but by the police.",
    ],
)
def test_generic_statements_are_no_events(text: str) -> None:
    assert _events(text) == []


def test_a_dated_happening_in_a_generic_frame_stays() -> None:
    # a date of its own: one happening, whatever the sentence says of the kind
    text = "Two women were arrested in Hyesan on 3 May and face long prison terms, a source said."
    assert [e.type for e in _events(text)] == ["arrest"]


def test_a_release_that_may_come_tells_no_detention() -> None:
    text = (
        "Two women were arrested in Hyesan on 3 May, a source said. When their term "
        "ends, the prisoners can be released."
    )
    assert [e.type for e in _events(text)] == ["arrest"]


@pytest.mark.parametrize(
    "text",
    [
        "북송된 탈북민들은 보위부에서 혹독한 조사를 받고 교화소에 보내진다.",
        "밀수하다 걸린 주민들은 벌금을 내거나 노동단련대에 보내진다.",
        "탈북하다 붙잡힌 사람들은 정치범수용소로 끌려가기도 한다.",
    ],
)
def test_korean_generic_present_is_no_event(text: str) -> None:
    doc = Document("t", text, title=None, published="2022-06-01", language="ko")
    assert extract(doc).events == []


def test_korean_report_at_second_hand_stays() -> None:
    # "...체포됐다고 한다": a report told at second hand, not the plain present
    text = "지난달 혜산시에서 밀수를 하던 주민 3명이 보위부에 체포됐다고 한다."
    doc = Document("t", text, title=None, published="2022-06-01", language="ko")
    assert "arrest" in [e.type for e in extract(doc).events]


@pytest.mark.parametrize(
    "text",
    [
        # a yearly toll counted in words
        "Rights groups say thousands of North Koreans are held in Chinese jails each year.",
        # a career told as background
        "Park said that during his years as a border guard he arrested dozens of smugglers.",
        # a doubt and a rumour
        "It was not clear whether the minister had been shot or sent to a prison camp.",
        "Rumours that the singer had been executed spread quickly through the capital.",
    ],
)
def test_tolls_careers_doubts_and_rumours_are_no_events(text: str) -> None:
    assert _events(text) == []


def test_a_counted_hand_over_beside_a_possible_fate_stays() -> None:
    # "about 50" counts the people handed over; "could face" is their possible fate
    text = (
        "China has deported about 50 North Korean escapees, including soldiers who could "
        "face severe punishment, a source said."
    )
    assert [e.type for e in _events(text)] == ["arrest"]


@pytest.mark.parametrize(
    "text",
    [
        "그가 처형됐는지 수용소로 보내졌는지는 확인되지 않았다.",
        "평양에서는 유명 가수가 총살됐다는 소문이 돌고 있다.",
        "김씨는 국경경비대원으로 복무할 때 밀수꾼 수십 명을 체포했다고 말했다.",
        "해마다 수천 명의 탈북민이 중국에서 체포돼 북송된다.",
    ],
)
def test_korean_doubts_rumours_careers_and_yearly_tolls_are_no_events(text: str) -> None:
    doc = Document("t", text, title=None, published="2022-06-20", language="ko")
    assert extract(doc).events == []


@pytest.mark.parametrize(
    "text",
    [
        # news of one, not a rumour
        "지난달 15일 혜산에서 인신매매범 2명이 총살됐다는 소식이 전해졌다.",
        # 판매해온: a trade carried on, no year word (매해) inside it
        "여러 해 마약을 판매해온 일당 10여 명이 이달 초 안전부에 체포됐다.",
    ],
)
def test_korean_news_of_one_stays(text: str) -> None:
    doc = Document("t", text, title=None, published="2022-06-20", language="ko")
    assert len(extract(doc).events) >= 1


def test_korean_view_of_what_will_come_is_no_event() -> None:
    # the sweep is what the agency does whenever; the arrest a view of what will come
    text = (
        "이달 초 회령시에서 한국 영화를 보던 대학생 1명이 보위부에 체포됐다. 보위부는 영상의 "
        "출처를 캐내 관련자를 모두 소탕하는데 온 힘을 쏟기 때문에 친구들도 곧 체포될 것이라는 "
        "관측이 나오고 있다."
    )
    doc = Document("t", text, title=None, published="2022-06-20", language="ko")
    assert [e.type for e in extract(doc).events] == ["arrest"]


def test_custody_of_days_released_is_the_arrest_not_a_detention() -> None:
    text = (
        "A Canadian student was arrested in Pyongyang on 25 June, his family said. He was "
        "freed from detention on Thursday after being held for over a week."
    )
    assert [e.type for e in _events(text)] == ["arrest"]


def test_a_release_from_a_camp_after_weeks_tells_a_detention() -> None:
    text = (
        "A Canadian pastor arrested in Pyongyang in June was released from a labour camp on "
        "Thursday after being held for six weeks, his family said."
    )
    assert "detention" in [e.type for e in _events(text)]
