"""English event words as real reports paraphrase them: invented sentences, one per phrase."""

from __future__ import annotations

import pytest
from extract_support import events_of

from nkevents.extract import extract
from nkevents.extract.attributes import labels, unique
from nkevents.extract.lexicon import lexicon
from nkevents.model import Document


def _types(sentence: str) -> list[str]:
    return unique(labels(lexicon().triggers["en"], sentence, (0, len(sentence))))


def _events(text: str) -> list[tuple[str, str | None]]:
    found = extract(Document("t", text, "2019-11-20", language="en")).events
    return [(e.type, e.date) for e in found]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # trade told without "smuggle"
        ("The firm sold cigarettes to the North in violation of sanctions.", ["smuggling"]),
        (
            "Tankers were loading coal in Nampo and exporting it in breach of UN resolutions.",
            ["smuggling"],
        ),
        ("The front company helped evade US sanctions.", ["smuggling"]),
        ("The bank laundered money for the regime.", ["smuggling"]),
        ("A frigate watched a suspected illicit cargo transfer at sea.", ["smuggling"]),
        ("He tried to export the device without obtaining approval.", ["smuggling"]),
        ("Traders brought radios in from China at night.", ["smuggling"]),
        ("Porters carried the sacks across the river.", ["smuggling"]),
        ("A cooperative was running its squid catch to a Chinese buyer.", ["smuggling"]),
        ("The cargo plane was carrying rockets and other weapons from North Korea.", ["smuggling"]),
        ("Investigators traced the arms shipment to a port in Nampo.", ["smuggling"]),
        # sanctions with no numbered instrument
        ("Washington unveiled new sanctions against two Chinese firms.", ["sanction"]),
        ("The Treasury added six people to its Specially Designated Nationals list.", ["sanction"]),
        ("Tokyo extended its port ban on North Korean ships.", ["sanction"]),
        ("The government barred North Korean vessels from entering its ports.", ["sanction"]),
        # crackdowns told as restrictions, laws, manhunts, meetings and raids
        ("The state clamped down on traders in Hyesan.", ["crackdown"]),
        ("The authorities stepped up restrictions on South Korean goods.", ["crackdown"]),
        ("A new law makes watching foreign films punishable by death.", ["crackdown"]),
        ("Police launched a manhunt for the missing soldier.", ["crackdown"]),
        ("The city declared a state of emergency on Monday.", ["crackdown"]),
        ("Residents were summoned to warning meetings in Musan.", ["crackdown"]),
        ("The port refused the tanker entry on Monday.", ["crackdown"]),
        # executions, trials, escapes, arrests in other words
        ("The twelve were machine-gunned before their families.", ["execution"]),
        ("The company pleaded guilty to breaking export rules.", ["trial"]),
        ("The firm agreed to pay a $5 million penalty.", ["trial"]),
        ("An American slipped into North Korea across the frozen river.", ["escape"]),
        ("The soldier began his swim across the estuary at night.", ["escape"]),
        ("The man was only caught after he fell asleep on the beach.", ["arrest"]),
        ("The suspect was extradited to Japan.", ["arrest"]),
        # a ship detained is a seizure, not an arrest
        ("India has detained a North Korean cargo ship off its coast.", ["seizure"]),
        ("Guards detained a North Korean fisherman.", ["arrest"]),
    ],
)
def test_paraphrased_triggers(sentence: str, expected: list[str]) -> None:
    assert _types(sentence) == expected


def test_a_ship_held_in_port_is_a_seizure_only() -> None:
    text = "A tanker suspected of carrying oil to the North has been detained in Busan on May 2."
    assert [t for t, _ in _events(text)] == ["seizure"]


@pytest.mark.parametrize(
    "text",
    [
        "The surveillance systems on the coast were outdated, the minister said on Tuesday.",
        "Allies vetoed calls for fresh sanctions against the North on Tuesday.",
        "Lawmakers urged new sanctions on the regime on Monday.",
    ],
)
def test_no_event_in_words_that_only_look_like_one(text: str) -> None:
    assert _events(text) == []


def test_a_sanctions_breach_told_with_its_goods_is_smuggling() -> None:
    text = "About 9,000 sweaters made in the North were sold in Seoul violating the sanctions."
    assert [t for t, _ in _events(text)] == ["smuggling"]


def test_a_headline_ship_detained_is_a_seizure() -> None:
    text = "Tanker suspected of carrying diesel to the North detained in Yeosu on May 2"
    assert [t for t, _ in _events(text)] == ["seizure"]


