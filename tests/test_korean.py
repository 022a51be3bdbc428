"""Korean reports: predicates, homographs, charges, goods, penalties and dates.

Every sentence here is invented for the test."""

from __future__ import annotations

from typing import Any

from nkevents.extract import extract
from nkevents.model import Document, Event


def _events(text: str, published: str = "2021-06-20") -> list[Event]:
    return extract(Document("t", text, published=published, language="ko")).events


def _types(text: str, **kw: Any) -> list[str]:
    return sorted(e.type for e in _events(text, **kw))


def _one(text: str, etype: str, **kw: Any) -> Event:
    found = [e for e in _events(text, **kw) if e.type == etype]
    assert len(found) == 1, [(e.type, e.date) for e in _events(text, **kw)]
    return found[0]


def test_a_life_term_written_with_muki_is_no_weapon() -> None:
    trial = _one(
        "지난 9일 신의주시에서 구리를 밀수한 주민 8명 중 5명은 무기노동교화형, 나머지 3명은 "
        "각각 12년, 8년, 6년의 노동교화형을 선고받았다고 소식통이 전했다.",
        "trial",
    )
    assert trial.penalty is not None and trial.penalty.kind == "life"
    assert "weapons" not in trial.commodities


def test_dansok_of_a_person_is_an_arrest_not_a_crackdown() -> None:
    text = "지난 3일 무산군에서 중국 영화를 보던 대학생 2명이 단속돼 보위부로 넘겨졌다."
    assert _types(text) == ["arrest"]
    assert _one(text, "arrest").date == "2021-06-03"


def test_a_duty_to_crack_down_is_no_crackdown() -> None:
    text = "밀수를 단속해야 할 경비대원들이 오히려 지난달 10일 밀수에 가담했다는 전언이다."
    assert "crackdown" not in _types(text)


def test_controls_eased_are_no_crackdown() -> None:
    text = "올해 3월부터 국경 통제가 완화되면서 개인 밀수가 다시 늘어났다고 한다."
    assert "crackdown" not in _types(text)


def test_a_survey_is_no_crackdown() -> None:
    text = "중국이 지난해 탈북민 200명을 강제 북송한 것으로 조사됐다."
    assert _types(text) == ["arrest"]


def test_a_seizure_done_under_a_resolution_is_no_sanction() -> None:
    text = (
        "필리핀 당국은 유엔 안보리의 제재결의에 의거해 지난 4일 마닐라항에서 북한 화물선의 "
        "석탄을 압류했다."
    )
    assert "sanction" not in _types(text)
    assert _one(text, "seizure").commodities == ["coal"]


def test_south_korean_films_and_dramas_are_foreign_media() -> None:
    trial = _one(
        "지난 8일 회령시에서 남조선(남한) 영화를 몰래 보다가 붙잡힌 청년 3명에 대한 "
        "공개재판이 열렸다.",
        "trial",
    )
    assert trial.charges == ["foreign_media"]


def test_hostility_to_the_nation_is_a_political_charge() -> None:
    trial = _one(
        "중앙재판소는 지난 5일 외국인 2명에게 조선민족적대죄로 10년의 노동교화형을 선고했다.",
        "trial",
    )
    assert "political" in trial.charges


def test_herbs_and_livestock_are_medicine_and_food() -> None:
    smuggling = _one(
        "혜산시 주민들이 지난달 약초와 가축을 중국으로 밀수하다 적발됐다.", "smuggling"
    )
    assert sorted(smuggling.commodities) == ["food", "medicine"]


def test_a_search_going_on_now_is_dated_by_the_report() -> None:
    crackdown = _one(
        "보안원들은 압록강 연선을 중심으로 대대적인 수색을 벌이고 있다.",
        "crackdown",
        published="2020-02-19",
    )
    assert crackdown.date == "2020-02"


def test_the_day_a_source_spoke_is_not_the_date() -> None:
    text = "17일 평안북도의 한 소식통은 이달 초 구성시에서 밀수꾼 2명이 체포됐다고 밝혔다."
    assert _one(text, "arrest", published="2023-07-18").date == "2023-07"


def test_a_date_that_starts_a_period_is_not_the_execution_date() -> None:
    text = "2015년 화폐 교환 이후 적어도 30명이 공개 처형당했다는 분석이 나왔다."
    assert _one(text, "execution", published="2017-03-02").date is None


def test_swimming_across_and_crossing_north_are_escapes() -> None:
    assert "escape" in _types("한 남성이 지난 2일 두만강을 건너 북한으로 들어갔다.")
    assert "escape" in _types("북한 주민 1명이 지난 7일 새벽 바다를 헤엄쳐 귀순했다.")


