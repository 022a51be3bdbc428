"""Gapped lists (one verb, several dated items) and chains (one sentence, several links)."""

from __future__ import annotations

from extract_support import events_of

from nkevents.extract import extract
from nkevents.model import Document, Event


def _events(text: str, language: str = "en") -> list[Event]:
    return extract(Document("t", text, published="2021-11-20", language=language)).events


def test_a_gapped_list_gives_one_event_per_item() -> None:
    text = (
        "In April two brokers were shot in Hyesan for trafficking women, in June a teacher "
        "for distributing Bibles, and in August three miners in Kilju for stealing copper."
    )
    found = sorted(
        (e.date, e.people, e.location.name if e.location else None, e.charges)
        for e in _events(text)
        if e.type == "execution"
    )
    assert found == [
        ("2021-04", 2, "Hyesan", ["trafficking"]),
        ("2021-06", 1, "Hyesan", ["religion"]),  # the shared verb's place
        ("2021-08", 3, "Kilju", ["theft"]),
    ]


def test_a_korean_gapped_list_gives_one_event_per_item() -> None:
    text = "올해 4월에 2명, 6월에 1명, 8월에 3명이 혜산에서 공개 처형됐다."
    found = sorted((e.date, e.people) for e in _events(text, "ko") if e.type == "execution")
    assert found == [("2021-04", 2), ("2021-06", 1), ("2021-08", 3)]


def test_two_dates_of_one_happening_are_no_list() -> None:
    text = "Between May and June, five people were arrested in Hyesan."
    assert len([e for e in _events(text) if e.type == "arrest"]) == 1


def test_each_link_of_a_chain_keeps_its_own_date() -> None:
    text = (
        "Two soldiers caught crossing the frozen river near Musan on 9 January are being "
        "held at the county detention centre."
    )
    events = {e.type: e for e in _events(text)}
    assert events["arrest"].date == "2021-01-09"
    assert events["detention"].date is None  # held since, on no day of its own


def test_a_timeline_gives_one_event_per_entry_that_tells_one() -> None:
    text = (
        "Purges under the new leader, map of Pyongyang 2012: at least 20 senior officers executed "
        "2013: the leader's uncle executed for treason "
        "2014: new rules on markets announced "
        "2015: defence minister executed with an anti-aircraft gun"
    )
    found = sorted((e.date, e.location) for e in _events(text) if e.type == "execution")
    assert found == [("2012", None), ("2013", None), ("2015", None)]  # 2014 tells none


def test_a_crossing_told_in_a_clause_of_time_shares_the_arrest_date() -> None:
    text = (
        "State media said the student was arrested on April 22 after he tried to enter "
        "the country by crossing the Yalu River near Sinuiju."
    )
    events = {e.type: e for e in _events(text)}
    assert events["arrest"].date == "2021-04-22"
    assert events["escape"].date == "2021-04-22"


def test_goods_smuggled_earlier_take_no_arrest_date() -> None:
    text = (
        "Police in Sinuiju arrested four traders last month for selling medicine "
        "smuggled from China."
    )
    events = {e.type: e for e in _events(text)}
    assert events["arrest"].date == "2021-10"
    assert events["smuggling"].date is None


def test_two_korean_clauses_with_their_own_counts_are_two_happenings() -> None:
    text = (
        "단체에 따르면 지난해 5월 가짜 돈을 찍어낸 혐의로 3명이 본보기로 처형당했고, "
        "시장 통제에 반발한 주민 5명 역시 공개 처형됐다."
    )
    found = sorted(e.people for e in _events(text, "ko") if e.type == "execution")
    assert found == [3, 5]


def test_one_korean_count_told_with_two_verbs_is_one_happening() -> None:
    text = "지난 5월 혜산에서 주민 3명이 체포됐고, 곧 보위부로 넘겨져 다시 체포됐다."
    assert len([e for e in _events(text, "ko") if e.type == "arrest"]) == 1


