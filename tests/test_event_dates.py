"""Which date an event takes: the date of its own clause, at the precision the text gives
(reports written for the project, invented happenings)."""

from __future__ import annotations

import pytest
from extract_support import events_of, one_event

from nkevents.detect.dates import find_dates
from nkevents.extract.argument_dates import describes_another
from nkevents.extract.context import analyse
from nkevents.model import Document


def test_a_korean_crossing_keeps_its_day_when_a_later_day_is_the_arrests() -> None:
    # the 4th is the crossing's (its verb comes first); the 7th is the arrest's
    text = (
        "지난 4일 회령시에서 강을 건넌 주민 3명이 탈북한지 사흘 만인 7일 중국 공안에 "
        "체포됐다고 소식통이 전했다.\n"
    )
    found = {e.type: e.date for e in events_of(text, published="2021-05-10", language="ko")}
    assert found["escape"] == "2021-05-04"
    assert found["arrest"] == "2021-05-07"


def test_the_time_of_another_thing_is_no_continuation_of_the_event() -> None:
    # "사장 당시": when he was a manager, long before; not "at that time" of the shooting
    text = (
        "양강도에서 밀수꾼 한 명이 공개 총살됐다고 소식통이 전했다.\n\n"
        "그는 2001년 무역회사 사장 당시 모범 일꾼으로 표창을 받은 것으로 알려졌다.\n"
    )
    event = one_event(text, "execution", published="2020-03-08", language="ko")
    assert event.date != "2001"


def test_the_end_of_a_range_of_ordinal_days_is_a_date() -> None:
    values = [d.value for d in find_dates("heard from the 2nd to 5th", "2018-07-20", "en")]
    assert values == ["2018-07-02", "2018-07-05"]
    values = [d.value for d in find_dates("between the 2nd and the 5th", "2018-07-20", "en")]
    assert values == ["2018-07-02", "2018-07-05"]
    # an ordinal that ranks something, or a day before its month, is no range's end
    assert [d.value for d in find_dates("and the 9th to pass", "2018-07-20", "en")] == []
    assert [d.value for d in find_dates("on 2nd May", "2018-07-20", "en")] == ["2018-05-02"]


def test_a_trial_held_over_days_is_dated_by_its_last_day() -> None:
    text = (
        "The provincial court tried the two traders from the 2nd to the 5th and sentenced "
        "both to eight years of reform through labour.\n"
    )
    assert one_event(text, "trial", published="2018-07-20").date == "2018-07-05"
    text = (
        "The court heard the case of the three brokers from Tuesday to Friday and sentenced "
        "them to six years of hard labour.\n"
    )  # 2018-07-20 is a Friday: from Tuesday the 17th to that Friday
    assert one_event(text, "trial", published="2018-07-20").date == "2018-07-20"


def test_a_korean_day_inside_the_quoted_words_is_not_the_day_of_telling() -> None:
    text = (
        "중앙통신은 6일 “간첩 2명에 대한 재판이 7월 2일부터 5일까지 진행됐다”고 전하며 "
        "“각각 15년의 노동교화형을 언도했다”고 보도했다.\n"
    )
    event = one_event(text, "trial", published="2018-07-07", language="ko")
    assert event.date == "2018-07-05"


def test_a_korean_arrest_while_crossing_keeps_the_date_before_both() -> None:
    # "건너다 체포됐다": caught while crossing; the crossing's bare stem closes no clause
    text = '소식통은 "이달 초 주민 두 명이 두만강을 건너다 경비대에 체포됐다"고 말했다.\n'
    event = one_event(text, "arrest", published="2018-04-25", language="ko")
    assert event.date == "2018-04"


def test_a_day_after_a_clause_told_by_a_speaker_is_the_events() -> None:
    text = "The border police said they were detained on Tuesday near Sinuiju.\n"
    assert one_event(text, "arrest", published="2018-07-20").date == "2018-07-17"
    # the day a speaker announced something is still not the event's
    text = "Two traders were detained near Sinuiju, the border police said on Tuesday.\n"
    assert one_event(text, "arrest", published="2018-07-20").date is None


