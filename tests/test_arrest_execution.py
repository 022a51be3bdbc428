"""Arrest and execution words that tell no arrest or execution, and the ones that do.

All sentences are invented for the project."""

from __future__ import annotations

import pytest
from extract_support import events_of


def _types(text: str) -> list[str]:
    return sorted(e.type for e in events_of(text, language="en"))


@pytest.mark.parametrize(
    "text",
    [
        # a warrant is issued: no one is held yet
        "Prosecutors issued an arrest warrant for the freighter's captain on Friday.",
        # filmed, not held
        "The hand-over of the cargo was caught on camera by a customs officer in Dandong.",
        # a dead person's body sent home is no hand-over of people
        "The driver died in the crash and his body was later repatriated to China.",
        # a running total over a decade or a reign
        "China has forcibly repatriated thousands of North Koreans over the past decade.",
        "The leader has executed more than a hundred officials since taking power.",
        # whoever does it: a rule of what is done, not a happening
        "Anyone caught crossing the river is arrested and sent to a labour camp.",
    ],
)
def test_no_arrest_or_execution_is_told(text: str) -> None:
    assert not {"arrest", "execution"} & set(_types(text)), _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "A North Korean soldier crossed the demarcation line near Cheorwon on Tuesday and was "
        "taken into custody by South Korean troops, the military said.",
        "Three fishermen who drifted across the sea border on Sunday were taken into custody by "
        "South Korean authorities for questioning.",
    ],
)
def test_custody_on_arrival_in_the_south_is_no_arrest(text: str) -> None:
    assert "arrest" not in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        # a hand-over by the South is an arrest
        "Two fishermen who drifted across the sea border were detained by the South Korean navy "
        "and sent back through Panmunjom on Friday.",
        # a warrant and an arrest told together: the arrest stands
        "Police in Osaka arrested a trader on 3 May on a warrant for exporting cars to the North.",
        "A woman was caught by border guards crossing the river near Musan on 2 May.",
    ],
)
def test_arrests_told_still_stand(text: str) -> None:
    assert "arrest" in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The court sentenced a bank clerk to death, and the sentence was carried out at once in "
        "Kanggye on 4 May.",
        "A railway guard was sentenced to death and shot the same day in Hamhung.",
    ],
)
def test_a_death_sentence_told_as_carried_out_is_an_execution(text: str) -> None:
    assert _types(text) == ["execution"]


def test_a_death_sentence_not_yet_carried_out_stays_a_trial() -> None:
    text = (
        "Three men were sentenced to death in Kanggye for selling copper. "
        "Their sentences have not yet been carried out."
    )
    assert _types(text) == ["trial"]


def test_a_korean_escape_tried_and_stopped_gives_the_arrest_only() -> None:
    text = "최근 무산군에서 탈북을 시도하던 주민 4명이 국경경비대에 체포됐다고 소식통이 전했다."
    assert sorted(e.type for e in events_of(text, language="ko")) == ["arrest"]


def test_a_dateline_with_a_hyphen_does_not_split_an_execution() -> None:
    text = (
        "SEOUL - North Korea has executed a deputy minister of fisheries, a source said. "
        "The deputy minister was shot at a military school in Pyongyang in late July, "
        "the source said."
    )
    found = [e for e in events_of(text, language="en") if e.type == "execution"]
    assert len(found) == 1
    assert found[0].location is not None and found[0].location.name == "Pyongyang"


def test_a_hand_over_restated_as_who_the_people_are_is_one_arrest() -> None:
    text = (
        "Beijing deported 30 North Korean women over the bridge at Tumen on 3 August, a source "
        "said. The women deported in early August had been kept in a jail in Dalian for months. "
        "\u201cToday soldiers closed the road and a crowd gathered to watch the "
        "deportation,\u201d the source said."
    )
    found = events_of(text, published="2019-08-09", language="en")
    found = [e for e in found if e.type == "arrest"]
    assert len(found) == 1 and found[0].people == 30, [(e.date, e.people) for e in found]


@pytest.mark.parametrize(
    ("text", "arrests"),
    [
        # the participle's sentence goes on to another link of the chain: both stand
        ("The five women arrested in Yanji in March were handed over to the North in June.", 2),
        # a day of its own: the chain's first link
        (
            "Two soldiers caught crossing the river near Musan on 9 January are being held at the "
            "county jail.",
            1,
        ),
    ],
)
def test_a_participle_with_a_link_of_its_own_stays_an_arrest(text: str, arrests: int) -> None:
    assert _types(text).count("arrest") == arrests, _types(text)


def test_other_people_taken_back_beside_an_execution_are_an_arrest_of_their_own() -> None:
    text = (
        "Guards chasing a group of nine across the river near Hyesan on 2 March shot dead six "
        "of them. Six were shot dead by the guards and three were injured and taken to the "
        "North, the newspaper said."
    )
    types = sorted(e.type for e in events_of(text, published="2019-03-10", language="en"))
    assert "arrest" in types and "execution" in types, types


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The general ordered that the deserters be executed.", "en"),
        ("The prosecutors demanded that the two brokers be sent back to the North.", "en"),
        # the place where executions are held, not one held
        ("회령 강변은 공개처형 장소로 알려져 있다.", "ko"),
    ],
)
def test_ordered_executions_and_execution_grounds_are_no_events(text: str, language: str) -> None:
    assert events_of(text, language=language) == []


def test_an_execution_at_an_execution_ground_still_counts() -> None:
    text = "지난 3일 회령 공개처형장에서 밀수꾼 2명이 총살됐다고 소식통이 전했다."
    assert [e.type for e in events_of(text, language="ko")] == ["execution"]


@pytest.mark.parametrize(
    "text",
    [
        # a warrant asked for, not an arrest made
        "경찰은 밀수 혐의를 받는 선원 3명에 대해 구속영장을 신청했다.",
        # what once happened to the speaker: life history
        "탈북민 박씨는 2012년 중국에서 체포돼 북송된 경험이 있다고 말했다.",
        # a wave of arrests told as a climate, no arrest told
        "혜산에서는 요즘 검거 선풍이 불고 있다.",
    ],
)
def test_korean_arrest_words_that_tell_no_arrest(text: str) -> None:
    assert "arrest" not in [e.type for e in events_of(text, language="ko")]


def test_a_possible_execution_among_punishments_is_no_execution() -> None:
    text = (
        "China repatriated 40 North Korean escapees through the bridge at Tumen on Tuesday, a "
        "group said. The 40 face severe punishment, including possible execution, activists said."
    )
    types = sorted(e.type for e in events_of(text, language="en"))
    assert "execution" not in types and "arrest" in types, types


def test_a_headline_in_the_present_names_the_execution_not_a_trade() -> None:
    text = (
        "Regime publicly executes two gold smugglers\n\n"
        "The regime publicly executed two gold smugglers in Kanggye on 2 April, a source said."
    )
    assert _types(text) == ["execution"]


def test_a_practice_told_in_the_present_is_still_no_execution() -> None:
    assert _types("The state executes people for selling foreign films, the report said.") == []
