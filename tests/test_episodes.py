"""A narrated episode's date and place, set by its first sentence, carried to the sentences
that go on telling it; a campaign told over a month keeps the month (reports written for the
project, invented happenings)."""

from __future__ import annotations

from extract_support import events_of

from nkevents.model import Event


def _of(text: str, language: str, published: str = "2024-03-20") -> dict[str, list[Event]]:
    out: dict[str, list[Event]] = {}
    for e in events_of(text, published=published, language=language):
        out.setdefault(e.type, []).append(e)
    return out


def _place(e: Event) -> str | None:
    return e.location.name if e.location else None


def test_they_go_on_with_the_raid_told_before() -> None:
    text = (
        "On March 3, police raided a market in Hyesan. They arrested five women who were "
        "selling South Korean films on memory cards.\n"
    )
    (arrest,) = _of(text, "en")["arrest"]
    assert arrest.date == "2024-03-03"
    assert _place(arrest) == "Hyesan"
    assert arrest.people == 5


def test_a_separate_case_takes_nothing_from_the_episode_before() -> None:
    text = (
        "Police raided a market in Hyesan on March 3. They arrested five women selling "
        "Chinese phones. Separately, two soldiers were arrested in Hoeryong for selling fuel.\n"
    )
    found = {e.people: e for e in _of(text, "en")["arrest"]}
    assert found[5].date == "2024-03-03"
    assert found[2].date is None
    assert _place(found[2]) == "Hoeryong"


def test_a_sentence_with_a_new_subject_is_no_part_of_the_episode() -> None:
    # "A woman was detained": someone not told before, with no word that goes on
    text = (
        "On March 3, agents searched homes in Musan. A woman was detained in Chongjin for "
        "using a Chinese phone.\n"
    )
    (arrest,) = _of(text, "en")["arrest"]
    assert arrest.date is None


def test_the_episode_ends_with_its_paragraph() -> None:
    text = (
        "On March 3, police raided a market in Hyesan.\n\n"
        "They have arrested dozens of traders over the past year, sources say.\n"
    )
    assert all(e.date != "2024-03-03" for e in _of(text, "en").get("arrest", []))


def test_a_date_that_starts_a_period_opens_no_episode() -> None:
    text = "Since March 3, police have patrolled the market in Hyesan. They arrested two women.\n"
    (arrest,) = _of(text, "en")["arrest"]
    assert arrest.date != "2024-03-03"


def test_korean_in_this_process_goes_on_with_the_crackdown() -> None:
    text = (
        "지난 3일 혜산시장에서 단속이 벌어졌다. 이 과정에서 여성 5명이 체포됐다. "
        "이들은 보위부에 넘겨졌다.\n"
    )
    found = _of(text, "ko")
    (arrest,) = found["arrest"]
    assert arrest.date == "2024-03-03"
    assert arrest.people == 5
    # the crackdown keeps its own day: the arrest's day is the crackdown's, not an act's in it
    assert [e.date for e in found["crackdown"]] == ["2024-03-03"]


def test_korean_they_go_on_with_the_raid() -> None:
    text = (
        "양강도 혜산시에서 지난 3일 보안원들이 시장을 급습했다. 이들은 한국 영상을 판매하던 "
        "여성 5명을 체포했다.\n"
    )
    (arrest,) = _of(text, "ko")["arrest"]
    assert arrest.date == "2024-03-03"
    assert _place(arrest) == "Hyesan"


def test_korean_those_caught_in_the_search_go_on_with_it() -> None:
    text = (
        "지난 5일 함경북도 무산군에서 가택수색이 진행됐다. 단속에 걸린 주민 3명은 모두 "
        "구류장에 갇혔다. 한편 회령시에서는 밀수꾼 2명이 국경경비대에 붙잡혔다.\n"
    )
    found = _of(text, "ko")
    (held,) = found["detention"]
    assert held.date == "2024-03-05"
    (arrest,) = found["arrest"]  # 한편: another episode
    assert arrest.date is None


def test_korean_by_this_crackdown_is_of_the_crackdown_told_before() -> None:
    text = (
        "지난달 중순 함흥시에서 마약 단속이 시작됐다. 이 단속으로 주민 수십 명이 구류장에 갇혔다.\n"
    )
    (held,) = _of(text, "ko", published="2024-04-02")["detention"]
    assert held.date == "2024-03"


