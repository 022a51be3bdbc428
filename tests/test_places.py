"""Table-driven tests of the geocoder: spellings, mentions in text, and event locations."""

from __future__ import annotations

import re

import pytest

from nkevents.detect.places import find_places, locate
from nkevents.gazetteer import candidates

# Spellings seen in reports -> the gazetteer name `nkevents places` must give first:
# McCune-Reischauer with and without marks, Revised Romanization, the DPRK's own,
# older English spellings, Hangul (northern and southern), suffixes, misspellings.
SPELLINGS = [
    ("Ryanggang", "Ryanggang"),
    ("Yanggang", "Ryanggang"),
    ("Ryanggang Province", "Ryanggang"),
    ("Yanggang Province", "Ryanggang"),
    ("Ryanggang-do", "Ryanggang"),
    ("Yanggang-do", "Ryanggang"),
    ("량강도", "Ryanggang"),
    ("양강도", "Ryanggang"),
    ("Ryangkang", "Ryanggang"),
    ("YANGGANG", "Ryanggang"),
    ("North Hamgyong", "North Hamgyong"),
    ("North Hamgyŏng", "North Hamgyong"),
    ("North Hamkyung", "North Hamgyong"),
    ("North Hamkyung Province", "North Hamgyong"),
    ("North Hamkyong Province", "North Hamgyong"),
    ("Hamgyong-bukto", "North Hamgyong"),
    ("Hamgyŏng-pukto", "North Hamgyong"),
    ("Hamgyeongbuk-do", "North Hamgyong"),
    ("Hamgyongbukto", "North Hamgyong"),
    ("함경북도", "North Hamgyong"),
    ("N. Hamgyong", "North Hamgyong"),
    ("South Hamgyong", "South Hamgyong"),
    ("South Hamkyung Province", "South Hamgyong"),
    ("Hamgyong-namdo", "South Hamgyong"),
    ("Hamgyeongnam-do", "South Hamgyong"),
    ("함경남도", "South Hamgyong"),
    ("Chagang", "Chagang"),
    ("Jagang", "Chagang"),
    ("Jagang Province", "Chagang"),
    ("Chagang-do", "Chagang"),
    ("자강도", "Chagang"),
    ("North Pyongan", "North Pyongan"),
    ("North P'yŏngan", "North Pyongan"),
    ("North Phyongan", "North Pyongan"),
    ("Pyeonganbuk-do", "North Pyongan"),
    ("평안북도", "North Pyongan"),
    ("South Pyongan", "South Pyongan"),
    ("Pyongan-namdo", "South Pyongan"),
    ("South Pyeongan", "South Pyongan"),
    ("평안남도", "South Pyongan"),
    ("North Hwanghae", "North Hwanghae"),
    ("Hwanghae-bukto", "North Hwanghae"),
    ("황해북도", "North Hwanghae"),
    ("South Hwanghae", "South Hwanghae"),
    ("Hwanghae-namdo", "South Hwanghae"),
    ("황해남도", "South Hwanghae"),
    ("Kangwon", "Kangwon"),
    ("Kangwon Province", "Kangwon"),
    ("Kangwŏn-do", "Kangwon"),
    ("강원도", "Kangwon"),
    ("Rason", "Rason"),
    ("Rajin-Sonbong", "Rason"),
    ("Rason City", "Rason"),
    ("라선시", "Rason"),
    ("Nampo", "Nampo"),
    ("Namp'o", "Nampo"),
    ("Nampho", "Nampo"),
    ("Nampo City", "Nampo"),
    ("남포", "Nampo"),
    ("Kaesong", "Kaesong"),
    ("Kaesŏng", "Kaesong"),
    ("Gaeseong", "Kaesong"),
    ("개성", "Kaesong"),
    ("Pyongyang", "Pyongyang"),
    ("P'yŏngyang", "Pyongyang"),
    ("P’yŏngyang", "Pyongyang"),
    ("Pyeongyang", "Pyongyang"),
    ("Phyongyang", "Pyongyang"),
    ("Pyongyang-si", "Pyongyang"),
    ("PYONGYANG", "Pyongyang"),
    ("평양", "Pyongyang"),
    ("평양시", "Pyongyang"),
    ("Hyesan", "Hyesan"),
    ("Hyesan City", "Hyesan"),
    ("Hyesan-si", "Hyesan"),
    ("Hyesan-shi", "Hyesan"),
    ("혜산", "Hyesan"),
    ("혜산시", "Hyesan"),
    ("Hoeryong", "Hoeryong"),
    ("Hoeryŏng", "Hoeryong"),
    ("Hoeryeong", "Hoeryong"),
    ("Hoiryeong", "Hoeryong"),
    ("Hoiryong", "Hoeryong"),
    ("Hoeryong City", "Hoeryong"),
    ("회령", "Hoeryong"),
    ("회령시", "Hoeryong"),
    ("Sinuiju", "Sinuiju"),
    ("Sinŭiju", "Sinuiju"),
    ("Shinuiju", "Sinuiju"),
    ("Sinuiju City", "Sinuiju"),
    ("Sinuiju-si", "Sinuiju"),
    ("신의주", "Sinuiju"),
    ("Chongjin", "Chongjin"),
    ("Ch'ŏngjin", "Chongjin"),
    ("Cheongjin", "Chongjin"),
    ("Chongjin City", "Chongjin"),
    ("청진", "Chongjin"),
    ("청진시", "Chongjin"),
    ("Musan County", "Musan"),
    ("Musan Mine", "Musan Mine"),
    ("Onsong-up", "Onsong"),
    ("Kapsan County", "Kapsan"),
    ("Musan-gun", "Musan"),
    ("무산군", "Musan"),
    ("Wonsan", "Wonsan"),
    ("Wŏnsan", "Wonsan"),
    ("원산", "Wonsan"),
    ("원산시", "Wonsan"),
    ("Kimchaek", "Kim Chaek"),
    ("Kimch'aek", "Kim Chaek"),
    ("Gimchaek", "Kim Chaek"),
    ("김책", "Kim Chaek"),
    ("Hamhung", "Hamhung"),
    ("Hamhŭng", "Hamhung"),
    ("Hamheung", "Hamhung"),
    ("함흥", "Hamhung"),
    ("Tanchon", "Tanchon"),
    ("Tanch'ŏn", "Tanchon"),
    ("Dancheon", "Tanchon"),
    ("단천", "Tanchon"),
    ("Sariwon", "Sariwon"),
    ("Sariwŏn", "Sariwon"),
    ("사리원", "Sariwon"),
    ("Pyongsong", "Pyongsong"),
    ("P'yŏngsŏng", "Pyongsong"),
    ("Pyeongseong", "Pyongsong"),
    ("평성", "Pyongsong"),
    ("Kanggye", "Kanggye"),
    ("Ganggye", "Kanggye"),
    ("강계", "Kanggye"),
    ("Manp'o", "Manpo"),
    ("만포", "Manpo"),
    ("Onsŏng County", "Onsong"),
    ("온성군", "Onsong"),
    ("Samjiyon", "Samjiyon"),
    ("Samjiyŏn", "Samjiyon"),
    ("Samjiyeon", "Samjiyon"),
    ("삼지연", "Samjiyon"),
    ("삼지연군", "Samjiyon"),
    ("Taehongdan", "Taehongdan"),
    ("Daehongdan", "Taehongdan"),
    ("대홍단군", "Taehongdan"),
    ("Kaechon", "Kaechon"),
    ("Kaech'ŏn", "Kaechon"),
    ("Gaecheon", "Kaechon"),
    ("개천", "Kaechon"),
    ("Yodok County", "Yodok"),
    ("Yodeok County", "Yodok"),
    ("요덕군", "Yodok"),
    ("Haeju", "Haeju"),
    ("해주", "Haeju"),
    ("Camp 22", "Kwalliso No. 22 Hoeryong"),
    ("Kwalliso No. 22", "Kwalliso No. 22 Hoeryong"),
    ("Kwalliso 22", "Kwalliso No. 22 Hoeryong"),
    ("Camp No. 22", "Kwalliso No. 22 Hoeryong"),
    ("Hoeryong concentration camp", "Kwalliso No. 22 Hoeryong"),
    ("Camp 15", "Kwalliso No. 15 Yodok"),
    ("Yodok political prison camp", "Kwalliso No. 15 Yodok"),
    ("Kwalliso No. 15", "Kwalliso No. 15 Yodok"),
    ("Camp 14", "Kwalliso No. 14 Kaechon"),
    ("Kwalliso No. 18", "Kwalliso No. 18 Pukchang"),
    ("Camp 16", "Kwalliso No. 16 Hwasong"),
    ("Camp 25", "Kwalliso No. 25 Chongjin"),
    ("Jongo-ri", "Kyohwaso No. 12 Chongori"),
    ("Chongori", "Kyohwaso No. 12 Chongori"),
    ("Chongo-ri", "Kyohwaso No. 12 Chongori"),
    ("Jongo-ri Prison", "Kyohwaso No. 12 Chongori"),
    ("Kyohwaso No. 12", "Kyohwaso No. 12 Chongori"),
    ("Kyohwaso No. 1", "Kyohwaso No. 1 Kaechon"),
    ("Oro Correctional Labor Camp", "Kyohwaso No. 22 Oro"),
    ("개천교화소", "Kyohwaso No. 1 Kaechon"),
    ("요덕 정치범수용소", "Kwalliso No. 15 Yodok"),
    ("제22호 관리소", "Kwalliso No. 22 Hoeryong"),
    ("Komdok Mine", "Komdok Mine"),
    ("Kŏmdŏk", "Komdok Mine"),
    ("Komdok Mining Enterprise", "Komdok Mine"),
    ("Hyesan Youth Copper Mine", "Hyesan Youth Copper Mine"),
    ("Hyesan Mine", "Hyesan Youth Copper Mine"),
    ("혜산청년광산", "Hyesan Youth Copper Mine"),
    ("Yalu River", "Yalu River"),
    ("Amnok River", "Yalu River"),
    ("대화퇴", "Yamato Bank"),
    ("North Yamato Bank", "Yamato Bank"),
    ("Amrok River", "Yalu River"),
    ("압록강", "Yalu River"),
    ("Tumen River", "Tumen River"),
    ("Tuman River", "Tumen River"),
    ("Duman River", "Tumen River"),
    ("두만강", "Tumen River"),
    ("Taedong River", "Taedong River"),
    ("Dandong", "Dandong"),
    ("단둥", "Dandong"),
    ("丹东", "Dandong"),
    ("Changbai", "Changbai"),
    ("Tumen", "Tumen"),
    ("Yanji", "Yanji"),
    ("연길", "Yanji"),
    ("Yanbian", "Yanbian"),
    ("Hunchun", "Hunchun"),
    ("Ji'an", "Ji’an"),
    ("Linjiang", "Linjiang"),
    ("Shenyang", "Shenyang"),
    ("Liaoning", "Liaoning"),
    ("Liaoning Province", "Liaoning"),
    ("랴오닝성", "Liaoning"),
    ("Jilin", "Jilin"),
    ("Jilin Province", "Jilin"),
    ("지린성", "Jilin"),
    ("China", "China"),
    ("중국", "China"),
    ("Russia", "Russia"),
    ("Laos", "Laos"),
    ("라오스", "Laos"),
    ("Thailand", "Thailand"),
    ("Vietnam", "Vietnam"),
    ("Mongolia", "Mongolia"),
    ("South Korea", "South Korea"),
    ("North Korea", "North Korea"),
    ("DPRK", "North Korea"),
    ("북한", "North Korea"),
    ("Sokcho", "Sokcho"),
    ("Yeosu", "Yeosu"),
    ("Pyeongtaek", "Pyeongtaek"),
    ("Panmunjom", "Panmunjom"),
    ("JSA", "Panmunjom"),
    ("Joint Security Area", "Panmunjom"),
    ("판문점", "Panmunjom"),
    ("DMZ", "Demilitarized Zone"),
    ("Demilitarized Zone", "Demilitarized Zone"),
    ("Military Demarcation Line", "Military Demarcation Line"),
    ("Imjin River", "Imjin River"),
    ("Panama Canal", "Panama Canal"),
    ("Kursk Oblast", "Kursk Oblast"),
    ("Kursk region", "Kursk Oblast"),
    ("Noto peninsula", "Noto peninsula"),
    ("Ishikawa Prefecture", "Ishikawa"),
    ("Vladivostok", "Vladivostok"),
    ("Beijing", "Beijing"),
    ("Vientiane", "Vientiane"),
    ("Oudomxay", "Oudomxay"),
    ("Gangwon Province", "Gangwon"),
    ("Hoeryoung", "Hoeryong"),
    ("Pyong Yang", "Pyongyang"),
    ("Chongjin-si", "Chongjin"),
    ("Musan-kun", "Musan"),
    ("South Hamkyong", "South Hamgyong"),
    ("Shin-uiju", "Sinuiju"),
    ("Sinuiju-shi", "Sinuiju"),
    ("Hyesan airfield", "Hyesan"),
    ("Dandong-Sinuiju customs post", "Sino-Korean Friendship Bridge (Sinuiju–Dandong)"),
    ("Hyesan-Changbai crossing", "Changbai–Hyesan International Bridge"),
    ("Mt. Kumgang", "Mount Kumgang"),
    ("Pyongsung", "Pyongsong"),
    ("Ryangang", "Ryanggang"),
    ("Pyongyang airport", "Pyongyang"),
]


