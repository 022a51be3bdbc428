"""A total spread over several places the report does not name, and one place's part of it
told on its own, are two events (reports written for the project, invented happenings)."""

from __future__ import annotations

from extract_support import events_of


def _executions(text: str, published: str, language: str) -> list[tuple[int | None, str | None]]:
    found = [e for e in events_of(text, published, language) if e.type == "execution"]
    return sorted(
        ((e.people, e.location.name if e.location else None) for e in found),
        key=lambda x: x[0] or 0,
    )


def test_the_total_and_the_one_place_told_after_it() -> None:
    text = (
        "North Korea publicly executed about 60 people this month for selling state grain, a "
        "newspaper reported on Monday.\n\n"
        "A defector group said it had heard of the shootings in six cities across the country.\n\n"
        "In Chongjin, the authorities gathered thousands of residents at a market to watch the "
        "execution of seven people, the newspaper said.\n"
    )
    assert _executions(text, "2015-10-19", "en") == [(7, "Chongjin"), (60, None)]


def test_the_place_without_a_count_takes_the_total_s_date() -> None:
    text = (
        "Some 40 people were executed in public last week in five provinces, a source said.\n\n"
        "Authorities in Hamhung gathered more than 5,000 residents in a stadium and forced "
        "them to watch the executions, the source added.\n"
    )
    found = [e for e in events_of(text, "2017-06-20", "en") if e.type == "execution"]
    assert len(found) == 2
    part = next(e for e in found if e.location is not None)
    assert part.location is not None and part.location.name == "Hamhung"
    assert part.date == found[0].date and part.people is None


def test_one_event_told_in_one_city_stays_one() -> None:
    text = (
        "Five smugglers were executed in Hyesan on Tuesday, a source said.\n\n"
        "In Hyesan, residents were made to watch the executions, the source added.\n"
    )
    assert _executions(text, "2017-06-20", "en") == [(5, "Hyesan")]


def test_korean_total_and_place() -> None:
    text = (
        "북한이 이달 초 7개 도시에서 주민 50여 명을 공개처형했다고 소식통이 전했다.\n\n"
        "소식통은 “함흥에서는 시장에 주민들을 모아놓고 공개처형을 지켜보게 했다”고 말했다.\n"
    )
    found = _executions(text, "2015-10-19", "ko")
    assert (50, None) in found and any(place == "Hamhung" for _, place in found)


def test_places_given_a_count_each_stay_with_the_distributive_rules() -> None:
    text = (
        "About 30 people were publicly executed in three cities on 2 May, a source said.\n\n"
        "Roughly ten people were shot in each city: Hamhung, Kimchaek and Tanchon.\n\n"
        "In Hamhung, residents were made to watch the executions of ten people at a stadium.\n"
    )
    places = [p for _, p in _executions(text, "2015-05-20", "en")]
    assert places.count("Hamhung") == 1
