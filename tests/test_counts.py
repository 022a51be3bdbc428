"""Whose count an event takes, as real reports tell it: invented sentences, one per rule."""

from __future__ import annotations

from extract_support import events_of

from nkevents.detect.numbers import find_counts
from nkevents.extract import extract
from nkevents.model import Document, Event


def _one(text: str, etype: str) -> Event:
    found = [e for e in extract(Document("t", text, "2019-11-20", language="en")).events]
    typed = [e for e in found if e.type == etype]
    assert len(typed) == 1, [(e.type, e.people) for e in found]
    return typed[0]


def test_two_named_people_are_two() -> None:
    text = "Ms. Han and Ms. Oh have been held since guards detained them near Hoeryong on May 3."
    assert _one(text, "arrest").people == 2


def test_two_named_objects_are_two() -> None:
    text = (
        "Police in Osaka arrested Ri Chol-ho, 51, head of a trading firm, and Pak Nam, 44, "
        "on Monday."
    )
    assert _one(text, "arrest").people == 2


def test_two_places_are_no_people() -> None:
    text = "Hyesan and Musan were searched by police, who arrested a trader on June 2."
    assert _one(text, "arrest").people == 1


def test_a_companion_makes_two() -> None:
    text = "The reporter was sentenced along with her colleague to 12 years of hard labour."
    assert _one(text, "trial").people == 2


def test_a_named_subject_described_between_dashes_counts_one() -> None:
    text = (
        "Reporter Ri Chol—son of a well-known film actor—has been sentenced, along with "
        "his colleague Pak Nam, to 12 years of hard labour in North Korea."
    )
    assert _one(text, "trial").people == 2
    text = "Ri Chol—a trader from Hyesan—was arrested by border guards in May."
    assert _one(text, "arrest").people == 1


def test_one_person_caught_in_the_act_counts_one() -> None:
    text = (
        "Border police caught a North Korean trade official trying to carry 8 kg of silver "
        "through Hunchun station on June 2."
    )
    assert _one(text, "arrest").people == 1


def test_one_among_those_held_is_no_count_of_one() -> None:
    text = "Ri Chol, a singer, was among those arrested in Hamhung on 17 August."
    assert _one(text, "arrest").people is None
    assert _one("Ri Chol was arrested in Hamhung on 17 August.", "arrest").people == 1


def test_the_people_held_are_not_counted_as_smugglers() -> None:
    text = "Police in Dandong detained 10 people and seized 3 kg of heroin smuggled in by boat."
    assert _one(text, "arrest").people == 10
    assert _one(text, "smuggling").people is None


def test_people_held_for_smuggling_are_its_smugglers() -> None:
    text = "Police in Fukuoka arrested two men on Monday for smuggling beer from the North."
    assert _one(text, "smuggling").people == 2


def test_relatives_named_after_the_verb_are_its_people() -> None:
    text = "Security agents in Hyesan arrested a brother and sister on May 3."
    assert _one(text, "arrest").people == 2


def test_the_two_who_crossed_are_two() -> None:
    text = "The two quietly crossed the river near Musan on May 3."
    assert _one(text, "escape").people == 2


def test_a_pair_with_one_determiner_is_two() -> None:
    text = "His secretary and driver were sent to a prison camp in Yodok on May 3."
    assert _one(text, "detention").people == 2


def test_a_named_object_with_its_description_is_one() -> None:
    text = "A provincial court sentenced Dutch engineer Pieter Vos on Monday to eight years."
    assert _one(text, "trial").people == 1


def test_the_diplomat_as_subject_is_one() -> None:
    text = "The diplomat was arrested at a checkpoint outside Lusaka after a search of his bags."
    assert _one(text, "arrest").people == 1


def _one_ko(text: str, etype: str) -> Event:
    found = extract(Document("t", text, "2019-11-20", language="ko")).events
    typed = [e for e in found if e.type == etype]
    assert len(typed) == 1, [(e.type, e.people) for e in found]
    return typed[0]


def test_a_korean_name_after_its_title_is_one() -> None:
    text = "평양의 법정이 지난주 영국 공민 톰슨에게 교화 8년을 선고했다."
    assert _one_ko(text, "trial").people == 1


