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
