"""The trigger and attribute lexicons, compiled once from data/lexicon.yaml."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, partial
from re import _constants as sre_c  # type: ignore[attr-defined,unused-ignore]
from re import _parser as sre_parse  # type: ignore[attr-defined,unused-ignore]
from typing import Any

from nkevents.extract.dispatch import dispatched
from nkevents.extract.gate import FragmentGate, MultiGate, build_fragment_gate, build_multi_gate
from nkevents.extract.narrowing import NarrowedTable
from nkevents.prefilter import Prefiltered, prefiltered
from nkevents.vocabulary import load_data, vocabulary

LANGUAGES = ("en", "ko")


@dataclass(slots=True, frozen=True)
class Instrument:
    """A pattern for a sanctions instrument and the normalised form it gives."""

    pattern: re.Pattern[str]
    form: str


@dataclass(slots=True, frozen=True)
class Lexicon:
    """Compiled patterns: one alternation per category, with a named group per label."""

    triggers: dict[str, re.Pattern[str]]
    weak_triggers: dict[str, re.Pattern[str]]
    not_triggers: dict[str, re.Pattern[str]]
    charges: dict[str, re.Pattern[str]]
    commodities: dict[str, re.Pattern[str]]
    actors: dict[str, re.Pattern[str]]
    public: dict[str, re.Pattern[str]]
    continuation: dict[str, re.Pattern[str]]
    hypothetical: dict[str, Prefiltered]  # read before each trigger: its words tested first
    not_public: dict[str, re.Pattern[str]]
    seized_craft: dict[str, re.Pattern[str]]  # boats that are goods when seized
    held_craft: dict[str, re.Pattern[str]]  # a ship or plane told as the one held (Korean)
    un_named: dict[str, re.Pattern[str]]  # "UN sanctions": the UN named for its sanctions
    measure_takers: dict[str, re.Pattern[str]]  # "Japan barred ...": a state taking a measure
    instruments: tuple[Instrument, ...]
    strong_gate: dict[str, FragmentGate]  # strong triggers, found fragment by fragment
    table_gates: dict[str, MultiGate]  # by language: the hits of every gated table in one pass
    not_trigger_gate: dict[str, MultiGate]  # by language: where a not-trigger may stand
    narrowed: dict[str, dict[str, NarrowedTable]]  # labelled tables (and cues) by name, language
    narrowed_not_triggers: dict[str, NarrowedTable]  # the not-triggers, read the same way


# English fragments start at a word start; one look-behind for the whole alternation
# (not one per fragment) keeps the scan fast inside words.
_WORD_START = r"(?<![\w-])"


def compile_fragments(fragments: list[str], language: str) -> str:
    """One regular expression from a list of fragments of one language."""
    body = "|".join(f"(?:{f})" for f in fragments)
    return f"{_WORD_START}(?:{body})" if language == "en" else body


def compile_labelled(
    table: dict[str, dict[str, list[str]]], language: str, dispatch: bool = True
) -> re.Pattern[str]:
    """An alternation whose named groups are the labels (a label's match is its group;
    English tables are regrouped by first letter, `label__n` groups: see extract.dispatch)."""
    if language == "en" and dispatch:
        body = dispatched(
            {label: langs[language] for label, langs in table.items() if langs.get(language)},
            _WORD_START,
        )
        if body:
            return re.compile(body, re.IGNORECASE)
    parts = [
        f"(?P<{label}>{'|'.join(f'(?:{f})' for f in langs[language])})"
        for label, langs in table.items()
        if langs.get(language)
    ]
    body = "|".join(parts) or "(?!)"
    pattern = f"{_WORD_START}(?:{body})" if language == "en" else body
    return re.compile(pattern, re.IGNORECASE)


def compile_alternation(fragments: list[str], language: str) -> re.Pattern[str]:
    """A pattern whose matches are those of the alternation of the fragments (for tables
    read for their spans only). English is regrouped by first letter as the labelled tables
    are (extract.dispatch: the same matches, each fragment tried only where it can start),
    which reads the not-triggers of a sentence in about two thirds of the CPU time."""
    if language == "en" and fragments:
        body = dispatched({"fragment": fragments}, _WORD_START)
        if body:
            return re.compile(body, re.IGNORECASE)
    return re.compile(compile_fragments(fragments or ["(?!)"], language), re.IGNORECASE)


def _by_language(table: dict[str, list[str]]) -> dict[str, re.Pattern[str]]:
    return {lang: compile_alternation(table.get(lang) or [], lang) for lang in LANGUAGES}


def _labelled(table: dict[str, Any]) -> dict[str, re.Pattern[str]]:
    return {lang: compile_labelled(table, lang) for lang in LANGUAGES}


def _narrowed(
    table: dict[str, Any], name: str, gate: MultiGate, lang: str, common: frozenset[str]
) -> NarrowedTable:
    """The table's alternation narrowed per stretch to the fragments of the literals there,
    each fragment compiled alone (`compile_one`: a fragment's group in the table, regrouped
    by first letter or not, matches what the fragment alone matches at a place)."""
    fragments = tuple((label, f) for label, langs in table.items() for f in langs.get(lang) or [])
    of_literal = tuple(tables.get(name, ()) for tables in gate.fragments_of)
    return NarrowedTable.of(fragments, of_literal, partial(compile_one, language=lang), common)


@cache
def lexicon() -> Lexicon:
    """The lexicon shipped with the package, checked against the vocabulary."""
    raw = load_data("lexicon.yaml")
    _check_labels(raw)
    common = str(raw.get("gate_common_words") or "").split()
    words = frozenset(w.lower() for w in common)  # as the gates read them
    table_gates = {
        lang: build_multi_gate(
            {table: _table_fragments(raw[table], lang) for table in GATED_TABLES}, common
        )
        for lang in LANGUAGES
    }
    not_trigger_gate = {
        lang: build_multi_gate({"not_triggers": raw["not_triggers"].get(lang) or []}, common)
        for lang in LANGUAGES
    }
    not_table = {"not": raw["not_triggers"]}  # one label: only the spans are read
    return Lexicon(
        triggers=_labelled(raw["triggers"]),
        weak_triggers=_labelled(raw["weak_triggers"]),
        not_triggers=_by_language(raw["not_triggers"]),
        charges=_labelled(raw["charges"]),
        commodities=_labelled(raw["commodities"]),
        actors=_labelled(raw["actors"]),
        public=_by_language(raw["public"]),
        continuation=_by_language(raw["continuation"]),
        hypothetical={  # an English word from its start: "urged", not the end of "purged"
            lang: prefiltered(
                f"{_WORD_START if lang == 'en' else ''}"
                f"(?:{'|'.join(raw['hypothetical'][lang])})\\W*(?:\\w+\\W+){{0,6}}$",
                re.I,
            )
            for lang in LANGUAGES
        },
        not_public=_by_language(raw["not_public"]),
        seized_craft=_by_language(raw["seized_craft"]),
        held_craft=_by_language(raw["held_craft"]),
        un_named=_by_language(raw["un_named"]),
        measure_takers=_by_language(raw["measure_takers"]),
        strong_gate={
            lang: build_fragment_gate(
                (f for t in raw["triggers"].values() for f in t.get(lang) or []),
                partial(compile_one, language=lang),
                common,
            )
            for lang in LANGUAGES
        },
        table_gates=table_gates,
        not_trigger_gate=not_trigger_gate,
        narrowed={
            **{
                name: {
                    lang: _narrowed(raw[name], name, table_gates[lang], lang, words)
                    for lang in LANGUAGES
                }
                for name in LABELLED_TABLES
            },
            "continuation": {  # one label: only the spans are read
                lang: _narrowed({"cue": raw["continuation"]}, "continuation", gate, lang, words)
                for lang, gate in table_gates.items()
            },
        },
        narrowed_not_triggers={
            lang: _narrowed(not_table, "not_triggers", not_trigger_gate[lang], lang, words)
            for lang in LANGUAGES
        },
        instruments=tuple(
            Instrument(re.compile(i["pattern"], re.IGNORECASE), i["form"])
            for i in raw["instruments"]
        ),
    )


LABELLED_TABLES = ("triggers", "weak_triggers", "charges", "commodities", "actors")
GATED_TABLES = ("triggers", "weak_triggers", "charges", "commodities", "actors", "continuation")


def _table_fragments(table: dict[str, Any], language: str) -> list[str]:
    if isinstance(table.get(language), list):  # a table of one language list (continuation)
        return list(table[language])
    return [f for langs in table.values() for f in langs.get(language) or []]


@cache  # the strong-trigger gate's patterns serve the narrowed trigger table too
def compile_one(fragment: str, language: str) -> re.Pattern[str]:
    """One fragment alone, read as its tables read it (a word start first in English).

    An English fragment that opens on a letter of its own ("execut(?:ed|ion)") tests the
    word start after that letter ("e(?<![\\w-][\\s\\S])xecut..."): the same matches, but
    `re` then skips to the places that hold the letter instead of trying the look-behind
    at every character (half the time of a search)."""
    if language == "en" and _opens_on_a_letter(fragment):
        head, rest = fragment[0], fragment[1:]
        return re.compile(rf"(?:(?:{head}(?<![\w-][\s\S]){rest}))", re.IGNORECASE)
    return re.compile(compile_fragments([fragment], language), re.IGNORECASE)


def _opens_on_a_letter(fragment: str) -> bool:
    """Whether the fragment's first item is its first character, an ASCII letter matched
    once, in a fragment of one branch (not "ab|cd", nor a group, a class or a letter
    repeated first)."""
    if not (fragment[:1].isascii() and fragment[:1].isalpha()) or _branches(fragment):
        return False
    items = sre_parse.parse(fragment, re.IGNORECASE).data
    return bool(items) and items[0] == (sre_c.LITERAL, ord(fragment[0]))


def _branches(fragment: str) -> bool:
    """Whether a "|" outside groups and classes splits the fragment into branches."""
    depth, i, in_class = 0, 0, False
    while i < len(fragment):
        c = fragment[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            i += 1 + fragment.startswith("^", i + 1)  # "[^" opens it too
            i += fragment.startswith("]", i)  # a "]" first in a class is a letter of it
            continue
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            return True
        i += 1
    return False


def _check_labels(raw: dict[str, Any]) -> None:
    vocab = vocabulary()
    for section, allowed in (
        ("triggers", vocab.types),
        ("charges", vocab.charges),
        ("commodities", vocab.commodities),
    ):
        unknown = set(raw[section]) - set(allowed)
        if unknown:
            from nkevents.errors import DataError

            raise DataError(f"lexicon.yaml: {section} not in the vocabulary: {sorted(unknown)}")
