"""Korean trades told with their goods beside an arrest, trial or execution are events."""

from __future__ import annotations

from extract_support import events_of


def _types(text: str) -> list[str]:
    return sorted(e.type for e in events_of(text, language="ko"))


def test_gold_smuggled_before_a_public_execution_is_its_own_trade() -> None:
    text = "함경북도 회령에서 지난 3월 금을 밀수하다 적발된 남성 두 명이 공개 처형됐다."
    found = events_of(text, language="ko")
    assert sorted(e.type for e in found) == ["execution", "smuggling"]
    trade = next(e for e in found if e.type == "smuggling")
    assert trade.commodities == ["gold"]
    assert trade.date is None  # the month is the execution's
    assert trade.people == 2  # the two told as caught at it


def test_drugs_dealt_as_the_charge_of_a_public_trial_are_a_trade_told() -> None:
    text = "지난 5월 신의주에서 마약을 밀매한 혐의로 주민 4명에 대한 공개재판이 열렸다."
    found = events_of(text, language="ko")
    assert sorted(e.type for e in found) == ["smuggling", "trial"]
    assert next(e for e in found if e.type == "smuggling").commodities == ["drugs"]


def test_state_wire_stolen_and_sold_to_china_before_an_execution_is_a_trade() -> None:
    text = "제철소에서 구리선을 훔쳐 중국에 팔아넘긴 노동자 3명이 지난달 처형됐다."
    found = events_of(text, language="ko")
    assert sorted(e.type for e in found) == ["execution", "smuggling"]
    assert next(e for e in found if e.type == "smuggling").commodities == ["copper"]


def test_a_trade_noun_as_the_charge_with_no_goods_stays_the_charge() -> None:
    assert _types("주민 10명이 밀수 혐의로 지난달 공개 처형됐다.") == ["execution"]


def test_a_trade_verb_with_no_goods_stays_the_charge() -> None:
    text = "밀수를 하다 적발된 남성 두 명이 지난 3월 혜산에서 공개 처형됐다."
    assert _types(text) == ["execution"]


def test_goods_brought_in_until_the_catching_are_a_trade() -> None:
    text = "혜산시의 한 주민이 지난달 중국산 휴대폰을 들여오다 보위부에 체포됐다."
    found = events_of(text, language="ko")
    assert sorted(e.type for e in found) == ["arrest", "smuggling"]
    assert next(e for e in found if e.type == "smuggling").commodities == ["phones"]


def test_goods_brought_in_tried_and_caught_by_guards_are_a_trade() -> None:
    text = "무산군의 한 여성이 지난 5월 중국에서 마약을 들여오려다 국경경비대에 붙잡혔다."
    assert _types(text) == ["arrest", "smuggling"]


def test_goods_brought_in_with_no_catching_told_are_no_trade() -> None:
    text = "국가무역회사는 중국에서 밀가루를 들여오고 있다. 주민 2명이 체포됐다."
    assert _types(text) == ["arrest"]


def test_goods_exported_against_the_law_named_as_an_arrests_charge_are_a_trade() -> None:
    text = "청진시의 한 무역회사 사장이 지난달 수산물을 중국에 밀수출한 혐의로 체포됐다."
    found = events_of(text, language="ko")
    assert sorted(e.type for e in found) == ["arrest", "smuggling"]
    assert next(e for e in found if e.type == "smuggling").commodities == ["seafood"]


def test_state_wire_stolen_and_sold_as_an_executions_charge_is_a_trade() -> None:
    text = "북한 당국은 지난 8월 국가 재산인 구리선을 훔쳐 판 혐의로 주민 5명을 공개 총살했다."
    found = events_of(text, language="ko")
    assert sorted(e.type for e in found) == ["execution", "smuggling"]
    assert next(e for e in found if e.type == "smuggling").commodities == ["copper"]


def test_goods_sneaked_in_by_the_people_executed_are_a_trade() -> None:
    text = "지난해 11월 신의주에서 중국산 담배를 몰래 들여온 무역일꾼 3명이 처형됐다."
    assert _types(text) == ["execution", "smuggling"]


def test_goods_described_as_sneaked_in_tell_no_trade() -> None:
    text = (
        "주민들은 몰래 들여온 중국산 휴대폰으로 연락해 왔으며, 보위부는 지난달 주민 2명을 체포했다."
    )
    assert _types(text) == ["arrest"]


def test_drugs_handed_to_a_chinese_dealer_until_the_catching_are_a_trade() -> None:
    text = "지난 10일 밤 혜산시 주민 3명이 중국 대방에게 빙두 2kg을 넘겨주다 국경경비대에 붙잡혔다."
    found = events_of(text, language="ko")
    assert "smuggling" in [e.type for e in found]
    assert next(e for e in found if e.type == "smuggling").commodities == ["drugs"]


