"""A place told only as where people or goods were taken after the happening ("driven to a
barracks on the edge of Hyesan", "신의주 일대로 넘겼다") places no happening told beside it:
not through the paragraph's town, nor through the episode's."""

from __future__ import annotations

import pytest

from nkevents.detect.places import find_places, told_as_whither


def _whither(text: str, name: str) -> bool:
    (mention,) = [p for p in find_places(text) if p.text == name]
    return told_as_whither(text, mention)


@pytest.mark.parametrize(
    ("text", "name", "whither"),
    [
        ("The drivers were driven to a barracks on the edge of Hyesan.", "Hyesan", True),
        ("The men were escorted to a hotel in Chongjin the next morning.", "Chongjin", True),
        ("They were arrested in Chongjin the next morning.", "Chongjin", False),
        ("그는 구리를 신의주 일대로 넘긴 것으로 전해졌다.", "신의주", True),
        ("일행은 혜산 쪽으로 달아났다.", "혜산", True),
        ("그는 혜산에서 체포됐다.", "혜산", False),
    ],
)
def test_a_place_told_as_whither(text: str, name: str, whither: bool) -> None:
    assert _whither(text, name) is whither


def test_where_people_were_taken_after_their_capture_does_not_place_it() -> None:
    from extract_support import events_of

    text = (
        "Three truck drivers were detained by customs officers, a local radio station said.\n"
        "The station said the drivers were driven to a barracks on the edge of Hyesan after "
        "they were caught on May 4.\n"
    )
    events = events_of(text, published="2021-05-30", language="en")
    assert [e.type for e in events] == ["arrest"]
    assert events[0].location is None


def test_where_goods_went_on_to_does_not_place_the_arrest_told_after_it() -> None:
    from extract_support import events_of

    text = (
        "소식통에 따르면 이들은 지난달 구리를 팔다 단속에 걸려 체포됐다.\n"
        "이들은 모은 구리를 신의주 일대로 넘긴 것으로 전해졌다. "
        "이들 중 3명이 체포됐다.\n"
    )
    events = events_of(text, published="2021-05-30", language="ko")
    assert events and all(e.location is None for e in events)
    # told as where, the town places them
    text = text.replace("신의주 일대로 넘긴", "청진에서 팔았던")
    events = events_of(text, published="2021-05-30", language="ko")
    assert any(e.location is not None and e.location.name == "Chongjin" for e in events)
