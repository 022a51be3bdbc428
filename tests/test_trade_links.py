"""A trade told with its goods beside an arrest, trial or execution is its own event."""

from __future__ import annotations

from extract_support import events_of


def _types(text: str) -> list[str]:
    return sorted(e.type for e in events_of(text, language="en"))


def test_an_execution_for_smuggling_named_goods_tells_the_trade_too() -> None:
    text = "Two men from Hyesan were shot on 10 October for smuggling copper to China."
    found = events_of(text, language="en")
    assert sorted(e.type for e in found) == ["execution", "smuggling"]
    trade = next(e for e in found if e.type == "smuggling")
    assert trade.commodities == ["copper"]
    assert trade.date is None  # the day is the shooting's


def test_a_man_caught_smuggling_goods_and_sentenced_gives_the_trade() -> None:
    text = (
        "A man caught smuggling rice across the border in Musan was sentenced to five years "
        "in a reform-through-labour camp."
    )
    assert _types(text) == ["smuggling", "trial"]


def test_a_trade_in_a_relative_clause_on_the_people_caught_is_its_own_event() -> None:
    text = "Two soldiers who smuggled diesel to China were caught in Sakju in August."
    found = events_of(text, language="en")
    assert sorted(e.type for e in found) == ["arrest", "smuggling"]
    assert next(e for e in found if e.type == "smuggling").commodities == ["fuel"]


def test_a_trade_named_without_goods_stays_the_charge() -> None:
    text = "A woman in Hyesan was sentenced to ten years in prison for smuggling."
    assert _types(text) == ["trial"]


def test_a_kind_of_offence_beside_a_judgement_is_no_trade_of_its_own() -> None:
    text = "Nine were shot in Kanggye in June for crimes such as smuggling gold and theft."
    assert _types(text) == ["execution"]


def test_drug_dealing_told_as_trafficking_is_the_judgements_charge() -> None:
    text = "In Kanggye a dealer was put to death on 4 June for trafficking opium."
    assert _types(text) == ["execution"]


def test_police_who_caught_a_man_who_had_smuggled_goods_arrested_him() -> None:
    text = "In January, police in Sinuiju caught a man who had smuggled 50 mobile phones in."
    found = events_of(text, language="en")
    assert sorted(e.type for e in found) == ["arrest", "smuggling"]
    arrest = next(e for e in found if e.type == "arrest")
    assert (arrest.date, arrest.people) == ("2019-01", 1)


def test_a_trial_of_people_accused_of_a_trade_told_with_its_goods_gives_the_trade() -> None:
    text = (
        "A court in Kanggye tried five people on 2 May who were accused of smuggling zinc "
        "to China, and sentenced them to eight years."
    )
    assert _types(text) == ["smuggling", "trial"]


def test_trades_told_in_other_words_are_smuggling() -> None:
    told = [
        "A Chinese firm imported 9,000 tons of North Korean anthracite through Longkou in 2018.",
        "North Korean iron ore was unloaded at a port in Vietnam in June.",
        "The broker supplied two pianos and a yacht to Pyongyang through a Macau company.",
        "Villagers near Manpo sent copper wire to Chinese buyers in exchange for flour.",
    ]
    for text in told:
        assert "smuggling" in _types(text), text


def test_people_sent_back_through_a_crossing_point_are_handed_over() -> None:
    text = (
        "Three sailors whose boat drifted south were sent back through the truce village on 8 May."
    )
    assert "arrest" in _types(text)


def test_a_halt_to_imports_of_north_korean_goods_is_no_trade() -> None:
    text = "In March, Vietnam halted all imports of North Korean iron ore until further notice."
    assert "smuggling" not in _types(text)


def test_a_sale_a_judgement_was_for_stays_its_charge() -> None:
    text = (
        "A pharmacist in Hamhung was executed on 3 April after being convicted of selling "
        "army medicine to a market trader."
    )
    assert _types(text) == ["execution"]


def test_the_date_after_a_trade_told_as_the_reason_is_the_arrests() -> None:
    text = "Police arrested a trader on smuggling charges in Sinuiju last week."
    found = {e.type: e for e in events_of(text, language="en")}
    assert found["arrest"].date == "2019-11"
    assert found["smuggling"].date is None


def test_goods_bought_in_china_to_resell_and_remittances_carried_are_trades() -> None:
    told = [
        "The cook had been buying rice cookers in China and reselling them in Sinuiju.",
        "The courier had handed cash from defectors in Seoul to their relatives in Musan.",
    ]
    for text in told:
        assert "smuggling" in _types(text), text


