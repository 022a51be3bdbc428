"""Charges, penalties and counts taken from the clause that governs each event word (invented
reports written for the project)."""

from __future__ import annotations

from extract_support import events_of, one_event


def test_a_campaign_s_targets_are_not_the_charges_of_an_arrest_told_after_it() -> None:
    text = (
        "The authorities have launched a crackdown on smuggling, drug dealing and illegal "
        "phone use in North Hamgyong. Police arrested two women in Hoeryong in October for "
        "crossing the border."
    )
    arrest = one_event(text, "arrest", language="en")
    assert "drugs" not in arrest.charges and "illegal_phone" not in arrest.charges
    campaign = one_event(text, "crackdown", language="en")
    assert set(campaign.charges) >= {"smuggling", "drugs", "illegal_phone"}


def test_a_korean_campaign_s_targets_are_not_the_charges_of_an_arrest() -> None:
    text = (
        "당국은 밀수와 마약, 손전화 사용을 뿌리뽑겠다며 대대적인 단속을 벌이고 있다. "
        "지난 10일 혜산시에서 주민 2명이 보안서에 체포됐다."
    )
    arrests = [e for e in events_of(text, language="ko") if e.type == "arrest"]
    assert arrests and all(not e.charges for e in arrests)


def test_one_person_along_with_others_counts_them_all() -> None:
    text = "Security agents detained a mine worker along with four others in Musan in May."
    assert one_event(text, "arrest", language="en").people == 5
    text = "Kim Chol, a trader, was shot in Hyesan in March along with three of his deputies."
    assert one_event(text, "execution", language="en").people == 4


def test_couples_count_two_people_each() -> None:
    text = "Two couples were arrested in Sinuiju in June for watching South Korean dramas."
    assert one_event(text, "arrest", language="en").people == 4
    for text in ("지난달 부부 두 쌍이 체포됐다.", "지난달 두 쌍의 부부가 체포됐다."):
        assert one_event(text, "arrest", language="ko").people == 4


def test_a_korean_family_by_its_size() -> None:
    text = "지난 5일 회령시에서 4인 가족이 두만강을 건너다 국경경비대에 붙잡혔다."
    assert one_event(text, "arrest", language="ko").people == 4


def test_korean_tens_of_people_are_no_number_not_one() -> None:
    # 수십 명 tells no number (the keys leave it null), and not the one 주민이 after it
    text = "수십 명의 주민이 지난달 혜산 장마당에서 보안원들에게 체포됐다."
    assert one_event(text, "arrest", language="ko").people is None


def test_a_korean_crowd_of_tens_of_thousands_is_no_count() -> None:
    from nkevents.detect.numbers import find_counts

    counts = find_counts("공개재판에는 주민 수만 명을 모아 참관하게 했다.", "ko")
    assert all(c.value != 10000 or c.audience for c in counts)


def test_a_sentence_told_with_its_object_between_verb_and_penalty() -> None:
    from nkevents.detect.penalties import find_penalties

    found = find_penalties("A court in Hyesan sentenced two smugglers to death on 5 May.", "en")
    assert [p.kind for p in found] == ["death"]
    found = find_penalties("The judge sentenced the five defendants to 12 years.", "en")
    assert [(p.kind, p.min_months) for p in found] == [("forced_labor", 144)]
    assert find_penalties("He was beaten to death by guards in custody.", "en") == []
    trial = one_event("A court in Hyesan sentenced two smugglers to death on 5 May.", "trial")
    assert trial.penalty is not None and trial.penalty.kind == "death"


def test_condemned_with_its_object_is_a_trial() -> None:
    text = "The provincial court condemned the former manager to life in prison on Tuesday."
    trial = one_event(text, "trial", language="en")
    assert trial.penalty is not None and trial.penalty.kind == "life"


def test_a_korean_term_received_is_a_trial() -> None:
    text = "지난달 인신매매 혐의로 체포된 브로커 2명은 노동교화형 15년을 받았다."
    trial = one_event(text, "trial", language="ko")
    assert trial.people == 2 and trial.charges == ["trafficking"]
    assert trial.penalty is not None and (trial.penalty.kind, trial.penalty.min_months) == (
        "forced_labor",
        180,
    )


def test_the_executed_are_not_counted_among_the_sentenced() -> None:
    text = "마약 밀매 혐의로 주민 1명이 처형되고, 이를 방조한 보안원 2명은 노동교화형을 선고받았다."
    assert one_event(text, "trial", language="ko").people == 2


def test_a_separate_case_lends_no_charge_to_the_one_told_before() -> None:
    text = (
        "A teacher was arrested in Hamhung in April. Police found South Korean films on her "
        "computer, a source said. In a separate case, a trader was detained in Sinuiju for "
        "smuggling."
    )
    arrests = [e for e in events_of(text, language="en") if e.type == "arrest"]
    assert [(e.date, e.charges) for e in arrests] == [("2019-04", []), (None, ["smuggling"])]


