"""A happening named again as the time of another ("Simultaneously with the execution, twelve
others were sentenced", "총살형 집행과 동시에 다른 재판도 열렸다", "처형 직후", "재판에 앞서")
adds nothing to the happening told before: that one keeps its own day and count, and the
other happening of the sentence is an event of its own, of the same day when told as at the
same time. A first telling in such a phrase stays.

Every sentence here is invented for the test."""

from __future__ import annotations

from extract_support import events_of


def _found(text: str, language: str | None = None) -> list[tuple[str, str | None, int | None]]:
    found = events_of(text, published="2021-12-22", language=language)
    return sorted(((e.type, e.date, e.people) for e in found), key=str)


def test_an_english_trial_held_at_the_same_time_is_its_own_of_that_day() -> None:
    text = (
        "On December 7 a farmer was publicly shot in Kanggye. At the same time as the "
        "execution, nine others were sentenced to five years of hard labour."
    )
    found = _found(text)
    assert ("execution", "2021-12-07", 1) in found
    assert ("trial", "2021-12-07", 9) in found


def test_a_korean_trial_held_at_the_same_time_is_its_own_of_that_day() -> None:
    text = (
        "12월 7일 강계시에서 농장원 1명이 공개 총살됐다. 총살형 집행과 동시에 다른 재판도 "
        "열려 9명에게 교화 5년형이 선고됐다."
    )
    assert _found(text, "ko") == [("execution", "2021-12-07", 1), ("trial", "2021-12-07", 9)]


def test_a_korean_trial_right_after_keeps_the_execution_whole() -> None:
    text = (
        "12월 7일 강계시에서 농장원 1명이 공개 총살됐다. "
        "처형 직후 재판이 열려 9명에게 교화형이 선고됐다."
    )
    found = _found(text, "ko")
    assert ("execution", "2021-12-07", 1) in found
    assert [t for t, _, p in found if t == "trial" and p == 9] == ["trial"]


def test_a_happening_first_told_in_such_a_phrase_stays() -> None:
    text = (
        "Shortly after the execution of four smugglers in Hyesan on December 3, police "
        "arrested two guards."
    )
    found = _found(text)
    assert ("execution", "2021-12-03", 4) in found


def test_a_sentence_opened_by_the_trial_told_adds_no_trial_of_another_month() -> None:
    text = (
        "The Central Court sentenced a Canadian aid worker to ten years of hard labour on "
        "Tuesday, state media said.\n\n"
        "Following the sentence, the aid worker's wife wrote to the premier, who had met the "
        "North's envoy at a summit in Hanoi that his officials prepared in August.\n"
    )
    assert [(t, d) for t, d, _ in _found(text)] == [("trial", "2021-12-21")]


def test_a_sentence_opened_by_the_verdict_is_its_time() -> None:
    text = (
        "A provincial court in Chongjin handed down a death sentence to a broker on 9 "
        "November.\n\n"
        "In the wake of the verdict, residents who had used the broker's services to call "
        "relatives abroad in October were summoned by the police.\n"
    )
    assert [t for t, _, _ in _found(text) if t == "trial"] == ["trial"]


def test_a_happening_first_told_after_after_stays_with_its_day() -> None:
    text = "After the arrest of three traders in Sinuiju on May 4, police searched the market."
    found = _found(text)
    assert ("arrest", "2021-05-04", 3) in found
