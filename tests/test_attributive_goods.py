"""A participle told of goods in a seizure's object ("seized smuggled gold") does not take
the seizure's date from it."""

from __future__ import annotations

from extract_support import one_event


def test_a_seizure_of_smuggled_goods_keeps_its_day() -> None:
    text = "Customs seized smuggled gold worth $1 million at Incheon airport on June 21."
    assert one_event(text, "seizure", language="en").date == "2019-06-21"


def test_a_seizure_of_a_container_of_smuggled_goods_keeps_its_day() -> None:
    text = "Customs in Busan seized a container of smuggled cigarettes on June 21."
    assert one_event(text, "seizure", language="en").date == "2019-06-21"


def test_a_trade_in_a_relative_clause_still_keeps_its_own_day() -> None:
    text = "Police arrested two men who smuggled copper into China on June 3."
    assert one_event(text, "smuggling", language="en").date == "2019-06-03"