def test_acts_done_since_a_date_have_no_date_but_a_holding_since_one_does() -> None:
    text = (
        "Since March 2017, traders in Hyesan have smuggled copper across the Yalu to "
        "Chinese buyers, a source said.\n"
    )
    assert one_event(text, "smuggling", published="2018-07-20").date is None
    text = "A cargo ship carrying North Korean coal has been detained in Pohang since May 2018.\n"
    assert one_event(text, "seizure", published="2018-07-20").date == "2018-05"


@pytest.mark.parametrize(
    ("phrase", "published", "values"),
    [
        ("caught last summer", "2018-10-02", ["2018"]),
        ("caught last summer", "2018-07-02", ["2017"]),  # this summer is not over yet
        ("shot this spring", "2018-10-02", ["2018"]),
        ("held in the autumn", "2018-04-02", ["2017"]),
        ("held during the early spring of 2016", "2018-04-02", ["2016"]),
        ("after the fall of the regime", "2018-04-02", []),  # a fall that is no season
        ("지난 가을 처형됐다", "2018-04-02", ["2017"]),
        ("올봄 붙잡혔다", "2018-06-02", ["2018"]),
    ],
)
def test_a_season_gives_its_year(phrase: str, published: str, values: list[str]) -> None:
    language = "en" if phrase.isascii() else "ko"
    assert [d.value for d in find_dates(phrase, published, language)] == values


@pytest.mark.parametrize(
    ("phrase", "values"),
    [
        ("두 달 전 체포됐다", ["2018-04"]),
        ("한 달여 전에 끌려갔다", ["2018-05"]),
        ("일주일 전 처형됐다", ["2018-06"]),
        ("3주 전 적발됐다", ["2018-05"]),
        ("보름 전 붙잡혔다", ["2018-05"]),
        ("두 달 동안 조사를 받았다", []),  # a length of time, not a time before
    ],
)
def test_korean_weeks_and_months_ago_give_their_month(phrase: str, values: list[str]) -> None:
    assert [d.value for d in find_dates(phrase, "2018-06-10", "ko")] == values


def test_a_korean_sentence_telling_when_it_took_place_dates_the_event_before() -> None:
    text = (
        "보위부가 밀수꾼 3명을 체포했다고 소식통이 전했다.\n\n"
        "이 일은 지난 12일 밤 혜산시 강변에서 벌어졌다.\n"
    )
    event = one_event(text, "arrest", published="2020-03-20", language="ko")
    assert event.date == "2020-03-12"


def test_the_next_day_and_the_day_before_count_from_the_day_told() -> None:
    text = (
        "Police detained two traders in Hyesan on March 3.\n\n"
        "Their driver was arrested the next day at a checkpoint.\n"
    )
    dates = sorted(e.date or "" for e in events_of(text, published="2020-03-20"))
    assert dates == ["2020-03-03", "2020-03-04"]
    text = (
        "Two soldiers fled across the river on May 9.\n\n"
        "Guards had arrested a fisherman at the same spot the day before.\n"
    )
    assert one_event(text, "arrest", published="2020-05-20").date == "2020-05-08"


def test_the_korean_next_day_counts_from_the_day_told() -> None:
    text = "두 사람은 지난 12일 회령에서 총살됐으며, 그 아내들은 이튿날 수용소로 보내졌다."
    found = [(e.type, e.date) for e in events_of(text, published="2030-04-21", language="ko")]
    assert found == [("execution", "2030-04-12"), ("detention", "2030-04-13")]
    text = (
        "국경경비대는 지난 3일 밀수꾼 두 명을 붙잡았다.\n\n이튿날 이들을 도운 운전수도 체포됐다.\n"
    )
    dates = sorted(e.date or "" for e in events_of(text, published="2030-04-21", language="ko"))
    assert dates == ["2030-04-03", "2030-04-04"]


@pytest.mark.parametrize(
    ("phrase", "published", "values"),
    [
        ("음력설을 앞두고 단속이 강화됐다", "2019-01-20", ["2019-02"]),
        ("지난해 추석 당일 체포됐다", "2019-02-20", ["2018-09-24"]),
        ("구정 연휴에 붙잡혔다", "2021-03-02", ["2021-02"]),
        ("설날을 앞둔 지난 20일", "2019-01-03", ["2018-12-20"]),  # 설날 alone: maybe 1 January
        ("ahead of the Lunar New Year", "2020-01-10", ["2020-01"]),
        ("on Chuseok Day", "2017-11-02", ["2017-10-04"]),
    ],
)
def test_a_lunar_holiday_gives_its_month(phrase: str, published: str, values: list[str]) -> None:
    language = "en" if phrase.isascii() else "ko"
    assert [d.value for d in find_dates(phrase, published, language)] == values


