"""Korean towns told as whence people or goods came (reports written for the project,
invented happenings): "X 출신", "X시 장사꾼", "X에서 들고 와서" say where the traders come
from, not where they were caught; a lede that names only that town tells the happening the
body places where it was, and stays one event."""

from __future__ import annotations

import pytest
from extract_support import events_of

from nkevents.detect.places import find_places, whence_people_came


@pytest.mark.parametrize(
    ("text", "town", "whence"),
    [
        ("사리원시 장사꾼 3명이 국경에서 붙잡혔다", "사리원시", True),
        ("해주의 약초 장사꾼들이 체포됐다", "해주", True),
        ("이들은 모두 함흥 출신으로 알려졌다", "함흥", True),
        ("평안남도 순천에서 구리를 싣고 와서 넘기려다", "순천", True),
        ("원산에서 올라온 여성이 붙잡혔다", "원산", True),
        # where it happened
        ("신의주시 주민 2명이 체포됐다", "신의주시", False),
        ("청진시 수남시장에서 장사꾼 2명이 체포됐다", "청진시", False),
        ("양강도 혜산시에서 밀수꾼 3명이 체포됐다", "혜산시", False),
    ],
)
def test_whence_people_came(text: str, town: str, whence: bool) -> None:
    found = [p for p in find_places(text) if p.text == town]
    assert found, [p.text for p in find_places(text)]
    assert whence_people_came(text, found[0]) is whence


@pytest.mark.parametrize(
    "text",
    [
        (
            "사리원시 장사꾼 2명이 국경으로 나와 밀수하다 국경경비대에 체포됐다.\n\n"
            "소식통에 따르면 약재를 지니고 신의주에 들어온 사리원 장사꾼 2명이 지난달 "
            "12일 신의주에서 밀수를 하다가 국경경비대에 체포됐다.\n"
        ),
        (
            "지난달 하순 만포에서 은 3kg을 중국 상인에게 넘기려던 일당이 체포됐다.\n\n"
            "소식통은 “해주에서 은을 들고 와서 중국 상인에게 넘기려던 3명이 체포됐다”고 "
            "말했다.\n\n이들은 모두 해주 출신으로 알려졌다.\n"
        ),
    ],
)
def test_a_lede_placed_by_whence_they_came_is_the_body_event(text: str) -> None:
    events = events_of(text, published="2021-02-04", language="ko")
    arrests = [e for e in events if e.type == "arrest"]
    trades = [e for e in events if e.type == "smuggling"]
    assert len(arrests) == 1, [(e.location and e.location.name) for e in arrests]
    assert len(trades) == 1, [(e.location and e.location.name) for e in trades]
    where = {e.location.name if e.location else None for e in arrests + trades}
    assert where <= {"Sinuiju", "Manpo"}


def test_a_town_told_alone_as_the_traders_home_still_places_the_event() -> None:
    # nothing else names where: the traders' town is the event's place
    text = "평성의 화폐 장사꾼 2명이 지난 4일 비공개 총살됐다고 소식통이 전했다.\n"
    events = [e for e in events_of(text, published="2021-02-08", language="ko")]
    executions = [e for e in events if e.type == "execution"]
    assert len(executions) == 1
    assert executions[0].location is not None and executions[0].location.name == "Pyongsong"
