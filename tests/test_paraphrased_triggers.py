"""Event words told in other words, in English and Korean: invented reports, one per phrase,
and the look-alikes that name no such event."""

from __future__ import annotations

import pytest
from extract_support import events_of


def _types(text: str) -> set[str]:
    return {e.type for e in events_of(text)}


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        # executions
        ("Authorities publicly shot three women in Hyesan in January.", "execution"),
        ("Officials shot a railway clerk before a crowd in Kilju in July.", "execution"),
        ("Agents shot the two brokers at the city stadium in Musan on 3 May.", "execution"),
        ("An army officer was shot dead by a firing squad in Pyongyang in March.", "execution"),
        ("The vice minister faced the firing squad in Pyongyang in June.", "execution"),
        ("청진에서 4월 마약을 판 남성이 총살형에 처해졌다.", "execution"),
        ("평양에서 지난 5일 전직 간부에게 사형이 집행됐다.", "execution"),
        ("Three brokers were gunned down before a crowd in Hoeryong on 5 June.", "execution"),
        ("The regime had the general shot in April, a source said.", "execution"),
        ("청진시 보안서는 이달 초 마약 판매자 2명에게 사형을 집행했다.", "execution"),
        ("지난 2월 회령에서 인신매매범 1명이 교수형을 당했다.", "execution"),
        ("지난주 함흥에서 남성 1명이 사형당했다.", "execution"),
        # detentions
        (
            "Since May the pastor has been held incommunicado in a state security facility.",
            "detention",
        ),
        ("He was held for 17 months at a state security jail in Hyesan in 2018.", "detention"),
        ("The two teachers were kept for three months in a holding cell in Onsong.", "detention"),
        ("이 여성은 지난해 회령 노동단련대에서 6개월을 보냈다.", "detention"),
        ("그는 지난 3월 체포된 뒤 온성 보위부 구류장에 갇혀 조사를 받고 있다.", "detention"),
        ("체포된 주민 3명은 지난 2일부터 무산군 보안서 유치장에 갇혀 있다.", "detention"),
        ("보위부는 지난 4일 체포한 남성 1명을 지하 감방에 가뒀다.", "detention"),
        ("Two traders were locked up in Hyesan for selling rice in May.", "detention"),
        ("He has been held in solitary confinement in Pyongyang since 2017.", "detention"),
        # arrests
        ("Two students were hauled in by state security in Pyongyang last week.", "arrest"),
        ("Security agents picked up three women at the station in Hoeryong on Friday.", "arrest"),
        ("The driver was picked up by border guards near Musan on 4 May.", "arrest"),
        ("State security took away five residents of Musan in the night last month.", "arrest"),
        ("Officers seized the broker at his home in Hyesan on 4 March.", "arrest"),
        ("The trader was nabbed by police at a checkpoint in Sinuiju in May.", "arrest"),
        ("지난 3일 혜산에서 주민 2명이 보위부에 끌려갔다.", "arrest"),
        ("청진에서 대학생 3명이 지난달 보안서에 잡혀갔다.", "arrest"),
        ("보위부가 지난 10일 무산에서 주민 4명을 잡아갔다.", "arrest"),
        ("지난달 신의주에서 여성 2명이 보안원들에게 붙들려 갔다.", "arrest"),
        ("보안서는 이달 초 혜산에서 주민 5명을 끌고 갔다.", "arrest"),
        ("보위부가 지난주 휴대전화로 통화하던 주민 1명을 현장에서 잡았다.", "arrest"),
        ("Five defectors were forcibly returned to North Korea by China in July.", "arrest"),
        ("Security agents raided the house and took the couple into custody on Monday.", "arrest"),
        ("Two soldiers were taken in for questioning in Hyesan last week.", "arrest"),
        ("A tour guide visited Rajin in May and has been held by police since then.", "arrest"),
        ("보위부는 지난 5일 한국 영상을 본 대학생 10여 명을 잡아들였다.", "arrest"),
        ("Police busted a ring of five smugglers in Hyesan on 2 May.", "arrest"),
        # seizures
        ("검열단이 지난 5일 주민들의 집을 뒤져 USB 20개를 찾아냈다.", "seizure"),
        ("Police in Hyesan recovered 2 kg of gold from a smuggler on 4 May.", "seizure"),
        ("Inspectors took away their phones at a checkpoint in Musan on Friday.", "seizure"),
        ("Security agents took the women's Chinese phones in Hoeryong on 2 May.", "seizure"),
        ("Guards stripped the traders of their goods at the bridge in Sinuiju in May.", "seizure"),
        ("단속원들이 지난주 혜산에서 주민들의 손전화를 빼앗아 갔다.", "seizure"),
        ("보안원들이 지난달 혜산 장마당에서 중국산 휴대전화 20대를 회수했다.", "seizure"),
        ("국경경비대가 지난 4일 강을 건너 들여오던 담배 50상자를 빼앗았다.", "seizure"),
        ("Police found 3 kg of methamphetamine in his car in Hyesan on 2 May.", "seizure"),
        # escapes
        ("A fisherman sailed to the South's waters in a small boat on 2 June.", "escape"),
        ("A family of five crossed into China near Musan last week.", "escape"),
        ("주민 4명이 지난달 중국으로 도망쳤다.", "escape"),
        ("지난 5일 함경북도 무산군의 주민 3명이 탈북했다.", "escape"),
        ("A woman broke out of a holding centre in Onsong in June.", "escape"),
        ("교화소에 수감돼 있던 남성 1명이 지난주 탈옥했다.", "escape"),
        ("국경경비대원 1명이 이달 초 초소를 이탈해 중국으로 넘어갔다.", "escape"),
        # crackdowns
        ("국경경비대는 이달 초부터 야간 순찰을 대폭 강화했다.", "crackdown"),
        ("State security set up checkpoints on all roads into Hoeryong last week.", "crackdown"),
        ("Police added new checkpoints around Hyesan market in April.", "crackdown"),
        ("당국은 지난주 무산군 모든 도로에 검문소를 설치했다.", "crackdown"),
        ("중앙은 지난달 양강도에 검열그루빠를 파견했다.", "crackdown"),
        ("보안서는 지난 3일부터 혜산에서 집중 단속에 나섰다.", "crackdown"),
        (
            "The authorities banned the use of Chinese phones along the border in March.",
            "crackdown",
        ),
        ("State security began jamming Chinese mobile signals near Hyesan in May.", "crackdown"),
        (
            "Officials ordered all residents of Musan to hand in their dollars last week.",
            "crackdown",
        ),
        (
            "Authorities installed CCTV cameras and barbed wire along the Tumen in June.",
            "crackdown",
        ),
    ],
)
def test_paraphrased_event_words(text: str, etype: str) -> None:
    assert etype in _types(text)


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        # goods gone over the border are no escape
        ("밀수품이 지난달 중국으로 넘어갔다.", "escape"),
        # a law's threat
        ("적발되면 총살에 처한다는 포고문이 붙었다.", "execution"),
        # a shooting at the border or a wound is no execution
        ("A soldier was shot at the border by guards as he tried to cross in May.", "execution"),
        ("The woman was shot in the leg by border guards near Musan on 2 May.", "execution"),
        ("A man was shot dead by Chinese border guards while wading across in June.", "execution"),
        # threats and rumours
        ("Officials warned that anyone caught with foreign films would be shot.", "execution"),
        ("Rumours said the general had been executed, but he later reappeared.", "execution"),
        # fled from an inspector, not abroad
        ("지난달 혜산 장마당에서 상인들이 단속원을 피해 도망쳤다.", "escape"),
        # taken to a camp is the detention's, not an arrest
        ("지난달 혜산에서 장사꾼 23명이 노동단련대로 끌려갔다.", "arrest"),
        # a fate told of a kind of people, not a hand-over
        ("Many women end up in prisons after being forcibly returned from China.", "arrest"),
        # days of holding after a capture are the arrest's
        ("Police caught two women in Musan on 2 May. They were held for ten days.", "detention"),
        # an owner taking his own phone
        ("In May a trader in Hyesan took his phone to a repair shop.", "seizure"),
    ],
)
def test_look_alikes_name_no_event(text: str, etype: str) -> None:
    assert etype not in _types(text)


def test_a_camp_told_as_where_people_were_taken_is_a_detention() -> None:
    assert "detention" in _types("지난달 혜산에서 장사꾼 23명이 노동단련대로 끌려갔다.")


def test_stepped_up_guard_and_an_order_to_hand_in_goods_are_campaigns() -> None:
    assert "crackdown" in _types("당국은 이달 들어 국경 연선에 대한 경비를 한층 강화했다.")
    assert "crackdown" in _types("당국은 지난달 주민들에게 한국 영상물을 바치라는 지시를 내렸다.")
