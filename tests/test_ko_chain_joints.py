"""Korean chains told in one sentence with "데 이어" (reports written for the project,
invented happenings): the earlier and the later link are two happenings, each with the day
told before its own verb."""

from __future__ import annotations

from extract_support import events_of


def _of(text: str, kind: str) -> list[tuple[str | None, int | None]]:
    events = events_of(text, published="2015-06-25", language="ko")
    return sorted(((e.date, e.people) for e in events if e.type == kind), key=str)


def test_two_arrests_joined_by_de_ieo_are_two_links() -> None:
    text = "지난 2일 만포에서 밀수꾼 4명이 체포된 데 이어 9일에는 주민 2명이 체포됐다.\n"
    assert _of(text, "arrest") == [("2015-06-02", 4), ("2015-06-09", 2)]


def test_two_executions_joined_by_de_ieo_are_two_links() -> None:
    text = "지난 6월 3일 청진시에서 1명을 공개처형한데 이어 17일에는 3명을 총살했다.\n"
    assert _of(text, "execution") == [("2015-06-03", 1), ("2015-06-17", 3)]


def test_the_earlier_link_keeps_the_day_told_before_it() -> None:
    # the execution and the first sentencing are of the 3rd; the later trials of the 17th
    text = (
        "당국은 지난 6월 3일 신의주에서 밀수범 1명을 공개처형하고 9명을 노동교화형에 처한데 "
        "이어 17일에는 동마다 공개재판을 열고 수십명을 노동단련대형에 처했다.\n"
    )
    events = events_of(text, published="2015-06-25", language="ko")
    assert [e.date for e in events if e.type == "execution"] == ["2015-06-03"]
    trials = sorted(e.date or "" for e in events if e.type == "trial")
    assert trials == ["2015-06-03", "2015-06-17"]