def test_a_campaign_told_over_a_month_keeps_the_month_of_a_day_in_it() -> None:
    text = (
        "North Korean authorities have been running a month-long crackdown on smuggling in "
        "Hyesan since early March. On March 14, inspectors searched the homes of traders "
        "near the river.\n"
    )
    (campaign,) = _of(text, "en", published="2024-04-02")["crackdown"]
    assert campaign.date == "2024-03"
    text = (
        "Throughout March, border guards in Hoeryong stepped up patrols along the Tumen "
        "River. A source said guards were ordered to shoot anyone crossing on March 5.\n"
    )
    (campaign,) = _of(text, "en", published="2024-04-02")["crackdown"]
    assert campaign.date == "2024-03"


def test_a_korean_campaign_going_on_since_early_last_month_keeps_the_month() -> None:
    text = (
        "양강도 혜산시에서 지난달 초부터 밀수 단속이 한 달 가까이 진행되고 있다. 지난달 "
        "14일에는 보위부 검열조가 강변 주민들의 집을 수색했다.\n"
    )
    (campaign,) = _of(text, "ko", published="2024-04-02")["crackdown"]
    assert campaign.date == "2024-03"


def test_a_campaign_that_starts_on_a_day_keeps_the_day() -> None:
    # "지난 12일부터 ... 벌이고 있다": the day it began is its own, in its own sentence
    text = (
        '소식통은 22일 "지난 12일부터 혜산시 안전부에서 길거리 장사꾼들에 대한 대대적인 '
        '단속을 벌이고 있다"면서 "17~19일 사이에만 23명이 노동단련대로 끌려갔다"고 '
        "전했다.\n"
    )
    (campaign,) = _of(text, "ko", published="2024-04-25")["crackdown"]
    assert campaign.date == "2024-04-12"


def test_a_campaign_told_as_going_on_is_not_of_the_day_of_an_act_told_after() -> None:
    text = (
        "북한 당국의 강력한 통제 조치가 잇따라 취해지고 있다.\n"
        '소식통은 "지난 4일 청진에서 구 화폐를 버린 사건이 발생했고 당국은 주범 색출을 위한 '
        '검열을 벌였다"고 전했다.\n'
    )
    for campaign in _of(text, "ko", published="2024-04-09").get("crackdown", []):
        assert campaign.date != "2024-04-04"


def test_a_definite_description_of_someone_found_in_the_raid_goes_on_with_it() -> None:
    text = (
        "A source in Ryanggang Province said police raided a house in Hyesan on March 5. "
        "Officers found a smartphone hidden under the floor. The owner, a woman in her 40s, "
        "was arrested and taken to the police station.\n"
    )
    (arrest,) = _of(text, "en")["arrest"]
    assert arrest.date == "2024-03-05"
    assert _place(arrest) == "Hyesan"


def test_in_connection_with_the_incident_is_of_the_incident_told_before() -> None:
    text = (
        "On March 2, a fire broke out at a warehouse in Chongjin. In connection with the "
        "incident, three managers were arrested for stealing state property.\n"
    )
    (arrest,) = _of(text, "en")["arrest"]
    assert arrest.date == "2024-03-02"
    text = (
        "지난 2일 청진시의 한 창고에서 화재가 발생했다. 이 사건과 관련해 창고 관리원 3명이 "
        "체포됐다.\n"
    )
    (arrest,) = _of(text, "ko")["arrest"]
    assert arrest.date == "2024-03-02"


def test_a_day_told_for_some_of_the_people_leaves_the_whole_its_month() -> None:
    # the fourteen of the 9th are some of the dozens arrested in the month's campaign
    text = (
        "지난달 초 신의주에서 개인 장사에 대한 단속이 벌어져 수십 명이 체포됐다. 9일에는 "
        "채하시장에서 상인 14명이 단속됐다.\n"
    )
    (arrest,) = _of(text, "ko", published="2024-04-05")["arrest"]
    assert arrest.date == "2024-03"
    text = (
        "Police arrested dozens of traders in Sinuiju in March. On March 9, 14 vendors were "
        "detained at the Chaeha market.\n"
    )
    (arrest,) = _of(text, "en", published="2024-04-05")["arrest"]
    assert arrest.date == "2024-03"


