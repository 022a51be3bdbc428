"""The realis and specificity gate: event words that report no happening of their own."""

from __future__ import annotations

import pytest

from nkevents.extract import extract
from nkevents.model import Document, Event


def _events(text: str, language: str | None = None, title: str | None = None) -> list[Event]:
    doc = Document("t", text, title=title, published="2021-06-20", language=language)
    return extract(doc).events


def _types(text: str, language: str | None = None) -> list[str]:
    return sorted(e.type for e in _events(text, language))


@pytest.mark.parametrize(
    "text",
    [
        # conditional: what happens if, not what happened
        "If traders are caught at the checkpoint, they are sent to a labour-training unit.",
        "Officials said that if the ban were broken, smugglers would be executed.",
        # habitual and normative
        "Labourers found without permits are normally returned and detained for a month.",
        "Under the rule, market guards must arrest anyone selling grain at night.",
        # wished, urged, planned, attempted
        "Human rights groups in Seoul urged Beijing to halt the deportations on Monday.",
        "The ministry plans to sanction two shipping firms in Nampo next year.",
        # a description of people, not an act told
        "Most North Koreans who flee head first for the Chinese border towns.",
        # statistics
        "The number of people executed in the province rose to 40 in 2019, the report said.",
    ],
)
def test_irrealis_english_statements_are_no_events(text: str) -> None:
    assert _events(text, "en") == [], _types(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "Police in Hyesan arrested three traders on June 3.",
        "The court in Chongjin sentenced two brokers to ten years of reform through labour.",
        "A fisherman tried in Wonsan in May was executed by firing squad, sources said.",
        # "if confirmed" doubts the report, not the happening
        "If confirmed, it would be the first defection by a whole family since 2017; "
        "the seven crossed the Yalu near Sinuiju on June 2.",
        # the purpose of an act told is not a possibility
        "The crew repainted the ship so that it could carry smuggled coal to Ningbo in March.",
    ],
)
def test_specific_statements_stay(text: str) -> None:
    assert _events(text, "en"), text


def test_relative_clause_that_describes_the_judged_is_one_execution() -> None:
    text = "The nine men who were caught at the river were shot in Musan on May 4."
    assert _types(text, "en") == ["execution"]


def test_a_relative_clause_with_its_own_day_is_a_happening() -> None:
    text = "A broker who was arrested in Hyesan on March 2 has confessed, police said."
    assert _types(text, "en") == ["arrest"]


def test_agent_noun_in_a_list_of_people_is_no_smuggling() -> None:
    text = (
        "The pastor runs a circle of missionaries and smugglers in Yanji. "
        "Chinese police arrested four of his helpers in Yanji on May 30."
    )
    assert _types(text, "en") == ["arrest"]


def test_an_interrupted_escape_is_the_arrest_only() -> None:
    text = "Nine defectors trying to flee to Thailand through Laos were detained on May 3."
    assert _types(text, "en") == ["arrest"]


def test_an_escape_told_as_done_stays() -> None:
    text = "Nine defectors crossed the river from Laos on May 3 and were detained."
    assert "escape" in _types(text, "en")


def test_copyright_line_is_no_event() -> None:
    text = "농촌 소식 모음. 무단 전재, 재배포 및 AI학습 이용 금지."
    assert _events(text, "ko") == []


@pytest.mark.parametrize(
    "text",
    [
        # conditional
        "국경을 넘다가 붙잡히면 곧바로 보위부에 넘겨진다.",
        # habitual
        "보안원들은 평소 장마당 상인들을 단속하곤 했다.",
        # obligation: who should do it
        "밀수를 단속해야 하는 국경경비대가 직접 가담했다.",
        # a plan
        "당국은 다음 달 국경 지역에서 대대적인 검열을 진행할 예정이다.",
        # a statistic over years
        "2015년 1200명이 귀순하는 등 해마다 1000명대를 유지한 것으로 집계됐다.",
        # a practice: what they do whenever something happens
        "중국 공안은 은신처를 미리 알아 두었다가 필요할 때 체포하는 행태를 보여 왔다.",
        "탈북자들이 공관에 진입하면 대대적인 검거 소동이 벌어졌다.",
        # an intention, not the act
        "군 당국은 선원들의 귀순 의사를 확인했다.",
        # what usually follows, and a rumour of what will
        "밀수꾼들은 증거가 부족해 무죄 판결을 받아 풀려나는 경우가 많았다.",
        "붙잡힌 주민들은 무기형을 선고받게 될 것이라는 소문이 돈다.",
    ],
)
def test_irrealis_korean_statements_are_no_events(text: str) -> None:
    assert _events(text, "ko") == [], _types(text, "ko")


