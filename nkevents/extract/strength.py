"""Which mention starts a happening and which only says more of another: a type named
beside a judgement, as a charge, as the target of a campaign, or as plural talk of a kind."""

from __future__ import annotations

import re

from nkevents.detect.dates import DateMention
from nkevents.extract.argument_dates import reported_date
from nkevents.extract.arguments import place_mention
from nkevents.extract.context import DocContext
from nkevents.extract.dating import IMPLICIT_RULES
from nkevents.extract.mention import JUDGEMENT, Mention, closer_to_any, has_any, sentence_span
from nkevents.extract.trades import trade_told
from nkevents.model import Span
from nkevents.prefilter import prefiltered
from nkevents.romanize import is_hangul

# Types a trial or an execution in the same sentence speaks for: "arrested for
# smuggling, they were sentenced..." names the charges of the trial, not an arrest.
SUBORDINATE_TO_JUDGEMENT = {"arrest", "smuggling", "escape", "detention", "crackdown", "seizure"}

TARGETS_OF_CRACKDOWN = {"smuggling", "escape"}

# Types that, named after the judgement, are a happening of their own ("executed; his family
# was sent to a camp") unless the sentence names a penalty (the camp is then the sentence's).
AFTER_JUDGEMENT = {"detention"}

# Types whose own count marks other people than the judged ("150 arrested, 10 of them shot").
OWN_COUNT_TYPES = {"arrest", "detention", "escape"}

# Types of acts done to people: their objects may be named by what they did.
ACTS_ON_PEOPLE = {"arrest", "trial", "execution", "detention"}

# A sentence saying what someone was accused of: what it names is a charge.
_CHARGED_WITH = re.compile(
    r"\b(?:accused|charged|convicted|found guilty|suspected) (?:\w+ ){0,2}(?:of|with)\b"
    r"|on charges of|혐의로|혐의를",
    re.IGNORECASE,
)

# People named by what they did ("smugglers", "traffickers"): objects, not happenings.
_AGENT_NOUN = re.compile(r"(?:smugglers?|traffickers?|defectors?|brokers?|escapees?)", re.I)


def judge_strength(ctx: DocContext, m: Mention, others: list[Mention]) -> None:
    """Whether a mention names its own happening or the charge or target of another.

    "Arrested for smuggling, they were sentenced": the arrest and the smuggling are the
    trial's. "Action against border smuggling": the smuggling is the crackdown's target.
    A mention with its own count ("150 arrested, 10 of them executed") stands on its own.
    """
    judgements = [o for o in others if o.type in JUDGEMENT]
    crackdown = next((o for o in others if o.type == "crackdown" and o.strength == "strong"), None)
    ordered = m.type == "crackdown" and (
        _ORDERED.search(ctx.text, m.sentence.start, m.trigger[0])
        or m.trigger_text.lower().startswith("launch")  # "launched the spring purity measures"
    )
    if judgements and m.type in SUBORDINATE_TO_JUDGEMENT and not ordered:
        judge = judgements[0]
        if m.type == "smuggling" and _ko_described_judgement(ctx, m, judgements):
            return  # "처형된 최씨는 ... 마약장사에 뛰어들었다": the sentence tells the trade
        if m.type == "smuggling" and trade_told(ctx, m):
            _drop_masters_date(m, [j.trigger for j in judgements])
            if m.date is not None and any(
                j.date is not None and j.date.value == m.date.value for j in judgements
            ):
                m.date = None  # "지난 3월 금을 밀수하다 적발돼 처형됐다": the judgement's day
            return  # "executed for smuggling copper to China": the trade is told, an event
        if _ko_arrest_of_its_own(ctx, m, judge):
            if judge.date is not None and judge.date.start > m.trigger[1]:
                # "4월 회령시 보안서에 넘겨져 ..., 9월 도 재판소에서": the place before the
                # judgement's own date is the arrest's
                place_mention(ctx, judge, skip=((m.sentence.start, judge.date.start),))
            if judge.date is not None and m.date is not None and judge.date == m.date:
                judge.date = None  # the arrest's day, not the judgement's
            return
        own_count = m.type in OWN_COUNT_TYPES and m.people is not None and m.people != judge.people
        own_count = own_count or (m.type in OWN_COUNT_TYPES and _other_subject(ctx, judge, m))
        own_count = own_count or _kin_sent(ctx, m)
        after = m.trigger[0] > judge.trigger[0]
        sentenced = judge.type == "trial" and bool(ctx.penalties_in(sentence_span(m)))
        penalty_camp = m.type == "detention" and sentenced and not _kin_sent(ctx, m)
        if penalty_camp or (not own_count and not (after and m.type in AFTER_JUDGEMENT)):
            subordinate(m, [j.trigger for j in judgements])
            return
        _drop_masters_date(m, [j.trigger for j in judgements])
    if (
        crackdown
        and m.type in TARGETS_OF_CRACKDOWN
        and m.trigger[0] > crackdown.trigger[0]
        and not (m.korean_past or _KO_PAST_IN.search(m.trigger_text))  # "틈을 타 달아났다"
    ):
        subordinate(m, [crackdown.trigger])
        m.date = None  # "action against border smuggling since May": the campaign's date
    elif crackdown and m.type == "smuggling" and _ko_target_before(ctx.text, m, crackdown):
        subordinate(m, [crackdown.trigger])  # "밀무역에 대해 당국이 단속을": its target
        m.date = None


