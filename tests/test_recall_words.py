"""Events and goods told in other words than the usual ones, English and Korean: seizures
told as goods recovered or found, detentions told as sent to or held at a facility, and
goods named by their kind. Invented sentences (the project's own words)."""

from __future__ import annotations

import pytest

from nkevents.extract import extract
from nkevents.extract.attributes import labels, unique
from nkevents.extract.lexicon import lexicon
from nkevents.model import Document, Event


def _events(text: str, language: str | None = None, published: str = "2021-06-20") -> list[Event]:
    return extract(Document("t", text, published=published, language=language)).events


def _types(text: str, language: str | None = None) -> list[str]:
    return sorted({e.type for e in _events(text, language)})


def _goods(sentence: str, language: str = "en") -> list[str]:
    table = lexicon().commodities[language]
    return unique(labels(table, sentence, (0, len(sentence))))


@pytest.mark.parametrize(
    "text",
    [
        "Customs officers at the airport recovered three kilograms of gold from him on Tuesday.",
        "In March police recovered a bag of methamphetamine from the trader in Dandong.",
        "Two bundles of cigarettes were found in his luggage at the Sinuiju crossing in May.",
    ],
)
def test_english_goods_recovered_or_found_on_someone_are_a_seizure(text: str) -> None:
    assert "seizure" in _types(text)


def test_an_economy_that_recovered_is_no_seizure() -> None:
    assert "seizure" not in _types("The border trade recovered from the slump in 2019.")


@pytest.mark.parametrize(
    "text",
    [
        "세관은 지난 4월 몰래 들여오려던 책 20점이 적발됐다고 밝혔다.",
        "지난달 신의주 세관에서 중국산 물품이 모두 적발됐다.",
        "보안원들은 지난 3월 주민들이 숨겨 둔 휴대전화를 회수했다.",
    ],
)
def test_korean_goods_found_or_taken_back_are_a_seizure(text: str) -> None:
    assert "seizure" in _types(text, "ko")


def test_a_flaw_found_in_an_inspection_is_no_seizure() -> None:
    assert "seizure" not in _types("검열에서 여러 문제점이 적발됐다고 한다.", "ko")


@pytest.mark.parametrize(
    "text",
    [
        "In May the two traders were sent to a labour-training camp in Hoeryong.",
        "The smuggler has been held at a detention centre in Hyesan since March.",
    ],
)
def test_english_people_sent_to_or_held_at_a_facility_are_a_detention(text: str) -> None:
    assert "detention" in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "체포된 주민 3명은 지난달 전거리 교화소로 이송됐다.",
        "보위부는 지난 5월 밀수꾼 2명을 구류장에 수감시켰다.",
    ],
)
def test_korean_people_transferred_or_locked_up_are_a_detention(text: str) -> None:
    assert "detention" in _types(text, "ko")


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        ("상인들은 음식과 생필품을 넘겼다.", "ko", ["food", "other"]),
        ("밀수꾼들은 농수산품과 냉동품, 콩을 들여왔다.", "ko", ["seafood", "food", "crops"]),
        ("그는 송이버섯과 약초를 넘겼다.", "ko", ["food", "medicine"]),
        ("세관은 북한 서적과 지폐를 찾아냈다.", "ko", ["other", "cash"]),
        ("그는 얼음(필로폰)을 팔았다.", "ko", ["drugs"]),
        ("얼음이 녹았다.", "ko", []),
        ("He sold meth and amphetamines to the guards.", "en", ["drugs"]),
        ("A drug known as 'ice' was carried over.", "en", ["drugs"]),
        ("They carried smuggled phones and dried herbs.", "en", ["phones", "medicine"]),
        ("The river ice broke in March.", "en", []),
        ("He sold penicillin, silk, batteries.", "en", ["medicine", "textiles", "electronics"]),
        ("A battery of tests followed.", "en", []),
        ("그는 항생제와 비단, 배터리를 넘겼다.", "ko", ["medicine", "textiles", "electronics"]),
        ("밀수꾼들은 털게와 흑연, 코크스를 넘겼다.", "ko", ["seafood", "minerals", "coal"]),
        ("그는 술을 팔다 잡혔다.", "ko", ["food"]),
        ("그는 술을 마셨다.", "ko", []),
    ],
)
def test_goods_named_by_their_kind(sentence: str, language: str, expected: list[str]) -> None:
    assert _goods(sentence, language) == expected


def test_korean_contraband_found_is_no_arrest() -> None:
    assert "arrest" not in _types("지난달 신의주 세관에서 밀수품이 적발됐다.", "ko")


