"""Episodes: the date and place a narrated happening's first sentence sets, carried to the
sentences that go on telling it.

"On March 3, police raided a market in Hyesan. They arrested five women ...": the arrest is
the raid's, so it happened that day and there. A report tells one episode over several
sentences and names its time and place once, in the sentence that opens it; the sentences
after it speak of "they", "the women", "이들은", or open on "During the raid", "이 과정에서".
The episode ends where another opens: a new date or place, "Separately", "In another case",
"한편", a new paragraph, an older case recalled. A careful coder carries the date and place
only so far, and only to a sentence told as continuing: an undated sentence with a subject of
its own ("Two soldiers were arrested in Hoeryong") is no part of it.

Runs once events are built and dated by their own clauses (after `dating.chain_months` and
`dating.campaign_months`), so only an event its own sentences leave undated or unplaced takes
the episode's.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from nkevents.detect.dates import DateMention
from nkevents.detect.places import location_of, told_as_whither
from nkevents.detect.sentences import Sentence
from nkevents.extract.argument_dates import reported_date
from nkevents.extract.context import DocContext
from nkevents.extract.dating import IMPLICIT_RULES, names_type
from nkevents.extract.place_scoring import WATER_KINDS
from nkevents.model import Event, Provenance

# A sentence told as going on with the episode before it: a pronoun or definite subject for
# the people or the agents just named, or a phrase for the happening itself.
_EN_HAPPENING = (
    r"(?:raid|search|searches|operation|crackdown|inspection|sweep|incident|case|trial|"
    r"crossing|chase|fire|clash)"
)
_CONTINUES = {
    "en": re.compile(
        # a source's words may open the sentence: "According to the source, they ..."
        r"(?i)\W*(?:(?:according to (?:the |a )?(?:[\w-]+\s+){0,3}?sources?,\s*|"
        r"(?:the|a|one) (?:[\w-]+\s+){0,2}?source (?:said|says|added|told [\w ]{1,30}?) "
        r"(?:that )?))?"
        r"(?:(?:then|later|there|afterwards|subsequently|eventually|at the scene|"
        r"in the process|during (?:the|that) " + _EN_HAPPENING + r"|in (?:the|that) "
        r"(?:raid|search|operation|crackdown|sweep)),?\s+)?"
        r"(?:they|he|she|both|all of them|the (?:[\w-]+\s+){0,2}?(?:two|three|four|five|six|"
        r"seven|eight|nine|ten|\d+|group|men|women|man|woman|pair|couple|family|families|"
        r"defectors|smugglers|traders|suspects?|crew|sailors|fishermen|brothers|sisters|"
        r"siblings|soldiers|students|residents|officers|agents|police|guards|raiders|owners?|"
        r"drivers?|defendants?|accused|culprits?|ringleaders?|captain|buyers?|sellers?|"
        r"dealers?|brokers?|workers|managers?|households?|husband|wife|son|daughter|mother|"
        r"father)\b|(?:police|officers|agents|guards|investigators|inspectors|authorities)\s+"
        r"(?:then|also|later)\b|(?:at the scene|in the process|during (?:the|that) [\w-]+|"
        r"in (?:the|that) (?:raid|search|operation|crackdown|sweep)|"
        r"(?:as part of|in the course of|in connection with|following|after) (?:the|that|this) "
        + _EN_HAPPENING
        + r"),)"
    ),
    "ko": re.compile(
        # a source's words may open the sentence: 소식통은 "이들은 ...
        r"\W*(?:(?:[가-힣]+\s){0,2}?(?:소식통|관계자)(?:은|는|이|가|에 따르면)\s*[“\"]?)?"
        r"(?:(?:이후|이어|결국|그 뒤|그 후|이어서)\s+)?(?:이 과정에서|그 과정에서|"
        r"(?:단속|수색|검열|재판|조사) 과정에서|이 (?:단속|검열|수색|사건|일)(?:으로|에서|에|"
        r"로|과 관련해|과 관련하여|에 연루된)\s|이와 관련해|"
        r"이 자리에서|현장에서|당시|이때|이들은|이들이|"
        r"그들은|그들이|그는|그녀는|(?:[가-힣]+\s){0,3}?(?:체포된|붙잡힌|적발된|단속된|걸린|"
        r"끌려간|잡힌|회부된)\s(?:[가-힣]+\s)?[\w가-힣]*(?:은|는|들은|들이))"
    ),
}

# A sentence that opens another episode: told apart ("Separately", "In another case",
# "한편"), told of before ("Earlier", "앞서") or elsewhere ("Elsewhere", "이밖에").
_BREAKS = {
    "en": re.compile(
        r"(?i)\W*(?:separately|meanwhile|elsewhere|earlier|previously|also|in addition|"
        r"additionally|in (?:a|another|one) (?:separate|similar|different|other|second|earlier)?"
        r"\s*(?:case|incident|instance)|in another\b|another\b|a (?:second|third)\b|"
        r"last year|the previous)"
    ),
    "ko": re.compile(
        r"\W*(?:한편|또 다른|또한|이밖에|이 밖에|앞서|별도로|지난해|작년|이와 별도로)"
    ),
}

# A date that starts a period or names what came before is no episode's day: "since
# March", "3월부터", "지난해 이후"
_SINCE_BEFORE = re.compile(r"(?i)\b(?:since|from|until|before|after|by)\s+(?:the\s+)?$")
_SINCE_AFTER = re.compile(r"\s*(?:부터|이후|이래|까지|전부터|말부터|초부터|경부터|이전)")

# A sentence told as before the episode's time: "They had crossed", "복역 중이었다", "했었다"
_BEFORE = re.compile(r"(?i)\bhad\b|\'d been\b|중이었|었었|였었|았었")

# A sentence told as coming after the episode's opening: "Police then ...", "Later, they",
# "After the raid,", "이후 이들은", "결국"
_LATER = re.compile(
    r"(?i)\W*(?:(?:[가-힣]+\s){0,2}?(?:소식통|관계자)(?:은|는|이|가)\s*[“\"]?)?"
    r"(?:(?:later|afterwards|subsequently|eventually|after|following)\b|이후|그 뒤|그 후|결국|"
    r"[^.,;]{0,40}?\b(?:then|later)\b)"
)

_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")

_REACH = 2  # sentences back to the one that opens the episode


def carry_episodes(ctx: DocContext, events: list[Event], apart: frozenset[int]) -> None:
    """An event whose sentences give no date (or no place), told first in a sentence that
    goes on with the episode just before it, takes the date (the place) that episode's
    opening sentence names (`apart`: the ids of events told as one more happening)."""
    continues = _CONTINUES.get(ctx.language)
    breaks = _BREAKS.get(ctx.language)
    if continues is None or breaks is None or not ctx.sentences:
        return
    starts = [s.start for s in ctx.sentences]
    for e in events:
        if id(e) in apart or not e.evidence or (e.date is not None and e.location is not None):
            continue
        first = min(a for a, _ in e.evidence)
        i = _index(starts, first)
        own = ctx.sentences[i]
        if not continues.match(ctx.text, own.start) or breaks.match(ctx.text, own.start):
            continue
        if _BEFORE.search(ctx.text, own.start, own.end):
            continue  # "They had crossed to China twice": told as before the episode
        if not names_type(ctx.text, ctx.language, (own.start, own.end), e.type):
            continue  # "붙잡힌 사람들은 ... 혐의를 받고 있다": told of them, not this event
        episode = _episode(ctx, i, breaks)
        # a sentence that names a date or place of its own (another clause's, "4월 ...
        # 넘겨져, 9월 도 재판소에서 ...") tells its own time and place: none is carried
        span = (own.start, own.end)
        if e.date is None and not _episode_dates(ctx, own):
            # "Police then raided ...", "이후 이들은 ...": after, on a day the report
            # does not give: the episode's month
            later = _LATER.match(ctx.text, own.start, own.end) is not None
            _carry_date(ctx, e, episode, later)
        if e.location is None and not any(ctx.usable(p) for p in ctx.places_in(span)):
            _carry_place(ctx, e, episode)


def _index(starts: list[int], at: int) -> int:
    """The index of the sentence that holds an offset."""
    return max(0, bisect_right(starts, at) - 1)


def _episode(ctx: DocContext, i: int, breaks: re.Pattern[str]) -> list[Sentence]:
    """The sentences before sentence `i` that tell its episode, nearest first: back to the
    one that opens it (a break), within its paragraph."""
    out: list[Sentence] = []
    after = ctx.sentences[i]
    for j in range(i - 1, max(-1, i - 1 - _REACH), -1):
        s = ctx.sentences[j]
        if _BLANK_LINE.search(ctx.text, s.end, after.start):
            break  # a new paragraph (a line break alone sets off a sentence, not a story)
        out.append(s)
        after = s
        if breaks.match(ctx.text, s.start):
            break  # the episode opens here
    return out


def _episode_dates(ctx: DocContext, s: Sentence) -> list[DateMention]:
    return [
        d
        for d in ctx.dates_in((s.start, s.end))
        if d.rule not in IMPLICIT_RULES
        and not reported_date(ctx, d)
        and not _SINCE_BEFORE.search(ctx.text, max(0, d.start - 12), d.start)
        and not _SINCE_AFTER.match(ctx.text, d.end)
    ]


def _carry_date(ctx: DocContext, e: Event, episode: list[Sentence], later: bool) -> None:
    for s in episode:
        if ctx.dates_in((s.start, s.end)):
            found = _episode_dates(ctx, s)
            if found and len({d.value for d in found}) == 1:
                d = found[0]
                e.date = d.value[:7] if later else d.value
                rule = f"date.{d.rule}.episode" + ("_month" if later else "")
                e.provenance["date"] = Provenance((d.start, d.end), rule)
            return  # the nearest sentence with a date opens the episode, or another one


# Places that set where one happening took place: a town, a county or a site (a province, a
# river, a sea or a country says too little; as `headline_place.HEADLINE_PRECISIONS`)
_WHERE = frozenset({"town", "county", "site"})


def _carry_place(ctx: DocContext, e: Event, episode: list[Sentence]) -> None:
    for s in episode:
        found = [p for p in ctx.places_in((s.start, s.end)) if ctx.usable(p)]
        if not found:
            continue
        where = [
            p
            for p in found
            if p.candidates[0].precision in _WHERE
            and p.candidates[0].kind not in WATER_KINDS
            and not p.seat
            and not told_as_whither(ctx.text, p)  # "the goods went on to Sinuiju"
        ]
        if len({p.candidates[0].id for p in where}) != 1:
            return  # several places, or only a province or a river: no one place of it
        p = where[0]
        e.location = location_of(ctx.text, ctx.places, p)
        e.provenance["location"] = Provenance((p.start, p.end), "places.episode")
        return


def campaign_periods(ctx: DocContext, events: list[Event]) -> None:
    """A campaign its report tells over a month ("since early March", "throughout March",
    "지난달 초부터 ... 진행되고 있다") is of that month, not of the one day a sentence of it
    names for an act done in it ("On March 14, inspectors searched ...", "지난달 14일에는
    ... 수색했다"): a day only dates a campaign its sentences tell at no coarser time."""
    for e in events:
        if e.type != "crackdown" or e.date is None or len(e.date) != 10:
            continue
        month = e.date[:7]
        told = {
            d.value
            for span in e.evidence
            for d in ctx.dates_in(span)
            if d.rule not in IMPLICIT_RULES and "range" not in d.rule  # "17~19일": days
        }
        where = e.provenance.get("date")
        if month in told or _ongoing_lead(ctx, e, where):
            e.date = month
            if where is not None:
                e.provenance["date"] = Provenance(where.span, f"{where.rule}.campaign_period")


# A campaign told as going on, or as stepped up: "have been cracking down", "has
# intensified", "단속을 벌이고 있다", "조치가 잇따라 취해지고 있다"
_GOING_ON = {
    "en": re.compile(
        r"(?i)\b(?:ha(?:ve|s) been \w+ing|(?:is|are) (?:now )?\w+ing|ha(?:ve|s) (?:\w+ )?"
        r"(?:stepped up|intensified|tightened|strengthened|ramped up|escalated)|"
        r"(?:stepped up|intensified|tightened|strengthened|ramped up|escalated))\b"
    ),
    "ko": re.compile(r"고 있(?:다|습니다|는|으며|어)|잇따라|강화(?:됐|되었|했|하였|하고|되고)"),
}


def _ongoing_lead(ctx: DocContext, e: Event, where: Provenance | None) -> bool:
    """Whether a campaign's first sentence tells it as going on, with no date of its own,
    and its day comes from a later sentence (an act done in it)."""
    going_on = _GOING_ON.get(ctx.language)
    if going_on is None or where is None or not e.evidence:
        return False
    lead = min(e.evidence)
    own = [
        d for d in ctx.dates_in(lead) if d.rule not in IMPLICIT_RULES and not reported_date(ctx, d)
    ]
    if lead[0] <= where.span[0] < lead[1] or own:
        return False
    return bool(going_on.search(ctx.text, lead[0], lead[1]))
