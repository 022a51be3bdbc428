"""Attributes found in a stretch of text: charges, commodities, actors, publicity, instruments."""

from __future__ import annotations

import re

from nkevents.extract.dispatch import label_of
from nkevents.extract.lexicon import Lexicon
from nkevents.model import Span


def labels(pattern: re.Pattern[str], text: str, span: Span) -> list[tuple[str, Span]]:
    """Each label whose pattern matches inside the span, with where it matched, in text order."""
    found: list[tuple[str, Span]] = []
    for match in pattern.finditer(text, span[0], span[1]):
        if match.lastgroup:
            found.append((label_of(match.lastgroup), match.span()))
    return found


def unique(found: list[tuple[str, Span]]) -> list[str]:
    """The labels once each, in order of first appearance."""
    return list(dict.fromkeys(label for label, _ in found))


# "공개처형", "publicly executed": the publicity of an execution, not of a trial beside it
_OF_AN_EXECUTION = re.compile(
    r"\s?(?:처형|총살|교수형)|(?i:\s+(?:executions?|executed|shot|hanged|hanging|killing))"
)


def is_public(
    lex: Lexicon, language: str, text: str, span: Span, event_type: str | None = None
) -> bool | None:
    """True when the span says the event was held in public, False when it says not; a trial
    is not made public by the public execution told beside it."""
    if lex.not_public[language].search(text, span[0], span[1]):
        return False
    for found in lex.public[language].finditer(text, span[0], span[1]):
        if event_type == "trial" and _OF_AN_EXECUTION.match(text, found.end()):
            continue
        return True
    return None


def instruments(lex: Lexicon, text: str, span: Span) -> list[tuple[str, Span]]:
    """Sanctions instruments named in the span, normalised (`UNSCR 2321`, `US EO 13810`)."""
    found: list[tuple[str, Span]] = []
    for inst in lex.instruments:
        for match in inst.pattern.finditer(text, span[0], span[1]):
            found.append((inst.form.format(n=match.group(1)), match.span()))
    found.sort(key=lambda item: item[1])
    return found
