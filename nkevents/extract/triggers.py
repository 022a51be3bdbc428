"""Event words of a sentence: the trigger lexicons' matches, less page furniture and
look-alike uses."""

from __future__ import annotations

import re

from nkevents.extract.argument_dates import ko_generic
from nkevents.extract.context import CAPTION_MARKS, DocContext
from nkevents.extract.mention import Mention
from nkevents.extract.strength import KO_AGENT, subordinate
from nkevents.model import Span

# A photo caption's credit or mark: "/사진=데일리NK", "(사진=KBS 캡처)", "▲", "사진은 ...",
# "Photo: AP",
# "File Photo by ...", "in a file photo", "image.jpg".
_CAPTION = re.compile(
    r"/\s*사진\s*=|\(사진\s*=|^\s*-?\s*▲|^\s*사진\s*[은:]|사진\s*=\s*\S+(?:\s*DB)?\s*$"
    r"|\bPhoto(?: courtesy of)?\s*:\s*\S|\bPhoto by\b|\bfile photo\b|캡[처쳐]\)?\.?\s*$|\.jpe?g\b",
    re.IGNORECASE | re.MULTILINE,
)


def is_caption(text: str, lowered: str, span: Span) -> bool:
    """Whether a sentence stands on a line that is a photo caption."""
    start = text.rfind("\n", 0, span[0]) + 1
    end = text.find("\n", span[1] - 1)
    end = len(text) if end < 0 else end
    if end - start > 400:
        return False
    line = lowered[start:end]
    if not any(word in line for word in CAPTION_MARKS):
        return False
    return bool(_CAPTION.search(text[start:end]))


# A news agency's photo caption: a scene told in the present and closed by the day the
# picture was taken ("Workers inspect a container seized from the ship in Colon City July 17,
# 2013.", "Soldiers patrol the river bank near Sinuiju, March 3, 2015.")
_WIRE_CAPTION = re.compile(
    r"[\W\d]*[A-Z][^.!?\n]{0,200}?\b(?:work|stand|walk|look|pose|hold|attend|inspect|"
    r"watch|sit|wait|gather|march|carry|guard|patrol|unload|load|check|search|cross|ride|"
    r"display|are seen|is seen|are shown|is shown|are pictured|is pictured)s?\b"
    r"[^!?\n]{0,300}?\b(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.? \d{1,2}, (?:19|20)\d\d\W*"
)


def is_wire_caption(text: str, span: Span) -> bool:
    """Whether a sentence is an agency's photo caption: a present scene and its full date."""
    tail = text[max(span[0], span[1] - 8) : span[1]]
    if "19" not in tail and "20" not in tail:
        return False  # no year closes the sentence: most sentences stop here
    return _WIRE_CAPTION.fullmatch(text, span[0], span[1]) is not None


# "강제북송 우려", "처형될 수 있다", "처형되지 않았다", "처형될지도 모른다": told after the
# word in Korean
_KO_HYPOTHETICAL = re.compile(
    r"\S{0,3}\s?(?:우려|가능성|할 수|될 수|위기|위험)|(?:하|되|당하|시키)?지\s?않"
    r"|[가-힣]{0,2}?[될할갈릴]지(?:도)?\s?모[르른를]"  # "처형될지도 모른다"
    r"|(?:하|시키|당하)?겠다(?:고|는|며)"  # "엄벌하겠다고 경고했다": threatened, the warning told
)

# A Korean event word told as what follows a condition ("시청하면 엄벌에 처한다는 포치를
# 내렸다", "마약을 하면 총살한다고 경고했다"): the threat, not a happening; the order or
# warning that tells it may be a measure
_KO_IF_THEN = re.compile(r"(?:하|되|들|보|가|오|치|우|키|시|으|다|르|쓰)면\s$")
_KO_ORDER_TOLD = re.compile(r"는\s(?:포치|방침|지시|명령|지령)")

# A Korean clause about the past or about what is usual: "과거에도 ... 종종 있었지만",
# "코로나 때 국경단속이 강화돼", "... 검거된 일이 있었다"
_KO_BACKGROUND = re.compile(
    r"과거|예전|코로나\s?(?:때|전|이전|이후|기간)|그동안|종종|흔히|평소|(?<![가-힣])자주\s|"
    r"(?<![가-힣])늘\s|항상"  # 늘 "always", not the end of 오늘 "today"; 자주 "often", not 자주권
)