def test_jinan_with_the_month_of_the_report_is_this_year() -> None:
    from nkevents.detect.dates import find_dates

    assert [d.value for d in find_dates("지난 4월 초", "2019-04-15", "ko")] == ["2019-04"]
    assert [d.value for d in find_dates("지난 11월 중순", "2019-04-15", "ko")] == ["2018-11"]


def test_a_dog_confiscated_by_guards_is_a_seizure_of_other_goods() -> None:
    seizure = _one(
        "국경경비대가 지난 4월 초 김정숙군에서 주민들이 중국에 팔려던 개를 압수했다.",
        "seizure",
        published="2019-04-15",
    )
    assert seizure.commodities == ["other"] and seizure.date == "2019-04"


def test_a_campaign_launched_with_no_date_takes_the_reports_month() -> None:
    crackdown = _one(
        "국가보위성이 불법 손전화기 검열에 들어갔다고 양강도 소식통이 전했다.",
        "crackdown",
        published="2019-05-23",
    )
    assert crackdown.date == "2019-05"


def test_what_usually_happens_is_no_event() -> None:
    text = (
        "밀수 현장에서 적발되지 않으면 대부분 무죄 판결을 받아 석방되는 경우가 많다고 "
        "소식통은 말했다."
    )
    assert "trial" not in _types(text)
    text = "중국 공안은 탈북자의 은신처를 파악했다가 계기가 있을 때 체포해 왔다."
    assert "arrest" not in _types(text)


def test_what_can_be_done_is_no_event() -> None:
    text = "장마당은 군 간부들이 물자를 빼돌려 돈을 벌 수 있는 곳이라고 소식통은 말했다."
    assert "smuggling" not in _types(text)


def test_a_definition_of_a_camp_is_no_trial() -> None:
    text = "노동단련대는 노동단련형 6개월 이상을 선고받은 자를 가두는 곳이다."
    assert "trial" not in _types(text)


def test_an_official_named_by_title_counts_one() -> None:
    execution = _one(
        "김정은이 지난 5월 내각 부총리(사진)를 총살한 것으로 알려졌다.",
        "execution",
        published="2015-08-12",
    )
    assert execution.people == 1 and execution.date == "2015-05"


def test_the_day_a_broadcaster_reported_opens_the_sentence() -> None:
    trial = _one(
        "25일 [한 방송]은 “회령시에서 주민 300여 명이 공개재판에 회부돼 처벌받았다”고 보도했다.",
        "trial",
        published="2011-08-26",
    )
    assert trial.date is None


def test_weapons_found_on_board_are_a_seizure_not_a_search_campaign() -> None:
    text = "세관 당국은 지난 11일 화물기 기내를 수색, 북한제 무기를 적발했다."
    assert _types(text, published="2009-12-14") == ["seizure"]
    assert _one(text, "seizure", published="2009-12-14").date == "2009-12-11"


def test_that_day_is_the_day_the_sentence_named_though_a_source_spoke_then() -> None:
    escape = _one(
        "1일 관계 당국에 따르면 이날 저녁 북방한계선을 넘어온 북한 목선 1척이 발견됐고 "
        "타고 있던 4명이 모두 귀순했다.",
        "escape",
        published="2017-07-02",
    )
    assert escape.date == "2017-07-01"


def test_a_count_since_a_date_has_no_date_of_its_own() -> None:
    arrest = _one(
        "한 인권단체에 따르면 2023년 이후 탈북민 300명이 강제북송된 것으로 파악됐다.",
        "arrest",
        published="2025-10-19",
    )
    assert arrest.date is None


def test_a_date_in_brackets_names_the_thing_before_it() -> None:
    arrest = _one(
        "세관은 핵실험(2016년 9월) 직후 밀수꾼 5명을 체포했다.",
        "arrest",
        published="2019-03-02",
    )
    assert arrest.date is None


def test_a_term_the_law_prescribes_is_not_the_term_imposed() -> None:
    trial = _one(
        "중앙재판소는 지난 8일 두 기자에게 각각 12년의 노동교화형을 선고했다. 적대죄는 5년에서 "
        "10년의 노동교화형에 처해진다.",
        "trial",
        published="2009-06-09",
    )
    assert trial.penalty is not None and trial.penalty.min_months == 144


