"""Earlier happenings recalled beside a report's own are background, no events of their own."""

from __future__ import annotations

import pytest

from nkevents.extract import extract
from nkevents.model import Document, Event


def _events(text: str, language: str, published: str = "2023-05-10") -> list[Event]:
    doc = Document("t", text, title=None, published=published, language=language)
    return extract(doc).events


def _types(text: str, language: str, published: str = "2023-05-10") -> list[tuple[str, str]]:
    return sorted((e.type, e.date or "") for e in _events(text, language, published))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 지난해에도 ... 체포된 바 있다: one of last year recalled
        (
            '양강도 혜산시에서 구리를 밀수하던 주민 2명이 체포됐다. 소식통은 "이달 3일 '
            '혜산시 위연동에서 주민 2명이 붙잡혔다"고 말했다. 혜산에서는 지난해에도 구리를 '
            "넘기던 주민 5명이 체포된 바 있다.",
            [("arrest", "2023-05-03"), ("smuggling", "")],
        ),
        # 지난해에도 ... 열렸다: the trial of last year is not the report's
        (
            '신의주시에서 한국 영화를 본 청년 6명에 대한 공개재판이 열렸다. 소식통은 "지난 '
            '7일 신의주에서 청년 6명이 노동교화형을 선고받았다"고 전했다. 소식통은 "지난해에도 '
            '같은 일로 공개재판이 열렸다"고 말했다.',
            [("trial", "2023-05-07")],
        ),
        # a year named with 에도, and an experience told (한 바 있다)
        (
            '북한이 평양에서 간부 3명을 처형했다고 소식통이 밝혔다. 소식통은 "이달 초 평양에서 '
            '간부 3명이 총살됐다"고 전했다. 북한은 2013년에도 고위 간부들을 처형한 바 있다.',
            [("execution", "2023-05")],
        ),
        # a person's own past told as an experience: "두 번이나 체포된 적이 있다"
        (
            "무산군의 20대 여성이 이달 초 두만강을 건너 탈북했다고 소식통이 전했다. 이 여성은 "
            "장사를 하다 두 번이나 체포된 적이 있다고 소식통은 덧붙였다.",
            [("escape", "2023-05")],
        ),
    ],
)
def test_korean_recalled_happenings_are_background(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _types(text, "ko") == expected


def test_korean_recall_dated_to_a_day_stays() -> None:
    # "17일에도 ... 나포한 바 있다": a dated link of the report's story, kept
    text = (
        "러시아 경비대가 지난 21일 불법 조업을 하던 북한 어선 1척을 나포했다. 경비대는 "
        "17일에도 북한 어선 2척과 선원 30명을 나포한 바 있다."
    )
    dates = {e.date for e in _events(text, "ko", "2023-09-25")}
    assert "2023-09-17" in dates


def test_korean_experience_told_of_now_stays() -> None:
    # "최근 ... 체포된 바 있다": the report's own happening told as an experience
    text = "최근 회령시에서 한국 드라마를 팔던 대학생 3명이 보위부에 체포된 바 있다."
    assert [e.type for e in _events(text, "ko")] == ["arrest"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two women who sold Chinese phones were arrested in Hyesan on May 3, a source "
            "said. Last year, five residents of the city were also arrested for smuggling "
            "copper. Kim Jong Un, who had his uncle executed in 2013, has ordered a tougher "
            "line on the border trade.",
            [("arrest", "2023-05-03")],
        ),
        (
            "A trade official was shot by firing squad in Pyongyang on April 2, sources "
            "said. The regime has previously executed officials for corruption.",
            [("execution", "2023-04-02")],
        ),
        (
            "Three university students in Hoeryong were arrested on May 2 for selling "
            "South Korean dramas. Two years ago, students in the city were detained en "
            "masse for the same thing.",
            [("arrest", "2023-05-02")],
        ),
        (
            "Three residents of Pochon County fled across the Yalu River to China on May 1, "
            "a source said. The county saw a similar escape in 2021, when a family of four "
            "crossed the river.",
            [("escape", "2023-05-01")],
        ),
    ],
)
def test_english_recalled_happenings_are_background(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _types(text, "en") == expected


def test_english_past_week_is_no_recall() -> None:
    # "in the past week": a span of now, not the past
    text = (
        "Police in Dandong said on Tuesday they had arrested four North Korean traders. "
        "In the past week, guards in Sinuiju arrested six smugglers carrying copper wire."
    )
    assert len([e for e in _events(text, "en") if e.type == "arrest"]) == 2


def test_english_the_one_before_a_first_since_is_background() -> None:
    # "the first such defection since a soldier crossed ... in October last year": the
    # report's crossing told again as an ordinal, and the earlier one it counts from
    text = (
        "A North Korean soldier walked across the Military Demarcation Line on Thursday, "
        "South Korea's military said. It is the first such defection since a soldier "
        "crossed the line in October last year."
    )
    assert _types(text, "en", "2023-08-18") == [("escape", "2023-08-17")]


def test_english_a_speaker_escape_does_not_take_the_sentence_with_it() -> None:
    # "who escaped in 2021" is who the speaker is; the executions she tells stay
    text = (
        "North Korea is imposing the death penalty for sharing foreign films, a UN report "
        "said. Ri Sun-hui, who escaped in 2021, said two neighbours were executed in "
        "Hyesan for selling South Korean dramas."
    )
    assert [e.type for e in _events(text, "en")] == ["execution"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "북한 주민 일가족 4명이 이달 6일 목선을 타고 서해 NLL을 넘어 귀순했다. 가족 단위 "
            "귀순이 확인된 것은 일가족 5명이 동해에서 귀순한 2017년 7월 이후 6년 만이다.",
            [("escape", "2023-05-06")],
        ),
        (
            "북한이 이달 초 내각 부총리를 처형했다고 정보 당국이 밝혔다. 이는 인민무력부장을 "
            "지난 1월 처형한 지 넉 달도 안 돼 또 고위 간부를 숙청한 것이다.",
            [("execution", "2023-05")],
        ),
    ],
)
def test_korean_the_one_counted_from_is_background(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _types(text, "ko") == expected


def test_english_an_ordinal_time_tells_no_other_crossing() -> None:
    text = (
        "Four North Koreans crossed the sea border on a fishing boat on May 6, the "
        "ministry said. It is the fourth time this year North Koreans have reached the "
        "South by crossing the sea border."
    )
    assert _types(text, "en") == [("escape", "2023-05-06")]


def test_english_a_past_in_a_who_clause_before_the_life_led_now_is_background() -> None:
    text = (
        "Police in Hyesan arrested two traders on May 3, a source said. The source, who was "
        "once arrested for selling phones, now runs a shop in Seoul."
    )
    assert _types(text, "en") == [("arrest", "2023-05-03")]
