"""People traded: workers sent abroad for the state, women sold across the border."""

from __future__ import annotations

from extract_support import events_of


def _trades(text: str, language: str) -> list[tuple[int | None, list[str]]]:
    found = events_of(text, language=language)
    return [(e.people, e.commodities) for e in found if e.type == "smuggling"]


def test_workers_sent_to_a_building_site_abroad_are_a_trade_in_people() -> None:
    text = "북한은 지난 3월 노동자 200명을 러시아 건설현장에 파견했다."
    assert _trades(text, "ko") == [(200, ["people"])]


def test_workers_told_as_sent_to_a_factory_abroad_are_a_trade() -> None:
    text = "지난해 여름 약 300명의 북한 근로자가 중국 훈춘의 수산물 공장에 파견됐다고 한다."
    assert _trades(text, "ko") == [(300, ["people"])]


def test_workers_being_sent_abroad_as_a_practice_are_no_event() -> None:
    assert _trades("북한 노동자들은 외화벌이를 위해 해외에 파견되고 있다.", "ko") == []


def test_a_company_described_as_sending_workers_is_no_trade_told() -> None:
    text = "러시아 건설현장에 노동자를 파견한 무역회사가 제재 대상에 올랐다."
    assert _trades(text, "ko") == []


def test_a_woman_sold_off_to_the_chinese_countryside_is_a_trade_in_people() -> None:
    text = "지난 6월 회령시의 한 여성이 브로커에게 넘겨져 중국 농촌으로 팔려갔다."
    assert _trades(text, "ko") == [(1, ["people"])]


def test_women_being_sold_as_a_habit_is_no_event() -> None:
    assert _trades("탈북 여성들이 중국 남성에게 팔려가는 일이 많다.", "ko") == []


def test_a_broker_arrested_for_selling_women_to_farmers_gives_the_trade() -> None:
    text = (
        "Police in Hoeryong arrested a broker in March for selling three North Korean women "
        "to Chinese farmers."
    )
    assert _trades(text, "en") == [(3, ["people"])]


def test_women_told_as_sold_to_farmers_are_a_trade_in_people() -> None:
    text = "In May two women from Musan were sold to farmers in Jilin by a broker."
    assert _trades(text, "en") == [(2, ["people"])]


def test_women_sold_as_a_present_habit_are_no_event() -> None:
    assert _trades("Many North Korean women are sold to Chinese men.", "en") == []


def test_money_from_abroad_carried_to_families_is_a_trade_in_cash() -> None:
    text = (
        "A remittance broker who carried 20,000 dollars from China to families in Hyesan "
        "was arrested last month."
    )
    assert [c for _, c in _trades(text, "en")] == [["cash"]]


def test_money_sent_from_the_south_handed_to_a_family_is_a_trade_in_cash() -> None:
    text = "송금 브로커 김씨는 지난달 한국에서 보낸 돈 5만 위안을 북한 가족에게 전달하다 체포됐다."
    assert [c for _, c in _trades(text, "ko")] == [["cash"]]


def test_a_remittance_broker_named_with_no_act_told_is_no_trade() -> None:
    assert _trades("혜산의 한 송금 브로커가 지난 3월 보위부에 체포됐다.", "ko") == []


def test_workers_hired_against_the_ban_are_a_trade_in_people() -> None:
    text = (
        "In March a Russian construction firm in Vladivostok hired 150 North Korean labourers "
        "in breach of UN sanctions."
    )
    assert _trades(text, "en") == [(150, ["people"])]


def test_a_counted_dispatch_of_workers_to_factories_is_a_trade_in_people_only() -> None:
    text = "North Korea dispatched about 1,000 workers to seafood plants in Dandong last year."
    assert _trades(text, "en") == [(1000, ["people"])]


def test_money_from_defectors_carried_to_their_families_is_a_trade_in_cash() -> None:
    text = (
        "A broker in Yanbian carried money from defectors in Seoul to their families in "
        "Hoeryong until his arrest in May."
    )
    assert [c for _, c in _trades(text, "en")] == [["cash"]]


def test_women_sold_by_a_broker_to_a_farmer_are_a_trade_in_people() -> None:
    text = (
        "A source said two women from Hyesan had been sold by a broker to a farmer in "
        "Heilongjiang last winter."
    )
    assert [c for _, c in _trades(text, "en")] == [["people"]]


def test_workers_counted_as_sent_to_russia_are_a_trade_in_people() -> None:
    text = "북한 당국은 지난해 러시아에 노동자 1만명을 추가로 보냈다. 주민 2명이 체포됐다."
    assert _trades(text, "ko") == [(10000, ["people"])]


def test_sending_workers_abroad_named_as_a_kind_of_act_is_no_trade() -> None:
    text = "해외에 노동자를 보내는 일은 제재 위반이다. 주민 2명이 체포됐다."
    assert _trades(text, "ko") == []


def test_wages_sent_to_family_in_china_are_no_trade_in_people() -> None:
    text = "중국에 있는 가족에게 노동자 월급을 보냈다. 주민 2명이 체포됐다."
    assert _trades(text, "ko") == []
