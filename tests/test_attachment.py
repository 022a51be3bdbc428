"""Where and when: the place and date an event takes from a report (invented reports)."""

from __future__ import annotations

from extract_support import events_of, one_event

from nkevents.detect.dates import find_dates
from nkevents.model import Document

_events, _one = events_of, one_event


# --- dates of saying are not dates of doing ------------------------------------------------


def test_a_korean_day_before_a_quote_is_the_day_the_source_spoke() -> None:
    text = "함경북도의 한 소식통은 17일 “이달 초 청진에서 밀수꾼 3명이 체포됐다”고 말했다."
    assert _one(text, "arrest", language="ko").date == "2019-11"


def test_a_korean_day_before_the_source_is_the_day_it_spoke() -> None:
    for text in (
        "8일 대북 단체에 따르면 혜산에서 밀수꾼 2명이 공개 처형됐다.",
        "18일 양강도 소식통에 따르면 혜산에서 밀수꾼 2명이 공개 처형됐다.",
        "15일 [어느방송]은 혜산에서 밀수꾼 2명이 공개 처형됐다고 보도했다.",
    ):
        assert _one(text, "execution", language="ko").date is None, text  # not the day it was told


def test_a_korean_day_told_before_being_revealed_is_the_day_of_the_revealing() -> None:
    text = "밀수꾼 2명이 지난 12일 혜산에서 공개 총살된 것으로 19일 밝혀졌다."
    assert _one(text, "execution", language="ko").date == "2019-11-12"


def test_a_day_of_the_deed_next_to_a_place_is_kept() -> None:
    text = "양강도의 한 소식통은 16일 연대장이 전날인 15일 보위부에 붙잡혀 갔다고 밝혔다."
    assert _one(text, "arrest", language="ko").date == "2019-11-15"


def test_the_day_a_source_was_spoken_to_is_not_the_day_of_the_arrest() -> None:
    text = (
        "Security officials arrested four traders in Hyesan for selling phones. "
        "The paper spoke to a source in the province on Monday about the arrests."
    )
    assert _one(text, "arrest").date is None


def test_the_day_of_a_quoted_agency_is_not_the_day_of_the_crossing() -> None:
    text = (
        "Five North Koreans who crossed the sea border on a fishing boat fled hunger at home, "
        "they were quoted as saying by the spy agency Friday."
    )
    assert _one(text, "escape").date is None


# --- page furniture -----------------------------------------------------------------------


def test_a_posting_stamp_is_no_date() -> None:
    assert find_dates("2019-11-20 06:32:14 posted", None, "en") == []
    assert find_dates(" date 2019-11-20 Police arrested two", None, "en") == []
    assert [d.value for d in find_dates("on 2019-11-20 police", None, "en")] == ["2019-11-20"]


def test_a_dateline_with_an_agency_gives_neither_place_nor_date() -> None:
    text = (
        " date 2019-11-20 SEOUL, Nov. 20 (Newswire) -- Chinese police arrested six North "
        "Korean defectors this month, an activist said."
    )
    arrest = _one(text, "arrest")
    assert arrest.date == "2019-11"
    assert arrest.location is None or arrest.location.name != "Seoul"
    text = "Nov. 20 (Newswire) -- Police in Japan arrested a trader for shipping beer to Pyongyang."
    assert _one(text, "arrest").date is None


# --- project conventions for places ---------------------------------------------------------


def test_a_trial_by_the_central_or_highest_court_is_in_pyongyang() -> None:
    for text in (
        "The Central Court sentenced two foreign tourists to ten years of labour for spying.",
        "Since the case was heard by the land's highest court, the sentence of ten years of "
        "reform through labour cannot be appealed.",
        "North Korea's Supreme Court sentenced a visiting pastor to life in prison.",
    ):
        trial = _one(text, "trial")
        assert trial.location is not None and trial.location.name == "Pyongyang", text
        assert trial.location.admin1 == "Pyongyang"
    text = "북한 중앙재판소가 억류 중인 외국인 2명에게 노동교화형 10년을 선고했다고 보도했다."
    trial = _one(text, "trial", language="ko")
    assert trial.location is not None and trial.location.name == "Pyongyang"


def test_a_court_of_another_country_is_not_in_pyongyang() -> None:
    text = "South Korea's Supreme Court upheld a two-year prison term for a spy of the North."
    for event in _events(text):
        assert event.location is None or event.location.name != "Pyongyang"