def test_a_holiday_dates_only_an_event_with_no_date_of_its_own() -> None:
    text = '소식통은 "음력설을 앞두고 혜산에서 밀수꾼 2명이 체포됐다"고 말했다.\n'
    event = one_event(text, "arrest", published="2019-02-20", language="ko")
    assert event.date == "2019-02"
    text = '소식통은 "음력설을 앞둔 지난 1월 28일 혜산에서 밀수꾼 2명이 체포됐다"고 말했다.\n'
    event = one_event(text, "arrest", published="2019-02-20", language="ko")
    assert event.date == "2019-01-28"


def test_a_campaign_named_in_a_phrase_of_circumstance_takes_no_date_of_the_clause() -> None:
    text = (
        "Two clerks at the Hyesan customs office were sacked this spring amid a crackdown on "
        "smuggling, a source said.\n"
    )
    assert one_event(text, "crackdown", published="2019-06-20").date is None


@pytest.mark.parametrize(
    ("phrase", "published", "values"),
    [
        ("police detained them over the weekend", "2019-11-04", ["2019-11"]),
        ("two were caught last weekend", "2019-12-02", ["2019"]),  # 30 Nov and 1 Dec
        ("they will meet at the weekend", "2019-11-04", []),  # one to come
        ("at the weekend market", "2019-11-04", []),
    ],
)
def test_the_weekend_before_publication(phrase: str, published: str, values: list[str]) -> None:
    assert [d.value for d in find_dates(phrase, published, "en")] == values


def test_weeks_and_months_later_count_on_from_the_day_told() -> None:
    text = (
        "Police detained two traders in Hyesan on March 3.\n\n"
        "A week later their driver was arrested at a checkpoint.\n"
    )
    assert sorted(e.date or "" for e in events_of(text, published="2020-06-20")) == [
        "2020-03-03",
        "2020-03-10",
    ]
    text = (
        "Police detained two traders in Hyesan on March 3.\n\n"
        "Two months later the pair were executed at the city stadium.\n"
    )
    assert one_event(text, "execution", published="2020-06-20").date == "2020-05"


def test_a_korean_event_told_as_today_is_an_event_of_the_publication_day() -> None:
    # 오늘 ends in 늘 ("always"): it makes no habit of the clause
    text = "북한이 오늘 혜산에서 밀수꾼 2명을 공개 처형했다고 소식통이 전했다.\n"
    event = one_event(text, "execution", published="2020-06-20", language="ko")
    assert event.date == "2020-06-20"
    # while 늘 on its own still tells what always happens
    text = "국경경비대는 늘 밀수꾼들을 체포하곤 한다고 소식통이 말했다.\n"
    assert not events_of(text, published="2020-06-20", language="ko")


def test_a_korean_source_speaking_today_does_not_date_what_happened_yesterday() -> None:
    text = "어제 혜산시에서 밀수꾼 2명이 체포됐다고 소식통이 오늘 전했다.\n"
    event = one_event(text, "arrest", published="2020-06-20", language="ko")
    assert event.date == "2020-06-19"


def test_a_noun_for_people_between_a_date_and_the_verb_does_not_take_the_date() -> None:
    text = "In March, two smugglers were arrested by border guards near Hyesan.\n"
    assert one_event(text, "arrest", published="2020-06-20").date == "2020-03"
    text = "Late last year, three defectors were caught by Chinese police in Yanji.\n"
    assert one_event(text, "arrest", published="2020-06-20").date == "2019"


@pytest.mark.parametrize(
    ("phrase", "values"),
    [
        ("shot on June 3 and 4.", ["2020-06"]),
        ("held on June 3 to 5 in Hyesan", ["2020-06"]),
        ("sentenced on June 3 to 15 years of hard labour", ["2020-06-03"]),
        ("arrested on June 3 and 4 others fled", ["2020-06-03"]),
    ],
)
def test_two_days_of_a_month_are_that_month(phrase: str, values: list[str]) -> None:
    assert [d.value for d in find_dates(phrase, "2020-06-20", "en")] == values


