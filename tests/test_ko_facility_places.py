"""A Korean facility named by its place with a space between ("전거리 교화소", "개천 교화소",
"회령 노동단련대"), as well as written as one word ("개천교화소"), is the detention's or the
sentence's facility; a word that is no place's name before the noun ("모두", "함께", "북한",
"여성") names none.

Every sentence here is invented for the test."""

from __future__ import annotations

import pytest
from extract_support import events_of


def _facilities(text: str) -> list[str | None]:
    return [e.facility for e in events_of(text, published="2021-06-30", language="ko")]


@pytest.mark.parametrize(
    ("text", "facility"),
    [
        ("밀수꾼 3명은 지난 9일 전거리 교화소로 이송됐다.", "전거리 교화소"),
        ("주민 2명은 지난 9일 회령 노동단련대에 수감됐다.", "회령 노동단련대"),
        ("주민 2명은 지난 9일 개천교화소로 이송됐다.", "개천교화소"),
    ],
)
def test_a_facility_named_by_its_place_is_the_detentions(text: str, facility: str) -> None:
    assert _facilities(text) == [facility]


@pytest.mark.parametrize(
    "text",
    [
        "가족들은 지난 9일 모두 정치범수용소로 보내졌다.",
        "가족들은 지난 9일 트럭에 실려 관리소로 끌려갔다.",
        "주민 2명은 지난 9일 북한 교화소에 수감됐다.",
        "주민 2명은 지난 9일 여성 교화소에 수감됐다.",
    ],
)
def test_a_word_that_names_no_place_makes_no_facility(text: str) -> None:
    assert _facilities(text) == [None]