def test_where_a_dispatch_was_monitored_is_not_where_the_trial_was() -> None:
    text = (
        "A provincial court sentenced two smugglers to five years of labour, the official "
        "news agency said in a dispatch monitored in Seoul."
    )
    trial = _one(text, "trial")
    assert trial.location is None or trial.location.name != "Seoul"


def test_a_photo_caption_is_never_evidence() -> None:
    for text in (
        "북한 최고재판소 청사. /사진=어느통신\n\n혜산시에서 주민 3명이 체포됐다고 소식통이 전했다.",
        "▲ 보안원들이 장마당에서 단속을 벌이고 있다.\n\n혜산시에서 주민 3명이 체포됐다고 소식통이 "
        "전했다.",
    ):
        assert [e.type for e in _events(text, language="ko")] == ["arrest"], text
    text = (
        "Guards patrol a river crossing near Hyesan, where smugglers were arrested last year. "
        "Photo: Newswire\n\nPolice in Dandong arrested two traders on Monday for smuggling phones."
    )
    arrests = [e for e in _events(text) if e.type == "arrest"]
    assert len(arrests) == 1 and arrests[0].date == "2019-11-18"


# --- foreign places: regions and airports ---------------------------------------------------


def test_a_chinese_border_town_carries_its_province() -> None:
    arrest = _one(
        "Chinese police arrested three North Korean defectors in Yanji on Monday.", "arrest"
    )
    assert arrest.location is not None and arrest.location.name == "Yanji"
    assert arrest.location.admin1 == "Jilin"


def test_a_korean_or_japanese_city_that_is_a_region_carries_it() -> None:
    seizure = _one(
        "Customs officers seized two containers of North Korean coal in Busan.", "seizure"
    )
    assert seizure.location is not None and seizure.location.admin1 == "Busan"
    arrest = _one("Police in Fukuoka arrested a trader for importing North Korean clams.", "arrest")
    assert arrest.location is not None and arrest.location.admin1 == "Fukuoka"


def test_a_south_korean_town_takes_the_region_its_text_names_in_short() -> None:
    text = "북한 주민 4명이 탄 목선이 강원 강릉시 앞바다에서 발견돼 귀순했다고 군이 밝혔다."
    escape = _one(text, "escape", language="ko")
    assert escape.location is not None and escape.location.name == "Gangneung"
    assert escape.location.admin1 == "Gangwon"


def test_other_foreign_towns_take_a_region_only_when_the_text_names_it() -> None:
    arrest = _one("Police arrested two North Korean defectors on a bus in Bangkok.", "arrest")
    assert arrest.location is not None and arrest.location.admin1 is None


def test_an_airport_is_reported_at_the_city_it_serves() -> None:
    text = (
        "Thai authorities seized 35 tons of North Korean weapons from a cargo plane that "
        "landed to refuel at Don Muang airport on Saturday."
    )
    seizure = _one(text, "seizure")
    assert seizure.location is not None and seizure.location.name == "Bangkok"
    text = "태국 당국은 돈므엉 공항에 내린 수송기에서 북한제 무기 35t을 압수했다."
    seizure = _one(text, "seizure", language="ko")
    assert seizure.location is not None and seizure.location.name == "Bangkok"


def test_the_border_is_no_crossing() -> None:
    from nkevents.detect.places import find_places

    for text in ("The Sino-Korean border is quiet.", "the China-North Korea border near Hyesan"):
        kinds = [m.candidates[0].kind for m in find_places(text)]
        assert "border_crossing" not in kinds, text
    found = find_places("They were sent back through the Sinuiju-Dandong crossing.")
    assert [m.candidates[0].kind for m in found] == ["border_crossing"]


# --- implicit and relative dates ------------------------------------------------------------


def test_lately_in_korean_is_the_month_of_publication_where_nothing_better() -> None:
    text = (
        "최근 보안서가 혜산 장마당에서 불법 손전화기를 쓰던 주민 2명을 체포했다고 소식통이 전했다."
    )
    assert _one(text, "arrest", language="ko").date == "2019-11"
    text = (
        "최근 혜산에서 밀수꾼 3명이 체포됐다. 소식통은 “지난 3일 밤 압록강에서 밀수를 하던 "
        "밀수꾼 3명이 현장에서 체포됐다”고 말했다."
    )
    assert _one(text, "arrest", language="ko").date == "2019-11-03"


