"""Extraction rules, one short report of the project's own per case."""

from __future__ import annotations

import re

import pytest
from extract_support import events_of, one_event

from nkevents.extract import extract, names_an_event
from nkevents.extract.gate import (
    all_required_literals,
    build_fragment_gate,
    build_multi_gate,
    required_literals,
    stretches,
)
from nkevents.model import Document

_events, _one = events_of, one_event


@pytest.mark.parametrize(
    "text",
    [
        "Kim Jong Un watched the trial run of a new tram line in Pyongyang on Tuesday.",
        "The party reviewed the execution of the five-year plan at a meeting.",
        "The weather service issued a heavy-rain warning for Wonsan on Sunday.",
        "Sanctions were discussed at length by analysts in Seoul this week.",
        "Rice prices fell in Hyesan markets last month, traders said.",
        "",
    ],
)
def test_near_misses_are_not_relevant(text: str) -> None:
    assert extract(Document("t", text, published="2019-11-20")).relevant is False


def test_trial_with_every_field() -> None:
    text = (
        "The Hyesan City court held a public trial for 12 smugglers on November 3. "
        "The accused were sentenced to forced labor for between one and three years "
        "for smuggling copper to China."
    )
    trial = _one(text, "trial")
    assert (trial.date, trial.people, trial.public) == ("2019-11-03", 12, True)
    assert trial.penalty is not None
    assert (trial.penalty.kind, trial.penalty.min_months, trial.penalty.max_months) == (
        "forced_labor",
        12,
        36,
    )
    assert trial.location is not None and trial.location.name == "Hyesan"
    assert "smuggling" in trial.charges and "copper" in trial.commodities
    assert "court" in trial.actors
    assert len(trial.evidence) == 2
    assert {"date", "people", "penalty"} <= set(trial.provenance)


def test_arrest_named_beside_a_trial_is_the_trials_charge() -> None:
    text = "Workers arrested for stealing copper were put on public trial in Hyesan on May 2."
    types = sorted(e.type for e in _events(text))
    assert types == ["trial"]


def test_an_arrest_with_its_own_count_stands_alone() -> None:
    text = (
        "Security agents arrested about 150 people in Hyesan in recent weeks and publicly "
        "executed ten of the detainees on June 1."
    )
    arrest = _one(text, "arrest")
    execution = _one(text, "execution")
    assert (arrest.people, execution.people) == (150, 10)


def test_dateline_and_reporting_day_are_not_the_event_date() -> None:
    text = (
        "SEOUL, Nov. 18 -- Police in Chongjin arrested three women on the 12th for selling "
        "mobile phones, a source told reporters on Monday."
    )
    arrest = _one(text, "arrest")
    assert arrest.date == "2019-11-12" and arrest.people == 3


def test_that_day_takes_the_date_named_before() -> None:
    text = (
        "Residents were ordered to gather at the stadium in Wonsan on October 4. "
        "That day, two men were executed by firing squad for selling South Korean films."
    )
    execution = _one(text, "execution")
    assert execution.date == "2019-10-04" and execution.people == 2
    assert execution.penalty is not None and execution.penalty.kind == "death"


def test_one_event_per_place_when_the_sentence_distributes() -> None:
    text = "양강도 대홍단군에서 5명, 함경북도에서 5명이 각각 공개처형됐다고 소식통이 전했다."
    executions = [e for e in _events(text, published="2021-06-25") if e.type == "execution"]
    places = sorted(e.location.name for e in executions if e.location)
    assert places == ["North Hamgyong", "Taehongdan"]
    assert all(e.people == 5 for e in executions)


def test_korean_trial_with_term_and_facility() -> None:
    text = (
        "혜산시에서 지난 18일 공개재판이 열려 인신매매 혐의를 받은 피고인 6명에게 "
        "교화 6년이 선고됐고 이들은 개천교화소로 이송됐다."
    )
    trial = _one(text, "trial", published="2019-01-25")
    assert trial.date == "2019-01-18" and trial.people == 6 and trial.public is True
    assert trial.penalty is not None and trial.penalty.min_months == 72
    assert trial.facility is not None and "개천" in trial.facility
    assert "trafficking" in trial.charges


