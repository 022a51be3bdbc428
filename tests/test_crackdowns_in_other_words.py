"""A crackdown told in other words than "crackdown": a campaign named by what it is to end
("a campaign to stamp out smuggling"), started ("kicked off a drive targeting drug users") or
declared ("declared war on methamphetamine", "마약과의 전쟁을 선포했다"); a measure told in the
passive ("security along the river was tightened", "checkpoints were set up", "homes were
searched"); an order to root something out; a warning in other words ("cautioned residents
against", "lectures warning against", "told residents that smugglers would face punishment");
an order handed down in Korean ("... 처벌한다는 포치를 내렸다"), its threat told after a
condition ("시청하면 엄벌에 처한다") being no measure of its own. The same words told as a kind,
a possibility or of a war between countries stay out."""

from __future__ import annotations

import pytest
from extract_support import events_of


def _crackdowns(text: str) -> list[tuple[str | None, list[str]]]:
    found = events_of(text, published="2024-04-20")
    return [(e.date, e.charges) for e in found if e.type == "crackdown"]


def _place(text: str) -> str | None:
    (found,) = [e for e in events_of(text, published="2024-04-20") if e.type == "crackdown"]
    return found.location.name if found.location else None


@pytest.mark.parametrize(
    ("text", "date", "charge"),
    [
        (
            "Provincial authorities launched a campaign to root out smuggling in Manpo on "
            "April 2, a trader said.",
            "2024-04-02",
            "smuggling",
        ),
        (
            "Security officials in Kimchaek have intensified a drive against illegal mobile "
            "phones since early April, a resident said.",
            "2024-04",
            "illegal_phone",
        ),
        (
            "The ministry kicked off a nationwide drive targeting drug users on April 9, "
            "state radio said.",
            "2024-04-09",
            "drugs",
        ),
        (
            "Officials have waged an all-out war on foreign dramas in Hyesan since March, "
            "a source said.",
            "2024-03",
            "foreign_media",
        ),
        (
            "Vigilance along the Tumen in Onsong was sharply tightened on April 11 to stop "
            "smuggling, a source said.",
            "2024-04-11",
            "smuggling",
        ),
        (
            "The leader ordered police on April 6 to stamp out the use of methamphetamine in "
            "Hamhung.",
            "2024-04-06",
            "drugs",
        ),
    ],
)
def test_a_campaign_told_in_other_words_is_a_crackdown(text: str, date: str, charge: str) -> None:
    ((found_date, charges),) = _crackdowns(text)
    assert found_date == date
    assert charge in charges


def test_checkpoints_set_up_in_the_passive_are_a_crackdown_placed_there() -> None:
    text = "New checkpoints were set up on every road into Hoeryong in early April, a source said."
    assert [d for d, _ in _crackdowns(text)] == ["2024-04"]
    assert _place(text) == "Hoeryong"


def test_homes_searched_in_the_passive_are_a_crackdown() -> None:
    text = "Houses in Musan were searched by the police in early April."
    assert [d for d, _ in _crackdowns(text)] == ["2024-04"]


@pytest.mark.parametrize(
    ("text", "charge"),
    [
        (
            "On April 4, officials in Hyesan cautioned residents against watching South "
            "Korean films.",
            "foreign_media",
        ),
        (
            "Lectures warning against the use of Chinese mobile phones were held in Musan "
            "on April 8.",
            "illegal_phone",
        ),
        (
            "At a people's unit meeting on April 6, officials told residents that smugglers "
            "would face severe punishment.",
            "smuggling",
        ),
        (
            "The Supreme People's Assembly adopted a law prohibiting the distribution of "
            "South Korean videos on April 3.",
            "foreign_media",
        ),
    ],
)
def test_a_warning_or_ban_told_in_other_words_is_a_crackdown(text: str, charge: str) -> None:
    ((_, charges),) = _crackdowns(text)
    assert charge in charges


