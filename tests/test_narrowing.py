"""A table narrowed to the fragments of the literals in a stretch finds what the whole
table's alternation finds there."""

from __future__ import annotations

import re

import pytest

from nkevents.extract.attributes import labels
from nkevents.extract.context import DocContext, analyse
from nkevents.extract.gate import build_multi_gate, stretches
from nkevents.extract.lexicon import LABELLED_TABLES, compile_labelled, compile_one, lexicon
from nkevents.extract.narrowing import NarrowedTable
from nkevents.literals import unsafe_letters
from nkevents.model import Document

ENGLISH = (
    "Police in Hyesan arrested five smugglers who sold copper and zinc to Chinese traders "
    "on 3 May; two were executed in public and the others sentenced to ten years of hard "
    "labour. A tanker carrying diesel was detained in Nampo for violating UN sanctions. "
    "Forty people crossed the Tumen river and were sent back by border guards. The state "
    "stepped up its crackdown on mobile phones, South Korean dramas and drug trafficking, "
    "and the Treasury sanctioned three firms that shipped coal and iron ore."
)
KOREAN = (
    "양강도 혜산에서 밀수꾼 5명이 체포됐다. 이들은 구리와 아연을 중국 상인에게 팔았다. "
    "2명은 공개 처형됐고 나머지는 노동교화형 10년을 선고받았다. 보위부는 휴대전화 단속을 "
    "강화했으며 탈북을 시도한 주민 3명이 구금됐다."
)


def _whole(ctx: DocContext, table: str, span: tuple[int, int]) -> list[tuple[str, tuple[int, int]]]:
    pattern = getattr(ctx.lexicon, table)[ctx.language]
    found = {
        hit
        for window in stretches(ctx._hits(table), within=span)
        for hit in labels(pattern, ctx.text, window)
    }
    return sorted(found, key=lambda item: item[1])


@pytest.mark.parametrize(("text", "language"), [(ENGLISH, "en"), (KOREAN, "ko")])
@pytest.mark.parametrize("table", LABELLED_TABLES)
def test_the_narrowed_table_finds_what_the_whole_table_finds(
    text: str, language: str, table: str
) -> None:
    ctx = analyse(Document("t", text), language)
    assert ctx._literals(table) is not None  # narrowed, not read whole
    for sentence in [*ctx.sentences, *[type(s)(0, len(text), 0) for s in ctx.sentences[:1]]]:
        span = (sentence.start, sentence.end)
        assert ctx.matches_in(table, span) == _whole(ctx, table, span)


def test_the_trigger_table_finds_something_in_each_language() -> None:
    for text, language in ((ENGLISH, "en"), (KOREAN, "ko")):
        ctx = analyse(Document("t", text), language)
        assert {label for label, _ in ctx.matches_in("triggers", (0, len(text)))} >= {
            "arrest",
            "execution",
        }


def _table(fragments: list[tuple[str, str]]) -> tuple[NarrowedTable, re.Pattern[str]]:
    by_label: dict[str, list[str]] = {}
    for label, fragment in fragments:
        by_label.setdefault(label, []).append(fragment)
    whole = {label: {"en": parts} for label, parts in by_label.items()}
    gate = build_multi_gate({"t": [f for _, f in fragments]})
    narrowed = NarrowedTable.of(
        tuple(fragments),
        tuple(tables.get("t", ()) for tables in gate.fragments_of),
        lambda fragment: compile_one(fragment, "en"),
    )
    return narrowed, compile_labelled(whole, "en")


def test_the_first_fragment_in_order_wins_at_a_place_and_the_scan_goes_on_from_its_end() -> None:
    narrowed, whole = _table(
        [("short", "smuggl(?:ed|ing)"), ("long", "smuggling ring"), ("ring", "ring leaders?")]
    )
    text = "A smuggling ring leader was caught; ring leaders fled."
    gate = build_multi_gate({"t": [f for _, f in narrowed.fragments]})
    _, found = gate.scan(text)
    assert found is not None
    window = (0, len(text))
    assert narrowed.matches(text, found, window, narrowed.testable(text.lower())) == labels(
        whole, text, window
    )
    assert [label for label, _ in labels(whole, text, window)] == ["short", "ring", "ring"]


def test_a_text_with_a_long_s_is_read_with_the_whole_alternation() -> None:
    literals = lexicon().table_gates["en"].literals
    assert "ſ" in (unsafe_letters(literals) or ())
    text = "Police arreſted five ſmugglers in Hyesan."  # 'ſ' matches 's' under IGNORECASE
    ctx = analyse(Document("t", text), "en")
    assert ctx._literals("triggers") is None
    assert ctx.matches_in("triggers", (0, len(text))) == _whole(ctx, "triggers", (0, len(text)))


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested two smugglers in Hyesan. The clinical trial went on under strict "
        "control. Officials warned of a ban on trade. Nobody was sent back that year.",
        # "ſ" matches "s" though the lower-cased text hides it from the literals: read all
        "Police issued arreſt warrants for two men. They had fled in May.",
    ],
)
def test_the_not_triggers_of_a_sentence_are_read_where_their_literals_stand(text: str) -> None:
    ctx = analyse(Document("nt", text), "en")
    pattern = ctx.lexicon.not_triggers["en"]
    for s in ctx.sentences:
        span = (s.start, s.end)
        plain = [m.span() for m in pattern.finditer(text, *span)]
        assert ctx.not_triggers_in(span) == plain
    assert any(ctx.not_triggers_in((s.start, s.end)) for s in ctx.sentences)


def test_a_stretch_with_one_fragment_gives_its_every_match_as_the_whole_table_does() -> None:
    narrowed, whole = _table([("smuggling", "smuggl(?:ed|ing)"), ("arrest", "arrest(?:ed)?")])
    text = "They smuggled copper, and the smuggling went on; a smuggler's kin, smuggled too."
    _, found = build_multi_gate({"t": [f for _, f in narrowed.fragments]}).scan(text)
    assert found is not None
    window = (0, len(text))
    assert narrowed.matches(text, found, window, narrowed.testable(text.lower())) == labels(
        whole, text, window
    )
    assert [label for label, _ in labels(whole, text, window)] == ["smuggling"] * 3


def test_a_fragment_whose_other_words_the_window_lacks_is_not_read() -> None:
    narrowed, whole = _table(
        [("caught", "caught (?:\\w+ ){0,3}smuggling"), ("smuggling", "smuggl(?:ed|ing)")]
    )
    text = "The guards caught him. Two men were caught red-handed smuggling copper."
    _, found = build_multi_gate({"t": [f for _, f in narrowed.fragments]}).scan(text)
    assert found is not None
    for window in [(0, 22), (0, len(text)), (23, len(text))]:
        assert narrowed.matches(text, found, window, narrowed.testable(text.lower())) == labels(
            whole, text, window
        )
    assert narrowed.testable(text.lower()) is not None
    assert narrowed.matches(text, found, (0, 22), text.lower()) == []  # no "smuggling" there