def test_residents_after_lately_are_not_weeks() -> None:
    assert find_dates("최근 주민들 사이에서는", "2019-11-20", "ko") == []
    assert [d.value for d in find_dates("최근 3주 동안", "2019-11-28", "ko")] == ["2019-11"]


def test_weeks_ago_gives_the_month_it_falls_in() -> None:
    assert [d.value for d in find_dates("A week ago, he was caught", "2013-09-17", "en")] == [
        "2013-09"
    ]
    assert [d.value for d in find_dates("about two weeks ago", "2013-09-03", "en")] == ["2013-08"]


# --- names that are not the event's place ---------------------------------------------------


def test_a_place_in_the_name_of_a_firm_or_product_is_not_where_it_happened() -> None:
    text = (
        "Police arrested a trader who shipped pianos to North Korea through a Singapore firm "
        "on Tuesday."
    )
    arrest = _one(text, "arrest")
    assert arrest.location is None or arrest.location.name != "Singapore"
    text = "Customs officers seized 300 bottles of Taedonggang beer smuggled into the country."
    seizure = _one(text, "seizure")
    assert seizure.location is None or seizure.location.kind != "river"


def test_a_korean_verb_form_is_not_rason() -> None:
    text = "북한 당국이 불법 손전화기 단속에 나선 것으로 알려졌다."
    crackdown = _one(text, "crackdown", language="ko")
    assert crackdown.location is None
    text = "나선시에서 밀수꾼 2명이 체포됐다고 소식통이 전했다."
    arrest = _one(text, "arrest", language="ko")
    assert arrest.location is not None and arrest.location.name == "Rason"


def test_a_capital_as_the_subject_of_a_korean_sentence_is_its_government() -> None:
    text = (
        "중국 공안이 탈북민 5명을 체포했다. 인권단체는 베이징이 이들을 즉시 풀어줘야 한다고 밝혔다."
    )
    arrest = _one(text, "arrest", language="ko")
    assert arrest.location is None or arrest.location.name != "Beijing"


def test_a_korean_range_of_days_gives_their_month() -> None:
    assert [d.value for d in find_dates("17~19일 사이에", "2021-04-22", "ko")] == ["2021-04"]
    assert [d.value for d in find_dates("3월 5일~7일에", "2021-04-22", "ko")] == ["2021-03"]


def test_the_date_in_the_triggers_own_clause_wins() -> None:
    text = (
        "양강도 소식통은 “지난 12일부터 혜산시 안전부가 장사꾼 단속을 벌이고 있다”면서 "
        "“17~19일 사이에만 장사꾼 23명이 노동단련대로 끌려갔다”고 전했다."
    )
    detention = _one(text, "detention", language="ko", published="2021-04-22")
    assert detention.date == "2021-04"
    text = "Guards caught two smugglers on May 3; a court sentenced them to ten years in June."
    trial = _one(text, "trial")
    assert trial.date == "2019-06"


def test_a_headline_does_not_borrow_the_next_paragraphs_place() -> None:
    from nkevents.detect.places import find_places, locate

    text = (
        "Crackdown on Smuggled Phones Tightens\n"
        "Traders in Hyesan say the border guards now search every cart."
    )
    assert locate(text, find_places(text), [(0, 37)], "crackdown") is None
    lede = (
        "Guards have arrested three phone smugglers, traders say.\n"
        "Border guards in Hyesan now search every cart."
    )
    found = locate(lede, find_places(lede), [(0, 56)], "arrest")
    assert found is not None and found.name == "Hyesan"


def test_a_campaign_told_without_a_place_is_nationwide() -> None:
    from nkevents.detect.places import find_places, locate

    text = (
        "Guards in Hyesan search every cart.\n\n"
        "Authorities have launched a crackdown on foreign phones, a source said."
    )
    start = text.index("Authorities")
    assert locate(text, find_places(text), [(start, len(text))], "crackdown") is None
    text = "Police searched homes in Hyesan. The crackdown in the city goes on."
    start = text.index("The crackdown")
    found = locate(text, find_places(text), [(start, len(text))], "crackdown")
    assert found is not None and found.name == "Hyesan"