def test_a_boat_with_people_held_is_an_arrest() -> None:
    text = "A boat carrying 12 North Koreans was detained by the coast guard on May 2."
    assert [t for t, _ in _events(text)] == ["arrest"]


@pytest.mark.parametrize(
    "text",
    [
        "A pastor who runs a circle of missionaries and smugglers in Seoul spoke on Monday.",
        "The defectors were moved to a patrol ship and taken to Incheon on Monday.",
        "He carried a letter urging the leader to free all political prisoners on Monday.",
        "Phone users in the hills need not worry about being caught by guards, he said Monday.",
    ],
)
def test_words_of_no_happening(text: str) -> None:
    assert _events(text) == []


def test_robbers_who_seize_make_no_seizure() -> None:
    text = "Three men in police uniforms seized a truckload of cigarettes near Kimchaek on May 2."
    assert not any(t == "seizure" for t, _ in _events(text))


def test_customs_who_seize_make_a_seizure() -> None:
    text = "Customs officers seized a truckload of cigarettes near Kimchaek on May 2."
    assert [t for t, _ in _events(text)] == ["seizure"]


def test_the_reason_of_a_sanction_is_no_trade_of_its_own() -> None:
    text = (
        "On May 2 the Treasury sanctioned two Chinese firms for shipping coal in violation "
        "of UN resolutions."
    )
    assert [t for t, _ in _events(text)] == ["sanction"]


def test_what_someone_is_accused_of_is_no_event_of_its_own() -> None:
    text = (
        "A court in Pyongyang sentenced two tourists to eight years of hard labour on March 3. "
        "Both were accused of crossing the river into North Korea without papers."
    )
    assert [t for t, _ in _events(text)] == ["trial"]


def test_people_taken_to_the_north_are_an_arrest() -> None:
    text = "Two brokers were taken back to North Korea by the guards."
    assert [t for t, _ in _events(text)] == ["arrest"]
    assert _types("Two of them were wounded and taken to the North.") == ["arrest"]


def test_people_charged_with_an_offence_are_tried() -> None:
    text = (
        "Prosecutors in Manila have charged two sailors – a Filipino and a Ghanaian – with "
        "murdering a North Korean trader at the port on 3 March."
    )
    found = extract(Document("t", text, "2019-11-20", language="en")).events
    assert [(e.type, e.people, e.charges) for e in found] == [("trial", 2, ["murder"])]
    indicted = "Two men were indicted in New York for shipping oil to North Korea."
    assert _types(indicted)[0] == "trial"
    assert _types("He was later charged with spying.") == []


def test_someone_caught_in_the_act_by_officers_is_arrested() -> None:
    text = (
        "Chinese border police caught a North Korean trade official trying to smuggle 8 kg of "
        "silver into the country at Hunchun station on June 2, an officer said."
    )
    arrests = [(e.date, e.charges) for e in events_of(text, language="en") if e.type == "arrest"]
    assert arrests == [("2019-06-02", ["smuggling"])]
    assert "arrest" not in _types("The fire caught the eye of the guards.")


@pytest.mark.parametrize(
    "text",
    [
        # a measure taken on named targets, with no count or place of its own
        "The US Treasury on Friday imposed sanctions on three Pyongyang bankers over arms sales.",
        "The US Treasury on Thursday sanctioned a Hong Kong trading company for helping Pyongyang.",
    ],
)
def test_a_sanction_told_with_its_verb_is_a_sanction(text: str) -> None:
    assert [e.type for e in events_of(text, published="2021-06-21", language="en")] == ["sanction"]


@pytest.mark.parametrize(
    "text",
    [
        "Washington imposes sanctions on countries that break the rules.",
        "The barter was sanctioned by the state.",
    ],
)
def test_sanctions_spoken_of_as_a_kind_are_no_sanction(text: str) -> None:
    assert _events(text) == []


def test_the_questioning_of_arrivals_and_warning_shots_are_no_crackdown() -> None:
    text = (
        "북한 주민 2명이 지난 3일 목선을 타고 동해로 귀순했다.\n\n"
        "이들은 귀순 의사를 밝혔으며, 관계기관이 합동 조사를 진행하고 있다."
    )
    found = extract(Document("t", text, "2021-06-21", language="ko")).events
    assert [e.type for e in found] == ["escape"]
