"""A Korean broadcast script or a hard-wrapped page breaks its lines mid-sentence: a line that
ends in a comma, a case particle or a connective no sentence or headline ends in goes on on
the next Hangul line; a headline that ends in a noun stays a sentence of its own.

Every sentence here is invented for the test."""

from __future__ import annotations

from extract_support import one_event

from nkevents.detect.sentences import split_sentences


def _sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text)]


def test_lines_broken_mid_sentence_are_one_sentence() -> None:
    text = (
        "지난달 중순 북한은 군 간부 두 명을,\n주민들이 지켜보는 가운데\n공개 총살했다.\n"
        "간부들이 기관총으로 난사당하는\n장면을 담은\n영상도 만들어졌다."
    )
    assert len(_sentences(text)) == 2


def test_a_headline_ending_in_a_noun_stays_apart() -> None:
    text = "북한 국경 마을\n지난 3일 주민 2명이 체포됐다."
    assert _sentences(text) == ["북한 국경 마을", "지난 3일 주민 2명이 체포됐다."]


def test_an_execution_told_over_wrapped_lines_is_found_with_its_count() -> None:
    text = (
        "지난달 중순 북한은 당 간부 두 명을\n주민들이 지켜보는 가운데\n공개 총살한 것으로 알려졌다."
    )
    execution = one_event(text, "execution", published="2019-11-20", language="ko")
    assert (execution.date, execution.people) == ("2019-10", 2)
