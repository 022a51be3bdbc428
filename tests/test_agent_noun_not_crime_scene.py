"""People named by what they did ("smugglers", "밀수꾼") are no crime told as done at the
place beside them: that place stays the event's (reports written for the project, invented
happenings)."""

from __future__ import annotations

from extract_support import events_of


def _places(text: str, language: str = "en") -> list[tuple[str, str | None]]:
    return [
        (e.type, e.location.name if e.location else None)
        for e in events_of(text, language=language)
    ]


def test_a_town_that_saw_smugglers_executed_is_the_place() -> None:
    text = "Ryanggang Province's Hyesan saw two smugglers executed by firing squad last month."
    assert ("execution", "Hyesan") in _places(text)


def test_a_crime_told_as_done_at_a_place_still_leaves_the_judgement_unplaced() -> None:
    text = (
        "A man who trafficked two women from the Samjiyon construction site was sentenced "
        "to six years at a public trial."
    )
    assert ("trial", "Samjiyon") not in _places(text)
    text = (
        "삼지연군 공사장의 여성 2명을 인신매매 조직에 넘긴 남성이 공개재판에서 "
        "교화 6년을 선고받았다."
    )
    assert ("trial", "Samjiyon") not in _places(text, "ko")
