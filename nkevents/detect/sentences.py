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
# Hard-wrapped wire copy cuts its lines at a fixed width whatever comes next ("police have
# detained 14 North\nKoreans", "carrying some\n$200,000 worth", "had been\ndetained"): in a
# text that wraps at least three lines going on in lower case, each line break inside a
# sentence (one `split_sentences` reads through, or after a long line that ends in a word, a
# number or a comma and is no headline in title case) is read as the space it stands for.
_WRAP_MIN_LINE = 45  # a shorter line ending in a word is a headline, a byline or a label
_WRAPS_TO_TELL = 3  # lines going on in lower case that tell a hard-wrapped text
_LOWER_OR_COMMA = frozenset("abcdefghijklmnopqrstuvwxyz,")


_BREAK_BEFORE_LOWER = re.compile(r"\n(?=[a-z])")  # opens with its literal: a quick scan


def hard_wrapped(text: str) -> bool:
    """Whether a text wraps its lines mid-sentence: at least three line breaks between a lower
    case letter (or a comma) and a lower case letter."""
    found = 0
    for match in _BREAK_BEFORE_LOWER.finditer(text, 1):
        if text[match.start() - 1] in _LOWER_OR_COMMA:
            found += 1
            if found >= _WRAPS_TO_TELL:
                return True
    return False


def unwrapped(text: str) -> str:
    """The text with the line breaks of a hard wrap read as spaces (of the same length, so
    offsets stand); any other text as it is."""
    if not hard_wrapped(text):
        return text
    chars, at = list(text), text.find("\n", 1)
    while 0 < at < len(text) - 1:
        if text[at + 1] != "\n" and text[at - 1] != "\n" and _goes_on(text, at):
            chars[at] = " "
        at = text.find("\n", at + 1)
    return "".join(chars)


def _goes_on(text: str, at: int) -> bool:
    """Whether the sentence goes on past the line break at `at` of a hard-wrapped text."""
    return bool(
        _WRAPPED.match(text, at - 1)
        or _OPEN_END.search(text, max(0, at - 6), at)
        or _cut_by_the_wrap(text, at)
    )


def _cut_by_the_wrap(text: str, at: int) -> bool:
    """Whether the line ending at `at` is long and ends in a word, a number or a comma, not a
    headline in title case."""
    line = text[text.rfind("\n", 0, at) + 1 : at]
    if len(line) < _WRAP_MIN_LINE or not (line[-1].isalnum() or line[-1] == ","):
        return False
    words = [w for w in line.split() if len(w) > 3 and w[0].isalpha()]
    return not (len(words) >= 4 and all(w[0].isupper() for w in words))


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