def test_a_date_of_another_happening_told_after_the_word_is_not_the_events() -> None:
    text = (
        "Two traders were detained in Sinuiju, the source said, adding that a similar raid "
        "took place there in 2016.\n"
    )
    assert one_event(text, "arrest", published="2020-06-20").date is None
    text = "Two traders were detained in Sinuiju in May, a month before another raid in June.\n"
    assert one_event(text, "arrest", published="2020-06-20").date == "2020-05"


def test_a_korean_date_after_the_clause_is_over_belongs_to_a_later_verb() -> None:
    text = (
        "혜산에서 밀수꾼 2명이 체포됐는데, 지난해 3월에도 비슷한 사건이 있었다고 소식통은 전했다.\n"
    )
    assert one_event(text, "arrest", published="2020-06-20", language="ko").date is None
    # a date after a noun, in its clause, is still its own
    text = "혜산에서 공개재판이 지난 10일 열려 밀수꾼 2명에게 사형이 선고됐다.\n"
    event = one_event(text, "trial", published="2020-06-20", language="ko")
    assert event.date == "2020-06-10"


def test_people_taken_in_a_korean_campaign_since_the_end_of_last_year_have_no_date() -> None:
    text = "이번 단속은 지난해 말부터 시작됐으며 지금까지 30여 명이 체포됐다.\n"
    assert one_event(text, "arrest", published="2020-06-20", language="ko").date is None


def test_a_day_told_by_a_trailing_attribution_is_the_day_of_telling() -> None:
    text = (
        "Chinese police have detained nine North Koreans in Yanji, reported one of the main "
        "Seoul dailies on Thursday.\n"
    )
    # not that Thursday; told in the present perfect, the arrest is news of that month
    # (extract/told_months.py)
    assert one_event(text, "arrest", published="2019-11-22").date == "2019-11"


def test_the_day_a_broadcaster_told_the_news_of_an_execution_is_not_its_day() -> None:
    text = "혜산에서 5월 2일 밀수꾼 3명이 총살됐다.\n\n한 방송도 9일 이번 처형 소식을 전했다.\n"
    found = [e.date for e in events_of(text, published="2022-06-12", language="ko")]
    assert found == ["2022-05-02"]
    # a source named after the day is not news told that day
    text = "붙잡힌 주민 2명이 지난달 28일 공개처형됐다고 소식통이 3일 전했다.\n"
    event = one_event(text, "execution", published="2022-06-05", language="ko")
    assert event.date == "2022-05-28"


def test_a_korean_date_of_what_came_before_is_not_the_events() -> None:
    # the 5th names the party meeting the campaign followed; the campaign goes on now
    text = "군 당국은 5일 당 회의 이후 장마당 단속에 나서 휴대폰 검열을 계속하고 있다.\n"
    event = one_event(text, "crackdown", published="2022-08-20", language="ko")
    assert event.date != "2022-08-05"
    text = "보안원들은 7일 도 회의 후 시장 일대를 집중 단속하고 있다.\n"
    event = one_event(text, "crackdown", published="2022-08-20", language="ko")
    assert event.date == "2022-08"
    # a verb's clause before 뒤 tells one sequence of the day: its day stays the event's
    text = "경비대는 지난 9일 나룻배가 강기슭에 닿자 둑으로 내려간 뒤 짐꾼 2명을 붙잡았다.\n"
    event = one_event(text, "arrest", published="2022-08-20", language="ko")
    assert event.date == "2022-08-09"
    # the afternoon of a day is that day
    text = "지난 9일 오후 짐꾼 2명이 경비대에 체포됐다.\n"
    event = one_event(text, "arrest", published="2022-08-20", language="ko")
    assert event.date == "2022-08-09"


def test_a_dateline_without_a_dash_is_not_the_days_event() -> None:
    text = (
        "Two sailors held\n"
        "VLADIVOSTOK, July 2 Port police arrested two North Korean sailors who tried to sell "
        "crates of vodka off their ship without papers, a harbour official said.\n"
    )
    event = one_event(text, "arrest", published="2021-07-02")
    assert event.date is None