def test_a_countrys_exports_to_china_are_no_trade_event() -> None:
    text = "North Korea exported $200 million of textiles to China in 2016, customs data show."
    assert "smuggling" not in _types(text)


def test_labour_sent_abroad_or_hired_is_a_trade_in_people() -> None:
    told = [
        "North Korea sent some 2,000 workers to farms in Russia last year despite the ban.",
        "A Chinese shipyard hired 150 North Korean welders and laborers in 2018.",
    ]
    for text in told:
        assert "smuggling" in _types(text), text


def test_hiring_workers_that_a_measure_forbids_is_no_trade() -> None:
    text = "The new rules prohibit hiring North Korean laborers and sending workers to Russia."
    assert "smuggling" not in _types(text)


def test_soldiers_caught_selling_stolen_wire_to_chinese_buyers_give_the_trade() -> None:
    text = (
        "Two soldiers were executed in Hyesan in March after they were caught selling copper "
        "wire stolen from a power plant to Chinese buyers."
    )
    found = events_of(text, language="en")
    assert sorted(e.type for e in found) == ["execution", "smuggling"]
    assert next(e for e in found if e.type == "smuggling").commodities == ["copper"]


def test_a_ring_broken_up_that_had_moved_goods_gives_the_trade_and_keeps_the_day() -> None:
    text = (
        "Police in Hoeryong broke up a smuggling ring in May that had moved copper and zinc "
        "into China, arresting six people."
    )
    found = events_of(text, language="en")
    assert sorted(e.type for e in found) == ["arrest", "smuggling"]
    assert next(e for e in found if e.type == "arrest").date == "2019-05"
    assert sorted(next(e for e in found if e.type == "smuggling").commodities) == [
        "copper",
        "zinc",
    ]


def test_a_ring_broken_up_with_no_goods_told_is_only_the_arrest() -> None:
    text = "Police in Hoeryong broke up a smuggling ring in May, arresting six people."
    assert _types(text) == ["arrest"]


def test_oil_delivered_to_a_north_korean_port_with_its_tonnage_is_a_trade() -> None:
    text = (
        "A Panama-flagged tanker delivered 3,000 tonnes of refined oil to North Korea's Nampo "
        "port in October."
    )
    found = events_of(text, language="en")
    assert [(e.type, e.commodities) for e in found] == [("smuggling", ["fuel"])]


def test_vessels_seen_transferring_cargo_at_sea_are_a_trade() -> None:
    text = "Two North Korean vessels were photographed transferring cargo at sea in April."
    assert _types(text) == ["smuggling"]


def test_cars_sold_to_north_korean_officials_are_a_trade_beside_the_sentence() -> None:
    text = (
        "A Chinese businessman was sentenced in Liaoning in September for selling luxury cars "
        "to North Korean officials."
    )
    found = events_of(text, language="en")
    assert sorted(e.type for e in found) == ["smuggling", "trial"]
    assert next(e for e in found if e.type == "smuggling").commodities == ["vehicles"]


def test_a_north_korean_ship_carrying_coal_into_a_port_is_a_trade() -> None:
    text = "Last month a North Korean ship carrying 2,000 tons of coal docked at a port in Russia."
    found = events_of(text, language="en")
    assert [(e.type, e.commodities) for e in found] == [("smuggling", ["coal"])]


def test_people_arrested_who_had_shipped_goods_to_china_give_the_trade() -> None:
    text = (
        "Police in Sinuiju arrested four people in April who had shipped 12 tonnes of zinc "
        "concentrate to China hidden under cabbages."
    )
    found = events_of(text, language="en")
    assert sorted(e.type for e in found) == ["arrest", "smuggling"]
    assert next(e for e in found if e.type == "smuggling").commodities == ["zinc"]


def test_a_trade_tried_and_caught_before_a_sentence_is_the_trade_too() -> None:
    text = (
        "A soldier was caught trying to smuggle 2 kilograms of gold into China in March and "
        "was sentenced to 15 years."
    )
    found = events_of(text, language="en")
    assert "smuggling" in [e.type for e in found]
    assert next(e for e in found if e.type == "smuggling").commodities == ["gold"]


def test_a_trade_tried_with_no_goods_stays_the_charge() -> None:
    text = "A soldier was sentenced to 15 years in March for trying to smuggle."
    assert "smuggling" not in _types(text)
