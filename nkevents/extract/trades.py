"""Trades told with their goods: a smuggling that is a happening of its own, not only the
charge or the description of the people an arrest, trial or execution is of.

"Executed for smuggling copper to China", "two soldiers who smuggled diesel across the
river were caught", "a man caught smuggling rice into China was sentenced": the trade is
told with what was traded, so it is its own event beside the enforcement one (the answer
keys count it). A trade named with no goods ("jailed for smuggling") stays a charge.
"""

from __future__ import annotations

import re

from nkevents.extract.context import DocContext
from nkevents.extract.mention import Mention
from nkevents.model import Span

# Where the clause of an English trade word ends: its goods are told before it.
_CLAUSE_END = re.compile(
    r"[.;:!?]|,\s+(?:and|but|while|then|after|before|who|which)\b|\b(?:and|but)\s+(?:were|was)\b"
    r"|\b(?:were|was|had been|have been|has been)\b"
)
_REACH = 80


def trade_clause(ctx: DocContext, trigger: Span, sentence_end: int) -> Span:
    """The stretch after an English trade word where its goods are told."""
    end = min(sentence_end, trigger[1] + _REACH)
    stop = _CLAUSE_END.search(ctx.text, trigger[1], end)
    return (trigger[0], stop.start() if stop else end)


# "reasons ranging from watching films to smuggling drugs", "crimes such as smuggling gold":
# a kind of offence named, no trade told
_KIND_BEFORE = re.compile(
    r"(?i)\b(?:rang(?:ing|ed) from|from|to|such as|including|like|or|and|offences?|crimes?)\s+$"
)


def trade_told(ctx: DocContext, m: Mention) -> bool:
    """Whether an English smuggling word is told with its goods in its own clause."""
    if ctx.language != "en" or m.type != "smuggling":
        return False
    if m.trigger_text.lower().startswith("traffick"):
        return False  # "executed for trafficking methamphetamine": a dealing charge
    if _KIND_BEFORE.search(ctx.text, max(m.sentence.start, m.trigger[0] - 20), m.trigger[0]):
        return False
    return bool(ctx.labels_in("commodities", trade_clause(ctx, m.trigger, m.sentence.end)))


# An arrest word that holds the trade word: "caught smuggling", "was caught smuggling".
_CAUGHT_TRADING = re.compile(r"(?i)\bcaught (smuggling)$")


def trades_caught(
    ctx: DocContext, span: Span, found: list[tuple[str, Span]]
) -> list[tuple[str, Span]]:
    """ "A man caught smuggling rice into China": the arrest word holds the trade's; with
    goods told after it, the trade is a word of its own too."""
    if ctx.language != "en" or any(label == "smuggling" for label, _ in found):
        return found
    for label, where in found:
        if label != "arrest":
            continue
        held = _CAUGHT_TRADING.search(ctx.text, where[0], where[1])
        if held is None:
            continue
        word = (held.start(1), held.end(1))
        if ctx.labels_in("commodities", trade_clause(ctx, word, span[1])):
            return [*found, ("smuggling", word)]
    return found