# Between a Korean trade noun and the campaign word after it: "밀수 단속", "밀수단속국",
# "밀수 행위를 집중 단속", "밀무역에 대해서도 중국 당국이 강력한 단속을" (the noun is the target).
_KO_TARGET_GAP = re.compile(
    r"|(?:\s|\s?(?:행위|조직|사범)?(?:를|을|도)\s|\s?(?:행위|조직)?에\s?대(?:해|한)(?:서도|서|서는)?\s)"
    r"(?:(?:집중|강력한|대대적인|일제|특별한?)\s?|(?![^\s,.]*(?:던|한|하는|하다|했고)\s)[^\s,.]+\s){0,4}?"
)


def _ko_target_before(text: str, m: Mention, crackdown: Mention) -> bool:
    """A Korean trade noun told right before the campaign word is what it is against."""
    if not is_hangul(m.trigger_text[:1]) or crackdown.trigger[0] < m.trigger[1]:
        return False
    gap = text[m.trigger[1] : crackdown.trigger[0]]
    return len(gap) <= 40 and _KO_TARGET_GAP.fullmatch(gap) is not None


# A Korean event word that modifies a noun ("처형된 주민", "선고받은 최씨"): a description
_KO_MODIFIES = re.compile(
    r"(?:된|한|당한|받은|됐던|했던|되었던)\s(?!것|뒤|후|이후|다음|가운데|지|바)[가-힣]"
)


def _ko_described_judgement(ctx: DocContext, m: Mention, judgements: list[Mention]) -> bool:
    """A Korean trade told after a judgement word that only describes its people ("이날
    처형된 최씨는 ... 마약장사에 뛰어든 것으로"): the trade is the sentence's own act."""
    if ctx.language != "ko":
        return False
    return all(
        j.trigger[1] < m.trigger[0] and _KO_MODIFIES.match(ctx.text, j.trigger[1])
        for j in judgements
    )


def _ko_arrest_of_its_own(ctx: DocContext, m: Mention, judge: Mention) -> bool:
    """ "지난해 2월 5일 ... 억류된 뒤 4월 ... 선고받았다", "10월 4일 ... 체포된 김씨에 대한 재판이
    5월 2일": a Korean arrest told before the judgement with a day of its own, not the
    judgement's, is a happening of its own (the first link of the chain)."""
    if ctx.language != "ko" or m.type != "arrest" or m.trigger[0] > judge.trigger[0]:
        return False
    own = m.date
    if own is None or own.start > m.trigger[0]:
        return False
    if any(d.start < m.trigger[0] for d in ctx.dates_in((own.end, m.trigger[0]))):
        return False  # a later date stands nearer the word
    theirs = judge.date is not None and judge.date.value != own.value
    return theirs or bool(_KO_THEN.match(ctx.text, m.trigger[1]))