def test_a_sentence_of_the_same_year_takes_the_year_told_before() -> None:
    text = (
        "Border guards arrested the tailor near Musan in August 2012. A court in Chongjin "
        "sentenced her to seven years of hard labour in November that year.\n"
    )
    found = {e.type: e.date for e in events_of(text, published="2014-02-10")}
    assert found["trial"] == "2012-11"
    text = "재봉사는 2012년 8월 무산에서 체포돼 같은 해 11월 노동교화형 7년을 선고받았다.\n"
    found = {e.type: e.date for e in events_of(text, published="2014-02-10", language="ko")}
    assert found["trial"] == "2012-11"


def test_a_trial_told_on_days_close_together_is_dated_by_the_sentence() -> None:
    text = (
        "A provincial court sentenced the copper dealer to eight years in a labour camp on "
        "Friday for selling state metal.\n"
        "His trial had begun on June 11, the paper said.\n"
    )
    assert one_event(text, "trial", published="2019-06-17").date == "2019-06-14"


def test_a_date_opening_a_sentence_told_by_a_source_is_the_day_of_telling() -> None:
    text = (
        "In July, a study, which drew on interviews with escapees, said that the province had "
        "executed six grain thieves in 2018.\n"
    )
    assert one_event(text, "execution", published="2020-09-02").date == "2018"
    # a date whose clause holds the event word stays the event's
    text = "On Monday, police arrested two smugglers in Dandong, the ministry said.\n"
    assert one_event(text, "arrest", published="2020-07-02").date == "2020-06-29"


def test_a_day_the_clause_speaks_ahead_to_is_not_the_events() -> None:
    text = (
        "The court sentenced the broker to two years in prison. His appeal is set to open "
        "on May 30 in the city court.\n"
    )
    assert one_event(text, "trial", published="2017-03-01").date is None


def test_a_measure_is_dated_by_its_adoption_not_by_when_it_binds() -> None:
    text = (
        "The council voted through Resolution 2399 on Sept. 11 to cap fuel deliveries; "
        "its limits take effect from Jan. 1.\n"
    )
    assert one_event(text, "sanction", published="2017-12-22").date == "2017-09-11"


def test_a_korean_clause_told_as_what_also_happened_is_another_happening() -> None:
    # the boat held in March is another seizure: the one told first has no date of its own
    text = (
        "일본 해상보안청이 동해에서 북한 목선 2척을 나포했다.\n\n"
        "3월에도 해상보안청이 북한 목선 1척을 나포해 조사하기도 했다.\n"
    )
    dates = sorted(
        str(e.date)
        for e in events_of(text, published="2019-09-27", language="ko")
        if e.type == "seizure"
    )
    assert dates == ["2019-03", "None"]


def test_a_sentence_opening_on_earlier_tells_an_earlier_happening() -> None:
    text = (
        "혜산에서 도강하던 주민 2명이 국경경비대에 체포됐다.\n\n"
        "앞서 혜산에서는 2019년 3월 밀수꾼 1명이 경비대에 체포됐다.\n"
    )
    found = sorted(
        str(e.date)
        for e in events_of(text, published="2020-06-20", language="ko")
        if e.type == "arrest"
    )
    assert found == ["2019-03", "None"]


def test_a_house_raided_by_police_dates_the_arrest_not_the_flight() -> None:
    text = (
        "Five North Korean women have been detained by police in Jilin Province, a church "
        "group said on Wednesday.\n\n"
        "Two of them had left Hyesan three weeks ago, the group said.\n\n"
        "The five were sharing rooms above a noodle shop in Tumen which was raided by "
        "border police on Sunday, a pastor said.\n"
    )
    found = {e.type: e.date for e in events_of(text, published="2018-03-14")}
    assert found["arrest"] == "2018-03-11"


def test_a_campaign_dated_by_the_day_of_an_arrest_told_in_it_takes_the_month() -> None:
    text = "산에 숨어 있던 병사 1명이 지난 6일 수색을 벌이던 경비대에 체포됐다.\n"
    found = {e.type: e.date for e in events_of(text, published="2021-05-14", language="ko")}
    assert found["arrest"] == "2021-05-06"
    assert found["crackdown"] == "2021-05"
    # a campaign with a day of its own keeps it
    text = "보위부는 지난 12일부터 국경 일대에서 대대적인 단속을 시작했다.\n"
    event = one_event(text, "crackdown", published="2021-05-14", language="ko")
    assert event.date == "2021-05-12"


