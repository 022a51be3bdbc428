"""The day a report, a verdict or a finding was released or published is the day of telling,
not the day of what it tells ("On May 4, a UN panel released a report finding that coal was
shipped to China"; "통일부가 30일 공개한 보고서는 ..."; "데일리NK가 18일 공개한 판결문"),
as a day of saying is. The happening's own day still dates it, and "공개처형" (a public
execution) is no release."""

from __future__ import annotations

from extract_support import events_of


def _found(
    text: str, published: str = "2021-05-10", language: str | None = None
) -> list[tuple[str, str | None]]:
    return [(e.type, e.date) for e in events_of(text, published=published, language=language)]


def test_a_report_released_on_a_day_does_not_date_the_trade_it_found() -> None:
    text = (
        "On May 4, 2021, a UN panel of experts released its annual report, finding that the "
        "country kept up illegal ship-to-ship transfers of fuel and coal."
    )
    assert _found(text) == [("smuggling", None)]


def test_a_study_published_on_a_day_does_not_date_the_arrests_it_counts() -> None:
    text = (
        "On Tuesday, a Seoul research group published a study showing that Chinese police "
        "arrested 48 North Korean women in Jilin."
    )
    assert [e for e in _found(text) if e[0] == "arrest"] == [("arrest", None)]


def test_an_arrest_told_on_its_own_day_keeps_it() -> None:
    text = "On May 4, police arrested three copper smugglers in Musan, a source said."
    assert _found(text) == [("arrest", "2021-05-04")]


def test_a_korean_report_released_on_a_day_dates_no_camp() -> None:
    text = (
        "인권단체가 7일 공개한 보고서는 정치범수용소와 교화소, 노동단련대의 실태를 다뤘다. "
        "보고서는 탈북민 200명의 증언을 바탕으로 작성됐다."
    )
    assert [e for e in _found(text, language="ko") if e[1] is not None] == []


def test_a_korean_verdict_published_on_a_day_makes_no_trial_of_its_own() -> None:
    text = (
        "지난 2월 청진시에서 공개재판이 열려 밀수꾼 5명에게 교화형이 선고됐다. "
        "이는 한 대북 매체가 15일 공개한 청진 공개재판 판결문의 내용이다."
    )
    assert _found(text, language="ko") == [("trial", "2021-02")]


def test_a_korean_public_execution_on_a_day_keeps_its_day() -> None:
    text = "지난 3일 혜산시에서 마약 밀매범 2명이 공개처형됐다고 소식통이 전했다."
    assert _found(text, language="ko") == [("execution", "2021-05-03")]
