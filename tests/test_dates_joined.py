"""Two dates joined by "and" (과, 와, ·) as the one time of a happening give what both agree
on: "in April and May" is that year, "지난 1일과 2일" that month.

Every sentence here is invented for the test."""

from __future__ import annotations

import pytest

from nkevents.detect.dates import find_dates
from nkevents.extract import extract
from nkevents.model import Document, Event


def _one(text: str, etype: str, language: str, published: str) -> Event:
    events = extract(Document("t", text, published=published, language=language)).events
    found = [e for e in events if e.type == etype]
    assert len(found) == 1, [(e.type, e.date) for e in events]
    return found[0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In March and April, about 20 traders were arrested in Sinuiju.", "2018"),
        ("Police detained 12 women from the North in June and July 2017 near Kunming.", "2017"),
        ("Border guards arrested four porters on May 3 and May 5 near Musan.", "2018-05"),
        # two years told apart agree on nothing: each stays, and the nearest dates the arrest
        ("Police arrested two couriers in 2015 and 2016 in Dandong.", "2015"),
        ("Police arrested four porters in Musan on May 3.", "2018-05-03"),
    ],
)
def test_english_dates_joined_by_and_give_what_both_agree_on(
    text: str, expected: str | None
) -> None:
    assert _one(text, "arrest", "en", "2018-09-10").date == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("지난 3일과 4일 온성군에서 열린 공개처형에서 주민 2명이 총살됐다.", "2018-09"),
        ("지난 3·4일 온성군에서 주민 2명이 공개 총살됐다.", "2018-09"),
        ("지난 8월 27일과 29일 온성군에서 주민 2명이 공개 총살됐다.", "2018-08"),
        ("지난 3일 온성군에서 주민 2명이 공개 총살됐다.", "2018-09-03"),
    ],
)
def test_korean_days_joined_give_their_month(text: str, expected: str) -> None:
    assert _one(text, "execution", "ko", "2018-09-10").date == expected


def test_a_dot_between_two_days_is_a_list_of_days_not_a_holiday() -> None:
    assert [d.value for d in find_dates("지난 3·4일 회의", "2018-09-10", "ko")] == ["2018-09"]
    assert find_dates("3·1절 기념식", "2018-09-10", "ko") == []
