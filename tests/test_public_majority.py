"""Whether an event was held in public goes by what most of its sentences say: an execution
told as not public in the headline and the lead ("비공개 총살") stays not public when a
sub-headline names public executions once ("공개 총살 지시")."""

from __future__ import annotations

from extract_support import one_event


def test_not_public_told_twice_outweighs_public_told_once() -> None:
    text = (
        "북, 밀수범 30여명 비공개 총살\n"
        "김정은, 주요 사범은 공개 총살 지시\n"
        "북한 당국이 밀수범 30여명을 지난달 말 비공개 총살한 것으로 알려졌다."
    )
    assert one_event(text, "execution", language="ko").public is False


def test_public_told_once_is_public() -> None:
    text = "지난달 혜산에서 밀수범 2명이 공개 총살됐다."
    assert one_event(text, "execution", language="ko").public is True