# "억류된 뒤", "체포된 후": the arrest came first, the next verb tells what followed
_KO_THEN = re.compile(r"[가-힣]{0,3}\s?(?:뒤|후)\s")


# "after Kim ordered a crackdown on the city": a campaign someone set going is a happening
# of its own, not the background of a judgement.
_ORDERED = re.compile(
    r"(?i)\b(?:ordered|launched|began|started|announced|stepped up|carried out|conducted)"
    r"(?:\s+(?:a|an|the|its|his|new|major|sweeping|special|intensive))*\s*$"
)


# A Korean trigger that holds its own past tense ("달아났", "도주했"): one happening.
_KO_PAST_IN = re.compile(r"[았었났했됐]")


# Plural nouns ("executions", "trials") often speak of a kind of happening, not of one.
_PLURAL_NOUN = prefiltered(
    r"(?:trials|executions|arrests|crackdowns|sanctions|defections|seizures|"
    r"inspections|sentences|detentions|escapes|purges)$",
    re.IGNORECASE,
)


# A campaign's plural noun as what an authority did: "conduct crackdowns", "carried out
# surprise inspections", "launched purges"
# A verb of taking a measure before the plural noun of the trigger ("imposed sanctions",
# "imposes new sanctions"): one measure told, not a kind.
_MEASURE_TAKEN = re.compile(
    r"(?i)(?:impos|levi|slapp?|announc|unveil|issu|expand|extend|broaden|widen|tighten|toughen|"
    r"target|hit(?:t)?)(?:ed|es|ing|s)?\b|sanctions (?:\d|two|three|four|five|six|seven|eight|"
    r"nine|ten|several|dozens)|(?:u\.?s\.?|treasury|ofac|washington|japan|tokyo|seoul|eu|uk|britain|"
    r"australia|canada) sanctions$"
)
# A campaign stepped up in the trigger itself ("intensifying its crackdowns", "stepped up
# inspections"): the authority's act, not talk of a kind.
_STEPPED_UP = re.compile(r"(?i)(?:step(?:ped|ping|s)? up|tighten|intensif|strengthen|reinforc)")
_CAMPAIGN_DONE = re.compile(
    r"(?i)\b(?:conduct(?:ed|s|ing)?|carr(?:y|ied|ies|ying) out|launch(?:ed|es|ing)?|"
    r"stag(?:e|ed|es|ing)|began|start(?:ed|s)?)"
    r"(?:\s+(?:a|an|the|its|their|new|fresh|major|sweeping|special|intensive|joint|nationwide|"
    r"several|more|further|frequent|surprise|unannounced|[\w]+-[\w]+))*\s*$"
)


# A count right after a plural trigger: the word is a verb in the present ("arrests 5")
_COUNT_AFTER = re.compile(
    r"(?i)\s+(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|several|"
    r"scores)\b"
)


def is_talk(m: Mention, text: str = "") -> bool:
    """A plural noun with no count and no place and date of its own is talk of a kind,
    unless it is what an authority did ("police conducted crackdowns in three towns")."""
    if not _PLURAL_NOUN.search(m.trigger_text) or _MEASURE_TAKEN.match(m.trigger_text):
        return False  # "imposed sanctions on three officials": a measure taken, not talk
    if text and _COUNT_AFTER.match(text, m.trigger[1]):
        return False  # "N. Korea arrests 5 over phone use": a headline's verb, its people
    if m.type == "crackdown" and _STEPPED_UP.match(m.trigger_text):
        return False  # "is intensifying its crackdowns on escapees": a campaign stepped up
    if (
        text
        and m.type == "crackdown"
        and _CAMPAIGN_DONE.search(text, max(m.sentence.start, m.trigger[0] - 60), m.trigger[0])
    ):
        return False
    if m.penalty is not None and m.penalty.min_months is not None or m.facility:
        return False
    return m.people is None and not (m.date and m.location_explicit)