@pytest.mark.parametrize(("spelling", "expected"), SPELLINGS)
def test_spelling_resolves_first(spelling: str, expected: str) -> None:
    found = candidates(spelling)
    assert found, f"nothing for {spelling!r}"
    assert found[0].place.name == expected


def test_table_is_large_enough() -> None:
    assert len(SPELLINGS) >= 150


# Text -> (mention text, top candidate name) of every place found, in order.
MENTIONS = [
    (
        "A trial was held in Hyesan, Ryanggang Province.",
        [("Hyesan", "Hyesan"), ("Ryanggang Province", "Ryanggang")],
    ),
    (
        "Sources in North Hamgyong Province said so.",
        [("North Hamgyong Province", "North Hamgyong")],
    ),
    ("양강도 혜산시에서 재판이 열렸다.", [("양강도", "Ryanggang"), ("혜산시", "Hyesan")]),
    ("혜산에서는 단속이 심하다.", [("혜산", "Hyesan")]),
    ("원산지 표시가 없는 상품", []),  # 원산지 'origin' is not Wonsan
    ("단속을 강화하자 시중에 과일 값이 올랐다.", []),  # strengthening, the market, fruit
    ("대안으로 수동 방식을 썼다. 삼천 명이 모였다.", []),  # alternative, manual, 3,000
    (
        "안주시에서 영광군을 거쳐 백령도에 갔다.",
        [("안주시", "Anju"), ("영광군", "Yonggwang"), ("백령도", "Baengnyeong Island")],
    ),
    ("They ate at a Chinatown restaurant.", []),
    ("the china shop sold bowls", []),
    ("Hyesanese is no word.", []),
    ("The crabs float across the Tumen River.", [("Tumen River", "Tumen River")]),
    ("Crossings on the Yalu and Tumen rivers", [("Yalu", "Yalu River"), ("Tumen", "Tumen River")]),
    (
        "A soldier crossed near Hwacheon, Gangwon Province.",
        [("Hwacheon", "Hwacheon"), ("Gangwon Province", "Gangwon")],
    ),
    (
        "Executions in Wonsan, Gangwon Province, drew crowds.",
        [("Wonsan", "Wonsan"), ("Gangwon Province", "Kangwon")],
    ),
    ("His family was sent to Yodok camp.", [("Yodok camp", "Kwalliso No. 15 Yodok")]),
    ("The market in Yodok County reopened.", [("Yodok County", "Yodok")]),
    ("6년 형을 받고 개천교화소로 보내졌다.", [("개천교화소", "Kyohwaso No. 1 Kaechon")]),
    ("SEOUL, May 30 -- Talks in Pyongyang.", [("SEOUL", "Seoul"), ("Pyongyang", "Pyongyang")]),
]