# "검거된 일이 있다", "체포돼 북송된 경험이 있다": what once happened to someone, life history
# A word of custody told of the people in a clause before the sentence's own word of the same
# type ("중국에 억류됐던 탈북민 200명이 ... 강제 송환됐다": those who had been held were sent back):
# the later word tells the happening, the earlier one only who they were.
_KO_HAD_BEEN = re.compile(r"(?:됐|되었|돼|했|하였|당했|당하였)?던\s")

# A judgement word describing the people a later judgement word of the sentence is done to
# ("밀수 혐의로 기소된 주민에게 교화형 15년을 선고했다"): the later word tells the happening
_KO_DESCRIBED_JUDGED = re.compile(r"(?:된|됐던|되었던)\s")

_KO_ONCE = re.compile(r"[^,.]{0,12}?(?:일이|일도|적이|적도|때가|경험이|경험도) 있")

_KO_CLAUSE_START = re.compile(r"[,.“”\"]|(?:고|며|면서|는데|지만|으나|했으나)\s")


def _ko_background(text: str, start: int, trigger: Span) -> bool:
    """A Korean trigger in a clause that recalls the past or tells what is usual."""
    if _KO_ONCE.match(text, trigger[1]):
        return True
    lo = max(start, trigger[0] - 40)
    clause = max((m.end() for m in _KO_CLAUSE_START.finditer(text, lo, trigger[0])), default=lo)
    return _KO_BACKGROUND.search(text, clause, trigger[0]) is not None


# A ship as the subject of a sentence ("A tanker suspected of ... has been detained")
_VESSEL_SUBJECT = re.compile(
    r"[“\"]?(?:(?:The|A|An|One|Another|Its|Two|Three|Four)\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:ship|vessel|tanker|freighter|cargo ship|boat)s?\b",
    re.IGNORECASE,
)


# After a Korean craft word: its subject or topic particle ("수송기가", "청천강호는"), or, bare,
# a headline's "수송기 태국에 억류" (the word, then at most a place in 에, then the event word)
_KO_CRAFT_SUBJECT = re.compile(r"(?:은|는|이|가)\s|\s+(?:\S+에(?:서)?\s+)?$")


def _ko_craft_held(ctx: DocContext, span: Span, where: Span) -> bool:
    """ "청천강호는 ... 파나마에 억류됐다", "수송기가 태국 당국에 억류됐다": the craft is what was
    held, when it stands as the clause's subject before the event word."""
    craft = ctx.lexicon.held_craft["ko"]
    clause = ctx.text[span[0] : where[0]]
    return any(_KO_CRAFT_SUBJECT.match(clause, m.end()) for m in craft.finditer(clause))


# The head of a reason clause: "sanctioned for facilitating shipments", "banned because ..."
_REASON_CLAUSE = re.compile(
    r"(?i)\b(?:for|because|over|on (?:suspicion|charges) of|accused of|after|as)\b"
)

MEASURES = {"sanction"}  # measures whose reason may name an offence, not a happening

# "Three men in police uniforms seized a truck": robbers seize, authorities confiscate
_NOT_AUTHORITY = re.compile(
    r"[“\"]?(?:(?:The|A|An|Two|Three|Four|Five|Several|Armed|Masked)\s+)*(?:[\w-]+\s+){0,2}?"
    r"(?:robbers|thieves|bandits|pirates|gunmen|men|gang|criminals|kidnappers|hijackers|"
    r"muggers)\b(?:\s+(?:in|with|wearing|dressed)\b[^,;]{0,40})?\s+(?:had\s+)?$",
    re.IGNORECASE,
)


def reasons_of_measures(text: str, mentions: list[Mention]) -> None:
    """ "The Treasury sanctioned two firms for facilitating coal shipments": the trade is the
    reason of the measure (the head predicate decides the type), not an event of its own."""
    heads = [m for m in mentions if m.strength == "strong" and m.type in MEASURES]
    for m in mentions:
        if m.strength != "strong" or m.type != "smuggling":
            continue
        for head in heads:
            between = (head.trigger[1], m.trigger[0])
            if 0 <= between[1] - between[0] <= 150 and _REASON_CLAUSE.search(text, *between):
                subordinate(m, [head.trigger])
                break


# A crossing made to trade: "smugglers who crossed the river", "crossed the Yalu to sell
# copper", "밀무역을 하려고 두만강을 건너던": the movement of a smuggling, not an escape.
_TRADER_WHO = re.compile(r"(?i)^\w*\s+(?:who|that)\s+(?:had\s+|have\s+)?$")
_TO_TRADE = re.compile(r"(?i)^[^,.;:]{0,40}\bto\s+$")
_KO_FOR_TRADE = re.compile(r"^[^,.“”\"]{0,20}$")
_KO_PURPOSE = re.compile(r"려고|하러|위해|상인|업자|꾼")


