"""Grouping mentions into happenings: when a mention is one more of its kind, and what
the events of one operation share."""

from __future__ import annotations

from extract_support import events_of


def _executions(text: str, language: str = "en") -> list[tuple[str | None, list[str]]]:
    found = events_of(text, published="2021-06-20", language=language)
    return [
        (e.location.name if e.location else None, e.charges) for e in found if e.type == "execution"
    ]


def test_another_subject_is_one_more_happening() -> None:
    text = (
        "A railway dispatcher was shot in Kilju for selling diesel, a source said.\n\n"
        "Another railway worker was executed in Kilju, the source added."
    )
    assert len(_executions(text)) == 2  # same town, no date, no count: still another man


def test_a_second_subject_with_an_apposition_is_one_more_happening() -> None:
    text = (
        "A railway dispatcher was shot in Kilju for selling diesel, a source said.\n\n"
        "A second man, a market guard, was executed for taking bribes."
    )
    assert len(_executions(text)) == 2


def test_a_second_source_tells_the_same_happening() -> None:
    text = (
        "A railway dispatcher was shot in Kilju for selling diesel, a source said.\n\n"
        "A second source said the dispatcher was executed before a crowd."
    )
    assert len(_executions(text)) == 1


def test_a_separate_or_similar_case_is_another_happening() -> None:
    for marker in ("In a separate case", "In a similar case"):
        text = (
            "Police in Dandong arrested a North Korean trader last month.\n\n"
            f"{marker}, police arrested a North Korean trader in Dandong, the report said."
        )
        found = [e for e in events_of(text, published="2021-06-20") if e.type == "arrest"]
        assert len(found) == 2, marker


def test_korean_another_subject_is_one_more_happening() -> None:
    text = (
        "함경북도 회령시에서 밀수꾼 1명이 공개처형됐다고 소식통이 전했다.\n\n"
        "또 다른 밀수꾼 1명도 회령시에서 처형됐다고 소식통은 덧붙였다."
    )
    assert len(_executions(text, "ko")) == 2
    same = (
        "함경북도 회령시에서 밀수꾼 1명이 공개처형됐다고 소식통이 전했다.\n\n"
        "또 다른 소식통은 그가 처형된 것은 마약 거래 때문이라고 말했다."
    )
    assert len(_executions(same, "ko")) == 1  # another source, the same shooting


def test_a_seizure_told_with_an_arrest_takes_its_place_and_day() -> None:
    text = (
        "Border police boarded a barge, detained its three crew members and seized forty "
        "boxes of cigarettes, officials said.\n\n"
        "The three crewmen were arrested near Sinuiju on June 3 while unloading the boxes."
    )
    found = {e.type: e for e in events_of(text, published="2021-06-20")}
    arrest, seizure = found["arrest"], found["seizure"]
    assert arrest.date == "2021-06-03" and arrest.location is not None
    assert seizure.date == arrest.date
    assert seizure.location is not None and seizure.location.name == arrest.location.name


def test_a_seizure_told_apart_from_the_arrest_keeps_its_own_values() -> None:
    text = (
        "Border guards seized a boat loaded with copper near Sinuiju in April.\n\n"
        "Separately, police arrested three traders in Hyesan on June 3."
    )
    found = {e.type: e for e in events_of(text, published="2021-06-20")}
    assert found["seizure"].date == "2021-04"
    assert found["seizure"].location is not None
    assert found["seizure"].location.name == "Sinuiju"


def test_an_undated_hand_over_joins_the_dated_hand_over_not_the_capture() -> None:
    text = (
        "A Canadian aid worker has been deported for filming a military parade, state media "
        "said.\n\n"
        "She was arrested on May 12 while filming soldiers near Kaesong.\n\n"
        "The aid worker, 38, had run a bakery project for three years.\n\n"
        "The agency added that the government deported her on May 30 on humanitarian grounds."
    )
    arrests = {e.date: e for e in events_of(text, published="2021-07-06") if e.type == "arrest"}
    assert set(arrests) == {"2021-05-12", "2021-05-30"}
    capture, handover = arrests["2021-05-12"], arrests["2021-05-30"]
    assert len(handover.evidence) == 2  # the lede's "has been deported" and the dated one
    assert len(capture.evidence) == 1


def test_a_town_and_the_prefecture_it_lies_in_are_one_arrest() -> None:
    text = (
        "지린성 옌볜 조선족자치주에서 지난 12일 북한산 마약을 밀거래하던 밀수업자 3명이 "
        "공안에 체포됐다.\n\n"
        '소식통은 "12일 훈춘 세관 근처에서 밀수업자 3명이 붙잡혔다"고 말했다.'
    )
    arrests = [
        e for e in events_of(text, published="2021-06-20", language="ko") if e.type == "arrest"
    ]
    assert len(arrests) == 1
    assert arrests[0].location is not None and arrests[0].location.name == "Hunchun"


def test_a_boat_stopped_at_a_place_restates_its_seizure() -> None:
    text = (
        "Coast guards seized a North Korean trawler carrying sand off the coast of Nampo, "
        "the agency said on Saturday.\n\n"
        "The trawler was stopped near Cho Island on Thursday after its crew ignored flares."
    )
    found = [e for e in events_of(text, published="2021-06-20") if e.type == "seizure"]
    assert [e.date for e in found] == ["2021-06-17"]


