"""Event detection for escapes, detentions, crackdowns, sanctions and trials: paraphrased
triggers, which type a sentence's happening is, and one happening told twice.

Every sentence here is invented for the test."""

from __future__ import annotations

from extract_support import events_of


def _types(text: str, language: str | None = None) -> list[str]:
    return sorted(e.type for e in events_of(text, language=language))


# --- a death sentence carried out at once is the execution, not a trial of its own


def test_a_korean_tribunal_whose_death_sentence_was_carried_out_at_once_is_one_execution() -> None:
    text = (
        "북한, 전 철도상 군사재판 직후 즉시 총살. "
        "북한은 3일 군사재판을 열어 전 철도상에게 사형을 선고했다고 통신이 4일 전했다. "
        "통신은 “사형은 판결 직후 곧바로 집행됐다”고 덧붙였다."
    )
    assert _types(text, "ko") == ["execution"]


def test_an_english_death_sentence_followed_by_an_immediate_execution_is_one_event() -> None:
    text = (
        "A military court sentenced the former bank director to death on 4 May for "
        "embezzlement. He was executed immediately, state media said."
    )
    assert _types(text, "en") == ["execution"]


def test_a_death_sentence_and_a_later_execution_of_others_stay_two_events() -> None:
    text = (
        "A military court sentenced the former bank director to death on 4 May for "
        "embezzlement. Two other officials were executed in Kilju in June."
    )
    assert _types(text, "en") == ["execution", "trial"]


# --- escapes told in other words


def test_a_boat_crossing_a_sea_border_with_several_modifiers_is_an_escape() -> None:
    text = (
        "A small motor launch crossed the heavily patrolled eastern sea border at dawn on 5 March."
    )
    assert _types(text, "en") == ["escape"]


def test_a_boat_drifting_south_over_the_sea_line_is_an_escape() -> None:
    text = (
        "A coast guard cutter found a skiff with four crewmen that had drifted south past the "
        "maritime line on Monday."
    )
    assert _types(text, "en") == ["escape"]
    assert _types("The boat had drifted into southern waters in May.", "en") == ["escape"]


def test_korean_soldiers_who_crossed_over_to_a_chinese_town_escaped() -> None:
    text = "지난 3일 병사 2명이 장백으로 건너가 민가에 들어갔다가 중국 공안에 붙잡혔다."
    assert _types(text, "ko") == ["arrest", "escape"]


def test_traders_going_back_and_forth_across_the_border_are_no_escape() -> None:
    text = "상인 몇 명이 장사를 하려고 국경을 넘나들며 중국산 옷감을 들여왔다."
    assert "escape" not in _types(text, "ko")


def test_a_crossing_made_to_smuggle_is_the_smuggling_not_an_escape() -> None:
    text = "지난 3월 밀무역을 하려고 두만강을 건너던 남성 2명이 경비대에 붙잡혔다."
    assert _types(text, "ko") == ["arrest", "smuggling"]
    text = "The smugglers who crossed the river at night were arrested by guards in June."
    assert "escape" not in _types(text, "en")


def test_defectors_crossing_the_river_stay_an_escape() -> None:
    assert _types("지난 3일 탈북민 2명이 두만강을 건너 중국으로 갔다.", "ko") == ["escape"]


def test_crossings_on_foot_by_water_or_by_boat_are_escapes() -> None:
    for text in (
        "Two soldiers made it across the river to China on 3 May.",
        "The soldier ran across the demarcation line on 13 November.",
        "He waded across the Tumen into China in March.",
        "Three women left the North illegally in April.",
        "The family sailed south across the sea border on 24 October.",
    ):
        assert _types(text, "en") == ["escape"], text
    assert _types("The truck drove across the bridge in May.", "en") == []


def test_a_korean_boat_come_south_is_an_escape_but_a_cold_wave_is_not() -> None:
    assert _types("북한 주민 2명이 지난 3일 목선을 타고 남하했다.", "ko") == ["escape"]
    assert _types("한파가 남하하면서 기온이 떨어졌다.", "ko") == []


# --- detentions told as the release that ended them


