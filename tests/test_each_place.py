"""A count given to each place of a list ("평성과 순천에서 각각 2명씩", "two each in Hyesan and
Musan") is one event per place, each with the count."""

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


def _placed_en(text: str, etype: str) -> list[tuple[str | None, int | None]]:
    found = events_of(text, published="2013-04-02", language="en")
    return sorted(
        (e.location.name if e.location else None, e.people) for e in found if e.type == etype
    )


def test_english_each_before_the_places() -> None:
    text = "Two people each were publicly executed in Hyesan, Musan and Hoeryong last month."
    assert _placed_en(text, "execution") == [("Hoeryong", 2), ("Hyesan", 2), ("Musan", 2)]


def test_english_in_each_of() -> None:
    text = "Police said four traders were detained in each of Hyesan and Musan on Monday."
    assert _placed_en(text, "arrest") == [("Hyesan", 4), ("Musan", 4)]


def test_english_apiece() -> None:
    text = "Authorities executed two people apiece in Chongjin and Hamhung in March."
    assert _placed_en(text, "execution") == [("Chongjin", 2), ("Hamhung", 2)]


def test_english_each_does_not_reach_the_next_sentence() -> None:
    text = "Each of the two men was executed in Hyesan in March. Musan and Hoeryong saw protests."
    assert _placed_en(text, "execution") == [("Hyesan", 2)]


def test_two_others_at_a_second_place_are_an_event_of_their_own() -> None:
    text = (
        "Three people were arrested in Hyesan for smuggling, and two others in Musan "
        "for using phones."
    )
    found = {
        (e.location.name if e.location else None, e.people)
        for e in events_of(text, language="en")
        if e.type == "arrest"
    }
    assert found == {("Hyesan", 3), ("Musan", 2)}


def test_two_others_who_did_something_else_are_no_second_place() -> None:
    text = "Three people were arrested in Hyesan, and two others were fined."
    arrests = [e for e in events_of(text, language="en") if e.type == "arrest"]
    assert [(e.location.name if e.location else None, e.people) for e in arrests] == [("Hyesan", 3)]
