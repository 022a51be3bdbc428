"""A holding centre named by the agency that runs it ("보위부 구류장", "안전부 집결소", "a State
Security holding center"): the facility of a detention held there, with no penalty of its own;
a bare noun or the centres of two agencies name no one facility (invented sentences)."""

from __future__ import annotations

import pytest
from extract_support import events_of

from nkevents.detect.penalties import holding_facility


def _held(text: str) -> str | None:
    found = holding_facility(text, text.lower(), 0, len(text))
    return found[0] if found else None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("붙잡힌 주민 3명은 보위부 구류장에 갇혀 있다.", "보위부 구류장"),
        ("송환된 사람들은 국경의 안전부 집결소로 넘겨졌다.", "안전부 집결소"),
        ("그는 도 보위국 구금소에서 조사를 받았다.", "보위국 구금소"),
        ("She was held at a State Security holding center.", "State Security holding center"),
        ("The two men sit in a police detention centre.", "police detention centre"),
    ],
)
def test_an_agency_names_its_holding_centre(text: str, name: str) -> None:
    assert _held(text) == name


@pytest.mark.parametrize(
    "text",
    [
        "주민들은 구류장에 갇혀 있다.",  # no agency: no name
        "송환된 사람들은 보위부‧안전부 구류장에 나뉘어 수감됐다.",  # two agencies' centres
        "They were taken to a detention center.",
        "보위부 요원들이 마을을 돌았다.",  # no holding noun at all
    ],
)
def test_no_one_named_centre(text: str) -> None:
    assert _held(text) is None


def test_the_detention_held_there_carries_it_without_a_penalty() -> None:
    text = "지난 5일 혜산시 주민 4명이 보위부 구류장에 갇혀 조사를 받고 있다고 소식통이 전했다.\n"
    events = events_of(text, published="2021-05-12", language="ko")
    held = [(e.facility, e.penalty) for e in events if e.type == "detention"]
    assert held == [("보위부 구류장", None)]


def test_an_arrest_takes_no_holding_centre() -> None:
    text = (
        "보위부는 지난 9일 국경에서 주민 20명을 체포해 신의주 보위부 집결소로 압송했다고"
        " 소식통이 전했다.\n"
    )
    events = events_of(text, published="2023-10-15", language="ko")
    assert all(e.facility is None for e in events if e.type == "arrest")
    assert any(e.type == "arrest" for e in events)
