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


# A bribe told as what someone is charged with: "for taking bribes", "accused of corruption",
# "on bribery charges", "shot as a corrupt official", "took bribes from traders", or as what an
# inquiry or campaign goes after ("to look into bribery", "a drive against corruption"). Bribes are
# also told as how things get done around an event (a family paying guards for a release,
# officers who pocketed money, traders saying bribes no longer work): no charge of it.
_BRIBE_CHARGED_EN = re.compile(
    r"(?i)\b(?:for|of|over|on|in|as|(?:charged|accused) with|(?:took|take|takes|taking|"
    r"accepted|accepting|accept|accepts|received|receiving|demanded|demanding|solicited|"
    r"soliciting|against|targeting|(?:look|looks|looked|looking|probe|probes|probed|probing|"
    r"investigations?|inquiry|inquiries) into|investigat(?:e|es|ed|ing)|root(?:ing|ed|s)? out|"
    r"stamp(?:ing|ed|s)? out))\s+(?:[\w'’-]+\s+){0,2}$"
)
# "뇌물수수 혐의로", "부패 혐의가", "뇌물죄": the Korean charge of a bribe is said with 혐의 or 죄,
# or as what a campaign or inspection goes after ("간부들의 뇌물 수수를 조사하고", "부패 척결")
_BRIBE_CHARGED_KO = re.compile(
    r"[^.,;]{0,15}?(?:혐의|죄)"
    r"|(?:\s?수수)?(?:를|을|에 대한|에 대해)?\s?(?:조사|검열|단속|수사|척결|뿌리)"
)
BRIBE_REACH = 40  # characters before an English bribe where its charge word may stand
BRIBERY = "bribery"


def bribes_charged(
    found: list[tuple[str, Span]], text: str, language: str
) -> list[tuple[str, Span]]:
    """The labels found, less the bribes not told as a charge."""
    if not any(label == BRIBERY for label, _ in found):
        return found
    return [
        (label, where)
        for label, where in found
        if label != BRIBERY or _charged(text, where, language)
    ]


def _charged(text: str, where: Span, language: str) -> bool:
    if language == "ko":
        return _BRIBE_CHARGED_KO.match(text, where[1]) is not None
    start = max(0, where[0] - BRIBE_REACH)
    return _BRIBE_CHARGED_EN.search(text, start, where[0]) is not None or text.startswith(
        "accept", where[0]
    )


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