def test_a_korean_office_holder_sent_to_a_camp_is_one() -> None:
    text = "경공업성의 한 실장은 지난 3월 관리소로 보내졌다고 소식통이 전했다."
    assert _one_ko(text, "detention").people == 1


def test_korean_companions_with_the_subject_are_one_more() -> None:
    text = "순천 탄광의 지배인이 간부 3명과 함께 지난 가을 총살됐다고 한다."
    assert _one_ko(text, "execution").people == 4


def test_a_distributive_list_is_one_event_per_place() -> None:
    text = (
        "Border police detained three women near Tumen, four in Hunchun and about 12 in "
        "Longjing last week."
    )
    found = extract(Document("t", text, "2019-11-20", language="en")).events
    by_place = {e.location.name: e.people for e in found if e.location and e.type == "arrest"}
    assert by_place == {"Tumen": 3, "Hunchun": 4, "Longjing": 12}


def test_counts_with_their_nouns_are_no_distributive_list() -> None:
    text = "Police arrested four traders in Hyesan on Monday after two guards at the bridge talked."
    assert _one(text, "arrest").people == 4


def test_they_done_to_are_the_people_counted_before() -> None:
    text = (
        "Police in Tumen searched a barn where three women from Onsong had hidden. "
        "They were taken into custody on 4 June."
    )
    assert _one(text, "arrest").people == 3


def test_they_doing_the_act_are_not_the_people_before() -> None:
    text = "The officer listed five suspects for his chiefs. They detained them on 4 June."
    assert _one(text, "arrest").people is None


def test_korean_they_done_to_are_the_people_counted_before() -> None:
    text = "지난달 남성 세 명이 압록강을 건넜다. 이들은 4일 중국 공안에 체포됐다."
    assert _one_ko(text, "arrest").people == 3


def test_a_count_over_listed_offices_and_an_owner() -> None:
    text = "At least nine senior army, party and cabinet officials were shot in Pyongyang in 2016."
    assert _one(text, "execution").people == 9
    text = "Up to twenty of the general's aides were executed in Pyongyang in 2016."
    assert _one(text, "execution").people == 20


def test_a_day_of_the_month_is_no_count() -> None:
    counts = find_counts("YANJI, June 4 Jilin's border officers held the pair.", "en")
    assert [c.value for c in counts] == []
    counts = find_counts("In June two traders were shot in Hyesan.", "en")
    assert [c.value for c in counts] == [2]


def test_a_headline_naming_one_person_counts_one() -> None:
    assert _one("Provincial judge Pak Chol-u (right) executed in Kanggye", "execution").people == 1
    assert _one("Nov 2: Retired teacher from Ohio detained in Sinuiju", "arrest").people == 1
    # a country, soldiers in the plural, and a leader who executed someone are no one person
    assert _one("Guards from the river post arrested near Musan", "arrest").people is None
    assert _one("Kim Jong Un executed his defence chief in May.", "execution").people is None


def test_a_headline_person_joins_the_body_count() -> None:
    text = (
        "Famous dancer executed over smuggled films\n\n"
        "Nine members of a Pyongyang troupe, the dancer among them, were executed in "
        "Pyongyang on 3 August for selling South Korean films, a source said."
    )
    events = [e for e in events_of(text, language="en") if e.type == "execution"]
    assert [e.people for e in events] == [9]


def test_one_person_and_a_companion_are_two() -> None:
    assert (
        _one("Guards in Musan detained a peddler and her nephew on 9 July.", "arrest").people == 2
    )
    text = "A miner and his brother were detained in Kilju on 9 July."
    assert _one(text, "arrest").people == 2
    text = "지난 9일 길주에서 30대 남성과 그의 아내가 체포됐다."
    assert _one_ko(text, "arrest").people == 2


def test_words_for_two_people_count_two() -> None:
    assert _one("The couple were detained in Tumen on 9 July.", "arrest").people == 2
    assert _one_ko("지난 9일 길주에서 모녀가 체포됐다.", "arrest").people == 2
    # "both" inside another's clause is not the event's subject
    assert _one("Police said both were detained in Tumen on 9 July.", "arrest").people is None


