"""Chain links told inside a judgement's sentence: an arrest with its own date is its own event."""

from __future__ import annotations

from nkevents.extract import extract
from nkevents.model import Document, Event


def _events(text: str, language: str) -> list[Event]:
    doc = Document("t", text, published="2021-06-20", language=language)
    return extract(doc).events


def _by_type(text: str, language: str) -> dict[str, list[Event]]:
    out: dict[str, list[Event]] = {}
    for e in _events(text, language):
        out.setdefault(e.type, []).append(e)
    return out


def test_an_arrest_dated_inside_a_trial_sentence_is_its_own_event() -> None:
    text = (
        "A Canadian pastor arrested in Pyongyang on 3 March was sentenced in June to ten "
        "years of hard labour."
    )
    found = _by_type(text, "en")
    assert [e.date for e in found["arrest"]] == ["2021-03-03"]
    assert [e.date for e in found["trial"]] == ["2021-06"]
    assert found["arrest"][0].people == 1
    assert found["arrest"][0].penalty is None


def test_an_arrest_and_an_execution_keep_their_own_dates() -> None:
    text = "Four men arrested in Hyesan in March for smuggling copper were executed on 5 May."
    found = _by_type(text, "en")
    assert [(e.date, e.people) for e in found["arrest"]] == [("2021-03", 4)]
    assert [e.date for e in found["execution"]] == ["2021-05-05"]


def test_a_korean_arrest_told_before_its_trial_is_its_own_event() -> None:
    text = (
        "지난 1월 3일 나선시에 입국하였다가 체포된 목사에 대한 재판이 4월 30일 "
        "최고재판소에서 진행되었다."
    )
    found = _by_type(text, "ko")
    assert [e.date for e in found["arrest"]] == ["2021-01-03"]
    assert found["arrest"][0].location is not None
    assert found["arrest"][0].location.name == "Rason"
    assert [e.date for e in found["trial"]] == ["2021-04-30"]


def test_an_arrest_with_no_date_of_its_own_stays_the_trials_background() -> None:
    text = "Arrested for smuggling copper, the two were sentenced to five years on 3 May."
    # the trade, told with its goods, is its own event (tests/test_trade_links.py)
    assert sorted(e.type for e in _events(text, "en")) == ["smuggling", "trial"]


def test_an_arrest_on_the_day_of_the_trial_is_no_second_event() -> None:
    text = "The two traders arrested in Hyesan in May were sentenced on 21 May to five years."
    assert [e.type for e in _events(text, "en")] == ["trial"]


def test_a_boat_captured_with_its_crew_is_a_seizure_and_an_arrest() -> None:
    text = "해경은 지난 4일 서해에서 중국 어선 2척과 선원 14명을 나포했다."
    found = _by_type(text, "ko")
    assert [(e.date, e.people) for e in found["arrest"]] == [("2021-06-04", 14)]
    assert [e.date for e in found["seizure"]] == ["2021-06-04"]


def test_crew_captured_with_no_boat_named_is_an_arrest_only() -> None:
    text = "러시아 국경수비대가 지난 4일 북한 선원 30명을 나포했다."
    assert [(e.type, e.people) for e in _events(text, "ko")] == [("arrest", 30)]


def test_a_crew_counted_in_two_parts_is_counted_whole() -> None:
    text = "단속선은 지난 4일 어부 9명과 기관사 3명을 태운 어선을 나포했다."
    found = _by_type(text, "ko")
    assert [e.people for e in found["arrest"]] == [12]


def test_boats_captured_with_no_people_counted_are_a_seizure_only() -> None:
    text = "해경은 지난 4일 서해에서 중국 어선 3척을 나포했다."
    assert [e.type for e in _events(text, "ko")] == ["seizure"]


def test_a_korean_arrest_told_as_over_keeps_its_date_from_the_trial() -> None:
    text = "캐나다인 목사는 지난 1월 2일 평양에서 억류된 뒤 15년의 노동교화형을 선고받았다."
    found = _by_type(text, "ko")
    assert [e.date for e in found["arrest"]] == ["2021-01-02"]
    assert [e.date for e in found["trial"]] == [None]


def test_a_korean_chain_with_no_break_shares_its_date() -> None:
    text = "캐나다인 목사는 지난 1월 2일 평양에서 체포돼 15년의 노동교화형을 선고받았다."
    assert [(e.type, e.date) for e in _events(text, "ko")] == [("trial", "2021-01-02")]


def test_an_english_arrest_followed_by_a_later_sentence_is_its_own_event() -> None:
    text = "The pastor was arrested in Rason on 3 March and later sentenced to ten years."
    found = _by_type(text, "en")
    assert [e.date for e in found["arrest"]] == ["2021-03-03"]
    assert [e.date for e in found["trial"]] == [None]


def test_others_sentenced_beside_an_execution_are_a_trial_of_their_own() -> None:
    text = (
        "The court in Hoeryong publicly executed one man for drug dealing and sentenced "
        "16 others to 10 years in prison."
    )
    found = _by_type(text, "en")
    assert [e.people for e in found["execution"]] == [1]
    assert [(e.people, e.penalty and e.penalty.kind) for e in found["trial"]] == [(16, "prison")]


def test_korean_others_put_to_a_term_beside_an_execution_are_a_trial_of_their_own() -> None:
    text = "도 재판소는 지난달 마약 밀매범 1명을 총살했고, 함께 붙잡힌 12명은 징역형에 처했다."
    found = _by_type(text, "ko")
    assert [e.people for e in found["execution"]] == [1]
    assert [(e.people, e.penalty and e.penalty.kind) for e in found["trial"]] == [(12, "prison")]


def test_a_death_sentence_of_the_executed_stays_the_execution() -> None:
    text = "The court sentenced three smugglers to death and they were executed in Hyesan."
    assert [e.type for e in _events(text, "en")] == ["execution"]


def test_a_korean_clause_told_as_done_is_not_undone_by_a_future_one_after_it() -> None:
    text = "가족 5명은 온성군 보위부에 수감됐으며 곧 정치범수용소로 보내질 것이다."
    assert [(e.type, e.people) for e in _events(text, "ko")] == [("detention", 5)]
    text = "밀수꾼 3명은 지난 5일 체포됐으며 곧 처형될 것이다."
    assert [(e.type, e.date) for e in _events(text, "ko")] == [("arrest", "2021-06-05")]


def test_a_korean_habit_before_a_clause_break_is_still_no_event() -> None:
    assert _events("밀수꾼들은 체포되곤 했으며 벌금을 물었다.", "ko") == []


def test_a_later_link_takes_the_date_told_after_its_own_word() -> None:
    text = "Three women crossed the Tumen River on 3 May and were arrested in Yanji on 9 May."
    found = _by_type(text, "en")
    assert [e.date for e in found["escape"]] == ["2021-05-03"]
    assert [e.date for e in found["arrest"]] == ["2021-05-09"]


def test_a_later_link_takes_no_day_of_saying() -> None:
    text = "Three women crossed the river on 3 May and were arrested, police said on 9 May."
    assert [e.date for e in _by_type(text, "en")["arrest"]] == [None]
