"""Stories: the groups of mentions of one report, joined where they tell one happening.

A stage between grouping (`events.group_mentions`, one group per happening told in the body)
and building the records: a report restates its main event in its headline, which has
fewer details and often a rounder count or a vaguer place ("14 defectors caught on the
Yalu"), so the headline's copy is the body's event, not one more. The body keeps its own
values; the headline adds only what the body does not say.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from nkevents.detect.sentences import Sentence
from nkevents.extract.events import Group
from nkevents.extract.mention import Mention
from nkevents.extract.releases import LANGUAGES, cues

_SPACE = re.compile(r"\s+")
_MIN_HEADLINE = 12  # characters: shorter lines ("Home", "News") are no headline


def headline_sentences(text: str, title: str | None, sentences: list[Sentence]) -> set[int]:
    """The starts of the sentences that repeat the report's title (its headline copies)."""
    if not title:
        return _first_line(text, sentences)
    folded = _fold(title)
    if len(folded) < _MIN_HEADLINE:
        return set()
    found = set()
    longest = 2 * len(title)
    for s in sentences:
        if not _MIN_HEADLINE <= s.end - s.start <= longest:
            continue
        said = _fold(text[s.start : s.end])
        if len(said) < _MIN_HEADLINE:
            continue
        if said in folded or (folded in said and len(said) < 2 * len(folded)):
            found.add(s.start)
    return found


_HEADLINE_MAX = 120
_ENDS_SENTENCE = re.compile(r"[.!?\"”’'다]\s*$")


def _first_line(text: str, sentences: list[Sentence]) -> set[int]:
    """Without a title: the report's first line, when it is short and ends in no full stop
    (a headline, not the lede), followed by a blank line."""
    if not sentences or not _furniture(text[: sentences[0].start]):
        return set()  # the text's first line names no event
    first = sentences[0]
    line = text[first.start : first.end]
    if "\n" in line or len(line) > _HEADLINE_MAX or _ENDS_SENTENCE.search(line):
        return set()
    if not text[first.end : first.end + 2].startswith("\n"):
        return set()
    return {first.start}


_FURNITURE_LINE = 60  # "Advertisement", "Skip to main content", "Home > National > Politics"
_FURNITURE_ALL = 200


def _furniture(lead: str) -> bool:
    """Whether what stands before the first sentence that names an event is nothing or only
    page furniture: a few short lines, none ending a sentence."""
    if len(lead) > _FURNITURE_ALL:
        return False
    lines = [line.strip() for line in lead.splitlines() if line.strip()]
    return all(len(line) <= _FURNITURE_LINE and not line.endswith(".") for line in lines)


def _fold(text: str) -> str:
    return _SPACE.sub(" ", text).strip().lower()


# "Another man", "a second broker", "three more women", "다른 주민 2명": one more happening
# of the kind, not the one told (never "the other nine", a part of the people told).
_ONE_MORE = {
    "en": re.compile(
        r"(?i)(?<!the )\b(?:another|a (?:second|third|fourth|fifth)|(?:\d+|two|three|four|five|six|"
        r"seven|eight|nine|ten) (?:more|other))\b[^,;.]{0,60}$"
    ),
    "ko": re.compile(r"(?:또 다른|추가로|이 밖에|이밖에)[^,.]{0,40}$"),
}


# A sentence whose subject is one more of a kind ("Another man was shot", "A second broker,
# a woman from Musan, was caught", "In July, another ..."): never the happening told before.
_ONE_MORE_SUBJECT = {
    "en": re.compile(
        r"(?i)(?:(?:in|on|by|during|later|earlier|then|last|this)\b[^,]{0,30},\s*)?"
        r"(?:another|a (?:second|third|fourth|fifth)) ([\w-]+)"
    ),
    "ko": re.compile(r"(?:[^,]{0,20},\s*)?또 다른 ([가-힣]+)"),
}
# Ones who tell, not ones the happening is told of: "A second source said ..."
_SPEAKER = re.compile(
    r"(?i)(?:(?:sources?|officials?|residents?|witness(?:es)?|reports?|activists?|observers?|"
    r"analysts?)\b|소식통|관계자|탈북민)"
)

