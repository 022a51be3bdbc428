"""A capture and a hand-over told in one sentence, each with its own date: two links."""

from __future__ import annotations

from extract_support import events_of


def _arrest_dates(text: str, language: str) -> list[str | None]:
    found = events_of(text, language=language)
    return sorted(e.date or "" for e in found if e.type == "arrest")


def test_a_korean_capture_joined_to_its_hand_over_keeps_the_date_before_its_word() -> None:
    # a Korean date leads its verb: the month after "붙잡혀" is the hand-over's
    text = "이씨는 지난 5월 중국 공안에 붙잡혀 6월 강제북송됐다."
    assert _arrest_dates(text, "ko") == ["2019-05", "2019-06"]
    text = "김씨는 3월 중국 공안에 체포돼 4월 북송됐다."
    assert _arrest_dates(text, "ko") == ["2019-03", "2019-04"]


def test_a_korean_capture_with_no_date_before_it_is_the_hand_overs_restatement() -> None:
    text = "탈북민 5명이 중국 공안에 체포돼 지난 12일 북송됐다."
    assert _arrest_dates(text, "ko") == ["2019-11-12"]


def test_a_korean_capture_whose_clause_is_over_keeps_its_own_date() -> None:
    # "체포됐고": the clause of the capture is over; each verb has its date already
    text = "이씨는 지난 5월 체포됐고, 6월 강제북송됐다."
    assert _arrest_dates(text, "ko") == ["2019-05", "2019-06"]


def test_sent_back_in_korean_words_is_a_hand_over_link() -> None:
    text = "이씨는 지난 5월 중국 공안에 붙잡혀 6월 북한으로 돌려보내졌다."
    assert _arrest_dates(text, "ko") == ["2019-05", "2019-06"]


def test_handed_back_and_returned_to_the_north_are_hand_over_links() -> None:
    text = (
        "The man was arrested by Chinese police on March 5 and handed back to the North on April 1."
    )
    assert _arrest_dates(text, "en") == ["2019-03-05", "2019-04-01"]
    text = (
        "The woman was caught in Yanji on 2 June and forcibly returned to North Korea on 20 June."
    )
    assert _arrest_dates(text, "en") == ["2019-06-02", "2019-06-20"]


def test_a_hand_over_feared_is_no_link() -> None:
    text = "The man was arrested by Chinese police on March 5 and fears being sent back."
    assert _arrest_dates(text, "en") == ["2019-03-05"]
