"""A later link of a Korean chain told of "이들은" or "그는" counts the people of the link
told before: "이들은 4월 재판에 회부됐다" (a trial they were put to), "그는 6월 총살됐다" (one
person); never the one who speaks, nor a pronoun subject who acts."""

from __future__ import annotations

from extract_support import events_of


def _people(text: str, etype: str) -> list[int | None]:
    return [e.people for e in events_of(text, language="ko") if e.type == etype]


def test_they_put_to_trial_are_the_people_told_before() -> None:
    text = "혜산시에서 지난 1월 밀수꾼 2명이 체포됐다. 이들은 4월 재판에 회부됐다."
    assert _people(text, "trial") == [2]
    text = "혜산시에서 지난 1월 밀수꾼 2명이 체포됐다. 이들은 4월 공개재판을 받았다."
    assert _people(text, "trial") == [2]


def test_he_sentenced_or_shot_is_one_person() -> None:
    text = "김씨는 지난 3월 체포됐다. 그는 6월 노동교화형 10년을 선고받았다."
    assert _people(text, "trial") == [1]
    text = "김씨는 지난 3월 체포됐다. 그녀는 6월 공개 총살됐다."
    assert _people(text, "execution") == [1]


def test_he_who_acts_is_not_the_people() -> None:
    text = "그는 보위부 반탐과장으로 일하며 지난해 밀수꾼 10명을 체포했다."
    assert _people(text, "arrest") == [10]


def test_he_who_speaks_is_not_the_people() -> None:
    text = "그는 “판결을 받은 사람들도 교화소에 가지 못하고 기다린다”고 말했다."
    assert all(p != 1 for p in _people(text, "trial"))


def test_a_link_whose_word_holds_its_passive_ending_counts_them_too() -> None:
    text = "혜산시에서 지난 1월 밀수꾼 2명이 체포됐다. 이들은 4월 노동단련대로 보내졌다."
    assert _people(text, "detention") == [2]
    text = "김씨는 지난 3월 체포됐다. 그는 6월 교화소에 수감됐다."
    assert _people(text, "detention") == [1]


def test_korean_later_links_told_with_a_bare_month_take_the_first_links_year() -> None:
    text = (
        "박씨는 2018년 2월 중국으로 탈북했다. 그는 같은 해 5월 선양에서 공안에 체포돼 7월 "
        "북송됐고, 10월 교화소에 수감됐다."
    )
    found = events_of(text, language="ko")
    assert sorted((e.type, e.date, e.people) for e in found if e.type != "escape") == [
        ("arrest", "2018-05", 1),
        ("arrest", "2018-07", 1),
        ("detention", "2018-10", 1),
    ]
    text = "김씨는 2017년 11월 체포돼 2월 북송됐다."
    found = events_of(text, language="ko")
    assert sorted(e.date or "" for e in found if e.type == "arrest") == ["2017-11", "2018-02"]


def test_the_last_of_a_list_of_kin_is_no_one_person() -> None:
    text = "처형 직후 이 씨의 아내와 아들, 딸은 정치범수용소로 끌려갔다."
    assert _people(text, "detention") == [3]