@pytest.mark.parametrize(("text", "expected"), MENTIONS)
def test_find_places(text: str, expected: list[tuple[str, str]]) -> None:
    found = find_places(text)
    assert [(m.text, m.candidates[0].name) for m in found] == expected
    for m in found:
        assert text[m.start : m.end] == m.text


# Text (evidence = every sentence), event type -> (name, admin1) of the event's location.
LOCATIONS = [
    (
        "A man was executed in Hyesan, Ryanggang Province, on Sept. 25.",
        "execution",
        ("Hyesan", "Ryanggang"),
    ),
    ("SEOUL, May 30 -- Nine defectors were arrested in Vientiane.", "arrest", ("Vientiane", None)),
    ("Pyongyang said on Monday it had arrested two spies.", "arrest", None),
    ("Seoul's spy agency said the smugglers were caught.", "arrest", None),
    (
        "He waited to board a flight out of Pyongyang's airport.",
        "arrest",
        ("Pyongyang", "Pyongyang"),
    ),
    ("The trial was held at Hyesan airfield before a crowd.", "trial", ("Hyesan", "Ryanggang")),
    ("He was tried in public at Tanchon Market.", "trial", ("Tanchon", "South Hamgyong")),
    (
        "His wife and children were sent to Camp 15.",
        "detention",
        ("Kwalliso No. 15 Yodok", "South Hamgyong"),
    ),
    (
        "He was tried in Hoeryong and sent to Kwalliso No. 22.",
        "trial",
        ("Hoeryong", "North Hamgyong"),
    ),
    ("Police in Yanji, in China's Jilin Province, arrested four.", "arrest", ("Yanji", "Jilin")),
    ("Chinese border guards seized a boat near Dandong.", "seizure", ("Dandong", "Liaoning")),
    ("Smugglers in Yanggang Province have grown careful.", "smuggling", ("Ryanggang", "Ryanggang")),
    ("China will stop importing coal from North Korea.", "sanction", None),
    ("Indonesian authorities stopped the ship.", "seizure", ("Indonesia", None)),
    (
        "They were caught in Oudomxay province as they headed for the capital, Vientiane.",
        "arrest",
        ("Oudomxay", "Oudomxay"),
    ),
    ("Coast guard ships escorted them into Sokcho Harbor.", "escape", ("Sokcho", None)),
    ("양강도 혜산시에서 지난 19일 청년이 총살됐다.", "execution", ("Hyesan", "Ryanggang")),
    ("강원도 원산에서 한 남성이 공개총살됐다.", "execution", ("Wonsan", "Kangwon")),
    (
        "Ukrainian forces captured two soldiers in the Kursk region.",
        "arrest",
        ("Kursk Oblast", "Kursk Oblast"),
    ),
    ("Officials said nothing more.", "arrest", None),
    (
        "Police in Unsan, South Pyongan Province, arrested three.",
        "arrest",
        ("Unsan", "South Pyongan"),
    ),
    (
        "Police in Unsan, North Pyongan Province, arrested three.",
        "arrest",
        ("Unsan", "North Pyongan"),
    ),
    ("A man crossed into Goseong, Gangwon Province, on Tuesday.", "escape", ("Goseong", "Gangwon")),
    (
        "Troops in Kosong County, Kangwon Province, were put on alert.",
        "crackdown",
        ("Kosong", "Kangwon"),
    ),
    ("고성군 주민 3명이 체포됐다. 강원도 소식통이 전했다.", "arrest", ("Kosong", "Kangwon")),
    (
        "The six were sent back through the Dandong-Sinuiju customs post.",
        "arrest",
        ("Dandong", "Liaoning"),
    ),
    ("GENEVA/SEOUL -- UN experts asked about shootings at the border.", "crackdown", None),
    ("Four were arrested; diplomats in Beijing believe the ring was large.", "arrest", None),
    ("The Seoul-based group said the executions go on.", "execution", None),
    ("Reports of his execution surfaced in Seoul last week.", "execution", None),
    ("Word of the arrests emerged in Dandong in May.", "arrest", None),
    (
        "His family was sent to Yodok last year.",
        "detention",
        ("Kwalliso No. 15 Yodok", "South Hamgyong"),
    ),
    ("A market vendor was arrested in Yodok last year.", "arrest", ("Yodok", "South Hamgyong")),
    # where goods or people went is not where the event was
    ("The women had been sold to buyers in Heilongjiang Province.", "smuggling", None),
    ("The meat went to markets and one restaurant in Pyongyang.", "smuggling", None),
    ("The cattle were sold in Hyesan markets.", "smuggling", ("Hyesan", "Ryanggang")),
    ("그는 개천교화소로 이송됐다.", "trial", None),
    ("The smugglers shipped zinc to Dandong.", "smuggling", ("Dandong", "Liaoning")),
    ("They were taken to Beijing and flown to Pyongyang.", "arrest", ("Beijing", None)),
    ("They crossed the river and fled to Changbai.", "escape", ("Changbai", "Jilin")),
    # a place that describes a person
    ("He was long the second most powerful man in Pyongyang.", "execution", None),
    ("The defector, born in Hoeryong, was arrested in Yanji.", "arrest", ("Yanji", "Jilin")),
    # a ship named after a place
    ("The tanker Saebyol received oil off the coast.", "smuggling", None),
    ("천마산호가 공해상에서 석유를 옮겨 실었다.", "smuggling", None),
    # places listed side by side: where something ran along, not one place
    ("Intruders on the Yalu and Tumen rivers will be shot.", "crackdown", None),
    ("탈북민 600명이 단둥, 훈춘 등 국경 도시를 거쳐 북송됐다.", "arrest", None),
    ("Police arrested a man in Hyesan, Ryanggang Province.", "arrest", ("Hyesan", "Ryanggang")),
]


