"""Trafficking told of drugs is the drugs trade, not the trafficking of people (reports
written for the project, invented happenings)."""

from __future__ import annotations

from extract_support import one_event


def test_trafficking_a_named_drug_is_a_drugs_charge() -> None:
    text = (
        "A court in Busan convicted two men on Friday of trafficking North Korean "
        "methamphetamine and sentenced them to eight years in prison.\n"
    )
    event = one_event(text, "trial", published="2017-09-25", language="en")
    assert event.charges == ["drugs"]


def test_traffickers_of_illicit_drugs_are_charged_with_drugs() -> None:
    text = (
        "Police in Incheon arrested four men accused of trafficking in illicit drugs from "
        "China on 3 June.\n"
    )
    event = one_event(text, "arrest", published="2017-06-20", language="en")
    assert event.charges == ["drugs"]


def test_trafficking_women_stays_trafficking() -> None:
    text = (
        "Chinese police arrested two brokers in Yanji on 3 June for trafficking North "
        "Korean women to farmers.\n"
    )
    event = one_event(text, "arrest", published="2017-06-20", language="en")
    assert "trafficking" in event.charges