def test_herbs_handed_over_to_the_chinese_side_are_a_trade() -> None:
    text = "평안북도 삭주군의 한 주민은 지난 6월 밤 중국 측에 약초 50kg을 넘겼다."
    found = events_of(text, language="ko")
    assert [(e.type, e.commodities) for e in found] == [("smuggling", ["medicine"])]


def test_phones_brought_in_and_sold_by_those_arrested_are_a_trade() -> None:
    text = "최근 삼지연시에서 중국산 휴대폰을 들여와 판매한 주민들이 보위부에 체포됐다."
    assert _types(text) == ["arrest", "smuggling"]


def test_ore_diverted_to_china_before_a_public_trial_is_a_trade() -> None:
    text = "무산군에서 지난 1월 철광석 10t을 중국으로 빼돌린 광산 간부 2명이 공개재판을 받았다."
    found = events_of(text, language="ko")
    assert sorted(e.type for e in found) == ["smuggling", "trial"]
    assert next(e for e in found if e.type == "smuggling").commodities == ["iron_ore"]


def test_coal_exported_in_secret_is_a_trade() -> None:
    text = "북한 당국은 지난 3월 외화벌이 일꾼들을 통해 중국에 석탄 5만t을 몰래 수출했다."
    found = events_of(text, language="ko")
    assert [(e.type, e.commodities, e.date) for e in found] == [("smuggling", ["coal"], "2019-03")]


def test_fuel_moved_from_ship_to_ship_at_sea_is_a_trade() -> None:
    text = "지난 4월 북한 선박이 공해상에서 정제유를 옮겨 싣는 장면이 포착됐다."
    found = events_of(text, language="ko")
    assert [(e.type, e.commodities) for e in found] == [("smuggling", ["fuel"])]


def test_goods_passed_off_and_brought_in_by_the_dealers_arrested_are_a_trade() -> None:
    text = "지난 7월 중국 세관은 북한산 수산물 20t을 중국산으로 속여 들여온 업자 3명을 구속했다."
    found = events_of(text, language="ko")
    assert sorted(e.type for e in found) == ["arrest", "smuggling"]
    assert next(e for e in found if e.type == "smuggling").commodities == ["seafood"]


def test_dealers_named_by_their_trade_with_no_goods_are_only_the_arrested() -> None:
    assert _types("지난 7월 보위부는 밀수 업자 3명을 체포했다.") == ["arrest"]


def test_cargo_unloaded_by_north_korean_ships_at_sea_is_a_trade() -> None:
    text = "북한 선박 2척이 지난 3월 중국 닝보 인근 해상에서 석탄을 하역한 것으로 드러났다."
    found = events_of(text, language="ko")
    assert [(e.type, e.commodities) for e in found] == [("smuggling", ["coal"])]


def test_fuel_handed_to_a_north_korean_ship_is_a_trade() -> None:
    text = "지난해 10월 남포항에서 러시아 선박이 북한 선박에 경유 500t을 넘겨준 것으로 확인됐다."
    found = events_of(text, language="ko")
    assert [(e.type, e.commodities) for e in found] == [("smuggling", ["fuel"])]


def test_copper_named_as_dong_with_its_weight_is_copper() -> None:
    text = "지난 15일 혜산시에서 중국으로 넘기려던 동 50kg이 국경경비대에 압수됐다."
    found = events_of(text, language="ko")
    assert all(e.commodities == ["copper"] for e in found)
    assert "seizure" in [e.type for e in found]


def test_goods_handed_on_by_the_people_counted_are_their_trade() -> None:
    text = "지난 4월에는 혜산에서 중국 상인에게 북한 골동품을 넘기던 주민 2명이 붙잡혔다."
    found = events_of(text, language="ko")
    assert sorted((e.type, e.people) for e in found) == [("arrest", 2), ("smuggling", 2)]


def test_people_counted_as_arrested_beside_goods_seized_are_no_traders() -> None:
    found = events_of("경찰은 지난달 10명을 체포하고 밀수된 마약을 압수했다.", language="ko")
    assert all(e.people in (None, 10) for e in found)
    assert all(e.people is None for e in found if e.type == "smuggling")


def test_goods_let_in_by_bribed_customs_officers_are_a_trade() -> None:
    text = "최근 신의주 세관 일꾼들이 뇌물을 받고 중국산 전자제품 반입을 묵인한 사실이 적발됐다."
    found = events_of(text, language="ko")
    assert "smuggling" in [e.type for e in found]
    assert next(e for e in found if e.type == "smuggling").commodities == ["electronics"]


def test_goods_handed_to_china_as_a_way_of_living_are_no_event() -> None:
    text = "국경 주민들은 중국에 약초와 구리를 넘기고 식량을 들여오는 방식으로 생계를 유지한다."
    assert _types(text) == []