@pytest.mark.parametrize(
    ("text", "date", "charge"),
    [
        ("당국이 지난 9일 마약과의 전쟁을 선포했다고 소식통이 전했다.", "2024-04-09", "drugs"),
        (
            "당국은 지난 7일 한국 드라마를 시청하면 엄벌에 처한다는 포치를 내렸다.",
            "2024-04-07",
            "foreign_media",
        ),
        (
            "보위부는 지난 5일 밀수를 하면 처벌한다는 지시를 하달했다고 소식통이 밝혔다.",
            "2024-04-05",
            "smuggling",
        ),
    ],
)
def test_korean_war_declared_or_order_handed_down_is_a_crackdown(
    text: str, date: str, charge: str
) -> None:
    ((found_date, charges),) = _crackdowns(text)
    assert found_date == date
    assert charge in charges


@pytest.mark.parametrize(
    "text",
    [
        # a kind, a possibility, a war between countries, a threat of a condition
        "The war on drugs in the region has cost thousands of lives since 2016.",
        "On April 2, the regime declared war on the United States in a statement.",
        "Security along the border may be tightened on April 9 if more soldiers flee.",
        "Homes near the river are searched often, residents said on April 3.",
        "Activists launched a campaign on April 2 to end public executions.",
        "The leader ordered officials on April 6 to eradicate malaria in the province.",
        "북한이 지난 9일 일본과의 전쟁을 선포했다고 주장했다.",
        "주민들은 지난 7일에도 한국 드라마를 보면 엄벌에 처해진다고 말했다.",
    ],
)
def test_the_same_words_as_a_kind_or_of_something_else_are_no_crackdown(text: str) -> None:
    assert _crackdowns(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "An inspection team from the capital arrived in Kanggye on April 3 to look into "
        "bribery among local cadres.",
        "Prosecutors launched a campaign against corruption in Hyesan on April 5.",
        "지난 3일 강계시에 중앙 검열단이 내려와 간부들의 뇌물 수수를 조사하고 있다.",
    ],
)
def test_bribery_a_campaign_or_inspection_goes_after_is_its_charge(text: str) -> None:
    ((_, charges),) = _crackdowns(text)
    assert "bribery" in charges


@pytest.mark.parametrize(
    "text",
    [
        # bribes told as how things get done around an arrest: no charge of it
        "His family paid bribes to guards on April 3 to get him released, a source said.",
        "On April 3, police in Hyesan arrested two traders; bribes no longer work, one said.",
    ],
)
def test_bribes_around_the_event_stay_no_charge(text: str) -> None:
    found = events_of(text, published="2024-04-20")
    assert all("bribery" not in e.charges for e in found)


@pytest.mark.parametrize(
    ("text", "charge"),
    [
        ("On April 2 the police began a clampdown on drug dealers in Kilju.", "drugs"),
        ("Police launched a blitz against smugglers in Manpo on April 4.", "smuggling"),
        ("Officials have tightened the screws on drug dealers in Kanggye since April 1.", "drugs"),
    ],
)
def test_a_clampdown_blitz_or_screws_tightened_is_a_crackdown(text: str, charge: str) -> None:
    ((_, charges),) = _crackdowns(text)
    assert charge in charges


def test_korean_a_warning_of_death_after_a_condition_is_the_warning_not_an_execution() -> None:
    text = "지난 8일 길주군에서 주민 강연회가 열려 마약을 하면 총살한다고 경고했다."
    found = events_of(text, published="2024-04-20")
    assert [(e.type, e.date) for e in found] == [("crackdown", "2024-04-08")]


def test_korean_a_happening_told_after_a_condition_word_is_still_one() -> None:
    # "하면서" is no condition: the arrest told after it is a happening
    text = "지난 8일 혜산시에서 밀수를 하면서 돈을 벌던 주민 2명이 체포됐다."
    assert "arrest" in [e.type for e in events_of(text, published="2024-04-20")]


def test_a_warning_against_crossing_the_border_targets_defection() -> None:
    text = "Police convened meetings in Onsong to caution residents against crossing the border."
    assert _crackdowns(text) == [(None, ["defection"])]


def test_crossing_the_border_to_trade_is_no_defection() -> None:
    text = "On April 3, traders crossing the border at Namyang were searched at a checkpoint."
    assert all("defection" not in e.charges for e in events_of(text, published="2024-04-20"))