def test_two_korean_clauses_dated_apart_are_two_happenings() -> None:
    text = (
        "이씨는 작년 9월 평양에서 체포됐고, "
        "최씨는 지난해 12월 30일 국경에서 붙잡혔다고 당국은 밝혔다."
    )
    found = sorted(
        (e.date, e.location.name if e.location else None)
        for e in _events(text, "ko")
        if e.type == "arrest"
    )
    assert found == [("2020-09", "Pyongyang"), ("2020-12-30", None)]


def test_korean_clauses_dated_apart_need_no_comma() -> None:
    text = (
        "올해 2월 초 밀수꾼 수십 명이 처형됐고 4월에는 회령에서 주민 3명이 총살된 것으로 알려졌다."
    )
    found = sorted(
        (e.date, e.location.name if e.location else None)
        for e in _events(text, "ko")
        if e.type == "execution"
    )
    assert found == [("2021-02", None), ("2021-04", "Hoeryong")]


def test_a_korean_clause_dated_apart_takes_the_date_before_its_own_word() -> None:
    text = "이씨는 지난 3월 혜산에서 체포됐고, 작년에 탈북한 최씨도 5월 국경에서 붙잡혔다."
    found = sorted(e.date for e in _events(text, "ko") if e.type == "arrest")
    assert found == ["2021-03", "2021-05"]


def test_korean_clauses_of_one_time_with_no_comma_stay_one_happening() -> None:
    text = "지난 5월 혜산에서 주민 3명이 체포됐고 5월 말 다시 체포된 것으로 알려졌다."
    assert len([e for e in _events(text, "ko") if e.type == "arrest"]) == 1


def test_a_day_of_telling_does_not_date_a_korean_clause_apart() -> None:
    text = "지난 5월 혜산에서 주민 3명이 체포됐고, 소식통은 7일 이들이 다시 체포됐다고 말했다."
    assert len([e for e in _events(text, "ko") if e.type == "arrest"]) == 1


def test_a_similar_case_told_in_a_clause_is_its_own_happening() -> None:
    text = (
        "Police arrested four traders in Hyesan on June 3, a month after an earlier incident "
        "when two smugglers were arrested in Musan in April."
    )
    found = sorted(
        (e.date or "", e.location.name if e.location else None, e.people)
        for e in extract(Document("t", text, published="2021-06-20")).events
        if e.type == "arrest"
    )
    assert found == [("2021-04", "Musan", 2), ("2021-06-03", "Hyesan", 4)]


def test_a_list_whose_items_each_have_their_own_verb_gives_each_verb_its_item() -> None:
    text = (
        "In 2017, a trader in Hyesan was executed for smuggling copper; in 2018, two women "
        "in Musan were sentenced to ten years for selling phones; and this year a teacher in "
        "Kimchaek was arrested for watching South Korean dramas."
    )
    found = {e.type: e for e in events_of(text, published="2019-11-20", language="en")}
    execution, trial, arrest = found["execution"], found["trial"], found["arrest"]
    assert (execution.date, execution.people) == ("2017", 1)
    assert execution.location is not None and execution.location.name == "Hyesan"
    assert (trial.date, trial.people, trial.charges) == ("2018", 2, ["illegal_phone"])
    assert trial.location is not None and trial.location.name == "Musan"
    assert (arrest.date, arrest.people, arrest.charges) == ("2019", 1, ["foreign_media"])
    assert arrest.location is not None and arrest.location.name != "Hyesan"
    assert [e.type for e in events_of(text, language="en")].count("arrest") == 1


def test_one_more_in_a_later_item_is_one_more_event() -> None:
    text = "In March two brokers were arrested in Hyesan, and in June one more was caught in Musan."
    found = events_of(text, published="2019-11-20", language="en")
    assert [(e.type, e.date, e.people) for e in found] == [
        ("arrest", "2019-03", 2),
        ("arrest", "2019-06", 1),
    ]
    assert [e.location.name if e.location else None for e in found] == ["Hyesan", "Musan"]


def test_a_trial_and_a_shooting_with_dates_of_their_own_are_two_links() -> None:
    text = (
        "Two guards were caught in Hoeryong in August, tried in September and executed in "
        "October for selling rice to Chinese traders."
    )
    found = {e.type: e for e in events_of(text, published="2019-11-20", language="en")}
    assert found["arrest"].date == "2019-08"
    assert found["trial"].date == "2019-09"
    assert found["execution"].date == "2019-10"


def test_a_death_sentence_carried_out_the_same_month_stays_the_execution() -> None:
    text = "Two guards were sentenced to death and shot in Hoeryong in October."
    assert [e.type for e in events_of(text, published="2019-11-20", language="en")] == ["execution"]


def test_two_clauses_each_with_a_word_of_the_type_are_two_happenings() -> None:
    text = (
        "Two soldiers were executed in Onsong in February for desertion, and a farmer was "
        "executed in Kilju in May for stealing cattle."
    )
    shot = events_of(text, published="2019-11-20", language="en")
    assert [(e.date, e.people, e.charges) for e in shot if e.type == "execution"] == [
        ("2019-02", 2, ["desertion"]),
        ("2019-05", 1, ["theft"]),
    ]
    assert [e.location.name if e.location else None for e in shot if e.type == "execution"] == [
        "Onsong",
        "Kilju",
    ]


def test_two_sentencings_on_two_days_in_one_sentence_are_two_trials() -> None:
    text = (
        "The court sentenced Choe to 12 years on 2 March, and on 10 March sentenced Ri to 15 "
        "years for spying."
    )
    trials = [e for e in events_of(text, published="2019-11-20", language="en")]
    assert [e.date for e in trials if e.type == "trial"] == ["2019-03-02", "2019-03-10"]


def test_a_word_said_again_in_its_own_clause_is_one_happening() -> None:
    text = (
        "Three men were executed in Hyesan on 9 April, and the executions were watched by "
        "hundreds of residents."
    )
    found = events_of(text, published="2019-11-20", language="en")
    assert [e.type for e in found].count("execution") == 1


def test_each_place_of_a_distributive_list_keeps_its_own_date() -> None:
    text = (
        "Police arrested three people in Hyesan on 2 March, two in Musan on 5 March and four "
        "in Hoeryong on 9 March."
    )
    found = events_of(text, published="2019-11-20", language="en")
    assert [(e.date, e.people) for e in found] == [
        ("2019-03-02", 3),
        ("2019-03-05", 2),
        ("2019-03-09", 4),
    ]


def test_penalties_shared_out_in_one_sentence_stay_one_trial() -> None:
    text = (
        "The court sentenced the two ringleaders to fifteen years of reform through labour, "
        "and the other nine to between five and ten years."
    )
    assert [e.type for e in events_of(text, language="en")] == ["trial"]


def test_a_clause_that_says_the_word_again_before_the_next_clause_is_not_cut() -> None:
    text = (
        "Two guards were arrested in Hyesan in May, where one of them was detained by "
        "soldiers, and three traders were arrested in Musan in July."
    )
    arrests = [e for e in events_of(text, published="2019-11-20", language="en")]
    assert [(e.date, e.people) for e in arrests if e.type == "arrest"] == [
        ("2019-05", 2),
        ("2019-07", 3),
    ]


def test_later_links_told_with_a_bare_month_take_the_year_of_the_first_link() -> None:
    text = (
        "The woman was arrested in Shenyang in March 2018 before being repatriated in June "
        "and sent to the Jongori kyohwaso in August."
    )
    found = events_of(text, published="2019-11-20", language="en")
    assert sorted(e.date or "" for e in found) == ["2018-03", "2018-06", "2018-08"]


def test_a_bare_month_after_a_year_of_no_link_keeps_the_reports_year() -> None:
    text = (
        "Since the checkpoint was shut in March 2017, no one had been handed back until "
        "Chinese police repatriated 12 women at Namyang on 3 August."
    )
    found = events_of(text, published="2019-09-01", language="en")
    assert [e.date for e in found if e.type == "arrest"] == ["2019-08-03"]


def test_the_kin_of_the_judged_sent_to_a_camp_are_a_detention_of_their_own() -> None:
    text = (
        "The manager was sentenced to death in Hamhung in May and his family was sent to a "
        "political prison camp."
    )
    types = sorted(e.type for e in events_of(text, published="2019-11-20", language="en"))
    assert types == ["detention", "trial"]


def test_the_camp_of_a_sentence_stays_the_trials() -> None:
    text = "The manager was sentenced to 15 years and sent to a prison camp in Kaechon."
    assert [e.type for e in events_of(text, language="en")] == ["trial"]


def test_people_locked_up_at_a_police_station_or_taken_to_a_facility_are_held() -> None:
    told = [
        "Some 20 people caught at the river have been locked up at the Musan police station "
        "since March.",
        "The traders were taken to a state security detention facility in Sinuiju.",
    ]
    for text in told:
        assert "detention" in [e.type for e in events_of(text, language="en")], text


def test_places_told_apart_in_clauses_of_a_restating_sentence_are_two_happenings() -> None:
    text = (
        "Public executions were held in two towns last month, sources said. The executions "
        "took place in Hyesan, where two brokers were shot, and in Hoeryong, where a teacher "
        "was shot."
    )
    shot = [e for e in events_of(text, published="2019-11-20", language="en")]
    assert [(e.location.name if e.location else None, e.people) for e in shot] == [
        ("Hyesan", 2),
        ("Hoeryong", 1),
    ]


def test_a_clause_with_only_a_place_of_its_own_is_its_own_happening() -> None:
    text = (
        "Three people were executed in North Hamgyong in March. The executions took place in "
        "Chongjin, where a market manager was shot, and in Kilju, where two soldiers were "
        "killed by firing squad."
    )
    shot = [e for e in events_of(text, published="2019-11-20", language="en")]
    assert [e.location.name if e.location else None for e in shot] == ["Chongjin", "Kilju"]


def test_a_korean_list_by_place_is_split_once_with_each_place_its_date() -> None:
    text = "올해 3월 혜산에서 밀수꾼 2명이 총살됐고, 5월에는 회령에서 교원 1명이 총살됐다."
    shot = events_of(text, published="2019-11-20", language="ko")
    assert [(e.date, e.location.name if e.location else None, e.people) for e in shot] == [
        ("2019-03", "Hyesan", 2),
        ("2019-05", "Hoeryong", 1),
    ]


def test_a_korean_count_by_place_takes_the_date_told_before_it() -> None:
    text = "2월 혜산에서 2명, 4월 무산에서 3명이 체포됐다."
    found = events_of(text, published="2019-11-20", language="ko")
    assert [(e.date, e.people) for e in found] == [("2019-02", 2), ("2019-04", 3)]


def test_places_each_told_with_a_date_are_as_many_happenings() -> None:
    text = "The state carried out public executions in Hyesan on 3 May and in Musan on 9 May."
    found = events_of(text, published="2019-11-20", language="en")
    assert [(e.date, e.location.name if e.location else None) for e in found] == [
        ("2019-05-03", "Hyesan"),
        ("2019-05-09", "Musan"),
    ]
    korean = events_of("지난 3일 혜산에서, 9일 무산에서 공개처형이 진행됐다.", language="ko")
    assert [e.date for e in korean] == ["2019-11-03", "2019-11-09"]


def test_a_place_and_date_of_the_next_link_split_no_happening() -> None:
    text = "Two brokers were arrested in Hyesan on 3 May and taken to Musan on 9 May."
    found = events_of(text, published="2019-11-20", language="en")
    assert [(e.type, e.date, e.people) for e in found] == [("arrest", "2019-05-03", 2)]


def test_a_gapped_item_joined_by_and_with_a_bare_number_is_its_own_happening() -> None:
    text = "In March two were shot in Hyesan and in May one in Hoeryong."
    found = events_of(text, published="2019-11-20", language="en")
    assert [(e.date, e.people) for e in found] == [("2019-03", 2), ("2019-05", 1)]
    text = "In March two brokers were shot in Hyesan, and in May one in Hoeryong."
    found = events_of(text, published="2019-11-20", language="en")
    assert [e.location.name if e.location else None for e in found] == ["Hyesan", "Hoeryong"]
