"""An arrest names goods only when it is charged with a trade in them, or with none at all."""

from __future__ import annotations

import pytest
from extract_support import one_event


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Police in Chongjin arrested a fisherman on March 3 for killing a neighbour "
            "in a quarrel over a catch of squid.",
            "en",
        ),
        (
            "Police in Hyesan arrested two women on March 3 for making phone calls to China; "
            "their car was also taken.",
            "en",
        ),
        ("지난 3일 혜산시 보안서는 오징어 문제로 이웃을 살해한 어부를 체포했다.", "ko"),
    ],
)
def test_an_arrest_charged_with_no_trade_names_no_goods(text: str, language: str) -> None:
    arrest = one_event(text, "arrest", language=language)
    assert arrest.charges and arrest.commodities == []


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        ("Police in Hyesan arrested two women on March 3 for smuggling copper.", ["copper"]),
        ("Police in Hyesan arrested two women on March 3 for selling methamphetamine.", ["drugs"]),
        # told with no charge, the goods stay
        ("Police in Hyesan arrested two traders on March 3 who had brought in rice.", ["food"]),
    ],
)
def test_an_arrest_for_a_trade_or_with_no_charge_keeps_goods(text: str, goods: list[str]) -> None:
    assert one_event(text, "arrest", language="en").commodities == goods