def test_today_is_the_day_of_publication_outside_a_quote() -> None:
    def values(text: str, language: str = "en") -> list[str]:
        return [d.value for d in find_dates(text, "2019-11-20", language)]

    assert values("Police arrested two traders this morning.") == ["2019-11-20"]
    assert values("북한 당국이 오늘 오전 주민 2명을 공개 처형했다.", "ko") == ["2019-11-20"]
    assert values("“The guards came today and took them,” the source said.") == []
    assert values("The group plans to release the footage today.") == []
    assert values("today's North Korea") == []
    assert values("지난주 혜산에서", "ko") == ["2019-11"]
    assert values("지난 주민들", "ko") == []


def test_more_days_of_saying_and_of_posting() -> None:
    text = "19일 국제인권단체 어느워치에 따르면 혜산에서 주민 3명이 체포됐다."
    assert _one(text, "arrest", language="ko").date != "2019-11-19"  # not the day it was told
    published = "PUBLISHED : Tuesday, 19 November, 2019, 9:05am"
    assert find_dates(published, "2019-11-21", "en") == []
    assert find_dates("입력 2019-11-20 06:32", None, "ko") == []


def test_that_day_is_the_day_named_before_even_a_day_of_telling() -> None:
    text = "1일 당국에 따르면 이날 저녁 북한 주민 5명이 탄 목선이 강릉 앞바다에서 발견돼 귀순했다."
    assert _one(text, "escape", language="ko", published="2019-11-01").date == "2019-11-01"


def test_a_measure_is_dated_by_the_day_it_was_made_known() -> None:
    text = "20일 외교부에 따르면 정부는 북한 기관 5곳을 독자제재 대상으로 지정했다."
    assert _one(text, "sanction", language="ko").date == "2019-11-20"


def test_past_month_in_korean_is_this_year_when_its_part_is_past() -> None:
    def values(text: str) -> list[str]:
        return [d.value for d in find_dates(text, "2019-05-25", "ko")]

    assert values("지난 5월 초 이들이") == ["2019-05"]
    assert values("지난 5월 20일") == ["2019-05-20"]
    assert values("지난 6월") == ["2018-06"]


def test_a_date_describing_a_person_is_not_the_events() -> None:
    text = "Pak, who left in 2012, said four of his classmates were shot for copying films."
    assert _one(text, "execution").date is None


def test_a_date_naming_the_happening_itself_is_its_date() -> None:
    from nkevents.extract.argument_dates import names_a_thing

    for text, named in (("The Feb. 16 incident", False), ("the Dec. 22 resolution", True)):
        date = find_dates(text, "2021-02-23", "en")[0]
        assert names_a_thing(text, date) is named, text


def test_where_a_source_lives_yields_to_a_place_the_event_names() -> None:
    text = "A source in Hyesan said guards arrested two smugglers in North Hamgyong Province."
    arrest = _one(text, "arrest")
    assert arrest.location is not None and arrest.location.name == "North Hamgyong"
    text = "양강도의 한 소식통은 “함경북도 무산군에서 밀수꾼 2명이 체포됐다”고 말했다."
    arrest = _one(text, "arrest", language="ko")
    assert arrest.location is not None and arrest.location.name == "Musan"


def test_where_goods_set_out_from_is_not_where_they_were_seized() -> None:
    text = "중국 세관은 신의주를 출발한 화물차를 단둥에서 세워 밀수품을 압수했다."
    seizure = _one(text, "seizure", language="ko")
    assert seizure.location is not None and seizure.location.name == "Dandong"


def test_the_day_a_paper_came_out_is_not_the_events() -> None:
    text = "Yesterday's edition of a Seoul daily said police arrested five smugglers in Hyesan."
    assert _one(text, "arrest").date is None


def test_a_korean_date_belongs_to_the_verb_after_it() -> None:
    from nkevents.extract.context import analyse
    from nkevents.extract.mentions import sentence_mentions

    text = "옌볜 전역에서 최근 탈북자 단속이 강화돼 23일 하루에만 20명이 체포됐다."
    ctx = analyse(Document("t", text, published="2011-09-24", language="ko"))
    found = {m.type: m for m in sentence_mentions(ctx, ctx.sentences[0])}
    arrest, crackdown = found["arrest"], found["crackdown"]
    assert arrest.date is not None and arrest.date.value == "2011-09-23"
    assert crackdown.date is None


def test_a_dateline_in_title_case_is_where_the_report_was_filed() -> None:
    text = "Changchun, China -- Police in Hyesan arrested five smugglers of copper last week."
    arrest = _one(text, "arrest")
    assert arrest.location is not None and arrest.location.name == "Hyesan"
    text = "Seoul — Chinese police detained ten North Korean defectors, activists said."
    arrest = _one(text, "arrest")
    assert arrest.location is None or arrest.location.name != "Seoul"


