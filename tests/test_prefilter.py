"""A pattern that looks for its literals first, and a table read fragment by fragment,
find what the plain pattern and the table's alternation find."""

from __future__ import annotations

import re

import pytest

from nkevents.extract.realis import cues
from nkevents.prefilter import FragmentTable, Prefiltered, prefiltered

SENTENCES = [
    "Those sent back usually face harsh punishment, including imprisonment.",
    "Smugglers caught by the guards are often fined or sent to a labour camp.",
    "Two traders were arrested in Hyesan on 3 May and held for a week.",
    "It is unclear whether the man was executed or sent to a prison camp.",
    "The woman, who fled in 2009, now runs a restaurant in Seoul.",
    "Nothing here names an act at all.",
    "밀수꾼들은 보통 벌금을 내고 풀려난다.",
    "양강도 혜산에서 밀수꾼 5명이 체포됐다.",
    "THE COURT SENTENCED HIM TO TEN YEARS, UNCLEAR WHETHER HE APPEALED.",
    "A ſmuggler was caught in the ſame place.",  # a long s matches "s" case-insensitively
]

FRAGMENTS = [
    r"(?:face|faces|risk|risks)\s+(?:[\w-]+\s+){0,3}?(?:punishment|prison)",
    r"(?:are|is)\s+(?:often|usually)\s+(?:fined|sent)",
    r"(?:not clear|unclear)\s+whether",
    r"smuggler",
    r"caught",
]


def _alternation(fragments: list[str], suffix: str = "") -> re.Pattern[str]:
    return re.compile(rf"\b(?:{'|'.join(f'(?:{f})' for f in fragments)}){suffix}", re.I)


def _table(fragments: list[str], suffix: str = "") -> FragmentTable:
    def one(fragment: str) -> re.Pattern[str]:
        return re.compile(rf"\b(?:(?:{fragment})){suffix}", re.I)

    return FragmentTable(_alternation(fragments, suffix), fragments, one)


def _same(a: re.Match[str] | None, b: re.Match[str] | None) -> bool:
    return (a is None) == (b is None) and (a is None or b is None or a.span() == b.span())


@pytest.mark.parametrize("sentence", SENTENCES)
@pytest.mark.parametrize("suffix", ["", r"\W*(?:\w+\W+){0,6}$"])
def test_a_fragment_table_finds_what_its_alternation_finds(sentence: str, suffix: str) -> None:
    whole, table = _alternation(FRAGMENTS, suffix), _table(FRAGMENTS, suffix)
    for start in range(0, len(sentence), 7):
        for end in (len(sentence), start + 30):
            assert _same(table.search(sentence, start, end), whole.search(sentence, start, end))
            assert _same(table.match(sentence, start, end), whole.match(sentence, start, end))
            assert _same(
                table.fullmatch(sentence, start, end), whole.fullmatch(sentence, start, end)
            )


def test_the_leftmost_match_wins_and_then_the_first_fragment() -> None:
    table = _table(["caught by the guards", "caught"])
    found = table.search("He was caught by the guards.")
    assert found is not None and found.group() == "caught by the guards"
    found = _table(["guards", "caught"]).search("He was caught by the guards.")
    assert found is not None and found.group() == "caught"


@pytest.mark.parametrize("sentence", SENTENCES)
def test_a_prefiltered_pattern_finds_what_the_pattern_finds(sentence: str) -> None:
    plain = re.compile(r"(?i)\bsmuggler\w*\s+(?:\w+\s+){0,2}caught")
    gated = Prefiltered(plain)
    assert gated.needs  # it tests its literals first
    assert _same(gated.search(sentence), plain.search(sentence))
    assert _same(gated.search(sentence, -5, 400), plain.search(sentence, -5, 400))
    assert _same(gated.match(sentence, 2), plain.match(sentence, 2))


def test_a_stretch_without_the_literals_is_not_read() -> None:
    gated = prefiltered(r"(?i)\bunclear whether\b")
    assert not gated.may_match("The man was arrested on Monday.")
    assert gated.may_match("It is UNCLEAR WHETHER he was.")
    smuggler = prefiltered(r"(?i)\bsmuggler\b")
    assert smuggler.search("a ſmuggler") is not None  # a long s matches "s" here
    assert smuggler.may_match("a ſmuggler")  # so the literal test cannot tell


def test_the_realis_tables_find_what_their_alternations_find() -> None:
    table = cues().generic_sentence["en"]
    for sentence in SENTENCES:
        assert _same(table.search(sentence), table.whole.search(sentence))