@pytest.mark.parametrize(("text", "event_type", "expected"), LOCATIONS)
def test_locate(text: str, event_type: str, expected: tuple[str, str | None] | None) -> None:
    got = locate(text, find_places(text), [(0, len(text))], event_type)
    result = (got.name, got.admin1) if got else None
    assert result == expected


def _in_paragraph(text: str, evidence: str, event_type: str) -> str | None:
    at = text.index(evidence)
    got = locate(text, find_places(text), [(at, at + len(evidence))], event_type)
    return got.name if got else None


def test_the_paragraph_place_must_be_the_only_one_its_sentence_names() -> None:
    lone = "Soldiers watch the river near Hyesan. A man was caught last week."
    assert _in_paragraph(lone, "A man was caught last week.", "arrest") == "Hyesan"
    apart = "He ran a church in Dandong and took soil near Yongbyon. He was caught last week."
    assert _in_paragraph(apart, "He was caught last week.", "arrest") is None
    ko = "대홍단군에서 5명, 함경북도에서 5명이 처형됐다. 함께 재판에 회부된 20명은 살았다."
    assert _in_paragraph(ko, "함께 재판에 회부된 20명은 살았다.", "trial") is None


def test_at_the_scene_is_where_the_last_happening_was_not_where_it_was_going() -> None:
    text = (
        "Customs officers in Sinuiju seized gold in a truck bound for Dandong. "
        "The driver was detained at the scene."
    )
    assert _in_paragraph(text, "The driver was detained at the scene.", "arrest") == "Sinuiju"


