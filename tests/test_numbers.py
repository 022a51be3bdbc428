"""Table-driven tests of the count detector: one line per phrase."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from test_dates import findable

from nkevents.detect.numbers import find_counts, find_persons, is_audience, parse_number

PARSE = [
    ("36", 36),
    ("1,200", 1200),
    ("thirty-six", 36),
    ("Fifty-five", 55),
    ("nine", 9),
    ("one hundred and twenty", 120),
    ("two hundred", 200),
    ("a dozen", 12),
    ("two dozen", 24),
    ("a hundred", 100),
    ("3 thousand", 3000),
    ("1.5 million", 1500000),
    ("twelve", 12),
    ("스무", 20),
    ("세", 3),
    ("다섯", 5),
    ("한", 1),
    ("스물세", 23),
    ("열", 10),
    ("3만", 30000),
    ("1천", 1000),
    ("1천2백", 1200),
    ("삼십", 30),
    ("six and seven", None),
    ("many", None),
    ("", None),
]


@pytest.mark.parametrize(("words", "value"), PARSE)
def test_parse_number(words: str, value: int | None) -> None:
    assert parse_number(words) == value


CASES = [
    # phrase, language, (value, head, approximate, audience, rule) of the first count, or None
    (
        "a public trial for 36 criminals near the market",
        "en",
        (36, "criminals", False, False, "number"),
    ),
    ("Fifty-five people who had been caught", "en", (55, "people", False, False, "number")),
    ("Nine people were put before a firing squad", "en", (9, "people", False, False, "number")),
    ("executed about 80 people in seven cities", "en", (80, "people", True, False, "number")),
    ("Roughly ten people were put to death", "en", (10, "people", True, False, "number")),
    ("at least 23 people", "en", (23, "people", True, False, "number")),
    (
        "the regime put 15 senior officials to death",
        "en",
        (15, "officials", False, False, "number"),
    ),
    ("two young North Korean defectors", "en", (2, "defectors", False, False, "number")),
    ("Nine young North Korean defectors", "en", (9, "defectors", False, False, "number")),
    ("four of 31 North Koreans", "en", (4, "north koreans", False, False, "number")),
    (
        "The 35 North Korean crew members resisted",
        "en",
        (35, "crew members", False, False, "number"),
    ),
    ("Its 25 crew members", "en", (25, "crew members", False, False, "number")),
    ("Six of those seven executions", "en", (6, "executions", False, False, "number")),
    ("twelve North Korean women who had been sold", "en", (12, "women", False, False, "number")),
    ("a dozen smugglers", "en", (12, "smugglers", False, False, "number")),
    ("about a dozen smugglers", "en", (12, "smugglers", True, False, "number")),
    ("dozens of people", "en", (12, "people", True, False, "vague")),
    ("A man was executed by firing squad", "en", (1, "man", False, False, "singular")),
    ("a North Korean soldier defected", "en", (1, "soldier", False, False, "singular")),
    ("an elderly woman was arrested", "en", (1, "woman", False, False, "singular")),
    ("a family of four crossed", "en", (4, "family", False, False, "family")),
    ("The six were sent back", "en", (6, "people", False, False, "bare")),
    ("the two were captured on Thursday", "en", (2, "people", False, False, "bare")),
    ("seven men and two women were shot", "en", (9, "men and women", False, False, "sum")),
    (
        "Four foreigners and one Chinese national were arrested",
        "en",
        (5, "foreigners and chinese", False, False, "sum"),
    ),
    (
        "authorities herded some 10,000 people into the stadium",
        "en",
        (10000, "people", True, True, "number"),
    ),
    ("thousands of residents watched", "en", (1000, "residents", True, True, "vague")),
    ("an audience of several hundred people", "en", (100, "people", True, True, "vague")),
    ("3,000 spectators", "en", (3000, "spectators", False, True, "number")),
    ("500 residents looked on as", "en", (500, "residents", False, True, "number")),
    ("in front of 2,000 residents", "en", (2000, "residents", False, True, "number")),
    ("to watch eight people tied to stakes", "en", (8, "people", False, False, "number")),
    ("a 30-year-old woman", "en", (1, "woman", False, False, "singular")),
    ("three family members", "en", (3, "family members", False, False, "number")),
    ("more than 100 defectors", "en", (100, "defectors", True, False, "number")),
    ("some 300 North Korean workers", "en", (300, "workers", True, False, "number")),
    ("a group of 20 women", "en", (20, "women", False, False, "number")),
    ("Thousands of people filled the stadium", "en", (1000, "people", True, True, "vague")),
    # not counts of people
    ("600 tons of oil", "en", None),
    ("2,100 head of state cattle", "en", None),
    ("two years of forced labor", "en", None),
    ("a 25-year-old surnamed Choe", "en", None),
    ("a 15-member Council", "en", None),
    ("at 10am on November 12", "en", None),
    ("Resolution 2321", "en", None),
    ("the military's No. 2 figure", "en", None),
    ("in 2019 defectors said", "en", None),
    ("a group of smugglers", "en", None),
    ("36", "en", None),
    # Korean
    ("이날 재판에 선 사람은 모두 13명으로", "ko", (13, None, False, False, "ko_counter")),
    ("나머지 남녀 12명에게는", "ko", (12, "남녀", False, False, "ko_counter")),
    ("피고인 6명에 대한 재판", "ko", (6, "피고인", False, False, "ko_counter")),
    ("탈북민 약 600명을", "ko", (600, "탈북민", True, False, "ko_counter")),
    ("함께 회부된 20여 명은", "ko", (20, None, True, False, "ko_counter")),
    ("20여명", "ko", (20, None, True, False, "ko_counter")),
    ("9명을 총살했다", "ko", (9, None, False, False, "ko_counter")),
    ("다섯 명이 체포됐다", "ko", (5, None, False, False, "ko_counter")),
    ("한 명이 처형됐다", "ko", (1, None, False, False, "ko_counter")),
    ("스무 명", "ko", (20, None, False, False, "ko_counter")),
    ("500명이 넘는 북한 주민이", "ko", (500, None, True, False, "ko_counter")),
    ("10명의 주민이", "ko", (10, "주민", False, False, "ko_counter")),
    ("대학생 등 500여 명을 모아 놓고", "ko", (500, None, True, True, "ko_counter")),
    ("1천 명의 군중", "ko", (1000, "군중", False, True, "ko_counter")),
    ("남성 7명과 여성 2명이 총살됐고", "ko", (9, "남성 and 여성", False, False, "sum")),
    ("대홍단군에서 5명, 함경북도에서 5명이", "ko", (5, None, False, False, "ko_counter")),
    ("명단", "ko", None),
    ("3명령", "ko", None),
    ("주민들이 지켜보는 가운데", "ko", None),
    ("the son of a farmer", "en", (1, "farmer", False, False, "singular")),
    # the one and the others: N + 1, unless the one is a count of its own (then a sum)
    ("A shop manager and two others were held", "en", (3, "others", False, False, "and_others")),
    ("Ri was shot along with four others", "en", (5, "others", False, False, "and_others")),
    (
        "Pak and three other officials were fired",
        "en",
        (4, "officials", False, False, "and_others"),
    ),
    ("six miners and two others fled", "en", (8, "miners and others", False, False, "sum")),
    (
        "Ri was shot along with three of his deputies",
        "en",
        (4, "deputies", False, False, "and_others"),
    ),
    ("they beat him and wounded two others", "en", (2, "others", False, False, "number")),
    # a nationality is one person only when no noun follows it
    (
        "a North Korean and two Japanese were held",
        "en",
        (3, "korean and japanese", False, False, "sum"),
    ),
    ("a North Korean court sentenced him", "en", None),
    # "the group of 42", "all 12 were", "the two quietly crossed": numbers that stand for people
    ("the group of 42 was held in Thailand", "en", (42, "group", False, False, "family")),
    ("All 12 were shot", "en", (12, "people", False, False, "bare")),
    ("the two quietly crossed the river", "en", (2, "people", False, False, "bare")),
    ("three friends were executed", "en", (3, "friends", False, False, "number")),
    # who speaks is no one the event was done to
    ("two officials told reporters", "en", None),
    ("an official said on Monday", "en", None),
]


@pytest.mark.parametrize(("text", "language", "expected"), CASES)
def test_find_counts(text: str, language: str, expected: tuple | None) -> None:
    found = find_counts(text, language)
    if expected is None:
        assert found == []
    else:
        first = found[0]
        assert (first.value, first.head, first.approximate, first.audience, first.rule) == expected


PERSONS = [
    ("20대 청년이 총살됐다", "ko", (1, "청년", False, False, "ko_singular")),
    ("40대 남성이", "ko", (1, "남성", False, False, "ko_singular")),
    ("한 남성이 체포됐다", "ko", (1, "남성", False, False, "ko_singular")),
    ("이 씨의 아내와 아들, 딸은 끌려갔다", "ko", (3, "family", False, False, "kin")),
    ("부모와 동생이", "ko", (3, "family", False, False, "kin")),
    ("his wife, son and daughter were sent to a camp", "en", (3, "family", False, False, "kin")),
    ("주민들이 지켜보는 가운데", "ko", None),
    ("the son of a farmer", "en", None),
    ("120대 남성", "ko", None),
]


@pytest.mark.parametrize(("text", "language", "expected"), PERSONS)
def test_find_persons(text: str, language: str, expected: tuple | None) -> None:
    found = find_persons(text, language)
    if expected is None:
        assert found == []
    else:
        first = found[0]
        assert (first.value, first.head, first.approximate, first.audience, first.rule) == expected


def test_persons_are_not_counts() -> None:
    assert find_counts("20대 청년이 총살됐다", "ko") == []
    assert find_counts("his wife, son and daughter were sent", "en") == []


def test_offsets_and_text() -> None:
    text = "The Tanchon court held a public trial for 36 criminals."
    (count,) = find_counts(text)
    assert text[count.start : count.end] == count.text == "36 criminals"


def test_counts_in_two_places_are_not_summed() -> None:
    rules = [c.rule for c in find_counts("대홍단군에서 5명, 함경북도에서 5명이 처형됐다", "ko")]
    assert rules == ["ko_counter", "ko_counter"]


def test_language_none_runs_both() -> None:
    values = [c.value for c in find_counts("Nine people; 피고인 6명")]
    assert values == [9, 6]


@pytest.mark.parametrize(
    ("head", "audience"),
    [("spectators", True), ("crowd", True), ("군중", True), ("criminals", False), (None, False)],
)
def test_is_audience(head: str | None, audience: bool) -> None:
    assert is_audience(head) is audience


def test_dev_gold_people_are_findable(shared_dir: Path) -> None:
    def values(doc: dict[str, Any]) -> list[Any]:
        text, language = doc["text"], doc.get("language")
        found = find_counts(text, language) + find_persons(text, language)
        return [c.value for c in found if not c.audience]

    assert findable(shared_dir, "people", values) >= 0.85  # 0.89 when written


def test_seed_zinc_trial_count(shared_dir: Path) -> None:
    line = (shared_dir / "corpus" / "seed" / "documents.jsonl").read_text(encoding="utf-8")
    counts = find_counts(json.loads(line.splitlines()[0])["text"], "en")
    assert (36, "criminals") in [(c.value, c.head) for c in counts]


def test_a_trade_noun_after_its_goods_is_counted() -> None:
    def heads(text: str) -> list[tuple[int, str | None]]:
        return [(c.value, c.head) for c in find_counts(text, "en")]

    assert heads("a trial of eleven copper smugglers") == [(11, "smugglers")]
    assert heads("it sentenced the two ringleaders to death") == [(2, "ringleaders")]