def test_sanction_takes_the_resolution_it_implements() -> None:
    text = (
        "China's Commerce Ministry banned imports of North Korean coal from Feb. 19. "
        "The ministry said the step implements UN Security Council Resolution 2321."
    )
    sanction = _one(text, "sanction", published="2017-02-18")
    assert sanction.instrument == "UNSCR 2321" and sanction.date == "2017-02-19"
    assert "coal" in sanction.commodities and "china_mofcom" in sanction.actors


def test_background_clause_dates_rank_last() -> None:
    text = "On Aug. 5, after two missile tests in July, the Council adopted Resolution 2371."
    sanction = _one(text, "sanction", published="2017-08-14")
    assert sanction.date == "2017-08-05" and sanction.instrument == "UNSCR 2371"


def test_commentary_names_no_event() -> None:
    text = "Analysis: Pyongyang may keep going on smuggling and ship-to-ship transfers."
    assert _events(text) == []


def test_hypothetical_happening_is_not_reported() -> None:
    text = "People who watch foreign films could expect a public trial and the firing squad."
    assert _events(text) == []


def test_named_person_counts_one() -> None:
    text = "North Korea detained Kim Hak Song in Pyongyang on Saturday, May 6."
    arrest = _one(text, "arrest", published="2017-05-08")
    assert arrest.people == 1 and arrest.date == "2017-05-06"


def test_the_audience_is_not_the_people() -> None:
    text = "About 5,000 residents watched as two smugglers were executed in Hoeryong on May 3."
    execution = _one(text, "execution")
    assert execution.people == 2


@pytest.mark.parametrize(
    ("fragment", "expected"),
    [
        ("smuggl(?:ed|ing|ers?)\\b", {"smuggl"}),
        ("stole\\b|stolen\\b|theft\\b", {"stole", "stolen", "theft"}),
        ("(?:public |mass )?trials?\\b", {"trial"}),
        ("firing squad", {"firing squad"}),
        ("(?:was|were) shot\\b", {" shot"}),
        ("\\d+", None),
    ],
)
def test_gate_literals(fragment: str, expected: set[str] | None) -> None:
    assert required_literals(fragment) == expected


def test_fragment_gate_finds_every_match_of_its_fragments() -> None:
    fragments = ["smuggl(?:ed|ing)", "firing squad", "(?:public )?trials?", "\\d{4}"]
    gate = build_fragment_gate(fragments, lambda f: re.compile(f, re.IGNORECASE))
    text = "After the Public Trial in 2019, two SMUGGLING suspects faced a firing squad."
    found = {m.group() for m in gate.candidates(text)}
    assert found == {"Public Trial", "SMUGGLING", "firing squad", "2019"}
    assert len(gate.open_patterns) == 1  # "\\d{4}" has no literal: it is tried everywhere


def test_every_literal_a_fragment_needs_is_looked_for_before_its_pattern() -> None:
    fragment = "smuggl(?:ed|ing) (?:[\\w-]+ ){0,3}?across"
    assert all_required_literals(fragment) == [{"smuggl"}, {"ed", "ing"}, {" "}, {"across"}]
    gate = build_fragment_gate([fragment], lambda f: re.compile(f, re.IGNORECASE))
    assert [g.needs for g in gate.patterns_of[0]] == [(("across",),)]
    assert [m.group() for m in gate.candidates("They smuggled coal across.")] == [
        "smuggled coal across"
    ]
    assert list(gate.candidates("They smuggled coal in a truck.")) == []
    # a letter the lower-cased text hides from the literals ("ſ" matches "s"): run it anyway
    assert [m.group() for m in gate.candidates("They smuggled coal acroſs.")] == [
        "smuggled coal acroſs"
    ]


def test_a_window_needs_one_string_of_each_literal_set_of_a_fragment() -> None:
    fragment = "smuggl(?:ed|ing) (?:coal|zinc) across"
    gate = build_fragment_gate([fragment], lambda f: re.compile(f, re.IGNORECASE))
    assert [g.needs for g in gate.patterns_of[0]] == [(("smuggl",), ("coal", "zinc"))]
    assert [m.group() for m in gate.candidates("They smuggled zinc across.")] == [
        "smuggled zinc across"
    ]
    assert list(gate.candidates("They smuggled tin across.")) == []  # no string of a set
    assert list(gate.candidates("They smuggled zinc inland.")) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nine people were executed in Hyesan.", True),
        ("The clinical trials of a new vaccine began.", False),
        ("Kim inspected the trial operation of a tram.", False),
        ("Prices at the market rose again.", False),
    ],
)
def test_names_an_event(text: str, expected: bool) -> None:
    assert names_an_event(text, "en") is expected