def test_korean_specific_arrest_stays() -> None:
    text = "혜산시 보안서는 지난 5일 장마당에서 주민 3명을 체포했다."
    assert _types(text, "ko") == ["arrest"]


@pytest.mark.parametrize(
    "text",
    [
        "Since the beginning of November, China has arrested more than 30 defectors, "
        "a newspaper said.",
        "당국이 집권 이후 처형한 간부가 60여명에 달하는 것으로 파악됐다.",
    ],
)
def test_running_totals_are_no_events(text: str) -> None:
    assert _events(text) == [], _types(text)


def test_an_attempt_to_get_a_measure_adopted_is_no_measure() -> None:
    text = (
        "Last year Washington pushed for a UN Security Council vote banning coal exports "
        "from North Korea, but the draft was vetoed."
    )
    assert [e for e in _events(text, "en") if e.type == "sanction"] == []


def test_more_than_a_count_is_no_statistic() -> None:
    text = "지난 9일 투먼 세관을 통해 500명이 넘는 북한 주민이 송환됐다."
    assert _types(text, "ko") == ["arrest"]


def test_what_must_be_done_is_no_event_but_a_planned_sale_abroad_is() -> None:
    text = (
        "Guards in Hyesan found copper hidden in a coal truck on May 2. "
        "The copper was to be sold to a buyer in China, a source said. "
        '"Copper must be sold to the state," the source added.'
    )
    smuggling = [e for e in _events(text, "en") if e.type == "smuggling"]
    assert len(smuggling) == 1
    assert smuggling[0].evidence[0][0] == 0  # the truck and the sale, not the rule


@pytest.mark.parametrize(
    "text",
    [
        "지난달 혜산에서 주민 2명이 국경을 넘다가 국경경비대에 붙잡혔다.",
        "주민 3명이 지난 5일 탈북하다 체포됐다.",
    ],
)
def test_a_korean_crossing_stopped_is_the_arrest_only(text: str) -> None:
    assert _types(text, "ko") == ["arrest"]


def test_a_korean_smuggling_stopped_is_still_smuggling() -> None:
    assert _types("주민 3명이 지난 5일 금을 밀수하다 체포됐다.", "ko") == ["arrest", "smuggling"]


def test_a_court_named_is_no_trial_but_its_sentence_is() -> None:
    definition = "노동단련대는 재판소에서 노동단련형을 선고받은 자를 수용하는 곳이다."
    assert _events(definition, "ko") == []
    text = "혜산시 재판소는 지난 3일 밀수꾼 2명에게 교화 10년을 선고했다."
    trial = next(e for e in _events(text, "ko") if e.type == "trial")
    assert (trial.date, trial.people) == ("2021-06-03", 2)


def test_a_resolution_cited_as_the_ground_of_an_act_is_no_new_sanction() -> None:
    text = "태국 당국은 유엔 안보리 결의에 따라 화물기에 실린 무기를 압수했다."
    assert _types(text, "ko") == ["seizure"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Police in Hyesan arrested two brokers on May 3. "
            "Officials vowed to step up the fight against defection.",
            "en",
        ),
        ("보안서는 지난 3일 주민 2명을 체포했다. 당국은 탈북을 차단하려고 경비를 늘렸다.", "ko"),
        # what a measure has reduced
        (
            "Police in Hyesan arrested two brokers on May 3. "
            "Tighter checks have cut smuggling across the Yalu near Sinuiju.",
            "en",
        ),
    ],
)
def test_an_offence_named_as_a_measures_target_is_no_happening(text: str, language: str) -> None:
    assert _types(text, language) == ["arrest"]


