"""A camp told as where an execution or arrest took place is its place; a camp people were
sent to is not (reports written for the project, invented happenings)."""

from __future__ import annotations

from extract_support import events_of


def _places(text: str, language: str) -> list[tuple[str, str | None]]:
    return [
        (e.type, e.location.name if e.location else None)
        for e in events_of(text, language=language)
    ]


def test_an_execution_at_a_prison_camp_is_placed_at_the_camp() -> None:
    text = "A prisoner was publicly executed at the Jongori prison camp last year."
    assert ("execution", "Kyohwaso No. 12 Chongori") in _places(text, "en")


def test_guards_at_a_camp_who_executed_prisoners_place_it_at_the_camp() -> None:
    text = "Guards at the Yodok camp executed two prisoners who had tried to escape."
    assert ("execution", "Kwalliso No. 15 Yodok") in _places(text, "en")


def test_a_korean_execution_in_a_camp_is_placed_at_the_camp() -> None:
    text = "요덕 관리소에서 탈출을 시도한 수감자 2명이 총살됐다."
    assert ("execution", "Kwalliso No. 15 Yodok") in _places(text, "ko")
    text = "전거리교화소에서 수감자 1명이 공개처형됐다."
    assert ("execution", "Kyohwaso No. 12 Chongori") in _places(text, "ko")


def test_a_camp_someone_was_sent_to_before_an_execution_is_not_its_place() -> None:
    text = "He was sent to the Yodok camp in 2015 and was executed there a year later."
    assert ("execution", "Kwalliso No. 15 Yodok") not in _places(text, "en")
    text = "그는 요덕 관리소로 보내진 뒤 총살됐다."
    assert ("execution", "Kwalliso No. 15 Yodok") not in _places(text, "ko")


def test_a_trial_sending_people_to_a_camp_is_not_placed_there() -> None:
    text = "A court sentenced the two smugglers to ten years at the Jongori prison camp."
    assert ("trial", "Kyohwaso No. 12 Chongori") not in _places(text, "en")
