"""Releases: a person let go from detention closes a detention told as its own event."""

from __future__ import annotations

import pytest

from nkevents.detect.sentences import split_sentences
from nkevents.extract import extract
from nkevents.model import Document, Event


def _events(text: str, language: str | None = None) -> list[Event]:
    doc = Document("t", text, published="2021-06-20", language=language)
    return extract(doc).events


def test_a_release_from_detention_is_the_detention_dated_the_release() -> None:
    text = (
        "The North freed a Canadian engineer on 12 March after five months of detention, "
        "the foreign ministry said. He had been arrested in Rason in October for filming "
        "a military parade."
    )
    events = _events(text, "en")
    detention = [e for e in events if e.type == "detention"]
    assert len(detention) == 1
    assert detention[0].date == "2021-03-12"
    assert any(e.type == "arrest" for e in events)


def test_a_release_told_on_the_day_it_is_announced() -> None:
    text = (
        "A student jailed in Pyongyang for taking a banner has been released, the "
        "ministry announced on 14 June. He had been sentenced to ten years of hard labour."
    )
    detention = [e for e in _events(text, "en") if e.type == "detention"]
    assert [e.date for e in detention] == ["2021-06-14"]


def test_a_korean_release_of_someone_held_is_a_detention() -> None:
    text = (
        "북한에 억류됐던 캐나다인 목사가 석방돼 지난 9일 집으로 돌아왔다. "
        "그는 2019년 평양에서 체포됐다."
    )
    detention = [e for e in _events(text, "ko") if e.type == "detention"]
    assert [e.date for e in detention] == ["2021-06-09"]


def test_a_released_report_or_cargo_is_no_detention() -> None:
    text = (
        "Police arrested two traders in Hyesan on 3 May. A report on prison conditions "
        "was released by a rights group on Monday."
    )
    assert [e.type for e in _events(text, "en")] == ["arrest"]


def test_a_release_with_no_word_of_holding_is_no_detention() -> None:
    text = "Police arrested two traders in Hyesan on 3 May. Both were released on 9 May."
    assert [e.type for e in _events(text, "en")] == ["arrest"]


def test_wrapped_lines_of_wire_copy_are_one_sentence() -> None:
    text = (
        "SEOUL, May 2 - The court sentenced a visitor to ten years of hard\n"
        "labour on Thursday for hostile acts, according to\n"
        "state media.\n"
        "The ruling came after weeks of tension."
    )
    spans = [text[s.start : s.end] for s in split_sentences(text)]
    assert len(spans) == 2
    assert spans[0].endswith("state media.")


def test_a_headline_line_stays_a_sentence_of_its_own() -> None:
    text = "North Korea frees a detained worker\nSEOUL - The North freed a worker on Friday."
    assert len(split_sentences(text)) == 2


def test_a_handover_is_dated_the_day_it_was_made_known() -> None:
    text = (
        "South Korea deported three North Korean fishermen to the North, the ministry said "
        "on 11 June. They had been captured near the sea border on 4 June."
    )
    arrests = sorted(e.date or "" for e in _events(text, "en") if e.type == "arrest")
    assert arrests == ["2021-06-04", "2021-06-11"]


def test_a_handover_with_its_own_date_keeps_it() -> None:
    text = "China repatriated 20 defectors on 2 June, activists said on 11 June."
    arrests = [e.date for e in _events(text, "en") if e.type == "arrest"]
    assert arrests == ["2021-06-02"]


def test_a_wrapped_line_ending_in_a_preposition_goes_on_before_a_capital() -> None:
    text = (
        "The court sentenced a visitor to ten years of hard labour on\n"
        "Thursday for hostile acts.\n"
        "The ruling came after weeks of tension."
    )
    spans = [text[s.start : s.end] for s in split_sentences(text)]
    assert len(spans) == 2
    assert spans[0].endswith("hostile acts.")


def test_a_handover_after_an_arrest_in_one_sentence_is_a_link_of_its_own() -> None:
    text = "The family was caught in Shenyang on 2 June and repatriated on 12 June."
    arrests = sorted(e.date or "" for e in _events(text, "en") if e.type == "arrest")
    assert arrests == ["2021-06-02", "2021-06-12"]


def test_a_korean_handover_after_a_described_arrest_is_not_lost() -> None:
    text = "지난 2일 선양에서 체포된 탈북민 5명이 12일 북송됐다."
    arrests = [(e.date, e.people) for e in _events(text, "ko") if e.type == "arrest"]
    assert ("2021-06-12", 5) in arrests


def test_a_feared_handover_is_no_link() -> None:
    text = (
        "Ten defectors were arrested in Shenyang on 4 November and face being deported "
        "to the North, an activist said on 7 November."
    )
    arrests = [e.date for e in _events(text, "en") if e.type == "arrest"]
    assert arrests == ["2020-11-04"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Police in Hyesan detained a trader for questioning on 3 May and let him go; he was "
            "released hours later.",
            "en",
        ),
        ("혜산시 보안서는 지난 3일 상인 1명을 연행해 조사를 받고 당일 풀려나게 했다.", "ko"),
    ],
)
def test_a_release_after_brief_questioning_tells_no_detention(text: str, language: str) -> None:
    found = extract(Document("t", text, published="2021-06-21", language=language)).events
    assert "detention" not in [e.type for e in found]


def test_a_date_of_a_later_clause_is_not_the_hand_overs() -> None:
    text = "The man was caught in 2016 and sent back, before escaping again in 2019."
    found = extract(Document("t", text, published="2021-06-21", language="en")).events
    assert sorted((e.type, e.date) for e in found) == [("arrest", "2016"), ("escape", "2019")]