def test_a_judgement_does_not_take_the_date_of_its_background_clause() -> None:
    text = (
        "A bus driver was executed by a firing squad after being detained on theft charges June 3."
    )
    assert _one(text, "execution").date is None
    text = "On June 9, a bus driver was executed after being detained on June 3."
    assert _one(text, "execution").date == "2019-06-09"


def test_a_range_of_weekdays_is_told_of_the_past() -> None:
    found = find_dates("held the trial from Thursday to Monday", "2009-06-09", "en")
    assert [d.value for d in found] == ["2009-06-04", "2009-06-08"]
    assert [d.value for d in find_dates("banned from Monday", "2009-06-09", "en")] == ["2009-06-15"]
    text = "The court held the trial of two reporters from Thursday to Monday and sentenced them."
    # a trial told over days is dated by its last, the day of the sentence
    assert _one(text, "trial", published="2009-06-09").date == "2009-06-08"


def test_a_korean_event_with_no_date_is_of_the_month_its_source_spoke() -> None:
    text = (
        "북한 당국이 국경지역에서 불법 손전화기 단속에 나선 것으로 알려졌다. 양강도의 한 소식통은 "
        "21일 “보위부가 국경지역에서 손전화기 검열을 시작했다”고 말했다."
    )
    crackdown = _one(text, "crackdown", language="ko", published="2019-05-23")
    assert crackdown.date == "2019-05"


# --- a day counted on from the day told before ----------------------------------------------


def test_a_deed_told_days_later_is_counted_on_from_the_day_before() -> None:
    text = (
        "Police in Hamhung arrested a railway clerk on 4 March for selling diesel. "
        "The clerk was shot before a crowd three days later."
    )
    assert _one(text, "execution").date == "2019-03-07"
    assert _one(text, "arrest").date == "2019-03-04"


def test_days_after_the_arrest_counts_from_the_arrest_day() -> None:
    text = (
        "A teacher was detained in Kilju on 10 October. "
        "He was executed in public four days after his arrest."
    )
    assert _one(text, "execution").date == "2019-10-14"


def test_days_later_without_a_day_told_before_gives_no_date() -> None:
    text = "A clerk was arrested in Hamhung. He was shot three days later."
    assert _one(text, "execution").date is None


# --- a foreign region named after its town ---------------------------------------------------


def test_a_foreign_town_told_as_a_province_gives_its_region() -> None:
    text = "Thai police arrested two North Korean women on a bus in Chiang Rai province on Monday."
    place = _one(text, "arrest").location
    assert place is not None and (place.name, place.admin1) == ("Chiang Rai", "Chiang Rai")


def test_a_foreign_town_alone_gives_no_region() -> None:
    text = "Thai police arrested two North Korean women in Chiang Rai on Monday."
    place = _one(text, "arrest").location
    assert place is not None and place.admin1 is None


# --- Korean place names with a word for sea or county attached ------------------------------


def test_a_korean_sea_told_as_on_the_sea_is_the_place() -> None:
    text = "러시아 국경수비대는 동해상에서 불법 조업을 하던 북한 어선 3척을 나포했다."
    place = _one(text, "seizure", language="ko").location
    assert place is not None and place.name == "East Sea"


def test_a_chinese_county_with_its_korean_suffix_is_the_place() -> None:
    text = "지난 11일 중국 장백현으로 건너간 세 가족이 중국 공안에 체포됐다."
    place = _one(text, "arrest", language="ko").location
    assert place is not None and (place.name, place.admin1) == ("Changbai", "Jilin")


def test_a_korean_prefecture_with_its_people_named_after_it_is_the_place() -> None:
    text = "탈북민 5명이 19일 연변조선족 자치주의 한 농촌에서 중국 공안에 체포됐다."
    place = _one(text, "arrest", language="ko").location
    assert place is not None and (place.name, place.admin1) == ("Yanbian", "Jilin")


# --- Korean: the year told before, and a month before a term of years -----------------------


def test_korean_that_year_takes_the_year_told_before() -> None:
    found = find_dates("2015년 8월 체포됐고 그해 10월 처형됐다.", "2019-11-20", "ko")
    assert [(d.text, d.value) for d in found] == [
        ("2015년 8월", "2015-08"),
        ("그해 10월", "2015-10"),
    ]
    assert find_dates("그 해 3월 재판을 받았다.", "2019-11-20", "ko") == []