def test_a_rule_of_detention_is_none_but_a_detention_going_on_is() -> None:
    rule = "Families of defectors are sent to Camp 15 in Yodok."
    assert "detention" not in _types(rule, "en")
    now = "The two soldiers are held at the county detention centre in Musan."
    assert _types(now, "en") == ["detention"]


def test_people_who_have_been_detained_are_a_detention_told() -> None:
    text = (
        "Three defectors who have been detained in Shenyang for weeks now face "
        "repatriation, activists said."
    )
    assert _types(text, "en") == ["arrest"]
    kind = (
        "Most of the 4,000 North Koreans who reached the South after 2015 travelled through Laos."
    )
    assert _events(kind, "en") == []


def test_an_attempt_in_a_relative_clause_leaves_the_main_verb_done() -> None:
    text = "Two more who had tried to defect were arrested on May 9, a pastor said."
    assert [e.type for e in extract(Document("t", text, published="2019-05-20")).events] == [
        "arrest"
    ]


@pytest.mark.parametrize(
    "text",
    [
        # now and then: a habit
        "The coast guard has occasionally detained Chinese crab boats off Sinuiju.",
        # denied
        "Neighbours insist the miller was never arrested in Kanggye.",
        # feared, not done
        "A teenage girl caught in Tumen faces deportation to the North, her aunt said.",
        # a duty, not an act
        "A corporal in charge of coastal surveillance was asleep at his post.",
        # a running total told after a perfect
        "Thousands have defected from the North to the South in recent years.",
        # a tally of cases
        "The group documented eleven cases in which prisoners were executed without notice.",
        # a memory of long ago
        "He recalled watching, as a boy, soldiers shoot a man convicted of theft in his town.",
        # links to other pages
        "Earlier posts on seizures of smuggled coal can be found here.",
    ],
)
def test_habits_denials_fears_totals_and_memories_are_no_events(text: str) -> None:
    assert _events(text, "en") == [], _types(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        # a denial in a later clause does not deny the act told before it
        "Police arrested three traders in Hyesan on June 3; they have not been released.",
        "Guards arrested two women without a warrant in Musan on May 9.",
        # a period without a perfect dates one happening
        "Two brokers were arrested in Hoeryong over the past weekend.",
    ],
)
def test_a_denial_after_the_act_or_a_period_without_a_perfect_leaves_the_event(text: str) -> None:
    assert _types(text, "en") == ["arrest"], text


def test_a_perfect_with_a_period_after_it_is_a_running_total() -> None:
    text = "Border police have arrested 400 people in Hoeryong over the past ten years."
    assert _events(text, "en") == [], _types(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        # denied
        "보안원들은 그 상인을 체포하지 않았다고 한다.",
        # whether, not that
        "당국은 선원들의 귀순 여부를 확인하고 있다.",
        # so that it does not happen
        "정부는 탈북민이 강제 북송되는 일이 없도록 노력하겠다고 말했다.",
        # a kind of people told in the present
        "북송되는 이들 가운데 다수가 젊은 여성이다.",
        # a breakdown by place
        "재판은 동별로 열려 평균적으로 한 동에서 10명이 재판을 받았다.",
        # a memory of long ago
        "그는 어린 시절 장마당에서 공개처형을 지켜봤다고 회고했다.",
        # a share bar
        "• 페이스북 • 트위터 • 주민 3명 공개처형",
        # a habit or a trend of the kind
        "국경 밀수는 주로 새벽 시간에 강 하류에서 이뤄진다고 한다.",
        "요즘 혜산 일대에서는 약초 밀수도 성행하고 있다.",
        "올해 들어 국경 지역에서 개인 밀수가 급증하고 있다.",
        # told as what goes on, and the people who do it
        "상인들은 강 건너에서 중국산 담배를 밀반입하는 것으로 전해졌다.",
        "국경에서 금을 밀수하고 있는 주민들은 대부분 군인 가족이다.",
    ],
)
def test_korean_denials_doubts_kinds_breakdowns_and_memories_are_no_events(text: str) -> None:
    assert _events(text, "ko") == [], _types(text, "ko")