def test_the_charge_of_an_older_case_of_the_person_is_not_the_event_s() -> None:
    text = (
        "Kim, who had been jailed for smuggling in 2015, was arrested again in March for "
        "using a Chinese phone."
    )
    assert one_event(text, "arrest", language="en").charges == ["illegal_phone"]
    text = (
        "지난달 혜산에서 주민 1명이 손전화 사용 혐의로 체포됐는데, "
        "그는 과거 밀수로 처벌받은 전력이 있다."
    )
    assert one_event(text, "arrest", language="ko").charges == ["illegal_phone"]
    text = "A man who was arrested for smuggling was executed in Hyesan on 3 May."
    assert one_event(text, "execution", language="en").charges == ["smuggling"]


def test_a_count_told_in_the_sentence_after_the_event_is_its_people() -> None:
    text = (
        "A small wooden boat crossed the maritime border into South Korean waters on 3 May "
        "and its passengers asked to defect, officials said. The boat carried four men and a "
        "woman, all from Chongjin."
    )
    assert one_event(text, "escape", language="en").people == 5


def test_a_count_of_others_beside_the_event_is_not_its_people() -> None:
    text = (
        "A small wooden boat crossed the maritime border into South Korean waters on 3 May "
        "and its passengers asked to defect, officials said. Two other boats with 30 "
        "fishermen were turned back."
    )
    escape = one_event(text, "escape", language="en")
    assert escape.people is None


def test_a_group_counted_as_the_subject_of_the_sentence_before_is_the_event_s() -> None:
    text = (
        "A group of 14 North Koreans was found adrift off the east coast last week, officials "
        "said. The wooden boat crossed the maritime border on 3 May and its passengers asked "
        "to defect."
    )
    assert one_event(text, "escape", language="en").people == 14


def test_a_day_before_a_month_is_no_count() -> None:
    from nkevents.detect.numbers import find_counts

    assert find_counts("It crossed the line on 3 May and its passengers asked to stay.", "en") == []


def test_a_penalty_asked_for_is_not_the_one_given() -> None:
    text = (
        "Prosecutors demanded the death penalty for a former official accused of embezzling "
        "state funds. The court in Pyongyang sentenced him to life imprisonment on Tuesday."
    )
    trial = one_event(text, "trial", language="en")
    assert trial.penalty is not None and trial.penalty.kind == "life"
    text = (
        "The prosecutor sought a 15-year sentence, but the court in Hyesan gave the trader ten "
        "years of reform through labour on 4 May."
    )
    trial = one_event(text, "trial", language="en")
    assert trial.penalty is not None and trial.penalty.max_months == 120
    text = "검찰이 징역 10년을 구형한 가운데 재판부는 지난 5일 징역 7년을 선고했다."
    trial = one_event(text, "trial", language="ko")
    assert trial.penalty is not None and trial.penalty.min_months == 84


def test_charge_phrases_of_forgery_insult_and_desertion() -> None:
    from nkevents.extract.attributes import labels, unique
    from nkevents.extract.lexicon import lexicon

    def charges(sentence: str, lang: str) -> list[str]:
        return unique(labels(lexicon().charges[lang], sentence, (0, len(sentence))))

    assert charges("He was arrested for forging travel permits.", "en") == ["fraud"]
    assert charges("The two countries are forging closer ties.", "en") == []
    assert charges("가짜 통행증을 만든 혐의로 체포됐다.", "ko") == ["fraud"]
    assert charges("최고존엄을 모독한 혐의로 체포됐다.", "ko") == ["political"]
    assert charges("부대를 이탈한 병사가 체포됐다.", "ko") == ["desertion"]


def test_a_definite_person_object_counts_one() -> None:
    text = "The Supreme Court sentenced the American to 15 years of hard labour on Thursday."
    assert one_event(text, "trial", language="en").people == 1


def test_an_offence_of_an_older_case_is_no_happening() -> None:
    text = (
        "A market trader, who had once been jailed for smuggling, was detained in Hyesan on "
        "20 March for selling Chinese phones."
    )
    found = events_of(text, language="en")
    assert [e.type for e in found] == ["arrest"]
    assert found[0].charges == ["illegal_phone"]


def test_a_trial_takes_the_charges_of_the_arrest_told_before_it_not_the_campaign_s() -> None:
    text = (
        "Police in Hoeryong launched a crackdown on smuggling and drug dealing in March. "
        "On 12 March, police detained a trader in Hyesan for selling Chinese phones. On 2 May a "
        "court in Hyesan sentenced him to life in prison."
    )
    trial = one_event(text, "trial", language="en")
    assert trial.charges == ["illegal_phone"]


def test_a_korean_list_of_campaign_targets_starts_no_trade() -> None:
    text = "혜산시 보안서가 지난달부터 밀수와 마약 거래, 불법 손전화 사용을 집중 단속하고 있다."
    found = events_of(text, language="ko")
    assert [e.type for e in found] == ["crackdown"]
    assert set(found[0].charges) == {"smuggling", "drugs", "illegal_phone"}
    text = "지난 3일 혜산시에서 주민 2명이 밀수와 관련해 체포됐다."
    assert any(e.type == "arrest" for e in events_of(text, language="ko"))


