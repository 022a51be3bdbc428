"""A month or year told in the reason of a judgement ("sentenced ... for smuggling copper in
March") dates the offence, not the trial or the execution; a day may date the judgement."""

from __future__ import annotations

from extract_support import events_of


def _dates(text: str) -> dict[str, str | None]:
    return {e.type: e.date for e in events_of(text, language="en", published="2019-06-20")}


def test_a_month_in_the_reason_dates_the_trade_not_the_trial() -> None:
    dates = _dates(
        "A court in Hyesan sentenced two women to ten years of reform through labour for "
        "smuggling copper in March."
    )
    assert dates["trial"] is None
    assert dates["smuggling"] == "2019-03"


def test_a_year_in_the_reason_is_not_the_execution_s() -> None:
    dates = _dates("Two women were executed in Hyesan for selling drugs to traders in 2017.")
    assert dates["execution"] is None


def test_an_attempt_last_january_is_not_the_sentence_s() -> None:
    text = (
        "A court has sentenced five people to up to five years in prison for trying to smuggle "
        "refugees out of the country last January."
    )
    assert _dates(text)["trial"] is None


def test_the_judgement_s_own_day_stays() -> None:
    dates = _dates(
        "On June 3, a court in Hyesan sentenced two women to ten years of reform through "
        "labour for smuggling copper in March."
    )
    assert dates["trial"] == "2019-06-03"
