"""The people count told in other common words (English and Korean): vague counts, pairs,
families, companions, lists of names and counts beside others (invented sentences)."""

from __future__ import annotations

import pytest
from extract_support import events_of


def _people(text: str, etype: str, language: str) -> list[int | None]:
    return [e.people for e in events_of(text, published="2024-04-10", language=language)
            if e.type == etype]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Dozens of traders were arrested in Hyesan last month.", "en"),
        ("Hundreds of North Koreans were detained in Hyesan in March.", "en"),
        ("Scores of people were arrested in Chongjin in May.", "en"),
        ("지난달 혜산에서 주민 수십 명이 체포됐다.", "ko"),
        ("지난달 혜산에서 밀수꾼 수십명이 체포됐다고 소식통이 전했다.", "ko"),
    ],
)
def test_a_count_told_by_its_order_of_magnitude_is_no_number(text: str, language: str) -> None:
    assert _people(text, "arrest", language) == [None]


@pytest.mark.parametrize(
    ("text", "language", "people"),
    [
        (
            "Dozens of traders were arrested in Hyesan on March 3. Police said 14 traders "
            "were arrested in the raid.",
            "en",
            14,
        ),
        ("지난달 혜산에서 주민 수십 명이 체포됐다. 체포된 주민은 모두 23명이다.", "ko", 23),
        ("More than 20 people were arrested in Hamhung last year.", "en", 20),
        ("지난달 회령에서 주민 30여명이 체포된 것으로 알려졌다.", "ko", 30),
    ],
)
def test_a_number_told_beside_or_rounded_is_kept(text: str, language: str, people: int) -> None:
    assert _people(text, "arrest", language) == [people]
