"""Sentence splitting keeps offsets and leaves abbreviations whole."""

from __future__ import annotations

import pytest
from extract_support import events_of

from nkevents.detect.sentences import split_sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One. Two.", ["One.", "Two."]),
        (
            "SEOUL, Nov. 11 -- Nine were shot. Then more.",
            ["SEOUL, Nov. 11 -- Nine were shot.", "Then more."],
        ),
        ("The U.S. Treasury acted. It said so.", ["The U.S. Treasury acted.", "It said so."]),
        ("Resolution No. 2321 was adopted. Later.", ["Resolution No. 2321 was adopted.", "Later."]),
        ("“They were shot,” he said. Next.", ["“They were shot,” he said.", "Next."]),
        ("“The accused were sentenced.” More.", ["“The accused were sentenced.”", "More."]),
        ("혜산에서 총살됐다. 세 번째다.", ["혜산에서 총살됐다.", "세 번째다."]),
        ("Title line\nBody text here.", ["Title line", "Body text here."]),
        ("  padded.  ", ["padded."]),
        ("", []),
    ],
)
def test_split(text: str, expected: list[str]) -> None:
    assert [text[s.start : s.end] for s in split_sentences(text)] == expected


def test_paragraphs_are_numbered() -> None:
    text = "First. Still first.\n\nSecond para.\n\nThird."
    assert [s.paragraph for s in split_sentences(text)] == [0, 0, 1, 2]


def test_flattened_timeline_entries_are_sentences() -> None:
    text = (
        "Purges under the new leader 2014: Two ministers shot for corruption "
        "Apr 30: A general executed at a shooting range ---------- Sources: rights groups"
    )
    said = [text[s.start : s.end] for s in split_sentences(text)]
    assert said[1] == "2014: Two ministers shot for corruption"
    assert said[2].startswith("Apr 30: A general executed")
    assert said[-1] == "Sources: rights groups"


def test_a_time_of_day_or_a_year_in_a_sentence_is_no_timeline() -> None:
    text = "The meeting began at 10: 30 and ended in 2014: nobody was shot."
    assert len(split_sentences(text)) == 1


def test_a_full_stop_with_its_space_lost_ends_a_sentence() -> None:
    # a web page that lost the space after a full stop: "... city.Church groups ..."
    text = "Four miners were held in Hunchun city.Church groups said so. The U.S.Treasury acted."
    found = [text[s.start : s.end] for s in split_sentences(text)]
    assert found == [
        "Four miners were held in Hunchun city.",
        "Church groups said so.",
        "The U.S.Treasury acted.",
    ]


def test_a_footnote_mark_after_a_full_stop_ends_a_sentence() -> None:
    # a report's text run together from its PDF, footnote marks glued to the full stops
    text = (
        "Returnees risk torture and forced labour.14 The province held 12 fishermen in May.3 "
        "Officials denied it. Kyohwaso No.12 Chongori stands near Hoeryong."
    )
    found = [text[s.start : s.end] for s in split_sentences(text)]
    assert found == [
        "Returnees risk torture and forced labour.14",
        "The province held 12 fishermen in May.3",
        "Officials denied it.",
        "Kyohwaso No.12 Chongori stands near Hoeryong.",
    ]


def test_a_footnote_mark_makes_the_act_after_it_its_own() -> None:
    # a generic line and a dated arrest run together by a footnote mark: the arrest keeps
    # its own count and month, not the generic line's year
    text = (
        "China keeps its policy of returning refugees under a 1986 border protocol.4 "
        "In March 2016, Chinese police detained 14 North Korean refugees in Yanji, Jilin province."
    )
    found = [(e.type, e.date, e.people) for e in events_of(text, published="2017-10")]
    assert found == [("arrest", "2016-03", 14)]


def test_a_list_entry_headed_by_its_date_is_one_sentence() -> None:
    # a bulleted list of cases, each headed by a month and a full stop
    text = (
        "The cases are listed below. • November 2016. Police held 30 refugees in Yanji. "
        "• March 2017. Guards held 8 more. He fled in 2012. He lives in Seoul."
    )
    found = [text[s.start : s.end] for s in split_sentences(text)]
    assert found == [
        "The cases are listed below.",
        "• November 2016. Police held 30 refugees in Yanji.",
        "• March 2017. Guards held 8 more.",
        "He fled in 2012.",
        "He lives in Seoul.",
    ]


def test_each_list_entry_is_dated_by_its_heading() -> None:
    text = (
        "The commission's 2017 report lists these cases. • November 2016. Chinese police "
        "detained 31 North Korean refugees in Shenyang, Liaoning province. • March 2017. "
        "Police in Yanji detained 8 refugees."
    )
    found = [(e.type, e.date, e.people) for e in events_of(text, published="2017-10")]
    assert found == [("arrest", "2016-11", 31), ("arrest", "2017-03", 8)]