def crossings_for_trade(text: str, language: str, mentions: list[Mention]) -> None:
    """An escape word whose crossing is made for a smuggling told beside it is that
    smuggling's movement: the escape only adds to it."""
    trades = [m.trigger for m in mentions if m.type == "smuggling" and m.strength == "strong"]
    for m in mentions:
        if m.type != "escape" or m.strength != "strong":
            continue
        for trade in trades:
            if _for_trade(text, language, trade, m.trigger):
                subordinate(m, [trade])
                break


def _for_trade(text: str, language: str, trade: Span, crossing: Span) -> bool:
    if language == "ko":
        between = text[trade[1] : crossing[0]]
        return trade[1] <= crossing[0] and bool(
            _KO_FOR_TRADE.match(between) and _KO_PURPOSE.search(between)
        )
    if trade[1] <= crossing[0]:
        return bool(_TRADER_WHO.match(text, trade[1], crossing[0]))
    return crossing[1] <= trade[0] and bool(_TO_TRADE.match(text, crossing[1], trade[0]))


# A Korean resolution spoken of as the one told: "이번 결의안은", "결의에서 ... 규탄했다",
# "결의안의 요지": its content, not another adoption, and a date in the sentence is of
# what the content speaks of ("지난달의 핵실험").
_KO_THIS_MEASURE = re.compile(r"이번\s?(?:대북\s?)?(?:독자\s?)?$")
_KO_ITS_CONTENT = re.compile(r"(?:안)?(?:에서|은|는|의\s)")


def ko_measure_told(text: str, mentions: list[Mention]) -> None:
    """A sanction word that refers back to the measure told (this resolution, in the
    resolution) adds to that measure: it is definite and keeps no date of its own."""
    for m in mentions:
        if m.type != "sanction" or m.strength != "strong":
            continue
        this = _KO_THIS_MEASURE.search(text, max(m.sentence.start, m.trigger[0] - 8), m.trigger[0])
        content = m.trigger_text.startswith("결의") and _KO_ITS_CONTENT.match(text, m.trigger[1])
        if this or content:
            m.definite = True
            m.date = None


# Types whose word needs an authority as its doer ("seized")
_BY_AUTHORITY = frozenset({"seizure"})


def seized_by_authority(
    text: str, span: Span, found: list[tuple[str, Span]]
) -> list[tuple[str, Span]]:
    """A seizure needs an authority as its doer: robbers who "seized" a truck took it."""
    return [
        (etype, where)
        for etype, where in found
        if not (etype in _BY_AUTHORITY and _NOT_AUTHORITY.search(text, span[0], where[0]))
    ]


# "선원 262명이 나포됐다", "나포한 북한 선원 2명": the crew are people taken, not goods.
_KO_CAPTURE = "나포"


def ko_crews_captured(ctx: DocContext, found: list[tuple[str, Span]]) -> list[tuple[str, Span]]:
    """A boat's crew captured (나포) with a count of people beside the word is an arrest of
    those people as well as the seizure of their boat."""
    if any(etype == "arrest" for etype, _ in found):
        return found
    text = ctx.text
    for etype, where in found:
        if etype != "seizure" or not text.startswith(_KO_CAPTURE, where[0]):
            continue
        near = (max(0, where[0] - 16), where[1] + 16)
        if any(
            ctx.is_people(c) and near[0] <= c.start and c.end <= near[1]
            for c in ctx.counts_in(near)
        ):
            return [*found, ("arrest", where)]
    return found


# A Korean word that reads as an arrest only when people are its subject ("주민이 단속됐다"),
# a seizure of what is caught when goods or a craft are ("휴대폰 20대가 단속돼", "구리 2톤이
# ... 적발됐다", "선박이 ... 적발됐다").
_KO_CAUGHT = re.compile(r"단속|적발")
_KO_GOODS_SUBJECT = re.compile(
    r"(?:물건|물품|상품|화물|밀수품|짐|선박|배|목선|어선|차량|트럭|화차|휴대폰|손전화|전화기|"
    r"석탄|구리|아연|금괴|마약|빙두|필로폰|담배|약품|의약품|녹화물|영상물|서적|성경|곡물|"
    r"식량|목재|광석|철광석|원유|연유|휘발유|경유|외화|달러|위안|"
    r"\d+\s?(?:톤|t|kg|킬로그램|점|척|상자|박스|포대|갑|보루|개|대))"
    r"(?:들)?(?:이|가|도)\s(?:[가-힣]+(?:에|에게|에서)\s)?$"
)