def test_a_korean_trial_held_without_is_none_but_the_transfer_is_told() -> None:
    text = "그는 지난 3일 재판도 없이 회령 교화소로 끌려갔다."
    assert "trial" not in _types(text, "ko")


def test_a_weak_word_in_a_conditional_is_no_evidence_of_the_event() -> None:
    """ "If found guilty of more charges ..." tells what might follow, not this trial."""
    text = (
        "A court sentenced two traders to ten years of labour on May 3. "
        "If found guilty of more charges in Sinuiju, they could be shot."
    )
    events = _events(text, "en")
    assert [e.type for e in events] == ["trial"]
    assert [text[a:b] for a, b in events[0].evidence] == [text.split(". ")[0] + "."]


def test_a_korean_measure_told_as_going_on_stays_and_a_done_act_stays() -> None:
    ban = "중국 해관은 지난달부터 혜산을 거쳐 온 북한 차량의 반입을 금지시키는 것으로 전해졌다."
    assert _types(ban, "ko") == ["crackdown"]
    done = "보위부는 지난 3일 혜산에서 밀수꾼 2명을 체포한 것으로 전해졌다."
    assert "arrest" in _types(done, "ko")


def test_a_trend_of_the_kind_is_no_event_and_no_evidence() -> None:
    text = (
        "In January, two railway managers were executed in Hamhung for selling diesel.\n\n"
        "Executions of officials have become more common since 2012, analysts say."
    )
    events = _events(text, "en")
    assert [e.type for e in events] == ["execution"]
    assert [text[a:b][:11] for a, b in events[0].evidence] == ["In January,"]
    assert _events("Smuggling of copper into Dandong is on the rise, traders say.", "en") == []
    # a trend in another clause says nothing of this one
    told = "Kim ordered a crackdown on Hyesan, where smugglers had thrived from 2012 to 2014."
    assert _types(told, "en") == ["crackdown"]


def test_the_life_history_of_the_one_who_speaks_is_no_event() -> None:
    text = (
        "Police in Shenyang arrested nine North Koreans at a safe house on Sunday.\n\n"
        "Pak, a farmer who escaped from Musan in 2014 and now lives in Seoul, said the "
        "nine included her cousin."
    )
    assert _types(text, "en") == ["arrest"]
    # a relative clause that is not the speaker's apposition still tells what it says
    told = "A broker who fled Hyesan in 2014 was caught in Dandong on Sunday, police said."
    assert "arrest" in _types(told, "en")


def test_a_total_since_a_decade_and_how_often_it_happens_lend_nothing() -> None:
    text = (
        "A North Korean soldier crossed the border near Cheorwon on March 2, the army said.\n\n"
        "About 30,000 North Koreans have fled to the South since the 1990s.\n\n"
        "Defections across the land border are rare because of the mines."
    )
    events = _events(text, "en")
    assert [e.type for e in events] == ["escape"]
    assert events[0].people == 1
    assert len(events[0].evidence) == 1


def test_calls_to_stop_a_practice_are_no_evidence_of_the_event() -> None:
    text = (
        "Police in Kunming detained seven defectors on Jan. 20. "
        "China has rejected calls to stop repatriating North Koreans."
    )
    events = _events(text, "en")
    assert [e.type for e in events] == ["arrest"]
    assert len(events[0].evidence) == 1


def test_korean_rumours_tallies_and_tried_crossings() -> None:
    rumour = "보위부가 곧 혜산의 밀수꾼들을 모두 체포한다는 소문이 돌고 있다."
    assert "arrest" not in _types(rumour, "ko")
    assert _events("올해 혜산 보안서의 체포 실적은 지난해보다 늘었다.", "ko") == []
    tried = "그는 지난달 두만강을 건너려 시도하다 혜산에서 붙잡혔다."
    assert _types(tried, "ko") == ["arrest"]