def test_at_the_customs_in_korean_points_back_at_the_crossing_town() -> None:
    text = "만포세관을 통해 넘기려던 3명이 체포됐다. 세관에 남아 있던 정광은 모두 압수됐다."
    assert _in_paragraph(text, "세관에 남아 있던 정광은 모두 압수됐다.", "seizure") == "Manpo"


def test_a_rivers_province_is_not_the_camps() -> None:
    text = (
        "A trial was held in Hyesan. The group sold copper across the Yalu River. "
        "They were sent to Chongori kyohwaso in North Hamgyong Province."
    )
    at = text.index("The group")
    got = locate(text, find_places(text), [(at, at + 45)], "smuggling")
    assert got is not None and (got.name, got.admin1) == ("Yalu River", "Ryanggang")


def test_a_town_listed_with_names_the_gazetteer_lacks_is_not_alone() -> None:
    text = (
        "The commission heard witnesses at hearings in Seoul, Tokyo, London and Washington. "
        "It found crimes against humanity."
    )
    assert _in_paragraph(text, "It found crimes against humanity.", "detention") is None
    apposed = "The ship approached the Panama Canal, Security Minister Mulino said. It was seized."
    assert _in_paragraph(apposed, "It was seized.", "seizure") == "Panama Canal"


def test_two_markets_of_one_city_are_one_paragraph_place() -> None:
    text = "Inspectors searched stalls in Haebang Market and Nagyang Market. Seven were detained."
    assert _in_paragraph(text, "Seven were detained.", "arrest") == "Chongjin"


def test_a_town_by_the_river_is_the_paragraph_place() -> None:
    text = "Gold left over the Amrok (Yalu) River near Hyesan. The smugglers resold it."
    assert _in_paragraph(text, "The smugglers resold it.", "smuggling") == "Hyesan"


def test_locate_looks_back_for_the_city() -> None:
    text = "A public trial was held in Chongjin.\nThe city has seen many such trials."
    start = text.index("The city")
    got = locate(text, find_places(text), [(start, len(text))], "trial")
    assert got is not None and got.name == "Chongjin" and got.precision == "town"


def test_locate_gives_a_river_the_province_of_the_town_beside_it() -> None:
    text = "Hunchun, in Jilin Province, trades with the North. Crabs float across the Tumen River."
    start = text.index("Crabs")
    got = locate(text, find_places(text), [(start, len(text))], "smuggling")
    assert got is not None and (got.name, got.admin1, got.kind) == ("Tumen River", "Jilin", "river")


