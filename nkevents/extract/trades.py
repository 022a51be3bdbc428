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
    """Whether a smuggling word is told with its goods in its own clause."""
    if m.type != "smuggling":
        return False
    if ctx.language == "ko":
        return ko_trade_told(ctx, m)
    if ctx.language != "en":
        return False
    if m.trigger_text.lower().startswith("traffick"):
        return False  # "executed for trafficking methamphetamine": a dealing charge
    if _KIND_BEFORE.search(ctx.text, max(m.sentence.start, m.trigger[0] - 20), m.trigger[0]):
        return False
    return bool(ctx.labels_in("commodities", trade_clause(ctx, m.trigger, m.sentence.end)))


# A Korean trade word told as a verb ("밀수하다", "밀매한", "밀수를 하던", "팔아넘긴"):
# its verb ending right after the noun, or a verb stem as the word itself.
_KO_VERB_AFTER = re.compile(r"(?:출|입)?(?:를|을)?\s?(?:하|해|한|했|할)")
_KO_VERB_WORD = re.compile(
    r"(?:팔아넘|넘기|넘겨|넘긴|넘겼|팔았|팔아|팔던|들여오|들여와|들여왔|들여온|(?:훔쳐|뜯어|잘라)\s?판"
    r"|판매|수출|수입|옮겨\s?(?:싣|실))"
)
# Goods diverted (빼돌린) are a trade only when told as sent abroad ("중국으로 빼돌린")
_KO_DIVERTED_ABROAD = re.compile(r"빼돌")
_KO_ABROAD = re.compile(r"(?:중국|외국|해외|러시아|국경\s?너머)(?:\s?측)?(?:으로|에|에게)\s")
# Where the clause of a Korean trade word starts: its goods are told just before the verb.
_KO_CLAUSE_START = re.compile(r"[.;:!?“”\"‘’]|,\s|(?:고|며|면서|는데|지만|으나)\s")
_KO_REACH = 40


def ko_trade_told(ctx: DocContext, m: Mention) -> bool:
    """ "금을 밀수하다 적발된", "마약을 밀매한 혐의로", "구리를 중국에 팔아넘긴": a Korean trade
    told as a verb, its goods named in its own clause before it. A trade noun with no verb
    ("밀수 혐의로", "마약 밀수 사범") stays the charge or the kind of people."""
    word = m.trigger_text
    start = max(m.sentence.start, m.trigger[0] - _KO_REACH)
    opened = [b.end() for b in _KO_CLAUSE_START.finditer(ctx.text, start, m.trigger[0])]
    clause = (opened[-1] if opened else start, m.trigger[1])
    verbal = _KO_VERB_WORD.search(word) is not None or (
        _KO_VERB_AFTER.match(ctx.text, m.trigger[1]) is not None
    )
    if not verbal and _KO_DIVERTED_ABROAD.search(word):
        verbal = _KO_ABROAD.search(ctx.text, clause[0], clause[1]) is not None
    if not verbal:
        return False
    return bool(ctx.labels_in("commodities", clause))


# A Korean act cut short by its catching ("들여오다 걸려", "팔다가 적발돼", "넘기려다 붙잡혀")
_KO_CAUGHT_AT_IT = re.compile(
    r"[가-힣]{0,2}?다가?\s(?:[가-힣]+(?:에|에게|에서)\s){0,2}"
    r"(?:걸려|걸렸|적발|붙잡|체포|단속|발각|들켜|들켰|잡혀|잡혔)"
)
_KO_BROUGHT = re.compile(r"들여오|들여와|들여왔")


def ko_goods_brought_caught(ctx: DocContext, trigger: Span, sentence_start: int) -> bool:
    """ "중국산 휴대폰을 들여오다 보위부에 걸려": goods brought in, told with the catching
    that cut the act short, are a trade told (bringing in alone may be a lawful import)."""
    if ctx.language != "ko" or not _KO_BROUGHT.match(ctx.text, trigger[0]):
        return False
    if not _KO_CAUGHT_AT_IT.match(ctx.text, trigger[1]):
        return False
    start = max(sentence_start, trigger[0] - _KO_REACH)
    opened = [b.end() for b in _KO_CLAUSE_START.finditer(ctx.text, start, trigger[0])]
    return bool(ctx.labels_in("commodities", (opened[-1] if opened else start, trigger[1])))


# An arrest word that holds the trade word: "caught smuggling", "was caught smuggling".
# "Police broke up a smuggling ring that had moved zinc into China": the ring's trade too.
_CAUGHT_TRADING = re.compile(
    r"(?i)\bcaught (smuggling)$|\b(smuggling) (?:ring|network|gang|syndicate|operation)s?$"
)


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
        group = 1 if held.group(1) else 2
        word = (held.start(group), held.end(group))
        if ctx.labels_in("commodities", trade_clause(ctx, word, span[1])):
            return [*found, ("smuggling", word)]
    return found
