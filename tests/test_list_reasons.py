"""A gapped list whose items give the reason of the shared verb ("in June three miners for
smuggling copper", "구리를 밀수한 죄로 2명이, 시멘트를 훔친 죄로 3명이 총살됐다"): the
trade named as a reason is the item's offence, not a verb of its own, so every item keeps
the list's happening; the trade itself stays an event of its own item only.

Every sentence here is invented for the test."""

from __future__ import annotations

from extract_support import events_of


def _dated(
    text: str, etype: str, language: str | None = None
) -> list[tuple[str | None, int | None]]:
    found = events_of(text, published="2019-11-20", language=language)
    return sorted(((e.date, e.people) for e in found if e.type == etype), key=str)


def test_an_english_item_told_by_its_reason_keeps_the_shared_verb() -> None:
    text = (
        "In April two porters were shot in Musan, in June a teacher for distributing Bibles, "
        "and in August three miners for smuggling copper to China."
    )
    assert _dated(text, "execution") == [("2019-04", 2), ("2019-06", 1), ("2019-08", 3)]


def test_the_trade_named_as_a_reason_is_its_own_item_only() -> None:
    text = (
        "In April two porters were shot in Musan, in June a teacher for distributing Bibles, "
        "and in August three miners for smuggling copper to China."
    )
    assert [d for d, _ in _dated(text, "smuggling")] == ["2019-08"]


def test_a_korean_first_item_told_by_a_trade_keeps_the_execution() -> None:
    text = "4월에는 구리를 밀수한 죄로 2명이, 6월에는 시멘트를 훔친 죄로 3명이 회령에서 총살됐다."
    assert _dated(text, "execution", "ko") == [("2019-04", 2), ("2019-06", 3)]


def test_a_korean_trade_named_as_a_later_reason_is_that_items_alone() -> None:
    text = "3월에는 시멘트를 훔친 죄로 2명이, 5월에는 마약을 밀매한 혐의로 4명이 청진에서 체포됐다."
    assert _dated(text, "arrest", "ko") == [("2019-03", 2), ("2019-05", 4)]
    # the item's people, not its month: the month is the arrest's, the smuggling went on
    # before it (keys leave such an offence undated: tests/test_ko_smuggling_offence_dates.py)
    assert _dated(text, "smuggling", "ko") == [(None, 4)]


def test_items_with_verbs_of_their_own_stay_apart() -> None:
    text = (
        "In 2017 a trader was shot in Hyesan; in 2018 two women were jailed in Hoeryong for "
        "selling phones."
    )
    assert _dated(text, "execution") == [("2017", 1)]
