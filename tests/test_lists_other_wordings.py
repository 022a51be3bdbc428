"""Gapped lists told in other common wordings: a bare number after "and" ("... in March and
three in July"), a count of many digits, the list opened after a colon, items ended by a
spelled number, Korean items with no 에 after the date ("3월 2명, 6월 1명"), and a source
named after the last item. Each item is one happening with its own date and count."""

from __future__ import annotations

import pytest
from extract_support import events_of


def _of(text: str, etype: str) -> list[tuple[str | None, int | None]]:
    found = [e for e in events_of(text, language=None) if e.type == etype]
    return sorted((e.date, e.people) for e in found)


def test_a_bare_number_after_and_is_an_item_of_its_own() -> None:
    text = "Border guards arrested two smugglers in March and three in July."
    assert _of(text, "arrest") == [("2019-03", 2), ("2019-07", 3)]


def test_an_item_counted_in_several_digits_before_a_source() -> None:
    text = "China repatriated 30 North Koreans in 2017 and 45 in 2018, the group said."
    assert _of(text, "arrest") == [("2017", 30), ("2018", 45)]


def test_a_list_opened_by_a_colon_with_spelled_counts() -> None:
    text = (
        "Border guards arrested smugglers again and again this year: in March two, in June "
        "one and in August four."
    )
    assert _of(text, "arrest") == [("2019-03", 2), ("2019-06", 1), ("2019-08", 4)]


def test_a_korean_list_of_months_each_with_its_count() -> None:
    text = "올해 3월 2명, 6월 1명의 주민이 밀수 혐의로 총살됐다."
    assert _of(text, "execution") == [("2019-03", 2), ("2019-06", 1)]


@pytest.mark.parametrize(
    "text",
    [
        # a total, not an item
        "Border guards arrested two men in March and three in total this year.",
        # one date told with its people, then who they were
        "Two traders were arrested in Hyesan in March, one of them a woman.",
        # a Korean date with its count, then no second item
        "올해 3월 2명의 주민이 밀수 혐의로 총살됐다.",
    ],
)
def test_one_happening_stays_one(text: str) -> None:
    events = events_of(text, language=None)
    assert len([e for e in events if e.type in ("arrest", "execution")]) == 1, events


def test_an_item_counted_as_more_is_its_own_happening() -> None:
    text = "Two brokers were arrested in Musan on May 3 and two more in Onsong on May 10."
    assert _of(text, "arrest") == [("2019-05-03", 2), ("2019-05-10", 2)]


def test_a_happening_so_long_before_in_a_clause_is_its_own() -> None:
    text = (
        "North Korea executed two men in Chongjin on Oct. 3 for drug trafficking, a source "
        "said. The executions came a week after three people were shot in Hoeryong for "
        "smuggling."
    )
    found = [e for e in events_of(text, language="en") if e.type == "execution"]
    assert sorted((e.people or 0, e.location.name if e.location else "") for e in found) == [
        (2, "Chongjin"),
        (3, "Hoeryong"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # the clause after "after" tells another kind of happening
        "Two men were arrested in Musan two days after the market was raided.",
        # the clause names no people of its own
        "The executions came a week after the party meeting in Hoeryong.",
    ],
)
def test_a_clause_so_long_before_with_nothing_of_its_own_splits_nothing(text: str) -> None:
    found = [e for e in events_of(text, language="en") if e.type in ("arrest", "execution")]
    assert len(found) <= 1, found
