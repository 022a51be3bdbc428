"""A report restates its event a few paragraphs on with another count: still one event."""

from __future__ import annotations

from extract_support import events_of

RESTATED = (
    "Police in Hyesan arrested five traders for selling South Korean films, sources said.\n\n"
    "The traders had run a stall at the town market for two years.\n\n"
    "Residents said the raid came late at night.\n\n"
    "Six traders were arrested in the raid in Hyesan, one source said."
)

FAR_APART = (
    "Police in Hyesan arrested five traders for selling South Korean films, sources said.\n\n"
    "The traders had run a stall at the town market for two years.\n\n"
    "Residents said the raid came late at night.\n\n"
    "Many people in the town now avoid the market.\n\n"
    "Prices of rice rose sharply over the winter.\n\n"
    "Six traders were arrested in Hyesan, one source said."
)


def test_count_restated_three_paragraphs_on_is_one_arrest() -> None:
    arrests = [e for e in events_of(RESTATED) if e.type == "arrest"]
    assert len(arrests) == 1


def test_other_count_five_paragraphs_on_is_another_arrest() -> None:
    arrests = [e for e in events_of(FAR_APART) if e.type == "arrest"]
    assert len(arrests) == 2


ASSASSINATION = (
    "Police in Hyesan arrested five traders for selling South Korean films, sources said.\n\n"
    "Officials blamed a foreign agent for the bombing, which took place on 13 February at a "
    "hotel in Sinuiju."
)

RAID = (
    "Police in Hyesan arrested five traders for selling South Korean films, sources said.\n\n"
    "The raid on their homes, which took place on 13 February, lasted all night."
)


def test_relative_clause_about_another_happening_lends_no_date() -> None:
    arrests = [e for e in events_of(ASSASSINATION, published="2019-03-01") if e.type == "arrest"]
    assert len(arrests) == 1
    assert arrests[0].date is None


def test_relative_clause_about_the_event_dates_it() -> None:
    arrests = [e for e in events_of(RAID, published="2019-03-01") if e.type == "arrest"]
    assert len(arrests) == 1
    assert arrests[0].date == "2019-02-13"


PART_OTHER_PENALTY = (
    "A court in Hyesan sentenced eleven smugglers to hard labour on 4 May, sources said.\n\n"
    "Two of the defendants were sentenced to death and the other nine to life in prison, "
    "a source in Hyesan said."
)


def test_the_others_with_another_penalty_are_another_judgement() -> None:
    trials = [e for e in events_of(PART_OTHER_PENALTY) if e.type == "trial"]
    kinds = sorted(e.penalty.kind for e in trials if e.penalty)
    assert len(trials) == 2 and "death" in kinds, [(e.people, e.penalty) for e in trials]


# Published on a Thursday (2019-11-21): "on Thursday" is that day.
WEEKDAY_LEDE = (
    "A court in Pyongyang sentenced a foreign tourist to ten years of hard labour on Thursday "
    "for hostile acts, state media said.\n\n"
    "The trial of the tourist was held on 19 November, the agency said."
)


def test_weekday_of_the_report_and_the_trial_day_are_one_trial() -> None:
    trials = [e for e in events_of(WEEKDAY_LEDE, published="2019-11-21") if e.type == "trial"]
    assert len(trials) == 1
    # the day the sentence was given (Thursday, 21 November), not the first day of hearing
    assert trials[0].date == "2019-11-21"