def test_location_carries_coordinates_and_gazetteer_id() -> None:
    text = "Nine people were shot in Hyesan."
    got = locate(text, find_places(text), [(0, len(text))], "execution")
    assert got is not None
    assert got.gazetteer_id == "kp-adm2-kp0101" and got.country == "KP"
    assert got.lat is not None and 41 < got.lat < 42 and got.lon is not None and 128 < got.lon < 129


def test_locate_reads_that_day_as_the_occasion_just_told() -> None:
    text = "재판은 혜산 비행장에서 열렸다.\n\n이날 재판에 선 사람은 모두 13명이었다."
    start = text.index("이날")
    got = locate(text, find_places(text), [(start, len(text))], "trial")
    assert got is not None and (got.name, got.admin1) == ("Hyesan", "Ryanggang")


@pytest.mark.parametrize("text", ["", "   ", "\n\n", "No places here at all."])
def test_empty_inputs(text: str) -> None:
    assert find_places(text) == []
    assert locate(text, find_places(text), [], "arrest") is None
    assert locate(text, find_places(text), [(0, len(text))], "arrest") is None


def test_locate_reads_the_province_named_earlier_in_the_paragraph() -> None:
    text = (
        "Smugglers in Yanggang Province grew careful.\n\n"
        "A source in the province said so. Those questioned before are the most careful."
    )
    start = text.index("Those")
    got = locate(text, find_places(text), [(start, len(text))], "arrest")
    assert got is not None and (got.name, got.precision) == ("Ryanggang", "province")
    # a campaign told without a place of its own is nationwide (tests/test_attachment.py)
    assert locate(text, find_places(text), [(start, len(text))], "crackdown") is None


@pytest.mark.parametrize(
    ("pattern", "example"),
    [
        (r"\bthe (port |border |same )?(city|town)\b", "held in the border city"),
        (r"\b[a-z]+-dong\b", "the agent of songbong-dong"),
        ("[가-힣]+동에서", "송봉동에서 체포됐다"),
        (r"(?<![가-힣])세관에", "세관에 남아 있던"),
        (r"\bduring the (arrests?|raids?|search(es)?|inspections?)\b", "seized during the raid"),
    ],
)
def test_an_anaphora_phrase_is_skipped_only_without_its_literals(
    pattern: str, example: str
) -> None:
    from nkevents.detect.places import _needs

    assert re.search(pattern, example)
    assert any(x in example for x in _needs(pattern))


def test_gangwon_goseong_written_short_is_the_southern_county() -> None:
    from nkevents.extract import extract
    from nkevents.model import Document

    text = "북한 남성 1명이 지난 16일 강원 고성 앞바다로 헤엄쳐 귀순했다."
    events = extract(Document("t", text, published="2021-06-20", language="ko")).events
    assert [(e.type, e.location.name if e.location else None) for e in events] == [
        ("escape", "Goseong")
    ]


def test_a_korean_unit_named_by_its_county_is_an_affiliation_not_a_place() -> None:
    from nkevents.extract import extract
    from nkevents.model import Document

    text = "이달 초 평안북도 삭주군 소속 경비대원 2명이 단둥으로 건너가 음식을 훔치려다 붙잡혔다."
    events = extract(Document("t", text, published="2021-06-20", language="ko")).events
    arrest = next(e for e in events if e.type == "arrest")
    assert arrest.location is not None and arrest.location.name == "Dandong"


def test_a_korean_port_is_its_town() -> None:
    from nkevents.extract import extract
    from nkevents.model import Document

    text = "외국인 관광객 1명이 지난해 11월 나진항을 통해 입국했다가 억류됐다."
    events = extract(Document("t", text, published="2021-06-20", language="ko")).events
    arrest = next(e for e in events if e.type == "arrest")
    assert arrest.location is not None and arrest.location.admin1 == "Rason"


def test_a_missile_or_summit_named_after_a_place_is_no_place_of_an_event() -> None:
    from nkevents.extract import extract
    from nkevents.model import Document

    def places(text: str) -> list[str | None]:
        doc = Document("t", text, published="2021-06-20", language="ko")
        return [e.location.name if e.location else None for e in extract(doc).events]

    assert places("중국은 지난 4일 '화성-14형' 미사일 발사 이후 밀무역을 집중 단속하고 있다.") == [
        None
    ]
    assert places("하노이 북미정상회담 실무 협상을 맡았던 특별대표가 지난 3월 처형됐다.") == [None]
    assert places("북한 주민 2명이 지난 3월 하노이에서 체포됐다.") == ["Hanoi"]


def test_mirim_airfield_is_in_pyongyang() -> None:
    from nkevents.extract import extract
    from nkevents.model import Document

    text = "간부 5명이 지난 3월 미림비행장에서 처형당했다."
    events = extract(Document("t", text, published="2021-06-20", language="ko")).events
    assert [e.location.admin1 if e.location else None for e in events] == ["Pyongyang"]


