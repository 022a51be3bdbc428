"""People told as held now ("are being detained in Shenyang") add to the arrest told beside
them, even when a clause after says what may follow (reports written for the project,
invented happenings)."""

from __future__ import annotations

from extract_support import events_of, one_event


def test_a_group_being_detained_gives_the_arrest_its_count() -> None:
    text = (
        "Six North Korean escapees, including a teenage girl, are being detained in Yanji, "
        "where they may be sent back to the North.\n\n"
        "An activist said Chinese police arrested the group at a safe house on Sunday.\n"
    )
    event = one_event(text, "arrest", published="2019-05-14", language="en")
    assert event.people == 6


def test_people_being_held_give_the_arrest_its_place() -> None:
    text = (
        "Chinese police apprehended a family of escapees on 28 April, relatives said.\n\n"
        "The two women and three men in the group are being held in Liaoning province, "
        "relatives added.\n"
    )
    event = one_event(text, "arrest", published="2019-05-14", language="en")
    assert event.location is not None and event.location.name == "Liaoning"
    assert event.people == 5


def test_being_held_starts_no_arrest_of_its_own() -> None:
    text = (
        "Vietnamese police arrested ten escapees near the border on 3 May and handed them "
        "over to China.\n\n"
        "The other nine were being detained in Dongxing, a source said.\n"
    )
    event = one_event(text, "arrest", published="2019-05-14", language="en")
    assert event.people == 10


def test_what_is_done_to_a_kind_of_people_stays_no_event() -> None:
    text = (
        "Escapees caught in China may be sent back, where they are usually detained in "
        "holding centres.\n"
    )
    assert [e for e in events_of(text, "2019-05-14", "en") if e.type == "arrest"] == []
