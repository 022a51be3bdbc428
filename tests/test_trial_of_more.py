"""A trial of more people than its execution killed stays a trial of its own, even when a
sentence of the execution names the trial too ("재판에서 처형까지"): the count told there
is the killed, not the tried.

All sentences are invented for the project."""

from __future__ import annotations

from extract_support import events_of


def _kinds(text: str, language: str) -> list[tuple[str, int | None]]:
    return sorted((e.type, e.people) for e in events_of(text, "2019-03-10", language))


def test_ko_trial_of_nine_beside_two_shot() -> None:
    text = (
        "지난 4일과 5일 양강도 혜산시에서 벌어진 공개처형은 김모.이모 등 주민 2명을 총살하는 "
        "것으로 재판에서 처형까지 모두 30분 만에 끝났다.\n\n목격자에 따르면 주민 수천 명이 "
        "지켜보는 가운데 9명의 피고인이 끌려나와 공개재판을 받았다. 판사가 사형을 선고한 뒤 "
        '"즉시 집행하라"는 소리가 들렸다.'
    )
    assert _kinds(text, "ko") == [("execution", 2), ("trial", 9)]


def test_en_trial_of_nine_beside_two_shot() -> None:
    text = (
        "Two residents were executed by firing squad after a public trial in Hyesan on March 5."
        "\n\nNine defendants in all were tried in front of thousands that day, and the judge "
        "ordered the death sentences carried out immediately."
    )
    assert _kinds(text, "en") == [("execution", 2), ("trial", 9)]


def test_ko_trial_that_only_killed_is_the_execution() -> None:
    text = "지난 3일 함경북도 청진시에서 공개재판이 열려 주민 2명이 사형을 선고받고 즉시 총살됐다."
    assert _kinds(text, "ko") == [("execution", 2)]
