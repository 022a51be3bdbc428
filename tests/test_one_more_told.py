"""One more happening told in other words: "Another woman was arrested" counts one person
apart from the one told; "the same month", "later that year", "같은 달", "그해" date a
happening told apart by the month or year named before."""

from __future__ import annotations

from extract_support import events_of


def _of(text: str, etype: str) -> list[tuple[str | None, int | None]]:
    found = [e for e in events_of(text, language=None) if e.type == etype]
    return sorted(((e.date or ""), e.people) for e in found)


def test_another_person_is_one_more_of_one() -> None:
    text = (
        "A woman was arrested in Hyesan on May 3 for selling copper. Another woman was "
        "arrested the next day for the same offence."
    )
    assert _of(text, "arrest") == [("2019-05-03", 1), ("2019-05-04", 1)]


def test_the_same_month_dates_the_happening_told_apart() -> None:
    text = (
        "An official was executed in Pyongyang on October 3. Later that month, two traders "
        "were executed in Nampo."
    )
    assert _of(text, "execution") == [("2019-10", 2), ("2019-10-03", 1)]


def test_a_korean_same_month_dates_the_happening_told_apart() -> None:
    text = "평양에서 지난달 간부 1명이 처형됐다. 같은 달 남포에서도 밀수를 한 주민 2명이 처형됐다."
    assert _of(text, "execution") == [("2019-10", 1), ("2019-10", 2)]


def test_the_same_year_gives_the_year_only() -> None:
    text = "2017년 3월 혜산에서 2명이 처형됐다. 같은 해 회령에서도 3명이 처형됐다."
    assert _of(text, "execution") == [("2017", 3), ("2017-03", 2)]


def test_a_day_of_the_same_month_is_that_day_of_the_month() -> None:
    text = "2017년 9월 10일 혜산에서 2명이 체포됐다. 같은 달 24일 회령에서도 3명이 체포됐다."
    assert _of(text, "arrest") == [("2017-09-10", 2), ("2017-09-24", 3)]


def test_another_or_a_kin_as_the_object_is_one_person_with_the_verbs_date() -> None:
    text = "Police arrested another broker in Onsong on June 9."
    assert _of(text, "arrest") == [("2019-06-09", 1)]
    text = (
        "Security agents arrested a woman in Hyesan in May for selling phones. In July, "
        "agents arrested her husband in Pyongyang."
    )
    assert _of(text, "arrest") == [("2019-05", 1), ("2019-07", 1)]


def test_a_kin_joined_to_others_is_no_one_person() -> None:
    assert _of("Police arrested his wife and children in Hyesan.", "arrest") == [("", None)]


def test_another_happening_after_the_verb_still_keeps_its_date() -> None:
    text = "Police arrested a broker in Onsong, adding that another raid took place in 2018."
    assert _of(text, "arrest") == [("", 1)]


def test_a_korean_kin_told_as_the_subject_is_one_person() -> None:
    text = "혜산에서 지난 2일 구리를 밀매한 남성이 체포됐다. 이 남성의 아내도 지난 5일 체포됐다."
    assert _of(text, "arrest") == [("2019-11-02", 1), ("2019-11-05", 1)]


def test_a_korean_penalty_ending_is_no_kin() -> None:
    # 형 ("노동교화형을"): a penalty, not an elder brother
    found = events_of("주민 3명이 지난 5일 노동교화형을 선고받았다.", language="ko")
    assert [e.people for e in found if e.type == "trial"] == [3]


def test_a_korean_same_day_dates_the_happening_told_apart() -> None:
    text = "청진에서 지난 15일 밀수꾼 1명이 처형됐다. 같은 날 회령에서도 2명이 처형됐다."
    assert _of(text, "execution") == [("2019-11-15", 1), ("2019-11-15", 2)]
