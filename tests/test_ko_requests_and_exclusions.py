"""Korean hand-overs asked for, accepted or refused ("27명의 송환을 요구했다", "송환을
받아들였다", "송환에 합의했다") are no hand-over done, and people left out of a count ("도주한
2명을 제외한 15명이") are not what was done to them; a hand-over told as done stays.

Every sentence here is invented for the test."""

from __future__ import annotations

import pytest
from extract_support import events_of


def _types(text: str) -> list[str]:
    return sorted(e.type for e in events_of(text, published="2019-11-20", language="ko"))


@pytest.mark.parametrize(
    "text",
    [
        "북측은 처음에 전원 송환을 요구했다가 나머지 20명의 송환을 받아들였다.",
        "북측은 지난 5일 어민 12명의 송환을 요구했다.",
        "양측은 지난 5일 선원 12명의 송환에 합의했다.",
        "가족들은 억류된 선교사의 석방을 촉구했다.",
    ],
)
def test_a_handover_asked_for_or_accepted_is_none_done(text: str) -> None:
    assert "arrest" not in _types(text)


def test_people_left_out_of_a_count_did_not_escape() -> None:
    text = "공안은 지난 15일 탈북자 12명을 적발했고, 도주한 2명을 제외한 10명이 억류돼 있다."
    assert _types(text) == ["arrest"]


@pytest.mark.parametrize(
    "text",
    ["정부는 지난 5일 어민 12명을 북한으로 송환했다.", "지난 5일 선원 12명이 북한에 송환됐다."],
)
def test_a_handover_told_as_done_stays(text: str) -> None:
    assert _types(text) == ["arrest"]


def test_a_clause_told_as_not_done_splits_no_happening_off() -> None:
    text = (
        "국경을 넘은 뒤 남쪽으로 이동하던 탈북자 12명이 지난 15일 공안에 적발됐고, "
        "도주한 2명을 제외한 10명이 억류돼 있다."
    )
    escapes = [
        e for e in events_of(text, published="2019-11-20", language="ko") if e.type == "escape"
    ]
    assert [e.people for e in escapes] == [12]


def test_two_clauses_each_told_as_done_stay_two() -> None:
    text = "지난 3일 2명이 처형당했고, 지난 5일 4명 역시 처형됐다."
    assert _types(text) == ["execution", "execution"]
