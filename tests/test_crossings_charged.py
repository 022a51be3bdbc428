"""A crossing told only as what people were arrested, tried or executed for is the charge of
that act, not an escape of its own; one told with a day of its own, or as a happening before
the act, stays an escape."""

from __future__ import annotations

import pytest
from extract_support import events_of


def _types(text: str) -> list[str]:
    return sorted(e.type for e in events_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Border guards arrested two women in Hyesan on March 3 for illegally crossing the "
        "border into China.",
        "Police in Chongjin detained a factory worker on Monday for his defection to China.",
    ],
)
def test_an_english_crossing_told_as_the_charge_is_no_escape(text: str) -> None:
    assert _types(text) == ["arrest"]


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("주민들을 도강시킨 혐의로 국경경비대 군인 2명이 지난달 혜산에서 총살됐다.", "execution"),
        ("국경을 넘은 혐의로 주민 2명이 지난달 무산에서 체포됐다.", "arrest"),
        ("탈북했다는 이유로 일가족 4명이 지난 5월 혜산에서 추방됐다.", "arrest"),
    ],
)
def test_a_korean_crossing_told_as_the_charge_is_no_escape(text: str, act: str) -> None:
    assert _types(text) == [act]


def test_a_korean_charge_of_an_act_only_foretold_makes_no_escape() -> None:
    text = (
        "주민 5명을 탈북시킨 혐의로 경비대 군관 1명이 곧 처형될 것이라고 소식통이 전했다. "
        "이 군관은 지난달 회령에서 체포됐다."
    )
    assert _types(text) == ["arrest"]


def test_people_named_by_their_crossing_are_no_escape() -> None:
    assert _types("도강자를 넘긴 군인 2명이 지난달 회령에서 체포됐다.") == ["arrest"]


def test_a_crossing_with_a_day_of_its_own_stays_an_escape() -> None:
    found = {
        e.type: e
        for e in events_of(
            "Guards arrested a farmer in Musan for crossing the Tumen River on May 2."
        )
    }
    assert set(found) == {"arrest", "escape"}
    assert found["escape"].date == "2019-05-02"


@pytest.mark.parametrize(
    "text",
    [
        "Officials said the nine were arrested for theft after fleeing to China in May.",
        "The woman fled to China in 2015 and was arrested in Shenyang last month.",
        "지난 4일 두만강을 건너 탈북한 주민 2명이 8일 중국 공안에 체포됐다.",
    ],
)
def test_a_crossing_told_as_a_happening_before_the_act_stays(text: str) -> None:
    assert _types(text) == ["arrest", "escape"]


def test_a_crossing_charged_names_defection_not_smuggling() -> None:
    found = events_of(
        "Police arrested two women in Hyesan on charges of illegally crossing the border."
    )
    assert [(e.type, e.charges) for e in found] == [("arrest", ["defection"])]