def test_a_korean_sentence_told_as_what_goes_on_holds_no_smuggling_or_crossing() -> None:
    text = (
        "신의주의 밀수 중개인들은 중국산 부품을 들여와 되팔고, 일부 상인은 국경을 넘나들며 "
        "현금을 나르는 것으로 파악됐다."
    )
    assert _events(text, "ko") == [], _types(text, "ko")
    # an act with its own day in such a sentence stays
    dated = (
        "보위부는 지난 3일 혜산에서 휴대전화를 밀반입한 주민 2명을 체포해 조사하는 것으로 알려졌다."
    )
    assert "arrest" in _types(dated, "ko")


def test_rules_in_force_are_no_adoption_but_an_adoption_told_is() -> None:
    rule = (
        "Sanctions unanimously adopted by the Security Council in 2017 prohibit the import "
        "of coal from North Korea."
    )
    assert _events(rule, "en") == [], _types(rule, "en")
    told = "The Security Council unanimously adopted sanctions on Friday that ban coal imports."
    assert _types(told, "en") == ["sanction"]
    past = "Sanctions unanimously adopted by the Security Council on Friday banned coal imports."
    assert _types(past, "en") == ["sanction"]


@pytest.mark.parametrize(
    "text",
    [
        "세관은 지난 3일 금을 밀수한 2명을 붙잡았다. 세관은 밀수 단속을 강화했다고 밝혔다.",
        "세관은 지난 3일 금을 밀수한 2명을 붙잡았다.\n\n"
        "당국은 국경 밀수에 대해서도 강력한 단속을 펴고 있다.",
    ],
)
def test_smuggling_named_as_a_crackdowns_target_is_no_evidence_of_smuggling(text: str) -> None:
    smuggling = [e for e in _events(text, "ko") if e.type == "smuggling"]
    assert [len(e.evidence) for e in smuggling] == [1]


def test_an_agent_noun_given_as_an_example_is_no_smuggling() -> None:
    text = (
        "Police in Dandong arrested two traders on May 3. "
        "Prosecutors can seize the homes of illicit dealers like drug traffickers."
    )
    assert _types(text, "en") == ["arrest"]


def test_what_a_kind_of_people_do_is_no_evidence_and_a_told_act_stays() -> None:
    text = (
        "Two soldiers defected across the border near Kaesong on May 3. "
        "Most defectors cross the border with China first and travel by boat."
    )
    events = _events(text, "en")
    assert [e.type for e in events] == ["escape"]
    assert len(events[0].evidence) == 1
    assert _types("Many defectors were arrested in Yanji on May 3.", "en") == ["arrest"]


def test_a_korean_name_for_a_kind_of_act_is_no_evidence() -> None:
    text = (
        "혜산에서 지난 3일 주민 2명이 공개처형됐다.\n\n"
        "당국은 공개처형이라는 공포 정치로 주민들의 불만을 누르고 있다."
    )
    events = _events(text, "ko")
    assert [(e.type, len(e.evidence)) for e in events] == [("execution", 1)]
    # news of one told ("처형됐다는 소식") is not a name
    told = "혜산에서 지난 3일 주민 2명이 처형됐다는 소식이 전해졌다."
    assert _types(told, "ko") == ["execution"]


@pytest.mark.parametrize(
    "text",
    [
        # the speaker's life history, between the name and the speaking verb
        "Park, a defector who escaped from a prison camp in 2005, said conditions remain harsh.",
        "Choi, 41, who was arrested in 2012 and now lives in Busan, told reporters the "
        "camps are still full.",
        # a person described by an old defection: who the person is, no escape told
        "The play tells the story of a singer who defected to the South in the 1980s.",
    ],
)
def test_a_persons_history_told_in_a_description_is_no_event(text: str) -> None:
    assert _events(text, "en") == [], _types(text, "en")