# "In a separate case", "in a similar incident in May": the clause tells one more
# happening of the kind, whatever its subject.
_OTHER_CASE = {
    "en": re.compile(
        r"(?i)\b(?:in|during|following|after) (?:a|another) (?:separate|similar|different|second)"
        r" (?:case|incident|instance|operation|raid|search|inspection|sweep|crackdown)\b"
    ),
    "ko": re.compile(r"(?:별개의|비슷한|유사한) (?:사건|사례)(?:에서|으로|로)?"),
}

# A subject told with "also" before its verb: one more of the people ("His interpreter was
# also sent to a camp", "Two traders living in the city were also arrested", "The alleged
# “leader” was apparently also held"), not a pronoun for the ones told ("he was also sent").
_ALSO_SUBJECT = re.compile(
    r"(?i)(?:[^,]{0,40},\s*)?(?!(?:he|she|they|it|him|her|them|who|which|this|that)\b)"
    r"(?:(?:his|her|their|the|a|an)\s+)?[\w'’“”\"-]+(?:\s+[\w'’“”\"-]+){0,7}"
    r"\s+(?:was|were|has been|have been|had been)\s+(?:[a-z]+ly\s+)?also\s+$"
)  # (Korean 도 marks too much else to tell this: times, places, topics)

# Every _ONE_MORE and _OTHER_CASE match holds one of these.
_ONE_MORE_WORDS = (
    "another", "second", "third", "fourth", "fifth", "more", "other", "separate", "similar",
    "different",
)  # fmt: skip
_OTHER_CASE_WORDS = ("separate", "similar", "different", "second", "별개", "비슷한", "유사한")

# "In one case, ... In another, two soldiers were caught ...": the next case of a list
# "Two weeks earlier, police had arrested four students": a time apart from the one told
_INTERVAL_OPENS = re.compile(
    r"(?i)\W*(?:a|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|\d+)\s+"
    r"(?:days?|weeks?|months?|years?)\s+(?:earlier|before|later|after that)\s*,"
    r"|\W*earlier (?:this|in the) (?:week|month|year)\s*,"
)
# "Separately, in July, police in Kobe arrested ...", "In addition, a customs officer was
# arrested": another happening
_NEXT_CASE = re.compile(
    r"(?i)\W*(?:separately|in addition|additionally|also|in (?:another|a second)"
    r"(?: (?:case|incident|instance))?)\s*,"
)
_ONE_MORE_KO = ("또 다른", "추가로", "밖에", "별개", "비슷한", "유사한")


# "3월에도 ... 목선 1척을 나포해 조사하기도 했다": a dated Korean clause told as what also
# happened, another time
_KO_ALSO_DONE = re.compile(r"[^.\n]{0,24}?기도 (?:했|하였|했었)")

# A dated sentence that opens on "earlier" tells an earlier happening, not the one just told
_EARLIER_OPENS = re.compile(r"\s*(?:이에 앞서|앞서|(?i:earlier|previously),)\s")


def mark_one_more(text: str, language: str, mentions: list[Mention]) -> None:
    """A strong mention whose subject is "another" or "a second" one tells one more
    happening, which does not join the one told before it; so does one with a date of its
    own told as what also happened ("-기도 했다") or in a sentence opening on "earlier"
    ("앞서 ...", "Earlier, ...")."""
    for m in mentions:
        if m.date is not None and (
            (language == "ko" and _KO_ALSO_DONE.match(text, m.trigger[1]))
            or _EARLIER_OPENS.match(text, m.sentence.start, m.trigger[0])
        ):
            m.another = m.one_more = True  # "앞서 ... 2019년 3월 체포돼", "Earlier, in May, ..."
            continue
        if m.strength != "strong":
            continue
        opens = m.sentence.start
        if language == "en" and (
            _NEXT_CASE.match(text, opens) or _INTERVAL_OPENS.match(text, opens)
        ):
            m.another = m.one_more = True
            continue
        opening = text[m.sentence.start : m.trigger[0]].lower()
        if any(w in opening for w in _OTHER_CASE_WORDS) and _OTHER_CASE[language].search(
            text, m.sentence.start, m.trigger[0]
        ):
            m.another = m.one_more = True  # "In a separate incident, a sailor who ... was"
            continue
        start = max(m.sentence.start, m.trigger[0] - 80)
        piece = text[start : m.trigger[0]].lower()
        if "also" in piece and _ALSO_SUBJECT.match(text, m.sentence.start, m.trigger[0]):
            m.another = m.one_more = True  # "His interpreter was also sent": one more person
            continue
        if not any(w in piece for w in _ONE_MORE_WORDS + _ONE_MORE_KO):
            continue
        if _ONE_MORE[language].search(text, start, m.trigger[0]):
            m.another = True
        subject = _ONE_MORE_SUBJECT[language].match(text, m.sentence.start, m.trigger[0])
        if (subject and not _SPEAKER.match(subject.group(1))) or _OTHER_CASE[language].search(
            text, m.sentence.start, m.trigger[0]
        ):
            m.another = m.one_more = True  # "Another man was shot", "in a separate case"


# "Her sister was caught in the same town in 2016": a kin of the person told is other people
_KIN_SUBJECT = re.compile(
    r"(?i)\W*(?:[^,]{0,30},\s*)?(?:his|her|their)\s+(?:[\w-]+\s+)?(?:sisters?|brothers?|wife|"
    r"wives|husbands?|sons?|daughters?|mother|father|parents|uncles?|aunts?|cousins?|nephews?|"
    r"nieces?|friends?|neighbou?rs?|colleagues?|partners?|accomplices?)\b[^,;]{0,40}$"
)


# How long before the report a happening lies when it is a case recalled, not the news.
RECALLED_MONTHS = 12


def _months_before(value: str, published: str) -> int:
    """How many months the latest month a date may mean lies before the report's month."""
    try:
        year, pub_year = int(value[:4]), int(published[:4])
        month = int(value[5:7]) if len(value) >= 7 else 12
        pub_month = int(published[5:7]) if len(published) >= 7 else 1
    except ValueError:
        return 0
    return (pub_year - year) * 12 + pub_month - month


def mark_recalled(text: str, language: str, published: str | None, mentions: list[Mention]) -> None:
    """An English happening dated to a year before the report's is a recalled case: with
    another count it is other people ("a man was executed in Hyesan ... In 2017, two women
    were executed at the same airfield"), not the one told. One told of a kin of the person
    ("Her sister was caught ... in 2016") with a date of its own is one more happening."""
    if language != "en":
        return
    for m in mentions:
        if m.strength != "strong" or m.date is None:
            continue
        timeline = text.startswith(":", m.date.end)  # "2011: ...": an entry, told apart
        if (
            published
            and not timeline
            and _months_before(m.date.value, published) >= RECALLED_MONTHS
        ):
            m.another = True
        if _KIN_SUBJECT.match(text, m.sentence.start, m.trigger[0]):
            m.another = m.one_more = True


# "Those executed included ...", "among them a soldier": some of the people told, named
_MEMBERS = re.compile(r"(?i)\b(?:includ(?:ed|ing|es)|among (?:them|those|the))\b")


# "the two ringleaders", "its three crew", "both": people told of before
_DEFINITE_BEFORE = re.compile(r"(?i)\b(?:the|these|those|its|their|his|her)\s+$")


def mark_members(text: str, mentions: list[Mention]) -> None:
    """A mention whose sentence names some of the people told, one by one, or whose count is
    definite ("the two ringleaders"), counts no other people of its own."""
    for m in mentions:
        if m.people is None:
            continue
        if _MEMBERS.search(text, m.sentence.start, m.sentence.end) or _DEFINITE_BEFORE.search(
            text, max(m.sentence.start, m.people.start - 8), m.people.start
        ):
            m.members = True


def merge_headlines(groups: list[Group], headline: set[int]) -> list[Group]:
    """A group told only in the headline joins the first group of its type in the body."""
    if not headline:
        return groups
    kept: list[Group] = []
    for g in groups:
        if not all(m.sentence.start in headline for m in g.mentions):
            kept.append(g)
    for g in groups:
        if g in kept:
            continue
        body = next((b for b in kept if b.type == g.type), None)
        if body is None:
            kept.append(g)
            continue
        for m in g.mentions:
            body.mentions.append(_as_headline(m, body))
        body.mentions.sort(key=lambda x: x.sentence.start)
    order = {id(g): i for i, g in enumerate(groups)}
    return sorted(kept, key=lambda g: order[id(g)])