def test_a_rivers_province_must_be_one_it_runs_through() -> None:
    text = "Patrols were doubled in Pyongyang. Smugglers carried copper across the Yalu River."
    start = text.index("Smugglers")
    got = locate(text, find_places(text), [(start, len(text))], "smuggling")
    assert got is not None and (got.name, got.admin1) == ("Yalu River", None)


def test_a_sea_line_takes_the_province_of_a_town_in_its_own_sentence_only() -> None:
    apart = "The crew had lived in Haeju for years. Their boat had crossed the Northern Limit Line."
    start = apart.index("Their boat")
    got = locate(apart, find_places(apart), [(start, len(apart))], "escape")
    assert got is not None and (got.name, got.admin1) == ("Northern Limit Line", None)
    together = "Their boat crossed the Northern Limit Line after leaving Haeju."
    end = together.index(" after")
    got = locate(together, find_places(together), [(0, end)], "escape")
    assert got is not None and (got.name, got.admin1) == ("Northern Limit Line", "South Hwanghae")


@pytest.mark.parametrize(
    ("text", "event_type", "expected"),
    [
        (
            "A source in North Hamgyong Province said phone checks have grown stricter.",
            "crackdown",
            None,
        ),
        ("양강도의 한 소식통은 휴대전화 검열이 심해졌다고 말했다.", "crackdown", None),
        (
            "A source in North Hamgyong Province said police raided homes in Chongjin.",
            "crackdown",
            ("Chongjin", "North Hamgyong"),
        ),
        (
            "A source in North Hamgyong Province said three smugglers were arrested.",
            "arrest",
            ("North Hamgyong", "North Hamgyong"),
        ),
    ],
)
def test_a_sources_home_does_not_place_a_campaign(
    text: str, event_type: str, expected: tuple[str, str | None] | None
) -> None:
    got = locate(text, find_places(text), [(0, len(text))], event_type)
    assert ((got.name, got.admin1) if got else None) == expected


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # a place that says where a person lives
        ("A trader, a resident of Hamhung city, said customs checks got stricter.", "crackdown"),
        # a newspaper or broadcaster named after its city
        ("Ten fishermen were detained, the Dandong Times reported.", "arrest"),
        ("모스크바 타임스 등에 따르면 어선 3척이 나포됐다.", "seizure"),
        ("단둥신문은 밀수꾼 2명이 체포됐다고 전했다.", "arrest"),
        ("밀수꾼 2명이 체포됐다고 단둥(丹东)신문이 전했다.", "arrest"),
        ("Two smugglers were arrested, Dandong's Evening Herald reported.", "arrest"),
        # a ship named after a place, quoted with its number
        ("석탄은 '신평 6'에서 옮겨 실렸다.", "smuggling"),
        ("The coal came off the 'Sinpyong 6' at night.", "smuggling"),
        # where a diplomat is posted
        ("러시아는 모스크바 주재 북한 대사를 초치했다.", "arrest"),
    ],
)
def test_a_place_that_names_a_person_a_paper_a_ship_or_a_post_places_nothing(
    text: str, event_type: str
) -> None:
    assert locate(text, find_places(text), [(0, len(text))], event_type) is None


def test_a_country_whose_paper_told_of_an_arrest_is_not_where_it_was() -> None:
    from nkevents.extract import extract
    from nkevents.model import Document

    text = "A singer was arrested in August, according to reports in Japan's Mainichi Shimbun."
    doc = Document(id="t", text=text, language="en", published="2019-05-02")
    assert [(e.type, e.location) for e in extract(doc).events] == [("arrest", None)]
    text = "A singer was arrested in August, according to reports in Japan."
    doc = Document(id="t", text=text, language="en", published="2019-05-02")
    assert [(e.type, e.location and e.location.name) for e in extract(doc).events] == [
        ("arrest", "Japan")
    ]


def test_a_newspaper_word_is_read_only_right_after_the_place() -> None:
    text = "He crossed at Hyesan many times before he was caught."
    got = locate(text, find_places(text), [(0, len(text))], "arrest")
    assert got is not None and got.name == "Hyesan"


def test_a_latin_name_takes_a_korean_particle() -> None:
    text = "어선은 12일 밤 NLL을 넘었고 군은 DMZ에서 경계를 강화했다."
    assert [(m.text, m.candidates[0].name) for m in find_places(text)] == [
        ("NLL", "Northern Limit Line"),
        ("DMZ", "Demilitarized Zone"),
    ]
    got = locate(text, find_places(text), [(0, text.index(" 군은"))], "escape")
    assert got is not None and got.name == "Northern Limit Line"
    assert find_places("HyesanX와 NLLX에서") == []  # glued to letters that are no particle


def test_a_foreign_region_named_at_the_head_of_a_towns_name_is_its_admin1() -> None:
    text = "남성은 강원 고성 해안으로 헤엄쳐 넘어왔다."
    got = locate(text, find_places(text), [(0, len(text))], "escape")
    assert got is not None and (got.name, got.admin1) == ("Goseong", "Gangwon")
    bare = "He swam ashore at Goseong."
    got = locate(bare, find_places(bare), [(0, len(bare))], "escape")
    assert got is not None and (got.name, got.admin1) == ("Goseong", None)


