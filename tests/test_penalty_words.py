"""Penalty words as reports use them: short terms, fines, reform in the field, and penalties
that may come rather than were imposed (invented phrases, English and Korean)."""

from __future__ import annotations

import pytest
from extract_support import one_event

from nkevents.detect.penalties import find_penalties


def _first(text: str, language: str) -> tuple[str, int | None, int | None, bool]:
    found = find_penalties(text, language)
    assert found, text
    p = found[0]
    return (p.kind, p.min_months, p.max_months, p.negated)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # six months or less "in a labour camp" is labour training; longer keeps its kind
        ("The two got a five-month term in a labour camp.", "en", ("labor_training", 5, 5, False)),
        ("He was given 18 months of hard labour.", "en", ("forced_labor", 18, 18, False)),
        ("그는 로동단련대형 4개월을 받았다.", "ko", ("labor_training", 4, 4, False)),
        ("그는 노동교화형 1년 6개월을 받았다.", "ko", ("forced_labor", 18, 18, False)),
        # life terms, in the plural and in the North's spelling
        ("Three of the accused were given life terms.", "en", ("life", None, None, False)),
        ("그는 무기 로동교화형을 받았다.", "ko", ("life", None, None, False)),
        ("The tribunal sentenced them to death at once.", "en", ("death", None, None, False)),
        ("그는 사형 판결을 받았다.", "ko", ("death", None, None, False)),
        # money paid to settle is a fine
        (
            "The shipper agreed to pay $3 million in civil penalties.",
            "en",
            ("fine", None, None, False),
        ),
        ("그 회사에는 과징금이 부과됐다.", "ko", ("fine", None, None, False)),
        ("A shipping agent is to pay $2 million to settle.", "en", ("fine", None, None, False)),
        # reform in the field, a suspended term, discipline: other
        ("The envoy underwent revolutionization on a farm.", "en", ("other", None, None, False)),
        ("그는 혁명화 조치를 받았다.", "ko", ("other", None, None, False)),
        ("The clerk was handed a suspended jail term.", "en", ("other", None, None, False)),
        ("Families were banished to the countryside.", "en", ("expulsion", None, None, False)),
        # a penalty that may come is no penalty imposed
        (
            "The driver faces up to 12 years in a labour camp.",
            "en",
            ("forced_labor", None, 144, True),
        ),
        ("The pair could be sentenced to death.", "en", ("death", None, None, True)),
        ("Sellers could face the death penalty.", "en", ("death", None, None, True)),
        ("주동자는 사형에 처해질 수 있다.", "ko", ("death", None, None, True)),
        ("그는 10년 노동교화형을 받을 수 있다.", "ko", ("forced_labor", 120, 120, True)),
        ("그는 사형에 처해졌다.", "ko", ("death", None, None, False)),
        # what an offence or a law carries is no penalty imposed
        (
            "Smuggling is a crime that carries a sentence of up to ten years of hard labour.",
            "en",
            ("forced_labor", None, 120, True),
        ),
        ("Traders are punished with hard labour.", "en", ("forced_labor", None, None, True)),
        ("교화형 5년을 선고받은 자는 모두 일을 한다.", "ko", ("forced_labor", 60, 60, True)),
    ],
)
def test_penalty_words(
    text: str, language: str, expected: tuple[str, int | None, int | None, bool]
) -> None:
    assert _first(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "to_come"),
    [
        ("The couple will soon be sent to a political prison camp.", "en", True),
        ("The trader is expected to be sentenced to death.", "en", True),
        ("가족들은 곧 정치범수용소로 보내질 것이라고 한다.", "ko", True),
        ("가족들은 곧 정치범수용소로 보내 질 것이다.", "ko", True),
        ("그는 사형을 받을 것으로 보인다.", "ko", True),
        ("The couple were sent to a political prison camp.", "en", False),
        ("가족들은 정치범수용소로 보내졌다.", "ko", False),
    ],
)
def test_a_penalty_still_to_come(text: str, language: str, to_come: bool) -> None:
    found = find_penalties(text, language)
    assert found and found[0].to_come is to_come and not found[0].negated


def test_a_camp_to_come_is_no_penalty_of_a_detention() -> None:
    text = (
        "The family was held at the county security office in Onsong on 3 May and will soon "
        "be sent to a political prison camp."
    )
    held = one_event(text, "detention", language="en")
    assert held.penalty is None


def test_a_camp_to_come_after_a_sentence_is_where_it_is_served() -> None:
    text = (
        "지난 3일 공개재판에서 주민 2명이 노동교화형 10년을 선고받았으며 이들은 모두 "
        "개천교화소로 보내질 것이라고 한다."
    )
    trial = one_event(text, "trial", language="ko")
    assert trial.penalty is not None
    assert (trial.penalty.kind, trial.penalty.min_months) == ("forced_labor", 120)


def test_labour_training_received_is_the_penalty_of_those_sent() -> None:
    text = "지난 3일 혜산시에서 체포된 주민 3명은 노동단련대 6개월 처벌을 받았다."
    held = one_event(text, "detention", language="ko")
    assert held.penalty is not None
    assert (held.penalty.kind, held.penalty.min_months) == ("labor_training", 6)


def test_a_clause_saying_what_a_camp_is_for_gives_no_penalty() -> None:
    text = (
        "지난 3일 혜산시에서 주민 5명이 노동단련대로 끌려갔는데, 노동단련대는 노동단련형 "
        "6개월에서 1년을 받은 사람들을 수용하는 곳이다."
    )
    held = one_event(text, "detention", language="ko")
    assert held.penalty is not None
    assert (held.penalty.kind, held.penalty.min_months) == ("labor_training", None)


def test_penalties_shared_out_count_all_the_sentenced() -> None:
    text = "지난 3일 혜산시 공개재판에서 주민 1명에게 무기형이, 2명에게 15년형이 선고됐다."
    trial = one_event(text, "trial", language="ko")
    assert trial.people == 3
    text = (
        "지난 3일 혜산시 공개재판에서 밀수꾼 9명 중 6명은 무기노동교화형, 나머지 3명은 "
        "15년형을 받았다."
    )
    assert one_event(text, "trial", language="ko").people == 9