def test_a_list_of_goods_after_a_trade_names_its_goods() -> None:
    events = _events(
        "Border guards in Hyesan smuggled goods to China in May. "
        "The goods they handed over were coal, copper, aluminium and medicinal herbs."
    )
    (smuggling,) = [e for e in events if e.type == "smuggling"]
    assert sorted(smuggling.commodities) == ["coal", "copper", "medicine"]


def test_a_korean_list_of_goods_after_a_trade_names_its_goods() -> None:
    events = _events(
        "지난 5월 혜산의 밀수꾼들이 중국으로 물건을 밀수했다. "
        "넘긴 물건은 웅담, 술, 수산물 등이었다고 한다.",
        "ko",
    )
    (smuggling,) = [e for e in events if e.type == "smuggling"]
    assert sorted(smuggling.commodities) == ["food", "medicine", "seafood"]


def test_a_list_of_other_kinds_of_goods_is_another_trade() -> None:
    events = _events(
        "Traders smuggled clams to China in May. Cars, diesel and mobile phones go the other way."
    )
    assert [e.commodities for e in events if e.type == "smuggling"][0] == ["seafood"]


def test_two_goods_named_together_are_no_list() -> None:
    events = _events(
        "Police in Hyesan arrested a trader in May. He had carried coal and copper to the market."
    )
    assert all(e.commodities == [] for e in events if e.type == "arrest")


def test_fishing_boats_seized_are_goods_of_the_seizure() -> None:
    events = _events(
        "Russian border guards seized three North Korean fishing boats and their catch of "
        "squid in the Sea of Japan on 12 July."
    )
    (seizure,) = [e for e in events if e.type == "seizure"]
    assert sorted(seizure.commodities) == ["seafood", "vehicles"]


def test_a_tanker_held_is_held_for_its_cargo() -> None:
    events = _events("Coast guards detained a tanker carrying diesel off Busan on 3 May.")
    (seizure,) = [e for e in events if e.type == "seizure"]
    assert seizure.commodities == ["fuel"]


def test_korean_fishing_boats_seized_are_goods_of_the_seizure() -> None:
    events = _events(
        "러시아 국경수비대는 지난 7월 북한 어선 5척을 나포하고 오징어를 압수했다.", "ko"
    )
    assert any("vehicles" in e.commodities for e in events if e.type == "seizure")


def test_a_boat_of_defectors_is_no_goods() -> None:
    events = _events("지난 6월 주민 4명이 목선을 타고 남하해 귀순했다.", "ko")
    assert all(e.commodities == [] for e in events)


def test_a_term_told_in_the_present_after_a_trial_stays_the_trials() -> None:
    events = _events(
        "Two traders were tried before a crowd in Hyesan in May 2019. "
        "Both are sent to an unnamed labour camp; the term is about nine months."
    )
    (trial,) = [e for e in events if e.type == "trial"]
    assert trial.penalty is not None and trial.penalty.max_months == 9


@pytest.mark.parametrize(
    "text",
    [
        "On Sunday the deputy minister was dragged away by guards after a party meeting.",
        "He was expelled from the party on Monday and hauled off by security agents.",
    ],
)
def test_someone_taken_away_by_an_agency_is_an_arrest(text: str) -> None:
    assert "arrest" in _types(text)


def test_taken_away_from_home_with_belongings_is_no_arrest_word() -> None:
    assert "arrest" not in _types("The rubbish was taken away with the rest on Monday.")


@pytest.mark.parametrize(
    "text",
    [
        "In March a trader was caught at Dandong customs without declaring two kilograms of gold.",
        "In 2017 the broker tried to sell missile components to a foreign buyer, police said.",
        "지난 2월 한 중국인이 북한산 약재를 국내로 반입하려다 세관에 적발됐다.",
    ],
)
def test_goods_taken_past_customs_or_offered_abroad_are_smuggling(text: str) -> None:
    assert "smuggling" in _types(text)


def test_arms_held_by_someone_are_no_weapons() -> None:
    assert _goods("Soldiers led him away by the arms.") == []


@pytest.mark.parametrize(
    "text",
    [
        "In May, a trader was caught carrying 20 kg of copper across the Yalu River.",
        "The guards sold the confiscated cigarettes across the border in April.",
        "In June border guards took bribes to let traders carry rare earths into China.",
        "In April a broker bought 30 phones from Chinese traders and resold them in Hyesan.",
        "지난 3월 국경경비대 군인들이 빙두를 중국 밀수꾼에게 넘겼다.",
    ],
)
def test_trade_told_as_carrying_selling_or_buying_across_the_border(text: str) -> None:
    assert "smuggling" in _types(text)