def test_an_arrest_told_in_a_clause_of_what_came_before_takes_that_clauses_date() -> None:
    text = (
        "Two loggers from Russia were sent home by Pyongyang. The pair were released on "
        "Friday after their arrest near Rason on 2 August, the embassy said.\n"
    )
    assert one_event(text, "arrest", published="2014-08-25").date == "2014-08-02"


def test_a_korean_day_before_a_flight_told_as_done_before_is_the_flights() -> None:
    # "the miners who had slipped across on the 4th were caught": the 4th is the crossing's
    text = '소식통은 "지난 4일 두만강을 건너 달아났던 광부 3명이 경비대에 붙잡혔다"고 전했다.\n'
    found = {e.type: e.date for e in events_of(text, published="2016-04-20", language="ko")}
    assert found["escape"] == "2016-04-04"
    assert found["arrest"] is None
    text = '소식통은 "지난 4일 중국으로 도주했던 광부 3명이 공안에 체포됐다"고 전했다.\n'
    found = {e.type: e.date for e in events_of(text, published="2016-04-20", language="ko")}
    assert found["escape"] == "2016-04-04"
    assert found["arrest"] is None


def test_people_detected_by_the_coast_guard_date_their_crossing() -> None:
    text = (
        "Three North Korean fishermen defected to South Korea by boat, a navy spokesman "
        "said Thursday.\n\n"
        "They were first detected by a patrol plane early on Wednesday.\n"
    )
    assert one_event(text, "escape", published="2010-11-26").date == "2010-11-24"


def test_that_day_of_a_participle_dates_its_own_happening() -> None:
    # "이날 총살된 여성": the day goes with the execution the participle tells, not with the
    # trade the person took up before it
    text = (
        "함경북도 회령시에서 12일 공개재판이 열려 주민 1명이 총살됐다. 이날 총살된 여성 "
        "이씨는 생활고 끝에 구리 밀매에 손을 댄 것으로 전해졌다."
    )
    found = {e.type: e.date for e in events_of(text, published="2021-03-20")}
    assert found == {"execution": "2021-03-12", "smuggling": None}
    # told of the event word itself, "이날" still dates it
    text = "함경북도 회령시에서 12일 공개재판이 열렸다. 이날 재판에서 주민 1명이 총살됐다."
    assert one_event(text, "execution", published="2021-03-20").date == "2021-03-12"


def test_that_day_after_an_english_participle_is_that_word_s() -> None:
    text = "One man was shot on March 12. The man executed that day had smuggled copper."
    doc = Document("t", text, published="2021-03-20", language="en")
    ctx = analyse(doc, "en", text.lower())
    cue = text.index("that day")
    later = text.index("smuggled")
    assert describes_another(ctx, (cue, cue + 8), (later, later + 8))
    told = "Police came on March 12. That day they smuggled copper."
    ctx = analyse(Document("t", told, published="2021-03-20", language="en"), "en", told.lower())
    cue, later = told.index("That day"), told.index("smuggled")
    assert not describes_another(ctx, (cue, cue + 8), (later, later + 8))


def test_a_later_link_told_of_the_same_people_takes_the_month_of_the_link_before() -> None:
    # the sentence names no day of its own: the month of the arrest it follows, not the day
    text = (
        "Border guards arrested five smugglers near Hyesan on March 3. "
        "They were sent to a labour camp for a year, a source said."
    )
    found = {e.type: e.date for e in events_of(text, published="2021-03-20")}
    assert found == {"arrest": "2021-03-03", "detention": "2021-03"}
    text = (
        "보안서는 지난 6월 초 만포에서 짐꾼 3명을 붙잡았다. "
        "이들은 노동단련대 1년 처벌을 받았다고 소식통이 전했다."
    )
    found = {e.type: e.date for e in events_of(text, published="2020-07-09")}
    assert found == {"arrest": "2020-06", "detention": "2020-06"}


def test_a_later_link_told_of_them_takes_the_people_of_the_link_before() -> None:
    # "They were given ...": the woman and her son arrested, two, in the arrest's month
    text = (
        "In early June, police in Manpo arrested a woman and her son at the river bank. "
        "They were given a year of labour training, a source said."
    )
    trial = one_event(text, "trial", published="2020-07-09")
    assert (trial.date, trial.people) == ("2020-06", 2)


