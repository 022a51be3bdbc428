"""Korean happenings told in other common wordings: a term handed down without 선고, a death
sentence carried out on the spot, people caught told with no agent, a hand-over to the North
told in the passive, trade with the North stopped, a crossing of a named river told with 넘다,
a coming South before a wish to defect, an alert, more guards, an emergency, a wanted order, a
law newly adopted, held in a camp told with 수용, a trade an inquiry found was done over a
time. And the same words where they tell no happening: a schedule set, goods found, an
order's chain, a facility described, a habit, what a warning says, a life story.

Every sentence here is invented for the test."""

from __future__ import annotations

import pytest
from extract_support import events_of


def _types(text: str) -> list[str]:
    return [e.type for e in events_of(text, published="2024-05-20", language="ko")]


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("도 재판소는 지난 7일 밀수꾼 2명에게 무기노동교화형을 내렸다.", "trial"),
        ("지난 5일 사형이 선고된 3명은 그 자리에서 형이 집행됐다.", "execution"),
        ("지난 13일 장마당에서 단속된 주민 10여명은 모두 보안서로 넘겨졌다.", "arrest"),
        ("지난주 회령에서 마약 거래자 4명이 잡혔다.", "arrest"),
        ("지난 10일 밀수하던 주민 3명이 경비대의 잠복에 덜미를 잡혔다.", "arrest"),
        ("지난 8일 청진시 보안원들이 불법 영상물을 보던 학생들을 현장에서 적발했다.", "arrest"),
        ("지난 26일 탈북민 200여명이 단둥 세관을 통해 북으로 넘겨졌다고 단체가 밝혔다.", "arrest"),
        ("중국 상무부는 지난 18일 북한산 석탄 수입을 전면 중단한다고 발표했다.", "sanction"),
        ("중국은 지난달 북한으로의 정제유 수출을 금지했다.", "sanction"),
        ("여성 3명이 지난 2일 밤 두만강을 넘어 중국 도문으로 들어갔다.", "escape"),
        ("북한 어민 4명이 지난 6일 소형 선박을 타고 서해로 내려와 귀순 의사를 밝혔다.", "escape"),
        ("이달 들어 국경경비대에 특별경계령이 내려졌다.", "crackdown"),
        ("북한 당국은 지난달 국경 연선에 철조망을 새로 설치하고 경비 인원을 늘렸다.", "crackdown"),
        ("지난달 탈북민 3명이 온성 노동단련대에 수용됐다.", "detention"),
        ("보안원들이 지난 4일 주민들의 휴대전화를 거둬들였다.", "seizure"),
        ("지난 4월 북한 선박이 공해상에서 중국 선박에 석탄 3천t을 옮겨 실었다.", "smuggling"),
        (
            "소식통에 따르면 이들은 지난해부터 압록강을 통해 필로폰을 밀매해온 것으로 드러났다.",
            "smuggling",
        ),
        ("지난 7일 세관 간부들이 중국 업자와 짜고 아연 20톤을 빼돌렸다.", "smuggling"),
        ("지난 9일 교화소에서 수감자 2명이 탈주해 당국이 수색에 나섰다.", "escape"),
        ("지난 4일 러시아 벌목장에서 일하던 노동자 2명이 작업장을 이탈해 잠적했다.", "escape"),
        ("지난 8일 중국 변방대는 탈북민 30여명을 북측에 넘겼다.", "arrest"),
        ("혜산시에서는 지난 2일 마약 밀매 주범에 대한 사형이 공개적으로 집행됐다.", "execution"),
        ('소식통은 "지난달 세관원들이 중국 트럭에 마약을 숨겨 들여왔다"고 전했다.', "smuggling"),
    ],
)
def test_other_wordings_tell_the_happening(text: str, etype: str) -> None:
    assert etype in _types(text)


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("다음 달 회의 일정이 잡혔다.", "arrest"),
        ("지난 3일 세관에서 USB 30개를 적발했다.", "arrest"),
        (
            "탈북을 도와준 경비대 군인들을 적발해서 엄격히 처벌하고 뿌리를 뽑으라는 지시가 있었다.",
            "arrest",
        ),
        ("전거리 교화소는 함경북도 회령시에 있는 대표적인 교화소다.", "detention"),
        ("관리소는 깊은 산골짜기에 위치해 있다.", "detention"),
        ("정부는 지난 5일 송환 요구를 수용했다.", "arrest"),
        ("정부는 지난 5일 탈북민들의 송환을 수용했다.", "arrest"),
        ("군 당국은 선원들의 귀순 의사를 확인했다.", "escape"),
        ("중국은 탈북자들을 막기 위해 접경 지역에 철조망을 설치하고 있다.", "crackdown"),
        ("그는 20년 동안 중국 상인들과 밀거래를 해온 것으로 알려졌다.", "smuggling"),
        ("지난 2일 도강을 알선한 브로커 1명이 보위부에 붙들려 갔다.", "escape"),
        ("이대로라면 주민 수십 명이 처형될지도 모른다.", "execution"),
        ("지난 5일 세관은 석탄 20톤을 북측에 넘겼다.", "arrest"),
        # the river named as where goods went, no one crossing it
        ("지난 4일 주민들이 전선을 뜯어내 압록강 건너 중국 상인들에게 넘겼다.", "escape"),
    ],
)
def test_the_same_words_telling_no_happening(text: str, etype: str) -> None:
    assert etype not in _types(text)


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("북한 당국은 지난 3일 양강도 국경 지역에 비상사태를 선포했다.", "crackdown"),
        ("보위부는 지난주 도주한 군인에 대해 전국에 수배령을 내렸다.", "crackdown"),
        ("북한은 지난해 12월 반동사상문화배격법을 새로 채택했다.", "crackdown"),
        ("북한 당국이 지난달 국경 지역 봉쇄를 한층 강화했다고 소식통이 전했다.", "crackdown"),
        ("당국은 지난 10일 인민반 회의를 열고 밀수에 가담하면 엄벌하겠다고 경고했다.", "crackdown"),
        ("탈북민 김모씨가 지난달 재입북한 것으로 확인됐다.", "escape"),
        ("미 상무부는 지난달 북한과 거래한 기업 3곳을 수출 통제 명단에 올렸다.", "sanction"),
        ("지난 2일 밤 혜산 주민들이 압록강 너머로 구리 1톤을 넘겼다.", "smuggling"),
    ],
)
def test_campaigns_and_measures_in_other_words(text: str, etype: str) -> None:
    assert etype in _types(text)


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        # what the warning said: the trade is conditional, not done
        ("당국은 지난 10일 인민반 회의를 열고 밀수에 가담하면 엄벌하겠다고 경고했다.", "smuggling"),
        # the export-control list is a measure abroad, no campaign at home
        ("미 상무부는 지난달 북한과 거래한 기업 3곳을 수출 통제 명단에 올렸다.", "crackdown"),
        ("그는 10여 년 전 탈북해 현재 서울에서 식당을 운영하고 있다.", "escape"),
        ("지난 12일 수배 중이던 밀수꾼 1명이 함흥에서 검거됐다.", "crackdown"),
        ("공관에 진입하면 모두 체포하겠다고 밝혔다.", "arrest"),
    ],
)
def test_the_same_words_in_a_warning_or_a_life_story(text: str, etype: str) -> None:
    assert etype not in _types(text)


@pytest.mark.xfail(
    reason="one word per type per sentence: the first (undated) campaign word is kept and the "
    "later dated one is never read",
    strict=True,
)
def test_a_later_dated_word_of_the_type_after_an_undated_one() -> None:
    assert "crackdown" in _types(
        "중앙에서 검열 그루빠를 파견해 지난주부터 시장 단속을 벌이고 있다."
    )


@pytest.mark.xfail(
    reason="a headline alone with a bare measure noun tells nothing specific enough to start it",
    strict=True,
)
def test_a_headline_alone_naming_a_measure() -> None:
    assert "sanction" in _types("美, 北 선박 3척 독자제재")
