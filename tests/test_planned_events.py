"""An event dated in a year after the report was published is a plan or a forecast, not a
happening told ("the next report, due in early 2020, will detail the investigation"); a
measure keeps its day of effect, and an event dated before publication stays."""

from __future__ import annotations

from extract_support import events_of

from nkevents.extract.story import drop_planned
from nkevents.model import Event


def _found(text: str, published: str) -> list[tuple[str, str | None]]:
    return [(e.type, e.date) for e in events_of(text, published=published)]


def test_an_investigation_dated_after_publication_is_a_plan() -> None:
    text = (
        "The inquiry's next report, due in early 2020, will therefore give details of the "
        "investigation into the poisoning."
    )
    assert _found(text, "2019-03-29") == []


def test_a_measure_keeps_its_day_of_effect() -> None:
    text = "China will ban coal imports from North Korea from July 1."
    assert _found(text, "2019-06-10") == [("sanction", "2019-07-01")]


def test_an_event_before_publication_stays() -> None:
    text = "Police arrested five smugglers in Hyesan on March 3."
    assert _found(text, "2019-03-29") == [("arrest", "2019-03-03")]


def test_dates_compare_by_year() -> None:
    def ev(etype: str, date: str | None) -> Event:
        return Event(type=etype, date=date)

    events = [
        ev("arrest", "2019-03"),
        ev("trial", "2019-04-02"),
        ev("escape", "2020"),
        ev("seizure", None),
    ]
    # a later month of the same year may be a day named without its year: kept
    kept = drop_planned(events, "2019-03-29")
    assert [(e.type, e.date) for e in kept] == [
        ("arrest", "2019-03"),
        ("trial", "2019-04-02"),
        ("seizure", None),
    ]
    assert [e.type for e in drop_planned(events, "2019")] == ["arrest", "trial", "seizure"]
    assert drop_planned(events, None) == events