def test_a_sentence_of_charges_about_them_is_no_later_link() -> None:
    # "붙잡힌 사람들은 ... 혐의를 받고 있다" tells what the arrested are accused of, not a
    # link of the trial told after it: the trial has no month from the arrest
    text = (
        "보위부가 지난 3월 혜산에서 주민 40명을 체포했다. 붙잡힌 사람들은 밀수와 불법 송금 "
        "혐의를 받고 있다. 이 가운데 8명은 공개재판에 회부됐다."
    )
    found = {e.type: e.date for e in events_of(text, published="2020-04-10")}
    assert found == {"arrest": "2020-03", "trial": None}


def test_a_later_link_of_other_people_takes_no_month() -> None:
    # another subject: a teacher sent to a camp is not one of the porters and gets no date
    text = (
        "Police arrested three porters in Manpo in early June after a trip to Ji'an. "
        "A court in Kanggye gave a teacher six months in a labour camp."
    )
    found = {e.type: e.date for e in events_of(text, published="2020-07-09")}
    assert found == {"arrest": "2020-06", "detention": None}
    # nor does an earlier link told after a later one ("were arrested ... They had fled")
    text = "Police arrested three porters in Manpo on 12 June. They had crossed to China twice."
    found = {e.type: e.date for e in events_of(text, published="2020-07-09")}
    assert found.get("arrest") == "2020-06-12" and found.get("escape") != "2020-06"
    # nor a state told as before the story ("had been sent", "복역 중이었다")
    text = (
        "Two prisoners escaped from a labour camp in Hyesan on 16 February. "
        "They had been sent to the camp for six months for using Chinese phones."
    )
    found = {e.type: e.date for e in events_of(text, published="2021-03-01")}
    assert found == {"escape": "2021-02-16", "detention": None}
    text = (
        "두 명이 지난 16일 혜산시 노동단련대에서 달아났다. 이들은 중국산 휴대전화를 "
        "사용하다 적발돼 6개월의 노동단련형을 받고 복역 중이었다."
    )
    assert one_event(text, "trial", published="2021-03-20").date is None


def test_a_date_in_a_relative_clause_on_the_subject_is_not_the_main_verb_s() -> None:
    # "who was picked up ... in mid-September": the rescue's date, not the deportation's
    text = "A sailor who was picked up near an island in mid-September was deported to the North."
    assert one_event(text, "arrest", published="2021-03-20").date is None
    text = "The trader who had been detained on 3 March was given ten years in prison."
    assert one_event(text, "trial", published="2021-03-20").date is None
    # the verb's own date still dates it
    text = "The man who fled was sentenced on March 3 to ten years in prison."
    assert one_event(text, "trial", published="2021-03-20").date == "2021-03-03"


def test_a_korean_restatement_told_by_a_source_keeps_its_day() -> None:
    # "이번 사건은 지난 9일 ... 일어났다고 소식통은 전했다": the happening's verb stands
    # between the day and the source's verb, so the day is the happening's, not the telling's
    text = (
        "양강도 혜산에서 주민 2명이 공개처형됐다. 이번 사건은 지난 9일 혜산 비행장에서 "
        "벌어졌다고 소식통은 전했다."
    )
    assert one_event(text, "execution", published="2021-03-20").date == "2021-03-09"
    text = "신의주에서 밀수꾼 3명이 체포됐다. 사건은 지난 5일 새벽 압록강변에서 일어났다."
    assert one_event(text, "arrest", published="2021-03-20").date == "2021-03-05"
    # with no verb of the happening between, the day before the source's verb is the telling's
    text = "양강도 혜산에서 주민 2명이 공개처형됐다고 소식통이 지난 9일 전했다."
    assert one_event(text, "execution", published="2021-03-20").date is None


def test_a_vessel_intercepted_on_a_day_dates_the_seizure_told_before() -> None:
    text = (
        "Guards seized a boat carrying 500 kg of copper near Sinuiju. "
        "The vessel was intercepted on 12 May."
    )
    assert one_event(text, "seizure", published="2021-05-20").date == "2021-05-12"