# A Korean trade noun naming people by it: "밀수꾼", "밀수 브로커", "밀무역 종사자", "밀무역
# 관련 소식통" (the Korean fragment "밀수" matches inside these)
KO_AGENT = re.compile(
    r"\s?(?:꾼|업자|범|사범|브로커|종사자|상인|조직원|관련\s?(?:소식통|업자|인사|관계자))"
)

# "a circle of missionaries and smugglers": people listed by what they do, no happening
_LISTED = re.compile(r"(?i)(?:\b(?:and|or|of)|,)\s+$")


def agents_as_objects(ctx: DocContext, mentions: list[Mention]) -> None:
    """ "Police arrested five smugglers": the smugglers are who was arrested, not an event;
    "a circle of missionaries and smugglers" names people, not a happening. A Korean trade
    told as a verb with its goods ("수산물을 속여 들여온 업자") stays the trade of its people."""
    text = ctx.text
    acts = [m for m in mentions if m.strength == "strong" and m.type in ACTS_ON_PEOPLE]
    for m in mentions:
        if (
            m.strength == "strong"
            and m.type == "smuggling"
            and KO_AGENT.match(text, m.trigger[1])
            and not trade_told(ctx, m)
        ):
            m.strength = "weak"  # "밀수꾼들로부터 뇌물을", "밀수 브로커들과": people, not a trade
            continue
        if m.strength != "strong" or not _AGENT_NOUN.fullmatch(m.trigger_text):
            continue
        if _LISTED.search(text, max(m.sentence.start, m.trigger[0] - 6), m.trigger[0]):
            m.strength = "weak"
            continue
        before = [a.trigger for a in acts if a.trigger[0] < m.trigger[0]]
        if before:
            subordinate(m, before)


def ko_ban_of_a_sanction(mentions: list[Mention]) -> None:
    """ "안보리는 결의안에서 북한 노동자 고용을 금지했다": a ban told with a sanction is what
    the sanction bans, not a campaign of its own."""
    if not any(m.type == "sanction" and m.strength == "strong" for m in mentions):
        return
    for m in mentions:
        if m.type == "crackdown" and m.trigger_text.startswith("금지"):
            m.strength = "subordinate"


def dates_to_nearest(ctx: DocContext, mentions: list[Mention]) -> None:
    """ "Choe, arrested with a man, said she had crossed into China in 2007": a date goes to
    the event word nearest it, not to every event of the sentence."""
    text = ctx.text
    strong = [m for m in mentions if m.strength == "strong"]
    reasons = [m for m in strong if _reason_of_act(text, m, strong)]
    for m in strong:
        if m.date is None:
            continue
        lo, hi = sorted((m.trigger[0], m.date.start))
        between = [
            o
            for o in strong
            if o.type != m.type
            and lo < o.trigger[0] < hi
            # not a word held in its own ("broke up a smuggling ring")
            and not (m.trigger[0] <= o.trigger[0] and o.trigger[1] <= m.trigger[1])
            and _ends_clause(text, o)
            and not _AGENT_NOUN.fullmatch(o.trigger_text)
            and not in_the_act(text, m, o)
            and not _attributive(text, o)
            and o not in reasons
        ]
        if between:
            m.date = None  # another event's word stands between this one and the date
        elif _verb_after(text, m, strong):
            # Korean puts a date before its verb: "단속이 강화돼 23일 20명이 체포됐다"; the
            # word's own is the one before it ("16일 강을 건넌 ... 19일 체포됐다": the 16th)
            m.date = _date_before(ctx, m, strong)
    for r in reasons:  # the date the act took: "arrested ... on smuggling charges last week"
        if r.date is not None and any(a.date is r.date for a in strong if a is not r):
            r.date = None


# A participle that describes goods in another word's object: "seized smuggled gold", "a
# container of smuggled cigarettes" (the seizing is the clause's verb and keeps its date)
_ATTRIBUTIVE_BEFORE = re.compile(
    r"(?i)\b(?:a|an|the|of|some|seized|confiscated|found|discovered|impounded|intercepted|"
    r"[\d][\d,.]*|tons|tonnes|kilograms|kg)\s+$"
)
_ATTRIBUTIVE_AFTER = re.compile(
    r"\s+(?!(?:into|to|from|across|out|over|in|by|through|via|on|at|the|a|an|and|or|for|"
    r"with|since|during|after|before|back)\b)[a-z][\w-]*"
)


