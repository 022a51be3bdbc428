"""A Korean smuggling told as the offence an enforcement word after it in its clause acted on
("소를 밀매한 죄로 ... 총살됐다", "밀수조직을 일망타진했다", "무기를 몰래 실은 것이 적발돼") is
not dated by that clause: its day is the enforcement's, and the smuggling went on before it.
One caught in the act ("밀수하려던 부부가 체포됐다", "몰래 팔던 주민을 붙잡았다",
"들여오다 체포됐다") keeps the day.

Every sentence here is invented for the test."""

from __future__ import annotations

import pytest

from nkevents.extract import extract
from nkevents.model import Document, Event


def _events(text: str) -> list[Event]:
    return extract(Document("t", text, published="2021-06-20", language="ko")).events


def _dates(text: str) -> dict[str, set[str | None]]:
    out: dict[str, set[str | None]] = {}
    for e in _events(text):
        out.setdefault(e.type, set()).add(e.date)
    return out


@pytest.mark.parametrize(
    ("text", "enforcement", "day"),
    [
        (
            "방송은 21일 중국 공안이 이달 초 북한의 한 마약 밀수조직을 일망타진했으며 이 조직이 "
            "보위부와 연계된 것으로 드러났다고 보도했다.",
            "arrest",
            "2021-06",
        ),
        (
            "이에 앞서 화물선 백두호는 지난달 12일 소총과 탄약 같은 무기류를 몰래 실은 것이 "
            "적발돼 항구에 억류됐다.",
            "seizure",
            "2021-05-12",
        ),
        (
            "올해 들어 공개처형은 세 번째다. 3월 4일에 소를 잡아 밀매한 죄로 남성 4명이, "
            "5월 2일에는 횡령죄로 1명이 총살됐다.",
            "execution",
            "2021-03-04",
        ),
    ],
)
def test_an_offence_acted_on_takes_no_day_of_the_enforcement(
    text: str, enforcement: str, day: str
) -> None:
    dates = _dates(text)
    assert dates["smuggling"] == {None}
    assert day in dates[enforcement]


@pytest.mark.parametrize(
    "text",
    [
        "지난 5일 구리를 밀수하려던 부부가 국경경비대에 체포됐다.",
        "지난 5일 군인 2명이 밀수를 벌이다가 순찰대에 적발됐다.",
        "지난 5일 보위부가 중국 담배를 몰래 팔던 주민 두 명을 붙잡았다.",
        "지난 5일 한 여성이 중국산 휴대폰을 들여오다 보위부에 체포됐다.",
        "지난 5일 혜산에서 주민 2명이 중국으로 구리를 밀수했다.",
    ],
)
def test_a_smuggling_caught_in_the_act_or_told_alone_keeps_its_day(text: str) -> None:
    assert _dates(text)["smuggling"] == {"2021-06-05"}
