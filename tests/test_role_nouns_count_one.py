"""One holder of a post, named by the post ("the head of a factory", "a vice chairman of the
commission", "the deputy director"), counts one person."""

from __future__ import annotations

import pytest
from extract_support import one_event


@pytest.mark.parametrize(
    "text",
    [
        "In October, the regime executed the head of a factory in Sunchon.",
        "An unnamed vice chairman of the planning commission was executed in February.",
        "State security arrested the deputy director of a trading company in Sinuiju in May.",
        "A border guard commander was detained in Hyesan on 3 March.",
    ],
)
def test_a_post_holder_counts_one(text: str) -> None:
    etype = "execution" if "execut" in text else "arrest"
    assert one_event(text, etype, published="2015-04-29").people == 1