def test_a_pick_up_at_sea_restates_the_defection() -> None:
    text = (
        "Three North Korean fishermen defected to the South aboard a small wooden boat, the "
        "ministry said.\n\n"
        "They were picked up east of Sokcho on May 6 when their engine broke down."
    )
    found = [e for e in events_of(text, published="2021-06-20") if e.type == "escape"]
    assert [(e.date, e.people) for e in found] == [("2021-05-06", 3)]


def test_a_raid_restates_the_arrest() -> None:
    text = (
        "Chinese police arrested a North Korean woman and her son in Tumen, a pastor said.\n\n"
        "The guesthouse in the town was raided by officers on Saturday, he said."
    )
    found = [e for e in events_of(text, published="2021-06-20") if e.type == "arrest"]
    assert [e.date for e in found] == ["2021-06-19"]


def test_a_korean_boat_found_restates_the_defection() -> None:
    text = (
        "북한 주민 3명이 소형 목선을 타고 귀순했다고 통일부가 밝혔다.\n\n"
        "지난 6일 새벽 속초 동쪽 바다에서 엔진이 멈춘 목선이 발견됐다."
    )
    found = [
        e for e in events_of(text, published="2021-06-20", language="ko") if e.type == "escape"
    ]
    assert [e.date for e in found] == ["2021-06-06"]


def test_an_execution_on_the_day_of_the_verdict_takes_the_trial_day_and_place() -> None:
    text = (
        "A people's court in Hamhung sentenced two brokers to death and their driver to ten "
        "years of hard labour in March 2020 for selling women to Chinese farmers, the report "
        "said.\n\n"
        "Both brokers, caught in a raid in May 2019, were shot by a firing squad on the same "
        "day as the verdict."
    )
    found = {e.type: e for e in events_of(text, published="2021-06-20")}
    execution = found["execution"]
    assert found["trial"].date == "2020-03"
    assert execution.date == "2020-03"  # not the month of the raid
    assert execution.location is not None and execution.location.name == "Hamhung"


def test_an_execution_on_another_day_keeps_its_own_date() -> None:
    text = (
        "A people's court in Hamhung sentenced two brokers to death and their driver to ten "
        "years of hard labour in March 2020 for selling women to Chinese farmers, the report "
        "said.\n\n"
        "The two brokers were executed in Chongjin in May 2020, it added."
    )
    found = {e.type: e for e in events_of(text, published="2021-06-20")}
    assert found["execution"].date == "2020-05"


def test_a_korean_execution_on_the_day_of_the_verdict_takes_the_trial_day() -> None:
    text = (
        "함흥시 인민재판소는 지난해 3월 인신매매 브로커 2명에게 사형을, 운전수 1명에게 "
        "노동교화형 10년을 선고했다고 소식통이 전했다.\n\n"
        "2019년 5월 단속에 걸린 브로커 2명은 선고 당일 총살됐다고 소식통은 말했다."
    )
    found = {e.type: e for e in events_of(text, published="2021-06-20", language="ko")}
    assert found["execution"].date == "2020-03"  # not the month of the raid


def test_a_rounded_count_and_the_exact_count_it_covers_are_one_arrest() -> None:
    # "20여 명" in the lede, "23명" in the body, "한 주민의 집" (whose house, not who)
    text = (
        "함경북도에서 외국 영화를 본 주민 20여 명이 체포됐다.\n\n"
        '소식통은 "지난 8일 청진시에서 외국 영화를 돌려본 주민 23명이 붙잡혔다"고 말했다.\n\n'
        "이들은 8일 밤 한 주민의 집에 모여 영화를 보다가 체포됐다."
    )
    arrests = [
        e for e in events_of(text, published="2021-06-21", language="ko") if e.type == "arrest"
    ]
    assert [(e.date, e.people) for e in arrests] == [("2021-06-08", 23)]


def test_more_than_ten_and_twelve_are_one_arrest_of_twelve() -> None:
    text = (
        "More than ten people have been arrested in Chongjin for watching foreign films.\n\n"
        "Twelve residents were detained on June 8 after they gathered at a house, a source said."
    )
    arrests = [
        e for e in events_of(text, published="2021-06-21", language="en") if e.type == "arrest"
    ]
    assert [e.people for e in arrests] == [12]


def test_a_rounded_count_and_a_count_beyond_its_round_are_two() -> None:
    text = (
        "지난 8일 청진시에서 주민 20여 명이 체포됐다.\n\n"
        "지난 8일 회령시에서도 주민 35명이 체포됐다."
    )
    arrests = [
        e for e in events_of(text, published="2021-06-21", language="ko") if e.type == "arrest"
    ]
    assert len(arrests) == 2


def test_a_sentence_to_a_camp_after_an_arrest_is_the_arrested_people_s() -> None:
    # a trial told first, then an arrest of others: "이들은 ... 처벌을 받았다" is the
    # arrested people's link, not the trial's
    text = (
        "함경북도 회령시에서 지난 5일 공개재판이 열려 마약 밀매 혐의로 주민 1명이 "
        "총살됐다. 한편 보위부는 지난달 중순 무산군에서 중국 상인과 몰래 거래하던 주민 "
        "3명을 체포했다. 이들은 노동단련대 6개월 처벌을 받았다고 소식통은 덧붙였다."
    )
    by_type = {e.type: e for e in events_of(text, published="2025-08-12")}
    detention = by_type["detention"]
    assert (detention.people, detention.date) == (3, "2025-07")
    assert detention.penalty is not None and detention.penalty.kind == "labor_training"