def test_goods_police_found_on_someone_are_a_seizure() -> None:
    assert "seizure" in _types("In May police found 2 kg of methamphetamine on him at the border.")


def test_people_taken_across_a_river_are_no_trade() -> None:
    assert "smuggling" not in _types("In May the family fled across the Tumen River.")


def test_someone_locked_up_in_a_cell_is_a_detention() -> None:
    text = "The man was locked up in a holding cell at the police station for two weeks in May."
    assert "detention" in _types(text)


def test_people_usually_held_in_cells_are_no_detention() -> None:
    assert "detention" not in _types("Those who are caught are held in cells for weeks.")


def test_a_truck_intercepted_with_its_goods_is_a_seizure() -> None:
    events = _events("Chinese police intercepted a truck loaded with seafood in Dandong on 4 May.")
    (seizure,) = [e for e in events if e.type == "seizure"]
    assert seizure.commodities == ["seafood"]


def test_a_body_that_sanctioned_entities_took_a_measure() -> None:
    text = "The Treasury sanctioned four firms and one banker that move funds for Pyongyang."
    assert "sanction" in _types(text)


def test_sanctions_talked_of_without_a_body_take_no_measure() -> None:
    assert "sanction" not in _types("Firms that are sanctioned often change their names.")


def test_a_korean_list_of_goods_inside_a_campaign_story_names_its_goods() -> None:
    text = (
        "세관은 지난 6월부터 석탄과 휘발유 밀수를 집중 단속하기로 했다. "
        "자동차, 석유가공품, 담배, 고급 화장품 등도 포함됐다. "
        "단속은 연말까지 이어진다."
    )
    crackdowns = [e for e in _events(text, "ko") if e.type == "crackdown"]
    assert {"vehicles", "other"} <= set(crackdowns[0].commodities)


def test_korean_goods_taken_off_traders_by_an_agency_are_a_seizure() -> None:
    text = "지난달 장마당에서 장사꾼들이 보안원들에게 중국산 옷을 모두 빼앗겼다."
    (seizure,) = [e for e in _events(text, "ko") if e.type == "seizure"]
    assert seizure.commodities == ["textiles"]


def test_korean_money_taken_by_a_robber_is_no_seizure() -> None:
    assert "seizure" not in _types("지난달 그는 강도에게 돈을 빼앗겼다.", "ko")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Her brother remains in a political prison camp in Hwasong, they said in 2020.", "en"),
        ("He has been serving a ten-year term in a prison camp in Kaechon since 2018.", "en"),
        ("지난해 3월 한 여성이 증산교화소에서 숨졌다.", "ko"),
    ],
)
def test_people_held_or_dead_in_a_facility_are_a_detention(text: str, language: str) -> None:
    assert "detention" in _types(text, language)


def test_one_more_person_also_sent_to_a_camp_is_one_more_detention() -> None:
    text = (
        "In March the deputy minister was sent to a political prison camp. "
        "His interpreter was also sent to a prison camp."
    )
    assert [e.type for e in _events(text)].count("detention") == 2


@pytest.mark.parametrize(
    "second",
    [
        "Two Chinese traders living in the city were also arrested for helping the pair.",
        "The alleged “leader” of the ring was reportedly also arrested in the city.",
    ],
)
def test_people_told_with_also_after_a_longer_subject_are_one_more_arrest(second: str) -> None:
    text = "Two women were arrested in Busan in March for running a fraud ring. " + second
    assert [e.type for e in _events(text)].count("arrest") == 2


def test_the_same_person_also_sent_is_the_same_detention() -> None:
    text = (
        "In March the deputy minister was sent to a political prison camp. "
        "He was also sent to a prison camp, a source said."
    )
    assert [e.type for e in _events(text)].count("detention") == 1


def test_a_bills_further_terms_are_the_measures_goods() -> None:
    text = (
        "The UN Security Council adopted Resolution 2371 on Saturday, banning exports of coal "
        "and iron. The bill also prohibits hiring more North Korean laborers abroad."
    )
    events = _events(text)
    assert [e.type for e in events] == ["sanction"]
    assert events[0].commodities == ["coal", "iron_ore", "people"]


def test_korean_goods_listed_among_the_items_caught_join_the_seizure() -> None:
    text = "세관은 지난 4월 공항에서 북한 서적 10점을 압수했다. 북한 지폐 3장도 적발 대상에 올랐다."
    (seizure,) = [e for e in _events(text, "ko") if e.type == "seizure"]
    assert seizure.commodities == ["other", "cash"]