def test_a_korean_month_before_a_term_of_years_is_a_month() -> None:
    found = find_dates("그는 3월 15년의 노동교화형을 선고받았다.", "2019-11-20", "ko")
    assert [(d.text, d.value) for d in found] == [("3월", "2019-03")]


def test_a_korean_judgement_after_a_detention_clause_takes_its_own_month() -> None:
    text = (
        "관광객 한 명이 지난해 1월 2일 공항에서 억류된 뒤 그 해 3월 15년의 노동교화형을 선고받았다."
    )
    assert _one(text, "trial", language="ko").date == "2018-03"
    assert _one(text, "arrest", language="ko").date == "2018-01-02"


def test_korean_days_before_publication() -> None:
    for text, value in (
        ("엿새 전 동해에서 어선 한 척이 나포됐다.", "2019-11-14"),
        ("3일 전에 밀수꾼 2명이 체포됐다.", "2019-11-17"),
    ):
        found = find_dates(text, "2019-11-20", "ko")
        assert [d.value for d in found] == [value], text
    nationwide = find_dates("17일 전국적으로 단속이 시작됐다.", "2019-11-20", "ko")
    assert all(d.rule != "ko_days_ago" for d in nationwide)
    assert find_dates("닷새 전부터 단속이 이어졌다.", "2019-11-20", "ko") == []


# --- places far from Korea that reports on its trade name ------------------------------------


def test_an_arrest_at_a_foreign_airport_or_city_is_placed_there() -> None:
    text = "Customs officers at Dhaka airport arrested a North Korean diplomat carrying gold bars."
    place = _one(text, "arrest").location
    assert place is not None and place.country == "BD"
    text = "Police in Sydney arrested a man accused of brokering North Korean coal sales."
    place = _one(text, "arrest").location
    assert place is not None and (place.name, place.country) == ("Sydney", "AU")


def test_a_country_far_away_is_a_place_of_its_own() -> None:
    text = "A North Korean diplomat was caught smuggling rhino horn in Mozambique last May."
    place = _one(text, "smuggling").location
    assert place is not None and place.name == "Mozambique"


def test_a_ship_held_off_indian_islands_is_placed_there() -> None:
    text = "Indian coast guards seized a North Korean ship off the Andaman and Nicobar islands."
    place = _one(text, "seizure").location
    assert place is not None and place.admin1 == "Andaman and Nicobar Islands"


def test_the_korean_word_for_a_hand_over_is_not_india() -> None:
    text = "중국 공안은 탈북민 3명을 체포해 북한에 인도했다."
    place = _one(text, "arrest", language="ko").location
    assert place is None or place.country != "IN"


# --- a sentence that goes on about the event just told ----------------------------------------


def test_took_place_gives_its_date_and_place_despite_a_weak_word_of_another_type() -> None:
    text = (
        "China has repatriated about 40 North Korean escapees, sources said. "
        "The hand-over took place on July 14 at the border city of Sinuiju."
    )
    event = _one(text, "arrest", published="2021-07-20")
    assert event.date == "2021-07-14"
    assert event.location is not None and event.location.name == "Sinuiju"


def test_the_incident_named_by_its_day_dates_the_event_just_told() -> None:
    text = (
        "A fisherman fled the North last week by rowing across the sea border, a report said "
        "on Tuesday. The Nov. 14 incident was the second such crossing this year, after a "
        "soldier walked across the DMZ in June."
    )
    assert [e.date for e in events_of(text) if e.type == "escape"][0] == "2019-11-14"


def test_people_also_held_were_held_where_the_thing_before_was_seized() -> None:
    text = (
        "Police seized a plane with rockets at Bangkok airport after it landed from Pyongyang. "
        "Its five crew members were also detained."
    )
    arrest = _one(text, "arrest")
    assert arrest.location is not None and arrest.location.name == "Bangkok"


def test_people_also_held_somewhere_else_keep_their_own_place() -> None:
    text = (
        "Police seized a plane with rockets at Bangkok airport after it landed from Pyongyang. "
        "Its five crew members were also detained in Chiang Rai."
    )
    arrest = _one(text, "arrest")
    assert arrest.location is not None and arrest.location.name == "Chiang Rai"
