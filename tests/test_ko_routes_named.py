"""Korean routes and points named by what crosses them (reports written for the project,
invented happenings): "도강 지점", "밀수 통로", "탈북 루트" name a place, not a happening."""

from __future__ import annotations

import pytest
from extract_support import events_of


@pytest.mark.parametrize(
    ("text", "kind", "count"),
    [
        (
            "지난 2일 새벽 무산군에서 주민 3명이 두만강을 건너다 경비대의 총격을 받았다. "
            "전날 브로커는 4명을 데리고 도강 지점으로 정해졌던 회령시로 향했다.\n",
            "escape",
            1,
        ),
        (
            "지난 5일 혜산시에서 밀수꾼 2명이 구리를 중국에 넘기다 체포됐다. "
            "소식통은 “주요 밀수 통로에는 감시 초소가 새로 들어섰다”고 말했다.\n",
            "smuggling",
            1,
        ),
    ],
)
def test_a_route_named_by_its_crossing_is_no_happening(text: str, kind: str, count: int) -> None:
    events = events_of(text, published="2019-11-04", language="ko")
    assert [e.type for e in events].count(kind) == count, [(e.type, e.location) for e in events]