def test_a_speakers_history_dated_to_a_day_and_the_report_told_after_it_stay() -> None:
    # a day of its own: the report's happening, even set off as an apposition
    assert _types("Han, who was arrested in Hyesan on 3 May, said he was beaten.", "en") == [
        "arrest"
    ]
    # the history is dropped; what the speaker reports stays
    told = "Yun, who fled in 2009, said guards in Musan executed a man on 2 June."
    assert _types(told, "en") == ["execution"]


def test_a_korean_chain_told_as_who_the_person_is_starts_no_second_trial() -> None:
    # "선고받고 복역 중이던 선교사": the judgement told again as a description of the person
    text = (
        "김씨는 2016년 2월 체포돼 같은 해 9월 최고재판소에서 15년 노동교화형을 선고받았다. "
        "중앙재판소의 2019년 5월 3일부 판정에 따라 노동교화형을 언도받고 교화 중에 있던 "
        "김씨가 병보석으로 석방됐다."
    )
    trials = [e for e in _events(text, "ko") if e.type == "trial"]
    assert [e.date for e in trials] == ["2016-09"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # shots of warning at a boat: a military act, no campaign
        ("The navy fired warning shots at the fishing boat near the border on Sunday.", "en"),
        ("어선은 지난 2일 해군의 경고사격을 받았다.", "ko"),
        # a crackdown named as the mood of the time: "단속 강화 분위기에"
        ("국경 단속 강화 분위기에 밀수꾼들 긴장", "ko"),
    ],
)
def test_warning_shots_and_a_mood_of_crackdown_are_no_crackdown(text: str, language: str) -> None:
    assert "crackdown" not in _types(text, language), _types(text, language)


def test_a_crackdown_told_as_done_stays() -> None:
    assert _types("혜산시 보안서는 지난 3일부터 밀수 단속을 강화했다.", "ko") == ["crackdown"]


_ARREST_KO = "혜산시 보안서가 지난 3일 밀수꾼 2명을 체포했다.\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        # a crackdown told as the state of things or the cause of one
        '소식통은 "요즘 국경 단속이 심하다"고 말했다.',
        "국경 통제가 강화되면서 밀수가 크게 줄었다.",
        "국경 경비가 강화된 이후 탈북이 줄었다.",
        # a policy followed
        "이번 체포는 당국의 밀수 단속 강화 방침에 따른 것이다.",
        # an execution named as what is feared or threatened
        "주민들은 공개처형에 대한 공포에 떨고 있다.",
        "공개처형 위협에도 밀수는 계속되고 있다.",
    ],
)
def test_korean_states_fears_and_policies_add_no_event(sentence: str) -> None:
    assert _types(_ARREST_KO + sentence, "ko") == ["arrest"]


def test_korean_campaigns_and_executions_told_as_done_stay() -> None:
    assert _types("당국은 지난 3일 국경 경비를 강화했다.", "ko") == ["crackdown"]
    assert _types(_ARREST_KO + "지난 5일 청진에서 2명이 공개처형됐다.", "ko") == [
        "arrest",
        "execution",
    ]


def test_a_korean_ordinal_of_the_happening_restates_it() -> None:
    # "귀순은 올해 들어 처음이다": the escape told again as the first of the year
    text = (
        "북한 주민 2명이 지난 3일 목선을 타고 동해로 귀순했다.\n\n"
        "북한 주민의 해상 귀순은 올해 들어 처음이다."
    )
    assert [(e.type, e.people) for e in _events(text, "ko")] == [("escape", 2)]