def test_a_day_told_for_one_of_them_leaves_the_trial_of_sixteen_given_no_day() -> None:
    text = (
        "회령시 사법당국이 최근 마약 거래 혐의로 주민 16명을 징역형에 처했다. 소식통은 "
        '"지난 5일 회령시 시장 부근에서 공개재판이 열렸고 범인 1명이 처형됐다"고 말했다.\n'
    )
    for trial in _of(text, "ko", published="2024-04-09").get("trial", []):
        assert trial.date != "2024-04-05"


def test_a_day_told_for_about_as_many_keeps_the_day() -> None:
    # "20여 명" may be the 22 told after: the same people, the day is theirs
    text = (
        '옌지에서 23일 하루에만 탈북자 20여 명이 공안에 체포됐다. 선교사 A씨는 "오늘 '
        '오전에만 은신처 3곳에서 탈북자 22명이 체포됐다"고 말했다.\n'
    )
    dates = {e.date for e in _of(text, "ko", published="2024-04-24")["arrest"]}
    assert "2024-04-23" in dates


def test_a_korean_campaign_whose_own_clause_has_the_day_keeps_it() -> None:
    # "지난 5일 ... 가택수색을 벌였다": the day is the search's; those caught in it took it
    text = (
        '소식통은 "지난 5일 혜산시 위연동에서 보안원들이 가택수색을 벌였다"며 "이때 단속된 '
        '여성 2명은 보안서로 끌려갔다"고 말했다.\n'
    )
    found = _of(text, "ko")
    assert [e.date for e in found["crackdown"]] == ["2024-03-05"]
    # a search told only as what the agents were doing is of the arrest's month
    found = _of("6일 수색을 벌이던 경비대에 주민 2명이 체포됐다.\n", "ko")
    assert [e.date for e in found["crackdown"]] == ["2024-03"]
    assert [e.date for e in found["arrest"]] == ["2024-03-06"]


def test_what_is_told_as_after_the_opening_takes_its_month_not_its_day() -> None:
    text = (
        "A woman was arrested in Hyesan on March 3. Police then raided her brother's house "
        "in Musan and seized two phones.\n"
    )
    (seizure,) = _of(text, "en")["seizure"]
    assert seizure.date == "2024-03"
    assert _place(seizure) == "Musan"  # its own place, not the episode's


def test_a_line_break_alone_does_not_end_the_episode() -> None:
    # reports that set each sentence on its own line: only a blank line starts a paragraph
    text = "지난 3일 혜산시장에서 단속이 벌어졌다.\n이 과정에서 여성 5명이 체포됐다.\n"
    (arrest,) = _of(text, "ko")["arrest"]
    assert arrest.date == "2024-03-03"
    text = "지난 3일 혜산시장에서 단속이 벌어졌다.\n\n이 과정에서 여성 5명이 체포됐다.\n"
    (arrest,) = _of(text, "ko")["arrest"]
    assert arrest.date is None


def test_a_sentence_with_a_place_of_its_own_takes_none_from_the_episode() -> None:
    # "회령시 보안서에 넘겨져, 9월 도 재판소에서 ...": the trial's sentence tells its own places
    text = (
        "지난 3월 중국으로 넘어가려다 붙잡힌 회령시 주민 2명이 지난달 28일 회령시 "
        "공설운동장에서 공개처형됐다고 소식통이 3일 전했다.\n"
        "이들은 4월 회령시 보안서에 넘겨져 조사를 받았으며, 9월 도 재판소에서 사형을 "
        "선고받았다.\n"
    )
    for trial in _of(text, "ko", published="2025-11-04").get("trial", []):
        assert trial.location is None or trial.provenance["location"].rule != "places.episode"


def test_a_source_may_open_the_sentence_that_goes_on() -> None:
    text = (
        "Police in Chongjin raided a private tutoring class on March 7. According to the "
        "source, they detained the teacher and four students.\n"
    )
    (arrest,) = _of(text, "en")["arrest"]
    assert arrest.date == "2024-03-07"


def test_a_campaign_keeps_its_own_day_when_the_act_took_it_from_its_sentence() -> None:
    # the arrest took the patrol's day; the patrol's day is its own, not an act's in it
    text = (
        "On March 6, a patrol in Hyesan stopped a car carrying 20 kilograms of copper. Both "
        "the driver and the owner of the copper were arrested at the scene.\n"
    )
    found = _of(text, "en")
    assert [e.date for e in found["crackdown"]] == ["2024-03-06"]
    assert [e.date for e in found["arrest"]] == ["2024-03-06"]
