"""A running total whose sentence opens on the time it counts from ("Since the minister took
office in 2016, some 40 officials have been executed") tells no one happening: it neither starts an
event nor lends its count to the happening told beside it. A measure in force since a date
stays, and so does a trade carried on since a date (reports written for the project, invented
happenings)."""

from __future__ import annotations

from extract_support import events_of


def _found(text: str) -> list[tuple[str, str | None, int | None]]:
    return sorted(
        ((e.type, e.date, e.people) for e in events_of(text, "2015-05-13", "en")), key=str
    )


def test_a_total_since_power_lends_no_count() -> None:
    text = (
        "Two senior officials were executed by firing squad in Pyongyang on 2 May, a "
        "lawmaker said.\n\n"
        "Since the minister took office in 2016, some 40 officials have been executed.\n"
    )
    assert _found(text) == [("execution", "2015-05-02", 2)]


def test_a_total_since_a_year_is_no_event() -> None:
    text = "Since 2012, more than 300 smugglers have been arrested in the border towns.\n"
    assert [t for t, _, _ in _found(text) if t == "arrest"] == []


def test_since_taking_power_the_leader_has_executed_is_no_event() -> None:
    text = "Since assuming office, the marshal has executed dozens of army officers.\n"
    assert [t for t, _, _ in _found(text) if t == "execution"] == []


def test_a_measure_in_force_since_a_month_stays() -> None:
    text = (
        "Since March 2013, Canberra has barred North Korean ships from its ports under "
        "sanctions of its own.\n"
    )
    assert any(t == "sanction" for t, _, _ in _found(text))


def test_a_trade_carried_on_since_a_date_stays() -> None:
    text = "Since May 2016, brokers in Musan have smuggled zinc to buyers across the river.\n"
    assert any(t == "smuggling" for t, _, _ in _found(text))
