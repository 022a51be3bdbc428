"""An arrest ordered, hunted for or feared is not made."""

from __future__ import annotations

import pytest
from extract_support import events_of


@pytest.mark.parametrize(
    "text",
    [
        "North Korea orders arrest of armed soldier who fled to China",
        "The leader has ordered the extraterritorial arrest of a guard who deserted his post.",
        "Security agents began a ten-day manhunt to arrest the deserter.",
        "The two had to fight the guards when they were in danger of being caught by a patrol.",
    ],
)
def test_no_arrest_is_made(text: str) -> None:
    assert [e for e in events_of(text, language="en") if e.type == "arrest"] == []


def test_a_manhunt_to_arrest_someone_is_still_a_campaign() -> None:
    text = "Security agents began a ten-day manhunt to arrest the deserter on Sept. 30."
    assert [e.type for e in events_of(text, language="en")] == ["crackdown"]


def test_a_detention_ordered_beside_an_arrest_made_leaves_the_arrest() -> None:
    text = (
        "Police arrested a man in Hyesan on 3 May, and the court ordered the detention of his wife."
    )
    assert [e.type for e in events_of(text, language="en")] == ["arrest"]


def test_a_repatriation_ceremony_hands_no_one_over() -> None:
    text = "Guards march to their posts during a repatriation ceremony at Panmunjom."
    assert events_of(text, language="en") == []


def test_arrest_operations_and_a_wanted_order_are_a_campaign_not_an_arrest() -> None:
    text = (
        "Arrest operations by state security agents are underway and a wanted order has been "
        "issued for workers who fled their site in Vladivostok, a source said on 3 February."
    )
    types = [e.type for e in events_of(text, published="2021-02-21", language="en")]
    assert "arrest" not in types


def test_a_repatriation_a_measure_requires_is_no_hand_over() -> None:
    text = (
        "The sanctions mandated the complete repatriation of North Korean workers abroad by "
        "the end of 2019."
    )
    assert [e for e in events_of(text, language="en") if e.type == "arrest"] == []


@pytest.mark.parametrize(
    "text",
    [
        "경비대원을 살해하고 도주한 병사에 대해 당국이 체포를 지시했다.",
        "김정은은 지난 3일 강을 건넌 일가족의 체포를 직접 지시했다.",
        "보위부는 지난 2일 요원들에게 체포 임무를 내렸다.",
    ],
)
def test_a_korean_arrest_ordered_is_a_drive_not_an_arrest(text: str) -> None:
    types = [e.type for e in events_of(text, language="ko")]
    assert "arrest" not in types
    assert "crackdown" in types


def test_a_korean_order_beside_an_arrest_made_leaves_the_arrest() -> None:
    text = "당국의 지시에 따라 보안원들이 지난 5일 주민 5명을 체포했다."
    arrests = [e for e in events_of(text, language="ko") if e.type == "arrest"]
    assert [(e.date, e.people) for e in arrests] == [("2019-11-05", 5)]
