"""People trafficked are the victims of an offence told by its charge: a trial, execution or
arrest for trafficking in people names no goods, the trade itself keeps them (reports written
for the project, invented happenings)."""

from __future__ import annotations

from extract_support import events_of, one_event


def test_a_trial_for_selling_women_names_no_goods() -> None:
    text = (
        "A court in Hoeryong sentenced three brokers to ten years of reform through labor on "
        "4 March for human trafficking.\n"
    )
    event = one_event(text, "trial", published="2016-03-20", language="en")
    assert "trafficking" in event.charges
    assert "people" not in event.commodities


def test_a_korean_execution_for_trafficking_names_no_goods() -> None:
    text = (
        "양강도 혜산시에서 지난 5일 인신매매 혐의로 남성 2명이 공개 총살됐다고 소식통이 전했다.\n"
    )
    event = one_event(text, "execution", published="2016-03-20", language="ko")
    assert "trafficking" in event.charges
    assert "people" not in event.commodities


def test_an_arrest_for_selling_women_names_no_goods_and_the_sale_keeps_them() -> None:
    text = (
        "Police in Dandong arrested a broker on 3 June for selling North Korean women to farmers.\n"
    )
    events = events_of(text, published="2017-06-20", language="en")
    arrest = next(e for e in events if e.type == "arrest")
    assert arrest.charges == ["trafficking"]
    assert arrest.commodities == []
    assert [e.commodities for e in events if e.type == "smuggling"] == [["people"]]


def test_a_korean_arrest_for_selling_women_names_no_goods() -> None:
    text = (
        "중국 공안이 지난 3일 탈북 여성들을 팔아넘긴 혐의로 브로커 2명을 체포했다고 소식통이 "
        "전했다. 이들은 인신매매 혐의를 받고 있다.\n"
    )
    arrest = one_event(text, "arrest", published="2017-06-20", language="ko")
    assert arrest.charges == ["trafficking"]
    assert "people" not in arrest.commodities
