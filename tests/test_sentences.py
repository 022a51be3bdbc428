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
