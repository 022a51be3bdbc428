"""A kind of happening told in the present is what is done, not one happening: "Such
public trials are held, a defector who left in 2010 explained, when ..." (the speaker's
year dates no trial), and an event word followed by a modal ("Harsh sentences can be
expected") tells what may be. Told in the past, with a place and a day, they stay."""

from __future__ import annotations

import pytest
from extract_support import events_of


def _found(text: str) -> list[tuple[str, str | None]]:
    return [(e.type, e.date) for e in events_of(text, published="2013-05-20")]


@pytest.mark.parametrize(
    "text",
    [
        "Such public trials are held, a defector who left Musan in 2010 explained, "
        "when the authorities want to frighten people.",
        "Such executions are usually carried out, one witness who fled in 2008 said, "
        "on market days.",
        "Harsh sentences can be expected for anyone who sells the discs, a source said.",
        "Heavy sentences can be guaranteed, one defector who reached Seoul in 2010 explained, "
        "for anyone caught with the discs.",
        "Executions could even be carried out in schools, a former teacher warned.",
        'He added, "By the time they are dragged to the public trial, the accused already '
        'have their heads shaved."',
        "By the time the accused reach the public trial in the stadium, their terms are set.",
    ],
)
def test_a_kind_or_what_may_be_is_no_happening(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Such a public trial was held in Hoeryong on May 3, a defector said.",
            [("trial", "2013-05-03")],
        ),
        (
            "In Hyesan, two such public executions were carried out in March.",
            [("execution", "2013-03")],
        ),
        (
            "By the time they were taken to the public trial in Hyesan on May 3, the two women "
            "had confessed.",
            [("trial", "2013-05-03")],
        ),
        (
            "The smugglers arrested in Hyesan on May 3 could be sent to a labour camp.",
            [("arrest", "2013-05-03")],
        ),
    ],
)
def test_one_happening_told_in_the_past_stays(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected
