"""A capture and a hand-over across a border are two links of a chain, both arrests, even
when the hand-over has no date of its own: "Four men have been extradited to Japan ...
The men were arrested in March" tells the arrest in March and the extradition after it.
A hand-over feared, to come or denied, a release to the family and an exile at home stay
with the capture."""

from __future__ import annotations

import pytest
from extract_support import events_of


def _arrests(text: str, language: str = "en") -> list[tuple[str | None, int | None]]:
    found = events_of(text, published="2022-11-20", language=language)
    return sorted(((e.date, e.people) for e in found if e.type == "arrest"), key=str)


def test_an_undated_extradition_is_apart_from_the_dated_capture() -> None:
    text = (
        "Four men have been extradited to Japan from Malaysia over a scheme to sell "
        "counterfeit cigarettes made in North Korea. The men were arrested in Kuala Lumpur "
        "in March after they offered the cigarettes to customs officers."
    )
    assert _arrests(text) == [("2022-03", 4), (None, 4)]


def test_a_handover_told_as_later_in_the_capture_sentence_is_its_own_link() -> None:
    text = (
        "The three traders were arrested in Laos in August, and have since been deported to China."
    )
    assert [people for _, people in _arrests(text)] == [3, 3]


def test_an_undated_repatriation_after_a_dated_capture_is_its_own_link() -> None:
    text = (
        "Border police arrested six defectors near Tumen on 3 October. "
        "All six were repatriated to North Korea, according to the aid group."
    )
    assert len(_arrests(text)) == 2


@pytest.mark.parametrize(
    "later",
    [
        "The aid group asked for help so that the six would not be deported to the North.",
        "The six now face being repatriated to North Korea, the aid group said.",
        "The six were handed over to their families after questioning, the aid group said.",
    ],
)
def test_a_handover_not_done_or_no_handover_stays_with_the_capture(later: str) -> None:
    text = f"Border police arrested six defectors near Tumen on 3 October. {later}"
    assert _arrests(text) == [("2022-10-03", 6)]


def test_a_korean_undated_repatriation_after_a_dated_capture_is_its_own_link() -> None:
    text = (
        "지난 9월 12일 도문에서 탈북민 4명이 중국 공안에 체포됐다. "
        "이들 4명은 모두 북송됐다고 소식통은 전했다."
    )
    assert len(_arrests(text, "ko")) == 2


def test_a_korean_exile_at_home_is_no_handover() -> None:
    text = (
        "지난 9월 12일 혜산에서 밀수꾼 4명이 보위부에 체포됐다. "
        "이들의 가족들도 농촌으로 추방됐다고 한다."
    )
    assert _arrests(text, "ko") == [("2022-09-12", 4)]


def test_a_korean_capture_dated_before_a_handover_of_another_day_is_the_first_link() -> None:
    text = (
        "나흘 전 서해에서 나포한 중국 선원 3명을 해경이 어제(9일) 인천항을 통해 중국으로 송환했다."
    )
    found = events_of(text, published="2022-11-10", language="ko")
    arrests = sorted((e.date, e.people) for e in found if e.type == "arrest")
    assert arrests == [("2022-11-06", 3), ("2022-11-09", 3)]


def test_a_korean_capture_with_no_day_of_its_own_stays_the_handovers() -> None:
    text = "서해에서 나포한 중국 선원 3명을 해경이 어제(9일) 인천항을 통해 중국으로 송환했다."
    found = events_of(text, published="2022-11-10", language="ko")
    assert [(e.date, e.people) for e in found if e.type == "arrest"] == [("2022-11-09", 3)]