def _as_headline(m: Mention, body: Group) -> Mention:
    """The headline's copy keeps only the values the body does not give."""
    m.strength = "weak"  # the body's own sentences decide
    if any(o.date for o in body.mentions):
        m.date = None
    if any(o.location for o in body.mentions):
        m.location = None
        m.location_explicit = False
    if any(o.people for o in body.mentions):
        m.people = None
    return m


def handovers_apart(groups: list[Group], language: str, text: str = "") -> list[Group]:
    """A hand-over and the capture before it are two links of a chain, both arrests ("arrested
    on 12 May ... deported on 30 May"). A hand-over word with no date of its own ("has been
    deported for filming") joins the group of the dated hand-over, not the dated capture's;
    a group left with none of its own words goes with them. With no dated hand-over in the
    report, one across a border told as done leaves the dated capture's group for its own."""
    if language not in LANGUAGES:
        return groups
    pattern, caught = cues().handover[language], cues().capture[language]

    def handover(m: Mention) -> bool:
        return bool(pattern.search(m.trigger_text))

    def capture(m: Mention) -> bool:
        return bool(caught.search(m.trigger_text)) and not handover(m)

    arrests = [g for g in groups if g.type == "arrest"]
    dated = [[m for m in g.mentions if m.date and m.strength == "strong"] for g in arrests]
    targets = [g for g, ds in zip(arrests, dated, strict=True) if ds and all(map(handover, ds))]
    if not targets:
        return _handovers_of_their_own(groups, arrests, dated, capture, text, language)
    if len(targets) != 1:
        return groups
    target = targets[0]
    for g, ds in zip(arrests, dated, strict=True):
        if g is target or not ds or not all(map(capture, ds)):
            continue  # only a capture's group gives up its undated hand-overs
        moved = [m for m in g.mentions if handover(m) and m.date is None]
        if not moved or len(moved) == len(g.mentions):
            continue
        g.mentions = [m for m in g.mentions if m not in moved]
        target.mentions = sorted([*target.mentions, *moved], key=lambda x: x.sentence.start)
    return groups


# Words of a hand-over across a border whatever follows them (not "handed over to his
# family", "sent back to his unit", "농촌으로 추방": a release or an exile at home).
_ACROSS = re.compile(r"(?i)deport|repatriat|extradit|북송|송환")


def _handovers_of_their_own(
    groups: list[Group],
    arrests: list[Group],
    dated: list[list[Mention]],
    capture: Callable[[Mention], bool],
    text: str,
    language: str,
) -> list[Group]:
    """With no dated hand-over in the report, a hand-over told as done with no date of its own
    ("Five men have been extradited to the US ... The men were arrested in September") is
    the chain's later link, apart from the dated capture's group: its own group, after it."""
    out = list(groups)
    for g, ds in zip(arrests, dated, strict=True):
        if not ds or not all(map(capture, ds)):
            continue
        moved = [
            m
            for m in g.mentions
            if m.strength == "strong"
            and m.date is None
            and _ACROSS.search(m.trigger_text)
            and not _not_done(text, m, language)
        ]
        if not moved:
            continue
        g.mentions = [m for m in g.mentions if m not in moved]
        out.insert(out.index(g) + 1, Group("arrest", moved))
    return out


_NEGATED = re.compile(r"(?i)\b(?:not|never|no longer)\s+(?:\w+\s+)?(?:be\s+|been\s+)?$")


def _not_done(text: str, m: Mention, language: str) -> bool:
    """Whether a hand-over is told as feared, to come or not done ("so that they would not be
    deported", "facing repatriation", "북송될 위기")."""
    before = text[max(m.sentence.start, m.trigger[0] - 30) : m.trigger[0]]
    not_done = cues().not_done[language]
    return bool(
        not_done.search(before) or not_done.match(text, m.trigger[1]) or _NEGATED.search(before)
    )
