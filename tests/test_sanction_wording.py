"""Sanctions told in other words: a state or body taking a measure with a verb of its own
("Japan barred North Korean ships", "placed two firms on the SDN list", "UN slaps new
sanctions", "제재 명단에 올렸다", "자산을 동결했다"), and what stays no measure taken (a
target described by a designation of years before, a state's long-standing ban, the US's
sanctions on the country told as background)."""

from __future__ import annotations

import pytest
from extract_support import events_of

from nkevents.model import Event


def _sanctions(text: str) -> list[Event]:
    lang = "ko" if any("\uac00" <= ch <= "\ud7a3" for ch in text) else "en"
    return [e for e in events_of(text, language=lang) if e.type == "sanction"]


@pytest.mark.parametrize(
    "text",
    [
        "Officials at the Treasury's sanctions office, OFAC, placed two shipping firms on the "
        "SDN list.",
        "The Commerce Department added five companies to its Entity List for shipping goods "
        "to Pyongyang.",
        "US sanctions North Korean hackers behind bank thefts",
        "The United States unveiled a new round of sanctions on Thursday targeting North "
        "Korea's shipping network.",
        "The U.S. government has hit a North Korean general with sanctions over human rights "
        "abuses.",
        "Three Russian banks were sanctioned by the Treasury for handling North Korean accounts.",
        "Japan barred all North Korean ships from its ports and banned imports from the North.",
        "Beijing will cap exports of refined oil products to North Korea from October 1.",
        "UN slaps new sanctions on North Korea over missile tests",
        "Britain and the EU froze the assets of two North Korean envoys on Monday.",
    ],
)
def test_a_measure_taken_told_in_english(text: str) -> None:
    assert len(_sanctions(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "미 재무부 해외자산통제실(OFAC)은 북한 선박 6척을 제재 명단에 올렸다.",
        "미국 정부가 북한 해커 조직에 대한 독자제재를 단행했다.",
        "재무부는 이들 개인과 기관의 미국 내 자산을 동결하고 미국인과의 거래를 금지했다.",
        "미국, 北 노동당 간부 2명 제재 명단 추가",
        "정부는 북한 개인 15명과 기관 16곳을 독자제재 대상으로 지정했다고 발표했다.",
        "중국 상무부는 북한산 석탄 수입을 연말까지 중단한다고 발표했다.",
        "일본 정부는 북한 선박의 입항을 전면 금지하는 조치를 2년 연장하기로 했다.",
        "중국, 대북 정제유 수출 상한 적용",
        "한국 정부는 북한 기업 5곳의 자산을 동결했다.",
    ],
)
def test_a_measure_taken_told_in_korean(text: str) -> None:
    assert len(_sanctions(text)) == 1


def test_a_measure_keeps_its_body_and_goods() -> None:
    (ev,) = _sanctions("중국 상무부는 북한산 석탄 수입을 연말까지 중단한다고 발표했다.")
    assert ev.actors == ["china_mofcom"] and ev.commodities == ["coal"]
    (ev,) = _sanctions("UN slaps new sanctions on North Korea over missile tests")
    assert ev.actors == ["un_security_council"]


@pytest.mark.parametrize(
    "text",
    [
        # a target described by a designation of years before
        "The firm, which was designated by the Treasury in 2016, continued trading.",
        "The vessel, blacklisted by the UN in 2018, was seen off Nampo last week.",
        # a state's long-standing ban, the country's sanctions as background
        "Japan has long banned North Korean ships from its ports.",
        "Washington has imposed tough sanctions against Pyongyang because of its weapons work.",
        # a sanctioned thing, not a measure of the state named
        "The U.S. government has seized a tanker for transfers with a sanctioned vessel.",
        "Washington could blacklist more Chinese banks if Beijing does not act, officials warned.",
        "미국은 추가 제재를 검토하고 있다고 밝혔다.",
        "2016년 미국의 제재 대상에 오른 이 회사는 여전히 영업 중이다.",
    ],
)
def test_no_measure_taken(text: str) -> None:
    assert _sanctions(text) == []


def test_a_us_designation_takes_no_resolution_named_elsewhere() -> None:
    text = (
        "On March 3, OFAC designated two shipping firms and placed them on the SDN list. "
        "The firms had moved fuel to the North in violation of Resolution 2375."
    )
    found = [e for e in _sanctions(text) if "us_treasury" in e.actors]
    assert [e.instrument for e in found] == [None]


def test_a_measure_announced_by_its_state_is_taken() -> None:
    (ev,) = _sanctions(
        "China said on Saturday it would halt all coal imports from North Korea until the end "
        "of the year."
    )
    assert ev.commodities == ["coal"]


def test_a_measure_announced_on_a_condition_is_not_taken() -> None:
    text = "China said it would halt coal imports from North Korea if the North tested again."
    assert _sanctions(text) == []