def _attributive(text: str, o: Mention) -> bool:
    """Whether an English event word is a participle told of goods ("smuggled gold")."""
    word = o.trigger_text.lower()
    if not word.endswith("ed") or " " in word:
        return False
    before = text[max(0, o.trigger[0] - 24) : o.trigger[0]]
    return bool(_ATTRIBUTIVE_BEFORE.search(before) and _ATTRIBUTIVE_AFTER.match(text, o.trigger[1]))


def _date_before(ctx: DocContext, m: Mention, strong: list[Mention]) -> DateMention | None:
    """The last date told before a Korean word in its clause, when no other event's verb
    stands between them (that verb would own it), and not a day of telling."""
    told = [
        d
        for d in ctx.dates_in(sentence_span(m))
        if d.end <= m.trigger[0] and d.rule not in IMPLICIT_RULES and not reported_date(ctx, d)
    ]
    if not told:
        return None
    d = told[-1]
    if _KO_CLAUSE_BREAK.search(ctx.text, d.end, m.trigger[0]):
        return None
    owners = [o for o in strong if o is not m and d.end <= o.trigger[0] < m.trigger[0]]
    return None if any(_ends_clause(ctx.text, o) for o in owners) else d


# Where a Korean clause ends before the next: "체포됐으며 ", "했다고 ", a full stop or a quote.
_KO_CLAUSE_BREAK = re.compile(r"[.;“”\"]|[았었였됐했났]\S{0,2}(?:으며|고|는데|지만)\s")


# A noun for the people who do something ("In March, two smugglers were arrested"): it names
# no act of its own and so owns no date.
_AGENT_NOUN = re.compile(
    r"(?i)[a-z]+(?:ers|ors|ees)|(?:smuggler|trafficker|defector|broker|escapee|dealer)"
)  # ("Police detained a smuggler on Oct. 15": the detention's day)


# "caught selling fuel to Chinese traders in July": the catching and the act it caught
_CAUGHT = re.compile(r"(?i)\bcaught$")


# The acts a catching may catch in: a trade, a crossing ("caught crossing the river")
_IN_THE_ACT_TYPES = frozenset({"smuggling", "escape"})
# "arrested while crossing", "detained as they tried to flee"
_WHILE = re.compile(r"(?i)\s+(?:while|when|as)\s+(?:(?:he|she|they)\s+(?:was|were)\s+)?")


def in_the_act(text: str, m: Mention, o: Mention) -> bool:
    """Whether an English arrest word is a catching in the act of the trade or crossing told
    right after it ("were caught selling fuel ... in July", "caught crossing the river on
    Saturday", "arrested while crossing"): the two share the time and place told."""
    if m.type != "arrest" or o.type not in _IN_THE_ACT_TYPES:
        return False
    if _WHILE.fullmatch(text, m.trigger[1], o.trigger[0]):
        return True
    if not _CAUGHT.search(m.trigger_text):
        return False
    if 0 <= o.trigger[0] - m.trigger[1] <= 1:
        return True
    # "caught a North Korean official trying to smuggle silver ... on June 2": its object between
    return _OBJECT_IN_THE_ACT.fullmatch(text, m.trigger[1], o.trigger[0]) is not None and (
        o.trigger_text.lower().startswith(("trying", "attempting", "smuggling", "crossing"))
    )


_OBJECT_IN_THE_ACT = re.compile(r"\s(?:[\w'-]+\s){1,6}")


