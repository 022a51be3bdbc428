"""The first-letter dispatch finds exactly what the plain labelled alternation finds."""

from __future__ import annotations

import re

import pytest

from nkevents.extract.attributes import labels
from nkevents.extract.dispatch import dispatched, first_letters, label_of
from nkevents.extract.lexicon import compile_alternation, compile_fragments
from nkevents.vocabulary import load_data


@pytest.mark.parametrize(
    ("fragment", "letters"),
    [
        ("smuggl(?:ed|ing)", {"s"}),
        ("(?:sold|export(?:ed)?)\\b", {"s", "e"}),
        ("(?:public |mass )?trials?", {"p", "m", "t"}),
        ("detained(?= (?:a|the) ship)", {"d"}),
        ("(?<!drug )traffick", {"t"}),
        ("[Ss]py", {"s"}),
    ],
)
def test_first_letters(fragment: str, letters: set[str]) -> None:
    assert first_letters(fragment) == letters


def test_a_fragment_that_may_start_anywhere_has_no_first_letters() -> None:
    assert first_letters("\\w+ed") is None
    assert first_letters("(?:a )?") is None  # may match nothing


def test_label_of_a_group() -> None:
    assert label_of("iron_ore__12") == "iron_ore"


def _plain(table: dict[str, list[str]]) -> re.Pattern[str]:
    parts = [f"(?P<{k}>{'|'.join(f'(?:{f})' for f in v)})" for k, v in table.items()]
    return re.compile(f"(?<![\\w-])(?:{'|'.join(parts)})", re.IGNORECASE)


@pytest.mark.parametrize("section", ["triggers", "weak_triggers", "charges", "commodities"])
def test_the_dispatch_matches_what_the_alternation_matches(section: str) -> None:
    raw = load_data("lexicon.yaml")[section]
    table = {k: v["en"] for k, v in raw.items() if v.get("en")}
    fast = re.compile(dispatched(table, "(?<![\\w-])"), re.IGNORECASE)
    plain = _plain(table)
    text = (
        "Police in Hyesan arrested five smugglers who sold copper and zinc to Chinese traders; "
        "two were executed in public and the others sentenced to ten years. A tanker carrying "
        "diesel was detained in Nampo for violating UN sanctions. Forty people crossed the "
        "Tumen river and were sent back. The state stepped up its crackdown on mobile phones, "
        "South Korean dramas and drug trafficking, and sanctioned three firms."
    )
    span = (0, len(text))
    assert labels(fast, text, span) == labels(plain, text, span)


@pytest.mark.parametrize(
    "section", ["not_triggers", "public", "continuation", "not_public", "seized_craft"]
)
def test_a_table_read_for_its_spans_finds_what_its_alternation_finds(section: str) -> None:
    fragments = load_data("lexicon.yaml")[section]["en"]
    fast = compile_alternation(fragments, "en")
    plain = re.compile(compile_fragments(fragments, "en"), re.IGNORECASE)
    assert fast.pattern != plain.pattern  # regrouped by first letter
    text = (
        "The clinical trial of the vaccine was held under strict control. Officials warned "
        "that the ban on trade would be lifted; the public execution took place on May 3 in "
        "the city, where the fishing boat and its cargo were seized, not in secret."
    )
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert [m.span() for m in fast.finditer(text, 30, 120)] == [
        m.span() for m in plain.finditer(text, 30, 120)
    ]


def test_an_empty_table_matches_nothing() -> None:
    assert compile_alternation([], "en").search("anything at all") is None