def test_one_pass_gives_each_tables_hits() -> None:
    gate = build_multi_gate(
        {"a": ["smuggl(?:ed|ing)"], "b": ["zinc", "smuggled goods"], "c": ["\\d+"]}
    )
    hits = gate.hits("Zinc was smuggled.")
    assert hits["a"] == [9] and hits["b"] == [0]  # "smuggled goods" is not in the text
    assert hits["c"] == [0]  # a table with a fragment of no literal is read everywhere


@pytest.mark.parametrize(
    ("hits", "within", "expected"),
    [
        ([100], None, [(0, 180)]),
        ([100, 150], None, [(0, 230)]),
        ([10, 500], (0, 300), [(0, 90)]),
        ([400], (0, 300), []),
    ],
)
def test_stretches(
    hits: list[int], within: tuple[int, int] | None, expected: list[tuple[int, int]]
) -> None:
    assert stretches(hits, within=within) == expected


def test_each_city_of_a_list_is_an_event() -> None:
    text = (
        "Executions were carried out at the same time on Nov. 3. About ten people were put "
        "to death in each city. Places named included Hoeryong, Hyesan and Sinuiju."
    )
    executions = [e for e in _events(text, published="2013-11-11") if e.type == "execution"]
    places = sorted(e.location.name for e in executions if e.location)
    assert places == ["Hoeryong", "Hyesan", "Sinuiju"]
    assert {e.people for e in executions} == {10}
    assert {e.date for e in executions} == {"2013-11-03"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Seven people were executed in Hyesan between 2012 and 2014.", None),
        ("Seven people were executed in Hyesan between March and May 2014.", "2014"),
        ("Seven people were executed in Hyesan on May 3.", "2019-05-03"),
    ],
)
def test_a_range_gives_what_both_ends_agree_on(text: str, expected: str | None) -> None:
    assert _one(text, "execution").date == expected


def test_a_sentence_to_a_camp_keeps_the_place_of_the_trial() -> None:
    text = (
        "A public trial was held in Hyesan on Nov. 12, and the 12 accused were sentenced to "
        "forced labor at the Chongori Correctional Labor Camp (kyohwaso) in Hoeryong."
    )
    trial = _one(text, "trial", published="2019-11-20")
    assert trial.location is not None and trial.location.name == "Hyesan"
    assert trial.facility is not None and "Chongori" in trial.facility


def test_the_camps_town_is_not_the_trials_place() -> None:
    text = (
        "The 36 accused were sentenced to forced labor at the Huiyang-ri Correctional Labor "
        "Camp (kyohwaso, a re-education camp) in Hamhung."
    )
    trial = _one(text, "trial", published="2019-11-20")
    assert trial.location is None
    assert trial.facility == "Huiyang-ri Correctional Labor Camp"


def test_a_place_beside_the_charge_is_the_crime_scene() -> None:
    text = (
        "삼지연군 꾸리기 공사에 동원된 여성 2명을 인신매매 조직에 넘긴 남성이 공개재판에서 "
        "교화 6년을 선고받았다. 재판은 1월 18일 혜산시 양강도재판소 앞에서 열렸다."
    )
    trials = [e for e in _events(text, published="2019-02-01") if e.type == "trial"]
    assert [(t.location.name if t.location else None) for t in trials] == ["Hyesan"]


def test_also_tells_another_happening() -> None:
    text = (
        "Police in Yanji arrested five members of a trafficking ring on Monday.\n\n"
        "Police also tracked down 12 North Korean women and sent them back to the North."
    )
    arrests = [e for e in _events(text) if e.type == "arrest"]
    assert sorted(e.people or 0 for e in arrests) == [5, 12]


def test_the_crimes_behind_executions_are_charges_not_events() -> None:
    text = (
        "Six people were executed in Hyesan in 2013.\n\n"
        "Other executions were for drug offences (five) and human trafficking (four)."
    )
    assert [e.type for e in _events(text)] == ["execution"]


def test_an_ordered_crackdown_stands_beside_the_executions() -> None:
    text = (
        "Six executions took place in Hyesan between 2012 and 2014, after Kim ordered a "
        "crackdown on the city for the South Korean dramas smuggled in on USB drives."
    )
    crackdown = _one(text, "crackdown")
    assert crackdown.location is not None and crackdown.location.name == "Hyesan"
    assert "foreign_media" in crackdown.charges


def test_an_arrest_told_after_its_sentence_takes_no_place_from_the_next_paragraph() -> None:
    text = (
        "SEOUL, Dec. 16 -- North Korea's top court on Wednesday sentenced a Canadian pastor "
        "to life in prison, ten months after he was taken into custody.\n\n"
        "The state news agency said the trial was held before the Supreme Court in Pyongyang."
    )
    arrest = _one(text, "arrest", published="2015-12-16")
    assert arrest.location is None
    trial = _one(text, "trial", published="2015-12-16")
    assert trial.location is not None and trial.location.name == "Pyongyang"


def test_a_new_subject_takes_the_verb_from_the_count_before_it() -> None:
    text = (
        "Two local agents in Hyesan have killed themselves amid investigations, and a third "
        "died while he was being arrested in February."
    )
    arrest = _one(text, "arrest", published="2011-05-01")
    assert arrest.people != 2


def test_an_escape_across_a_line_to_a_town_is_one_journey() -> None:
    text = (
        "A North Korean family of four crossed the Northern Limit Line in the East Sea aboard "
        "a small wooden boat on Tuesday and defected to the South.\n\n"
        "Navy ships confirmed that those aboard wanted to defect and escorted them into "
        "Sokcho Harbor."
    )
    escapes = [e for e in _events(text, published="2023-10-24") if e.type == "escape"]
    assert len(escapes) == 1 and escapes[0].people == 4


def test_a_crime_named_beside_an_execution_takes_no_place_of_its_own() -> None:
    text = (
        "Nine people were executed in Hyesan on Aug. 30 after being convicted of selling "
        "state meat.\n\nThe group had sold more than 2,100 head of state cattle since 2017."
    )
    smuggling = _one(text, "smuggling", published="2023-09-05")
    assert smuggling.location is None


def test_the_past_practice_is_not_the_penalty() -> None:
    text = (
        "원산에서 한 남성이 4월 25일 공개총살됐다. 판결에는 이번이 강원도에서 처형된 첫 "
        "사례라는 내용이 담겼다. 판결은 또 예전에는 이런 자들을 노동교화소에 보냈지만 "
        "이제는 가벼운 처벌로 끝나지 않는다고 경고했다."
    )
    assert [e.type for e in _events(text, published="2021-05-20")] == ["execution"]


def test_other_executions_are_not_the_one_told() -> None:
    text = (
        "Six people were executed in Hyesan in 2013 for distributing South Korean dramas.\n\n"
        "Other executions were for drug offences (five) and prostitution (five)."
    )
    execution = _one(text, "execution")
    assert execution.charges == ["foreign_media"]


def test_an_accusation_alone_gives_the_event_just_told_its_charge_and_goods() -> None:
    text = (
        "A man was executed by firing squad in Hyesan on September 25.\n\n"
        "He was accused of selling medical supplies to a medicine trader."
    )
    execution = _one(text, "execution", published="2023-10-01")
    assert "illegal_trade" in execution.charges
    assert execution.commodities == ["medicine"]


def test_a_plain_text_report_takes_its_date_from_its_dateline() -> None:
    text = (
        "Four arrested in Sinuiju\n\n"
        "SEOUL, Oct. 3, 2023 - Police in Sinuiju arrested four market traders last week."
    )
    arrest = _one(text, "arrest", published=None)
    assert arrest.date == "2023-09"  # the working week before Tuesday Oct. 3: Sep. 25-29


def test_a_korean_clause_date_belongs_to_its_verb_not_to_nouns_between() -> None:
    text = (
        '소식통은 "지난 16일 새벽 혜산시 노동단련대에서 외부 작업에 동원됐던 남성 두 명이 '
        '감시가 느슨한 틈을 타 달아났다"고 말했습니다.'
    )
    escape = _one(text, "escape", published="2020-02-21")
    assert escape.date == "2020-02-16" and escape.people == 2


def test_the_remaining_nine_are_a_part_and_their_term_shares_the_verb() -> None:
    text = (
        "A public trial of eleven copper smugglers was held in Hyesan on June 4. The court "
        "sentenced the two ringleaders to fifteen years of reform through labour, and the "
        "other nine to between five and ten years."
    )
    trial = _one(text, "trial", published="2024-06-10")
    assert trial.people == 11
    assert trial.penalty is not None
    assert (trial.penalty.min_months, trial.penalty.max_months) == (60, 180)


def test_the_remaining_twelve_alone_are_the_trials_people() -> None:
    text = (
        "이날 재판에 선 사람은 모두 13명이었고 청년 1명이 총살됐다. 나머지 남녀 12명에게는 "
        "교화 8년에서 10년이 선고됐다."
    )
    trial = _one(text, "trial", published="2023-12-21")
    assert trial.people == 12


def test_an_arrest_of_the_group_counts_the_people_judged() -> None:
    text = (
        "Authorities held a public trial in Hyesan on June 4 and sentenced eleven residents "
        "to reform through labour.\n\nProvincial police had arrested the group in March."
    )
    assert _one(text, "arrest", published="2024-06-10").people == 11


def test_at_the_scene_is_the_day_and_place_of_the_happening_just_told() -> None:
    text = (
        "Customs officers in Sinuiju seized 3.2 kilograms of gold hidden in a truck bound for "
        "Dandong on April 26. The driver and a trader were detained at the scene."
    )
    arrest = _one(text, "arrest", published="2019-05-02")
    assert arrest.date == "2019-04-26"
    assert arrest.location is not None and arrest.location.name == "Sinuiju"
    assert arrest.people == 2  # the driver and a trader


def test_executions_since_a_date_have_no_date_of_their_own() -> None:
    text = "North Korea has publicly executed at least 23 people since Kim took power in 2011."
    assert _one(text, "execution").date is None
    held = "The tanker has been held at the port of Yeosu since Dec. 21, when it was seized."
    assert _one(held, "seizure", published="2017-12-31").date == "2017-12-21"


def test_the_end_of_a_campaign_is_not_its_date() -> None:
    text = (
        "보도에 따르면 국가보위성은 지난 3월부터 비밀 감시망을 동원한 집중 단속에 나섰다. "
        "이번 단속은 공사가 마무리되는 10월 말까지 이어질 것으로 보인다."
    )
    crackdown = _one(text, "crackdown", published="2021-06-25")
    assert crackdown.date == "2021-03"


def test_illegal_fishing_in_breach_of_sanctions_is_an_illicit_trade() -> None:
    text = (
        "Researchers found Chinese boats fishing in North Korean waters. Park described it as "
        "the biggest known case of illegal fishing by a single fleet."
    )
    smuggling = _one(text, "smuggling")
    assert smuggling.commodities == ["seafood"]


def test_a_korean_customs_seizure_with_its_smugglers_handed_over() -> None:
    text = (
        "양강도 혜산세관에서 지난 5일 중국으로 밀반출하려던 금 3kg이 적발돼 세관원 2명과 "
        "무역일꾼 1명이 보위부에 넘겨졌다고 현지 소식통이 9일 전했다."
    )
    events = {e.type: e for e in _events(text, published="2020-09-10")}
    assert set(events) == {"smuggling", "seizure", "arrest"}
    assert events["seizure"].commodities == ["gold"]
    assert (events["arrest"].people, events["arrest"].date) == (3, "2020-09-05")


def test_a_part_named_with_including_is_not_the_count() -> None:
    text = (
        "Chinese border police in Changbai detained five North Korean defectors, including "
        "two teenagers, late last month."
    )
    assert _one(text, "arrest", published="2019-07-08").people == 5


def test_sanctions_imposed_on_firms_abroad_have_a_date_but_no_place() -> None:
    text = (
        "The United States on Friday imposed sanctions on 27 shipping companies accused of "
        "helping North Korea evade UN restrictions on coal and oil trade. The designations "
        "under Executive Order 13810 target firms in China, Hong Kong and Singapore. The "
        "measures would cut off revenue that funds the North's weapons programs."
    )
    sanction = _one(text, "sanction", published="2018-02-20")
    assert sanction.date == "2018-02-16" and sanction.location is None
    assert "weapons" not in sanction.commodities