def _verb_after(text: str, m: Mention, strong: list[Mention]) -> bool:
    """Whether, in Korean, another event's word follows this one's date (whose verb it is)
    in the date's clause: not one told after the clause is over ("공개처형은 지난 7일 ...
    집행됐으며, 가족들은 관리소로 끌려갔다": the date and its verb are the execution's)."""
    if m.date is None or not is_hangul(m.trigger_text) or m.trigger[1] > m.date.start:
        return False
    return any(
        o.type != m.type
        and o.trigger[0] >= m.date.end
        and not _KO_VERB_OVER.search(text, m.date.end, o.trigger[0])
        for o in strong
    )


# A told Korean verb that ends its clause before the next: "집행됐으며, ", "체포됐고 ".
_KO_VERB_OVER = re.compile(r"[았었였됐했났]\S{0,2}(?:으며|고|는데|지만|으나|며|면서)[,\s]")


_REASON = re.compile(r"(?i)\b(?:for|of|over)\s+(?:illegally\s+)?$")
# "arrested a trader on smuggling charges in Sinuiju last week": the trade as the reason
_REASON_EN = re.compile(r"(?i)\b(?:for|of|over|on)\s+(?:illegally\s+|allegedly\s+)?$")


def _reason_of_act(text: str, m: Mention, strong: list[Mention]) -> bool:
    """Whether an English trade word is the reason of an act on people told before it in
    its sentence ("arrested ... for smuggling", "on smuggling charges"): a date after it is
    the act's, not the trade's."""
    if m.type not in TRADE_TYPES or is_hangul(m.trigger_text[:1]):
        return False
    if not _REASON_EN.search(text, max(m.sentence.start, m.trigger[0] - 16), m.trigger[0]):
        return False
    return any(a.type in ACTS_ON_PEOPLE and a.trigger[1] <= m.trigger[0] for a in strong)


# Types whose count is of goods traders only when no act on people tells it better.
TRADE_TYPES = {"smuggling"}


# A Korean trade told in a clause on the people counted right after it ("밀수하다 적발된
# 남성 두 명", "중국에 넘기던 주민 2명이"): those counted are the traders too.
_KO_TRADERS_COUNTED = re.compile(
    r"[가-힣]{0,4}?(?:던|한|온|긴|간|다가?\s(?:[가-힣]+에\s)?[가-힣]{1,4}(?:된|힌|린|한|난|긴))"
    r"\s(?:[가-힣]+\s){0,2}?[가-힣]*\s?"
)


def counts_to_acts(text: str, mentions: list[Mention]) -> None:
    """ "Police detained 10 people and seized drugs smuggled in": the ten are who was
    detained, not a count of smugglers (the count goes to the act told nearest it), unless
    the trade is what they were held for ("arrested two men for smuggling beer")."""
    acts = [m for m in mentions if m.strength == "strong" and m.type in ACTS_ON_PEOPLE]
    for m in mentions:
        if m.type not in TRADE_TYPES or m.people is None:
            continue
        if _REASON.search(text, max(0, m.trigger[0] - 12), m.trigger[0]):
            continue
        at = m.people.start
        if _KO_TRADERS_COUNTED.fullmatch(text, m.trigger[1], at):
            continue  # "금을 밀수하다 적발된 남성 두 명", "넘기던 주민 2명": the traders counted
        if any(
            a.people is not None
            and a.people.start == at
            and abs(a.trigger[0] - at) < abs(m.trigger[0] - at)
            for a in acts
        ):
            m.people = None


# A Korean verb told as done before, describing the people of the next ("달아났던 광부들",
# "강을 건너 달아났던 주민"): its clause is over, and the date before it is its own
_KO_PLUPERFECT = re.compile(r"(?:\s?[가-힣]{0,3}?)?([가-힣])던\s")
_PAST_FINAL = 20  # ㅆ as a syllable's final: the past tense ("했", "났", "갔")


def _pluperfect(text: str, at: int) -> bool:
    """Whether a Korean word is followed, in a word or two, by a past verb before 던
    ("달아났던", "건너 달아났던"): a deed told as done before, describing what follows."""
    if text.startswith("던 ", at) and at > 0:  # the word ends in its past: "도주했|던"
        return is_hangul(text[at - 1]) and (ord(text[at - 1]) - 0xAC00) % 28 == _PAST_FINAL
    found = _KO_PLUPERFECT.match(text, at)
    return found is not None and (ord(found.group(1)) - 0xAC00) % 28 == _PAST_FINAL


