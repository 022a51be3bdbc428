"""Table-driven tests of the penalty detector: one line per phrase."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from test_dates import findable

from nkevents.detect.penalties import find_penalties

CASES = [
    # phrase, (kind, min_months, max_months, facility) of the first penalty, or None
    (
        "sentenced to forced labor for between six months and two years",
        ("forced_labor", 6, 24, None),
    ),
    ("sentenced to forced labour for six months to two years", ("forced_labor", 6, 24, None)),
    ("a 15-year term of hard labour", ("forced_labor", 180, 180, None)),
    ("15 years of hard labor", ("forced_labor", 180, 180, None)),
    ("ten years of reform through labor", ("forced_labor", 120, 120, None)),
    ("ten years of reform-through-labour", ("forced_labor", 120, 120, None)),
    ("sentenced to 10 years of correctional labor", ("forced_labor", 120, 120, None)),
    ("sentenced to hard labor for one to two years", ("forced_labor", 12, 24, None)),
    ("sentenced to two years and six months of hard labor", ("forced_labor", 30, 30, None)),
    ("sentenced to a year and a half of forced labor", ("forced_labor", 18, 18, None)),
    ("sentenced to hard labor of up to 15 years", ("forced_labor", None, 180, None)),
    ("sentenced to at least five years of forced labor", ("forced_labor", 60, None, None)),
    ("a businessman serving ten years for espionage", ("forced_labor", 120, 120, None)),
    ("was sentenced to 12 years", ("forced_labor", 144, 144, None)),
    ("a 12-year sentence", ("forced_labor", 144, 144, None)),
    ("sent to a labour camp", ("forced_labor", None, None, None)),
    (
        "an unnamed correctional labour camp; the term appears to be about nine months",
        ("forced_labor", 9, 9, None),
    ),
    ("sent to the Huiyang-ri kyohwaso", ("forced_labor", None, None, "Huiyang-ri kyohwaso")),
    (
        "at the Huiyang-ri Correctional Labor Camp (kyohwaso) in Hamhung",
        ("forced_labor", None, None, "Huiyang-ri Correctional Labor Camp"),
    ),
    (
        "The Oro Correctional Labor Camp Facility in Yonggwang County",
        ("forced_labor", None, None, "Oro Correctional Labor Camp Facility"),
    ),
    (
        "the Kaechon Correctional Labor Camp",
        ("forced_labor", None, None, "Kaechon Correctional Labor Camp"),
    ),
    ("Kwalliso No. 22, the vast camp", ("political_prison_camp", None, None, "Kwalliso No. 22")),
    ("Camp 18 at Pukchang", ("other", None, None, "Camp 18")),
    (
        "the Yodok political prison camp",
        ("political_prison_camp", None, None, "Yodok political prison camp"),
    ),
    ("sent to prison camps", ("political_prison_camp", None, None, None)),
    ("sent to a political prison camp", ("political_prison_camp", None, None, None)),
    ("political penal labour colonies (kwalliso)", ("political_prison_camp", None, None, None)),
    ("six months in a labor training camp", ("labor_training", 6, 6, None)),
    ("sent to a labor training unit for three months", ("labor_training", 3, 3, None)),
    ("sentenced to rodong danryeondae", ("labor_training", None, None, None)),
    ("sentenced to life imprisonment", ("life", None, None, None)),
    ("sentenced to hard labour for life", ("life", None, None, None)),
    ("life in prison with hard labour", ("life", None, None, None)),
    ("handed life sentences", ("life", None, None, None)),
    ("sentenced to death", ("death", None, None, None)),
    ("the death sentence was carried out", ("death", None, None, None)),
    ("punishable by death", ("death", None, None, None)),
    ("executed by firing squad", ("death", None, None, None)),
    ("sentenced to five years in prison", ("prison", 60, 60, None)),
    ("jailed for three years", ("prison", 36, 36, None)),
    ("fined 5,000 yuan", ("fine", None, None, None)),
    ("banished to a remote village", ("expulsion", None, None, None)),
    ("sentenced to 15 years of hard labor at a kyohwaso", ("forced_labor", 180, 180, None)),
    ("were each given three years in a reeducation camp", ("forced_labor", 36, 36, None)),
    ("sentenced to 10 to 15 years in prison", ("prison", 120, 180, None)),
    (
        "sentenced to between one and three years of labor training",
        ("labor_training", 12, 36, None),
    ),
    ("a six-month stint in a labor training camp", ("labor_training", 6, 6, None)),
    ("handed a ten-year sentence", ("forced_labor", 120, 120, None)),
    ("received the death penalty", ("death", None, None, None)),
    # Korean
    ("교화 8년에서 10년이 선고됐다", ("forced_labor", 96, 120, None)),
    ("교화 6년을 선고받고 개천교화소로 이송됐다", ("forced_labor", 72, 72, "개천교화소")),
    ("6년 형을 받고 개천교화소로 보내졌다", ("forced_labor", 72, 72, "개천교화소")),
    ("노동교화형 5년", ("forced_labor", 60, 60, None)),
    ("노동교화 3~5년", ("forced_labor", 36, 60, None)),
    ("노동단련대 6개월", ("labor_training", 6, 6, None)),
    ("노동단련형 1년", ("labor_training", 12, 12, None)),
    ("정치범수용소로 끌려갔다", ("political_prison_camp", None, None, None)),
    ("요덕관리소에 수감", ("political_prison_camp", None, None, "요덕관리소")),
    ("무기징역", ("life", None, None, None)),
    ("무기노동교화형을 선고", ("life", None, None, None)),
    ("사형을 선고했다", ("death", None, None, None)),
    ("공개총살됐다", ("death", None, None, None)),
    ("징역 3년", ("prison", 36, 36, None)),
    ("벌금형", ("fine", None, None, None)),
    ("징역 10년을 선고", ("prison", 120, 120, None)),
    ("교화 5년형을 받았다", ("forced_labor", 60, 60, None)),
    ("무기징역을 선고받았다", ("life", None, None, None)),
    # not penalties
    ("two years ago", None),
    ("a 25-year-old woman", None),
    ("for the past two years", None),
    ("2019년 3월", None),
    ("3년 전", None),
    ("a labor shortage", None),
    # a day of the month before "to" is the date, not the start of a range of terms
    ("sentenced in Hyesan on May 3 to seven years in a kyohwaso", ("forced_labor", 84, 84, None)),
    ("was sentenced on Sept. 12 to 10 years' hard labour", ("forced_labor", 120, 120, None)),
    ("sentenced to hard labor for three to five years", ("forced_labor", 36, 60, None)),
    # a camp named with no kind of its own takes the kind told beside it
    ("sent to Camp 16, a political prison camp", ("political_prison_camp", None, None, "Camp 16")),
    ("sent to a labour camp, Camp 5, for three years", ("forced_labor", 36, 36, "Camp 5")),
    ("sent to Camp 14 in the north", ("other", None, None, "Camp 14")),
    # a half told hyphenated, or in Korean (반)
    ("sentenced to a year-and-a-half of hard labor", ("forced_labor", 18, 18, None)),
    ("교화 1년 반을 선고받았다", ("forced_labor", 18, 18, None)),
    ("교화 3년 반성문을 썼다", ("forced_labor", 36, 36, None)),
    # a decade is ten years
    ("sentenced to a decade of hard labour", ("forced_labor", 120, 120, None)),
    ("given two decades in a reform-through-labour camp", ("forced_labor", 240, 240, None)),
    # Korean bounds: 최고/최대 and 이하 give the longest, 이상 the shortest
    ("최고 15년의 교화형이 선고됐다", ("forced_labor", None, 180, None)),
    ("최대 10년의 노동교화형을 받았다", ("forced_labor", None, 120, None)),
    ("10년 이상의 교화형을 선고받았다", ("forced_labor", 120, None, None)),
    ("징역 5년 이하의 형을 받았다", ("prison", None, 60, None)),
    ("노동교화형 15년을 선고했다", ("forced_labor", 180, 180, None)),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_find_penalties(text: str, expected: tuple | None) -> None:
    found = find_penalties(text)
    if expected is None:
        assert found == []
    else:
        first = found[0]
        assert (first.kind, first.min_months, first.max_months, first.facility) == expected


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        ("20여 명은 사형을 면했다", True),
        ("spared the death penalty", True),
        ("사형을 선고했다", False),
        ("sentenced to death", False),
        # what an offence carries, told as "the penalty for ... is"
        ("The penalty for selling stolen fuel is three to seven years of hard labour.", True),
        (
            "Officials say the punishment for hoarding grain can be up to two years of "
            "hard labour.",
            True,
        ),
        ("밀수에 대한 처벌은 최고 사형이다.", True),
        # a sentence told as the one for a person is imposed
        ("The sentence for the smuggler is 15 years of hard labour.", False),
        ("He was sentenced to 15 years for smuggling, a source said.", False),
    ],
)
def test_negation(text: str, negated: bool) -> None:
    assert find_penalties(text)[0].negated is negated


def test_execution_rule_tells_killing_from_sentence() -> None:
    rules = [p.rule for p in find_penalties("He was sentenced to death and executed.")]
    assert rules == ["lexicon", "execution"]


def test_offsets() -> None:
    text = "The accused were sentenced to forced labor for between six months and two years."
    (penalty,) = find_penalties(text, "en")
    assert text[penalty.start : penalty.end] == penalty.text
    assert penalty.text == "forced labor for between six months and two years"


def test_dev_gold_penalties_are_findable(shared_dir: Path) -> None:
    def values(doc: dict[str, Any]) -> list[Any]:
        found = find_penalties(doc["text"], doc.get("language"))
        return [
            {"kind": p.kind, "min_months": p.min_months, "max_months": p.max_months}
            for p in found
            if not p.negated
        ]

    assert findable(shared_dir, "penalty", values) >= 0.95  # 1.00 when written


def test_seed_zinc_trial_penalty(shared_dir: Path) -> None:
    line = (shared_dir / "corpus" / "seed" / "documents.jsonl").read_text(encoding="utf-8")
    found = find_penalties(json.loads(line.splitlines()[0])["text"], "en")
    assert ("forced_labor", 6, 24) in [(p.kind, p.min_months, p.max_months) for p in found]
    assert any(p.facility and p.facility.startswith("Huiyang-ri") for p in found)


def test_an_elided_term_shares_the_kind_of_the_one_before() -> None:
    text = (
        "The court sentenced the two ringleaders to fifteen years of reform through labour, "
        "and the other nine to between five and ten years."
    )
    found = [(p.kind, p.min_months, p.max_months) for p in find_penalties(text, "en")]
    assert found == [("forced_labor", 180, 180), ("forced_labor", 60, 120)]
    alone = "Police gave the other nine to between five and ten years to leave."
    assert find_penalties(alone, "en") == []
