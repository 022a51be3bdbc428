"""A date inside the clause a source tells is the happening's, not the day of telling: after
"said that" ("the group said that in May 2030, police arrested ..."), and after a trailing
attribution whose own words carry the verb of the happening ("..., citing witnesses, said seven
people were executed in two towns on Oct. 3.")."""

from __future__ import annotations

from extract_support import events_of


def _found(text: str, published: str = "2030-10-20") -> list[tuple[str, str | None]]:
    return [(e.type, e.date) for e in events_of(text, published=published)]


def test_a_date_opening_the_clause_after_said_that_is_the_happenings() -> None:
    text = "The group said that in May 2030, police in Hyesan arrested three traders."
    assert _found(text) == [("arrest", "2030-05")]


def test_a_date_after_told_someone_that_is_the_happenings() -> None:
    text = "A trader told the newspaper that on Monday, border guards arrested three smugglers."
    assert _found(text) == [("arrest", "2030-10-14")]


def test_the_day_of_telling_before_that_stays_the_telling() -> None:
    text = "The ministry said on Monday that border guards had arrested three smugglers."
    assert _found(text) == [("arrest", None)]
    text = "Three traders were arrested in Hyesan, a source told reporters on Monday."
    assert _found(text) == [("arrest", None)]


def test_a_trailing_attribution_with_the_verb_of_the_happening_dates_it() -> None:
    text = (
        "A rights group, citing witnesses, said seven people were executed in two towns on Oct. 3."
    )
    assert ("execution", "2030-10-03") in _found(text)


def test_a_trailing_attribution_alone_is_the_day_of_telling() -> None:
    text = "Two brokers were executed in Hyesan, said a source in the province on Oct. 3."
    assert _found(text) == [("execution", None)]