def test_relatives_counted_in_an_enumeration() -> None:
    text = "His wife and two children were sent to a political prison camp, residents said."
    assert _one(text, "detention", published="2024-05-03").people == 3


def test_a_relative_who_defected_is_no_escape() -> None:
    text = "이 여성은 탈북한 딸과 연락을 주고받다가 지난달 27일 보위부에 체포됐다."
    assert [e.type for e in _events(text, published="2021-11-02")] == ["arrest"]


def test_a_warning_at_a_lecture_is_a_crackdown_on_the_day_it_was_given() -> None:
    text = (
        "Residents of Kimchaek, North Hamgyong Province, were told at a lecture last week that "
        "anyone caught distributing South Korean dramas would face up to 15 years of labor."
    )
    crackdown = _one(text, "crackdown", published="2021-03-10")
    assert crackdown.date == "2021-03" and "foreign_media" in crackdown.charges


def test_a_labour_camp_for_six_months_after_an_arrest() -> None:
    text = (
        "A woman was sent to a labor training camp for six months after being caught using a "
        "Chinese mobile phone in Hyesan."
    )
    penalty = _one(text, "detention", published="2019-04-18").penalty
    assert penalty is not None and (penalty.kind, penalty.min_months) == ("labor_training", 6)


def test_korean_one_farm_worker_sentenced_and_a_ban_on_food_and_farm_goods() -> None:
    trial = _one(
        "양강도 보천군의 한 농장원이 중국 손전화로 한국에 있는 가족과 통화하다 적발돼 "
        "노동교화형 5년을 선고받았다고 소식통이 전했다.",
        "trial",
        published="2022-05-20",
    )
    assert trial.people == 1 and trial.penalty is not None and trial.penalty.min_months == 60
    ban = _one(
        "중국 상무부는 유엔 안보리 결의 2397호에 따라 내년 1월 6일부터 북한산 식료품과 "
        "농산물, 기계류의 수입을 금지한다고 28일 발표했다.",
        "sanction",
        published="2017-12-28",
    )
    assert ban.date == "2018-01-06" and ban.instrument == "UNSCR 2397"
    assert sorted(ban.commodities) == ["crops", "electronics", "food"]


def test_nine_north_koreans_defected() -> None:
    text = "Nine North Koreans, including women and children, defected to South Korea by boat."
    assert _one(text, "escape", published="2023-06-01").people == 9


def test_seized_during_the_arrests_is_when_and_where_the_arrests_were() -> None:
    text = (
        "SEOUL, Oct. 3, 2023 - Police in Sinuiju arrested four market traders last week for "
        "selling smuggled medicine.\n\nThe traders had bought it from smugglers who brought it "
        "across the Yalu River. Officers seized several boxes of pills during the arrests."
    )
    seizure = _one(text, "seizure", published=None)
    assert seizure.date == "2023-09"
    assert seizure.location is not None and seizure.location.name == "Sinuiju"


def test_the_men_taken_into_custody_are_the_eight_found_before() -> None:
    text = (
        "Japanese police said eight North Korean men found on a wooden boat would be deported "
        "via China. The men, who said they were fishermen, were taken into custody after they "
        "came ashore."
    )
    assert _one(text, "arrest", published="2018-01-19").people == 8


def test_guards_ordered_to_shoot_is_one_crackdown_with_its_date() -> None:
    text = (
        "Border guards in Hoeryong have been ordered to shoot anyone trying to cross the Tumen "
        "River without permission. The order, handed down in early August, also instructs "
        "guards to report any smuggling to the Ministry of State Security."
    )
    events = _events(text, published="2019-08-15")
    assert [(e.type, e.date) for e in events] == [("crackdown", "2019-08")]
    assert "defection" in events[0].charges


def test_helping_people_cross_the_border_is_defection() -> None:
    text = "In March 2018, a man was executed in Onsong for helping people cross the border."
    assert _one(text, "execution", published="2020-06-10").charges == ["defection"]