def ko_goods_caught(
    ctx: DocContext, span: Span, found: list[tuple[str, Span]]
) -> list[tuple[str, Span]]:
    """ "휴대폰 20대가 단속돼 회수됐다", "구리 2톤이 국경경비대에 적발됐다": goods or a craft
    caught are seized, no one arrested (unless people are counted before the word)."""
    text = ctx.text
    seized = any(etype == "seizure" for etype, _ in found)
    out = []
    for etype, where in found:
        if etype == "arrest" and _KO_CAUGHT.match(text, where[0]):
            start = max(span[0], where[0] - 40)
            people = any(ctx.is_people(c) for c in ctx.counts_in((start, where[0])))
            if not people and _KO_GOODS_SUBJECT.search(text, start, where[0]):
                if seized:
                    continue  # "물건이 단속에 걸려 몰수됐다": the seizure told
                etype = "seizure"
                seized = True
        out.append((etype, where))
    return out


# "보위부에 끌려갔다": taken away by an agency is an arrest; to a facility ("교화소로
# 끌려갔다") it is a detention.
_KO_TAKEN_AWAY = re.compile(r"끌려")
_KO_FACILITY_BEFORE = re.compile(
    r"(?:관리소|수용소|교화소|단련대|집결소|구류장|감옥|교도소|탄광|광산|노동)[가-힣]{0,3}\s?$"
)


def ko_taken_away(ctx: DocContext, found: list[tuple[str, Span]]) -> list[tuple[str, Span]]:
    """A Korean detention word "끌려갔다" with no facility named before it: an arrest."""
    out = []
    for etype, where in found:
        if (
            etype == "detention"
            and _KO_TAKEN_AWAY.match(ctx.text, where[0])
            and not _KO_FACILITY_BEFORE.search(ctx.text, max(0, where[0] - 20), where[0])
        ):
            if any(e == "arrest" for e, _ in found):
                continue  # the arrest is told in the sentence already
            etype = "arrest"
        out.append((etype, where))
    return out


# A Korean holding word with a vessel told before it in the sentence ("'동해'호가 지난해
# 4월 당국에 의해 억류됐다", "정부는 이 선박을 억류해 조사했다"): the ship is what was held.
_KO_HELD = re.compile(r"억류")
_KO_VESSEL = re.compile(
    r"(?:선박|화물선|유조선|어선|상선|목선|운반선|탱커|(?<=['’\"”])호)(?:들)?(?:이|가|은|는|을|를|도|의)\s"
)
# people held with it or instead ("선원 3명을 억류했다", "주민들이 탄 배를 억류"): an arrest
_KO_PEOPLE_HELD = re.compile(r"선원|승무원|선장|주민|어민|탈북민|일가족|명(?:이|을|과|와|도)")


def ko_vessels_held(
    ctx: DocContext, span: Span, found: list[tuple[str, Span]]
) -> list[tuple[str, Span]]:
    """A Korean 억류 whose sentence names a vessel before it and no people: the seizure of
    the ship (kept to one seizure when the sentence tells one already)."""
    text = ctx.text
    seized = any(etype == "seizure" for etype, _ in found)
    out = []
    for etype, where in found:
        if (
            etype == "arrest"
            and _KO_HELD.match(text, where[0])
            and _KO_VESSEL.search(text, span[0], where[0])
            and not _KO_PEOPLE_HELD.search(text, span[0], where[1] + 4)
            and not any(ctx.is_people(c) for c in ctx.counts_in((span[0], where[0])))
        ):
            if seized:
                continue
            etype, seized = "seizure", True
        out.append((etype, where))
    return out


def vessels_held(
    ctx: DocContext, span: Span, found: list[tuple[str, Span]]
) -> list[tuple[str, Span]]:
    """ "India detained a North Korean ship", "the tanker ... has been detained", "Vessel
    suspected of delivering oil detained in Busan": the word is the seizure's (a ship
    held), not an arrest of people (unless people are counted: "a boat with ten aboard")."""
    text = ctx.text
    seized = [where for etype, where in found if etype == "seizure"]
    out = []
    for etype, where in found:
        if etype == "arrest" and any(a <= where[0] < b for a, b in seized):
            continue
        if (
            etype == "arrest"
            and not seized
            and (
                _ko_craft_held(ctx, span, where)
                if ctx.language == "ko"
                else _VESSEL_SUBJECT.match(text, span[0], where[0])
            )
            and not any(ctx.is_people(c) for c in ctx.counts_in(span) if c.start < where[0])
        ):
            etype = "seizure"  # the ship is what was held
        out.append((etype, where))
    return out