def test_a_korean_release_on_medical_bail_closes_a_detention_dated_that_day() -> None:
    text = "징역 5년을 선고받고 복역 중이던 외국인 사업가가 지난 9일 병보석으로 풀려났다."
    held = [e for e in events_of(text, language="ko") if e.type == "detention"]
    assert [e.date for e in held] == ["2019-11-09"]


def test_a_korean_release_keeps_the_day_told_before_its_verb() -> None:
    text = "북한에 억류됐던 대학생이 지난 13일 석방됐다."
    held = [e for e in events_of(text, language="ko") if e.type == "detention"]
    assert [e.date for e in held] == ["2019-11-13"]


# --- detentions told in other words


def test_english_paraphrases_of_holding_people_are_detentions() -> None:
    for text in (
        "She has been imprisoned in Kaechon since 2016.",
        "She spent six months in a labor training camp in Musan in 2018.",
        "The ten were forced into hard labour at a mine in Chagang in May.",
    ):
        assert _types(text, "en") == ["detention"], text


def test_a_sentence_to_hard_labour_stays_a_trial() -> None:
    assert _types("The court sentenced him to ten years of hard labour in May.", "en") == ["trial"]


def test_korean_forced_labour_and_being_locked_in_a_camp_are_detentions() -> None:
    text = "해임된 무역 일꾼은 지난 3월부터 양강도 광산에서 강제 노역을 하고 있다."
    assert _types(text, "ko") == ["detention"]
    assert _types("그 운전기사는 지난달 요덕 관리소에 갇혔다고 한다.", "ko") == ["detention"]


def test_people_shipped_off_to_a_prison_camp_are_a_detention_of_their_own() -> None:
    text = (
        "After the shooting, the dead men's wives and children were shipped off to a prison "
        "camp in the hills."
    )
    assert _types(text, "en") == ["detention"]


def test_a_camp_named_with_no_sending_starts_no_detention() -> None:
    assert _types("The report describes prison camps across the north.", "en") == []


# --- crackdowns told as what an authority did


def test_crackdowns_an_authority_conducted_are_a_campaign_not_talk() -> None:
    text = (
        "After the rumours spread, police began to conduct crackdowns in three market towns in May."
    )
    assert _types(text, "en") == ["crackdown"]


def test_crackdowns_spoken_of_as_a_kind_stay_talk() -> None:
    assert _types("Crackdowns are common in the border region.", "en") == []


def test_a_named_campaign_launched_in_a_year_is_a_crackdown() -> None:
    text = (
        "2016: Police launch the so-called “spring purity measures”, a drive of public trials "
        "for street traders."
    )
    found = [e for e in events_of(text, language="en") if e.type == "crackdown"]
    assert [e.date for e in found] == ["2016"]
    assert _types("The navy launched a missile in May.", "en") == []


def test_campaigns_told_as_orders_searches_manhunts_and_laws_are_crackdowns() -> None:
    for text in (
        "Authorities ordered residents in Hyesan to hand in Chinese phones in May.",
        "The Ministry of State Security set up a special task force to hunt down phone users "
        "in June.",
        "Police searched homes in Hyesan for South Korean videos in March.",
        "Guards were told to shoot anyone crossing the river in August.",
    ):
        assert _types(text, "en") == ["crackdown"], text
    assert _types("New party members were ordered to hand over rice in May.", "en") == []


def test_korean_rooting_out_stakeouts_and_a_law_adopted_are_crackdowns() -> None:
    for text in (
        "보안서는 이달 초 불법 휴대전화 사용을 뿌리 뽑으라는 지시를 내렸다.",
        "국경경비대는 지난달부터 24시간 잠복근무를 서고 있다.",
        "북한이 지난달 반동사상문화배격법을 채택했다.",
    ):
        assert _types(text, "ko") == ["crackdown"], text
    assert _types("회사는 지난달 새로운 방법을 채택했다.", "ko") == []


# --- sanctions: measures taken, not states, causes or rules broken