def test_caught_by_a_patrol_without_a_particle_is_an_arrest() -> None:
    text = "혜산시에서 한국 드라마를 보던 20대 남성이 지난 2일 단속 걸려 체포됐다."
    assert _types(text, published="2023-07-18") == ["arrest"]


def test_a_lookout_keeping_watch_is_no_crackdown_but_closer_watch_is() -> None:
    text = "지난 5일 밀수를 하던 병사와 주변을 감시하고 있던 다른 병사가 함께 붙잡혔다."
    assert "crackdown" not in _types(text)
    text = "국경경비대는 지난달부터 압록강 연선의 감시를 강화하고 있다."
    assert "crackdown" in _types(text)


def test_what_is_expected_or_planned_is_no_event() -> None:
    text = "지난달 체포된 주민들은 무기형을 선고받거나 관리소에 가게 될 것이라는 소문이 돈다."
    assert "trial" not in _types(text)
    text = "당국은 다음 달 회령시에서 밀수꾼들에 대한 공개재판을 열 계획이다."
    assert "trial" not in _types(text)


def test_women_who_fled_are_returned_not_charged_with_defection() -> None:
    arrest = _one("중국은 지난 9월 탈북 여성 30명을 북한에 돌려보냈다.", "arrest")
    assert arrest.people == 30 and arrest.charges == []


def test_victims_exposed_to_violence_are_no_charge_of_violence() -> None:
    arrest = _one(
        "지난해 여성 50명이 강제북송됐으며 이들은 성폭력 등에 노출된 것으로 파악됐다.", "arrest"
    )
    assert "violence" not in arrest.charges


def test_the_town_goods_set_out_from_is_not_where_they_were_seized() -> None:
    seizure = _one(
        "세관은 지난 5일 평양을 출발해 단둥에 도착한 화물차에서 마약 3kg을 압수했다.", "seizure"
    )
    assert seizure.location is not None and seizure.location.name == "Dandong"


def test_a_range_told_longest_first_is_still_a_range() -> None:
    from nkevents.detect.penalties import find_penalties

    found = find_penalties("최고 15년에서 작게는 4년형의 노동교화형을 선고했다", "ko")
    assert [(p.kind, p.min_months, p.max_months) for p in found] == [("forced_labor", 48, 180)]


def test_a_range_of_days_is_their_month() -> None:
    from nkevents.detect.dates import find_dates

    assert [d.value for d in find_dates("17~19일 사이", "2021-04-22", "ko")] == ["2021-04"]
    assert [d.value for d in find_dates("2020년 3월 2~4일", "2021-04-22", "ko")] == ["2020-03"]


def test_people_taken_in_a_campaign_since_a_day_are_dated_by_the_days_told() -> None:
    detention = _one(
        "혜산시 안전부는 지난 12일부터 장사꾼 단속을 벌이고 있는데 17~19일 사이에만 "
        "30명이 노동단련대로 끌려갔다.",
        "detention",
        published="2021-04-22",
    )
    assert detention.date == "2021-04"


def test_a_copyright_line_bans_nothing() -> None:
    assert _events("무단 전재 및 재배포 금지") == []


def test_an_enforcement_agency_named_is_no_crackdown() -> None:
    text = "단속기관에서는 영상물의 출처를 밝혀내는 데 힘을 쏟고 있다고 소식통은 말했다."
    assert "crackdown" not in _types(text)


def test_the_time_a_page_was_posted_is_not_the_events_date() -> None:
    text = "밀수꾼 4명 무기징역 • 편집부 • 2021-03-02 09:14:05 • 조회 : 88"
    assert all(e.date != "2021-03-02" for e in _events(text, published="2021-03-02"))


def test_korean_predicates_for_each_kind_of_event() -> None:
    cases = {
        "지난 3일 평양에서 간부 1명이 교수형에 처해졌다.": "execution",
        "중국 공안은 지난 4일 탈북민 3명을 북한으로 추방했다.": "arrest",
        "주민 2명이 지난 5일 염소 20마리를 중국에 몰래 넘기다 붙잡혔다.": "smuggling",
        "보위부는 지난 6일 혜산시에서 밀수꾼 색출에 들어갔다.": "crackdown",
        "당국은 지난 7일 국경 지역의 장마당을 폐쇄했다.": "crackdown",
        "미국 재무부는 지난 8일 북한 무역회사 2곳의 자산을 동결했다.": "sanction",
        "북한 주민 2명이 지난 9일 목선을 타고 북방한계선(NLL)을 넘어 귀순했다.": "escape",
        "지난 10일 무산군에서 장사꾼 5명이 구류됐다.": "detention",
    }
    for text, etype in cases.items():
        assert etype in _types(text), (text, _types(text))