# A Korean event word told as a modifier of a noun ("체포된 탈북민 7명이", "붙잡힌 주민들은"):
# who the people are; a later word of the same type in the sentence, told as its verb
# ("... 강제북송됐다", "... 추방됐다"), is the happening told.
_KO_MODIFIER = re.compile(
    r"(?:된|한|당한|받은|힌|린|진)\s(?!것|건\s|게\s|걸\s|뒤|후|이후|다음|가운데|지|바|데\s?이어|사실|혐의)"
    r"[가-힣]"
)


def sentence_triggers(ctx: DocContext, span: Span, weak: bool) -> list[tuple[str, Span]]:
    lex, lang = ctx.lexicon, ctx.language
    found = ctx.matches_in("weak_triggers" if weak else "triggers", span)
    if not found:
        return []
    blocked = ctx.not_triggers_in(span)
    first: dict[str, Span] = {}
    verbs: dict[str, Span] = {}  # Korean: the first word of a type not told as a modifier
    agents: dict[str, Span] = {}  # "밀수꾼", "밀수 브로커": the trade's act told beside comes first
    hypothetical = lex.hypothetical[lang]
    for label, where in found:
        if any(b[0] <= where[0] < b[1] for b in blocked):
            continue
        if lang == "en" and hypothetical.search(ctx.text, max(span[0], where[0] - 40), where[0]):
            continue
        if lang == "ko" and _KO_HYPOTHETICAL.match(ctx.text, where[1], min(span[1], where[1] + 8)):
            continue  # Korean says it after the word: "강제북송 우려", "처형될 수 있다"
        if (
            lang == "ko"
            and _KO_IF_THEN.search(ctx.text, max(span[0], where[0] - 3), where[0])
            and not _KO_ORDER_TOLD.search(ctx.text, where[0], where[1])
        ):
            continue  # "시청하면 엄벌에 처한다", "하면 총살한다": the threat of a condition
        if lang == "ko" and ko_generic(ctx.text, where[1], span[1]):
            continue  # "빼돌려 돈을 벌 수 있는 곳", "석방되는 경우가 많다", "체포해 왔다"
        if lang == "ko" and _ko_background(ctx.text, span[0], where):
            continue  # "과거에도 단속이 종종 있었지만", "코로나 때 단속이 강화돼"
        if (
            lang == "ko"
            and _KO_HAD_BEEN.match(ctx.text, where[1])
            and any(other == label and at[0] >= where[1] for other, at in found)
        ):
            continue  # "억류됐던 탈북민이 ... 송환됐다": the later word is the happening
        if (
            lang == "ko"
            and label == "trial"
            and _KO_DESCRIBED_JUDGED.match(ctx.text, where[1])
            and any(other == label and at[0] >= where[1] for other, at in found)
        ):
            continue  # "기소된 주민에게 ... 선고했다": the sentence passed is the happening
        if lang == "ko" and label == "smuggling" and KO_AGENT.match(ctx.text, where[1]):
            agents.setdefault(label, where)
            continue
        first.setdefault(label, where)
        if lang == "ko" and label not in verbs and not _KO_MODIFIER.match(ctx.text, where[1]):
            verbs[label] = where
    for label, where in agents.items():
        first.setdefault(label, where)
    if lang == "ko":
        for label, where in verbs.items():
            told = first[label]
            if (
                told[0] < where[0]
                and label in KO_VERB_LATER
                and _KO_MODIFIER.match(ctx.text, told[1])
                and _ko_done(ctx.text, where)
            ):
                first[label] = where  # "붙잡힌 탈북민 7명이 ... 강제북송됐다": the later verb
    return list(first.items())


# A Korean word told as done: a past ending in it or right after it ("추방됐", "북송 됐다",
# "붙잡혔다"), not a state or a noun ("구금 중이다", "총살 현장")
_KO_DONE_END = re.compile(r"(?:됐|되었|되였|했|하였|혔|렸|았|었|갔|왔)$")
_KO_DONE_AFTER = re.compile(r"\s?(?:됐|되었|되였|했|하였|당했|혔|렸|았|었)|(?:혀|려)\s?(?:갔|왔)")


def _ko_done(text: str, where: Span) -> bool:
    return bool(
        _KO_DONE_END.search(text, where[0], where[1]) or _KO_DONE_AFTER.match(text, where[1])
    )


# Types whose Korean modifier gives way to a later verb of the type (a trade's modifier
# tells the trade with its goods, "금을 밀수한 주민이": trades.ko_trade_told)
KO_VERB_LATER = frozenset({"arrest", "escape", "detention", "execution", "trial", "seizure"})
