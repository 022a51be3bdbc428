"""A Korean count given to each place of a list ("평성과 순천에서 각각 2명씩") is one event
per place, each with the count."""

from __future__ import annotations

from extract_support import events_of


def _placed(text: str, etype: str) -> list[tuple[str | None, int | None]]:
    found = events_of(text, published="2013-04-02", language="ko")
    return sorted(
        (e.location.name if e.location else None, e.people) for e in found if e.type == etype
    )


def test_each_of_three_towns() -> None:
    text = "소식통에 따르면 지난달 회령과 무산, 온성에서 각각 3명씩 공개처형됐다."
    assert _placed(text, "execution") == [("Hoeryong", 3), ("Musan", 3), ("Onsong", 3)]


def test_a_list_after_a_single_item() -> None:
    text = "혜산에서 4명, 삼지연과 보천에서 각각 1명씩 체포됐다고 소식통은 전했다."
    assert _placed(text, "arrest") == [("Hyesan", 4), ("Pochon", 1), ("Samjiyon", 1)]


def test_a_province_before_a_county_is_no_item() -> None:
    text = "양강도 대홍단군과 백암군에서도 각각 2명씩 처형됐다."
    names = [n for n, _ in _placed(text, "execution")]
    assert "Ryanggang" not in names and len(names) == 2


def test_without_each_one_count_is_not_shared() -> None:
    text = "청진과 회령에서 주민 2명이 체포됐다."
    assert len(_placed(text, "arrest")) == 1
