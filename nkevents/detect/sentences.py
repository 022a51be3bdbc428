"""Split a text into sentences and paragraphs, keeping character offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass

# A sentence ends at . ! ? (or a closing quote after one) followed by white space
# and an opening capital, quote, digit or Hangul; abbreviations are kept whole.
# A flattened timeline or chart runs its entries on without a full stop ("... officials
# executed 2014: At least 50 executions ... Apr 30: Minister shot"): each dated entry
# heading, and each ruled line of dashes, starts a sentence. A full stop right between a
# word and a capitalised word ("... held in Hunchun city.Church groups said") ends one too:
# a page that lost the space after it. So does a full stop with a report's footnote mark
# glued to it ("... face torture.12 The government regards ..."): the mark stays with it.
# A Korean polite ending (습니다, 입니다) with no full stop, as a broadcast's transcript runs
# its sentences on, ends one as well.
# (Each alternative opens with its own literal, the space before its look-behind, so
# that the regex engine tries the alternatives only at those characters.)
_OPENS_A_SENTENCE = r"""[”"’)]*(?=\s+[“"‘(•A-Z0-9가-힣])"""
_END = re.compile(
    rf"""\.{_OPENS_A_SENTENCE}|!{_OPENS_A_SENTENCE}|\?{_OPENS_A_SENTENCE}|\n\s*\n|\n(?=\S)"""
    r"""|\.(?<=[a-z]{3}\.)(?=[A-Z][a-z])"""  # a page's lost space: "city.Church groups"
    r"""|\.(?<=[a-z]{2}\.)\d{1,3}(?=\s+[A-Z“"‘])"""  # a footnote mark: "treatment.12 The"
    r"""|니다(?=\s+[“"‘(\[A-Z0-9가-힣])"""  # a transcript's polite ending with no full stop
    r"""| (?<=[a-z] )(?=(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec) """
    r"""(?:\d{1,2}|(?:19|20)\d\d)|(?:19|20)\d\d): [A-Z“"])|-{6,}"""
)
# Wire copy wraps its lines: a line that ends in a word or comma and a next line that
# goes on in lower case are one sentence ("sentenced a man to 15 years on\nThursday for").
_WRAPPED = re.compile(r"[a-z,]\n(?=[a-z])")
# A line that ends in a word no sentence or headline ends in goes on on the next line.
_OPEN_END = re.compile(
    r"(?i)\b(?:on|in|at|of|the|a|an|and|or|to|for|by|with|from|into|its|his|her|their)$"
)
# A Korean broadcast script or a hard-wrapped page breaks its lines mid-sentence ("북한은 간부
# 두 명을\n주민들이 지켜보는 가운데\n공개 총살했다"): a line that ends in a comma, a case
# particle or a connective no sentence or headline ends in goes on on the next Hangul line.
_KO_OPEN_END = re.compile(
    r"(?:,|(?<![마가고])을|를|에게|에서|으로|가운데|면서|지만|는데|[하되있없]는|[하되했됐]던"
    r"|[담받]은|[했됐]고|[하되]며)$"
)
_ABBREV = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|No|Nos|St|Gen|Lt|Col|Sgt|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
    r"|U\.S|U\.N|U\.K|E\.O|Inc|Co|Corp|Ltd|vs|approx|est|[A-Z])\.)$"
)

# A list entry headed by its date and a full stop ("• November 2016. Police detained 30
# refugees in Shenyang."): the date heads the entry's sentence, no sentence of its own.
_DATE_HEAD = re.compile(
    r"[•·*\-–\s]*(?:(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\s+(?:\d{1,2},\s+)?)?(?:19|20)\d\d"
)


@dataclass(slots=True, frozen=True)
class Sentence:
    """A sentence: its offsets in the text and the paragraph it stands in."""

    start: int
    end: int
    paragraph: int


def split_sentences(text: str) -> list[Sentence]:
    """The sentences of a text, in order, without surrounding white space."""
    out: list[Sentence] = []
    start, paragraph = 0, 0
    for match in _END.finditer(text):
        at, after = match.span()
        first, found = text[at], match.group()
        end = after if first != "\n" else at
        if found == "\n" and (
            _WRAPPED.match(text, at - 1)
            or _OPEN_END.search(text, max(0, at - 6), at)
            or (
                "가" <= text[after : after + 1] <= "힣"
                and _KO_OPEN_END.search(text, max(0, at - 3), at)
            )
        ):
            continue
        if first == "." and (
            _ABBREV.search(text, max(0, end - 8), at + 1)
            or at - start < 32
            and _DATE_HEAD.fullmatch(text, start, at)
        ):
            continue  # "Mr.", or "• November 2016. Police detained ...": the entry's date heading
        _add(out, text, start, end, paragraph)
        if "\n" in found:
            paragraph += 1
        start = after
    _add(out, text, start, len(text), paragraph)
    return out


def _add(out: list[Sentence], text: str, start: int, end: int, paragraph: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, paragraph))