def test_a_day_after_a_relative_clause_is_the_main_verb_s_not_the_clause_s() -> None:
    # "The brother, who defected ..., phoned a church group on Monday night": Monday is the
    # call's, not the defection's
    text = (
        "Four miners were detained in Hunchun in early May. One miner's brother, who "
        "defected to the South years ago, phoned a church group about them on Monday night."
    )
    found = {e.type: e.date for e in events_of(text, published="2021-03-20")}
    assert found.get("escape") is None


def test_a_day_that_opens_a_sentence_of_officials_telling_is_the_telling_s() -> None:
    text = (
        "A young soldier walked over the border line and was held near Cheorwon. On Friday, "
        "army officers in the capital described the case, saying he was taken into custody "
        "within an hour."
    )
    assert {e.date for e in events_of(text, published="2021-03-20")} == {None}
    # the authorities' own act on that day keeps it
    text = "On Tuesday, police arrested two men in Dandong for smuggling copper."
    assert one_event(text, "arrest", published="2021-03-20").date == "2021-03-16"


def test_lately_before_a_source_that_tells_is_the_telling_s() -> None:
    # "최근 [매체]가 ... 보도했다": 최근 is when the outlet told it
    text = (
        "최근 북한 전문 매체 데일리NK가 무산군에서 한국 영화를 본 10대 8명이 체포됐다고 보도했다."
    )
    assert one_event(text, "arrest", published="2021-03-20").date is None
    # before the happening's own clause it still gives the month of publication
    text = "최근 무산군에서 한국 영화를 본 10대 8명이 체포됐다고 데일리NK가 보도했다."
    assert one_event(text, "arrest", published="2021-03-20").date == "2021-03"


def test_an_arrest_a_few_days_ago_is_of_the_month_those_days_fall_in() -> None:
    text = (
        "Three defectors were arrested by Chinese police in Shenyang a few days ago, an "
        "activist said. They had been hiding in a rented flat.\n"
    )
    event = one_event(text, "arrest", published="2019-05-17", language="en")
    assert event.date == "2019-05"
    text = "며칠 전 회령시에서 강을 건너려던 여성 2명이 체포됐다고 소식통이 16일 전했다.\n"
    event = one_event(text, "arrest", published="2019-05-17", language="ko")
    assert event.date == "2019-05"


def test_a_campaign_ahead_of_a_fixed_holiday_is_of_its_month() -> None:
    # no date of its own: the holiday it was told before is its anchor of last resort
    text = '양강도 소식통은 "태양절을 앞두고 혜산시에서 불법 휴대전화 단속이 강화됐다"고 말했다.\n'
    event = one_event(text, "crackdown", published="2019-05-17", language="ko")
    assert event.date == "2019-04"


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # the event named as what was made known: the day it was made known is not its own
        (
            "A woman was executed in Musan in late February. The execution was announced to "
            "residents at a meeting on February 25, a source said.\n",
            "en",
            "2021-02",
        ),
        (
            '3월 초 무산군에서 여성 1명이 처형됐다. 소식통은 10일 "처형은 지난 5일 주민 '
            '회의에서 공개됐다"고 말했다.\n',
            "ko",
            "2021-03",
        ),
        # the day it took place is
        (
            "A woman was executed in Musan in late February. The execution took place on "
            "February 25 at a riverside, a source said.\n",
            "en",
            "2021-02-25",
        ),
        (
            '3월 초 무산군에서 여성 1명이 처형됐다. 소식통은 10일 "처형은 지난 5일 강변에서 '
            '집행됐다"고 말했다.\n',
            "ko",
            "2021-03-05",
        ),
    ],
)
def test_the_day_an_event_was_made_known_is_not_its_day(
    text: str, language: str, expected: str
) -> None:
    event = one_event(text, "execution", published="2021-03-12", language=language)
    assert event.date == expected


def test_an_arrest_told_after_a_dated_search_by_the_same_agents_is_of_its_month() -> None:
    text = (
        "지난 3일 청진에서 보안원들이 가택수색을 벌였다. 이들은 남한 영화가 담긴 메모리를 "
        "찾아내 집주인을 체포했다.\n"
    )
    event = one_event(text, "arrest", published="2021-03-12", language="ko")
    assert event.date == "2021-03"  # the campaign's month, never a day it does not tell
