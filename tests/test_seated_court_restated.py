"""A court named without a town ("최고재판소", "the Central Court") places a trial told on
its own in Pyongyang, but names no town: when a trial was told in a town just before, the
court's sentence tells that trial again, one event placed in the town."""

from __future__ import annotations

import pytest
from extract_support import events_of


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "지난달 중순 청진시 경기장에서 밀수범 8명에 대한 공개재판이 열렸다. "
            "소식통은 “최고재판소는 이 공판에서 연루자들에게 "
            "최고 15년에서 3년 형을 선고했다”고 말했다.",
            "ko",
        ),
        (
            "A public trial of eight smugglers was held at a stadium in Chongjin on 3 May. "
            "The Central Court sentenced them to between three and 15 years of labor.",
            "en",
        ),
    ],
)
def test_the_court_tells_the_trial_of_the_town_again(text: str, language: str) -> None:
    trials = [e for e in events_of(text, language=language) if e.type == "trial"]
    assert len(trials) == 1
    assert trials[0].location is not None and trials[0].location.name == "Chongjin"
    assert trials[0].people == 8
    assert trials[0].penalty is not None


def test_a_court_alone_still_places_its_trial_in_pyongyang() -> None:
    text = "북한 최고재판소는 지난 3일 미국인 1명에게 15년 노동교화형을 선고했다."
    trials = [e for e in events_of(text, language="ko") if e.type == "trial"]
    assert [(t.location.name if t.location else None, t.date) for t in trials] == [
        ("Pyongyang", "2019-11-03")
    ]
