"""The many ways reports word each charge, English and Korean: one invented phrase per
pattern, and the look-alikes that are no charge (sources, agents, places, campaigns)."""

from __future__ import annotations

import pytest
from extract_support import one_event

from nkevents.extract.attributes import labels, unique
from nkevents.extract.lexicon import lexicon


def _charges(sentence: str, language: str) -> list[str]:
    return unique(labels(lexicon().charges[language], sentence, (0, len(sentence))))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Guards found crystal meth in the trader's bag.", ["drugs"]),
        ("The pair ran a heroin ring in the port.", ["drugs"]),
        ("He admitted taking kickbacks from a coal exporter.", ["bribery"]),
        ("The plant manager was shot as a corrupt official.", ["bribery"]),
        ("Two clerks were caught pilfering cement from a dam site.", ["theft"]),
        ("She was accused of selling young women to farmers in Jilin.", ["trafficking"]),
        ("The girls had been sold into marriage across the river.", ["trafficking"]),
        ("He used a Chinese-made smartphone to reach Seoul.", ["illegal_phone"]),
        ("She made phone calls to relatives in South Korea.", ["illegal_phone"]),
        ("The couple were held for selling Chinese phones.", ["illegal_phone"]),
        ("A pastor was jailed for helping North Korean defectors.", ["defection"]),
        ("He listened to foreign radio at night.", ["foreign_media"]),
        ("Police found memory cards with Seoul soap operas.", ["foreign_media"]),
        ("The youths were caught watching K-dramas on a notetel.", ["foreign_media"]),
        ("The lorry driver was one of several border crossers held.", ["defection"]),
        ("The firm was accused of breaching UN sanctions on coal.", ["illegal_trade"]),
        ("He ran goods on the black market in Sinuiju.", ["illegal_trade"]),
        ("The deckhands killed three shipmates on the trawler.", ["murder"]),
        ("The miner stabbed his foreman to death.", ["murder"]),
        ("He attacked a guard at the checkpoint.", ["violence"]),
        ("The hotel hid a brothel on its top floor.", ["prostitution"]),
        ("The group held prayer meetings in a cellar.", ["religion"]),
        ("She was caught spreading the gospel in a village.", ["religion"]),
        ("He was punished for defacing portraits of the leader.", ["political"]),
        ("They were charged with crimes against the socialist system.", ["political"]),
        ("He was said to have been recruited by the NIS.", ["espionage"]),
        ("The soldier fled his unit with a rifle.", ["desertion"]),
        ("A fortune-teller and two shamans were held.", ["other"]),
        ("He sold obscene videos at the station.", ["other"]),
        ("The official was tried for abuse of power.", ["other"]),
        ("The guard was held for illegal possession of a pistol.", ["other"]),
        # a source, an activists' appeal and a campaign phrase are no charge
        ("The arrest was first reported by South Korean radio stations.", []),
        ("The ban was announced, according to foreign radio.", []),
        ("Activists issued calls to China to halt the returns.", []),
        ("The Kim family worship is taught in schools.", []),
        ("The lecture warned of corrupt bourgeois ideas.", []),
        # footage or letters carried out of the country are how the news came, not a charge
        ("Grainy footage smuggled out of the country shows the trial.", []),
        ("The letters were smuggled out by a relative.", []),
        ("He smuggled copper out by night.", ["smuggling"]),
        # offences told in a reason clause, as real reports word them
        ("They were held because they had contacted family in South Korea.", ["illegal_phone"]),
        ("She sold rice at the market without a permit.", ["illegal_trade"]),
        ("He arranged the sale of young women to farmers.", ["trafficking"]),
        ("The youth was caught selling ice.", ["drugs"]),
        # drugs dealt in are drugs, not a trade charge of their own
        ("He was dealing in crystal meth.", ["drugs"]),
        ("He was dealing in scrap copper.", ["illegal_trade"]),
        # the smugglers who paid a bribe are other people: the charge is the bribe
        ("The guard took bribes from smugglers.", ["bribery"]),
        ("She was held for having contact with her son in South Korea.", ["illegal_phone"]),
        ("He had set up phone calls between divided families.", ["illegal_phone"]),
        ("He was held for spreading rumours about the leader.", ["political"]),
        ("The youths were caught wearing jeans.", ["other"]),
        ("Two men were held for selling phones at the market.", ["illegal_phone"]),
    ],
)
def test_english_charge_phrases(sentence: str, expected: list[str]) -> None:
    assert _charges(sentence, "en") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("주민 두 명이 아편을 거래하다 적발됐다.", ["drugs"]),
        ("간부는 뇌물수수 혐의로 해임됐다.", ["bribery"]),
        ("그는 국가재산을 착복한 혐의를 받았다.", ["theft"]),
        ("여성들을 중국에 팔 계획이었다고 한다.", ["trafficking"]),
        ("그는 중국 휴대폰으로 가족과 연락했다.", ["illegal_phone"]),
        ("단속반은 알판과 메모리 카드를 압수했다.", ["foreign_media"]),
        ("반동사상문화배격법 위반으로 처벌됐다.", ["foreign_media"]),
        ("비법월경 혐의로 체포됐다.", ["defection"]),
        ("그는 되거리 장사로 돈을 벌었다.", ["illegal_trade"]),
        ("대북제재 위반으로 선박이 억류됐다.", ["illegal_trade"]),
        ("그는 살인미수 혐의로 재판을 받았다.", ["murder"]),
        ("그는 성접대를 알선했다고 한다.", ["prostitution"]),
        ("그들은 지하교회에서 예배를 드렸다.", ["religion"]),
        ("그는 초상화를 훼손한 혐의를 받았다.", ["political"]),
        ("그는 군사기밀을 유출한 첩자로 몰렸다.", ["espionage"]),
        ("병사는 부대 이탈 혐의로 붙잡혔다.", ["desertion"]),
        ("무당을 찾은 주민들이 단속됐다.", ["other"]),
        ("성녹화물을 돌려본 혐의로 체포됐다.", ["other"]),
        ("그는 권총을 불법 소지한 혐의를 받았다.", ["other"]),
        ("그는 남한과 전화 연계를 한 혐의로 붙잡혔다.", ["illegal_phone"]),
        ("그는 남한 가족과 통화한 혐의로 붙잡혔다.", ["illegal_phone"]),
        ("그는 한국말투를 쓴 혐의로 단속됐다.", ["foreign_media"]),
        ("그는 외화를 불법으로 거래한 혐의를 받았다.", ["illegal_trade"]),
        # drugs sold are drugs; smugglers who gave a bribe are other people
        ("그는 마약을 판매한 혐의를 받았다.", ["drugs"]),
        ("그는 밀수꾼들로부터 뇌물을 받았다.", ["bribery"]),
        ("그는 중국과 불법으로 통화한 혐의를 받았다.", ["illegal_phone"]),
        ("청바지를 입은 청년들이 단속됐다.", ["other"]),
        # a framing put on top of the offences is no charge of its own
        ("당국은 그를 반사회주의 분자로 규정했다.", []),
        # a point of view (관점을 보), a war abroad, a believer and a missionary who speaks
        # as a source are no charge
        ("이번 조치는 당국의 관점을 보여준다.", []),
        ("선교사 A씨는 통화에서 이렇게 말했다.", []),
        ("월남전 참전 용사들이 모였다.", []),
        ("종교인 한 명이 그 자리에서 증언했다.", []),
    ],
)
def test_korean_charge_phrases(sentence: str, expected: list[str]) -> None:
    assert _charges(sentence, "ko") == expected