def test_a_closure_told_as_a_cause_is_no_crackdown() -> None:
    text = "국경 봉쇄 등의 영향으로 2020년부터 입국한 탈북민 수가 크게 줄었다."
    assert "crackdown" not in _types(text)


def test_a_remittance_broker_is_no_trafficker() -> None:
    trial = _one(
        "지난 27일 회령시에서 송금 브로커로 일한 주민 3명에 대한 공개재판이 열렸다.", "trial"
    )
    assert "trafficking" not in trial.charges


def test_people_counted_with_two_word_heads_add_up() -> None:
    trial = _one(
        "지난 27일 남자 주민 3명, 여성 주민 4명에 대한 공개재판이 열렸다.",
        "trial",
        published="2021-09-03",
    )
    assert trial.people == 7


def test_days_counted_on_from_a_date_move_the_date() -> None:
    text = "가수 등 10여명은 지난 17일 체포됐으며 3일 만에 총살됐다."
    execution = _one(text, "execution", published="2013-08-28")
    assert execution.date == "2013-08-20" and execution.people == 10


def test_a_verb_describing_the_accused_takes_the_date_of_its_own_clause() -> None:
    text = (
        "소식통은 “지난 21일 지난해 11월 혜산시에서 금을 밀수하다 체포된 밀수꾼 9명에 대한 "
        "재판이 진행됐다”고 전했다."
    )
    assert _one(text, "trial", published="2021-02-26").date == "2021-02-21"
    from nkevents.detect.dates import find_dates
    from nkevents.extract.argument_dates import best_date

    arrested = text.index("체포")
    found = find_dates(text, "2021-02-26", "ko")
    best = best_date(text, (arrested, arrested + 2), found)
    assert best is not None and best.value == "2020-11"


def test_a_clause_about_the_past_or_the_usual_is_no_event() -> None:
    text = "코로나 때 국경단속이 강화돼 밀수가 어려웠으나 올해부터 다시 늘었다."
    assert "crackdown" not in _types(text)
    text = "과거 핵실험 직후에도 밀수꾼들이 무더기로 검거된 일이 있었다."
    assert "arrest" not in _types(text)


def test_bylines_and_issue_dates_are_the_pages_not_the_events() -> None:
    text = "입력 2011년 9월 24일 03시 00분 중국 공안이 탈북자 20명을 체포했다."
    assert _one(text, "arrest", published="2011-09-24").date != "2011-09-24"
    text = "▶본보 2010년 11월 18일자 참조. 국경경비대원 2명이 밀수 혐의로 체포됐다."
    assert _one(text, "arrest", published="2011-06-17").date is None


def test_what_did_not_happen_is_no_event() -> None:
    text = "지난달 국경을 넘다 붙잡힌 주민들은 아직 처형되지 않았다고 소식통은 말했다."
    assert "execution" not in _types(text)


def test_the_day_an_agency_announced_is_not_the_date() -> None:
    text = "합참은 23일 북한 남성 1명이 해상으로 헤엄쳐 귀순했다고 발표했다."
    assert _one(text, "escape", published="2021-02-24").date is None


def test_a_ban_told_with_a_sanction_is_what_the_sanction_bans() -> None:
    text = "안보리는 2017년 12월 채택한 대북 제재 결의안에서 북한 노동자 고용을 금지했다."
    assert _types(text, published="2018-01-05") == ["sanction"]


def test_a_page_date_label_and_a_distant_source_are_not_the_date() -> None:
    text = "date 2025-10-19 중국 당국이 지난해부터 탈북민 300명을 강제 북송했다."
    assert _one(text, "arrest", published="2025-10-19").date != "2025-10-19"
    text = "19일 국제인권단체 휴먼라이츠워치(HRW)에 따르면 탈북민 30명이 북송됐다."
    assert _one(text, "arrest", published="2025-10-20").date is None


def test_a_crew_captured_with_its_boat_is_an_arrest_too() -> None:
    text = "지난 3일 동해에서 불법 조업하던 북한 어선과 선원 40명이 나포됐다."
    assert _types(text) == ["arrest", "seizure"]
    arrest = _one(text, "arrest")
    assert arrest.people == 40
    assert arrest.charges == ["other"]  # fishing where it is not allowed


def test_boats_captured_with_no_people_counted_are_a_seizure_only() -> None:
    assert _types("해경은 지난 3일 서해에서 중국 어선 2척을 나포했다.") == ["seizure"]


