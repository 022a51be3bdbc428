"""Abuse suffered in custody ("sexual violence", 폭행 listed with 고문 or 성추행) is no offence
charged; violence done by the accused still is (invented phrases)."""

from __future__ import annotations

import pytest

from nkevents.extract.attributes import labels, unique
from nkevents.extract.lexicon import lexicon


def _charges(sentence: str, language: str) -> list[str]:
    return unique(labels(lexicon().charges[language], sentence, (0, len(sentence))))


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Women held there risk sexual violence and hunger.", "en"),
        ("Returnees describe gender-based violence by guards.", "en"),
        ("송환된 여성들은 구류장에서 고문·폭행·성추행을 겪었다고 말했다.", "ko"),
        ("귀환자들은 조사 과정에서 고문, 폭행, 성폭력에 시달렸다고 밝혔다.", "ko"),
        ("구류장에서는 폭행·성추행이 잇따른다.", "ko"),
    ],
)
def test_abuse_suffered_is_no_charge(sentence: str, language: str) -> None:
    assert "violence" not in _charges(sentence, language)


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("The soldier was tried for violent robbery of a farm.", "en"),
        ("He was arrested for violence against a policeman.", "en"),
        ("그는 보안원을 폭행한 혐의로 체포됐다.", "ko"),
    ],
)
def test_violence_done_is_a_charge(sentence: str, language: str) -> None:
    assert "violence" in _charges(sentence, language)
