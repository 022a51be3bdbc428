"""A Korean place written as where (X에서) ranks over one told otherwise in its sentence,
as English "in X" does; not one of a list; a trial or execution is not placed where goods
went (reports written for the project, invented happenings)."""

from __future__ import annotations

from extract_support import events_of


def _places(text: str) -> list[tuple[str, str | None]]:
    return [
        (e.type, e.location.name if e.location else None) for e in events_of(text, language="ko")
    ]


def test_the_town_written_as_where_beats_the_town_it_faces() -> None:
    assert ("arrest", "Sinuiju") in _places("중국 단둥과 마주한 신의주에서 밀수꾼 2명이 체포됐다.")


def test_the_town_written_as_where_beats_where_someone_lives() -> None:
    assert ("arrest", "Sinuiju") in _places("평양에 사는 한 간부가 신의주에서 체포됐다.")


def test_a_place_at_the_end_of_a_list_is_not_the_one_place() -> None:
    text = "이번 공개처형은 강원도 원산과 평북 신의주, 평남 평성, 황북 사리원 등 곳곳에서 이뤄졌다."
    assert ("execution", "Sariwon") not in _places(text)
    text = "심양 공안은 랴오닝성 단둥과 헤이룽장성 무단장에서도 탈북자들을 체포했다."
    assert ("arrest", "Mudanjiang") not in _places(text)


def test_an_earlier_clause_where_still_gives_way_to_the_verbs_own() -> None:
    text = (
        "지난 16일 함경북도 무산군 삼봉리에서 두만강을 건넌 가족 5명이 19일 중국 연변의 "
        "한 농촌에서 보위부 요원들에게 체포됐다."
    )
    assert ("arrest", "Yanbian") in _places(text)


def test_a_trial_is_not_placed_where_goods_went() -> None:
    text = (
        "공개재판에서 징역 7년을 받은 한 사람은 마약을 국경지방과 평양 등지로 "
        "날랐던 것으로 알려졌다."
    )
    assert ("trial", "Pyongyang") not in _places(text)


def test_a_team_dispatched_from_the_capital_arrested_people_where_the_verb_says() -> None:
    text = "평양에서 파견된 검열단이 혜산에서 간부 12명을 체포했다."
    assert ("arrest", "Hyesan") in _places(text)


def test_a_team_from_the_centre_arrested_people_where_the_verb_says() -> None:
    text = "중앙에서 내려온 검열단은 신의주에서 무역일꾼 5명을 체포했다."
    assert ("arrest", "Sinuiju") in _places(text)


def test_a_station_or_market_written_onto_a_town_is_the_town() -> None:
    assert ("execution", "Hyesan") in _places("혜산역 광장에서 공개처형이 진행됐다.")
    assert ("arrest", "Hyesan") in _places("혜산장마당에서 상인 2명이 체포됐다.")


def test_a_holding_place_written_onto_a_town_is_in_the_town() -> None:
    assert ("detention", "Hyesan") in _places("밀수꾼 3명이 혜산집결소에 수감됐다.")
    assert ("arrest", "Hoeryong") in _places("회령시당 간부 2명이 뇌물 혐의로 체포됐다.")