def test_international_calls_and_vcds_name_their_offences() -> None:
    text = (
        "In October, the regime executed a factory head in Sunchon for making international calls."
    )
    assert one_event(text, "execution", published="2007-12-01").charges == ["illegal_phone"]
    text = "Inspection teams began searching homes in Hamhung for foreign VCDs in January."
    assert one_event(text, "crackdown", published="2007-12-01").charges == ["foreign_media"]


@pytest.mark.parametrize(
    "text",
    [
        "A vice chairman was executed in February after he argued with Kim over a new building.",
        "Fifteen officials accused of challenging his authority were executed in March.",
        "A minister who voiced disagreement with the leader was executed in January.",
    ],
)
def test_dissent_from_the_leader_is_political(text: str) -> None:
    assert one_event(text, "execution", published="2015-04-29").charges == ["political"]


def test_an_argument_with_anyone_else_is_no_charge() -> None:
    text = "A trader argued with a customer in Hyesan and was arrested there in May."
    assert one_event(text, "arrest", published="2015-04-29").charges == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # loyalty broken, the leader defied, crimes said against an adjective nation
        ("The envoy was shot for betraying the supreme leader.", ["political"]),
        ("He was tried for betrayal of the party.", ["political"]),
        ("A general was killed for defying Kim at a parade.", ["political"]),
        ("Officials accused of challenging Kim were purged.", ["political"]),
        ("Two visitors were convicted of crimes against the socialist nation.", ["political"]),
        ("The court cited the grave crime he committed against the Korean nation.", ["political"]),
        ("The visitor was held for criminal acts of hostility.", ["political"]),
        # a trade named by its goods between "illegal" and "trading"
        ("The attache was expelled for illegal ivory trading.", ["illegal_trade"]),
        ("They ran an illegal timber trade along the river.", ["illegal_trade"]),
        ("He was jailed for his part in the illegal drug trade.", ["drugs"]),
        ("The firm conspired to defraud two banks.", ["fraud"]),
        # goods supplied to the North against the law are smuggled
        ("A captain was held for illegally supplying diesel to North Korea.", ["smuggling"]),
        ("He arranged illegal transfers of refined oil to the North.", ["smuggling"]),
        ("The radio aired songs from South Chosun films.", ["foreign_media"]),
    ],
)
def test_more_english_charge_phrases(sentence: str, expected: list[str]) -> None:
    assert _charges(sentence, "en") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("그는 체제에 불만을 말한 혐의로 끌려갔다.", ["political"]),
        ("당국은 사상범 가족을 감시했다.", ["political"]),
        ("그는 외화 유통 혐의로 체포됐다.", ["illegal_trade"]),
        ("선장은 남북교류협력법 위반 혐의로 송치됐다.", ["illegal_trade"]),
        ("그는 담배를 몰래 들여오려 한 혐의를 받았다.", ["smuggling"]),
        ("주민은 대북전단을 주워 돌려 봤다.", ["foreign_media"]),
        ("그는 남측 영화를 유포한 혐의를 받았다.", ["foreign_media"]),
        ("보위부는 탈북자를 색출하고 있다.", ["defection"]),
        ("그의 죄목은 주민의 탈출을 도운 죄였다.", ["defection"]),
        ("그는 허위 보고 혐의로 조사를 받았다.", ["other"]),
        # drug smuggling is the drugs charge, as in English; other smuggling stays
        ("마약 밀수범들이 체포됐다.", ["drugs"]),
        ("그는 마약 운반과 밀수죄로 재판을 받았다.", ["drugs", "smuggling"]),
        # a drama copied and sold is the drama's charge, not a trade of its own
        ("남한 드라마를 복제·판매한 여성이 처형됐다.", ["foreign_media"]),
        ("그는 쌀을 판매한 혐의를 받았다.", ["illegal_trade"]),
        # "도용" inside "유도용" (for inducing) is no theft
        ("자백 유도용 약물이 시장에 퍼졌다.", []),
        ("그는 자백유도용 약물을 팔았다.", []),
    ],
)
def test_more_korean_charge_phrases(sentence: str, expected: list[str]) -> None:
    assert _charges(sentence, "ko") == expected


def test_an_execution_for_betraying_the_leader_is_political() -> None:
    text = "A senior diplomat was executed in March for betraying the supreme leader."
    assert one_event(text, "execution", published="2019-05-31").charges == ["political"]


def test_a_korean_drug_smuggling_arrest_is_charged_with_drugs_only() -> None:
    text = "지난 3일 혜산에서 마약 밀수범 2명이 체포됐다."
    assert one_event(text, "arrest", published="2019-05-31").charges == ["drugs"]
