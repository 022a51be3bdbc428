"""A bribe is a charge when told as one ("for taking bribes", "뇌물수수 혐의로"), not when told
as how things get done around an event: a family paying guards for a release, officers who
pocketed money, traders who say bribes no longer work."""

from __future__ import annotations

import pytest
from extract_support import one_event

from nkevents.extract.context import analyse
from nkevents.model import Document


def _charges(sentence: str, language: str) -> list[str]:
    doc = Document(id="t", text=sentence, language=language)
    ctx = analyse(doc, language, sentence.lower())
    return ctx.labels_in("charges", (0, len(sentence)))


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        ("The depot chief was jailed for taking bribes.", "en", ["bribery"]),
        ("A guard took bribes from traders at the bridge.", "en", ["bribery"]),
        ("The mayor was shot as a corrupt official.", "en", ["bribery"]),
        ("Two clerks were charged with bribery in May.", "en", ["bribery"]),
        ("He was held on corruption charges.", "en", ["bribery"]),
        ("Merchants say that bribing inspectors no longer gets goods through.", "en", []),
        ("His relatives paid a bribe to the guards and he went home.", "en", []),
        ("세관원은 뇌물수수 혐의로 체포됐다.", "ko", ["bribery"]),
        ("그는 부패 혐의가 드러나 처형됐다.", "ko", ["bribery"]),
        ("가족들은 그를 빼내려고 보안원에게 뇌물을 건넸다.", "ko", []),
        ("뇌물을 받은 보안원은 사건을 덮으려 했다.", "ko", []),
    ],
)
def test_a_bribe_is_a_charge_only_when_told_as_one(
    sentence: str, language: str, expected: list[str]
) -> None:
    assert _charges(sentence, language) == expected


@pytest.mark.parametrize(
    "text",
    [
        "지난 3일 회령시에서 주민 1명이 중국 휴대전화 사용 혐의로 체포됐는데, 가족이 "
        "담당 보위원에게 뇌물을 건넸다고 한다.",
        "A trader was arrested in Hyesan on 3 May for using a Chinese phone, and his "
        "relatives bribed the guards to free him.",
    ],
)
def test_a_bribe_paid_for_a_release_is_no_charge_of_the_arrest(text: str) -> None:
    assert one_event(text, "arrest", published="2019-05-31").charges == ["illegal_phone"]