def test_a_korean_place_written_onto_its_countrys_name_is_found() -> None:
    found = find_places("그는 중국연변의 한 농촌에서 붙잡혔다.")
    assert [(m.text, m.candidates[0].name) for m in found] == [("연변", "Yanbian")]
    assert find_places("그들은 북한산 석탄을 샀다.") == []  # made in North Korea: no place


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nine crossed the de facto inter-Korean sea border by boat.", "Northern Limit Line"),
        ("The boat drifted across the disputed maritime boundary.", None),
        ("A soldier ran across the border dividing the two Koreas.", "Military Demarcation Line"),
        ("He walked across the inter-Korean border at dawn.", "Military Demarcation Line"),
        ("어선이 남북 해상경계선을 넘어 귀순했다.", "Northern Limit Line"),
        ("They crossed the border into China.", None),
    ],
)
def test_a_line_told_by_description_is_that_line(text: str, expected: str | None) -> None:
    got = locate(text, find_places(text), [(0, len(text))], "escape")
    assert (got.name if got else None) == expected


@pytest.mark.parametrize(
    ("text", "event_type", "expected"),
    [
        # a court or tribunal named without its country or town sits in Pyongyang
        (
            "Both smugglers faced the Supreme Court last week and got ten years.",
            "trial",
            "Pyongyang",
        ),
        ("He was tried in the Supreme Court in Seoul and lost.", "trial", "Seoul"),
        ("The Supreme Court upheld his sentence on appeal.", "trial", None),
        ("A special military tribunal sentenced him to death.", "trial", "Pyongyang"),
        # an execution told with the tribunal that ordered it, with no town named
        (
            "He was tried by a special military tribunal and executed at once.",
            "execution",
            "Pyongyang",
        ),
        ("국가보위성 특별군사재판 직후 그는 처형됐다.", "execution", "Pyongyang"),
        ("He was tried by the Central Court and shot in Hyesan.", "execution", "Hyesan"),
        # the country's court named at the start of a sentence
        ("The country's Supreme Court sentenced the tourist on Tuesday.", "trial", "Pyongyang"),
        ("The nation's highest court handed down the verdict.", "trial", "Pyongyang"),
    ],
)
def test_a_court_or_tribunal_without_a_town_is_in_pyongyang(
    text: str, event_type: str, expected: str | None
) -> None:
    got = locate(text, find_places(text), [(0, len(text))], event_type)
    assert (got.name if got else None) == expected


def test_a_residents_source_is_a_source() -> None:
    text = "평안북도의 한 주민소식통은 마약 단속이 강화됐다고 말했다."
    assert locate(text, find_places(text), [(0, len(text))], "crackdown") is None


def test_a_name_after_the_is_the_river_not_the_town() -> None:
    river = find_places("Three women waded across the Tumen in May.")
    assert [(m.text, m.candidates[0].name) for m in river] == [("Tumen", "Tumen River")]
    town = find_places("Three women were sold in Tumen in May.")
    assert [(m.text, m.candidates[0].name) for m in town] == [("Tumen", "Tumen")]


def test_a_korean_verb_takes_the_place_of_its_own_clause() -> None:
    text = "가족 5명은 무산군 삼봉리에서 강을 건넌 뒤 사흘 만에 중국 연변의 한 마을에서 체포됐다."
    trigger = text.index("체포")
    got = locate(text, find_places(text), [(0, len(text))], "arrest", trigger=trigger)
    assert got is not None and got.name == "Yanbian"
    without = locate(text, find_places(text), [(0, len(text))], "arrest")
    assert without is None or without.name != "Yanbian"  # without the verb: the town first
    one = "재판은 혜산시 양강도재판소 앞에서 열렸다."  # one phrase of where: its town
    got = locate(one, find_places(one), [(0, len(one))], "trial", trigger=one.index("열렸"))
    assert got is not None and got.name == "Hyesan"


def test_the_city_points_back_at_the_city_the_report_was_filed_from() -> None:
    from extract_support import one_event

    text = (
        "Smugglers arrested\n\n"
        "HYESAN -- Six smugglers have been arrested in the city this month, a source said.\n\n"
        "The six were caught carrying copper wire down to the riverbank at night.\n"
    )
    event = one_event(text, "arrest", published="2021-03-12", language="en")
    assert event.location is not None and event.location.name == "Hyesan"
    # a dateline alone places nothing
    text = "SEOUL -- Six smugglers have been arrested this month, a source said.\n"
    event = one_event(text, "arrest", published="2021-03-12", language="en")
    assert event.location is None or event.location.name != "Seoul"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the capital named by its country's name
        ("A man was executed in the North Korean capital on March 3 for theft.\n", "Pyongyang"),
        ("A man was executed in the North's capital on March 3 for theft.\n", "Pyongyang"),
        # a capital's possessive that names a part of it is a place, not its government
        ("Two traders were arrested in Pyongyang's Sadong district on March 3.\n", "Pyongyang"),
        # people from a town are arrested where the sentence says, not whence they came
        ("Two women from Hyesan were arrested in Changbai on March 3.\n", "Changbai"),
    ],
)
def test_where_an_arrest_or_execution_happened(text: str, expected: str) -> None:
    from extract_support import events_of

    (event,) = events_of(text, published="2021-03-12", language="en")
    assert event.location is not None and event.location.name == expected
