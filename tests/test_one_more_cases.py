"""Several happenings of one kind told one after another: each is its own event."""

from __future__ import annotations

from extract_support import events_of


def test_in_another_case_opens_one_more_happening() -> None:
    text = (
        "In one case, a woman from Hyesan was caught at the border with 2 kg of copper in "
        "June. In another, two soldiers were caught selling fuel to Chinese traders in July."
    )
    arrests = [e for e in events_of(text, language="en") if e.type == "arrest"]
    assert [(e.date, e.people) for e in arrests] == [("2019-06", 1), ("2019-07", 2)]


def test_people_caught_in_the_act_share_its_date() -> None:
    text = "Two soldiers were caught selling fuel to Chinese traders in Sinuiju in July."
    found = {e.type: e for e in events_of(text, language="en")}
    assert found["arrest"].date == "2019-07"
    assert found["smuggling"].date == "2019-07"


def test_another_one_of_a_kind_doing_a_weak_verb_is_one_more_event() -> None:
    text = (
        "A soldier defected across the DMZ on 13 November. Two days later, a fisherman "
        "crossed the sea border in a small boat. Another soldier crossed on 21 December."
    )
    escapes = [e for e in events_of(text, language="en") if e.type == "escape"]
    assert [e.date for e in escapes] == ["2019-11-13", "2019-11-15", "2019-12-21"]


def test_separately_opens_another_trade() -> None:
    text = (
        "Japanese police arrested three men in Osaka in May for exporting pianos to North "
        "Korea. Separately, in July, police in Kobe arrested a trader for importing North "
        "Korean seafood labelled as Chinese."
    )
    found = events_of(text, language="en")
    assert [e.type for e in found].count("smuggling") == 2
    assert [e.type for e in found].count("arrest") == 2


def test_ships_carrying_goods_out_of_north_korean_ports_are_each_a_trade() -> None:
    text = (
        "The tanker Star Light took on 3,000 tonnes of coal at Nampo on 3 March. On 18 April, "
        "the Blue Crane delivered 5,000 tonnes of coal from Chongjin to a port in Vietnam. In "
        "June, the freighter Gold Reef loaded iron ore at Songnim."
    )
    trades = [e for e in events_of(text, language="en") if e.type == "smuggling"]
    assert [e.date for e in trades] == ["2019-03-03", "2019-04-18", "2019-06"]


def test_a_separate_raid_is_one_more_happening() -> None:
    text = (
        "Police in Hyesan arrested two women on 4 May for selling Chinese phones.\n\n"
        "In a separate raid, officers seized 40 phones from a house in Wiyon-dong and "
        "arrested its owner."
    )
    assert [e.type for e in events_of(text, language="en")].count("arrest") == 2


def test_men_who_had_brought_goods_across_the_river_tell_the_trade() -> None:
    text = (
        "Police also arrested two men who had brought the cookers across the river from "
        "Changbai in October."
    )
    assert sorted(e.type for e in events_of(text, language="en")) == ["arrest", "smuggling"]


def test_a_case_recalled_from_years_before_with_other_people_is_its_own_event() -> None:
    text = (
        "North Korea has publicly executed a man in Hyesan for selling copper to Chinese "
        "traders, a source said. The man was shot in front of 500 residents. In 2017, two "
        "women were executed at the same airfield for trafficking."
    )
    shot = [e for e in events_of(text, language="en") if e.type == "execution"]
    assert sorted((e.date or "", e.people) for e in shot) == [("", 1), ("2017", 2)]


def test_a_kin_caught_years_before_is_another_arrest() -> None:
    text = (
        "Chinese police arrested a North Korean woman in Tumen, a source said. Her sister "
        "was caught in the same town in 2016 and sent back."
    )
    arrests = [e for e in events_of(text, language="en") if e.type == "arrest"]
    assert sorted(e.date or "" for e in arrests) == ["", "2016"]


def test_a_restatement_a_month_before_the_report_still_joins() -> None:
    text = (
        "Two men were executed in Hyesan last month, a source said. The two men were shot "
        "on 12 December 2018 before a crowd."
    )
    shot = [e for e in events_of(text, published="2019-01-10", language="en")]
    assert [(e.type, e.date) for e in shot if e.type == "execution"] == [
        ("execution", "2018-12-12")
    ]


def test_a_sentence_opening_on_an_interval_before_tells_another_arrest() -> None:
    text = (
        "Police in Chongjin arrested eight people for watching South Korean dramas. Two weeks "
        "earlier, police had arrested four students in the city for sharing foreign films."
    )
    arrests = [e for e in events_of(text, language="en") if e.type == "arrest"]
    assert sorted(e.people or 0 for e in arrests) == [4, 8]


def test_earlier_this_month_opens_another_arrest_even_with_the_same_count() -> None:
    text = (
        "Police in Hyesan arrested six traders last week for selling Chinese phones, a source "
        "said. Earlier this month, police arrested six women in the city for the same offence."
    )
    arrests = [e for e in events_of(text, language="en") if e.type == "arrest"]
    assert len(arrests) == 2


def test_in_addition_opens_one_more_arrest() -> None:
    text = (
        "Police arrested three smugglers in Hyesan. In addition, a customs officer was "
        "arrested for taking bribes."
    )
    arrests = [e for e in events_of(text, language="en") if e.type == "arrest"]
    assert sorted(e.people or 0 for e in arrests) == [1, 3]


def test_counts_of_other_roles_told_next_are_other_people() -> None:
    text = (
        "Police arrested three smugglers in Hyesan. Two soldiers were detained for taking "
        "bribes from them."
    )
    arrests = [e for e in events_of(text, language="en") if e.type == "arrest"]
    assert sorted(e.people or 0 for e in arrests) == [2, 3]


def test_people_named_as_included_among_those_told_are_the_same_event() -> None:
    text = (
        "Nine people were executed in Hyesan in May for selling state grain. Those executed "
        "included a warehouse keeper and two drivers."
    )
    shot = [e for e in events_of(text, language="en") if e.type == "execution"]
    assert len(shot) == 1


def test_a_part_of_the_people_told_by_a_general_noun_restates_the_event() -> None:
    text = (
        "Five traders were arrested in Musan in April. Two women among the traders were "
        "arrested at the market, the source said."
    )
    arrests = [e for e in events_of(text, language="en") if e.type == "arrest"]
    assert len(arrests) == 1


def test_four_more_were_arrested_counts_four() -> None:
    text = (
        "Seven people were arrested in Hoeryong in May. Four more were arrested in Musan "
        "later that week."
    )
    arrests = [e for e in events_of(text, language="en") if e.type == "arrest"]
    assert sorted(e.people or 0 for e in arrests) == [4, 7]
