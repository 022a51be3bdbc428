"""Cities abroad on escape routes and where North Koreans are tried or held place their events
(reports written for the project, invented happenings)."""

from __future__ import annotations

import pytest
from extract_support import events_of


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Chinese police arrested five North Koreans at a bus station in Qinhuangdao on 2 May.",
         "Qinhuangdao"),
        ("Police in the Seoul suburb of Ilsan arrested three men for selling meth on 2 May.",
         "Ilsan"),
        ("Police in Dongxing detained nine North Koreans sent back from Vietnam on 2 May.",
         "Dongxing"),
        ("A court in Yantai sentenced two brokers to prison on 2 May for smuggling people.",
         "Yantai"),
    ],
)  # fmt: skip
def test_a_city_abroad_places_the_event(text: str, place: str) -> None:
    events = events_of(text + "\n", "2019-05-20", "en")
    assert events and all(e.location is not None for e in events)
    assert {e.location.name for e in events if e.location} == {place}
