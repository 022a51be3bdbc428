"""Headlines set in title case and the furniture above them (reports written for the project,
invented happenings)."""

from __future__ import annotations

from extract_support import events_of, one_event


def test_title_case_words_after_the_verb_name_nobody() -> None:
    text = (
        "Four Traders Detained Over Copper Deals Near Border\n\n"
        "Police in Musan detained four traders who sold copper wire to Chinese buyers, a "
        "source said on Tuesday.\n"
    )
    event = one_event(text, "arrest", published="2019-05-16", language="en")
    assert event.people == 4


def test_a_title_case_headline_and_its_lede_are_the_body_arrest() -> None:
    text = (
        "Former Soldiers Arrested On Fuel Theft Charges\n\n"
        "Former Soldiers Arrested On Fuel Theft\nPhoto: File\n\n"
        "CHONGJIN, June 12 — Military police arrested a group of former soldiers accused of "
        "selling army diesel to Chinese traders.\n\n"
        "Investigators said on Monday they detained six suspects, including a depot guard.\n"
    )
    arrests = [e for e in events_of(text, "2017-06-14", "en") if e.type == "arrest"]
    assert [e.people for e in arrests] == [6]


def test_a_name_after_the_verb_in_a_plain_sentence_is_one_person() -> None:
    text = "Border guards detained Park Young Chul near Hyesan on Friday, a source said.\n"
    event = one_event(text, "arrest", published="2017-06-14", language="en")
    assert event.people == 1


_ESCAPEES = (
    "China arrests more than a dozen North Korean escapees\n\n"
    "Bus stations are being watched, sources say.\n\nBy Jane Roe\n"
    "Chinese police are watching bus stations far from the border, activists say. File Photo\n"
    "Chinese police are watching bus stations far from the border, activists say. File Photo | "
    "License Photo\n\n"
    "March 17 -- China may have arrested as many as 14 North Korean escapees in the last two "
    "weeks, activists say.\n\n"
    "An activist told reporters on Friday that police in Yanji detained seven escapees and one "
    "Chinese guide at a bus station.\n\n"
    "Another group of three was caught near the border with Laos, a second activist said.\n"
)


def test_a_headline_under_page_furniture_is_the_body_event() -> None:
    for furniture in ("", "Advertisement\n\n", "Skip to main content\n\nHome > News > Asia\n\n"):
        arrests = [e for e in events_of(furniture + _ESCAPEES, "2017-03-17", "en")]
        assert sorted(e.people or 0 for e in arrests if e.type == "arrest") == [3, 8, 14]


def test_a_plain_sentence_full_of_names_is_no_headline() -> None:
    text = "North Korea detained Park Young Chul in Pyongyang on Saturday, May 6.\n"
    event = one_event(text, "arrest", published="2017-05-08", language="en")
    assert event.people == 1
