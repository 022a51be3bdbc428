"""The people count told in other common words (English and Korean): vague counts, pairs,
families, companions, lists of names and counts beside others (invented sentences)."""

from __future__ import annotations

import pytest
from extract_support import events_of


def _people(text: str, etype: str, language: str) -> list[int | None]:
    return [e.people for e in events_of(text, published="2024-04-10", language=language)
            if e.type == etype]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Dozens of traders were arrested in Hyesan last month.", "en"),
        ("Hundreds of North Koreans were detained in Hyesan in March.", "en"),
        ("Scores of people were arrested in Chongjin in May.", "en"),
        ("지난달 혜산에서 주민 수십 명이 체포됐다.", "ko"),
        ("지난달 혜산에서 밀수꾼 수십명이 체포됐다고 소식통이 전했다.", "ko"),
    ],
)
def test_a_count_told_by_its_order_of_magnitude_is_no_number(text: str, language: str) -> None:
    assert _people(text, "arrest", language) == [None]


@pytest.mark.parametrize(
    ("text", "language", "people"),
    [
        (
            "Dozens of traders were arrested in Hyesan on March 3. Police said 14 traders "
            "were arrested in the raid.",
            "en",
            14,
        ),
        ("지난달 혜산에서 주민 수십 명이 체포됐다. 체포된 주민은 모두 23명이다.", "ko", 23),
        ("More than 20 people were arrested in Hamhung last year.", "en", 20),
        ("지난달 회령에서 주민 30여명이 체포된 것으로 알려졌다.", "ko", 30),
    ],
)
def test_a_number_told_beside_or_rounded_is_kept(text: str, language: str, people: int) -> None:
    assert _people(text, "arrest", language) == [people]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("지난달 혜산에서 김모씨 외 3명이 체포됐다.", 4),
        ("지난달 혜산에서 간부 박씨 외에 동료 2명이 체포됐다.", 3),
        ("지난달 혜산에서 부부와 자녀 2명이 탈북하다 붙잡혔다.", 4),
        ("지난달 혜산에서 김모씨 등 3명이 체포됐다.", 3),  # 등: the three include him
        ("지난달 혜산에서 그 외 3명이 체포됐다.", 3),  # 그 외: "besides that", no one more
    ],
)
def test_a_korean_one_besides_others_and_a_couple_with_children(text: str, people: int) -> None:
    assert _people(text, "arrest", "ko") == [people]


def test_a_korean_part_of_a_count_is_the_subject_before_a_date_and_place() -> None:
    text = "지난 3월 체포된 12명 중 3명이 지난 5일 혜산에서 총살됐다."
    assert _people(text, "execution", "ko") == [3]
    text = "체포된 밀수꾼 5명 중 2명은 지난달 총살되고 3명은 교화소에 보내졌다."
    assert _people(text, "execution", "ko") == [2]
    assert _people(text, "detention", "ko") == [3]


def test_a_korean_part_before_a_noun_of_intent_is_not_its_subject() -> None:
    # "귀순 의도": a noun after the event word, no verb done to the two
    text = (
        "지난 5일 어선에 탄 4명이 삼척항에서 발견됐는데, 4명 중 2명은 처음부터 귀순 의도를 "
        "갖고 떠났다."
    )
    assert 2 not in _people(text, "escape", "ko")


@pytest.mark.parametrize(
    ("text", "etype", "language", "people"),
    [
        (
            "A mother and her two children were caught near the river in Musan last week.",
            "arrest",
            "en",
            3,
        ),  # fmt: skip
        ("His wife and son were later arrested in Hyesan.", "arrest", "en", 2),
        ("지난달 혜산에서 어머니와 딸이 체포됐다.", "arrest", "ko", 2),
        ("지난달 혜산에서 남편과 아내가 탈북하다 체포됐다.", "arrest", "ko", 2),
        ("지난달 혜산에서 아버지와 아들이 함께 총살됐다.", "execution", "ko", 2),
    ],
)
def test_relatives_named_as_the_subject_are_the_people(
    text: str, etype: str, language: str, people: int
) -> None:
    assert _people(text, etype, language) == [people]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("His wife and son were forced to watch as he was executed in Hyesan on Monday.", "en"),
        ("남편과 아내가 지켜보는 가운데 김씨가 지난 5일 혜산에서 총살됐다.", "ko"),
        ("지난 5일 혜산에서 김씨가 총살됐다. 김씨의 아내와 딸은 처형장 앞줄에 세워졌다.", "ko"),
    ],
)
def test_relatives_made_to_watch_are_not_the_people(text: str, language: str) -> None:
    assert _people(text, "execution", language) == [1]


