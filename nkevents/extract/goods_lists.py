"""Goods listed in a sentence of their own: "Goods brought over included clothing, cosmetics
and snacks", "넘기는 물건은 석탄, 알루미늄, 구리 등이다". The list tells what the trade or
seizure told just before dealt in, though the sentence names no event itself."""

from __future__ import annotations

import re

from nkevents.extract.context import DocContext
from nkevents.extract.events import MINERALS, TRADE_CHARGES
from nkevents.model import Event, Span

# Types whose goods a list names: a trade, a seizure; a campaign against a trade (not a
# measure: its goods are those of its own sentences, and a story of several measures lists
# the goods of each beside it)
LISTING_TYPES = {"smuggling", "seizure"}
LIST_SIZE = 3  # goods named one after another that make a list
# What stands between two items of a list: the rest of the first item's word ("석유가공품",
# "iron ores"), a comma or a conjunction, and a word or two that lead the next ("고급 장신구")
_BETWEEN = re.compile(
    r"^[\w'’-]{0,8}\s*(?:[,·、/]|and|or|as well as|과|와|및|이나|나|등)\s*(?:[\w'’-]+\s+){0,2}$"
)
REACH = 2  # sentences after the event's last one where its list may stand


# Types whose goods a list names when their charge is a trade: a campaign against one, and
# the arrest of its traders ("밀수꾼 2명이 체포됐다. 이들이 넘긴 물건은 구리, 아연 ...")
TRADED_LISTING_TYPES = {"crackdown", "arrest"}


def _takes_goods(e: Event) -> bool:
    if e.type in LISTING_TYPES:
        return True
    return e.type in TRADED_LISTING_TYPES and bool(TRADE_CHARGES & set(e.charges))


def goods_listed(ctx: DocContext, events: list[Event]) -> None:
    """Each list of goods (three items or more) told in a sentence that is no other event's
    evidence goes to the trade, seizure or arrest of traders told in the sentences just before (the
    nearest one, whether or not it goes on after the list; one whose evidence holds the
    list takes it too)."""
    takers = [e for e in events if _takes_goods(e)]
    if not takers:
        return
    starts = [s.start for s in ctx.sentences]
    index = {start: i for i, start in enumerate(starts)}
    for i, sentence in enumerate(ctx.sentences):
        span: Span = (sentence.start, sentence.end)
        goods = _listed(ctx, span)
        if not goods:
            continue
        if any(_holds(e, span) for e in events if not _takes_goods(e)):
            continue  # the goods of another event (an arrest, a trial for drug use)
        holder = [e for e in takers if _holds(e, span)]
        taker = holder[0] if len(holder) == 1 else _nearest_before(takers, index, i)
        if taker is not None and _same_trade(taker, goods):
            _add(taker, goods)


def _listed(ctx: DocContext, span: Span) -> list[str]:
    """The goods of the longest run of items joined by commas or conjunctions, when the
    run is a list (three items or more)."""
    found = ctx.matches_in("commodities", span)
    best: list[tuple[str, Span]] = []
    run: list[tuple[str, Span]] = []
    for label, where in found:
        if run and not _BETWEEN.match(ctx.text[run[-1][1][1] : where[0]]):
            run = []
        run.append((label, where))
        if len(run) > len(best):
            best = list(run)
    if len(best) < LIST_SIZE:
        return []
    return list(dict.fromkeys(label for label, _ in best))


def _kinds(goods: list[str]) -> set[str]:
    return {"minerals" if g in MINERALS else g for g in goods if g != "other"}


def _same_trade(e: Event, goods: list[str]) -> bool:
    """A list names the goods of an event with none told, or adds to the kinds it named
    ("minerals" and then "coal, aluminium, copper"); a list of other kinds is another
    trade ("the clams are one thing; cars, fuel and phones go another way")."""
    return not e.commodities or bool(_kinds(e.commodities) & _kinds(goods))


def _holds(e: Event, span: Span) -> bool:
    return any(a == span[0] for a, _ in e.evidence)


def _nearest_before(takers: list[Event], index: dict[int, int], at: int) -> Event | None:
    best: tuple[int, Event] | None = None
    for e in takers:
        # its last sentence before the list (the event may go on after it)
        last = max((i for i in (index.get(a, -1) for a, _ in e.evidence) if i < at), default=-1)
        if 0 <= at - last <= REACH and (best is None or last > best[0]):
            best = (last, e)
    return best[1] if best else None


def _add(e: Event, goods: list[str]) -> None:
    merged = list(dict.fromkeys([*e.commodities, *goods]))
    if "minerals" in merged and MINERALS.intersection(merged) - {"minerals"}:
        merged.remove("minerals")
    e.commodities = merged