def test_korean_charges_of_killing_spying_hostility_and_stealing() -> None:
    cases = {
        "동료 선원 3명을 살해한 혐의로 선원 2명이 지난 5일 체포됐다.": "murder",
        "미국 스파이 혐의로 간부 2명이 지난 5일 체포됐다.": "espionage",
        "반공화국 적대범죄행위를 한 혐의로 외국인 1명이 지난 5일 체포됐다.": "political",
        "군인 2명이 지난 5일 민가에서 음식을 훔치려다 체포됐다.": "theft",
    }
    for text, charge in cases.items():
        assert charge in _one(text, "arrest").charges, text


def test_an_arrest_with_its_own_day_told_inside_a_trial_sentence_is_its_own_event() -> None:
    text = (
        "관광차 입국한 외국인 김씨는 지난해 2월 5일 평양에서 출국하려다 포스터를 훔친 혐의로 "
        "억류된 뒤 10년의 노동교화형을 선고받았다."
    )
    assert _one(text, "arrest").date == "2020-02-05"
    assert _one(text, "trial").penalty is not None
    text = (
        "소식통은 “지난 9일 지난해 10월 무산에서 구리를 밀수하다 체포된 주민 4명에 대한 "
        "재판이 열렸다”고 말했다."
    )
    assert _one(text, "arrest").date == "2020-10"
    assert _one(text, "trial").date == "2021-06-09"


def test_an_arrest_named_in_a_trial_sentence_with_no_day_of_its_own_is_the_trials() -> None:
    text = "지난 9일 무산에서 구리를 밀수하다 체포된 주민 4명에 대한 재판이 열렸다."
    assert _types(text) == ["smuggling", "trial"]  # no arrest; the trade, goods and all


def test_a_past_clause_keeps_its_event_when_a_future_clause_follows() -> None:
    text = "체포된 주민들은 온성군 보위부에 수감됐으며 곧 관리소로 보내질 것이라고 소식통은 말했다."
    assert _one(text, "detention").location is not None
    assert _types("주민들은 곧 관리소로 보내질 것이라고 소식통은 말했다.") == []


def test_booked_for_customs_fraud_is_an_arrest_with_its_charges() -> None:
    text = (
        "세관은 원산지를 속여 아연을 불법 반입한 업체 대표 A씨와 B씨 등 2명을 관세법 위반으로 "
        "입건했다."
    )
    arrest = _one(text, "arrest")
    assert arrest.people == 2
    assert sorted(arrest.charges) == ["fraud", "smuggling"]


def test_a_report_found_not_false_is_no_fraud() -> None:
    text = "보위부는 허위 신고가 아니라는 결론을 내리고 지난 3일 주민 2명을 체포했다."
    assert _one(text, "arrest").charges == []


def test_a_death_sentence_carried_out_at_once_is_an_execution() -> None:
    text = '통신은 "간부 1명을 사형에 처하기로 판결했고 판결은 즉시 집행됐다"고 보도했다.'
    assert _types(text) == ["execution"]
    assert _types("간부 1명이 지난 3일 특별군사재판 직후 사형집행됐다.") == ["execution"]


def test_a_labour_term_carried_out_is_no_execution() -> None:
    text = "지난 3일 주민 2명에게 노동교화형 5년이 선고됐고 형은 즉시 집행됐다."
    assert "execution" not in _types(text)


def test_a_trial_after_an_arrest_of_its_own_keeps_no_place_of_the_arrest() -> None:
    text = "이들은 4월 회령시 보안서에 넘겨져 조사를 받았으며, 9월 도 재판소에서 사형을 선고받았다."
    assert _one(text, "trial").location is None


def test_some_of_a_korean_count_is_a_part_of_the_people_judged() -> None:
    text = (
        "지난 21일 혜산시에서 금을 밀수한 주민 9명에 대한 재판이 열려 9명 중 6명은 "
        "무기노동교화형, 나머지 3명은 10년형을 받았다."
    )
    assert _one(text, "trial").people == 9


def test_wolgyeong_after_a_month_number_is_about_then_not_a_crossing() -> None:
    # "6월경" is "around June": its last two syllables spell 월경 (a border crossing)
    text = "청진시 보안서는 4월경 마약을 팔던 주민 3명을 붙잡았다."
    assert "escape" not in _types(text)
    assert "defection" not in _one(text, "arrest").charges
    crossing = "주민 2명이 지난달 두만강을 월경하다 붙잡혔다."
    assert _one(crossing, "arrest").charges == ["defection"]