@pytest.mark.parametrize(
    ("text", "etype", "people"),
    [
        ("Ri Chol, Pak Nam and Kim Song were executed in Pyongyang on March 3.", "execution", 3),
        (
            "Authorities executed Ri Chol, 45, Pak Nam and Kim Song in Pyongyang on March 3.",
            "execution",
            3,
        ),  # fmt: skip
        ("Kim and his wife were arrested in Hyesan last month.", "arrest", 2),
        ("Park, 42, and his wife were detained in Hyesan last month.", "arrest", 2),
        ("The soldier and his commander were arrested in Hyesan on March 3.", "arrest", 2),
        ("A couple was arrested in Hyesan last month for helping defectors.", "arrest", 2),
        ("Two married couples were arrested in Hyesan in March.", "arrest", 4),
        ("Authorities detained a couple of traders in Sinuiju on Monday.", "arrest", 2),
        ("A pair of smugglers were arrested in Hyesan on Monday.", "arrest", 2),
        (
            "Half a dozen soldiers were arrested in Hoeryong on March 3 for selling fuel.",
            "arrest",
            6,
        ),  # fmt: skip
    ],
)
def test_english_names_listed_companions_couples_and_pairs(
    text: str, etype: str, people: int
) -> None:
    assert _people(text, etype, "en") == [people]


def test_a_list_opened_by_a_conjunction_or_without_its_own_verb_is_no_count() -> None:
    text = "But, Ri and Pak have told reporters that they were beaten in custody in Hyesan."
    assert 3 not in _people(text, "arrest", "en")
    text = "A couple of days later, police arrested three traders in Hyesan."
    assert _people(text, "arrest", "en") == [3]


def test_half_a_dozen_and_a_couple_of_are_numbers() -> None:
    from nkevents.detect.numbers import find_counts

    assert [c.value for c in find_counts("half a dozen guards", "en")] == [6]
    assert [c.value for c in find_counts("a couple of guards", "en")] == [2]
    assert find_counts("a couple of days", "en") == []


@pytest.mark.parametrize(
    ("text", "etype", "people"),
    [
        (
            "Two guards who helped 12 defectors cross the river were executed in Hyesan on Monday.",
            "execution",
            2,
        ),  # fmt: skip
        ("A man who helped three people escape was arrested in Hyesan on Monday.", "arrest", 1),
        ("A man who helped three people escape was arrested in Hyesan on Monday.", "escape", 3),
        ("She was arrested along with her two daughters in Hyesan on March 3.", "arrest", 3),
        (
            "A 30-year-old man and his 25-year-old wife were caught near Musan on March 3.",
            "arrest",
            2,
        ),  # fmt: skip
        (
            "A seven-member family was caught crossing the Tumen River near Musan on March 3.",
            "arrest",
            7,
        ),  # fmt: skip
        (
            "North Korea arrests 4 for selling phones\nPolice in Hyesan arrested the traders on "
            "Monday, a source said.",
            "arrest",
            4,
        ),  # fmt: skip
        (
            "Three executed for smuggling in Hyesan\nAuthorities shot the men at an airfield on "
            "Tuesday, a source said.",
            "execution",
            3,
        ),  # fmt: skip
    ],
)
def test_english_relative_clauses_companions_families_and_headline_counts(
    text: str, etype: str, people: int
) -> None:
    assert _people(text, etype, "en") == [people]


def test_a_headline_number_before_an_agent_is_no_count() -> None:
    from nkevents.detect.numbers import find_counts

    assert find_counts("3 arrested by the police in Hyesan", "en") == []  # "by": an agent
    assert find_counts("Three executed the plan", "en") == []


@pytest.mark.parametrize(
    ("text", "etype", "people"),
    [
        ("지난달 혜산에서 김모씨와 그의 아내가 체포됐다.", "arrest", 2),
        ("지난달 혜산에서 삼남매가 탈북하다 붙잡혔다.", "arrest", 3),
        ("지난달 혜산에서 3형제가 밀수 혐의로 체포됐다.", "arrest", 3),
    ],
)
def test_korean_one_and_a_companion_and_siblings_counted(
    text: str, etype: str, people: int
) -> None:
    assert _people(text, etype, "ko") == [people]


def test_the_death_penalty_system_counts_no_siblings() -> None:
    from nkevents.detect.numbers import find_counts

    assert find_counts("북한은 사형제 폐지를 거부했다.", "ko") == []