def _ends_clause(text: str, m: Mention) -> bool:
    """Whether a mention's word can own a date: any English trigger; in Korean, where the
    date of a chain of clauses ("지난 5일 ... 적발돼 ... 넘겨졌다") belongs to all of them,
    only a verb that closes its sentence or quote ("달아났다"), not a noun or a link."""
    if not is_hangul(m.trigger_text):
        return True
    if _pluperfect(text, m.trigger[1]):
        return True  # "지난 4일 강을 건너 달아났던 광부들이 붙잡혔다": their deed that day
    found = _KO_FINITE.match(text, m.trigger[1])
    if found is None:
        return False
    # "국경을 넘다 체포됐다": a bare stem before 다 is "while" (-다가), which closes nothing;
    # a told verb has its tense there ("넘었다", "체포됐다", "단속한다")
    before = text[found.end() - len(found.group(1)) - 2] if found.end() >= 2 else ""
    return not is_hangul(before) or (ord(before) - 0xAC00) % 28 in _TENSE_FINALS


# A Korean verb ending that closes a sentence or a quoted one, a few syllables on.
_KO_FINITE = re.compile(r"[가-힣]{0,4}?다(고|\.|\s|$|\")")

# The final consonants of the syllable before 다 in a told verb: ㄴ ("한다"), ㅆ ("했다").
_TENSE_FINALS = frozenset({4, 20})


def tells_charges(ctx: DocContext, span: Span) -> bool:
    """Whether the sentence tells what someone was accused or convicted of."""
    if not has_any(ctx.lowered[span[0] : span[1]], _CHARGED_WORDS):
        return False
    return bool(_CHARGED_WITH.search(ctx.text, span[0], span[1]))


# "Five were shot dead ... and two were wounded and taken to the North": a clause of other
# people, counted, after the judgement's.
_OTHER_SUBJECT = re.compile(
    r"(?i)(?:,|;|\band|\bwhile|\bbut|\bwhereas)\s+(?:the other |another |the remaining )?"
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|others|the rest)\b"
    r"(?:\s+(?!were\b|was\b)\w+){0,2}\s+(?:were|was|had been)\b"
)


def _other_subject(ctx: DocContext, judge: Mention, m: Mention) -> bool:
    """An English arrest, escape or detention told after the judgement in a clause of its
    own with other people counted as its subject is a happening of its own."""
    if ctx.language != "en" or m.trigger[0] < judge.trigger[1]:
        return False
    return bool(_OTHER_SUBJECT.search(ctx.text, judge.trigger[1], m.trigger[0]))


# "sent their families to a prison camp", "his wife and children were banished to": kin of
# the judged, sent away in a happening of their own
_KIN_SENT = re.compile(
    r"(?i)\b(?:his|her|their)\s+(?:entire\s+|whole\s+|immediate\s+)?(?:famil(?:y|ies)|wife|"
    r"wives|husbands?|children|sons?|daughters?|parents|relatives)\b"
)
_KIN_REACH = 40


def _kin_sent(ctx: DocContext, m: Mention) -> bool:
    """Whether an English detention is told of the kin of the people judged beside it."""
    if ctx.language != "en" or m.type != "detention":
        return False
    lo = max(m.sentence.start, m.trigger[0] - _KIN_REACH)
    return _KIN_SENT.search(ctx.text, lo, min(m.sentence.end, m.trigger[1] + 20)) is not None


def subordinate(m: Mention, masters: list[Span]) -> None:
    m.strength = "subordinate"
    m.people = None  # the sentence's count is the master's
    m.location = None  # and so is its place
    _drop_masters_date(m, masters)


def _drop_masters_date(m: Mention, masters: list[Span]) -> None:
    if m.date and closer_to_any(m.date.start, masters, m.trigger):
        m.date = None  # a date that stands by another event's word is that event's


_CHARGED_WORDS = ("accused", "charged", "convicted", "guilty", "suspected", "charges of", "혐의")