def test_both_sent_to_a_camp_after_a_trial_is_the_trial_penalty() -> None:
    text = (
        "A court in Hyesan tried two teachers in public on 9 July. "
        "Both were sent to a correctional labour camp for eight months."
    )
    events = events_of(text, language="en")
    assert [(e.type, e.people) for e in events] == [("trial", 2)]


def test_a_part_named_inside_the_count_is_not_the_count() -> None:
    text = "Eleven miners, among them two foremen, were executed in Kilju on 9 July."
    assert _one(text, "execution").people == 11
    text = "지난 9일 길주에서 여성 3명을 포함해 주민 11명이 체포됐다."
    assert _one_ko(text, "arrest").people == 11


def test_a_part_that_is_the_subject_is_the_event_s_count() -> None:
    text = "지난 9일 길주에서 11명이 체포됐고 이 가운데 2명이 총살됐다."
    events = [(e.type, e.people) for e in events_of(text, language="ko")]
    assert ("execution", 2) in events and ("arrest", 11) in events


def test_a_korean_plural_subject_repeats_the_count_before() -> None:
    text = (
        "지난 8일 회령에서 리모씨 가족 4명이 두만강을 건넜다. "
        "이튿날 가족들은 회령시 보위부에 수감됐다."
    )
    assert _one_ko(text, "detention").people == 4
    text = "지난달 여성 세 명이 압록강을 건넜다. 이들은 4일 중국 공안에 붙잡혔다."
    assert _one_ko(text, "arrest").people == 3


def test_a_korean_range_is_approximate() -> None:
    counts = find_counts("농장원 7∼8명이 모였다.", "ko")
    assert [(c.value, c.approximate) for c in counts] == [(8, True)]


def test_joined_people_add_up() -> None:
    counts = find_counts("A nurse and her two sons were held.", "en")
    assert max(c.value for c in counts) == 3
    counts = find_counts("Three miners, a driver and two guards were held.", "en")
    assert max(c.value for c in counts) == 6
    text = "The mine manager and two of his deputies were shot in Kilju on 9 July."
    assert _one(text, "execution").people == 3


def test_a_pronoun_object_counts_one() -> None:
    text = "A provincial court sentenced him to life in prison on 3 May for spying."
    assert _one(text, "trial").people == 1
    text = "Security agents arrested her at a market in Hyesan on 3 May."
    assert _one(text, "arrest").people == 1


def test_a_possessive_pronoun_is_no_object() -> None:
    text = "Security agents arrested her family at a market in Hyesan on 3 May."
    assert _one(text, "arrest").people is None


def _one_ko(text: str, etype: str) -> Event:
    found = [e for e in extract(Document("t", text, "2019-11-20", language="ko")).events]
    typed = [e for e in found if e.type == etype]
    assert len(typed) == 1, [(e.type, e.people) for e in found]
    return typed[0]


def test_a_korean_name_told_twice_is_one_person() -> None:
    text = (
        "박영철 전 국장이 숙청됐다. 지난 12일 특별군사재판을 열고 박영철을 사형에 처했다고 "
        "통신이 전했다."
    )
    assert _one_ko(text, "trial").people == 1
    text = "김철수 실장의 행방이 묘연하다. 소식통에 따르면 김철수는 정치범 수용소에 보내졌다."
    assert _one_ko(text, "detention").people == 1


def test_a_korean_word_shaped_like_a_name_once_is_no_person() -> None:
    text = "지난달 혜산시에서 성경책을 소지한 혐의로 체포됐다고 소식통이 전했다."
    assert _one_ko(text, "arrest").people is None


def test_a_korean_name_that_acted_is_not_counted() -> None:
    text = "김철수 부장이 나섰다. 김철수가 지난달 혜산에서 밀수꾼들을 체포했다."
    assert _one_ko(text, "arrest").people is None


def test_a_bare_number_opening_a_passive_clause_counts_people() -> None:
    text = "Five were shot dead by guards on 14 December and two were wounded."
    assert [(c.value, c.rule) for c in find_counts(text, "en")] == [(5, "bare"), (2, "bare")]
    text = "In Hyesan on 3 May, two were arrested for selling phones."
    assert _one(text, "arrest").people == 2


