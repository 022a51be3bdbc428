"""Korean facility names told apart from their noun (invented sentences): a number
("12호 교화소", "개천 1호 교화소", "22호 노동 교화소") or a village or county word before a
space ("전거리 교화소") names the facility; a bare noun after a count or a subject names none."""

from __future__ import annotations

import pytest
from extract_support import events_of

from nkevents.detect.penalties import facility_name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("주민 2명이 전거리 교화소", "전거리 교화소"),
        ("주민 2명이 12호 교화소", "12호 교화소"),
        ("그는 개천 1호 교화소", "개천 1호 교화소"),
        ("영광군 22호 노동 교화소", "영광군 22호 노동 교화소"),
        ("그는 오로리 교화소", "오로리 교화소"),
    ],
)
def test_a_numbered_or_village_name_before_the_noun(text: str, name: str) -> None:
    start = text.rindex("교화소")
    begin = facility_name(text, start)
    assert begin is not None and text[begin:] == name


@pytest.mark.parametrize("text", ["지난 3일 주민 2명이 교화소", "체포된 주민들이 교화소"])
def test_a_bare_noun_names_no_facility(text: str) -> None:
    assert facility_name(text, text.rindex("교화소")) is None


def test_the_detention_carries_the_facility() -> None:
    text = "지난 3일 혜산시 주민 2명이 12호 교화소로 보내졌다고 소식통이 전했다.\n"
    events = [e for e in events_of(text, published="2017-12-24", language="ko")]
    assert [e.facility for e in events if e.type == "detention"] == ["12호 교화소"]
