"""A broadcast transcript runs its Korean sentences on without full stops: a polite ending
(습니다, 입니다) ends a sentence."""

from __future__ import annotations

from extract_support import events_of

from nkevents.detect.sentences import split_sentences


def _split(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text)]


def test_polite_endings_split_a_transcript() -> None:
    text = "경비병 3명이 강을 건넜습니다 이 가운데 1명은 붙잡혔습니다 김 기자입니다"
    assert _split(text) == [
        "경비병 3명이 강을 건넜습니다",
        "이 가운데 1명은 붙잡혔습니다",
        "김 기자입니다",
    ]


def test_a_quoted_ending_stays_inside() -> None:
    text = "그는 “모두 끝났습니다”라고 말했다. 다음 소식입니다."
    assert _split(text) == ["그는 “모두 끝났습니다”라고 말했다.", "다음 소식입니다."]


def test_each_happening_of_a_transcript_gets_its_own_date() -> None:
    text = (
        "국경 경비병 2명이 지난 8일 압록강을 건너 중국으로 탈북했습니다 "
        "이 가운데 1명은 어제(11일) 중국 공안에 체포됐습니다 나머지 1명은 도주 중입니다"
    )
    found = {e.type: e for e in events_of(text, published="2015-06-12", language="ko")}
    assert found["escape"].date == "2015-06-08" and found["escape"].people == 2
    assert found["arrest"].date == "2015-06-11" and found["arrest"].people == 1
