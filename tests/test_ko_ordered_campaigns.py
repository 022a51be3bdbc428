"""A Korean campaign ordered ("밀수를 단속하라는 지시를 내렸다", "색출하라는 방침을 하달했다")
is a measure taken, dated by the day of the order; an order of something else ("건설을
다그치라는 지시") is no campaign."""

from __future__ import annotations

import pytest
from extract_support import events_of, one_event


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "중앙에서는 구리 밀매를 강력하게 단속하라는 내부지시문을 15일 사법기관들에 내려보냈다.",
            "2019-11-15",
        ),
        ("당국은 지난 3일 국경지역 밀수를 단속하라는 지시를 내렸다.", "2019-11-03"),
        ("보위부는 휴대전화 사용자를 색출하라는 방침을 지난달 하달했다.", "2019-10"),
    ],
)
def test_a_campaign_ordered_is_a_crackdown_of_that_day(text: str, day: str) -> None:
    assert one_event(text, "crackdown", language="ko").date == day


def test_an_order_of_something_else_is_no_campaign() -> None:
    assert (
        events_of("김정은은 지난 3일 살림집 건설을 다그치라는 지시를 내렸다.", language="ko") == []
    )