def test_fear_of_a_fate_is_no_event() -> None:
    text = (
        "Police in Hyesan arrested two traders on 3 May. Residents are terrified of being executed."
    )
    assert _types(text, "en") == ["arrest"]


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("집행법 12조에 따르면 형이 확정된 수형자는 열흘 안에 교화소로 이송된다.", "ko"),
        ("형법 제70조는 나라를 배반한 자를 사형에 처한다고 규정하고 있다.", "ko"),
        (
            "The criminal code states that anyone who sells grain abroad is sentenced to "
            "five years of reform through labour.",
            "en",
        ),
    ],
)
def test_what_a_law_says_is_no_event(sentence: str, language: str) -> None:
    lead = {
        "ko": "회령시 보안서가 지난 3일 밀수꾼 2명을 체포했다.\n\n",
        "en": "Police in Hoeryong arrested two traders on 3 May.\n\n",
    }[language]
    assert _types(lead + sentence, language) == ["arrest"]


def test_a_judgement_told_under_a_law_stays() -> None:
    assert _types("이들은 형법 제62조에 따라 지난 5일 사형을 선고받았다.", "ko") == ["trial"]
    told = "The court sentenced the two to five years on 9 May, as the law stipulates."
    assert _types(told, "en") == ["trial"]


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("By the end of 2014, about 900 people had been caught in earlier campaigns.", "en"),
        ("In July, 45 defectors were detained in Laos, marking a sharp rise in crossings.", "en"),
        ("국경 일대에서 붙잡힌 주민 300여 명이 작년 한 해 동안 북송됐다.", "ko"),
        ("집권 이후 지금까지 간부 50여 명이 처형됐다.", "ko"),
    ],
)
def test_a_total_over_months_or_years_is_no_event(sentence: str, language: str) -> None:
    lead = {
        "ko": "회령시 보안서가 지난 3일 밀수꾼 2명을 체포했다.\n\n",
        "en": "Police in Hoeryong arrested two traders on 3 May.\n\n",
    }[language]
    assert _types(lead + sentence, language) == ["arrest"]


@pytest.mark.parametrize(
    "sentence",
    [
        # the speaker's past in a modifier of the noun
        '2016년 탈북한 최모씨는 "요즘 국경이 조용하다"고 말했다.',
        # a record of the person's past
        "이 남성은 2014년 한 차례 탈북했다가 강제북송된 전력이 있다.",
    ],
)
def test_a_korean_persons_past_is_no_event(sentence: str) -> None:
    assert _types(_ARREST_KO + sentence, "ko") == ["arrest"]


def test_a_korean_modifier_dated_to_a_month_or_naming_the_fact_stays() -> None:
    assert _types("지난달 탈북한 주민 5명이 체포됐다.", "ko") == ["arrest", "escape"]
    text = (
        "회령시 사법당국이 지난달 주민 1명을 공개처형하고 주민 9명을 징역형에 처한 사실이 확인됐다."
    )
    assert _types(text, "ko") == ["execution", "trial"]


_ARREST_EN = "Police in Hoeryong arrested two traders on 3 May.\n\n"


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        # what a resolution of earlier years does
        ("Resolution 2270, adopted in March 2016, bans the sale of aviation fuel.", "en"),
        ("결의 2270호는 2016년 3월 북한에 항공유 판매를 금지했다.", "ko"),
        ("2016년 채택된 결의 2270호는 항공유 판매를 금지했다.", "ko"),
        # a running total since a year, after a perfect
        ("The council has imposed seven rounds of sanctions on Pyongyang since 2006.", "en"),
        ("Police have arrested more than 300 traders in the province since 2015.", "en"),
        # controls told as slackened
        ("Residents say enforcement along the river has weakened since the spring.", "en"),
    ],
)
def test_measures_in_force_totals_and_slack_controls_are_no_event(
    sentence: str, language: str
) -> None:
    lead = _ARREST_KO if language == "ko" else _ARREST_EN
    assert _types(lead + sentence, language) == ["arrest"]