def test_a_bare_number_of_things_is_no_count() -> None:
    assert find_counts("Of the ships, two sank in the storm on 3 May.", "en") == []


def test_two_of_them_are_the_people_of_the_execution() -> None:
    text = (
        "A public trial of eleven smugglers was held in Hyesan on 3 May, and two of them were "
        "executed on the spot."
    )
    assert any(e.type == "execution" and e.people == 2 for e in events_of(text, language="en"))


def test_one_of_them_is_no_count() -> None:
    assert find_counts("The boat is one of them, with one of them repaired.", "en") == []


def test_a_named_person_and_a_count_are_one_more() -> None:
    text = "A court sentenced Ri Chol and four accomplices to death in Hyesan on 3 May."
    assert _one(text, "trial").people == 5
    text = "Guards detained Pak Nam-il and three fishermen near Sinuiju on 3 May."
    assert _one(text, "arrest").people == 4


def test_a_korean_part_that_is_the_subject_is_the_people() -> None:
    text = "지난 3일 혜산시에서 열린 공개재판에서 밀수꾼 11명 중 2명이 총살됐다."
    assert any(e.type == "execution" and e.people == 2 for e in events_of(text, language="ko"))


def test_a_korean_person_and_counted_companions() -> None:
    text = "지난 3일 혜산시에서 박모씨와 그의 동료 2명이 체포됐다."
    assert _one_ko(text, "arrest").people == 3


def test_a_korean_count_of_a_clause_of_its_own_is_not_the_next_events() -> None:
    text = "이들은 청진항으로 돌아갔다가 공범 1명이 체포되자 급하게 남쪽으로 도주했다."
    escape = next(e for e in events_of(text, language="ko") if e.type == "escape")
    assert escape.people != 1
    text = "지난 3일 주민 2명이 체포되자 가족 3명이 중국으로 도주했다."
    assert {e.type: e.people for e in events_of(text, language="ko")} == {
        "arrest": 2,
        "escape": 3,
    }


def test_a_trial_of_more_people_than_were_executed_is_its_own_event() -> None:
    text = "Eleven people were put on trial in Hyesan on 5 May; two of them were executed."
    assert {e.type: e.people for e in events_of(text, language="en")} == {
        "trial": 11,
        "execution": 2,
    }
    text = "지난 5일 혜산시에서 11명에 대한 공개재판을 열고 이 중 2명을 총살했다."
    assert {e.type: e.people for e in events_of(text, language="ko")} == {
        "trial": 11,
        "execution": 2,
    }


def test_a_trial_that_sentenced_to_death_those_executed_is_the_execution() -> None:
    text = "Two smugglers were sentenced to death in Hyesan on 5 May and executed immediately."
    assert [e.type for e in events_of(text, language="en")] == ["execution"]


def test_a_sentence_shared_out_with_the_rest_does_not_count_the_trial() -> None:
    text = (
        "Authorities in Hoeryong held a public trial on 5 May. Twelve residents were tried for "
        "watching South Korean dramas. Three were sentenced to five years of reform through "
        "labour and the rest were sent to labour training camps."
    )
    trial = next(e for e in events_of(text, language="en") if e.type == "trial")
    assert trial.people == 12


def test_a_count_before_a_new_singular_subject_is_not_the_later_events() -> None:
    text = (
        "The pastor said he knew three refugees he had helped to flee, but he did not know "
        "the others also detained in China on 5 May."
    )
    arrest = next(e for e in events_of(text, language="en") if e.type == "arrest")
    assert arrest.people is None
    text = "Two men were caught crossing the river on 5 May, and they were detained in Hyesan."
    arrest = next(e for e in events_of(text, language="en") if e.type == "arrest")
    assert arrest.people == 2


def test_a_group_of_about_n_counts_n_approximately() -> None:
    found = find_counts("Police found a group of nearly 10 North Koreans on a boat.", "en")
    assert [(c.value, c.approximate) for c in found] == [(10, True)]
    found = find_counts("A family of about five was caught at the river.", "en")
    assert [(c.value, c.approximate) for c in found] == [(5, True)]