@pytest.mark.parametrize(
    ("text", "etype", "people"),
    [
        (
            "지난 5일 혜산에서 밀수꾼 2명이 총살돼 올해 처형된 사람은 12명으로 늘었다.",
            "execution",
            2,
        ),  # fmt: skip
        (
            "지난 5일 혜산에서 탈북민 2명이 추가로 체포돼 이달 들어 체포된 인원은 15명으로 늘었다.",
            "arrest",
            2,
        ),  # fmt: skip
    ],
)
def test_a_korean_running_total_after_the_clause_leaves_its_happening(
    text: str, etype: str, people: int
) -> None:
    assert _people(text, etype, "ko") == [people]


def test_a_korean_running_total_alone_is_no_happening() -> None:
    assert events_of("올해 들어 혜산에서 체포된 사람은 15명으로 늘었다.", language="ko") == []


@pytest.mark.parametrize(
    ("text", "etype", "people"),
    [
        (
            "A total of nine people, six men and three women, were arrested in Hyesan on March 3.",
            "arrest",
            9,
        ),  # fmt: skip
        (
            "Two brokers, a driver and four defectors were caught in Hyesan on March 3.",
            "arrest",
            7,
        ),  # fmt: skip
        (
            "Authorities detained the woman and her three children in Hyesan on March 3.",
            "arrest",
            4,
        ),  # fmt: skip
        ("A man and his two sons were arrested in Musan last week.", "arrest", 3),
        ("Twelve North Korean restaurant workers defected to the South in April.", "escape", 12),
    ],
)
def test_english_breakdowns_relatives_of_one_and_workers_by_trade(
    text: str, etype: str, people: int
) -> None:
    assert _people(text, etype, "en") == [people]


def test_counts_of_other_kinds_listed_after_a_count_still_add_up() -> None:
    text = "Three miners, a driver and two guards were arrested in Musan on March 3."
    assert _people(text, "arrest", "en") == [6]


@pytest.mark.parametrize(
    ("text", "etype", "people"),
    [
        (
            "Police detained the 11 defectors and their two guides in Kunming on Friday.",
            "arrest",
            13,
        ),  # fmt: skip
        (
            "The boat's captain Ri Chol, 58, and 11 crew members were arrested in Dalian on "
            "March 8.",
            "arrest",
            12,
        ),  # fmt: skip
        (
            "The head and seven employees of a trading firm were arrested in Osaka on Saturday.",
            "arrest",
            8,
        ),  # fmt: skip
        (
            "A married couple living in Onsong County was arrested by security agents on March 3.",
            "arrest",
            2,
        ),  # fmt: skip
        ("Security agents arrested an elderly couple in Hyesan on March 3.", "arrest", 2),
    ],
)
def test_english_companions_counted_after_one_and_couples(
    text: str, etype: str, people: int
) -> None:
    assert _people(text, etype, "en") == [people]


def test_a_place_is_no_singular_subject() -> None:
    text = "Police said the market in Onsong County was raided and traders were arrested."
    assert _people(text, "arrest", "en") == [None]
    text = (
        "Ri Chol, the 40-year-old trader whose trip to North Korea ended in his arrest, has "
        "been released from detention in Pyongyang."
    )
    assert 1 in _people(text, "detention", "en") + _people(text, "arrest", "en")


@pytest.mark.parametrize(
    ("text", "language", "people"),
    [
        (
            "Officials said the unidentified man was apprehended near the border on Tuesday.",
            "en",
            1,
        ),  # fmt: skip
        ("지난달 두 여기자가 불법입국 혐의로 북한 당국에 체포됐다.", "ko", 2),
        ("지난달 세 선교사가 평양에서 체포됐다.", "ko", 3),
    ],
)
def test_one_described_after_said_and_korean_native_numbers_before_more_nouns(
    text: str, language: str, people: int
) -> None:
    assert _people(text, "arrest", language) == [people]


def test_one_described_after_said_is_not_one_who_acts() -> None:
    text = "Sources said the North Korean leader was angered after two officials were executed."
    assert _people(text, "execution", "en") == [2]


def test_korean_han_after_an_object_is_the_verb_not_one() -> None:
    from nkevents.detect.numbers import find_counts

    assert [c.value for c in find_counts("밀수를 한 상인 박모씨가", "ko")] == []
    assert [c.value for c in find_counts("지난달 한 상인이 체포됐다", "ko")] == [1]
