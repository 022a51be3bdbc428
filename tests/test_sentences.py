"""Sentence splitting keeps offsets and leaves abbreviations whole."""

from __future__ import annotations

import pytest

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