def test_korean_sanctions_as_a_state_cause_or_rule_broken_are_no_sanction() -> None:
    for text in (
        "해경은 지난 3일 대북제재 위반 혐의로 선박 1척을 억류했다.",
        "제재 대상인 북한 선박이 지난달 남포항에 입항한 것으로 확인됐다.",
        "유엔 제재를 받고 있는 북한은 지난 5월 석탄을 수출했다.",
        "대북제재로 인해 국경 무역이 크게 줄었다고 소식통이 지난 5일 전했다.",
    ):
        assert "sanction" not in _types(text, "ko"), text


def test_korean_designations_and_resolutions_stay_sanctions() -> None:
    assert _types("미국 재무부는 지난 3일 북한 기업 2곳을 독자제재 대상으로 지정했다.", "ko") == [
        "sanction"
    ]
    assert _types("안보리는 지난 5일 대북 제재 결의 2371호를 채택했다.", "ko") == ["sanction"]


def test_a_ship_under_an_asset_freeze_is_no_new_sanction() -> None:
    text = "The ship, which is under a UN asset freeze since 2017, was seen off Nampo in May."
    assert "sanction" not in _types(text, "en")
    text = "Under UN sanctions resolution 2397, China banned coal imports on 3 May."
    assert _types(text, "en") == ["sanction"]


def test_sanctions_told_as_frozen_assets_port_and_travel_bans_and_blacklists() -> None:
    for text in (
        "Washington froze the assets of two bankers on Tuesday.",
        "Japan banned all North Korean ships from its ports on 14 October.",
        "Australia placed travel bans on five officials in March.",
    ):
        assert _types(text, "en") == ["sanction"], text
    for text in (
        "일본은 지난 14일 북한 선박의 입항을 전면 금지했다.",
        "유럽연합은 지난 6일 북한 관리 4명을 블랙리스트에 올렸다.",
    ):
        assert _types(text, "ko") == ["sanction"], text
    assert _types("The state imposed a ban on private trade in Hyesan in May.", "en") == [
        "crackdown"
    ]


def test_a_korean_resolution_spoken_of_again_is_the_one_adopted() -> None:
    text = (
        "안보리는 5일 새 대북 제재 결의안을 통과시켰다. "
        "안보리는 결의에서 지난달의 핵실험을 규탄했다. "
        "이번 대북 제재 결의안은 2013년 결의안보다 원유 공급 상한을 더 낮췄다."
    )
    found = [e for e in events_of(text, language="ko") if e.type == "sanction"]
    assert [e.date for e in found] == ["2019-11-05"]


def test_korean_today_is_no_habit() -> None:
    text = "안보리는 오늘 대북 제재 결의 2371호를 만장일치로 채택했다."
    assert _types(text, "ko") == ["sanction"]
    assert _types("보위부는 늘 국경을 감시한다.", "ko") == []


# --- trials told without "sentenced" or "trial"


def test_english_paraphrases_of_a_sentence_are_trials() -> None:
    for text in (
        "The pair were given 11 years of hard labour by a provincial court on 2 April.",
        "A court in Pyongyang handed him a life term in May.",
        "He was condemned to death at a rally in Hyesan on 3 May.",
        "The court found the pair guilty of espionage on Tuesday.",
        "A closed-door hearing was held for the three in June.",
        "The defendants received prison terms of five to ten years in March.",
        "He was ordered to serve 10 years of reform through labour in June.",
    ):
        assert _types(text, "en") == ["trial"], text


def test_look_alikes_of_a_sentence_are_no_trial() -> None:
    for text in (
        "The diplomat was given two weeks to pack up and go home.",
        "The workers were given bonuses in May.",
        "He was found dead in his cell in May.",
    ):
        assert "trial" not in _types(text, "en"), text


def test_a_korean_term_given_without_the_word_hyeong_is_a_trial() -> None:
    found = events_of("주민 5명이 지난 5일 징역 10년에 처해졌다.", language="ko")
    assert [(e.type, e.people) for e in found] == [("trial", 5)]


def test_activists_launching_a_campaign_is_no_crackdown() -> None:
    text = "Activists in Seoul launched a campaign on Tuesday urging Beijing to stop deportations."
    assert _types(text, "en") == []


def test_a_run_across_the_line_told_as_the_circumstance_of_another_happening_is_no_escape() -> None:
    text = "The sergeant was badly hurt by gunfire as he ran across the line near the village."
    assert "escape" not in _types(text, "en")