def test_a_camp_that_names_who_a_person_is_is_no_penalty() -> None:
    text = "A court sentenced a smuggler on 4 May, a former inmate of a prison camp said."
    assert one_event(text, "trial", language="en").penalty is None
    from nkevents.detect.penalties import find_penalties

    assert all(p.negated for p in find_penalties("A labour camp survivor spoke.", "en"))
    assert all(p.negated for p in find_penalties("정치범수용소 출신 탈북민이 말했다.", "ko"))


def test_a_clause_after_a_semicolon_has_its_own_people() -> None:
    text = "Two officials were executed in Pyongyang in May; a third was sent to a prison camp."
    assert one_event(text, "detention", language="en").people == 1
    assert one_event(text, "execution", language="en").people == 2


def test_relatives_and_bare_objects_are_counted() -> None:
    assert one_event("Two brothers were arrested in Hyesan on 3 May.", "arrest").people == 2
    text = "A mother and her daughter were caught near Musan on 3 May."
    assert one_event(text, "arrest", language="en").people == 2
    assert one_event("Police arrested the three in Hyesan on 3 May.", "arrest").people == 3
    text = "지난 3일 무산에서 두 형제가 밀수 혐의로 체포됐다."
    assert one_event(text, "arrest", language="ko").people == 2


def test_a_beaten_victim_is_no_offender() -> None:
    from nkevents.extract.attributes import labels, unique
    from nkevents.extract.lexicon import lexicon

    def charges(sentence: str) -> list[str]:
        return unique(labels(lexicon().charges["en"], sentence, (0, len(sentence))))

    assert charges("She was held in a cell in Onsong, where she was beaten.") == []
    assert charges("He was arrested for beating a guard.") == ["violence"]


def test_the_other_three_are_counted() -> None:
    text = (
        "Five soldiers were arrested in Sinuiju in January for selling fuel to Chinese "
        "traders. Two of them were later executed, and the other three were sentenced to 15 "
        "years of hard labour."
    )
    assert one_event(text, "trial", language="en").people == 3
    assert one_event(text, "execution", language="en").people == 2


def test_a_korean_count_after_the_clause_end_is_the_next_clause_s() -> None:
    text = "이 중 주모자 1명은 이달 초 공개처형됐고, 나머지 2명은 노동교화형 15년을 받았다."
    assert one_event(text, "execution", language="ko").people == 1
    assert one_event(text, "trial", language="ko").people == 2


def test_a_korean_charge_of_a_group_shared_out_is_every_part_s() -> None:
    text = (
        "지난달 신의주에서 밀수 혐의로 체포된 세관원 3명 중 1명은 총살되고 2명은 "
        "무기노동교화형을 선고받았다."
    )
    assert one_event(text, "execution", language="ko").charges == ["smuggling"]
    assert one_event(text, "trial", language="ko").charges == ["smuggling"]


def test_a_count_inside_a_relative_clause_is_not_the_subject_s() -> None:
    text = (
        "The three, who were arrested in March along with 20 others, were executed in Hyesan "
        "on 5 May."
    )
    assert one_event(text, "execution", language="en").people == 3


def test_a_relative_named_as_subject_and_one_with_them_count() -> None:
    text = "A woman crossed the Tumen River near Musan on 3 May with her son."
    assert one_event(text, "escape", language="en").people == 2
    assert one_event("His wife was sent to a prison camp in May.", "detention").people == 1
    text = "He was arrested in Hyesan on 3 May with his wife's phone."
    assert one_event(text, "arrest", language="en").people == 1


def test_penalties_shared_out_in_one_clause_are_two_judgements() -> None:
    text = (
        "Kim was sentenced to death by a court in Hyesan on 3 May, and his two accomplices "
        "were sentenced to 15 years of hard labour."
    )
    trials = sorted(
        (e for e in events_of(text, language="en") if e.type == "trial"),
        key=lambda e: e.people or 0,
    )
    assert [(e.people, e.penalty.kind if e.penalty else None) for e in trials] == [
        (1, "death"),
        (2, "forced_labor"),
    ]
    text = "The court sentenced the ringleader to death and his two accomplices to 15 years."
    kinds = {e.penalty.kind for e in events_of(text, language="en") if e.penalty}
    assert kinds == {"death", "forced_labor"}


def test_one_subject_of_verbs_joined_by_and_counts_one() -> None:
    text = (
        "On Sunday, he was fired from all posts at a party meeting in Pyongyang and dragged "
        "away by soldiers."
    )
    assert one_event(text, "arrest", language="en").people == 1
    text = "He was questioned for hours, and the police later arrested his two sons in May."
    assert one_event(text, "arrest", language="en").people == 2
