"""Of an English sentence's places, the one written as where, after the verb in its own
clause, over whence someone came or a body's seat before it (reports written for the
project, invented happenings)."""

from __future__ import annotations

from extract_support import events_of


def _places(text: str) -> list[tuple[str, str | None]]:
    return [
        (e.type, e.location.name if e.location else None) for e in events_of(text, language="en")
    ]


def test_a_team_from_the_capital_arrested_people_where_the_verb_says() -> None:
    text = "An inspection team from Pyongyang arrested ten officials in Sinuiju last week."
    assert ("arrest", "Sinuiju") in _places(text)


def test_a_body_in_the_capital_arrested_people_where_the_verb_says() -> None:
    text = "Officials from the Central Committee in Pyongyang arrested five cadres in Hyesan."
    assert ("arrest", "Hyesan") in _places(text)


def test_whence_goods_came_gives_way_to_where_the_smugglers_were_caught() -> None:
    text = "The smugglers, who had moved the copper from Kimchaek, were arrested in Hyesan."
    assert ("arrest", "Hyesan") in _places(text)


def test_counted_officials_in_a_town_are_people_acted_on_not_speakers() -> None:
    text = "Security agents arrested three officials in Hoeryong for taking bribes."
    assert ("arrest", "Hoeryong") in _places(text)


def test_officials_in_a_capital_who_speak_still_place_nothing() -> None:
    text = "Officials in Seoul said three smugglers were arrested last week."
    assert ("arrest", "Seoul") not in _places(text)
    text = "Three officials in Seoul said two smugglers were arrested last week."
    assert ("arrest", "Seoul") not in _places(text)


def test_a_place_in_a_relative_clause_after_the_verb_is_not_its_own() -> None:
    text = "Police in Hoeryong arrested a trader who had bought phones in Sinuiju."
    assert ("arrest", "Hoeryong") in _places(text)


def test_whence_alone_still_places_the_event() -> None:
    text = "An inspection team from Pyongyang arrested ten officials last week."
    assert ("arrest", "Pyongyang") in _places(text)


def test_a_site_whose_manager_was_arrested_elsewhere_is_not_the_place() -> None:
    text = "A manager of the Musan Mining Complex was arrested in Chongjin for selling iron ore."
    assert ("arrest", "Chongjin") in _places(text)


def test_a_site_of_a_manager_arrested_with_no_other_place_stays_the_place() -> None:
    text = "A manager of the Musan Mining Complex was arrested for selling iron ore."
    assert ("arrest", "Musan Mine") in _places(text)
