"""Korean words of an event that tell none: an order or a threat, and 처형 the relative."""

from __future__ import annotations

import pytest

from nkevents.extract import extract
from nkevents.model import Document


def _types(text: str) -> list[str]:
    doc = Document("t", text, title=None, published="2022-06-01", language="ko")
    return sorted(e.type for e in extract(doc).events)


@pytest.mark.parametrize(
    "text",
    [
        # 처형, the wife's elder sister
        "평안남도 순천시에서 남편 몰래 처형 집에 숨어 지내던 여성이 안전부에 체포됐다.",
        "그는 장사 밑천을 빌리러 함흥에 사는 처형 댁에 갔다가 숙박 검열에 걸려 체포됐다.",
        "청진시의 한 여성은 처제와 처형이 모두 중국으로 떠났다고 말했다.",
    ],
)
def test_korean_wife_sister_is_no_execution(text: str) -> None:
    assert "execution" not in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        # ordered, not done
        "김정은은 뇌물을 받은 간부는 모두 처형하라고 지시했다.",
        "중앙은 국경 지역의 밀수꾼들을 모조리 체포하라는 지시를 내려보냈다.",
        # threatened, not done
        "당국은 탈북을 돕는 경비대원은 총살하겠다고 위협했다.",
    ],
)
def test_korean_orders_and_threats_are_no_happening(text: str) -> None:
    found = _types(text)
    assert "execution" not in found and "arrest" not in found


def test_korean_campaign_under_an_order_stays_a_campaign() -> None:
    # "체포하라는 지시에 따라 ... 검열을 벌이고 있다": the campaign is told, the arrest ordered
    text = (
        "보위부는 이달 초부터 혜산 일대에서 밀수꾼을 체포하라는 지시에 따라 대대적인 "
        "검열을 벌이고 있다."
    )
    assert _types(text) == ["crackdown"]


def test_korean_execution_with_a_threat_after_it_is_one() -> None:
    text = (
        "지난달 10일 청진에서 마약 밀매범 2명이 총살됐다. 당국은 처형장에서 마약을 하는 "
        "자는 모두 총살하겠다고 선포했다."
    )
    assert _types(text) == ["execution"]


@pytest.mark.parametrize(
    "text",
    [
        "지난달 혜산 장마당에서 중국산 휴대폰 20대가 단속돼 모두 회수됐다.",
        "지난달 무산에서 중국으로 넘어가던 구리 2톤이 국경경비대에 적발됐다.",
        "이달 10일 남포항에서 석탄을 실은 선박이 당국에 적발됐다.",
        "지난주 혜산에서 장사꾼의 물건이 단속에 걸려 몰수됐다.",
    ],
)
def test_korean_goods_caught_are_seized_not_arrested(text: str) -> None:
    found = _types(text)
    assert "arrest" not in found and "seizure" in found


@pytest.mark.parametrize(
    "text",
    [
        "지난 5일 청진시 수남시장에서 한국산 화장품을 팔던 여성이 단속됐다.",
        "지난 2일 회령에서 마약을 거래하던 주민 2명이 적발됐다.",
    ],
)
def test_korean_people_caught_are_arrested(text: str) -> None:
    assert _types(text) == ["arrest"]


def test_korean_taken_away_by_an_agency_is_an_arrest() -> None:
    assert _types("지난 2일 밤 무산읍에서 주민 다섯 명이 보위부에 끌려갔다.") == ["arrest"]
    assert _types("지난 2일 무산군에서 통화하던 주민 5명이 보위부에 잡혀갔다.") == ["arrest"]


def test_korean_taken_to_a_facility_is_a_detention() -> None:
    assert "detention" in _types("지난달 회령에서 붙잡힌 여성 3명이 교화소로 끌려갔다.")


@pytest.mark.parametrize(
    "text",
    [
        "In May a soldier was shot five times by his comrades as he fled across the line.",
        "Two smugglers were shot and wounded by guards near Hyesan on 4 May.",
        "A woman was shot in the leg while crossing the Tumen on 4 May.",
    ],
)
def test_shot_at_or_wounded_is_no_execution(text: str) -> None:
    doc = Document("t", text, title=None, published="2022-06-01", language="en")
    assert "execution" not in [e.type for e in extract(doc).events]


def test_shot_by_firing_squad_stays_an_execution() -> None:
    text = "Two smugglers were shot by a firing squad in Hyesan on 4 May."
    doc = Document("t", text, title=None, published="2022-06-01", language="en")
    assert [e.type for e in extract(doc).events] == ["execution"]


def test_korean_if_true_is_a_condition() -> None:
    # "처형이 사실이라면": if the report is true, not a second execution told
    text = (
        "이달 초 평양에서 최 부총리가 총살됐다. 최 부총리의 처형이 사실이라면 올해 들어 "
        "처형된 간부는 세 명이 된다."
    )
    found = [e for e in extract(Document("t", text, published="2022-06-01", language="ko")).events]
    assert [(e.type, len(e.evidence)) for e in found] == [("execution", 1)]