def test_a_resolution_adopted_in_the_year_of_the_report_stays() -> None:
    # undated, what it does may be the report's own resolution: it adds its goods
    text = (
        "The Security Council on Friday adopted Resolution 2500 on North Korea.\n\n"
        "Resolution 2500, drafted by France, bans the export of textiles."
    )
    found = _events(text, "en")
    assert [e.type for e in found] == ["sanction"]
    assert "textiles" in found[0].commodities
    # a requirement of the resolution is no hand-over: "송환하도록 했다"
    ko = (
        "안보리는 지난 18일 결의 2500호를 채택했다. "
        "결의는 회원국들에게 북한 노동자를 송환하도록 했다."
    )
    assert _types(ko, "ko") == ["sanction"]
    told = "Resolution 2397, adopted on Friday, caps refined petroleum imports."
    assert _types(told, "en") == ["sanction"]
    assert _types("유엔 안보리는 지난 18일 결의 2397호를 채택했다.", "ko") == ["sanction"]


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        # a report of a death shown false
        (
            "Ri, once rumoured to have been executed, led a trade delegation to Dandong in 2019.",
            "en",
        ),
        ("Reports that the colonel had been executed later proved false.", "en"),
        ("처형설이 돌았던 가수 박씨가 최근 공연에서 다시 모습을 드러냈다.", "ko"),
        # a tally and a survey of places
        ("The group's report documented 41 executions for selling phones.", "en"),
        ("A 2020 study mapped 300 sites used for executions.", "en"),
        # a memory of youth
        ("He watched a hanging in the town square as a teenager.", "en"),
    ],
)
def test_disproved_deaths_tallies_and_memories_are_no_event(sentence: str, language: str) -> None:
    lead = _ARREST_KO if language == "ko" else _ARREST_EN
    assert _types(lead + sentence, language) == ["arrest"]


def test_an_execution_beside_someone_alive_or_a_days_tally_stays() -> None:
    told = "A vice minister was executed in Pyongyang in May, though his deputy is still alive."
    assert _types(told, "en") == ["execution"]
    assert _types("Police recorded 3 arrests in Hyesan on May 3.", "en") == ["arrest"]


@pytest.mark.parametrize(
    "sentence",
    [
        # a prohibition or a routine in force, with no date of its own
        "북한은 주민들의 외국 라디오 청취를 엄격히 금지하고 있다.",
        "북한에서 외국 영화 시청은 금지돼 있다.",
        "경비대는 밤마다 순찰을 돌며 강변을 감시한다.",
        # the word as the subject of a condition or a denial
        '소식통은 "검열이 끝나면 다시 장사가 시작될 것"이라고 말했다.',
        "당국의 통제가 미치지 못하는 산골에서 밀수가 이뤄진다.",
    ],
)
def test_korean_rules_and_routines_in_force_are_no_crackdown(sentence: str) -> None:
    assert "crackdown" not in _types(_ARREST_KO + sentence, "ko")


def test_korean_campaigns_told_with_a_time_stay() -> None:
    assert _types("당국은 지난달 휴대전화 사용을 금지했다.", "ko") == ["crackdown"]
    assert _types("당국이 최근 밀수 단속을 강화하고 있다.", "ko") == ["crackdown"]


def test_once_as_when_is_a_condition() -> None:
    assert _types(_ARREST_EN + "Once the campaign ends, smuggling is likely to resume.", "en") == [
        "arrest"
    ]
    told = "Ri, who was once the head of the unit, was executed in Sinuiju on 3 May."
    assert _types(told, "en") == ["execution"]


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Choi fled North Korea in 2008 and now works as a nurse in Incheon.", "en"),
        ("Han, 52, defected in 2010 and has lived in Busan since.", "en"),
        ("최씨는 2008년 탈북한 뒤 한국에 정착했다.", "ko"),
    ],
)
def test_an_escape_told_as_a_life_story_is_no_event(sentence: str, language: str) -> None:
    lead = _ARREST_KO if language == "ko" else _ARREST_EN
    assert _types(lead + sentence, language) == ["arrest"]


def test_an_escape_of_a_day_with_what_follows_it_stays() -> None:
    told = "The soldier defected across the border on 3 May and is now being questioned."
    assert _types(told, "en") == ["escape"]


def test_a_korean_campaign_announced_to_residents_stays() -> None:
    told = "당국은 다음 달부터 장마당 단속을 강화한다고 주민들에게 포치했다."
    assert _types(told, "ko") == ["crackdown"]
